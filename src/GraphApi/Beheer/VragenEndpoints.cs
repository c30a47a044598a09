using Microsoft.AspNetCore.Antiforgery;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SociaalNetwerk.GraphApi.Paginas;
using SociaalNetwerk.Schema.Accounts;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Participatie;
using SociaalNetwerk.Schema.Redactie;
using SociaalNetwerk.Schema.Resources;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.GraphApi.Beheer;

/// <summary>
/// The questions of an uitvraag in the portal (issue 12): <c>/beheer/uitvragen/{id}/vragen</c> lists them in order,
/// adds one, and moves or removes one with plain forms; <c>/beheer/uitvragen/{id}/vragen/{vraagId}</c> changes one (every
/// type, the texts in six languages, the options as rows). For the team of the uitvraag's traject and beheerders,
/// through <see cref="VraagRedactie"/> (so the freeze rule and the audit log of the API). The page also shows a fresh
/// preview link (<see cref="Proeflinks"/>) to fill the uitvraag in as a test.
/// </summary>
public static class VragenEndpoints
{
    public const string Pad = "/beheer/uitvragen/{id}/vragen";

    public static string PadVan(string uitvraagId) => $"/beheer/uitvragen/{uitvraagId}/vragen";

    public static RouteGroupBuilder MapVragen(this RouteGroupBuilder beheer)
    {
        var paginas = beheer.Paginas();
        paginas.MapGet("/uitvragen/{id}/vragen", LijstAsync);
        paginas.MapPost("/uitvragen/{id}/vragen", VoegToeAsync);
        paginas.MapGet("/uitvragen/{id}/vragen/{vraagId}", BewerkAsync);
        paginas.MapPost("/uitvragen/{id}/vragen/{vraagId}", WijzigAsync);
        // Their buttons are on the list, not on the question's page (after signing in again the person returns there).
        paginas.MapPost("/uitvragen/{id}/vragen/{vraagId}/verplaatsen", VerplaatsAsync).WithMetadata(new PortaalToegang.FormulierOp("/beheer/uitvragen/{id}/vragen"));
        paginas.MapPost("/uitvragen/{id}/vragen/{vraagId}/verwijderen", VerwijderAsync).WithMetadata(new PortaalToegang.FormulierOp("/beheer/uitvragen/{id}/vragen"));
        return beheer;
    }

    /// <summary>What every page of an uitvraag's questions needs: the uitvraag with its questions, and whether it is frozen.</summary>
    public sealed record Stand(Uitvraag Uitvraag, bool Bevroren, int AantalReacties);

    private static async Task<IResult> LijstAsync(HttpContext http, IAntiforgery af, string id)
    {
        var (weigering, _, stand) = await ToegangAsync(http, id);
        return weigering ?? Lijst(http, af, stand!);
    }

    private static async Task<IResult> VoegToeAsync(HttpContext http, IAntiforgery af, string id, VraagRedactie redactie)
    {
        if (await BeheerEndpoints.Geweigerd(http, af) is { } geweigerd)
        {
            return geweigerd;
        }

        var (weigering, gebruiker, stand) = await ToegangAsync(http, id);
        if (weigering is not null)
        {
            return weigering;
        }

        var waarden = await VraagFormulier.LeesAsync(http);
        try
        {
            var resultaat = await redactie.VoegToeAsync(GlobalId.Maak(nameof(Uitvraag), stand!.Uitvraag.Id), waarden.AlsInvoer(bevroren: false), gebruiker!, http.RequestAborted);
            return resultaat.Gelukt
                ? Results.Redirect(BeheerEndpoints.Link(http, PadVan(id)) + "#vragen")
                : Lijst(http, af, stand!, nieuw: waarden, fouten: resultaat.Fouten, status: StatusCodes.Status400BadRequest);
        }
        catch (SociaalNetwerkException fout) when (fout.Code == VraagRedactie.Bevroren)
        {
            return Lijst(http, af, stand!, nieuw: waarden, melding: Bericht(http, fout), status: StatusCodes.Status400BadRequest);
        }
    }

