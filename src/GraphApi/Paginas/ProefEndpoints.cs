using Microsoft.AspNetCore.Http.HttpResults;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Participatie;

namespace SociaalNetwerk.GraphApi.Paginas;

/// <summary>
/// The preview page of an uitvraag, <c>GET /uitvragen/{id}/proef/{token}</c>: <c>&lt;sn-uitvraag proef="…"&gt;</c> on a
/// page of our own (<see cref="UitvraagPagina"/>), so colleagues of the team can fill in an uitvraag (also a concept) as a test through a link that
/// expires (<see cref="Proeflinks"/>). Their reacties are test reacties and never count. Like the public page of the uitvraag
/// (<see cref="UitvraagEndpoints"/>) it has a script, the widget bundle (<see cref="WidgetPagina"/>), not embeddable. Never cached, never indexed, and no referrer (the
/// token is in the address).
/// </summary>
public static class ProefEndpoints
{
    public const string Pad = "/uitvragen/{id}/proef/{token}";

    public static IEndpointRouteBuilder MapProefPagina(this IEndpointRouteBuilder app)
    {
        app.MapMethods(Pad, [HttpMethods.Get, HttpMethods.Head], ProefAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ProefAsync(HttpContext http, string id, string token, Proeflinks proeflinks, FormulierLezer lezer)
    {
        WidgetPagina.ZetKoppen(http, frameAncestors: "'none'", cacheControl: "no-store", referrerPolicy: "no-referrer");
        http.Response.Headers["X-Robots-Tag"] = "noindex";

        int? uitvraagId;
        try
        {
            uitvraagId = GlobalId.ProbeerInt(id, nameof(Uitvraag));
        }
        catch (SociaalNetwerkException fout)
        {
            return Fout(StatusCodes.Status404NotFound, fout.Code, fout.Argumenten);
        }

        if (uitvraagId is not { } nummer || proeflinks.Lees(token) is not { } link || link.UitvraagId != nummer)
        {
            return Fout(StatusCodes.Status404NotFound, FoutCodes.OngeldigeProeflink, []);
        }

        var uitvraag = await lezer.LeesAsync(nummer, http.RequestAborted);
        if (uitvraag is null)
        {
            return Fout(StatusCodes.Status404NotFound, FoutCodes.OngeldigeProeflink, []);
        }

        return new RazorComponentResult<UitvraagPagina>(new { Uitvraag = uitvraag, Link = link });
    }

    private static RazorComponentResult<FoutPagina> Fout(int status, string code, IReadOnlyList<object> argumenten) =>
        new(new { Status = status, Code = code, Argumenten = argumenten }) { StatusCode = status };
}
