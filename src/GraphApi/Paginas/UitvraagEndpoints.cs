using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Participatie;

namespace SociaalNetwerk.GraphApi.Paginas;

/// <summary>
/// The online version of an uitvraag, <c>GET /uitvragen/{id}</c>: <c>&lt;sn-uitvraag&gt;</c> on a page of our own
/// (<see cref="UitvraagPagina"/>), where the QR code of the printed questionnaire leads by default
/// (<see cref="PaginaOpties.UitvraagAdres"/>). In the page's language (<c>?taal=</c>, else Accept-Language). A concept
/// or an unknown uitvraag is the 404 page (a concept is previewed through <see cref="ProefEndpoints"/>). Like the other
/// pages embeddable as configured (<see cref="PaginaOpties.FrameAncestors"/>); its script is the widget bundle only
/// (<see cref="WidgetPagina"/>).
/// </summary>
public static class UitvraagEndpoints
{
    public const string Pad = "/uitvragen/{id}";

    public static IEndpointRouteBuilder MapUitvraagPagina(this IEndpointRouteBuilder app)
    {
        app.MapMethods(Pad, [HttpMethods.Get, HttpMethods.Head], UitvraagAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> UitvraagAsync(HttpContext http, string id, FormulierLezer lezer, IOptions<PaginaOpties> opties)
    {
        WidgetPagina.ZetKoppen(http, opties.Value.FrameAncestors, cacheControl: "public, max-age=300", referrerPolicy: "strict-origin-when-cross-origin");
        try
        {
            var nummer = GlobalId.ProbeerInt(id, nameof(Uitvraag));
            var uitvraag = nummer is { } n ? await lezer.LeesAsync(n, http.RequestAborted) : null;
            if (uitvraag is null || uitvraag.Status == UitvraagStatus.Concept)
            {
                return PaginaEndpoints.Fout(http, StatusCodes.Status404NotFound, new SociaalNetwerkException(FoutCodes.NietGevonden, id), nameof(Uitvraag));
            }

            return new RazorComponentResult<UitvraagPagina>(new { Uitvraag = uitvraag });
        }
        catch (SociaalNetwerkException fout)
        {
            return PaginaEndpoints.Fout(http, StatusCodes.Status404NotFound, fout);
        }
    }
}
