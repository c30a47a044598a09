using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SociaalNetwerk.Schema.Agenda;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Netwerken;
using SociaalNetwerk.Schema.Participatie;
using SociaalNetwerk.Schema.Redactie;
using SociaalNetwerk.Schema.Wijken;
using SociaalNetwerk.Schema.Wijzigingen;

namespace SociaalNetwerk.Schema;

public static class SchemaServiceCollectionExtensions
{
    /// <summary>Which areas a request read (<see cref="Data.Leesspoor"/>): it holds no state of its own, so one serves every context.</summary>
    private static readonly Leesspoor Leesspoor = new();

    /// <summary>
    /// The domain, its database and the GraphQL schema. Interceptors registered in DI (<see cref="IInterceptor"/>)
    /// are added to every context, which is how tests count SQL statements.
    /// </summary>
    public static IServiceCollection AddSociaalNetwerkSchema(this IServiceCollection services, string sqliteConnectionString, Action<IGraphQLBuilder>? graphQL = null) =>
        services.AddSociaalNetwerkSchema(new DatabaseKeuze(DatabaseProvider.Sqlite, sqliteConnectionString), graphQL);

    /// <summary>As above, on the database of <paramref name="database"/> (SQLite or PostgreSQL).</summary>
    public static IServiceCollection AddSociaalNetwerkSchema(this IServiceCollection services, DatabaseKeuze database, Action<IGraphQLBuilder>? graphQL = null)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddLocalization();
        services.AddSingleton<Microsoft.Extensions.Localization.IStringLocalizer<Resources.Berichten>, Resources.BerichtenMetMeervoud>();
        services.AddSingleton(database);
        services.AddPooledDbContextFactory<SociaalNetwerkDbContext>((sp, options) => database
            .Configureer(options)
            .AddInterceptors(Leesspoor)
            .AddInterceptors(sp.GetServices<IInterceptor>()));
        services.AddScoped<Verzoekcontext>();
        services.AddSingleton<Dataversielezer>();

        services.AddRedactie();
        services.AddWijzigingen();
        services.AddAgenda().AddNetwerken().AddWijken().AddParticipatie();
        services.AddSingleton<Toegang.ApiSleutels>();
        services.AddSingleton<Taakvergrendelingen>();
        services.AddSingleton<VoorkomenPlanning>();
        services.AddSingleton<Achtergrondstart>();
        services.AddHostedService<VoorkomenHorizonService>();
        services.AddHostedService<BewaartermijnService>();

        services.AddGraphQL(b =>
        {
            b.AddSchema<SociaalNetwerkSchema>()
                .AddGraphTypes(typeof(SociaalNetwerkSchema).Assembly)
                // The API answers JSON, never HTML, so characters like ' and é need no escaping.
                .AddSystemTextJson(json => json.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
                // Queries one field at a time, as mutations already run: the loaders still batch per level (a loader's
                // result waits until every other field of the level has asked for its keys), but without a task per
                // field and Task.WhenAll per object. Resolvers on SQLite run synchronously anyway (its async API
                // completes inline), so the parallel strategy bought no overlap there, only its bookkeeping. Each
                // selection's fields are collected once per document, not once per object (OnthoudendeUitvoering).
                .AddExecutionStrategy(OnthoudendeUitvoering.Instance, GraphQLParser.AST.OperationType.Query);
            graphQL?.Invoke(b);
        });

        return services;
    }

    private static IServiceCollection AddWijken(this IServiceCollection services) => services
        .AddNode<Wijk, WijkByIdDataLoader>()
        .AddNode<Locatie, LocatieByIdDataLoader>()
        .AddLocaties();
}
