using Microsoft.AspNetCore.Antiforgery;
using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.Schema.Accounts;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.Redactie;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.GraphApi.Beheer;

/// <summary>
/// <c>/beheer/sleutels</c>: API keys through the same <see cref="ApiSleutels"/> as <c>keys create | list | revoke</c>.
/// A beheerder manages every key; a redacteur the redacteur keys of its own organisations
/// (<see cref="ApiSleutels.MagBeheren"/>). A new key is shown once, on the answer to the form, and never again.
/// </summary>
public static class SleutelsEndpoints
{
    public const string Pad = "/beheer/sleutels";

    public const int MaxOmschrijvingLengte = 200;

    public static RouteGroupBuilder MapSleutels(this RouteGroupBuilder beheer)
    {
        var paginas = beheer.Paginas();
        paginas.MapGet("/sleutels", LijstAsync);
        paginas.MapPost("/sleutels", MaakAsync);
        paginas.MapPost("/sleutels/{kenmerk}/intrekken", TrekInAsync);
        return beheer;
    }

    private static bool Mag(Account account) => PortaalToegang.IsBeheerder(account) || PortaalToegang.IsRedacteur(account);

    private static async Task<IResult> LijstAsync(HttpContext http, IAntiforgery af, ApiSleutels sleutels, IDbContextFactory<SociaalNetwerkDbContext> databank)
    {
        var (account, anders) = await PortaalToegang.VereisAsync(http, Mag);
        return anders ?? await PaginaAsync(http, af, sleutels, databank, account!, null, [], new Dictionary<string, string>(), StatusCodes.Status200OK);
    }

    private static async Task<IResult> MaakAsync(HttpContext http, IAntiforgery af, ApiSleutels sleutels, IDbContextFactory<SociaalNetwerkDbContext> databank)
    {
        var (account, anders) = await PortaalToegang.VereisPostAsync(http, af, Mag);
        if (anders is not null)
        {
            return anders;
        }

        var opmaak = http.RequestServices.GetRequiredService<BeheerOpmaak>();
        var gebruikers = AccountGebruikers.Van(account!);
        var formulier = await http.Request.ReadFormAsync(http.RequestAborted);
        var ingevuld = new Dictionary<string, string>
        {
            ["omschrijving"] = formulier["omschrijving"].ToString().Trim(),
            ["rol"] = formulier["rol"].ToString(),
            ["organisatie"] = formulier["organisatie"].ToString(),
            ["traject"] = formulier["traject"].ToString(),
        };
        List<Veldfout> fouten = [];
        if (ingevuld["omschrijving"].Length == 0 || ingevuld["omschrijving"].Length > MaxOmschrijvingLengte)
        {
            fouten.Add(PortaalToegang.Fout("omschrijving", "REQUIRED", opmaak["Sleutels.Fout.Omschrijving", MaxOmschrijvingLengte]));
        }

        // A redacteur makes redacteur keys only: its form has no role field.
        Rol? rol = PortaalToegang.IsBeheerder(account!)
            ? Enum.TryParse<Rol>(ingevuld["rol"], ignoreCase: false, out var r) && Enum.IsDefined(r) && !int.TryParse(ingevuld["rol"], out _) ? r : null
            : Rol.Redacteur;
        int? organisatieId = null, trajectId = null;
        await using (var db = await databank.CreateDbContextAsync(http.RequestAborted))
        {
            if (rol is null)
            {
                fouten.Add(PortaalToegang.Fout("rol", "REQUIRED", opmaak["Accounts.Fout.Rol"]));
            }
            else if (rol == Rol.Redacteur)
            {
                organisatieId = AccountsEndpoints.Nummer(ingevuld["organisatie"]);
                if (organisatieId is not { } o || !await db.Organisaties.AnyAsync(x => x.Id == o, http.RequestAborted))
                {
                    fouten.Add(PortaalToegang.Fout("organisatie", "REQUIRED", opmaak["Accounts.Fout.Organisatie"]));
                }
                else if (!ApiSleutels.MagBeheren(gebruikers, Rol.Redacteur, o))
                {
                    // Only the own organisations are in the list; another one sent by hand is refused like a missing one.
                    fouten.Add(PortaalToegang.Fout("organisatie", "FORBIDDEN", opmaak["Sleutels.Fout.Organisatie"]));
                }
            }
            else if (rol == Rol.Trajectteam)
            {
                trajectId = AccountsEndpoints.Nummer(ingevuld["traject"]);
                if (trajectId is not { } t || !await db.Participatietrajecten.AnyAsync(x => x.Id == t, http.RequestAborted))
                {
                    fouten.Add(PortaalToegang.Fout("traject", "REQUIRED", opmaak["Accounts.Fout.Traject"]));
                }
            }
        }

        if (fouten.Count > 0)
        {
            return await PaginaAsync(http, af, sleutels, databank, account!, null, fouten, ingevuld, StatusCodes.Status400BadRequest);
        }

        // Recorded in the audit log as the role that may make it (beheerder, or redacteur of the organisation).
        var door = gebruikers.First(g => ApiSleutels.MagBeheren([g], rol!.Value, organisatieId));
        var (sleutel, gegevens) = await sleutels.MaakAsync(rol!.Value, organisatieId, trajectId, ingevuld["omschrijving"], door, http.RequestAborted);
        return BeheerEndpoints.Formulier<SleutelGemaaktPagina>(http, af, new { Sleutel = sleutel, Kenmerk = gegevens.Kenmerk });
    }

