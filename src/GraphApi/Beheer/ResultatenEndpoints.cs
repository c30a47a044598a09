using System.Globalization;
using GraphQL;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.GraphApi.Export;
using SociaalNetwerk.Schema.Accounts;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Participatie;
using SociaalNetwerk.Schema.Toegang;
using SociaalNetwerk.Schema.Wijken;
using SociaalNetwerk.Schema.Woordenlijst;

namespace SociaalNetwerk.GraphApi.Beheer;

/// <summary>
/// The team's results of an uitvraag (issue 12): <c>/beheer/uitvragen/{id}/resultaten</c> with segments chosen in a GET
/// form (<c>wijk</c>, <c>doelgroep</c>, <c>kanaal</c>), two segments side by side (<c>vergelijk=wijk:seghwaert&amp;met=wijk:oosterheem</c>),
/// every factor with the spellings of own factors, the open answers, the CSV of <see cref="ReactiesCsv"/> at
/// <c>/beheer/uitvragen/{id}/reacties.csv</c> with the portal cookie, and publishing and unpublishing the results with a
/// confirmation (<see cref="UitvraagStatusDienst"/>). For the team of the uitvraag's traject and beheerders; raw counts,
/// never suppressed (<see cref="ResultatenBerekenaar"/>'s team view and <see cref="TeamResultaten"/>): not for the public.
/// </summary>
public static class ResultatenEndpoints
{
    public const string UitvragenPad = "/beheer/uitvragen";

    /// <summary>The segment token of a wijk, a doelgroep and a kanaal in <c>vergelijk</c> and <c>met</c>: <c>wijk:seghwaert</c>.</summary>
    public const string Wijk = "wijk";
    public const string Doelgroep = "doelgroep";
    public const string Kanaal = "kanaal";
    public const string Vergelijk = "vergelijk";
    public const string Met = "met";

    public static string Pad(int uitvraagId) => $"{UitvragenPad}/{GlobalId.Maak(nameof(Uitvraag), uitvraagId)}/resultaten";

    public static string CsvPad(int uitvraagId) => $"{UitvragenPad}/{GlobalId.Maak(nameof(Uitvraag), uitvraagId)}/reacties.csv";

    public static string PublicerenPad(int uitvraagId) => Pad(uitvraagId) + "/publiceren";

    public static string AfschermenPad(int uitvraagId) => Pad(uitvraagId) + "/afschermen";

    public static RouteGroupBuilder MapResultaten(this RouteGroupBuilder beheer)
    {
        var paginas = beheer.Paginas();
        paginas.MapGet("/uitvragen/{id}/resultaten", ResultatenAsync);
        paginas.MapGet("/uitvragen/{id}/reacties.csv", CsvAsync);
        paginas.MapGet("/uitvragen/{id}/resultaten/publiceren", (HttpContext http, IAntiforgery af, string id, IDbContextFactory<SociaalNetwerkDbContext> databank) =>
            BevestigAsync(http, af, id, databank, UitvraagStatus.ResultatenGepubliceerd));
        paginas.MapPost("/uitvragen/{id}/resultaten/publiceren", (HttpContext http, IAntiforgery af, string id, IDbContextFactory<SociaalNetwerkDbContext> databank, UitvraagStatusDienst dienst) =>
            WijzigAsync(http, af, id, databank, dienst, UitvraagStatus.ResultatenGepubliceerd));
        paginas.MapGet("/uitvragen/{id}/resultaten/afschermen", (HttpContext http, IAntiforgery af, string id, IDbContextFactory<SociaalNetwerkDbContext> databank) =>
            BevestigAsync(http, af, id, databank, UitvraagStatus.Gesloten));
        paginas.MapPost("/uitvragen/{id}/resultaten/afschermen", (HttpContext http, IAntiforgery af, string id, IDbContextFactory<SociaalNetwerkDbContext> databank, UitvraagStatusDienst dienst) =>
            WijzigAsync(http, af, id, databank, dienst, UitvraagStatus.Gesloten));
        return beheer;
    }

