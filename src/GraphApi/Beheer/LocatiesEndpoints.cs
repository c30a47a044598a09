using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.Schema.Accounts;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Redactie;
using SociaalNetwerk.Schema.Toegang;
using SociaalNetwerk.Schema.Wijken;

namespace SociaalNetwerk.GraphApi.Beheer;

/// <summary>
/// The portal's locations (issue 11): <c>/beheer/locaties</c> lists and searches them, <c>/nieuw</c> adds one and
/// <c>/{id}</c> changes one, for redacteuren and beheerders. The same domain services as the GraphQL API
/// (<see cref="LocatieZoeker"/>, <see cref="LocatieRedactie"/>) with the signed-in account's <see cref="Gebruiker"/>:
/// as beheerder when it is one, else as the redacteur role the rule allows (adding: any; changing: one whose
/// organisation uses the location, see <see cref="LocatieRedactie"/>).
/// </summary>
public static class LocatiesEndpoints
{
    /// <summary>The fields of the location form, with short labels for the domain's messages (<see cref="PortaalToegang.InWoorden"/>).</summary>
    private static readonly Dictionary<string, string> Labels = new()
    {
        ["naam"] = "Veld.Naam", ["adres"] = "Veld.Straat", ["postcode"] = "Veld.Postcode", ["plaats"] = "Veld.Plaats",
        ["wijk"] = "Locaties.Veld.Wijk", ["toegankelijkheidToelichting"] = "Locaties.Veld.Toelichting",
    };

    public const string Pad = "/beheer/locaties";
    public const string NieuwPad = "/beheer/locaties/nieuw";

    public const int PaginaGrootte = 20;

    /// <summary><c>?terug=nieuw</c>: after adding, back to a new activity's form; an activity's id: back to its form.</summary>
    public const string TerugNieuw = "nieuw";

    public static RouteGroupBuilder MapLocaties(this RouteGroupBuilder beheer)
    {
        // Under the pages' group: the domain's field errors follow the portal's language (?taal= too).
        var paginas = beheer.Paginas();
        paginas.MapGet("/locaties", LijstAsync);
        paginas.MapGet("/locaties/nieuw", NieuwAsync);
        paginas.MapPost("/locaties/nieuw", VoegToeAsync);
        paginas.MapGet("/locaties/{id}", BewerkAsync);
        paginas.MapPost("/locaties/{id}", WijzigAsync);
        return beheer;
    }

    private static async Task<IResult> LijstAsync(HttpContext http, IAntiforgery af, LocatieZoeker zoeker, IDbContextFactory<SociaalNetwerkDbContext> databank)
    {
        if ((await ToegangAsync(http)).Weigering is { } weigering)
        {
            return weigering;
        }

        var zoek = http.Request.Query["zoek"].ToString();
        var na = http.Request.Query["na"].ToString();
        try
        {
            var pagina = await zoeker.ZoekAsync(new LocatieFilter { Zoekterm = zoek }, new PaginaVerzoek(PaginaGrootte, na.Length > 0 ? na : null), http.RequestAborted);
            return BeheerEndpoints.Formulier<LocatiesPagina>(http, af, new
            {
                Zoek = zoek,
                Locaties = pagina.Items,
                Totaal = await pagina.Totaal(http.RequestAborted),
                Volgende = pagina.HeeftVolgende && pagina.Items.Count > 0 ? pagina.Cursor(pagina.Items[^1]) : null,
                Opgeslagen = await OpgeslagenAsync(http, databank),
            });
        }
        catch (SociaalNetwerkException fout)
        {
            return BeheerEndpoints.Melding(http, "Locaties.Zoeken.Titel", "Locaties.Zoeken.Fout", StatusCodes.Status400BadRequest, fout.Code);
        }
    }

    private static async Task<IResult> NieuwAsync(HttpContext http, IAntiforgery af, IDbContextFactory<SociaalNetwerkDbContext> databank)
    {
        if ((await ToegangAsync(http)).Weigering is { } weigering)
        {
            return weigering;
        }

        return BeheerEndpoints.Formulier<LocatiePagina>(http, af, new { Waarden = new LocatieFormulier(), Wijken = await WijkenAsync(databank, http), Terug = Terug(http.Request.Query["terug"].ToString()) });
    }

