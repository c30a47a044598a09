namespace SociaalNetwerk.GraphApi.GraphQL;

/// <summary>Registers the limits on GraphQL requests: <see cref="GraphQLLimieten"/> from configuration and the <see cref="GraphQLWachtrij"/>.</summary>
public static class GraphQLLimietenRegistratie
{
    /// <summary>
    /// Binds <see cref="GraphQLLimieten"/> to its configuration section and adds the queue that bounds the requests
    /// executing at once. Depth and complexity are checked by <see cref="QueryBegroting"/> before GraphQL.NET
    /// validates (<see cref="GraphQLEndpoint"/>).
    /// </summary>
    public static IServiceCollection AddGraphQLLimieten(this IServiceCollection services, IConfiguration configuratie)
    {
        services.Configure<GraphQLLimieten>(configuratie.GetSection(GraphQLLimieten.Sectie));
        services.AddSingleton<GraphQLWachtrij>();
        return services;
    }
}
