using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.Schema.Accounts;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Participatie;
using SociaalNetwerk.Schema.Redactie;
using SociaalNetwerk.Schema.Toegang;
using SociaalNetwerk.Schema.Wijken;

namespace SociaalNetwerk.GraphApi.Beheer;

/// <summary>
/// Fast entry of paper and conversation reacties (issue 12) for the team of the traject and beheerders:
/// <c>/beheer/uitvragen/{id}/invoer</c> (one screen per form, "opslaan en volgende"), <c>/reacties</c> (the reacties
/// the team entered) and <c>/reacties/{reactieId}</c> (correct) with <c>/verwijderen</c> (delete after a confirmation).
/// The same <see cref="ReactieDienst"/> as <c>reactieIndienen</c>, <c>reactieCorrigeren</c> and <c>reactieVerwijderen</c>,
/// so the formulier number, the rules and the audit log are the API's. Only for an open or closed uitvraag
/// (<see cref="ReactieDienst.InvoerMogelijk"/>): a concept has no paper forms yet, published results stay as published.
/// </summary>
public static class InvoerEndpoints
{
    public const string Pad = "/beheer/uitvragen";

    /// <summary>The page's one script (number keys pick an option, Ctrl+Enter saves): a file of our own, the page's CSP allows only it.</summary>
    public const string Script = "/paginas/invoer.js";

    public static RouteGroupBuilder MapInvoer(this RouteGroupBuilder beheer)
    {
        var paginas = beheer.Paginas();
        paginas.MapGet("/uitvragen/{id}/invoer", InvoerAsync);
        paginas.MapPost("/uitvragen/{id}/invoer", VoerInAsync);
        paginas.MapGet("/uitvragen/{id}/reacties", LijstAsync);
        paginas.MapGet("/uitvragen/{id}/reacties/{reactieId}", CorrectieAsync);
        paginas.MapPost("/uitvragen/{id}/reacties/{reactieId}", CorrigeerAsync);
        paginas.MapGet("/uitvragen/{id}/reacties/{reactieId}/verwijderen", BevestigAsync);
        paginas.MapPost("/uitvragen/{id}/reacties/{reactieId}/verwijderen", VerwijderAsync);
        return beheer;
    }

    /// <summary>
    /// When a form was entered, in the portal's language: the month in words, 24 hours ("3 dec 2026, 14:09",
    /// "3 Dec 2026, 14:09"), never a date that reads two ways ("12/3/2026" in English).
    /// </summary>
    public const string Moment = "d MMM yyyy, HH:mm";

    public static string InvoerPad(int uitvraagId) => $"{Pad}/{uitvraagId}/invoer";

    public static string ReactiesPad(int uitvraagId) => $"{Pad}/{uitvraagId}/reacties";

    public static string ReactiePad(int uitvraagId, int reactieId) => $"{ReactiesPad(uitvraagId)}/{reactieId}";

    private static async Task<IResult> InvoerAsync(HttpContext http, IAntiforgery af, string id, IDbContextFactory<SociaalNetwerkDbContext> databank)
    {
        var toegang = await ToegangAsync(http, id, databank);
        if (toegang.Weigering is { } weigering)
        {
            return weigering;
        }

        var uitvraag = toegang.Uitvraag!;
        var waarden = new InvoerFormulier();
        Reactie? opgeslagen = null;
        if (LeesId(http.Request.Query["opgeslagen"].ToString(), nameof(Reactie)) is { } reactieId)
        {
            await using var db = await databank.CreateDbContextAsync(http.RequestAborted);
            opgeslagen = await db.Reacties.AsNoTracking().Include(r => r.Antwoorden)
                .FirstOrDefaultAsync(r => r.Id == reactieId && r.UitvraagId == uitvraag.Id && r.Kanaal != Kanaal.Online, http.RequestAborted);
        }

        // The next form: the number after the saved one, in the same kanaal and language (a stack is usually alike).
        waarden.Zet("kanaal", (opgeslagen?.Kanaal ?? Kanaal.Papier).ToString());
        waarden.Zet("taal", opgeslagen?.Taal ?? Vertaalbaar.Nederlands);
        if (opgeslagen?.Formuliernummer is { } nummer && nummer < ReactieDienst.MaxFormuliernummer)
        {
            waarden.Zet("formuliernummer", (nummer + 1).ToString(CultureInfo.InvariantCulture));
        }

        return await PaginaAsync(http, af, databank, uitvraag, waarden, [], opgeslagen: opgeslagen);
    }

