using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SociaalNetwerk.Schema.Accounts;
using SociaalNetwerk.Schema.Agenda;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Participatie;
using SociaalNetwerk.Schema.Redactie;
using SociaalNetwerk.Schema.Resources;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.GraphApi.Beheer;

/// <summary>
/// The participation team's pages (trajectteam and beheerder): <c>/beheer/uitvragen</c> (the account's trajecten and
/// their uitvragen), <c>/beheer/trajecten/nieuw</c> and <c>/beheer/trajecten/{id}</c>, <c>/beheer/uitvragen/nieuw?traject=</c>
/// and <c>/beheer/uitvragen/{id}</c> (every field, the texts per language, the status, the translation state, a copy).
/// Through <see cref="UitvraagRedactie"/> and <see cref="UitvraagStatusDienst"/> with the account's
/// <see cref="Gebruiker"/>, as the GraphQL mutations do.
/// </summary>
public static class UitvragenEndpoints
{
    public const string Pad = "/beheer/uitvragen";
    public const string TrajectenPad = "/beheer/trajecten";

    /// <summary>The form's fields of one translatable text: <c>titel.nl</c> … <c>titel.pl</c>.</summary>
    public static readonly string[] Teksten = ["titel", "inleiding", "privacyverklaring"];

    private static readonly string[] TrajectVelden = ["naam", "omschrijving", "onderwerp", "fase", Formuliersleutel];

    /// <summary>The hidden field with the key of one "new traject" or "new uitvraag" form (a fresh one on every new form).</summary>
    public const string Formuliersleutel = "sleutel";

    private static readonly string[] UitvraagVelden =
        [.. Teksten.SelectMany(t => Vertaalbaar.Talen.Select(taal => t + "." + taal)), "openVanaf", "openTot", "bewaartermijnDagen", "contactgegevensVragen", "profielvraagWijk", "profielvraagDoelgroep", Formuliersleutel];

    public static RouteGroupBuilder MapUitvragen(this RouteGroupBuilder beheer)
    {
        var paginas = beheer.Paginas();
        paginas.MapGet("/uitvragen", LijstAsync);
        paginas.MapGet("/trajecten/nieuw", (HttpContext http, IAntiforgery af) => NieuwTrajectAsync(http, af));
        paginas.MapPost("/trajecten/nieuw", VoegTrajectToeAsync);
        paginas.MapGet("/trajecten/{id:int}", TrajectAsync);
        paginas.MapPost("/trajecten/{id:int}", WijzigTrajectAsync);
        paginas.MapGet("/uitvragen/nieuw", NieuweUitvraagAsync);
        paginas.MapPost("/uitvragen/nieuw", VoegUitvraagToeAsync);
        paginas.MapGet("/uitvragen/{id:int}", UitvraagAsync);
        paginas.MapPost("/uitvragen/{id:int}", WijzigUitvraagAsync);
        paginas.MapPost("/uitvragen/{id:int}/status", StatusAsync);
        paginas.MapPost("/uitvragen/{id:int}/kopieren", KopieerAsync);
        return beheer;
    }

    /// <summary>Whether the account works on participation: beheerder or the team of a traject.</summary>
    public static bool IsTeam(Account account) => AccountGebruikers.Van(account).Any(g => g.IsBeheerder || g.Rol == Rol.Trajectteam);

    /// <summary>The account as the team of one traject (or as beheerder); null when it is neither.</summary>
    private static Gebruiker? AlsTeam(Account account, int trajectId) =>
        AccountGebruikers.VoorTraject(account, trajectId) is { } g && g.IsTeamVan(trajectId) ? g : null;

    /// <summary>The account as beheerder, else as a trajectteam: who adds a traject.</summary>
    private static Gebruiker AlsTeamlid(Account account) =>
        AccountGebruikers.Van(account).FirstOrDefault(g => g.IsBeheerder) ?? AccountGebruikers.Van(account).First(g => g.Rol == Rol.Trajectteam);

