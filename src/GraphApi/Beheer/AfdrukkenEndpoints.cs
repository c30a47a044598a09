using Microsoft.Extensions.Options;
using SociaalNetwerk.GraphApi.Paginas;
using SociaalNetwerk.Schema.Accounts;
using SociaalNetwerk.Schema.Participatie;

namespace SociaalNetwerk.GraphApi.Beheer;

/// <summary>
/// <c>GET /beheer/uitvragen/{id}/afdrukken</c>: the printable questionnaire for the team of the traject and beheerders,
/// also of a concept (the public <c>/uitvragen/{id}/afdrukken</c> shows a concept only to an API key of its team, and the
/// portal's cookie is not sent outside <c>/beheer</c>). The same renderer and query as the public page
/// (<see cref="FormulierAfdrukken.ToonAsync"/>: <c>vanaf</c>, <c>aantal</c>, <c>taal</c>, <c>groot</c>); the portal's
/// refusals (sign-in page, 403, a beheerder's 404) and headers, never cached.
/// </summary>
public static class AfdrukkenEndpoints
{
    public static string Pad(int uitvraagId) => $"{UitvragenEndpoints.Pad}/{uitvraagId}/afdrukken";

    public static RouteGroupBuilder MapAfdrukken(this RouteGroupBuilder beheer)
    {
        // Not in the portal's culture group: the form is in the language of ?taal= (else Accept-Language), as in public.
        beheer.MapGet("/uitvragen/{id}/afdrukken", AfdrukkenAsync);
        return beheer;
    }

    private static async Task<IResult> AfdrukkenAsync(HttpContext http, string id, FormulierLezer lezer, PaginaOpmaak opmaak, IOptions<PaginaOpties> opties)
    {
        var (account, anders) = await PortaalToegang.VereisAsync(http, UitvragenEndpoints.IsTeam);
        if (account is null)
        {
            return anders!;
        }

        var uitvraag = InvoerEndpoints.LeesId(id, nameof(Uitvraag)) is { } nummer ? await lezer.LeesAsync(nummer, http.RequestAborted) : null;
        if (uitvraag is null)
        {
            // Only a beheerder learns that an id does not exist; a team sees what any other refusal shows.
            return PortaalToegang.IsBeheerder(account) ? PortaalToegang.NietGevonden(http) : PortaalToegang.Geweigerd(http);
        }

        if (!AccountGebruikers.VoorTraject(account, uitvraag.ParticipatietrajectId).IsTeamVan(uitvraag.ParticipatietrajectId))
        {
            return PortaalToegang.Geweigerd(http);
        }

        var pagina = await FormulierAfdrukken.ToonAsync(http, uitvraag, Pad(uitvraag.Id), lezer, opmaak, opties.Value);

        // The portal's headers, with the form's language; a page behind the sign-in is never cached.
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.ContentLanguage = opmaak.Taal;
        return pagina;
    }
}