    private static async Task<IResult> VoerInAsync(HttpContext http, IAntiforgery af, string id, ReactieDienst dienst, IDbContextFactory<SociaalNetwerkDbContext> databank)
    {
        var toegang = await ToegangPostAsync(http, af, id, databank);
        if (toegang.Weigering is { } weigering)
        {
            return weigering;
        }

        var uitvraag = toegang.Uitvraag!;
        var waarden = InvoerFormulier.Lees(await http.Request.ReadFormAsync(http.RequestAborted));
        var (correctie, fouten) = waarden.AlsCorrectie(uitvraag, http.RequestServices.GetRequiredService<BeheerOpmaak>());
        if (fouten.Count > 0)
        {
            return await PaginaAsync(http, af, databank, uitvraag, waarden, fouten, StatusCodes.Status400BadRequest);
        }

        var sleutel = waarden.Waarde("sleutel");
        var invoer = new ReactieInvoer
        {
            UitvraagId = GlobalId.Maak(nameof(Uitvraag), uitvraag.Id),
            IdempotentieSleutel = sleutel,
            Kanaal = correctie.Kanaal,
            Formuliernummer = correctie.Formuliernummer,
            Taal = correctie.Taal,
            Wijk = correctie.Wijk,
            Doelgroep = correctie.Doelgroep,
            Contact = correctie.Contact,
            Antwoorden = correctie.Antwoorden,
        };
        ReactieResultaat resultaat;
        try
        {
            resultaat = await dienst.DienInAsync(invoer, toegang.Gebruiker!, http.Connection.RemoteIpAddress?.ToString(), http.RequestAborted);
        }
        catch (SociaalNetwerkException fout)
        {
            return Weigering(http, fout.Code);
        }

        if (resultaat.Gelukt && resultaat.Reactie is { } reactie)
        {
            return Results.Redirect(Link(http, InvoerPad(uitvraag.Id), ("opgeslagen", GlobalId.Maak(nameof(Reactie), reactie.Id))));
        }

        if (resultaat.Gelukt)
        {
            // A double submit of the same form (same key, same content): already stored; on to the next form.
            return Results.Redirect(Link(http, InvoerPad(uitvraag.Id)));
        }

        return await PaginaAsync(http, af, databank, uitvraag, waarden, resultaat.Fouten, StatusCodes.Status400BadRequest, bestaande: resultaat.Bestaande);
    }

    private static async Task<IResult> LijstAsync(HttpContext http, IAntiforgery af, string id, IDbContextFactory<SociaalNetwerkDbContext> databank)
    {
        var toegang = await ToegangAsync(http, id, databank);
        if (toegang.Weigering is { } weigering)
        {
            return weigering;
        }

        var uitvraag = toegang.Uitvraag!;
        await using var db = await databank.CreateDbContextAsync(http.RequestAborted);
        var reacties = await db.Reacties.AsNoTracking().Where(r => r.UitvraagId == uitvraag.Id && r.Kanaal != Kanaal.Online)
            .OrderBy(r => r.Formuliernummer == null).ThenBy(r => r.Formuliernummer).ThenBy(r => r.Id).ToListAsync(http.RequestAborted);
        var online = await db.Reacties.CountAsync(r => r.UitvraagId == uitvraag.Id && r.Kanaal == Kanaal.Online, http.RequestAborted);
        var melding = http.Request.Query["verbeterd"].ToString() is { Length: > 0 } verbeterd
            ? Tekst(http, "Invoer.Verbeterd", Kort(verbeterd))
            : http.Request.Query["verwijderd"].ToString() is { Length: > 0 } verwijderd ? Tekst(http, "Invoer.Verwijderd", Kort(verwijderd)) : null;
        return BeheerEndpoints.Formulier<ReactiesPagina>(http, af, new { Uitvraag = uitvraag, Reacties = reacties, Online = online, Melding = melding });
    }