    private static async Task<IResult> ResultatenAsync(
        HttpContext http,
        IAntiforgery af,
        string id,
        IDbContextFactory<SociaalNetwerkDbContext> databank,
        ResultatenBerekenaar berekenaar,
        TeamResultaten team)
    {
        var (anders, uitvraag, _) = await ToegangAsync(http, id, databank);
        if (uitvraag is null)
        {
            return anders!;
        }

        var opmaak = http.RequestServices.GetRequiredService<BeheerOpmaak>();
        List<Wijk> wijken;
        await using (var db = await databank.CreateDbContextAsync(http.RequestAborted))
        {
            wijken = await db.Wijken.AsNoTracking().OrderBy(w => w.Naam).ToListAsync(http.RequestAborted);
        }

        var keuze = SegmentKeuze.Lees(http.Request.Query, wijken, opmaak);
        var model = new ResultatenModel
        {
            Uitvraag = uitvraag,
            Wijken = wijken,
            Keuze = keuze,
            Gepubliceerd = http.Request.Query.ContainsKey("gepubliceerd"),
            Afgeschermd = http.Request.Query.ContainsKey("afgeschermd"),
        };
        if (keuze.Fouten.Count > 0)
        {
            return BeheerEndpoints.Formulier<ResultatenPagina>(http, af, new { Model = model }, StatusCodes.Status400BadRequest);
        }

        var verzoeken = keuze.Kolommen.Select(k => new ResultaatVerzoek(uitvraag.Id, k.Invoer, Openbaar: false)).ToList();
        var resultaten = await berekenaar.BerekenAsync(verzoeken, http.RequestAborted);
        var kolommen = new List<ResultatenKolom>();
        foreach (var (kolom, verzoek) in keuze.Kolommen.Zip(verzoeken))
        {
            kolommen.Add(new ResultatenKolom(
                kolom.Naam,
                resultaten[verzoek],
                await team.FactorenAsync(uitvraag.Id, kolom.Segment, http.RequestAborted),
                await team.OpenAntwoordenAsync(uitvraag.Id, kolom.Segment, http.RequestAborted)));
        }

        return BeheerEndpoints.Formulier<ResultatenPagina>(http, af, new { Model = model with { Kolommen = kolommen } });
    }

    /// <summary>The CSV of <see cref="ExportEndpoints"/> (the same writer), for the portal's cookie instead of an API key.</summary>
    private static async Task<IResult> CsvAsync(HttpContext http, string id, IDbContextFactory<SociaalNetwerkDbContext> databank, ReactiesCsv csv)
    {
        var (anders, uitvraag, _) = await ToegangAsync(http, id, databank);
        if (uitvraag is null)
        {
            return anders!;
        }

        await ExportEndpoints.SchrijfReactiesAsync(http, uitvraag, csv);
        return Results.Empty;
    }

    private static async Task<IResult> BevestigAsync(HttpContext http, IAntiforgery af, string id, IDbContextFactory<SociaalNetwerkDbContext> databank, UitvraagStatus naar)
    {
        var (anders, uitvraag, _) = await ToegangAsync(http, id, databank);
        return uitvraag is null ? anders! : Bevestiging(http, af, uitvraag, naar, null, StatusCodes.Status200OK);
    }

    private static async Task<IResult> WijzigAsync(HttpContext http, IAntiforgery af, string id, IDbContextFactory<SociaalNetwerkDbContext> databank, UitvraagStatusDienst dienst, UitvraagStatus naar)
    {
        if (await BeheerEndpoints.Geweigerd(http, af) is { } geweigerd)
        {
            return geweigerd;
        }

        var (anders, uitvraag, gebruiker) = await ToegangAsync(http, id, databank);
        if (uitvraag is null)
        {
            return anders!;
        }

        var opmaak = http.RequestServices.GetRequiredService<BeheerOpmaak>();
        var formulier = await http.Request.ReadFormAsync(http.RequestAborted);
        if (formulier["bevestigd"] != "ja")
        {
            // The confirmation step: only the button of the confirmation page says yes.
            return Bevestiging(http, af, uitvraag, naar, opmaak["Resultaten.Bevestig.Nodig"], StatusCodes.Status400BadRequest);
        }

        // Already there (a second click): nothing changes, the same answer as the first time.
        if (!UitvraagStatusDienst.MagNaar(uitvraag.Status, naar))
        {
            return Bevestiging(http, af, uitvraag, naar, null, StatusCodes.Status409Conflict);
        }

        try
        {
            await dienst.WijzigAsync(GlobalId.Maak(nameof(Uitvraag), uitvraag.Id), naar, gebruiker!, http.RequestAborted);
        }
        catch (SociaalNetwerkException fout) when (fout.Code == FoutCodes.OngeldigeStatusovergang)
        {
            // Changed by someone else in between.
            return Bevestiging(http, af, uitvraag, naar, null, StatusCodes.Status409Conflict);
        }

        var terug = BeheerEndpoints.Link(http, Pad(uitvraag.Id));
        return Results.Redirect(terug + (terug.Contains('?', StringComparison.Ordinal) ? "&" : "?") + (naar == UitvraagStatus.ResultatenGepubliceerd ? "gepubliceerd=1" : "afgeschermd=1"));
    }

    /// <summary>Whether the page offers the change: a step <see cref="UitvraagStatusDienst"/> allows, not the status it already has.</summary>
    public static bool Mogelijk(UitvraagStatus van, UitvraagStatus naar) => van != naar && UitvraagStatusDienst.MagNaar(van, naar);

