using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Participatie;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// A participation team authors its trajecten and uitvragen through GraphQL: adding, changing and copying, with field
/// errors as data, per-language translation state, and an uitvraag that opens and closes by its own dates.
/// </summary>
[Collection(ServerCollectie.Naam)]
public sealed class UitvraagRedactieTests(SociaalNetwerkServer server)
{
    private const string TrajectToevoegen = """
        mutation($invoer: ParticipatietrajectInvoer!) {
          participatietrajectToevoegen(invoer: $invoer) { gelukt fouten { veld code bericht } traject { id naam omschrijving onderwerp fase } }
        }
        """;

    private const string TrajectWijzigen = """
        mutation($id: ID!, $invoer: ParticipatietrajectInvoer!) {
          participatietrajectWijzigen(id: $id, invoer: $invoer) { gelukt fouten { veld code bericht } traject { id naam fase } }
        }
        """;

    private const string UitvraagToevoegen = """
        mutation($trajectId: ID!, $invoer: UitvraagInvoer!) {
          uitvraagToevoegen(trajectId: $trajectId, invoer: $invoer) {
            gelukt fouten { veld code bericht }
            uitvraag { id titel status openVanaf openTot bewaartermijnDagen doelgroepen contactgegevensVragen profielvraagWijk profielvraagDoelgroep }
          }
        }
        """;

    private const string UitvraagWijzigen = """
        mutation($id: ID!, $invoer: UitvraagInvoer!) {
          uitvraagWijzigen(id: $id, invoer: $invoer) { gelukt fouten { veld code bericht } uitvraag { id titel inleiding bewaartermijnDagen } }
        }
        """;

    private const string Kopieren = """
        mutation($id: ID!) {
          uitvraagKopieren(id: $id) { gelukt fouten { veld code } uitvraag { id titel status traject { id } vragen { nummer type tekst verplicht maxKeuzes schaalMin schaalMax opties { tekst } } } }
        }
        """;

    private const string Vertaling = """
        query($id: ID!, $taal: Taal) {
          uitvraag(id: $id, taal: $taal) { taal titel inleiding beschikbareTalen vertaalstatus { taal compleet ontbreekt } vragen { tekst opties { tekst } } }
        }
        """;

    private readonly HttpClient _client = server.MaakClient();

    private async Task<JsonNode> MuteerAsync(string document, object variabelen, string? sleutel, string veld, string? taal = null) =>
        (await _client.GraphQLAsync(document, variabelen, taal: taal, sleutel: sleutel)).ZonderFouten().Data[veld]!;

    private static bool Gelukt(JsonNode resultaat) => resultaat["gelukt"]!.GetValue<bool>();

    private static IEnumerable<(string, string)> Fouten(JsonNode resultaat) =>
        resultaat["fouten"]!.AsArray().Select(f => (f!["veld"]!.GetValue<string>(), f["code"]!.GetValue<string>()));

    private static object NieuweUitvraag(string titel = "Samen sterk in de wijk") => new
    {
        titel = new { nl = titel, en = "Stronger together" },
        inleiding = new { nl = "Wij willen weten wat helpt.", en = "We want to know what helps." },
        privacyverklaring = new { nl = "Uw antwoorden zijn anoniem.", en = "Your answers are anonymous." },
        doelgroepen = new[] { "INWONERS", "VRIJWILLIGERS" },
        openVanaf = "2026-12-01T09:00:00+01:00",
        openTot = "2027-01-15T17:00:00+01:00",
        bewaartermijnDagen = 180,
        profielvraagWijk = true,
    };

    private async Task<(string Traject, string Team)> NieuwTrajectAsync()
    {
        var partners = await TestPartners.MaakAsync(server);
        var traject = await MuteerAsync(TrajectToevoegen, new
        {
            invoer = new { naam = "Traject " + Guid.NewGuid().ToString("N")[..8], omschrijving = "Wat vinden inwoners?", onderwerp = "Sociale basis" },
        }, partners.Beheerder, "participatietrajectToevoegen");
        Assert.True(Gelukt(traject), traject.ToJsonString());
        var id = traject["traject"]!["id"]!.GetValue<string>();
        var (team, _) = await server.Services.GetRequiredService<ApiSleutels>().MaakAsync(Rol.Trajectteam, null, GlobalId.LeesInt(id, nameof(Participatietraject)), "team");
        return (id, team);
    }