    private static async Task<IResult> LijstAsync(HttpContext http, IAntiforgery af, IDbContextFactory<SociaalNetwerkDbContext> databank)
    {
        var (account, anders) = await PortaalToegang.VereisAsync(http, IsTeam);
        if (anders is not null)
        {
            return anders;
        }

        var beheerder = PortaalToegang.IsBeheerder(account!);
        var eigen = AccountGebruikers.Van(account!).Where(g => g.Rol == Rol.Trajectteam).Select(g => g.ParticipatietrajectId ?? 0).ToList();
        await using var db = await databank.CreateDbContextAsync(http.RequestAborted);
        var trajecten = await db.Participatietrajecten.AsNoTracking().Include(t => t.Uitvragen)
            .Where(t => beheerder || eigen.Contains(t.Id)).OrderBy(t => t.Naam).ToListAsync(http.RequestAborted);
        var nu = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        return BeheerEndpoints.Formulier<UitvragenPagina>(http, af, new { Trajecten = trajecten, Nu = nu });
    }

    private static async Task<IResult> NieuwTrajectAsync(HttpContext http, IAntiforgery af)
    {
        var (_, anders) = await PortaalToegang.VereisAsync(http, IsTeam);
        return anders ?? TrajectPagina(http, af, null, new Dictionary<string, string> { ["fase"] = nameof(TrajectFase.Voorbereiding), [Formuliersleutel] = EenmaalPerFormulier.NieuweSleutel() }, [], null, StatusCodes.Status200OK);
    }