    private static async Task<IResult> BewerkAsync(HttpContext http, IAntiforgery af, string id, string vraagId)
    {
        var (weigering, _, stand) = await ToegangAsync(http, id);
        if (weigering is not null)
        {
            return weigering;
        }

        return Vraag(stand!, vraagId) is { } vraag
            ? BeheerEndpoints.Formulier<VraagPagina>(http, af, new { UitvraagId = id, VraagId = vraagId, Stand = stand!, Nummer = vraag.Volgorde, Waarden = VraagFormulier.Van(vraag, stand!.Bevroren) })
            : PortaalToegang.NietGevonden(http);
    }

    private static async Task<IResult> WijzigAsync(HttpContext http, IAntiforgery af, string id, string vraagId, VraagRedactie redactie)
    {
        if (await BeheerEndpoints.Geweigerd(http, af) is { } geweigerd)
        {
            return geweigerd;
        }

        var (weigering, gebruiker, stand) = await ToegangAsync(http, id);
        if (weigering is not null)
        {
            return weigering;
        }

        if (Vraag(stand!, vraagId) is not { } vraag)
        {
            return PortaalToegang.NietGevonden(http);
        }

        var waarden = await VraagFormulier.LeesAsync(http);
        var resultaat = await redactie.WijzigAsync(vraagId, waarden.AlsInvoer(stand!.Bevroren), gebruiker!, http.RequestAborted);
        return resultaat.Gelukt
            ? Results.Redirect(BeheerEndpoints.Link(http, PadVan(id)) + "#vraag-" + vraag.Volgorde)
            : BeheerEndpoints.Formulier<VraagPagina>(http, af, new { UitvraagId = id, VraagId = vraagId, Stand = stand, Nummer = vraag.Volgorde, Waarden = waarden, Fouten = resultaat.Fouten }, StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> VerplaatsAsync(HttpContext http, IAntiforgery af, string id, string vraagId, VraagRedactie redactie)
    {
        if (await BeheerEndpoints.Geweigerd(http, af) is { } geweigerd)
        {
            return geweigerd;
        }

        var (weigering, gebruiker, stand) = await ToegangAsync(http, id);
        if (weigering is not null)
        {
            return weigering;
        }

        if (Vraag(stand!, vraagId) is null)
        {
            return PortaalToegang.NietGevonden(http);
        }

        var formulier = await http.Request.ReadFormAsync(http.RequestAborted);
        var naar = int.TryParse(formulier["naar"].ToString(), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;
        try
        {
            var resultaat = await redactie.VerplaatsAsync(vraagId, naar, gebruiker!, http.RequestAborted);
            return resultaat.Waarde is { } vraag
                ? Results.Redirect(BeheerEndpoints.Link(http, PadVan(id)) + "#vraag-" + vraag.Volgorde)
                : Lijst(http, af, stand!, melding: string.Join(" ", resultaat.Fouten.Select(f => f.Bericht)), status: StatusCodes.Status400BadRequest);
        }
        catch (SociaalNetwerkException fout) when (fout.Code == VraagRedactie.Bevroren)
        {
            return Lijst(http, af, stand!, melding: Bericht(http, fout), status: StatusCodes.Status400BadRequest);
        }
    }

    private static async Task<IResult> VerwijderAsync(HttpContext http, IAntiforgery af, string id, string vraagId, VraagRedactie redactie)
    {
        if (await BeheerEndpoints.Geweigerd(http, af) is { } geweigerd)
        {
            return geweigerd;
        }

        var (weigering, gebruiker, stand) = await ToegangAsync(http, id);
        if (weigering is not null)
        {
            return weigering;
        }

        if (Vraag(stand!, vraagId) is null)
        {
            return PortaalToegang.NietGevonden(http);
        }

        try
        {
            await redactie.VerwijderAsync(vraagId, gebruiker!, http.RequestAborted);
            return Results.Redirect(BeheerEndpoints.Link(http, PadVan(id)) + "#vragen");
        }
        catch (SociaalNetwerkException fout) when (fout.Code == VraagRedactie.Bevroren)
        {
            return Lijst(http, af, stand!, melding: Bericht(http, fout), status: StatusCodes.Status400BadRequest);
        }
    }

    /// <summary>The question of this uitvraag with that id, or null (another uitvraag's question is not found here).</summary>
    private static Vraag? Vraag(Stand stand, string vraagId) =>
        Sleutel(vraagId, nameof(Schema.Participatie.Vraag)) is { } nummer ? stand.Uitvraag.Vragen.FirstOrDefault(v => v.Id == nummer) : null;

    private static int? Sleutel(string? id, string type) =>
        GlobalId.Probeer(id, out var gelezen, out var sleutel) && gelezen == type
        && int.TryParse(sleutel, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var nummer) ? nummer : null;

    /// <summary>
    /// The uitvraag and the role that may edit its questions: the sign-in page for a visitor, the 403 page for an
    /// account that is no team member or beheerder at all, 404 for an uitvraag that does not exist, and 403 for
    /// the team of another traject.
    /// </summary>
    private static async Task<(IResult? Weigering, Gebruiker? Gebruiker, Stand? Stand)> ToegangAsync(HttpContext http, string id)
    {
        var databank = http.RequestServices.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>();
        var (account, anders) = await PortaalToegang.VereisAsync(http, a => AccountGebruikers.Van(a).Any(VraagRedactie.MagVragenBewerken));
        if (account is null)
        {
            return (anders, null, null);
        }

        Uitvraag? uitvraag = null;
        // The number (as the uitvraag page links it) or the API's global id.
        if (InvoerEndpoints.LeesId(id, nameof(Uitvraag)) is { } nummer)
        {
            await using var db = await databank.CreateDbContextAsync(http.RequestAborted);
            uitvraag = await db.Uitvragen.AsNoTracking().Include(u => u.Vragen).ThenInclude(v => v.Opties).AsSplitQuery()
                .FirstOrDefaultAsync(u => u.Id == nummer, http.RequestAborted);
            if (uitvraag is not null)
            {
                uitvraag.Vragen.Sort((a, b) => a.Volgorde.CompareTo(b.Volgorde));
                var gebruiker = AccountGebruikers.Van(account).FirstOrDefault(g => VraagRedactie.MagVragenBewerken(g) && g.IsTeamVan(uitvraag.ParticipatietrajectId));
                if (gebruiker is null)
                {
                    return (PortaalToegang.Geweigerd(http), null, null);
                }

                var aantal = await db.Reacties.Tellend().CountAsync(r => r.UitvraagId == uitvraag.Id, http.RequestAborted);
                return (null, gebruiker, new Stand(uitvraag, aantal > 0, aantal));
            }
        }

        return (PortaalToegang.NietGevonden(http), null, null);
    }

    /// <summary>The list page, with a fresh preview link.</summary>
    private static IResult Lijst(HttpContext http, IAntiforgery af, Stand stand, VraagFormulier? nieuw = null, IReadOnlyList<Veldfout>? fouten = null, string? melding = null, int status = StatusCodes.Status200OK)
    {
        var link = http.RequestServices.GetRequiredService<Proeflinks>().Maak(stand.Uitvraag.Id);
        return BeheerEndpoints.Formulier<VragenPagina>(http, af, new
        {
            UitvraagId = stand.Uitvraag.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Stand = stand,
            Nieuw = nieuw ?? VraagFormulier.Nieuw(),
            Fouten = fouten ?? [],
            Melding = melding,
            Proeflink = http.RequestServices.GetRequiredService<PubliekAdres>().Absoluut(link.Pad),
            ProefGeldigTot = link.GeldigTot,
        }, status);
    }

    /// <summary>A refusal's message in the portal's language (the pages' group set the culture).</summary>
    private static string Bericht(HttpContext http, SociaalNetwerkException fout) =>
        http.RequestServices.GetRequiredService<IStringLocalizer<Berichten>>()[fout.Code, [.. fout.Argumenten]].Value;
}