    private static async Task<IResult> CorrectieAsync(HttpContext http, IAntiforgery af, string id, string reactieId, IDbContextFactory<SociaalNetwerkDbContext> databank)
    {
        var toegang = await ReactieToegangAsync(http, id, reactieId, databank, post: null);
        if (toegang.Weigering is { } weigering)
        {
            return weigering;
        }

        await using var db = await databank.CreateDbContextAsync(http.RequestAborted);
        var wijk = toegang.Reactie!.WijkId is { } w ? await db.Wijken.Where(x => x.Id == w).Select(x => x.Slug).FirstOrDefaultAsync(http.RequestAborted) : null;
        return await PaginaAsync(http, af, databank, toegang.Uitvraag!, InvoerFormulier.Van(toegang.Reactie, wijk), [], reactie: toegang.Reactie);
    }

    private static async Task<IResult> CorrigeerAsync(HttpContext http, IAntiforgery af, string id, string reactieId, ReactieDienst dienst, IDbContextFactory<SociaalNetwerkDbContext> databank)
    {
        var toegang = await ReactieToegangAsync(http, id, reactieId, databank, af);
        if (toegang.Weigering is { } weigering)
        {
            return weigering;
        }

        var (uitvraag, reactie) = (toegang.Uitvraag!, toegang.Reactie!);
        var waarden = InvoerFormulier.Lees(await http.Request.ReadFormAsync(http.RequestAborted));
        var (correctie, fouten) = waarden.AlsCorrectie(uitvraag, http.RequestServices.GetRequiredService<BeheerOpmaak>());
        if (fouten.Count > 0)
        {
            return await PaginaAsync(http, af, databank, uitvraag, waarden, fouten, StatusCodes.Status400BadRequest, reactie: reactie);
        }

        ReactieResultaat resultaat;
        try
        {
            resultaat = await dienst.CorrigeerAsync(GlobalId.Maak(nameof(Reactie), reactie.Id), correctie, toegang.Gebruiker!, http.RequestAborted);
        }
        catch (SociaalNetwerkException fout)
        {
            return Weigering(http, fout.Code);
        }

        return resultaat.Gelukt
            ? Results.Redirect(Link(http, ReactiesPad(uitvraag.Id), ("verbeterd", Nummer(resultaat.Reactie!))))
            : await PaginaAsync(http, af, databank, uitvraag, waarden, resultaat.Fouten, StatusCodes.Status400BadRequest, reactie: reactie, bestaande: resultaat.Bestaande);
    }

    private static async Task<IResult> BevestigAsync(HttpContext http, IAntiforgery af, string id, string reactieId, IDbContextFactory<SociaalNetwerkDbContext> databank)
    {
        var toegang = await ReactieToegangAsync(http, id, reactieId, databank, post: null);
        return toegang.Weigering ?? BeheerEndpoints.Formulier<ReactieVerwijderenPagina>(http, af, new { Uitvraag = toegang.Uitvraag, Reactie = toegang.Reactie });
    }

    private static async Task<IResult> VerwijderAsync(HttpContext http, IAntiforgery af, string id, string reactieId, ReactieDienst dienst, IDbContextFactory<SociaalNetwerkDbContext> databank)
    {
        var toegang = await ReactieToegangAsync(http, id, reactieId, databank, af);
        if (toegang.Weigering is { } weigering)
        {
            return weigering;
        }

        try
        {
            var weg = await dienst.VerwijderAsync(GlobalId.Maak(nameof(Reactie), toegang.Reactie!.Id), toegang.Gebruiker!, http.RequestAborted);
            return Results.Redirect(Link(http, ReactiesPad(toegang.Uitvraag!.Id), ("verwijderd", Nummer(weg))));
        }
        catch (SociaalNetwerkException fout)
        {
            return Weigering(http, fout.Code);
        }
    }