    private static async Task<IResult> VoegToeAsync(HttpContext http, IAntiforgery af, LocatieRedactie redactie, IDbContextFactory<SociaalNetwerkDbContext> databank)
    {
        if (await BeheerEndpoints.Geweigerd(http, af) is { } geweigerd)
        {
            return geweigerd;
        }

        var (weigering, gebruiker, _) = await ToegangAsync(http);
        if (weigering is not null)
        {
            return weigering;
        }

        var waarden = await LeesAsync(http);
        var terug = Terug((await http.Request.ReadFormAsync(http.RequestAborted))["terug"].ToString());
        var resultaat = await InTaalAsync(http, () => redactie.VoegToeAsync(waarden.AlsInvoer(), gebruiker!, http.RequestAborted));
        if (resultaat.Waarde is { } nieuw && terug is not null)
        {
            // Back to the activity form it was opened from, with the new location chosen.
            var pad = BeheerEndpoints.Link(http, terug == TerugNieuw ? ActiviteitenEndpoints.NieuwPad : ActiviteitenEndpoints.Pad + "/" + Uri.EscapeDataString(terug));
            return Results.Redirect(pad + (pad.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "locatie=" + nieuw.Id.ToString(CultureInfo.InvariantCulture));
        }

        return resultaat.Waarde is { } locatie
            ? Results.Redirect(BeheerEndpoints.Link(http, Pad) + Scheiding(http) + "opgeslagen=" + GlobalId.Maak(nameof(Locatie), locatie.Id))
            : BeheerEndpoints.Formulier<LocatiePagina>(http, af, new { Waarden = waarden, Wijken = await WijkenAsync(databank, http), Fouten = PortaalToegang.InWoorden(http, resultaat.Fouten, Labels), Terug = terug }, StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> BewerkAsync(HttpContext http, IAntiforgery af, string id, LocatieRedactie redactie, IDbContextFactory<SociaalNetwerkDbContext> databank)
    {
        var (weigering, _, locatie) = await BewerkbaarAsync(http, id, redactie, databank);
        if (weigering is not null)
        {
            return weigering;
        }

        return BeheerEndpoints.Formulier<LocatiePagina>(http, af, new { Id = id, Waarden = LocatieFormulier.Van(locatie!), Wijken = await WijkenAsync(databank, http) });
    }

    private static async Task<IResult> WijzigAsync(HttpContext http, IAntiforgery af, string id, LocatieRedactie redactie, IDbContextFactory<SociaalNetwerkDbContext> databank)
    {
        if (await BeheerEndpoints.Geweigerd(http, af) is { } geweigerd)
        {
            return geweigerd;
        }

        var (weigering, gebruiker, _) = await BewerkbaarAsync(http, id, redactie, databank);
        if (weigering is not null)
        {
            return weigering;
        }

        var waarden = await LeesAsync(http);
        var resultaat = await InTaalAsync(http, () => redactie.WijzigAsync(id, waarden.AlsInvoer(), gebruiker!, http.RequestAborted));
        return resultaat.Waarde is { } locatie
            ? Results.Redirect(BeheerEndpoints.Link(http, Pad) + Scheiding(http) + "opgeslagen=" + GlobalId.Maak(nameof(Locatie), locatie.Id))
            : BeheerEndpoints.Formulier<LocatiePagina>(http, af, new { Id = id, Waarden = waarden, Wijken = await WijkenAsync(databank, http), Fouten = PortaalToegang.InWoorden(http, resultaat.Fouten, Labels) }, StatusCodes.Status400BadRequest);
    }

    /// <summary>
    /// The signed-in account's <see cref="Gebruiker"/> for locations: its beheerder role, else its first redacteur
    /// role; the login redirect for a visitor, the 403 page for an account without either role.
    /// </summary>
    private static async Task<(IResult? Weigering, Gebruiker? Gebruiker, Account? Account)> ToegangAsync(HttpContext http)
    {
        var (account, anders) = await PortaalToegang.VereisAsync(http, a => AccountGebruikers.Van(a).Any(LocatieRedactie.MagToevoegen));
        return account is null ? (anders, null, null) : (null, AccountGebruikers.Van(account).First(LocatieRedactie.MagToevoegen), account);
    }

    /// <summary>The location and the role that may change it (beheerder, or a redacteur role the rule allows), or the refusal page.</summary>
    private static async Task<(IResult? Weigering, Gebruiker? Gebruiker, Locatie? Locatie)> BewerkbaarAsync(
        HttpContext http, string id, LocatieRedactie redactie, IDbContextFactory<SociaalNetwerkDbContext> databank)
    {
        var (weigering, _, account) = await ToegangAsync(http);
        if (weigering is not null)
        {
            return (weigering, null, null);
        }

        Locatie? locatie = null;
        if (GlobalId.Probeer(id, out var type, out var sleutel) && type == nameof(Locatie)
            && int.TryParse(sleutel, NumberStyles.None, CultureInfo.InvariantCulture, out var nummer))
        {
            await using var db = await databank.CreateDbContextAsync(http.RequestAborted);
            locatie = await db.Locaties.AsNoTracking().Include(l => l.Wijk).FirstOrDefaultAsync(l => l.Id == nummer, http.RequestAborted);
        }

        if (locatie is null)
        {
            return (BeheerEndpoints.Melding(http, "Locaties.NietGevonden.Titel", "Locaties.NietGevonden.Tekst", StatusCodes.Status404NotFound, FoutCodes.NietGevonden), null, null);
        }

        foreach (var gebruiker in AccountGebruikers.Van(account!).Where(LocatieRedactie.MagToevoegen))
        {
            if (await redactie.MagWijzigenAsync(locatie.Id, gebruiker, http.RequestAborted))
            {
                return (null, gebruiker, locatie);
            }
        }

        return (PortaalToegang.Geweigerd(http), null, null);
    }

    /// <summary>The name of the location just saved (<c>?opgeslagen=</c> its id), for the confirmation; never text from the address bar itself.</summary>
    private static async Task<string?> OpgeslagenAsync(HttpContext http, IDbContextFactory<SociaalNetwerkDbContext> databank)
    {
        if (GlobalId.Probeer(http.Request.Query["opgeslagen"].ToString(), out var type, out var sleutel) && type == nameof(Locatie)
            && int.TryParse(sleutel, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            await using var db = await databank.CreateDbContextAsync(http.RequestAborted);
            return await db.Locaties.Where(l => l.Id == id).Select(l => l.Naam).FirstOrDefaultAsync(http.RequestAborted);
        }

        return null;
    }

    /// <summary>Field messages in the portal's language (nl or en), whatever the request's culture is.</summary>
    private static async Task<WijzigResultaat<Locatie>> InTaalAsync(HttpContext http, Func<Task<WijzigResultaat<Locatie>>> actie)
    {
        var cultuur = CultureInfo.GetCultureInfo(http.RequestServices.GetRequiredService<BeheerOpmaak>().Taal);
        var (oud, oudUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = cultuur;
        try
        {
            return await actie();
        }
        finally
        {
            CultureInfo.CurrentCulture = oud;
            CultureInfo.CurrentUICulture = oudUi;
        }
    }

    private static async Task<LocatieFormulier> LeesAsync(HttpContext http)
    {
        var formulier = await http.Request.ReadFormAsync(http.RequestAborted);
        return new LocatieFormulier
        {
            Naam = formulier["naam"].ToString(),
            Adres = formulier["adres"].ToString(),
            Postcode = formulier["postcode"].ToString(),
            Plaats = formulier["plaats"].ToString(),
            Wijk = formulier["wijk"].ToString(),
            Rolstoeltoegankelijk = formulier["rolstoeltoegankelijk"] == "ja",
            Ringleiding = formulier["ringleiding"] == "ja",
            ToegankelijkheidToelichting = formulier["toegankelijkheidToelichting"].ToString(),
        };
    }

    private static async Task<IReadOnlyList<Wijk>> WijkenAsync(IDbContextFactory<SociaalNetwerkDbContext> databank, HttpContext http)
    {
        await using var db = await databank.CreateDbContextAsync(http.RequestAborted);
        return await db.Wijken.AsNoTracking().OrderBy(w => w.Naam).ToListAsync(http.RequestAborted);
    }

    /// <summary>Where to go back after adding: <see cref="TerugNieuw"/> or an activity's id (well-formed); anything else is ignored (no open redirect).</summary>
    private static string? Terug(string waarde) =>
        waarde == TerugNieuw || (GlobalId.Probeer(waarde, out var type, out var sleutel) && type == "Activiteit" && int.TryParse(sleutel, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            ? waarde
            : null;

    private static string Scheiding(HttpContext http) => BeheerEndpoints.Link(http, Pad).Contains('?', StringComparison.Ordinal) ? "&" : "?";
}

/// <summary>The values of the location form, as typed (so a refused form shows them again).</summary>
public sealed record LocatieFormulier
{
    public string Naam { get; init; } = string.Empty;

    public string Adres { get; init; } = string.Empty;

    public string Postcode { get; init; } = string.Empty;

    public string Plaats { get; init; } = Locatie.StandaardPlaats;

    public string Wijk { get; init; } = string.Empty;

    public bool Rolstoeltoegankelijk { get; init; }

    public bool Ringleiding { get; init; }

    public string ToegankelijkheidToelichting { get; init; } = string.Empty;

    public static LocatieFormulier Van(Locatie locatie) => new()
    {
        Naam = locatie.Naam,
        Adres = locatie.Adres,
        Postcode = locatie.Postcode,
        Plaats = locatie.Plaats,
        Wijk = locatie.Wijk?.Slug ?? string.Empty,
        Rolstoeltoegankelijk = locatie.Rolstoeltoegankelijk,
        Ringleiding = locatie.Ringleiding,
        ToegankelijkheidToelichting = locatie.ToegankelijkheidToelichting ?? string.Empty,
    };

    /// <summary>Every field given: the form shows them all.</summary>
    public LocatieInvoer AlsInvoer() => new()
    {
        Naam = Naam,
        Adres = Adres,
        Postcode = Postcode,
        Plaats = Plaats,
        Wijk = Wijk,
        Rolstoeltoegankelijk = Rolstoeltoegankelijk,
        Ringleiding = Ringleiding,
        ToegankelijkheidToelichting = ToegankelijkheidToelichting,
    };
}