    private static async Task<IResult> VoegTrajectToeAsync(HttpContext http, IAntiforgery af, UitvraagRedactie redactie)
    {
        var (account, anders) = await PortaalToegang.VereisPostAsync(http, af, IsTeam);
        if (anders is not null)
        {
            return anders;
        }

        var ingevuld = await FormulierAsync(http, TrajectVelden);
        IReadOnlyList<Veldfout> fouten = [];
        var pad = await EenmaalPerFormulier.VoegToeAsync(http, "account:" + account!.Id.ToString(CultureInfo.InvariantCulture), ingevuld[Formuliersleutel], async () =>
        {
            // Not cancelled with the request: a browser cancels the first post of a double click, and the second waits for it.
            var resultaat = await redactie.VoegTrajectToeAsync(TrajectInvoer(ingevuld), AlsTeamlid(account), account.Id, CancellationToken.None);
            fouten = resultaat.Fouten;
            return resultaat is { Gelukt: true, Waarde: { } traject } ? TrajectenPad + "/" + traject.Id.ToString(CultureInfo.InvariantCulture) : null;
        });
        return pad is not null
            ? Results.Redirect(BeheerEndpoints.Link(http, pad))
            : TrajectPagina(http, af, null, ingevuld, InWoordenVanHetFormulier(http, fouten), null, StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> TrajectAsync(HttpContext http, IAntiforgery af, int id, IDbContextFactory<SociaalNetwerkDbContext> databank)
    {
        var (_, anders) = await VereisTrajectAsync(http, id, post: false, af);
        if (anders is not null)
        {
            return anders;
        }

        await using var db = await databank.CreateDbContextAsync(http.RequestAborted);
        if (await db.Participatietrajecten.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, http.RequestAborted) is not { } traject)
        {
            return PortaalToegang.NietGevonden(http);
        }

        return TrajectPagina(http, af, id, Velden(traject), [], null, StatusCodes.Status200OK);
    }

    private static async Task<IResult> WijzigTrajectAsync(HttpContext http, IAntiforgery af, int id, UitvraagRedactie redactie)
    {
        var (gebruiker, anders) = await VereisTrajectAsync(http, id, post: true, af);
        if (anders is not null)
        {
            return anders;
        }

        var ingevuld = await FormulierAsync(http, TrajectVelden);
        try
        {
            var resultaat = await redactie.WijzigTrajectAsync(GlobalId.Maak(nameof(Participatietraject), id), TrajectInvoer(ingevuld), gebruiker!, http.RequestAborted);
            var opmaak = http.RequestServices.GetRequiredService<BeheerOpmaak>();
            return resultaat.Gelukt
                ? TrajectPagina(http, af, id, ingevuld, [], opmaak["Organisatie.Opgeslagen"], StatusCodes.Status200OK)
                : TrajectPagina(http, af, id, ingevuld, InWoordenVanHetFormulier(http, resultaat.Fouten), null, StatusCodes.Status400BadRequest);
        }
        catch (SociaalNetwerkException fout) when (fout.Code == FoutCodes.NietGevonden)
        {
            return PortaalToegang.NietGevonden(http);
        }
    }

    private static async Task<IResult> NieuweUitvraagAsync(HttpContext http, IAntiforgery af, IDbContextFactory<SociaalNetwerkDbContext> databank)
    {
        var traject = AccountsEndpoints.Nummer(http.Request.Query["traject"].ToString());
        var (_, anders) = await VereisTrajectAsync(http, traject ?? 0, post: false, af);
        if (anders is not null)
        {
            return anders;
        }

        var ingevuld = new Dictionary<string, string>
        {
            ["bewaartermijnDagen"] = UitvraagRedactie.StandaardBewaartermijn.ToString(CultureInfo.InvariantCulture),
            [Formuliersleutel] = EenmaalPerFormulier.NieuweSleutel(),
        };
        return await UitvraagPaginaAsync(http, af, databank, null, traject!.Value, ingevuld, [nameof(UitvraagDoelgroep.Inwoners)], [], null, StatusCodes.Status200OK);
    }

    private static async Task<IResult> VoegUitvraagToeAsync(HttpContext http, IAntiforgery af, IDbContextFactory<SociaalNetwerkDbContext> databank, UitvraagRedactie redactie)
    {
        if (await BeheerEndpoints.Geweigerd(http, af) is { } weigering)
        {
            return weigering;
        }

        var formulier = await http.Request.ReadFormAsync(http.RequestAborted);
        var traject = AccountsEndpoints.Nummer(formulier["traject"].ToString());
        var (gebruiker, anders) = await VereisTrajectAsync(http, traject ?? 0, post: false, af);
        if (anders is not null)
        {
            return anders;
        }

        var (ingevuld, doelgroepen) = Lees(formulier);
        var (invoer, fouten) = UitvraagInvoer(http, ingevuld, doelgroepen);
        if (fouten.Count == 0)
        {
            try
            {
                IReadOnlyList<Veldfout> domein = [];
                var pad = await EenmaalPerFormulier.VoegToeAsync(http, gebruiker!.Kenmerk ?? string.Empty, formulier[Formuliersleutel].ToString(), async () =>
                {
                    // Not cancelled with the request: a browser cancels the first post of a double click, and the second waits for it.
                    var resultaat = await redactie.VoegUitvraagToeAsync(GlobalId.Maak(nameof(Participatietraject), traject!.Value), invoer, gebruiker!, CancellationToken.None);
                    domein = resultaat.Fouten;
                    return resultaat is { Gelukt: true, Waarde: { } uitvraag } ? Pad + "/" + uitvraag.Id.ToString(CultureInfo.InvariantCulture) : null;
                });
                if (pad is not null)
                {
                    return Results.Redirect(BeheerEndpoints.Link(http, pad));
                }

                fouten = domein;
            }
            catch (SociaalNetwerkException fout) when (fout.Code == FoutCodes.NietGevonden)
            {
                return PortaalToegang.NietGevonden(http);
            }
        }

        return await UitvraagPaginaAsync(http, af, databank, null, traject!.Value, ingevuld, doelgroepen, InWoordenVanHetFormulier(http, fouten), null, StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> UitvraagAsync(HttpContext http, IAntiforgery af, int id, IDbContextFactory<SociaalNetwerkDbContext> databank)
    {
        var (uitvraag, _, anders) = await VereisUitvraagAsync(http, af, databank, id, post: false);
        if (anders is not null)
        {
            return anders;
        }

        return await UitvraagPaginaAsync(http, af, databank, id, uitvraag!.ParticipatietrajectId, Velden(uitvraag), [.. uitvraag.Doelgroepen.Select(d => d.ToString())], [], null, StatusCodes.Status200OK);
    }

    private static async Task<IResult> WijzigUitvraagAsync(HttpContext http, IAntiforgery af, int id, IDbContextFactory<SociaalNetwerkDbContext> databank, UitvraagRedactie redactie)
    {
        var (uitvraag, gebruiker, anders) = await VereisUitvraagAsync(http, af, databank, id, post: true);
        if (anders is not null)
        {
            return anders;
        }

        var (ingevuld, doelgroepen) = Lees(await http.Request.ReadFormAsync(http.RequestAborted));
        var (invoer, fouten) = UitvraagInvoer(http, ingevuld, doelgroepen);
        string? melding = null;
        if (fouten.Count == 0)
        {
            var resultaat = await redactie.WijzigUitvraagAsync(GlobalId.Maak(nameof(Uitvraag), id), invoer, gebruiker!, http.RequestAborted);
            fouten = resultaat.Fouten;
            melding = resultaat.Gelukt ? http.RequestServices.GetRequiredService<BeheerOpmaak>()["Organisatie.Opgeslagen"] : null;
        }

        return await UitvraagPaginaAsync(http, af, databank, id, uitvraag!.ParticipatietrajectId, ingevuld, doelgroepen, InWoordenVanHetFormulier(http, fouten), melding, fouten.Count == 0 ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> StatusAsync(HttpContext http, IAntiforgery af, int id, IDbContextFactory<SociaalNetwerkDbContext> databank, UitvraagStatusDienst statussen)
    {
        var (uitvraag, gebruiker, anders) = await VereisUitvraagAsync(http, af, databank, id, post: true);
        if (anders is not null)
        {
            return anders;
        }

        var formulier = await http.Request.ReadFormAsync(http.RequestAborted);
        var opmaak = http.RequestServices.GetRequiredService<BeheerOpmaak>();
        var tekst = formulier["status"].ToString();
        List<Veldfout> fouten = [];
        string? melding = null;
        if (!Enum.TryParse<UitvraagStatus>(tekst, ignoreCase: false, out var status) || !Enum.IsDefined(status) || int.TryParse(tekst, out _))
        {
            fouten.Add(PortaalToegang.Fout("status", FoutCodes.Verplicht, opmaak["Uitvraag.Fout.Status"]));
        }
        else
        {
            try
            {
                await statussen.WijzigAsync(GlobalId.Maak(nameof(Uitvraag), id), status, gebruiker!, http.RequestAborted);
                melding = opmaak["Uitvraag.StatusGewijzigd"];
            }
            catch (SociaalNetwerkException fout) when (fout.Code == FoutCodes.OngeldigeStatusovergang)
            {
                fouten.Add(PortaalToegang.Fout("status", fout.Code, opmaak["Uitvraag.Fout.Overgang"]));
            }
            catch (SociaalNetwerkException fout) when (fout.Code == FoutCodes.GeenVragen)
            {
                fouten.Add(PortaalToegang.Fout("status", fout.Code, opmaak["Uitvraag.Fout.GeenVragen"]));
            }
        }

        return await UitvraagPaginaAsync(http, af, databank, id, uitvraag!.ParticipatietrajectId, null, null, fouten, melding, fouten.Count == 0 ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> KopieerAsync(HttpContext http, IAntiforgery af, int id, IDbContextFactory<SociaalNetwerkDbContext> databank, UitvraagRedactie redactie)
    {
        var (_, gebruiker, anders) = await VereisUitvraagAsync(http, af, databank, id, post: true);
        if (anders is not null)
        {
            return anders;
        }

        var resultaat = await redactie.KopieerUitvraagAsync(GlobalId.Maak(nameof(Uitvraag), id), gebruiker!, http.RequestAborted);
        return Results.Redirect(BeheerEndpoints.Link(http, Pad + "/" + resultaat.Waarde!.Id.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>The account as the team of a traject; the 403 page for another traject (or one that does not exist, unless beheerder).</summary>
    private static async Task<(Gebruiker? Gebruiker, IResult? Anders)> VereisTrajectAsync(HttpContext http, int trajectId, bool post, IAntiforgery af)
    {
        var (account, anders) = post ? await PortaalToegang.VereisPostAsync(http, af, IsTeam) : await PortaalToegang.VereisAsync(http, IsTeam);
        if (anders is not null)
        {
            return (null, anders);
        }

        return AlsTeam(account!, trajectId) is { } gebruiker ? (gebruiker, null) : (null, PortaalToegang.Geweigerd(http));
    }

    /// <summary>
    /// The uitvraag and the account as the team of its traject. An uitvraag of another traject, or one that does not
    /// exist, gives the 403 page (a beheerder sees the 404 page for one that does not exist).
    /// </summary>
    private static async Task<(Uitvraag? Uitvraag, Gebruiker? Gebruiker, IResult? Anders)> VereisUitvraagAsync(
        HttpContext http, IAntiforgery af, IDbContextFactory<SociaalNetwerkDbContext> databank, int id, bool post)
    {
        var (account, anders) = post ? await PortaalToegang.VereisPostAsync(http, af, IsTeam) : await PortaalToegang.VereisAsync(http, IsTeam);
        if (anders is not null)
        {
            return (null, null, anders);
        }

        await using var db = await databank.CreateDbContextAsync(http.RequestAborted);
        var uitvraag = await db.Uitvragen.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, http.RequestAborted);
        if (uitvraag is null)
        {
            return (null, null, PortaalToegang.IsBeheerder(account!) ? PortaalToegang.NietGevonden(http) : PortaalToegang.Geweigerd(http));
        }

        return AlsTeam(account!, uitvraag.ParticipatietrajectId) is { } gebruiker ? (uitvraag, gebruiker, null) : (null, null, PortaalToegang.Geweigerd(http));
    }

    private static async Task<Dictionary<string, string>> FormulierAsync(HttpContext http, IEnumerable<string> velden)
    {
        var formulier = await http.Request.ReadFormAsync(http.RequestAborted);
        return velden.ToDictionary(v => v, v => formulier[v].ToString().Trim());
    }

    private static (Dictionary<string, string> Ingevuld, List<string> Doelgroepen) Lees(IFormCollection formulier) =>
        (UitvraagVelden.ToDictionary(v => v, v => formulier[v].ToString().Trim()), [.. formulier["doelgroepen"].Select(d => d ?? string.Empty)]);

    private static TrajectInvoer TrajectInvoer(IReadOnlyDictionary<string, string> ingevuld)
    {
        string? Leeg(string veld) => ingevuld[veld] is { Length: > 0 } waarde ? waarde : null;
        var faseTekst = ingevuld["fase"];
        TrajectFase? fase = Enum.TryParse<TrajectFase>(faseTekst, ignoreCase: false, out var f) && Enum.IsDefined(f) && !int.TryParse(faseTekst, out _) ? f : null;
        return new TrajectInvoer { Naam = Leeg("naam"), Omschrijving = Leeg("omschrijving"), Onderwerp = Leeg("onderwerp"), Fase = fase };
    }

    /// <summary>
    /// The form as the domain's input: every field given (the form shows them all). Times are Europe/Amsterdam wall-clock
    /// time (<c>datetime-local</c>); one that cannot be read, the hour the clock skips and the hour it repeats become
    /// field errors here, as in the activity form.
    /// </summary>
    private static (UitvraagInvoer Invoer, IReadOnlyList<Veldfout> Fouten) UitvraagInvoer(HttpContext http, IReadOnlyDictionary<string, string> ingevuld, IReadOnlyList<string> doelgroepen)
    {
        var b = http.RequestServices.GetRequiredService<BeheerOpmaak>();
        var fouten = new List<Veldfout>();

        VertaalbaarInvoer Tekst(string veld) => new()
        {
            Nl = ingevuld[veld + ".nl"], En = ingevuld[veld + ".en"], Ar = ingevuld[veld + ".ar"],
            Tr = ingevuld[veld + ".tr"], Uk = ingevuld[veld + ".uk"], Pl = ingevuld[veld + ".pl"],
        };

        DateTime? Moment(string veld)
        {
            var waarde = ingevuld[veld];
            if (waarde.Length == 0)
            {
                fouten.Add(PortaalToegang.Fout(veld, FoutCodes.Verplicht, b["Uitvraag.Fout.Verplicht", b["Uitvraag.Veld." + veld]]));
                return null;
            }

            if (!DateTime.TryParseExact(waarde, ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var lokaal))
            {
                fouten.Add(PortaalToegang.Fout(veld, FoutCodes.OngeldigeDatum, b["Uitvraag.Fout.Moment", b["Uitvraag.Veld." + veld]]));
                return null;
            }

            var tijd = lokaal.ToString("d MMMM yyyy, HH:mm", CultureInfo.GetCultureInfo(b.Taal));
            if (AmsterdamTijd.Zone.IsInvalidTime(lokaal))
            {
                fouten.Add(PortaalToegang.Fout(veld, FoutCodes.OngeldigeDatum, b["Activiteit.Fout.Zomertijd", tijd]));
                return null;
            }

            if (AmsterdamTijd.Zone.IsAmbiguousTime(lokaal))
            {
                fouten.Add(PortaalToegang.Fout(veld, FoutCodes.OngeldigeDatum, b["Activiteit.Fout.Wintertijd", tijd]));
                return null;
            }

            return AmsterdamTijd.NaarUtc(lokaal);
        }

        int? bewaartermijn = null;
        if (!int.TryParse(ingevuld["bewaartermijnDagen"], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var dagen))
        {
            fouten.Add(PortaalToegang.Fout("bewaartermijnDagen", FoutCodes.BuitenBereik, b["Uitvraag.Fout.Bewaartermijn", UitvraagRedactie.MinBewaartermijn, UitvraagRedactie.MaxBewaartermijn]));
        }
        else
        {
            bewaartermijn = dagen;
        }

        var gekozen = new List<UitvraagDoelgroep>();
        foreach (var tekst in doelgroepen)
        {
            if (Enum.TryParse<UitvraagDoelgroep>(tekst, ignoreCase: false, out var d) && Enum.IsDefined(d) && !int.TryParse(tekst, out _))
            {
                gekozen.Add(d);
            }
            else
            {
                fouten.Add(PortaalToegang.Fout("doelgroepen", FoutCodes.OngeldigeInvoer, b["Uitvraag.Fout.Doelgroep"]));
                break;
            }
        }

        // A form the domain will not see yet (a date or number it cannot read) still gets the domain's checks of its
        // texts, so every problem is shown at once instead of one round at a time.
        if (fouten.Count > 0)
        {
            var controle = new Veldcontrole(http.RequestServices.GetRequiredService<IStringLocalizer<Berichten>>());
            foreach (var tekst in Teksten)
            {
                UitvraagRedactie.Tekst(controle, tekst, Tekst(tekst), tekst == "titel" ? UitvraagRedactie.MaxTitelLengte : UitvraagRedactie.MaxTekstLengte);
            }

            fouten.AddRange(controle.Fouten);
        }

        var invoer = new UitvraagInvoer
        {
            Titel = Tekst("titel"),
            Inleiding = Tekst("inleiding"),
            Privacyverklaring = Tekst("privacyverklaring"),
            Doelgroepen = gekozen,
            OpenVanaf = Moment("openVanaf"),
            OpenTot = Moment("openTot"),
            BewaartermijnDagen = bewaartermijn,
            ContactgegevensVragen = ingevuld["contactgegevensVragen"] == "1",
            ProfielvraagWijk = ingevuld["profielvraagWijk"] == "1",
            ProfielvraagDoelgroep = ingevuld["profielvraagDoelgroep"] == "1",
        };
        return (invoer, fouten);
    }

    /// <summary>The order of the uitvraag form's and the traject form's fields, for the error summary.</summary>
    private static readonly string[] Volgorde =
        [.. Teksten.SelectMany(t => Vertaalbaar.Talen.Select(taal => t + "." + taal)), "openVanaf", "openTot", "doelgroepen", "bewaartermijnDagen", "naam", "onderwerp", "omschrijving", "fase"];

    /// <summary>
    /// The domain's field errors in the form's own words and in the form's order: the API's messages name the API's
    /// fields (<c>'titel.nl'</c>, <c>'openTot'</c>, <c>'bewaartermijnDagen'</c>), which the form does not show.
    /// </summary>
    private static List<Veldfout> InWoordenVanHetFormulier(HttpContext http, IEnumerable<Veldfout> fouten)
    {
        var b = http.RequestServices.GetRequiredService<BeheerOpmaak>();
        string Label(string veld) => veld switch
        {
            "naam" => b["Veld.Naam"],
            "omschrijving" => b["Veld.Omschrijving"],
            "onderwerp" or "fase" => b["Traject.Veld." + veld],
            _ => b["Uitvraag.Veld." + veld],
        };

        string? Bericht(Veldfout f)
        {
            var delen = f.Veld.Split('.');
            if (delen is [var tekst, var taal] && Teksten.Contains(tekst) && Vertaalbaar.Talen.Contains(taal))
            {
                return f.Code switch
                {
                    FoutCodes.Verplicht => b["Uitvraag.Fout.Nederlands", Label(tekst)],
                    FoutCodes.TeLang => b["Uitvraag.Fout.TekstTeLang", Label(tekst), b["Taal." + taal], tekst == "titel" ? UitvraagRedactie.MaxTitelLengte : UitvraagRedactie.MaxTekstLengte],
                    _ => null,
                };
            }

            return (f.Veld, f.Code) switch
            {
                ("openVanaf" or "openTot" or "naam" or "omschrijving" or "onderwerp" or "fase", FoutCodes.Verplicht) => b["Uitvraag.Fout.Verplicht", Label(f.Veld)],
                ("openTot", FoutCodes.EindVoorStart) => b["Uitvraag.Fout.EindVoorStart", Label("openTot"), Label("openVanaf")],
                ("bewaartermijnDagen", _) => b["Uitvraag.Fout.Bewaartermijn", UitvraagRedactie.MinBewaartermijn, UitvraagRedactie.MaxBewaartermijn],
                ("naam" or "onderwerp", FoutCodes.TeLang) => b["Uitvraag.Fout.TeLang", Label(f.Veld), UitvraagRedactie.MaxNaamLengte],
                ("omschrijving", FoutCodes.TeLang) => b["Uitvraag.Fout.TeLang", Label(f.Veld), UitvraagRedactie.MaxOmschrijvingLengte],
                _ => null,
            };
        }

        return
        [
            .. fouten.Select(f => f with { Bericht = Bericht(f) ?? f.Bericht })
                .DistinctBy(f => (f.Veld, f.Bericht))
                .OrderBy(f => Array.IndexOf(Volgorde, f.Veld) is var i and >= 0 ? i : Volgorde.Length),
        ];
    }

    private static Dictionary<string, string> Velden(Participatietraject traject) => new()
    {
        ["naam"] = traject.Naam,
        ["omschrijving"] = traject.Omschrijving,
        ["onderwerp"] = traject.Onderwerp,
        ["fase"] = traject.Fase.ToString(),
    };

    /// <summary>The stored uitvraag as its form shows it: the texts per language, local times, the switches as "1".</summary>
    private static Dictionary<string, string> Velden(Uitvraag uitvraag)
    {
        var velden = new Dictionary<string, string>
        {
            ["openVanaf"] = AmsterdamTijd.NaarLokaal(uitvraag.OpenVanaf).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
            ["openTot"] = AmsterdamTijd.NaarLokaal(uitvraag.OpenTot).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
            ["bewaartermijnDagen"] = uitvraag.BewaartermijnDagen.ToString(CultureInfo.InvariantCulture),
            ["contactgegevensVragen"] = uitvraag.ContactgegevensVragen ? "1" : string.Empty,
            ["profielvraagWijk"] = uitvraag.ProfielvraagWijk ? "1" : string.Empty,
            ["profielvraagDoelgroep"] = uitvraag.ProfielvraagDoelgroep ? "1" : string.Empty,
        };
        foreach (var (veld, tekst) in new[] { ("titel", uitvraag.Titel), ("inleiding", uitvraag.Inleiding), ("privacyverklaring", uitvraag.Privacyverklaring) })
        {
            foreach (var taal in Vertaalbaar.Talen)
            {
                velden[veld + "." + taal] = tekst.Teksten.GetValueOrDefault(taal, string.Empty);
            }
        }

        return velden;
    }

    private static IResult TrajectPagina(HttpContext http, IAntiforgery af, int? id, IReadOnlyDictionary<string, string> ingevuld, IReadOnlyList<Veldfout> fouten, string? melding, int status) =>
        BeheerEndpoints.Formulier<TrajectPagina>(http, af, new { Id = id, Ingevuld = ingevuld, Fouten = fouten, Melding = melding }, status);

    /// <summary>
    /// The uitvraag's page: its form as typed (<paramref name="ingevuld"/>, or as stored when null), its status with the
    /// possible next ones, and, for a stored one, the translation state per language and the links to its other pages.
    /// </summary>
    private static async Task<IResult> UitvraagPaginaAsync(
        HttpContext http, IAntiforgery af, IDbContextFactory<SociaalNetwerkDbContext> databank, int? id, int trajectId,
        IReadOnlyDictionary<string, string>? ingevuld, IReadOnlyList<string>? doelgroepen, IReadOnlyList<Veldfout> fouten, string? melding, int status)
    {
        await using var db = await databank.CreateDbContextAsync(http.RequestAborted);
        var traject = await db.Participatietrajecten.AsNoTracking().FirstOrDefaultAsync(t => t.Id == trajectId, http.RequestAborted);
        if (traject is null)
        {
            return PortaalToegang.NietGevonden(http);
        }

        Uitvraag? uitvraag = null;
        IReadOnlyList<Vertaalstatus> vertaling = [];
        if (id is { } uitvraagId)
        {
            uitvraag = await db.Uitvragen.AsNoTracking().Include(u => u.Vragen).ThenInclude(v => v.Opties).FirstOrDefaultAsync(u => u.Id == uitvraagId, http.RequestAborted);
            if (uitvraag is null)
            {
                return PortaalToegang.NietGevonden(http);
            }

            vertaling = Vertaalstatus.Van(uitvraag, [.. uitvraag.Vragen], v => v.Opties);
        }

        var nu = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        return BeheerEndpoints.Formulier<UitvraagPagina>(http, af, new
        {
            Id = id,
            Traject = traject,
            Uitvraag = uitvraag,
            Ingevuld = ingevuld ?? (uitvraag is null ? new Dictionary<string, string>() : Velden(uitvraag)),
            Doelgroepen = doelgroepen ?? (IReadOnlyList<string>)[.. (uitvraag?.Doelgroepen ?? []).Select(d => d.ToString())],
            Fouten = fouten,
            Melding = melding,
            Vertaling = vertaling,
            Nu = nu,
        }, status);
    }
}