    /// <summary>The form, in either mode: a new form (<paramref name="reactie"/> null) or the correction of one.</summary>
    private static async Task<IResult> PaginaAsync(
        HttpContext http, IAntiforgery af, IDbContextFactory<SociaalNetwerkDbContext> databank, Uitvraag uitvraag, InvoerFormulier waarden,
        IReadOnlyList<Veldfout> fouten, int status = StatusCodes.Status200OK, Reactie? opgeslagen = null, Reactie? reactie = null, Reactie? bestaande = null)
    {
        await using var db = await databank.CreateDbContextAsync(http.RequestAborted);
        var wijken = uitvraag.ProfielvraagWijk ? await db.Wijken.AsNoTracking().OrderBy(w => w.Naam).ToListAsync(http.RequestAborted) : [];
        if (bestaande is not null)
        {
            bestaande = await db.Reacties.AsNoTracking().Include(r => r.Antwoorden).FirstOrDefaultAsync(r => r.Id == bestaande.Id, http.RequestAborted) ?? bestaande;
        }

        // A new key for every new form; a refused form keeps its own, so a double submit of it is still one reactie.
        if (reactie is null && waarden.Waarde("sleutel").Length == 0)
        {
            waarden.Zet("sleutel", Guid.NewGuid().ToString());
        }

        // The page's one script: a file of our own, which this page's CSP allows (and nothing else).
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
        return BeheerEndpoints.Formulier<InvoerPagina>(http, af, new
        {
            Uitvraag = uitvraag,
            Waarden = waarden,
            Fouten = fouten,
            Wijken = wijken,
            Opgeslagen = opgeslagen,
            Reactie = reactie,
            Bestaande = bestaande,
        }, status);
    }

    /// <summary>Access to the entry pages of an uitvraag: signed in, team of its traject or beheerder, the uitvraag open or closed.</summary>
    private static async Task<(IResult? Weigering, Uitvraag? Uitvraag, Gebruiker? Gebruiker)> ToegangAsync(HttpContext http, string id, IDbContextFactory<SociaalNetwerkDbContext> databank)
    {
        var (account, anders) = await PortaalToegang.VereisAsync(http, a => AccountGebruikers.Van(a).Any(g => g.IsBeheerder || g.Rol == Rol.Trajectteam));
        if (account is null)
        {
            return (anders, null, null);
        }

        Uitvraag? uitvraag = null;
        if (LeesId(id, nameof(Uitvraag)) is { } uitvraagId)
        {
            await using var db = await databank.CreateDbContextAsync(http.RequestAborted);
            uitvraag = await db.Uitvragen.AsNoTracking().Include(u => u.Participatietraject).Include(u => u.Vragen).ThenInclude(v => v.Opties)
                .AsSplitQuery().FirstOrDefaultAsync(u => u.Id == uitvraagId, http.RequestAborted);
        }

        var gebruiker = uitvraag is null ? null : AccountGebruikers.VoorTraject(account, uitvraag.ParticipatietrajectId);
        if (uitvraag is null)
        {
            // Only a beheerder learns that an id does not exist; a team sees what any other refusal shows.
            return (PortaalToegang.IsBeheerder(account) ? PortaalToegang.NietGevonden(http) : PortaalToegang.Geweigerd(http), null, null);
        }

        if (!gebruiker!.IsTeamVan(uitvraag.ParticipatietrajectId))
        {
            return (PortaalToegang.Geweigerd(http), null, null);
        }

        if (!ReactieDienst.InvoerMogelijk(uitvraag.Status))
        {
            return (Weigering(http, ReactieDienst.InvoerNietMogelijk), null, null);
        }

        uitvraag.Vragen.Sort((a, b) => a.Volgorde.CompareTo(b.Volgorde));
        foreach (var vraag in uitvraag.Vragen)
        {
            vraag.Opties.Sort((a, b) => a.Volgorde.CompareTo(b.Volgorde));
        }

        return (null, uitvraag, gebruiker);
    }