    private static IResult Bevestiging(HttpContext http, IAntiforgery af, Uitvraag uitvraag, UitvraagStatus naar, string? fout, int status) =>
        BeheerEndpoints.Formulier<ResultatenBevestigPagina>(http, af, new { Uitvraag = uitvraag, Naar = naar, Fout = fout }, status);

    /// <summary>
    /// The signed-in account acting for the uitvraag's traject: the sign-in page for a visitor, the 403 page for an
    /// account that is neither trajectteam nor beheerder or is the team of another traject, the 404 page for an unknown uitvraag.
    /// </summary>
    private static async Task<(IResult? Anders, Uitvraag? Uitvraag, Gebruiker? Gebruiker)> ToegangAsync(HttpContext http, string id, IDbContextFactory<SociaalNetwerkDbContext> databank)
    {
        var (account, anders) = await PortaalToegang.VereisAsync(http, a => AccountGebruikers.Van(a).Any(g => g.IsBeheerder || g.Rol == Rol.Trajectteam));
        if (account is null)
        {
            return (anders, null, null);
        }

        Uitvraag? uitvraag = null;
        if (Nummer(id) is { } nummer)
        {
            await using var db = await databank.CreateDbContextAsync(http.RequestAborted);
            uitvraag = await db.Uitvragen.AsNoTracking().Include(u => u.Participatietraject).FirstOrDefaultAsync(u => u.Id == nummer, http.RequestAborted);
        }

        if (uitvraag is null)
        {
            return (PortaalToegang.NietGevonden(http), null, null);
        }

        var gebruiker = AccountGebruikers.VoorTraject(account, uitvraag.ParticipatietrajectId);
        return gebruiker.IsTeamVan(uitvraag.ParticipatietrajectId) ? (null, uitvraag, gebruiker) : (PortaalToegang.Geweigerd(http), null, null);
    }

    /// <summary>The uitvraag's number from its id as the API gives it (<c>Uitvraag.id</c>), or from the plain number.</summary>
    private static int? Nummer(string id)
    {
        if (int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var nummer))
        {
            return nummer;
        }

        return GlobalId.Probeer(id, out var type, out var sleutel) && type == nameof(Uitvraag)
            && int.TryParse(sleutel, NumberStyles.None, CultureInfo.InvariantCulture, out nummer)
                ? nummer
                : null;
    }
}

/// <summary>What the results page shows: the uitvraag, the choices of the form, and one column per segment.</summary>
public sealed record ResultatenModel
{
    public required Uitvraag Uitvraag { get; init; }

    public required IReadOnlyList<Wijk> Wijken { get; init; }

    public required SegmentKeuze Keuze { get; init; }

    /// <summary>One column, or two when comparing; empty when the form has an error.</summary>
    public IReadOnlyList<ResultatenKolom> Kolommen { get; init; } = [];

    public bool Gepubliceerd { get; init; }

    public bool Afgeschermd { get; init; }
}

/// <summary>The results of one segment.</summary>
public sealed record ResultatenKolom(string Naam, UitvraagResultaten Resultaten, IReadOnlyList<FactorTelling> Factoren, OpenAntwoorden Open);

/// <summary>One segment of the page: its name, as the API's input (for <see cref="ResultatenBerekenaar"/>) and resolved.</summary>
public sealed record SegmentKolom(string Naam, ResultaatSegmentInvoer Invoer, ResultaatSegment Segment);

/// <summary>
/// The segments chosen in the page's GET form: a filter (<c>wijk</c>, <c>doelgroep</c>, <c>kanaal</c>, all optional,
/// together) and optionally two segments to compare (<c>vergelijk</c>, <c>met</c>: <c>wijk:slug</c>,
/// <c>doelgroep:inwoners</c>, <c>kanaal:papier</c>), each within the filter. Values as typed, with a message per field.
/// </summary>
public sealed record SegmentKeuze
{
    public string Wijk { get; init; } = string.Empty;

    public string Doelgroep { get; init; } = string.Empty;

    public string Kanaal { get; init; } = string.Empty;

    public string Vergelijk { get; init; } = string.Empty;

    public string Met { get; init; } = string.Empty;

    public IReadOnlyList<(string Veld, string Tekst)> Fouten { get; init; } = [];

    public IReadOnlyList<SegmentKolom> Kolommen { get; init; } = [];

    public bool Vergelijkt => Kolommen.Count > 1;

    /// <summary>The value of a doelgroep or kanaal in the address: its code in lower case (<c>informele_netwerken</c>).</summary>
    public static string Code<TEnum>(TEnum waarde)
        where TEnum : struct, Enum => waarde.ToString().ToConstantCase().ToLowerInvariant();

