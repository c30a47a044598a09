using Microsoft.AspNetCore.Antiforgery;
using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.Schema.Accounts;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Netwerken;
using SociaalNetwerk.Schema.Redactie;

namespace SociaalNetwerk.GraphApi.Beheer;

/// <summary>
/// <c>/beheer/netwerken</c> (beheerder): the networks, adding one, and <c>/beheer/netwerken/{id}</c> to edit it, through
/// <see cref="NetwerkRedactie"/> with the account's <see cref="Schema.Toegang.Gebruiker"/>, as <c>netwerkToevoegen</c>
/// and <c>netwerkWijzigen</c> do.
/// </summary>
public static class NetwerkenEndpoints
{
    /// <summary>
    /// The labels of the fields of the network's form (""), a new group ("groep.") and a new member ("lid."), for the
    /// domain's messages (<see cref="PortaalToegang.InWoorden"/>).
    /// </summary>
    private static readonly Dictionary<string, Dictionary<string, string>> Labels = new()
    {
        [string.Empty] = new() { ["naam"] = "Veld.Naam", ["omschrijving"] = "Veld.Omschrijving", ["website"] = "Veld.Website", ["onderdeelVanId"] = "Veld.OnderdeelVan" },
        ["groep."] = new() { ["naam"] = "Netwerken.GroepNaam", ["soort"] = "Netwerken.GroepSoort" },
        ["lid."] = new() { ["organisatieId"] = "Veld.Organisatie", ["rol"] = "Veld.Rol", ["groepId"] = "Netwerken.Groep" },
    };

    public const string Pad = "/beheer/netwerken";

    private static readonly string[] Velden = ["naam", "omschrijving", "website", "onderdeelVan"];

    public static RouteGroupBuilder MapNetwerken(this RouteGroupBuilder beheer)
    {
        var paginas = beheer.Paginas();
        paginas.MapGet("/netwerken", LijstAsync);
        paginas.MapPost("/netwerken", VoegToeAsync);
        paginas.MapGet("/netwerken/{id:int}", BekijkAsync);
        paginas.MapPost("/netwerken/{id:int}", WijzigAsync);
        paginas.MapPost("/netwerken/{id:int}/groepen", VoegGroepToeAsync);
        paginas.MapPost("/netwerken/{id:int}/leden", VoegLidToeAsync);
        paginas.MapPost("/netwerken/{id:int}/leden/{lidId:int}/verwijderen", VerwijderLidAsync);
        return beheer;
    }

    private static async Task<IResult> LijstAsync(HttpContext http, IAntiforgery af, IDbContextFactory<SociaalNetwerkDbContext> databank)
    {
        var (_, anders) = await PortaalToegang.VereisAsync(http, PortaalToegang.IsBeheerder);
        return anders ?? await PaginaAsync(http, af, databank, null, new Dictionary<string, string>(), null, [], StatusCodes.Status200OK);
    }

