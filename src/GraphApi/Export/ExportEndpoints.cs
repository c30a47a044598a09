using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Participatie;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.GraphApi.Export;

/// <summary>
/// <c>GET /uitvragen/{id}/reacties.csv</c>: every reactie of an uitvraag, for the team of its traject (and beheerders).
/// 401 without a key, 404 for a malformed id (it names no uitvraag, code INVALID_ID) and for an unknown uitvraag, 403 for a key of anyone else.
/// </summary>
public static class ExportEndpoints
{
    public const string ReactiesPad = "/uitvragen/{id}/reacties.csv";

    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder app)
    {
        app.MapGet(ReactiesPad, ReactiesAsync).ExcludeFromDescription();
        return app;
    }

    public static IServiceCollection AddExports(this IServiceCollection services) =>
        services.AddScoped<ReactiesCsv>();

    private static async Task ReactiesAsync(HttpContext http, string id, IDbContextFactory<SociaalNetwerkDbContext> databank, ReactiesCsv csv)
    {
        var gebruiker = Gebruiker.Uit(http.User);
        if (gebruiker.Rol is null)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            await FoutAntwoord.SchrijfAsync(http, StatusCodes.Status401Unauthorized, FoutCodes.NietAangemeld);
            return;
        }

        int? nummer;
        try
        {
            nummer = GlobalId.ProbeerInt(id, nameof(Uitvraag));
        }
        catch (SociaalNetwerkException fout)
        {
            await FoutAntwoord.SchrijfAsync(http, StatusCodes.Status404NotFound, fout.Code, [.. fout.Argumenten]);
            return;
        }

        Uitvraag? uitvraag = null;
        if (nummer is not null)
        {
            await using var db = await databank.CreateDbContextAsync(http.RequestAborted);
            uitvraag = await db.Uitvragen.AsNoTracking().FirstOrDefaultAsync(u => u.Id == nummer, http.RequestAborted);
        }

        if (uitvraag is null)
        {
            await FoutAntwoord.SchrijfAsync(http, StatusCodes.Status404NotFound, FoutCodes.NietGevonden, id);
            return;
        }

        if (!gebruiker.IsTeamVan(uitvraag.ParticipatietrajectId))
        {
            await FoutAntwoord.SchrijfAsync(http, StatusCodes.Status403Forbidden, FoutCodes.GeenToegang);
            return;
        }

        await SchrijfReactiesAsync(http, uitvraag, csv);
    }

    /// <summary>The CSV of an uitvraag as a download (never cached); the caller has checked the caller may see it.</summary>
    public static async Task SchrijfReactiesAsync(HttpContext http, Uitvraag uitvraag, ReactiesCsv csv)
    {
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers[HeaderNames.CacheControl] = "private, no-store";
        http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
        {
            FileNameStar = $"reacties-uitvraag-{uitvraag.Id}.csv",
            FileName = $"reacties-uitvraag-{uitvraag.Id}.csv",
        }.ToString();
        await csv.SchrijfAsync(uitvraag, http.Response.Body, http.RequestAborted);
    }
}