    private static async Task<IResult> TrekInAsync(HttpContext http, IAntiforgery af, string kenmerk, ApiSleutels sleutels, IDbContextFactory<SociaalNetwerkDbContext> databank)
    {
        var (account, anders) = await PortaalToegang.VereisPostAsync(http, af, Mag);
        if (anders is not null)
        {
            return anders;
        }

        // Someone else's key answers like an unknown one: nothing about it leaks.
        var opmaak = http.RequestServices.GetRequiredService<BeheerOpmaak>();
        return await sleutels.TrekInAsync(kenmerk, AccountGebruikers.Van(account!), http.RequestAborted)
            ? await PaginaAsync(http, af, sleutels, databank, account!, opmaak["Sleutels.Ingetrokken", kenmerk], [], new Dictionary<string, string>(), StatusCodes.Status200OK)
            : PortaalToegang.NietGevonden(http);
    }

    private static async Task<IResult> PaginaAsync(
        HttpContext http, IAntiforgery af, ApiSleutels sleutels, IDbContextFactory<SociaalNetwerkDbContext> databank, Account ik, string? melding, IReadOnlyList<Veldfout> fouten, IReadOnlyDictionary<string, string> ingevuld, int status)
    {
        var opmaak = http.RequestServices.GetRequiredService<BeheerOpmaak>();
        var gebruikers = AccountGebruikers.Van(ik);
        var beheerder = PortaalToegang.IsBeheerder(ik);
        var eigen = PortaalToegang.Organisaties(ik);
        await using var db = await databank.CreateDbContextAsync(http.RequestAborted);
        var organisaties = await db.Organisaties.AsNoTracking().Where(o => beheerder || eigen.Contains(o.Id)).OrderBy(o => o.ZoekNaam)
            .Select(o => new KeyValuePair<int, string>(o.Id, o.Naam)).ToListAsync(http.RequestAborted);
        var trajecten = beheerder
            ? await db.Participatietrajecten.AsNoTracking().OrderBy(t => t.Naam).Select(t => new KeyValuePair<int, string>(t.Id, t.Naam)).ToListAsync(http.RequestAborted)
            : [];
        var organisatieNamen = await db.Organisaties.AsNoTracking().Select(o => new { o.Id, o.Naam }).ToDictionaryAsync(o => o.Id, o => o.Naam, http.RequestAborted);
        var trajectNamen = trajecten.ToDictionary();
        var rijen = (await sleutels.LijstVoorAsync(gebruikers, http.RequestAborted)).Select(s => new SleutelRij(
            s.Kenmerk,
            AccountsEndpoints.RolNaam(opmaak, s.Rol, s.OrganisatieId is { } o ? organisatieNamen.GetValueOrDefault(o, "?") : null, s.ParticipatietrajectId is { } t ? trajectNamen.GetValueOrDefault(t, "?") : null),
            s.Omschrijving,
            s.AangemaaktOp.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            s.IngetrokkenOp?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))).ToList();
        return BeheerEndpoints.Formulier<SleutelsPagina>(http, af, new
        {
            Sleutels = rijen,
            Beheerder = beheerder,
            Organisaties = organisaties,
            Trajecten = trajecten,
            Melding = melding,
            Fouten = fouten,
            Ingevuld = ingevuld,
        }, status);
    }
}

/// <summary>One key in the list, without its secret.</summary>
public sealed record SleutelRij(string Kenmerk, string Rol, string Omschrijving, string AangemaaktOp, string? IngetrokkenOp);
