using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Participatie;

namespace SociaalNetwerk.GraphApi.Paginas;

/// <summary>
/// The preview page of an uitvraag, <c>GET /uitvragen/{id}/proef/{token}</c>: <c>&lt;sn-uitvraag proef="…"&gt;</c> on a
/// page of our own, so colleagues of the team can fill in an uitvraag (also a concept) as a test through a link that
/// expires (<see cref="Proeflinks"/>). Their reacties are test reacties and never count. The only page with a script:
/// the widget bundle from <c>/widgets/</c>, under a CSP that allows just that and the API. Never cached, never indexed,
/// and no referrer (the token is in the address).
/// </summary>
public static class ProefEndpoints
{
    public const string Pad = "/uitvragen/{id}/proef/{token}";

    private const string Csp =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IEndpointRouteBuilder MapProefPagina(this IEndpointRouteBuilder app)
    {
        app.MapMethods(Pad, [HttpMethods.Get, HttpMethods.Head], ProefAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ProefAsync(HttpContext http, string id, string token, Proeflinks proeflinks, IDbContextFactory<SociaalNetwerkDbContext> databank)
    {
        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy = Csp;
        headers.CacheControl = "no-store";
        headers["Referrer-Policy"] = "no-referrer";
        headers["X-Robots-Tag"] = "noindex";
        headers.ContentLanguage = http.RequestServices.GetRequiredService<PaginaOpmaak>().Taal;
        headers.Append(Microsoft.Net.Http.Headers.HeaderNames.Vary, Microsoft.Net.Http.Headers.HeaderNames.AcceptLanguage);

        int? uitvraagId;
        try
        {
            uitvraagId = GlobalId.ProbeerInt(id, nameof(Uitvraag));
        }
        catch (SociaalNetwerkException fout)
        {
            return Fout(StatusCodes.Status400BadRequest, fout.Code, fout.Argumenten);
        }

        if (uitvraagId is not { } nummer || proeflinks.Lees(token) is not { } link || link.UitvraagId != nummer)
        {
            return Fout(StatusCodes.Status404NotFound, FoutCodes.OngeldigeProeflink, []);
        }

        await using var db = await databank.CreateDbContextAsync(http.RequestAborted);
        var uitvraag = await db.Uitvragen.AsNoTracking().FirstOrDefaultAsync(u => u.Id == nummer, http.RequestAborted);
        if (uitvraag is null)
        {
            return Fout(StatusCodes.Status404NotFound, FoutCodes.OngeldigeProeflink, []);
        }

        return new RazorComponentResult<ProefPagina>(new { Uitvraag = uitvraag, Link = link });
    }

    private static RazorComponentResult<FoutPagina> Fout(int status, string code, IReadOnlyList<object> argumenten) =>
        new(new { Status = status, Code = code, Argumenten = argumenten }) { StatusCode = status };
}
