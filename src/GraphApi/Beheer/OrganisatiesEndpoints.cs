using Microsoft.AspNetCore.Antiforgery;
using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.Schema.Accounts;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Kenmerken;
using SociaalNetwerk.Schema.Netwerken;
using SociaalNetwerk.Schema.Redactie;

namespace SociaalNetwerk.GraphApi.Beheer;

/// <summary>
/// <c>/beheer/organisatie/{id}</c> (a redacteur of it, a beheerder): the organisation's own data on the sociale kaart;
/// <c>/beheer/organisaties</c> (beheerder): the list and adding one. Every change goes through
/// <see cref="OrganisatieRedactie"/> with the account's <see cref="Schema.Toegang.Gebruiker"/>, exactly as
/// <c>organisatieWijzigen</c> and <c>organisatieToevoegen</c>: the same rules, field errors and messages.
/// </summary>
public static class OrganisatiesEndpoints
{
    /// <summary>The labels of the organisation forms' fields, for the domain's messages (<see cref="PortaalToegang.InWoorden"/>).</summary>
    private static readonly Dictionary<string, string> Labels = new()
    {
        ["naam"] = "Veld.Naam", ["soort"] = "Veld.Soort", ["omschrijving"] = "Veld.Omschrijving", ["website"] = "Veld.Website",
        ["email"] = "Veld.Email", ["telefoon"] = "Veld.Telefoon", ["adres.straat"] = "Veld.Straat", ["adres.postcode"] = "Veld.Postcode",
        ["adres.plaats"] = "Veld.Plaats", ["afbeelding.url"] = "Veld.AfbeeldingUrl", ["afbeelding.alt"] = "Veld.AfbeeldingAlt",
        ["themas"] = "Veld.Themas", ["wijken"] = "Veld.Wijken",
    };

    public const string Pad = "/beheer/organisatie";

    public const string LijstPad = "/beheer/organisaties";

    public static RouteGroupBuilder MapOrganisaties(this RouteGroupBuilder beheer)
    {
        var paginas = beheer.Paginas();
        paginas.MapGet("/organisatie/{id:int}", BekijkAsync);
        paginas.MapPost("/organisatie/{id:int}", WijzigAsync);
        paginas.MapGet("/organisaties", LijstAsync);
        paginas.MapPost("/organisaties", VoegToeAsync);
        return beheer;
    }

    /// <summary>A redacteur of the organisation or a beheerder; for anyone else the 403 page, whether or not it exists.</summary>
    private static Func<Account, bool> VanOrganisatie(int id) =>
        account => PortaalToegang.IsBeheerder(account) || PortaalToegang.Organisaties(account).Contains(id);

    private static async Task<IResult> BekijkAsync(HttpContext http, IAntiforgery af, int id, IDbContextFactory<SociaalNetwerkDbContext> databank)
    {
        var (account, anders) = await PortaalToegang.VereisAsync(http, VanOrganisatie(id));
        if (anders is not null)
        {
            return anders;
        }

        await using var db = await databank.CreateDbContextAsync(http.RequestAborted);
        if (await db.Organisaties.AsNoTracking().Include(o => o.Wijken).FirstOrDefaultAsync(o => o.Id == id, http.RequestAborted) is not { } organisatie)
        {
            return PortaalToegang.NietGevonden(http);
        }

        var ingevuld = new Dictionary<string, string>
        {
            ["naam"] = organisatie.Naam,
            ["soort"] = organisatie.Soort.ToString(),
            ["omschrijving"] = organisatie.Omschrijving ?? string.Empty,
            ["website"] = organisatie.Website ?? string.Empty,
            ["email"] = organisatie.Email ?? string.Empty,
            ["telefoon"] = organisatie.Telefoon ?? string.Empty,
            ["adres.straat"] = organisatie.Adres ?? string.Empty,
            ["adres.postcode"] = organisatie.Postcode ?? string.Empty,
            ["adres.plaats"] = organisatie.Plaats ?? string.Empty,
            ["afbeelding.url"] = organisatie.AfbeeldingUrl ?? string.Empty,
            ["afbeelding.alt"] = organisatie.AfbeeldingAlt ?? string.Empty,
        };
        return await PaginaAsync(http, af, db, account!, id, organisatie.Naam, ingevuld, [.. organisatie.Themas.Select(t => t.ToString())], [.. organisatie.Wijken.Select(w => w.Slug)], null, [], StatusCodes.Status200OK);
    }

