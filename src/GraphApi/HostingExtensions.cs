using System.Globalization;
using GraphQL;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using SociaalNetwerk.GraphApi.Beheer;
using SociaalNetwerk.GraphApi.Exploitatie;
using SociaalNetwerk.GraphApi.Export;
using SociaalNetwerk.GraphApi.Feeds;
using SociaalNetwerk.GraphApi.GraphQL;
using SociaalNetwerk.GraphApi.Paginas;
using SociaalNetwerk.GraphApi.Voorbeelden;
using SociaalNetwerk.GraphApi.Widgets;
using SociaalNetwerk.Schema;
using SociaalNetwerk.Schema.Data;

namespace SociaalNetwerk.GraphApi;

public static class HostingExtensions
{
    /// <summary>The six languages of <see cref="Schema.Woordenlijst.Talen"/> as cultures: labels, pages and uitvragen exist in all of them.</summary>
    public static readonly CultureInfo[] Talen = [.. Schema.Woordenlijst.Talen.Alle.Select(t => new CultureInfo(t))];

    public static WebApplicationBuilder AddSociaalNetwerk(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.GebruikStandaardAdres();
        // The build output (dotnet run, the tests) serves wwwroot's compressed copies from obj/ through the static web
        // assets manifest, in every environment; a publish has them in wwwroot and no such manifest, then this does nothing.
        builder.WebHost.UseStaticWebAssets();
        // From the build output MapStaticAssets would check every file against the build and patch one it thinks
        // changed; here it thought so of unchanged files and sent them whole under Content-Encoding: br (a broken
        // response). Serve what the build made, with its caching headers, as a publish does: after editing wwwroot, build.
        builder.Configuration["ReloadStaticAssetsAtRuntime"] ??= "false";
        services.AddProxyInstellingen(builder.Configuration);
        services.AddGezondheid();
        services.AddGeheugenInRust();
        builder.AddTelemetrie();
        services.AddGraphQLLimieten(builder.Configuration);
        services.Configure<LeesCache>(builder.Configuration.GetSection(LeesCache.Sectie));
        services.AddSingleton(_ => OpgeslagenDocumenten.UitWidgets());
        services.AddSingleton<Antwoordcache>();
        services.AddSingleton<GevalideerdeDocumenten>();
        services.Configure<Schema.Participatie.ParticipatieOpties>(builder.Configuration.GetSection(Schema.Participatie.ParticipatieOpties.Sectie));
        services.AddSingleton<FoutVertaler>();
        services.AddSociaalNetwerkSchema(Databestand.Keuze(builder.Configuration, builder.Environment), graphQL => graphQL
            .AddErrorInfoProvider(sp => sp.GetRequiredService<FoutVertaler>())
            .LogOnverwachteFouten());
        services.AddHostedService<SqliteInGebruik>();

        services.AddRequestLocalization(opties =>
        {
            opties.DefaultRequestCulture = new RequestCulture("nl");
            opties.SupportedCultures = Talen;
            opties.SupportedUICultures = Talen;
            opties.ApplyCurrentCultureToResponseHeaders = true;
            opties.RequestCultureProviders = [new TaalUitHeader(Schema.Woordenlijst.Talen.Alle)];
        });
        services.AddResponseCompression(opties =>
        {
            opties.EnableForHttps = true;
            opties.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/graphql-response+json"]);
        });
        services.AddProblemDetails();
        services.AddSingleton<StatischeBestanden>();
        services.AddExports();
        services.AddFeeds();
        services.AddPaginas();
        services.AddWidgets();
        services.AddBeheer(builder.Configuration, builder.Environment);
        return builder;
    }

    public static WebApplication UseSociaalNetwerk(this WebApplication app)
    {
        app.UseGeheugenInRust();
        // First: everything after it sees the client behind a known proxy (address, scheme, host).
        app.UseProxyInstellingen();
        // Below the path of PubliekeUrl (/sociaalnetwerk/agenda): the path base for routing, links and cookie paths.
        app.UsePadBasis();
        app.UseNosniff();
        // An unexpected exception and errors without a body: an HTML page for browsers, problem+json for programs (FoutPaginas).
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = FoutPaginas.SchrijfUitzonderingAsync });
        app.UseStatusCodePages(FoutPaginas.SchrijfAsync);
        app.UseResponseCompression();
        app.UseRequestLocalization();
        app.UseWidgets();
        app.UseVoorbeeldSite();
        // wwwroot: compressed at build time, ETags and fingerprinted addresses (GraphApi.csproj).
        app.MapStaticAssets();
        app.UseMiddleware<Toegang.ApiSleutelMiddleware>();
        app.UseBeheer();
        // Load and check the persisted documents now: a wrong id stops the start, not a request.
        app.Services.GetRequiredService<OpgeslagenDocumenten>();
        app.MapGraphQL();
        app.MapExports();
        app.MapFeeds();
        app.MapPaginas();
        app.MapBeheer();
        app.MapGezondheid();
        app.MapGet("/", (HttpContext http) => Results.Redirect(http.Request.PathBase + GraphQLEndpoint.Pad)).ExcludeFromDescription();
        app.Lifetime.ApplicationStarted.Register(() => MeldAdres(app));
        return app;
    }

    /// <summary>
    /// Migrates (unless <c>Database:MigrateAtStart</c> is false) and seeds the database, and writes the Data Protection
    /// key ahead of its use (<see cref="Sleutelring"/>); false, with the reason on
    /// standard error, when migrations are off and some are pending: the server then does not start.
    /// </summary>
    public static async Task<bool> BereidDatabankVoorAsync(this WebApplication app)
    {
        try
        {
            await Databank.BereidVoorAsync(app.Services, app.Configuration.GetValue("Database:MigrateAtStart", true), app.Lifetime.ApplicationStopping);
            // Data Protection keeps its keys in this database: make sure a key is there for the coming days now, outside
            // any transaction. On SQLite a key written while another connection of this process holds a write transaction
            // would wait for that transaction. The key ring itself is loaded at its first use. (Commands do this only
            // when they use Data Protection: accounts invite.)
            await Sleutelring.ZorgVoorSleutelAsync(app.Services, app.Lifetime.ApplicationStopping);
            app.Services.GetRequiredService<Gezondheid.Opstart>().MeldKlaar();
            return true;
        }
        catch (MigratiesOntbrekenException fout)
        {
            await Console.Error.WriteLineAsync(fout.Message);
            return false;
        }
    }

    private static void MeldAdres(WebApplication app)
    {
        var adressen = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var meld = Telemetrie.Melding(app);
        foreach (var adres in adressen)
        {
            meld($"Sociaal Netwerk draait op {adres} — GraphiQL en de API: {adres.TrimEnd('/')}{GraphQLEndpoint.Pad}");
            if (VoorbeeldSite.Map(app) is not null)
            {
                meld($"Voorbeeld van een partnersite met alle widgets: {adres.TrimEnd('/')}{VoorbeeldSite.Pad}/");
            }
        }
    }
}
