using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using SociaalNetwerk.GraphApi.Agenda;
using SociaalNetwerk.GraphApi.Paginas;
using SociaalNetwerk.Schema.Agenda;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Kenmerken;

namespace SociaalNetwerk.GraphApi.Feeds;

/// <summary>
/// Calendar feeds (issue 4): <c>GET /agenda.ics</c> with the filters of the agenda widget
/// (<c>wijk</c>, <c>thema</c>, <c>doelgroep</c>, <c>organisatie</c>, <c>netwerk</c>, each comma-separated, read by
/// <see cref="AgendaKeuze.LeesFilter"/>; a calendar app shows the future itself, so no period) and
/// <c>GET /activiteiten/{id}.ics</c> for one activity. Public, like the agenda; cached with an ETag and 304s
/// (<see cref="CacheAntwoord"/>). Errors are the JSON of <see cref="FoutAntwoord"/>.
/// </summary>
public static class FeedEndpoints
{
    public const string AgendaPad = "/agenda.ics";
    public const string ActiviteitPad = "/activiteiten/{id}.ics";

    /// <summary>At most this many activities in one feed.</summary>
    public const int MaximumActiviteiten = 2000;

    /// <summary>The feed also shows what ended in the last 30 days, so a date does not vanish from a calendar right after it.</summary>
    public static readonly TimeSpan Terugblik = TimeSpan.FromDays(30);

    private const string CacheControl = "public, max-age=900";

    private static readonly Dictionary<string, Thema> Themas = Codes<Thema>(new ThemaGraphType());
    private static readonly Dictionary<string, Doelgroep> Doelgroepen = Codes<Doelgroep>(new DoelgroepGraphType());

    /// <summary>The thema codes of the filters (as in GraphQL, <c>EENZAAMHEID_EN_ONTMOETING</c>), for forms that offer them.</summary>
    public static IReadOnlyDictionary<string, Thema> ThemaCodes => Themas;

    /// <summary>The doelgroep codes of the filters (as in GraphQL, <c>OUDEREN</c>).</summary>
    public static IReadOnlyDictionary<string, Doelgroep> DoelgroepCodes => Doelgroepen;

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
            var filter = AgendaKeuze.LeesFilter(http.Request.Query) with { Vanaf = klok.GetUtcNow().UtcDateTime - Terugblik };
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
            activiteit = await db.Activiteiten.MetDetails().FirstOrDefaultAsync(a => a.Id == nummer, http.RequestAborted);
        }

        if (activiteit is null)
        {
            await FoutAntwoord.SchrijfAsync(http, StatusCodes.Status404NotFound, FoutCodes.NietGevonden, id);
            return;
        }

        await SchrijfAsync(http, bouwer.Bouw(activiteit.Titel, [activiteit], publiek.Basis, Taal(http)), $"activiteit-{activiteit.Id}.ics");
    }

    /// <summary>
    /// An enum code as in GraphQL (<c>EENZAAMHEID_EN_ONTMOETING</c>) or in kebab case (<c>eenzaamheid-en-ontmoeting</c>).
    /// An unknown code is BAD_USER_INPUT with the value and the parameter as arguments (the pages name them).
    /// </summary>
    public static T Enum<T>(string waarde, IReadOnlyDictionary<string, T> codes, string parameter) =>
        codes.TryGetValue(waarde.Replace('-', '_').ToUpperInvariant(), out var gevonden)
            ? gevonden
            : throw new SociaalNetwerkException(FoutCodes.OngeldigeInvoer, waarde, parameter);

    private static Dictionary<string, T> Codes<T>(global::GraphQL.Types.EnumerationGraphType<T> type)
        where T : struct, System.Enum =>
        type.Values.ToDictionary(v => v.Name, v => (T)v.Value!, StringComparer.Ordinal);

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
