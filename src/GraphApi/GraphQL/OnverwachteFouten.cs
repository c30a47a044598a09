using GraphQL;
using GraphQL.DI;
using SociaalNetwerk.Schema.GraphQL;

namespace SociaalNetwerk.GraphApi.GraphQL;

/// <summary>Logs the errors a resolver did not expect; the client sees only the translated error (<see cref="FoutVertaler"/>).</summary>
public static class OnverwachteFouten
{
    /// <summary>Logs every exception from a resolver that is not a <see cref="SociaalNetwerkException"/>, under the category <c>SociaalNetwerk.GraphQL</c>.</summary>
    public static IGraphQLBuilder LogOnverwachteFouten(this IGraphQLBuilder graphQL) =>
        graphQL.AddUnhandledExceptionHandler(context =>
        {
            if (context.OriginalException is not SociaalNetwerkException)
            {
                (context.Context?.RequestServices ?? context.ExecutionOptions.RequestServices)?.GetRequiredService<ILoggerFactory>().CreateLogger("SociaalNetwerk.GraphQL")
                    .LogError(context.OriginalException, "Unhandled error in a resolver");
            }

            return Task.CompletedTask;
        });
}