    private static async Task<IResult> VoegToeAsync(HttpContext http, IAntiforgery af, IDbContextFactory<SociaalNetwerkDbContext> databank, NetwerkRedactie redactie)
    {
        var (account, anders) = await PortaalToegang.VereisPostAsync(http, af, PortaalToegang.IsBeheerder);
        if (anders is not null)
        {
            return anders;
        }

        var ingevuld = await FormulierAsync(http);
        var resultaat = await redactie.VoegNetwerkToeAsync(Invoer(ingevuld), AccountGebruikers.AlsBeheerder(account!), http.RequestAborted);
        return resultaat is { Gelukt: true, Waarde: { } nieuw }
            ? Results.Redirect(BeheerEndpoints.Link(http, Pad + "/" + nieuw.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            : await PaginaAsync(http, af, databank, null, ingevuld, null, PortaalToegang.InWoorden(http, resultaat.Fouten, Labels[string.Empty]), StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> BekijkAsync(HttpContext http, IAntiforgery af, int id, IDbContextFactory<SociaalNetwerkDbContext> databank)
    {
        var (_, anders) = await PortaalToegang.VereisAsync(http, PortaalToegang.IsBeheerder);
        if (anders is not null)
        {
            return anders;
        }

        await using var db = await databank.CreateDbContextAsync(http.RequestAborted);
        if (await db.Netwerken.AsNoTracking().FirstOrDefaultAsync(n => n.Id == id, http.RequestAborted) is not { } netwerk)
        {
            return PortaalToegang.NietGevonden(http);
        }

        var ingevuld = new Dictionary<string, string>
        {
            ["naam"] = netwerk.Naam,
            ["omschrijving"] = netwerk.Omschrijving ?? string.Empty,
            ["website"] = netwerk.Website ?? string.Empty,
            ["onderdeelVan"] = netwerk.OnderdeelVanId is { } o ? GlobalId.Maak(nameof(Netwerk), o) : string.Empty,
        };
        return await PaginaAsync(http, af, databank, netwerk.Id, ingevuld, null, [], StatusCodes.Status200OK);
    }

    private static async Task<IResult> WijzigAsync(HttpContext http, IAntiforgery af, int id, IDbContextFactory<SociaalNetwerkDbContext> databank, NetwerkRedactie redactie)
    {
        var (account, anders) = await PortaalToegang.VereisPostAsync(http, af, PortaalToegang.IsBeheerder);
        if (anders is not null)
        {
            return anders;
        }

        var ingevuld = await FormulierAsync(http);
        try
        {
            var resultaat = await redactie.WijzigNetwerkAsync(GlobalId.Maak(nameof(Netwerk), id), Invoer(ingevuld), AccountGebruikers.AlsBeheerder(account!), http.RequestAborted);
            var opmaak = http.RequestServices.GetRequiredService<BeheerOpmaak>();
            return resultaat.Gelukt
                ? await PaginaAsync(http, af, databank, id, ingevuld, opmaak["Organisatie.Opgeslagen"], [], StatusCodes.Status200OK)
                : await PaginaAsync(http, af, databank, id, ingevuld, null, PortaalToegang.InWoorden(http, resultaat.Fouten, Labels[string.Empty]), StatusCodes.Status400BadRequest);
        }
        catch (SociaalNetwerkException fout) when (fout.Code == FoutCodes.NietGevonden)
        {
            return PortaalToegang.NietGevonden(http);
        }
    }

    private static async Task<IResult> VoegGroepToeAsync(HttpContext http, IAntiforgery af, int id, IDbContextFactory<SociaalNetwerkDbContext> databank, NetwerkRedactie redactie)
    {
        var (account, anders) = await PortaalToegang.VereisPostAsync(http, af, PortaalToegang.IsBeheerder);
        if (anders is not null)
        {
            return anders;
        }

        var formulier = await http.Request.ReadFormAsync(http.RequestAborted);
        var soortTekst = formulier["groep.soort"].ToString();
        GroepSoort? soort = Enum.TryParse<GroepSoort>(soortTekst, ignoreCase: false, out var s) && Enum.IsDefined(s) && !int.TryParse(soortTekst, out _) ? s : null;
        var invoer = new NetwerkGroepInvoer
        {
            Naam = formulier["groep.naam"].ToString().Trim() is { Length: > 0 } naam ? naam : null,
            Soort = soort,
            Omschrijving = formulier["groep.omschrijving"].ToString().Trim() is { Length: > 0 } omschrijving ? omschrijving : null,
        };
        return await NaWijzigingAsync(http, af, databank, id, "groep.", () => redactie.VoegGroepToeAsync(GlobalId.Maak(nameof(Netwerk), id), invoer, AccountGebruikers.AlsBeheerder(account!), http.RequestAborted));
    }

    private static async Task<IResult> VoegLidToeAsync(HttpContext http, IAntiforgery af, int id, IDbContextFactory<SociaalNetwerkDbContext> databank, NetwerkRedactie redactie)
    {
        var (account, anders) = await PortaalToegang.VereisPostAsync(http, af, PortaalToegang.IsBeheerder);
        if (anders is not null)
        {
            return anders;
        }

        var formulier = await http.Request.ReadFormAsync(http.RequestAborted);
        var rolTekst = formulier["lid.rol"].ToString();
        LidmaatschapRol? rol = Enum.TryParse<LidmaatschapRol>(rolTekst, ignoreCase: false, out var r) && Enum.IsDefined(r) && !int.TryParse(rolTekst, out _) ? r : null;
        if (AccountsEndpoints.Nummer(formulier["lid.organisatieId"].ToString()) is not { } organisatieId)
        {
            var opmaak = http.RequestServices.GetRequiredService<BeheerOpmaak>();
            return await PaginaAsync(http, af, databank, id, await MetInvoerAsync(http, await IngevuldAsync(http, databank, id), "lid."), null, [PortaalToegang.Fout("lid.organisatieId", "REQUIRED", opmaak["Netwerken.Fout.Organisatie"])], StatusCodes.Status400BadRequest);
        }

        var invoer = new LidmaatschapInvoer
        {
            Rol = rol ?? LidmaatschapRol.Lid,
            GroepId = formulier["lid.groepId"].ToString() is { Length: > 0 } groep ? groep : null,
        };
        return await NaWijzigingAsync(http, af, databank, id, "lid.", () => redactie.VoegLidmaatschapToeAsync(
            GlobalId.Maak(nameof(Netwerk), id), GlobalId.Maak(nameof(Organisatie), organisatieId), invoer, AccountGebruikers.AlsBeheerder(account!), http.RequestAborted));
    }

    private static async Task<IResult> VerwijderLidAsync(HttpContext http, IAntiforgery af, int id, int lidId, IDbContextFactory<SociaalNetwerkDbContext> databank, NetwerkRedactie redactie)
    {
        var (account, anders) = await PortaalToegang.VereisPostAsync(http, af, PortaalToegang.IsBeheerder);
        if (anders is not null)
        {
            return anders;
        }

        await using (var db = await databank.CreateDbContextAsync(http.RequestAborted))
        {
            if (!await db.Lidmaatschappen.AnyAsync(l => l.Id == lidId && l.NetwerkId == id, http.RequestAborted))
            {
                return PortaalToegang.NietGevonden(http);
            }
        }

        await redactie.VerwijderLidmaatschapAsync(GlobalId.Maak(nameof(Lidmaatschap), lidId), AccountGebruikers.AlsBeheerder(account!), http.RequestAborted);
        var opmaak = http.RequestServices.GetRequiredService<BeheerOpmaak>();
        return await PaginaAsync(http, af, databank, id, await IngevuldAsync(http, databank, id), opmaak["Organisatie.Opgeslagen"], [], StatusCodes.Status200OK);
    }

    /// <summary>
    /// The network's page after adding a group or member: saved, or the domain's field errors, named after the form's
    /// fields (<paramref name="voorvoegsel"/>, so they do not clash with the network's own fields).
    /// </summary>
    private static async Task<IResult> NaWijzigingAsync<T>(HttpContext http, IAntiforgery af, IDbContextFactory<SociaalNetwerkDbContext> databank, int id, string voorvoegsel, Func<Task<WijzigResultaat<T>>> wijzig)
        where T : class
    {
        WijzigResultaat<T> resultaat;
        try
        {
            resultaat = await wijzig();
        }
        catch (SociaalNetwerkException fout) when (fout.Code is FoutCodes.NietGevonden or FoutCodes.OngeldigeId)
        {
            return PortaalToegang.NietGevonden(http);
        }

        var opmaak = http.RequestServices.GetRequiredService<BeheerOpmaak>();
        var ingevuld = await IngevuldAsync(http, databank, id);
        return resultaat.Gelukt
            ? await PaginaAsync(http, af, databank, id, ingevuld, opmaak["Organisatie.Opgeslagen"], [], StatusCodes.Status200OK)
            : await PaginaAsync(http, af, databank, id, await MetInvoerAsync(http, ingevuld, voorvoegsel), null, [.. PortaalToegang.InWoorden(http, resultaat.Fouten, Labels[voorvoegsel]).Select(f => f with { Veld = voorvoegsel + f.Veld })], StatusCodes.Status400BadRequest);
    }

    /// <summary>The stored fields with what was typed in the group's or member's form (<paramref name="voorvoegsel"/>), kept when it comes back with errors.</summary>
    private static async Task<Dictionary<string, string>> MetInvoerAsync(HttpContext http, Dictionary<string, string> ingevuld, string voorvoegsel)
    {
        var formulier = await http.Request.ReadFormAsync(http.RequestAborted);
        foreach (var (veld, waarde) in formulier)
        {
            if (veld.StartsWith(voorvoegsel, StringComparison.Ordinal))
            {
                ingevuld[veld] = waarde.ToString().Trim();
            }
        }

        return ingevuld;
    }

    /// <summary>The network's stored fields, for its form on a page answering another form.</summary>
    private static async Task<Dictionary<string, string>> IngevuldAsync(HttpContext http, IDbContextFactory<SociaalNetwerkDbContext> databank, int id)
    {
        await using var db = await databank.CreateDbContextAsync(http.RequestAborted);
        var netwerk = await db.Netwerken.AsNoTracking().FirstOrDefaultAsync(n => n.Id == id, http.RequestAborted);
        return new Dictionary<string, string>
        {
            ["naam"] = netwerk?.Naam ?? string.Empty,
            ["omschrijving"] = netwerk?.Omschrijving ?? string.Empty,
            ["website"] = netwerk?.Website ?? string.Empty,
            ["onderdeelVan"] = netwerk?.OnderdeelVanId is { } o ? GlobalId.Maak(nameof(Netwerk), o) : string.Empty,
        };
    }

    private static async Task<Dictionary<string, string>> FormulierAsync(HttpContext http)
    {
        var formulier = await http.Request.ReadFormAsync(http.RequestAborted);
        return Velden.ToDictionary(v => v, v => formulier[v].ToString().Trim());
    }

    private static NetwerkInvoer Invoer(IReadOnlyDictionary<string, string> ingevuld)
    {
        string? Leeg(string veld) => ingevuld[veld] is { Length: > 0 } waarde ? waarde : null;
        return new NetwerkInvoer { Naam = Leeg("naam"), Omschrijving = Leeg("omschrijving"), Website = Leeg("website"), OnderdeelVanId = Leeg("onderdeelVan") };
    }

    /// <summary>The list with the form to add one (<paramref name="id"/> null), or one network's form.</summary>
    private static async Task<IResult> PaginaAsync(
        HttpContext http, IAntiforgery af, IDbContextFactory<SociaalNetwerkDbContext> databank, int? id, IReadOnlyDictionary<string, string> ingevuld, string? melding, IReadOnlyList<Veldfout> fouten, int status)
    {
        await using var db = await databank.CreateDbContextAsync(http.RequestAborted);
        var netwerken = await db.Netwerken.AsNoTracking().OrderBy(n => n.Naam)
            .Select(n => new NetwerkRij(n.Id, GlobalId.Maak(nameof(Netwerk), n.Id), n.Naam, n.Lidmaatschappen.Count)).ToListAsync(http.RequestAborted);
        var naam = id is { } i ? netwerken.FirstOrDefault(n => n.Id == i)?.Naam ?? string.Empty : null;
        List<GroepRij> groepen = [];
        List<LidRij> leden = [];
        List<KeyValuePair<int, string>> organisaties = [];
        if (id is { } netwerkId)
        {
            groepen = await db.NetwerkGroepen.AsNoTracking().Where(g => g.NetwerkId == netwerkId).OrderBy(g => g.Naam)
                .Select(g => new GroepRij(GlobalId.Maak(nameof(NetwerkGroep), g.Id), g.Naam, g.Soort)).ToListAsync(http.RequestAborted);
            leden = await db.Lidmaatschappen.AsNoTracking().Where(l => l.NetwerkId == netwerkId).OrderBy(l => l.Organisatie!.ZoekNaam)
                .Select(l => new LidRij(l.Id, l.Organisatie!.Naam, l.Rol, l.Groep != null ? l.Groep.Naam : null)).ToListAsync(http.RequestAborted);
            organisaties = await db.Organisaties.AsNoTracking().OrderBy(o => o.ZoekNaam).Select(o => new KeyValuePair<int, string>(o.Id, o.Naam)).ToListAsync(http.RequestAborted);
        }

        return BeheerEndpoints.Formulier<NetwerkenPagina>(http, af, new
        {
            Id = id,
            Naam = naam,
            Netwerken = netwerken,
            Ingevuld = ingevuld,
            Melding = melding,
            Fouten = fouten,
            Groepen = groepen,
            Leden = leden,
            Organisaties = organisaties,
        }, status);
    }
}

/// <summary>One group of a network.</summary>
public sealed record GroepRij(string GlobalId, string Naam, GroepSoort Soort);

/// <summary>One member of a network.</summary>
public sealed record LidRij(int Id, string Organisatie, LidmaatschapRol Rol, string? Groep);

/// <summary>One network in the list.</summary>
public sealed record NetwerkRij(int Id, string GlobalId, string Naam, int Leden);