    private static async Task<(IResult? Weigering, Uitvraag? Uitvraag, Gebruiker? Gebruiker)> ToegangPostAsync(
        HttpContext http, IAntiforgery af, string id, IDbContextFactory<SociaalNetwerkDbContext> databank) =>
        await BeheerEndpoints.Geweigerd(http, af) is { } geweigerd ? (geweigerd, null, null) : await ToegangAsync(http, id, databank);

    /// <summary>As <see cref="ToegangAsync"/>, plus a reactie of that uitvraag that the team entered (online ones stay the respondent's).</summary>
    private static async Task<(IResult? Weigering, Uitvraag? Uitvraag, Gebruiker? Gebruiker, Reactie? Reactie)> ReactieToegangAsync(
        HttpContext http, string id, string reactieId, IDbContextFactory<SociaalNetwerkDbContext> databank, IAntiforgery? post)
    {
        var (weigering, uitvraag, gebruiker) = post is null ? await ToegangAsync(http, id, databank) : await ToegangPostAsync(http, post, id, databank);
        if (weigering is not null)
        {
            return (weigering, null, null, null);
        }

        Reactie? reactie = null;
        if (LeesId(reactieId, nameof(Reactie)) is { } nummer)
        {
            await using var db = await databank.CreateDbContextAsync(http.RequestAborted);
            reactie = await db.Reacties.AsNoTracking().Include(r => r.Antwoorden).FirstOrDefaultAsync(r => r.Id == nummer && r.UitvraagId == uitvraag!.Id, http.RequestAborted);
        }

        if (reactie is null)
        {
            return (PortaalToegang.NietGevonden(http), null, null, null);
        }

        return reactie.Kanaal == Kanaal.Online ? (Weigering(http, ReactieDienst.OnlineReactie), null, null, null) : (null, uitvraag, gebruiker, reactie);
    }

    /// <summary>A refusal of the domain (an online reactie, an uitvraag not open for entry) as the portal's message page.</summary>
    private static IResult Weigering(HttpContext http, string code) => code switch
    {
        ReactieDienst.OnlineReactie => BeheerEndpoints.Melding(http, "Invoer.Online.Titel", "Invoer.Online.Tekst", StatusCodes.Status400BadRequest, code),
        ReactieDienst.InvoerNietMogelijk => BeheerEndpoints.Melding(http, "Invoer.NietMogelijk.Titel", "Invoer.NietMogelijk.Tekst", StatusCodes.Status400BadRequest, code),
        FoutCodes.NietGevonden => PortaalToegang.NietGevonden(http),
        _ => PortaalToegang.Geweigerd(http),
    };

    /// <summary>An id in a path or query: the number itself, or the API's global id of that type.</summary>
    internal static int? LeesId(string? waarde, string type)
    {
        if (int.TryParse(waarde, NumberStyles.None, CultureInfo.InvariantCulture, out var nummer))
        {
            return nummer;
        }

        return GlobalId.Probeer(waarde ?? string.Empty, out var soort, out var sleutel) && soort == type
            && int.TryParse(sleutel, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
    }

    private static string Nummer(Reactie reactie) => reactie.Formuliernummer?.ToString(CultureInfo.InvariantCulture) ?? "#" + reactie.Id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Text from the address bar, shown in a confirmation: a form number or #id, never more.</summary>
    private static string Kort(string waarde) => waarde.Length <= 12 && waarde.All(c => char.IsAsciiDigit(c) || c == '#') ? waarde : "?";

    private static string Tekst(HttpContext http, string sleutel, params object[] argumenten) => http.RequestServices.GetRequiredService<BeheerOpmaak>()[sleutel, argumenten];

    private static string Link(HttpContext http, string pad, params (string Naam, string? Waarde)[] parameters) =>
        http.RequestServices.GetRequiredService<Paginas.PaginaOpmaak>().Link(pad, parameters);
}

/// <summary>The values of the entry form as typed (so a refused form shows them again), by field name.</summary>
public sealed class InvoerFormulier
{
    private readonly Dictionary<string, List<string>> _velden = new(StringComparer.Ordinal);

