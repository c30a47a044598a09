using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using SociaalNetwerk.GraphApi.Agenda;
using SociaalNetwerk.GraphApi.Paginas;
using SociaalNetwerk.Schema.Agenda;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Kenmerken;
using SociaalNetwerk.Schema.Woordenlijst;

namespace SociaalNetwerk.GraphApi.Feeds;

/// <summary>
/// Calendar feeds (issue 4): <c>GET /agenda.ics</c> with the filters of the agenda widget
/// (<c>wijk</c>, <c>thema</c>, <c>doelgroep</c>, <c>organisatie</c>, <c>netwerk</c>, each comma-separated, read by
/// <see cref="AgendaKeuze.LeesFilter"/>; a calendar app shows the future itself, so no period) and
/// <c>GET /activiteiten/{id}.ics</c> for one activity. Public, like the agenda; cached with an ETag and 304s
/// (<see cref="CacheAntwoord"/>). Errors are the JSON of <see cref="FoutAntwoord"/> for programs, the error page for a browser (<see cref="FoutPaginas"/>).
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
            await FoutPaginas.SchrijfAsync(http, StatusCodes.Status400BadRequest, fout);
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
            // A malformed id in the path names no feed: 404, with the message that says what is wrong with it.
            await FoutPaginas.SchrijfAsync(http, StatusCodes.Status404NotFound, fout);
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
            await FoutPaginas.SchrijfAsync(http, StatusCodes.Status404NotFound, new SociaalNetwerkException(FoutCodes.NietGevonden, id));
            return;
        }

        await SchrijfAsync(http, bouwer.Bouw(activiteit.Titel, [activiteit], publiek.Basis, Taal(http)), $"activiteit-{activiteit.Id}.ics");
    }

    /// <summary>The language of the feed's own texts: <c>?taal=</c>, else Dutch (calendar apps send no useful <c>Accept-Language</c>).</summary>
    private static string Taal(HttpContext http) => Paginas.PaginaTaal.UitQuery(http.Request.Query) ?? Paginas.PaginaTaal.Standaard;

    private static async Task SchrijfAsync(HttpContext http, string ical, string bestandsnaam)
    {
        // The feed's own texts are in this language whatever Accept-Language said; the ETag includes it.
        http.Response.Headers.ContentLanguage = Taal(http);
        http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("inline") { FileName = bestandsnaam }.ToString();
        await CacheAntwoord.SchrijfAsync(http, System.Text.Encoding.UTF8.GetBytes(ical), "text/calendar; charset=utf-8", CacheControl, "ical");
    }
}
