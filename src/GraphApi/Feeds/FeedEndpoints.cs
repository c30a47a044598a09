using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using SociaalNetwerk.GraphApi.Paginas;
using SociaalNetwerk.Schema.Agenda;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Kenmerken;
using SociaalNetwerk.Schema.Woordenlijst;

namespace SociaalNetwerk.GraphApi.Feeds;

/// <summary>
/// Calendar feeds (issue 4): <c>GET /agenda.ics</c> with the filters of the agenda widget
/// (<c>wijk</c>, <c>thema</c>, <c>doelgroep</c>, <c>organisatie</c>, <c>netwerk</c>, each comma-separated) and
/// <c>GET /activiteiten/{id}.ics</c> for one activity. Public, like the agenda; cached with an ETag and 304s
/// (<see cref="CacheAntwoord"/>). Errors are the JSON of <see cref="FoutAntwoord"/>.
/// </summary>
public static class FeedEndpoints
{
    public const string AgendaPad = "/agenda.ics";
    public const string ActiviteitPad = "/activiteiten/{id}.ics";

    /// <summary>At most this many values per filter parameter.</summary>
    public const int MaximumWaarden = 50;

    /// <summary>At most this many activities in one feed.</summary>
    public const int MaximumActiviteiten = 2000;

    /// <summary>The feed also shows what ended in the last 30 days, so a date does not vanish from a calendar right after it.</summary>
    public static readonly TimeSpan Terugblik = TimeSpan.FromDays(30);

    private const string CacheControl = "public, max-age=900";

    public static IServiceCollection AddFeeds(this IServiceCollection services) => services.AddSingleton<IcalBouwer>();

    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder app)
    {
        app.MapGet(AgendaPad, AgendaAsync).ExcludeFromDescription();
        app.MapGet(ActiviteitPad, ActiviteitAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task AgendaAsync(HttpContext http, AgendaZoeker zoeker, IcalBouwer bouwer, TimeProvider klok, PubliekAdres publiek)
    {
        List<Activiteit> activiteiten;
        try
        {
            var filter = LeesFilter(http.Request.Query) with { Vanaf = klok.GetUtcNow().UtcDateTime - Terugblik };
            activiteiten = await zoeker.ActiviteitenAsync(filter, MaximumActiviteiten, http.RequestAborted);
        }
        catch (SociaalNetwerkException fout)
        {
            await FoutAntwoord.SchrijfAsync(http, StatusCodes.Status400BadRequest, fout.Code, [.. fout.Argumenten]);
            return;
        }

        await SchrijfAsync(http, bouwer.Bouw(IcalBouwer.Tekst("Ical.Naam", Taal(http)), activiteiten, publiek.Basis, Taal(http)), "agenda-zoetermeer.ics");
    }

    private static async Task ActiviteitAsync(HttpContext http, string id, IDbContextFactory<SociaalNetwerkDbContext> databank, IcalBouwer bouwer, PubliekAdres publiek)
    {
        int? nummer;
        try
        {
            nummer = GlobalId.ProbeerInt(id, nameof(Activiteit));
        }
        catch (SociaalNetwerkException fout)
        {
            await FoutAntwoord.SchrijfAsync(http, StatusCodes.Status400BadRequest, fout.Code, [.. fout.Argumenten]);
            return;
        }

        Activiteit? activiteit = null;
        if (nummer is not null)
        {
            await using var db = await databank.CreateDbContextAsync(http.RequestAborted);
            activiteit = await db.Activiteiten.AsNoTracking()
                .Include(a => a.Locatie).ThenInclude(l => l!.Wijk)
                .Include(a => a.Netwerk)
                .Include(a => a.Organisatoren)
                .AsSplitQuery()
                .FirstOrDefaultAsync(a => a.Id == nummer, http.RequestAborted);
        }

        if (activiteit is null)
        {
            await FoutAntwoord.SchrijfAsync(http, StatusCodes.Status404NotFound, FoutCodes.NietGevonden, id);
            return;
        }

        await SchrijfAsync(http, bouwer.Bouw(activiteit.Titel, [activiteit], publiek.Basis, Taal(http)), $"activiteit-{activiteit.Id}.ics");
    }

    /// <summary>The query parameters of the agenda widget as an <see cref="AgendaFilter"/>; wijken and ids are checked by <see cref="AgendaZoeker"/>.</summary>
    public static AgendaFilter LeesFilter(IQueryCollection query) => new()
    {
        Wijken = Waarden(query, "wijk"),
        Themas = Waarden(query, "thema")?.Select(w => Enum<Thema>(w, "thema")).ToList(),
        Doelgroepen = Waarden(query, "doelgroep")?.Select(w => Enum<Doelgroep>(w, "doelgroep")).ToList(),
        Organisaties = Waarden(query, "organisatie"),
        Netwerken = Waarden(query, "netwerk"),
    };

    /// <summary>The values of a filter parameter: every occurrence split on commas, trimmed, without empty ones; null when there are none.</summary>
    public static List<string>? Waarden(IQueryCollection query, string naam)
    {
        if (!query.TryGetValue(naam, out StringValues ruw))
        {
            return null;
        }

        var waarden = ruw.SelectMany(r => (r ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        return waarden.Count > MaximumWaarden
            ? throw new SociaalNetwerkException(FoutCodes.TeVeelIds, waarden.Count, MaximumWaarden)
            : waarden.Count == 0 ? null : waarden;
    }

    /// <summary>
    /// An enum code as in GraphQL (<c>EENZAAMHEID_EN_ONTMOETING</c>) or in kebab case (<c>eenzaamheid-en-ontmoeting</c>).
    /// An unknown code is BAD_USER_INPUT with the value and the parameter as arguments (the pages name them).
    /// </summary>
    private static T Enum<T>(string waarde, string parameter)
        where T : struct, System.Enum =>
        Slug.Lees<T>(waarde) ?? throw new SociaalNetwerkException(FoutCodes.OngeldigeInvoer, waarde, parameter);

    /// <summary>The language of the feed's own texts: <c>?taal=</c>, else Dutch (calendar apps send no useful <c>Accept-Language</c>).</summary>
    private static string Taal(HttpContext http) => Paginas.PaginaTaal.UitQuery(http.Request.Query) ?? Paginas.PaginaTaal.Standaard;

    private static async Task SchrijfAsync(HttpContext http, string ical, string bestandsnaam)
    {
        // The feed's own texts are in this language whatever Accept-Language said; the ETag includes it.
        http.Response.Headers.ContentLanguage = Taal(http);
        http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("inline") { FileName = bestandsnaam }.ToString();
        await CacheAntwoord.SchrijfAsync(http, System.Text.Encoding.UTF8.GetBytes(ical), "text/calendar; charset=utf-8", CacheControl);
    }
}