    public static InvoerFormulier Lees(IFormCollection formulier)
    {
        var waarden = new InvoerFormulier();
        foreach (var (naam, waarde) in formulier)
        {
            if (!naam.StartsWith("__", StringComparison.Ordinal))
            {
                waarden._velden[naam] = [.. waarde.Select(w => w ?? string.Empty)];
            }
        }

        return waarden;
    }

    /// <summary>The form of a stored reactie, for its correction.</summary>
    public static InvoerFormulier Van(Reactie reactie, string? wijk)
    {
        var waarden = new InvoerFormulier();
        waarden.Zet("formuliernummer", reactie.Formuliernummer?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
        waarden.Zet("kanaal", reactie.Kanaal.ToString());
        waarden.Zet("taal", reactie.Taal);
        waarden.Zet("wijk", wijk ?? string.Empty);
        waarden.Zet("doelgroep", reactie.Doelgroep?.ToString() ?? string.Empty);
        if (reactie.ContactToestemming)
        {
            waarden.Zet("toestemming", "ja");
            waarden.Zet("naam", reactie.ContactNaam ?? string.Empty);
            waarden.Zet("email", reactie.ContactEmail ?? string.Empty);
            waarden.Zet("telefoon", reactie.ContactTelefoon ?? string.Empty);
        }

        foreach (var antwoord in reactie.Antwoorden)
        {
            var naam = "v" + antwoord.VraagId.ToString(CultureInfo.InvariantCulture);
            if (antwoord.FactorSoort is { } soort)
            {
                naam += soort == FactorSoort.Helpend ? "-helpend" : "-remmend";
                if (antwoord.OptieId is null)
                {
                    naam += "-eigen";
                }
            }

            var waarde = antwoord.OptieId?.ToString(CultureInfo.InvariantCulture) ?? antwoord.Getal?.ToString(CultureInfo.InvariantCulture) ?? antwoord.Tekst ?? string.Empty;
            if (naam.EndsWith("-eigen", StringComparison.Ordinal) && waarden._velden.TryGetValue(naam, out var eigen))
            {
                // Own factors share one text field, one per line.
                eigen[0] += "\n" + waarde;
            }
            else
            {
                waarden.Voeg(naam, waarde);
            }
        }

        return waarden;
    }

    public string Waarde(string naam) => _velden.TryGetValue(naam, out var lijst) && lijst.Count > 0 ? lijst[0] : string.Empty;

    public bool Heeft(string naam, string waarde) => _velden.TryGetValue(naam, out var lijst) && lijst.Contains(waarde);

    public void Zet(string naam, string waarde) => _velden[naam] = [waarde];

    private void Voeg(string naam, string waarde)
    {
        if (!_velden.TryGetValue(naam, out var lijst))
        {
            _velden[naam] = lijst = [];
        }

        lijst.Add(waarde);
    }

    /// <summary>
    /// The form as the domain's input (the rules then check it like any reactie), and the portal's own errors: what
    /// the API's types would have refused (a number that is no number, a kanaal other than paper or conversation).
    /// </summary>
    public (ReactieCorrectie Correctie, List<Veldfout> Fouten) AlsCorrectie(Uitvraag uitvraag, BeheerOpmaak b)
    {
        var fouten = new List<Veldfout>();
        int? nummer = null;
        var nummerTekst = Waarde("formuliernummer").Trim();
        var kanaal = Waarde("kanaal") == nameof(Kanaal.Gesprek) ? Kanaal.Gesprek : Kanaal.Papier;
        if (nummerTekst.Length > 0)
        {
            if (int.TryParse(nummerTekst, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                nummer = n;
            }
            else
            {
                fouten.Add(PortaalToegang.Fout("formuliernummer", FoutCodes.BuitenBereik, b["Invoer.Fout.Nummer", ReactieDienst.MaxFormuliernummer]));
            }
        }
        else if (kanaal == Kanaal.Papier)
        {
            fouten.Add(PortaalToegang.Fout("formuliernummer", FoutCodes.Verplicht, b["Invoer.Fout.NummerVerplicht"]));
        }

        var antwoorden = new List<AntwoordInvoer>();
        foreach (var vraag in uitvraag.Vragen)
        {
            var naam = "v" + vraag.Id.ToString(CultureInfo.InvariantCulture);
            var vraagId = GlobalId.Maak(nameof(Vraag), vraag.Id);
            List<string> Opties(string veld) =>
                [.. (_velden.TryGetValue(veld, out var l) ? l : []).Where(w => w.Length > 0).Select(w => int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out var o)
                    ? GlobalId.Maak(nameof(Antwoordoptie), o) : w)];
            switch (vraag.Type)
            {
                case VraagType.OpenTekst when Waarde(naam).Trim().Length > 0:
                    antwoorden.Add(new AntwoordInvoer { VraagId = vraagId, Tekst = Waarde(naam) });
                    break;
                case VraagType.EenKeuze or VraagType.MeerdereKeuzes when Opties(naam).Count > 0:
                    antwoorden.Add(new AntwoordInvoer { VraagId = vraagId, OptieIds = Opties(naam) });
                    break;
                case VraagType.Schaal when Waarde(naam).Length > 0:
                    antwoorden.Add(int.TryParse(Waarde(naam), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var getal)
                        ? new AntwoordInvoer { VraagId = vraagId, Getal = getal }
                        : new AntwoordInvoer { VraagId = vraagId, Tekst = Waarde(naam) });
                    break;
                case VraagType.Factoren:
                    var factoren = new List<FactorInvoer>();
                    foreach (var (soort, achter) in new[] { (FactorSoort.Helpend, "-helpend"), (FactorSoort.Remmend, "-remmend") })
                    {
                        factoren.AddRange(Opties(naam + achter).Select(o => new FactorInvoer { Soort = soort, OptieId = o }));
                        factoren.AddRange(Waarde(naam + achter + "-eigen").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                            .Select(t => new FactorInvoer { Soort = soort, Tekst = t }));
                    }

                    if (factoren.Count > 0)
                    {
                        antwoorden.Add(new AntwoordInvoer { VraagId = vraagId, Factoren = factoren });
                    }

                    break;
            }
        }

        var doelgroep = Enum.TryParse<UitvraagDoelgroep>(Waarde("doelgroep"), out var d) && Enum.IsDefined(d) ? d : (UitvraagDoelgroep?)null;
        var contact = uitvraag.ContactgegevensVragen && (Waarde("toestemming") == "ja" || Waarde("naam").Length + Waarde("email").Length + Waarde("telefoon").Length > 0)
            ? new ContactInvoer { Toestemming = Waarde("toestemming") == "ja", Naam = Leeg("naam"), Email = Leeg("email"), Telefoon = Leeg("telefoon") }
            : null;
        var taal = Waarde("taal");
        return (new ReactieCorrectie
        {
            Kanaal = kanaal,
            Formuliernummer = nummer,
            Taal = taal.Length > 0 ? taal : null,
            Wijk = uitvraag.ProfielvraagWijk ? Leeg("wijk") : null,
            Doelgroep = uitvraag.ProfielvraagDoelgroep ? doelgroep : null,
            Contact = contact,
            Antwoorden = antwoorden,
        }, fouten);
    }

    private string? Leeg(string naam) => string.IsNullOrWhiteSpace(Waarde(naam)) ? null : Waarde(naam);
}