    private static async Task<IResult> WijzigAsync(HttpContext http, IAntiforgery af, int id, IDbContextFactory<SociaalNetwerkDbContext> databank, OrganisatieRedactie redactie)
    {
        var (account, anders) = await PortaalToegang.VereisPostAsync(http, af, VanOrganisatie(id));
        if (anders is not null)
        {
            return anders;
        }

        var formulier = await http.Request.ReadFormAsync(http.RequestAborted);
        string Veld(string naam) => formulier[naam].ToString().Trim();
        string? Leeg(string naam) => Veld(naam) is { Length: > 0 } waarde ? waarde : null;
        var beheerder = PortaalToegang.IsBeheerder(account!);
        var ingevuld = new[] { "naam", "soort", "omschrijving", "website", "email", "telefoon", "adres.straat", "adres.postcode", "adres.plaats", "afbeelding.url", "afbeelding.alt" }.ToDictionary(v => v, Veld);
        var themas = formulier["themas"].Select(t => t ?? string.Empty).ToList();
        var wijken = formulier["wijken"].Select(w => w ?? string.Empty).ToList();
        List<Veldfout> fouten = [];
        var opmaak = http.RequestServices.GetRequiredService<BeheerOpmaak>();
        var gekozenThemas = new List<Thema>();
        foreach (var thema in themas)
        {
            if (Enum.TryParse<Thema>(thema, ignoreCase: false, out var t) && Enum.IsDefined(t) && !int.TryParse(thema, out _))
            {
                gekozenThemas.Add(t);
            }
            else
            {
                fouten.Add(PortaalToegang.Fout("themas", "INVALID_VALUE", opmaak["Organisatie.Fout.Thema"]));
                break;
            }
        }

        OrganisatieSoort? soort = null;
        if (beheerder && !(Enum.TryParse<OrganisatieSoort>(ingevuld["soort"], ignoreCase: false, out var s) && Enum.IsDefined(s) && !int.TryParse(ingevuld["soort"], out _)))
        {
            fouten.Add(PortaalToegang.Fout("soort", "REQUIRED", opmaak["Organisatie.Fout.Soort"]));
        }
        else if (beheerder)
        {
            soort = Enum.Parse<OrganisatieSoort>(ingevuld["soort"]);
        }

        var melding = (string?)null;
        var status = StatusCodes.Status400BadRequest;
        string naam;
        if (fouten.Count == 0)
        {
            // Naam and soort are the beheerder's: a redacteur's form does not have them, so they are not given.
            var invoer = new OrganisatieInvoer
            {
                Naam = beheerder ? Leeg("naam") : Optioneel<string?>.NietOpgegeven,
                Soort = beheerder ? soort : Optioneel<OrganisatieSoort?>.NietOpgegeven,
                Omschrijving = Leeg("omschrijving"),
                Website = Leeg("website"),
                Email = Leeg("email"),
                Telefoon = Leeg("telefoon"),
                Adres = Leeg("adres.straat") is null && Leeg("adres.postcode") is null && Leeg("adres.plaats") is null
                    ? null
                    : new AdresInvoer { Straat = Leeg("adres.straat"), Postcode = Leeg("adres.postcode"), Plaats = Leeg("adres.plaats") },
                Afbeelding = Leeg("afbeelding.url") is null && Leeg("afbeelding.alt") is null
                    ? null
                    : new AfbeeldingInvoer { Url = Leeg("afbeelding.url"), Alt = Leeg("afbeelding.alt") },
                Themas = gekozenThemas,
                Wijken = wijken,
            };
            try
            {
                var resultaat = await redactie.WijzigAsync(GlobalId.Maak(nameof(Organisatie), id), invoer, AccountGebruikers.VoorOrganisatie(account!, id), http.RequestAborted);
                fouten.AddRange(PortaalToegang.InWoorden(http, resultaat.Fouten, Labels));
                if (resultaat.Gelukt)
                {
                    melding = opmaak["Organisatie.Opgeslagen"];
                    status = StatusCodes.Status200OK;
                }
            }
            catch (SociaalNetwerkException fout) when (fout.Code == FoutCodes.NietGevonden)
            {
                return PortaalToegang.NietGevonden(http);
            }
            catch (SociaalNetwerkException fout) when (fout.Code is FoutCodes.GeenToegang or FoutCodes.NietAangemeld)
            {
                // The page's own check comes first; should the domain's rule ever be stricter, it is still a 403 page.
                return PortaalToegang.Geweigerd(http);
            }
        }

        await using var db = await databank.CreateDbContextAsync(http.RequestAborted);
        naam = await db.Organisaties.Where(o => o.Id == id).Select(o => o.Naam).FirstOrDefaultAsync(http.RequestAborted) ?? string.Empty;
        return await PaginaAsync(http, af, db, account!, id, naam, ingevuld, themas, wijken, melding, fouten, status);
    }

