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
    public const string Pad = "/beheer/netwerken";

    private static readonly string[] Velden = ["naam", "omschrijving", "website", "onderdeelVan"];

    public static RouteGroupBuilder MapNetwerken(this RouteGroupBuilder beheer)
    {
        beheer.MapGet("/netwerken", LijstAsync);
        beheer.MapPost("/netwerken", VoegToeAsync);
        beheer.MapGet("/netwerken/{id:int}", BekijkAsync);
        beheer.MapPost("/netwerken/{id:int}", WijzigAsync);
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

        var ingevuld = await IngevuldAsync(http);
        var resultaat = await redactie.VoegNetwerkToeAsync(Invoer(ingevuld), AccountGebruikers.AlsBeheerder(account!), http.RequestAborted);
        return resultaat is { Gelukt: true, Waarde: { } nieuw }
            ? Results.Redirect(BeheerEndpoints.Link(http, Pad + "/" + nieuw.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            : await PaginaAsync(http, af, databank, null, ingevuld, null, resultaat.Fouten, StatusCodes.Status400BadRequest);
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
            return OrganisatiesEndpoints.NietGevonden(http);
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

        var ingevuld = await IngevuldAsync(http);
        try
        {
            var resultaat = await redactie.WijzigNetwerkAsync(GlobalId.Maak(nameof(Netwerk), id), Invoer(ingevuld), AccountGebruikers.AlsBeheerder(account!), http.RequestAborted);
            var opmaak = http.RequestServices.GetRequiredService<BeheerOpmaak>();
            return resultaat.Gelukt
                ? await PaginaAsync(http, af, databank, id, ingevuld, opmaak["Organisatie.Opgeslagen"], [], StatusCodes.Status200OK)
                : await PaginaAsync(http, af, databank, id, ingevuld, null, resultaat.Fouten, StatusCodes.Status400BadRequest);
        }
        catch (SociaalNetwerkException fout) when (fout.Code == FoutCodes.NietGevonden)
        {
            return OrganisatiesEndpoints.NietGevonden(http);
        }
    }

    private static async Task<Dictionary<string, string>> IngevuldAsync(HttpContext http)
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
        return BeheerEndpoints.Formulier<NetwerkenPagina>(http, af, new { Id = id, Naam = naam, Netwerken = netwerken, Ingevuld = ingevuld, Melding = melding, Fouten = fouten }, status);
    }
}

/// <summary>One network in the list.</summary>
public sealed record NetwerkRij(int Id, string GlobalId, string Naam, int Leden);