    public static SegmentKeuze Lees(IQueryCollection query, IReadOnlyList<Wijk> wijken, BeheerOpmaak opmaak)
    {
        string Waarde(string naam) => query[naam].ToString().Trim();
        var keuze = new SegmentKeuze
        {
            Wijk = Waarde(ResultatenEndpoints.Wijk),
            Doelgroep = Waarde(ResultatenEndpoints.Doelgroep),
            Kanaal = Waarde(ResultatenEndpoints.Kanaal),
            Vergelijk = Waarde(ResultatenEndpoints.Vergelijk),
            Met = Waarde(ResultatenEndpoints.Met),
        };
        var fouten = new List<(string, string)>();
        var filter = new Filter(null, null, null);
        if (keuze.Wijk.Length > 0)
        {
            filter = Pas(filter, ResultatenEndpoints.Wijk, keuze.Wijk, wijken) ?? Fout(ResultatenEndpoints.Wijk, "Resultaten.Fout.Wijk", filter);
        }

        if (keuze.Doelgroep.Length > 0)
        {
            filter = Pas(filter, ResultatenEndpoints.Doelgroep, keuze.Doelgroep, wijken) ?? Fout(ResultatenEndpoints.Doelgroep, "Resultaten.Fout.Doelgroep", filter);
        }

        if (keuze.Kanaal.Length > 0)
        {
            filter = Pas(filter, ResultatenEndpoints.Kanaal, keuze.Kanaal, wijken) ?? Fout(ResultatenEndpoints.Kanaal, "Resultaten.Fout.Kanaal", filter);
        }

        List<Filter> kolommen = [filter];
        if (keuze.Vergelijk.Length > 0 || keuze.Met.Length > 0)
        {
            var a = Token(ResultatenEndpoints.Vergelijk, keuze.Vergelijk);
            var b = Token(ResultatenEndpoints.Met, keuze.Met);
            if (a is not null && b is not null)
            {
                kolommen = [a, b];
            }
        }

        return keuze with
        {
            Fouten = fouten,
            Kolommen = fouten.Count > 0 ? [] : [.. kolommen.Select(k => k.Kolom(opmaak))],
        };

        Filter Fout(string veld, string sleutel, Filter ongewijzigd)
        {
            fouten.Add((veld, opmaak[sleutel]));
            return ongewijzigd;
        }

        Filter? Token(string veld, string waarde)
        {
            var delen = waarde.Split(':', 2);
            if (waarde.Length == 0 || delen.Length != 2 || Pas(filter, delen[0].ToLowerInvariant(), delen[1], wijken) is not { } segment)
            {
                fouten.Add((veld, opmaak[waarde.Length == 0 ? "Resultaten.Fout.TweeSegmenten" : "Resultaten.Fout.Segment"]));
                return null;
            }

            return segment;
        }
    }

    /// <summary>The filter with one more condition (a later one of the same kind replaces it), or null for an unknown value.</summary>
    private static Filter? Pas(Filter filter, string soort, string waarde, IReadOnlyList<Wijk> wijken) => soort switch
    {
        ResultatenEndpoints.Wijk => wijken.FirstOrDefault(w => string.Equals(w.Slug, waarde, StringComparison.OrdinalIgnoreCase)) is { } wijk ? filter with { Wijk = wijk } : null,
        ResultatenEndpoints.Doelgroep => Enum<UitvraagDoelgroep>(waarde) is { } doelgroep ? filter with { Doelgroep = doelgroep } : null,
        ResultatenEndpoints.Kanaal => Enum<Schema.Participatie.Kanaal>(waarde) is { } kanaal ? filter with { Kanaal = kanaal } : null,
        _ => null,
    };

    private static TEnum? Enum<TEnum>(string waarde)
        where TEnum : struct, Enum =>
        System.Enum.GetValues<TEnum>().Where(e => string.Equals(Code(e), waarde, StringComparison.OrdinalIgnoreCase)).Select(e => (TEnum?)e).FirstOrDefault();

    private sealed record Filter(Wijk? Wijk, UitvraagDoelgroep? Doelgroep, Schema.Participatie.Kanaal? Kanaal)
    {
        public SegmentKolom Kolom(BeheerOpmaak opmaak)
        {
            var delen = new[]
            {
                Wijk?.Naam,
                Doelgroep is { } d ? Woordenboek.Label(d) : null,
                Kanaal is { } k ? Woordenboek.Label(k) : null,
            }.OfType<string>().ToList();
            return new SegmentKolom(
                delen.Count == 0 ? opmaak["Resultaten.AlleReacties"] : string.Join(" · ", delen),
                new ResultaatSegmentInvoer { Wijk = Wijk?.Slug, Doelgroep = Doelgroep, Kanaal = Kanaal },
                new ResultaatSegment(Wijk?.Id, Doelgroep, Kanaal));
        }
    }
}