    private static async Task<IResult> PaginaAsync(
        HttpContext http, IAntiforgery af, SociaalNetwerkDbContext db, Account account, int id, string naam, IReadOnlyDictionary<string, string> ingevuld,
        IReadOnlyList<string> themas, IReadOnlyList<string> wijken, string? melding, IReadOnlyList<Veldfout> fouten, int status)
    {
        var alleWijken = await db.Wijken.AsNoTracking().OrderBy(w => w.Naam).Select(w => new KeyValuePair<string, string>(w.Slug, w.Naam)).ToListAsync(http.RequestAborted);
        return BeheerEndpoints.Formulier<OrganisatiePagina>(http, af, new
        {
            Id = id,
            Naam = naam,
            Beheerder = PortaalToegang.IsBeheerder(account),
            Ingevuld = ingevuld,
            Themas = themas,
            Wijken = wijken,
            AlleWijken = alleWijken,
            Melding = melding,
            Fouten = fouten,
        }, status);
    }

    private static async Task<IResult> LijstAsync(HttpContext http, IAntiforgery af, IDbContextFactory<SociaalNetwerkDbContext> databank)
    {
        var (_, anders) = await PortaalToegang.VereisAsync(http, PortaalToegang.IsBeheerder);
        return anders ?? await LijstPaginaAsync(http, af, databank, new Dictionary<string, string>(), [], StatusCodes.Status200OK);
    }

    private static async Task<IResult> VoegToeAsync(HttpContext http, IAntiforgery af, IDbContextFactory<SociaalNetwerkDbContext> databank, OrganisatieRedactie redactie)
    {
        var (account, anders) = await PortaalToegang.VereisPostAsync(http, af, PortaalToegang.IsBeheerder);
        if (anders is not null)
        {
            return anders;
        }

        var opmaak = http.RequestServices.GetRequiredService<BeheerOpmaak>();
        var formulier = await http.Request.ReadFormAsync(http.RequestAborted);
        var ingevuld = new Dictionary<string, string> { ["naam"] = formulier["naam"].ToString().Trim(), ["soort"] = formulier["soort"].ToString() };
        OrganisatieSoort? soort = Enum.TryParse<OrganisatieSoort>(ingevuld["soort"], ignoreCase: false, out var s) && Enum.IsDefined(s) && !int.TryParse(ingevuld["soort"], out _) ? s : null;
        List<Veldfout> fouten = [];
        if (soort is null && ingevuld["soort"].Length > 0)
        {
            fouten.Add(PortaalToegang.Fout("soort", "REQUIRED", opmaak["Organisatie.Fout.Soort"]));
        }
        else
        {
            var resultaat = await redactie.VoegToeAsync(
                new OrganisatieInvoer { Naam = ingevuld["naam"].Length > 0 ? ingevuld["naam"] : null, Soort = soort },
                AccountGebruikers.AlsBeheerder(account!),
                http.RequestAborted);
            if (resultaat.Waarde is { } nieuw && resultaat.Gelukt)
            {
                return Results.Redirect(BeheerEndpoints.Link(http, Pad + "/" + nieuw.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            fouten.AddRange(PortaalToegang.InWoorden(http, resultaat.Fouten, Labels));
        }

        return await LijstPaginaAsync(http, af, databank, ingevuld, fouten, StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> LijstPaginaAsync(HttpContext http, IAntiforgery af, IDbContextFactory<SociaalNetwerkDbContext> databank, IReadOnlyDictionary<string, string> ingevuld, IReadOnlyList<Veldfout> fouten, int status)
    {
        await using var db = await databank.CreateDbContextAsync(http.RequestAborted);
        var organisaties = await db.Organisaties.AsNoTracking().OrderBy(o => o.ZoekNaam)
            .Select(o => new OrganisatieRij(o.Id, o.Naam, o.Soort)).ToListAsync(http.RequestAborted);
        return BeheerEndpoints.Formulier<OrganisatiesPagina>(http, af, new { Organisaties = organisaties, Ingevuld = ingevuld, Fouten = fouten }, status);
    }
}

/// <summary>One organisation in the beheerder's list.</summary>
public sealed record OrganisatieRij(int Id, string Naam, OrganisatieSoort Soort);
