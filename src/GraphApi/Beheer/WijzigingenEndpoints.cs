using Microsoft.AspNetCore.Antiforgery;
using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.Schema.Accounts;
using SociaalNetwerk.Schema.Agenda;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Netwerken;
using SociaalNetwerk.Schema.Toegang;
using SociaalNetwerk.Schema.Wijzigingen;

namespace SociaalNetwerk.GraphApi.Beheer;

/// <summary>
/// <c>/beheer/wijzigingen</c>: the audit log in the portal, for beheerders (everything) and redacteuren (their own
/// organisations), filtered by organisation and object type, newest first, 50 to a page. Read through
/// <see cref="WijzigingenLezer"/>, the same rules as the GraphQL query <c>wijzigingen</c>.
/// </summary>
public static class WijzigingenEndpoints
{
    public const string Pad = "/beheer/wijzigingen";

    /// <summary>Entries per page.</summary>
    public const int PerPagina = 50;

    /// <summary>The code on the page when the account's roles may not read the log.</summary>
    public const string GeenToegang = "FORBIDDEN";

    public static RouteGroupBuilder MapWijzigingen(this RouteGroupBuilder beheer)
    {
        beheer.MapGet("/wijzigingen", LijstAsync);
        return beheer;
    }

    private static async Task<IResult> LijstAsync(HttpContext http, IAntiforgery af, WijzigingenLezer lezer, IDbContextFactory<SociaalNetwerkDbContext> databank)
    {
        if (await BeheerEndpoints.AangemeldAsync(http) is not { } account)
        {
            return BeheerEndpoints.NaarInloggen(http);
        }

        if (BeheerEndpoints.MoetTweestapsInstellen(account))
        {
            return Results.Redirect(BeheerEndpoints.Link(http, BeheerEndpoints.TweestapsPad));
        }

        var gebruikers = AccountGebruikers.Van(account);
        if (!WijzigingenLezer.MagLezen(gebruikers))
        {
            return BeheerEndpoints.Melding(http, "Wijzigingen.GeenToegang.Titel", "Wijzigingen.GeenToegang.Tekst", StatusCodes.Status403Forbidden, GeenToegang);
        }

        var query = http.Request.Query;
        var filter = new WijzigingFilter
        {
            Organisatie = Leeg(query["organisatie"]),
            ObjectType = Leeg(query["objectType"]),
        };
        var na = Leeg(query["na"]);
        Pagina<Wijziging> pagina;
        try
        {
            pagina = await lezer.LeesAsync(gebruikers, filter, new PaginaVerzoek(PerPagina, na), http.RequestAborted);
        }
        catch (SociaalNetwerkException fout)
        {
            return fout.Code == FoutCodes.GeenToegang
                ? BeheerEndpoints.Melding(http, "Wijzigingen.GeenToegang.Titel", "Wijzigingen.GeenToegang.Tekst", StatusCodes.Status403Forbidden, GeenToegang)
                : BeheerEndpoints.Melding(http, "Wijzigingen.Ongeldig.Titel", "Wijzigingen.Ongeldig.Tekst", StatusCodes.Status400BadRequest, fout.Code);
        }

        // Names for the filter and the entries, in two statements whatever the page holds.
        await using var db = await databank.CreateDbContextAsync(http.RequestAborted);
        var beheerder = gebruikers.Any(g => g.IsBeheerder);
        var eigen = gebruikers.Where(g => g.Rol == Rol.Redacteur && g.OrganisatieId is not null).Select(g => g.OrganisatieId!.Value).ToList();
        var organisaties = await db.Organisaties.AsNoTracking().Where(o => beheerder || eigen.Contains(o.Id))
            .OrderBy(o => o.ZoekNaam).Select(o => new { o.Id, o.Naam }).ToListAsync(http.RequestAborted);
        var activiteitIds = pagina.Items.Where(w => w.ObjectType == nameof(Activiteit)).Select(w => w.ObjectId).Distinct().ToList();
        var titels = await db.Activiteiten.AsNoTracking().Where(a => activiteitIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Titel, http.RequestAborted);
        var namen = organisaties.ToDictionary(o => o.Id, o => o.Naam);

        string? Naam(Wijziging w) => w.ObjectType switch
        {
            nameof(Activiteit) => titels.GetValueOrDefault(w.ObjectId),
            nameof(Organisatie) => namen.GetValueOrDefault(w.ObjectId),
            _ => null,
        };

        return BeheerEndpoints.Formulier<WijzigingenPagina>(http, af, new
        {
            Items = pagina.Items.Select(w => new WijzigingenPagina.Regel(w, Naam(w))).ToList(),
            Organisaties = organisaties.Select(o => (Id: GlobalId.Maak(nameof(Organisatie), o.Id), o.Naam)).ToList(),
            ObjectTypen = WijzigingenLezer.ObjectTypen.Where(t => beheerder || t != AccountLog.ObjectType).ToList(),
            GekozenOrganisatie = filter.Organisatie,
            GekozenType = filter.ObjectType,
            Volgende = pagina.HeeftVolgende ? pagina.Cursor(pagina.Items[^1]) : null,
        });
    }

    private static string? Leeg(string? waarde) => string.IsNullOrWhiteSpace(waarde) || waarde.Length > 600 ? null : waarde.Trim();
}