    /// <summary>
    /// A concept without questions does not open, through the API as in the portal: residents would get a form with
    /// only a send button. The status stays CONCEPT; with one question it opens.
    /// </summary>
    [Fact]
    public async Task AConceptWithoutQuestionsDoesNotOpenAndOpensOnceItHasOne()
    {
        const string StatusWijzigen = "mutation($id: ID!) { uitvraagStatusWijzigen(id: $id, status: OPEN) { status } }";
        var (traject, team) = await NieuwTrajectAsync();
        var id = (await MuteerAsync(UitvraagToevoegen, new { trajectId = traject, invoer = NieuweUitvraag() }, team, "uitvraagToevoegen"))["uitvraag"]!["id"]!.GetValue<string>();

        var zonderVragen = await _client.GraphQLAsync(StatusWijzigen, new { id }, taal: "en", sleutel: team);
        var nogConcept = (await _client.GraphQLAsync("query($id: ID!) { uitvraag(id: $id) { status } }", new { id }, sleutel: team)).ZonderFouten().Data["uitvraag"]!;
        var vraag = await MuteerAsync(
            "mutation($id: ID!, $invoer: VraagInvoer!) { vraagToevoegen(uitvraagId: $id, invoer: $invoer) { gelukt fouten { veld code } } }",
            new { id, invoer = new { type = "OPEN_TEKST", verplicht = false, tekst = new { nl = "Wat helpt u?", en = "What helps you?" } } }, team, "vraagToevoegen");
        var open = await MuteerAsync(StatusWijzigen, new { id }, team, "uitvraagStatusWijzigen");

        Assert.Equal("NO_QUESTIONS", zonderVragen.EersteCode);
        Assert.StartsWith("The uitvraag has no questions yet, so it cannot open", zonderVragen.EersteBericht, StringComparison.Ordinal);
        Assert.Equal("CONCEPT", nogConcept["status"]!.GetValue<string>());
        Assert.True(Gelukt(vraag), vraag.ToJsonString());
        Assert.Equal("OPEN", open["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task ABeheerderAddsATrajectAndItsTeamAddsAndChangesAConceptUitvraag()
    {
        var (traject, team) = await NieuwTrajectAsync();

        var fase = await MuteerAsync(TrajectWijzigen, new { id = traject, invoer = new { fase = "OPHALEN" } }, team, "participatietrajectWijzigen");
        var nieuw = await MuteerAsync(UitvraagToevoegen, new { trajectId = traject, invoer = NieuweUitvraag() }, team, "uitvraagToevoegen");
        var id = nieuw["uitvraag"]!["id"]!.GetValue<string>();
        var gewijzigd = await MuteerAsync(UitvraagWijzigen, new { id, invoer = new { bewaartermijnDagen = 90, inleiding = new { nl = "Nieuwe inleiding." } } }, team, "uitvraagWijzigen");
        var anoniem = await _client.GraphQLAsync("query($id: ID!) { uitvraag(id: $id) { id } }", new { id });

        Assert.True(Gelukt(fase), fase.ToJsonString());
        Assert.Equal("OPHALEN", fase["traject"]!["fase"]!.GetValue<string>());
        Assert.True(Gelukt(nieuw), nieuw.ToJsonString());
        var uitvraag = nieuw["uitvraag"]!;
        Assert.Equal("CONCEPT", uitvraag["status"]!.GetValue<string>());
        Assert.Equal("Samen sterk in de wijk", uitvraag["titel"]!.GetValue<string>());
        Assert.Equal("2026-12-01T09:00:00+01:00", uitvraag["openVanaf"]!.GetValue<string>());
        Assert.Equal(["INWONERS", "VRIJWILLIGERS"], uitvraag["doelgroepen"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.True(uitvraag["profielvraagWijk"]!.GetValue<bool>());
        Assert.False(uitvraag["profielvraagDoelgroep"]!.GetValue<bool>());
        Assert.True(Gelukt(gewijzigd), gewijzigd.ToJsonString());
        Assert.Equal(90, gewijzigd["uitvraag"]!["bewaartermijnDagen"]!.GetValue<int>());
        Assert.Equal("Nieuwe inleiding.", gewijzigd["uitvraag"]!["inleiding"]!.GetValue<string>());
        Assert.Null(anoniem.ZonderFouten().Data["uitvraag"]);

        // Written to the audit log like every edit: who and which object.
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>().CreateDbContextAsync();
        var sleutel = GlobalId.LeesInt(id, nameof(Uitvraag));
        var log = await db.Wijzigingen.Where(w => w.ObjectType == nameof(Uitvraag) && w.ObjectId == sleutel).ToListAsync();
        Assert.Equal(2, log.Count);
        Assert.All(log, w => Assert.Equal(Rol.Trajectteam, w.Rol));
    }

    [Fact]
    public async Task OnlyABeheerderKeyAddsTrajectenAndOnlyTheOwnTeamEditsIt()
    {
        var (traject, team) = await NieuwTrajectAsync();
        var ander = await TestUitvraag.MaakAsync(server);
        var partners = await TestPartners.MaakAsync(server);
        var trajectInvoer = new { invoer = new { naam = "Eigen traject " + Guid.NewGuid().ToString("N")[..6], omschrijving = "x", onderwerp = "y" } };

        var teamTraject = await _client.GraphQLAsync(TrajectToevoegen, trajectInvoer, sleutel: team);
        var anoniemTraject = await _client.GraphQLAsync(TrajectToevoegen, trajectInvoer);
        var anderTeam = await _client.GraphQLAsync(TrajectWijzigen, new { id = traject, invoer = new { naam = "Overgenomen" } }, sleutel: ander.TeamSleutel);
        var anderUitvraag = await _client.GraphQLAsync(UitvraagToevoegen, new { trajectId = traject, invoer = NieuweUitvraag() }, sleutel: ander.TeamSleutel);
        var redacteur = await _client.GraphQLAsync(UitvraagWijzigen, new { id = ander.Id, invoer = new { bewaartermijnDagen = 60 } }, sleutel: partners.RedacteurA);
        var vreemdeUitvraag = await _client.GraphQLAsync(UitvraagWijzigen, new { id = ander.Id, invoer = new { bewaartermijnDagen = 60 } }, sleutel: team);
        var vreemdeKopie = await _client.GraphQLAsync(Kopieren, new { id = ander.Id }, sleutel: team);
        var onbekend = await _client.GraphQLAsync(UitvraagWijzigen, new { id = GlobalId.Maak(nameof(Uitvraag), 999_999), invoer = new { bewaartermijnDagen = 60 } }, sleutel: team);

        Assert.Equal("FORBIDDEN", teamTraject.EersteCode);
        Assert.Equal("UNAUTHENTICATED", anoniemTraject.EersteCode);
        Assert.Equal("FORBIDDEN", anderTeam.EersteCode);
        Assert.Equal("FORBIDDEN", anderUitvraag.EersteCode);
        Assert.Equal("FORBIDDEN", redacteur.EersteCode);
        Assert.Equal("FORBIDDEN", vreemdeUitvraag.EersteCode);
        Assert.Equal("FORBIDDEN", vreemdeKopie.EersteCode);
        Assert.Equal("NOT_FOUND", onbekend.EersteCode);
        var bewaard = (await _client.GraphQLAsync("query($id: ID!) { uitvraag(id: $id) { bewaartermijnDagen } }", new { id = ander.Id })).ZonderFouten().Data["uitvraag"]!;
        Assert.Equal(365, bewaard["bewaartermijnDagen"]!.GetValue<int>());
    }

    [Fact]
    public async Task InvalidInputGivesLocalisedFieldErrorsAndStoresNothing()
    {
        var (traject, team) = await NieuwTrajectAsync();
        var fout = new
        {
            titel = new { nl = "  ", en = "Only English" },
            inleiding = new { nl = "Inleiding" },
            privacyverklaring = new { nl = "Privacy", pl = new string('x', 4001) },
            openVanaf = "2027-01-15T17:00:00+01:00",
            openTot = "2026-12-01T09:00:00+01:00",
            bewaartermijnDagen = 5,
        };

        var nl = await MuteerAsync(UitvraagToevoegen, new { trajectId = traject, invoer = fout }, team, "uitvraagToevoegen");
        var en = await MuteerAsync(UitvraagToevoegen, new { trajectId = traject, invoer = fout }, team, "uitvraagToevoegen", taal: "en");
        var zonderVelden = await MuteerAsync(UitvraagToevoegen, new { trajectId = traject, invoer = new { titel = new { nl = "Alleen een titel" } } }, team, "uitvraagToevoegen");
        var dubbeleNaam = await MuteerAsync(TrajectWijzigen, new { id = traject, invoer = new { naam = "Visie Sterke Sociale Basis", omschrijving = (string?)null } }, team, "participatietrajectWijzigen");

        Assert.False(Gelukt(nl));
        Assert.Equal(
            [("titel.nl", "REQUIRED"), ("privacyverklaring.pl", "TOO_LONG"), ("openTot", "END_BEFORE_START"), ("bewaartermijnDagen", "OUT_OF_RANGE")],
            Fouten(nl));
        Assert.Contains("Nederlandse tekst", nl["fouten"]![0]!["bericht"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("Dutch text", en["fouten"]![0]!["bericht"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("after 'openVanaf'", en["fouten"]![2]!["bericht"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal([("inleiding", "REQUIRED"), ("privacyverklaring", "REQUIRED"), ("openVanaf", "REQUIRED"), ("openTot", "REQUIRED")], Fouten(zonderVelden));
        Assert.Equal([("naam", "DUPLICATE_NAME"), ("omschrijving", "REQUIRED")], Fouten(dubbeleNaam));
        var uitvragen = (await _client.GraphQLAsync("query($id: ID!) { participatietraject(id: $id) { naam uitvragen { id } } }", new { id = traject }, sleutel: team)).ZonderFouten().Data["participatietraject"]!;
        Assert.Empty(uitvragen["uitvragen"]!.AsArray());
        Assert.StartsWith("Traject ", uitvragen["naam"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACopyIsANewConceptWithAllQuestionsAndOptionsAndTheOriginalStaysAsItWas()
    {
        var bron = await TestUitvraag.MaakAsync(server);

        var kopie = await MuteerAsync(Kopieren, new { id = bron.Id }, bron.TeamSleutel, "uitvraagKopieren");
        var origineel = (await _client.GraphQLAsync("query($id: ID!) { uitvraag(id: $id) { titel status vragen { id } } }", new { id = bron.Id }, sleutel: bron.TeamSleutel)).ZonderFouten().Data["uitvraag"]!;
        var engels = (await _client.GraphQLAsync("query($id: ID!) { uitvraag(id: $id, taal: EN) { titel } }", new { id = kopie["uitvraag"]!["id"]!.GetValue<string>() }, sleutel: bron.TeamSleutel)).ZonderFouten().Data["uitvraag"]!;

        Assert.True(Gelukt(kopie), kopie.ToJsonString());
        var uitvraag = kopie["uitvraag"]!;
        Assert.NotEqual(bron.Id, uitvraag["id"]!.GetValue<string>());
        Assert.Equal("Testuitvraag (kopie)", uitvraag["titel"]!.GetValue<string>());
        Assert.Equal("CONCEPT", uitvraag["status"]!.GetValue<string>());
        Assert.Equal(GlobalId.Maak(nameof(Participatietraject), bron.TrajectId), uitvraag["traject"]!["id"]!.GetValue<string>());
        var vragen = uitvraag["vragen"]!.AsArray();
        Assert.Equal(["FACTOREN", "EEN_KEUZE", "MEERDERE_KEUZES", "SCHAAL", "OPEN_TEKST"], vragen.Select(v => v!["type"]!.GetValue<string>()));
        Assert.Equal(["Nooit", "Soms", "Vaak"], vragen[1]!["opties"]!.AsArray().Select(o => o!["tekst"]!.GetValue<string>()));
        Assert.Equal(2, vragen[0]!["maxKeuzes"]!.GetValue<int>());
        Assert.Equal((1, 5), (vragen[3]!["schaalMin"]!.GetValue<int>(), vragen[3]!["schaalMax"]!.GetValue<int>()));
        Assert.Equal("Testuitvraag", origineel["titel"]!.GetValue<string>());
        Assert.Equal("OPEN", origineel["status"]!.GetValue<string>());
        Assert.Equal(5, origineel["vragen"]!.AsArray().Count);
        Assert.Equal("Testuitvraag (kopie)", engels["titel"]!.GetValue<string>()); // English is not complete: the copy is shown in Dutch
    }

    [Fact]
    public async Task AnUitvraagOffersOnlyTheLanguagesItIsCompletelyTranslatedInto()
    {
        var (traject, team) = await NieuwTrajectAsync();
        var id = (await MuteerAsync(UitvraagToevoegen, new { trajectId = traject, invoer = NieuweUitvraag() }, team, "uitvraagToevoegen"))["uitvraag"]!["id"]!.GetValue<string>();
        var half = await TestUitvraag.MaakAsync(server);

        var compleet = (await _client.GraphQLAsync(Vertaling, new { id, taal = "EN" }, sleutel: team)).ZonderFouten().Data["uitvraag"]!;
        var onvolledig = (await _client.GraphQLAsync(Vertaling, new { id = half.Id, taal = "EN" }, sleutel: half.TeamSleutel)).ZonderFouten().Data["uitvraag"]!;
        var publiek = await _client.GraphQLAsync("query($id: ID!) { uitvraag(id: $id) { vertaalstatus { taal } } }", new { id = half.Id });

        Assert.Equal("EN", compleet["taal"]!.GetValue<string>());
        Assert.Equal("Stronger together", compleet["titel"]!.GetValue<string>());
        Assert.Equal(["NL", "EN"], compleet["beschikbareTalen"]!.AsArray().Select(t => t!.GetValue<string>()));
        var status = compleet["vertaalstatus"]!.AsArray().ToDictionary(s => s!["taal"]!.GetValue<string>(), s => s!);
        Assert.Equal(["NL", "EN", "AR", "TR", "UK", "PL"], status.Keys);
        Assert.True(status["EN"]["compleet"]!.GetValue<bool>());
        Assert.Equal(["titel", "inleiding", "privacyverklaring"], status["AR"]["ontbreekt"]!.AsArray().Select(t => t!.GetValue<string>()));

        // Title and question texts are in English, but the introduction and the options are not: all of it is Dutch.
        Assert.Equal("NL", onvolledig["taal"]!.GetValue<string>());
        Assert.Equal("Testuitvraag", onvolledig["titel"]!.GetValue<string>());
        Assert.Equal("Wat helpt en wat remt?", onvolledig["vragen"]![0]!["tekst"]!.GetValue<string>());
        Assert.Equal(["NL"], onvolledig["beschikbareTalen"]!.AsArray().Select(t => t!.GetValue<string>()));
        var engels = onvolledig["vertaalstatus"]!.AsArray().Single(s => s!["taal"]!.GetValue<string>() == "EN")!;
        Assert.False(engels["compleet"]!.GetValue<bool>());
        var ontbreekt = engels["ontbreekt"]!.AsArray().Select(t => t!.GetValue<string>()).ToList();
        Assert.Equal(["inleiding", "privacyverklaring", "vraag 1: optie 1"], ontbreekt.Take(3));
        Assert.DoesNotContain("titel", ontbreekt);
        Assert.DoesNotContain("vraag 1: tekst", ontbreekt);
        Assert.Equal("UNAUTHENTICATED", publiek.EersteCode);
    }

    [Fact]
    public async Task AnOpenUitvraagOpensAndClosesByItsOwnDates()
    {
        var nu = SociaalNetwerkServer.Nu.UtcDateTime;
        var gepland = await TestUitvraag.MaakAsync(server, periode: (nu.AddDays(3), nu.AddDays(30)));
        var verlopen = await TestUitvraag.MaakAsync(server, periode: (nu.AddDays(-30), nu.AddDays(-1)));
        var open = await TestUitvraag.MaakAsync(server);
        const string Query = "query($id: ID!) { uitvraag(id: $id) { status open gepland verlopen } }";

        async Task<(bool Open, bool Gepland, bool Verlopen)> StandAsync(TestUitvraag u)
        {
            var d = (await _client.GraphQLAsync(Query, new { id = u.Id })).ZonderFouten().Data["uitvraag"]!;
            Assert.Equal("OPEN", d["status"]!.GetValue<string>());
            return (d["open"]!.GetValue<bool>(), d["gepland"]!.GetValue<bool>(), d["verlopen"]!.GetValue<bool>());
        }

        Assert.Equal((false, true, false), await StandAsync(gepland));
        Assert.Equal((false, false, true), await StandAsync(verlopen));
        Assert.Equal((true, false, false), await StandAsync(open));
        var reactie = await _client.GraphQLAsync("mutation($invoer: ReactieInvoer!) { reactieIndienen(invoer: $invoer) { gelukt } }", new { invoer = gepland.GeldigeReactie() });
        Assert.Equal("UITVRAAG_NOT_OPEN", reactie.EersteCode);
    }
}
