using System.Globalization;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.GraphApi.Tests;

[Collection(ServerCollectie.Naam)]
public sealed class ResultatenTests(SociaalNetwerkServer server)
{
    private const string Resultaten = """
        query($id: ID!, $segment: ResultaatSegmentInvoer) { uitvraag(id: $id) { titel resultaten(segment: $segment) {
          openbaar drempel
          totaal { ...T }
          perKanaal { kanaal telling { ...T } }
          perWijk { wijk { slug naam } telling { ...T } }
          perDoelgroep { doelgroep telling { ...T } }
          vragen {
            vraag { nummer type }
            aantalReacties { ...T }
            opties { optie { tekst } telling { ...T } }
            schaal { verdeling { waarde telling { ...T } } gemiddelde mediaan }
            helpendeFactoren { tekst eigen soort telling { ...T } }
            remmendeFactoren { tekst eigen soort telling { ...T } }
            openAntwoorden } } } }
        fragment T on Telling { aantal percentage onderDrempel weergave }
        """;

    private const string Indienen = "mutation($invoer: ReactieInvoer!) { reactieIndienen(invoer: $invoer) { gelukt fouten { code bericht } } }";

    private const string StatusWijzigen = "mutation($id: ID!, $status: UitvraagStatus!) { uitvraagStatusWijzigen(id: $id, status: $status) { status open } }";

    private readonly HttpClient _client = server.MaakClient();

    [Fact]
    public async Task TheTeamSeesExactCountsPercentagesMeanAndMedianPerVraag()
    {
        var uitvraag = await MetZesReactiesAsync();

        var resultaten = await ResultatenAsync(uitvraag, sleutel: uitvraag.TeamSleutel);

        Assert.False(resultaten["openbaar"]!.GetValue<bool>());
        Assert.Equal(5, resultaten["drempel"]!.GetValue<int>());
        Assert.Equal("6 100", T(resultaten["totaal"]));
        Assert.Equal(["ONLINE 4 66.7", "PAPIER 2 33.3", "GESPREK 0 0"], Tellingen(resultaten["perKanaal"], t => t["kanaal"]));
        Assert.Equal(["oosterheem 3 50", "seghwaert 3 50"], Tellingen(resultaten["perWijk"], t => t["wijk"]!["slug"]));
        Assert.Equal(
            ["INWONERS 4 66.7", "VRIJWILLIGERS 2 33.3", "INFORMELE_NETWERKEN 0 0", "ORGANISATIES 0 0", "PROFESSIONALS 0 0"],
            Tellingen(resultaten["perDoelgroep"], t => t["doelgroep"]));

        var vragen = resultaten["vragen"]!.AsArray();
        Assert.Equal([1, 2, 3, 4, 5], vragen.Select(v => v!["vraag"]!["nummer"]!.GetValue<int>()));

        var factoren = vragen[0]!;
        Assert.Equal("6 100", T(factoren["aantalReacties"]));
        Assert.Equal(["Een vaste plek 4 66.7", "Kosten 1 16.7"], Tellingen(factoren["helpendeFactoren"], f => f["tekst"]));
        // "te weinig  BANKJES" counts with "Te weinig bankjes", shown as most respondents wrote it.
        Assert.Equal(["Te weinig bankjes 3 50", "Te weinig tijd 2 33.3", "Geen buurthuis 1 16.7"], Tellingen(factoren["remmendeFactoren"], f => f["tekst"]));
        Assert.Equal([true, false, true], factoren["remmendeFactoren"]!.AsArray().Select(f => f!["eigen"]!.GetValue<bool>()));
        Assert.Equal(["REMMEND"], factoren["remmendeFactoren"]!.AsArray().Select(f => f!["soort"]!.GetValue<string>()).Distinct());
        Assert.Empty(factoren["opties"]!.AsArray());
        Assert.Null(factoren["schaal"]);

        var eenKeuze = vragen[1]!;
        Assert.Equal("6 100", T(eenKeuze["aantalReacties"]));
        Assert.Equal(["Nooit 1 16.7", "Soms 4 66.7", "Vaak 1 16.7"], Tellingen(eenKeuze["opties"], o => o["optie"]!["tekst"]));

        var meerdereKeuzes = vragen[2]!;
        Assert.Equal("5 83.3", T(meerdereKeuzes["aantalReacties"]));
        Assert.Equal(["Informatie 3 60", "Vervoer 1 20", "Gezelschap 1 20", "Geld 2 40"], Tellingen(meerdereKeuzes["opties"], o => o["optie"]!["tekst"]));

        var schaal = vragen[3]!["schaal"]!;
        Assert.Equal(["1 1 16.7", "2 1 16.7", "3 1 16.7", "4 2 33.3", "5 1 16.7"], Tellingen(schaal["verdeling"], w => w["waarde"]));
        Assert.Equal(3.17, schaal["gemiddelde"]!.GetValue<double>());
        Assert.Equal(3.5, schaal["mediaan"]!.GetValue<double>());

        var open = vragen[4]!;
        Assert.Equal("2 33.3", T(open["aantalReacties"]));
        Assert.Equal(["Meer ontmoeting.", "Graag een bankje."], open["openAntwoorden"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Null(eenKeuze["openAntwoorden"]);
    }

    [Fact]
    public async Task ASegmentCountsOnlyTheReactiesThatMatchAllItsFilters()
    {
        var uitvraag = await MetZesReactiesAsync();
        var oosterheem = (await _client.GraphQLAsync("""{ wijk(slug: "oosterheem") { id } }""")).ZonderFouten().Data["wijk"]!["id"]!.GetValue<string>();

        var seghwaert = await ResultatenAsync(uitvraag, new { wijk = "Seghwaert" }, uitvraag.TeamSleutel);
        var oosterheemPapier = await ResultatenAsync(uitvraag, new { wijk = oosterheem, kanaal = "PAPIER" }, uitvraag.TeamSleutel);
        var inwonersOnline = await ResultatenAsync(uitvraag, new { doelgroep = "INWONERS", kanaal = "ONLINE" }, uitvraag.TeamSleutel);

        Assert.Equal("3 100", T(seghwaert["totaal"]));
        Assert.Equal(["seghwaert 3 100"], Tellingen(seghwaert["perWijk"], t => t["wijk"]!["slug"]));
        Assert.Equal(["Nooit 0 0", "Soms 2 66.7", "Vaak 1 33.3"], Tellingen(seghwaert["vragen"]![1]!["opties"], o => o["optie"]!["tekst"]));
        Assert.Equal(4.0, seghwaert["vragen"]![3]!["schaal"]!["gemiddelde"]!.GetValue<double>());
        Assert.Equal(["Meer ontmoeting."], seghwaert["vragen"]![4]!["openAntwoorden"]!.AsArray().Select(a => a!.GetValue<string>()));

        Assert.Equal("2 100", T(oosterheemPapier["totaal"]));
        Assert.Equal(["ONLINE 0 0", "PAPIER 2 100", "GESPREK 0 0"], Tellingen(oosterheemPapier["perKanaal"], t => t["kanaal"]));
        Assert.Equal(2.5, oosterheemPapier["vragen"]![3]!["schaal"]!["gemiddelde"]!.GetValue<double>());
        Assert.Equal(2.5, oosterheemPapier["vragen"]![3]!["schaal"]!["mediaan"]!.GetValue<double>());

        Assert.Equal("3 100", T(inwonersOnline["totaal"]));
        Assert.Equal(["Te weinig bankjes 3 100"], Tellingen(inwonersOnline["vragen"]![0]!["remmendeFactoren"], f => f["tekst"]));
        Assert.Equal(["oosterheem 1 33.3", "seghwaert 2 66.7"], Tellingen(inwonersOnline["perWijk"], t => t["wijk"]!["slug"]));
    }

    [Fact]
    public async Task AnOwnFactorShowsInItsMostFrequentSpellingAndOfEquallyFrequentOnesTheFirstWritten()
    {
        var u = await TestUitvraag.MaakAsync(server);
        // Parkeren: one of each spelling, the all-caps one not first. Bankjes: the all-caps one first, but rarer.
        string[] parkeren = ["Te weinig parkeerplekken", "TE WEINIG PARKEERPLEKKEN", "te weinig parkeerplekken"];
        string[] bankjes = ["TE WEINIG BANKJES", "te weinig bankjes", "te weinig bankjes"];
        for (var i = 0; i < 3; i++)
        {
            await DienInAsync(u, u.Reactie( "seghwaert", "INWONERS", 1, [], 3, [TestUitvraag.Remmend(parkeren[i]), TestUitvraag.Remmend(bankjes[i])]));
        }

        var resultaten = await ResultatenAsync(u, sleutel: u.TeamSleutel);

        Assert.Equal(["Te weinig parkeerplekken 3 100", "te weinig bankjes 3 100"], Tellingen(resultaten["vragen"]![0]!["remmendeFactoren"], f => f["tekst"]));
    }

    [Fact]
    public async Task TheTeamGetsEveryFactorWithAllItsSpellingsAndThePublicDoesNot()
    {
        const string Alle = """
            query($id: ID!, $segment: ResultaatSegmentInvoer) { uitvraag(id: $id) { resultaten(segment: $segment) { vragen {
              remmendeFactoren { tekst }
              alleFactoren { soort tekst eigen aantal optie { id } schrijfwijzen { tekst aantal } } } } } }
            """;
        var u = await TestUitvraag.MaakAsync(server);
        // Twelve own remmende factors, more than the ten the factor lists show; "factor a0" in two spellings.
        for (var i = 0; i < 6; i++)
        {
            await DienInAsync(u, u.Reactie("seghwaert", "INWONERS", 1, [], 3, [TestUitvraag.Remmend($"Factor A{i}"), TestUitvraag.Remmend($"Factor B{i}")]));
        }

        for (var i = 0; i < 2; i++)
        {
            await DienInAsync(u, u.Reactie("oosterheem", "INWONERS", 1, [], 3, [u.Helpend(0), TestUitvraag.Remmend("factor a0")]));
        }

        var team = (await _client.GraphQLAsync(Alle, new { id = u.Id }, sleutel: u.TeamSleutel)).ZonderFouten().Data["uitvraag"]!["resultaten"]!["vragen"]!;
        var oosterheem = (await _client.GraphQLAsync(Alle, new { id = u.Id, segment = new { wijk = "oosterheem" } }, sleutel: u.TeamSleutel)).ZonderFouten().Data["uitvraag"]!["resultaten"]!["vragen"]!;
        var factoren = team[0]!["alleFactoren"]!.AsArray();

        Assert.Equal(10, team[0]!["remmendeFactoren"]!.AsArray().Count);
        Assert.Equal(
            ["HELPEND Een vaste plek 2 list", "REMMEND factor a0 3 own", .. new[] { "A1", "A2", "A3", "A4", "A5", "B0", "B1", "B2", "B3", "B4", "B5" }.Select(f => $"REMMEND Factor {f} 1 own")],
            factoren.Select(f => $"{f!["soort"]} {f["tekst"]} {f["aantal"]} {(f["eigen"]!.GetValue<bool>() ? "own" : "list")}"));
        Assert.Equal(u.FactorOpties[0], factoren[0]!["optie"]!["id"]!.GetValue<string>());
        Assert.Empty(factoren[0]!["schrijfwijzen"]!.AsArray());
        Assert.Null(factoren[1]!["optie"]);
        Assert.Equal(["factor a0 2", "Factor A0 1"], factoren[1]!["schrijfwijzen"]!.AsArray().Select(s => $"{s!["tekst"]} {s["aantal"]}"));
        Assert.All(team.AsArray().Skip(1), v => Assert.Null(v!["alleFactoren"]));
        // Within a segment: only its reacties.
        Assert.Equal(["HELPEND Een vaste plek 2", "REMMEND factor a0 2"], oosterheem[0]!["alleFactoren"]!.AsArray().Select(f => $"{f!["soort"]} {f["tekst"]} {f["aantal"]}"));

        await WijzigStatusAsync(u, "GESLOTEN");
        await WijzigStatusAsync(u, "RESULTATEN_GEPUBLICEERD");
        var publiek = (await _client.GraphQLAsync(Alle, new { id = u.Id })).ZonderFouten().Data["uitvraag"]!["resultaten"]!["vragen"]!;

        Assert.All(publiek.AsArray(), v => Assert.Null(v!["alleFactoren"]));
    }

    [Fact]
    public async Task AnUnknownWijkInTheSegmentIsAnError()
    {
        var uitvraag = await MetZesReactiesAsync();

        var antwoord = await _client.GraphQLAsync(Resultaten, new { id = uitvraag.Id, segment = new { wijk = "atlantis" } }, sleutel: uitvraag.TeamSleutel);

        Assert.Equal("UNKNOWN_WIJK", antwoord.EersteCode);
        Assert.StartsWith("De wijk 'atlantis' bestaat niet. Kies uit: buytenwegh, centrum, ", antwoord.EersteBericht, StringComparison.Ordinal);
        Assert.Null(antwoord.Data["uitvraag"]!["resultaten"]);
    }

    [Fact]
    public async Task UnpublishedResultsAreAnErrorForEveryoneButTheTeam()
    {
        var uitvraag = await MetZesReactiesAsync();
        var redacteur = await RedacteurSleutelAsync();
        await WijzigStatusAsync(uitvraag, "GESLOTEN");

        var anoniem = await _client.GraphQLAsync(Resultaten, new { id = uitvraag.Id });
        var anderTeam = await _client.GraphQLAsync(Resultaten, new { id = uitvraag.Id }, sleutel: uitvraag.AnderTeamSleutel);
        var vanRedacteur = await _client.GraphQLAsync(Resultaten, new { id = uitvraag.Id }, taal: "en", sleutel: redacteur);
        var team = await ResultatenAsync(uitvraag, sleutel: uitvraag.TeamSleutel);

        foreach (var antwoord in new[] { anoniem, anderTeam, vanRedacteur })
        {
            Assert.Equal("RESULTS_NOT_PUBLISHED", antwoord.EersteCode);
            Assert.Equal(["uitvraag", "resultaten"], antwoord.Errors![0]!["path"]!.AsArray().Select(p => p!.GetValue<string>()));
            Assert.NotNull(antwoord.Data["uitvraag"]!["titel"]);
            Assert.Null(antwoord.Data["uitvraag"]!["resultaten"]);
        }

        Assert.Equal("De resultaten van deze uitvraag zijn nog niet gepubliceerd. Het team van het traject publiceert ze als de uitvraag gesloten is.", anoniem.EersteBericht);
        Assert.StartsWith("The results of this consultation have not been published yet.", vanRedacteur.EersteBericht, StringComparison.Ordinal);
        Assert.Equal("6 100", T(team["totaal"]));
    }

    [Fact]
    public async Task PublishedResultsHideCountsBelowFiveFromThePublicButNotFromTheTeam()
    {
        var uitvraag = await MetNegenReactiesAsync();
        await WijzigStatusAsync(uitvraag, "GESLOTEN");
        await WijzigStatusAsync(uitvraag, "RESULTATEN_GEPUBLICEERD");

        var publiek = await ResultatenAsync(uitvraag);
        var team = await ResultatenAsync(uitvraag, sleutel: uitvraag.TeamSleutel);

        Assert.True(publiek["openbaar"]!.GetValue<bool>());
        Assert.Equal("9 100", T(publiek["totaal"]));
        Assert.Equal(["ONLINE 9 100", "PAPIER 0 0", "GESPREK 0 0"], Tellingen(publiek["perKanaal"], t => t["kanaal"]));
        // 9 − 7 would give Oosterheem's 2 back, so Seghwaert's 7 is hidden with it.
        Assert.Equal(["oosterheem <5", "seghwaert <5"], Tellingen(publiek["perWijk"], t => t["wijk"]!["slug"]));
        var verborgen = publiek["perWijk"]![0]!["telling"]!;
        Assert.Null(verborgen["aantal"]);
        Assert.Null(verborgen["percentage"]);
        Assert.True(verborgen["onderDrempel"]!.GetValue<bool>());
        Assert.Equal("verborgen", verborgen["weergave"]!.GetValue<string>());
        Assert.Equal("verborgen", publiek["perWijk"]![1]!["telling"]!["weergave"]!.GetValue<string>());

        var vragen = publiek["vragen"]!.AsArray();
        Assert.Equal(["Een vaste plek 6 66.7"], Tellingen(vragen[0]!["helpendeFactoren"], f => f["tekst"]));
        // The own factor "Geen buurthuis" (2 people) is left out; the listed factor "Te weinig tijd" (2) shows as hidden.
        Assert.Equal(["Te weinig bankjes 5 55.6", "Te weinig tijd <5"], Tellingen(vragen[0]!["remmendeFactoren"], f => f["tekst"]));
        // 9 − 0 − 7 would give "Vaak" back: "Soms" is hidden with it.
        Assert.Equal(["Nooit 0 0", "Soms <5", "Vaak <5"], Tellingen(vragen[1]!["opties"], o => o["optie"]!["tekst"]));
        // Only 3 answered this vraag: every number of it is hidden, the zeros too.
        Assert.Equal("<5", T(vragen[2]!["aantalReacties"]));
        Assert.Equal(["Informatie <5", "Vervoer <5", "Gezelschap <5", "Geld <5"], Tellingen(vragen[2]!["opties"], o => o["optie"]!["tekst"]));
        Assert.Equal(["1 0 0", "2 <5", "3 <5", "4 5 55.6", "5 <5"], Tellingen(vragen[3]!["schaal"]!["verdeling"], w => w["waarde"]));
        // Mean and median would give the hidden counts of the distribution back.
        Assert.Null(vragen[3]!["schaal"]!["gemiddelde"]);
        Assert.Null(vragen[3]!["schaal"]!["mediaan"]);
        Assert.All(vragen, v => Assert.Null(v!["openAntwoorden"]));

        Assert.False(team["openbaar"]!.GetValue<bool>());
        Assert.Equal(["oosterheem 2 22.2", "seghwaert 7 77.8"], Tellingen(team["perWijk"], t => t["wijk"]!["slug"]));
        Assert.Equal(["Te weinig bankjes 5 55.6", "Te weinig tijd 2 22.2", "Geen buurthuis 2 22.2"], Tellingen(team["vragen"]![0]!["remmendeFactoren"], f => f["tekst"]));
        Assert.Equal(["Nooit 0 0", "Soms 7 77.8", "Vaak 2 22.2"], Tellingen(team["vragen"]![1]!["opties"], o => o["optie"]!["tekst"]));
        Assert.Equal(["Informatie 3 100", "Vervoer 0 0", "Gezelschap 0 0", "Geld 0 0"], Tellingen(team["vragen"]![2]!["opties"], o => o["optie"]!["tekst"]));
        Assert.Equal(["Fijne buurt.", "Meer bankjes."], team["vragen"]![4]!["openAntwoorden"]!.AsArray().Select(a => a!.GetValue<string>()));
    }

    [Fact]
    public async Task ASegmentSmallerThanFiveHidesEverythingInPublic()
    {
        var uitvraag = await MetNegenReactiesAsync();
        await WijzigStatusAsync(uitvraag, "GESLOTEN");
        await WijzigStatusAsync(uitvraag, "RESULTATEN_GEPUBLICEERD");

        var oosterheem = await ResultatenAsync(uitvraag, new { wijk = "oosterheem" }, taal: "en");

        Assert.Equal("<5", T(oosterheem["totaal"]));
        Assert.Equal("hidden", oosterheem["totaal"]!["weergave"]!.GetValue<string>());
        Assert.Equal(["ONLINE <5", "PAPIER <5", "GESPREK <5"], Tellingen(oosterheem["perKanaal"], t => t["kanaal"]));
        Assert.Equal(["Nooit <5", "Soms <5", "Vaak <5"], Tellingen(oosterheem["vragen"]![1]!["opties"], o => o["optie"]!["tekst"]));
        Assert.Null(oosterheem["vragen"]![3]!["schaal"]!["gemiddelde"]);
        Assert.Null(oosterheem["vragen"]![3]!["schaal"]!["mediaan"]);
    }

    [Fact]
    public async Task OnlyTheTeamAndTheBeheerderChangeTheStatusAndOnlyAlongTheAllowedSteps()
    {
        var uitvraag = await TestUitvraag.MaakAsync(server, UitvraagStatus.Concept);
        var beheerder = await SleutelAsync(Rol.Beheerder);
        var variabelen = (string status) => new { id = uitvraag.Id, status };

        var anoniem = await _client.GraphQLAsync(StatusWijzigen, variabelen("OPEN"));
        var anderTeam = await _client.GraphQLAsync(StatusWijzigen, variabelen("OPEN"), sleutel: uitvraag.AnderTeamSleutel);
        var overslaan = await _client.GraphQLAsync(StatusWijzigen, variabelen("GESLOTEN"), sleutel: uitvraag.TeamSleutel);
        var open = await WijzigStatusAsync(uitvraag, "OPEN");
        var nogmaalsOpen = await WijzigStatusAsync(uitvraag, "OPEN");
        var gesloten = await WijzigStatusAsync(uitvraag, "GESLOTEN");
        var heropenen = await _client.GraphQLAsync(StatusWijzigen, variabelen("OPEN"), taal: "en", sleutel: uitvraag.TeamSleutel);
        var gepubliceerd = await WijzigStatusAsync(uitvraag, "RESULTATEN_GEPUBLICEERD");
        var teruggetrokken = await WijzigStatusAsync(uitvraag, "GESLOTEN", beheerder);
        var nietGepubliceerd = await _client.GraphQLAsync(Resultaten, new { id = uitvraag.Id });

        Assert.Equal("NOT_FOUND", anoniem.EersteCode);
        Assert.Equal("NOT_FOUND", anderTeam.EersteCode);
        Assert.Equal("INVALID_STATUS_TRANSITION", overslaan.EersteCode);
        Assert.Equal("De status kan niet van 'CONCEPT' naar 'GESLOTEN'. Mogelijk is: CONCEPT → OPEN → GESLOTEN → RESULTATEN_GEPUBLICEERD, en van RESULTATEN_GEPUBLICEERD terug naar GESLOTEN.", overslaan.EersteBericht);
        Assert.Equal("OPEN", open["status"]!.GetValue<string>());
        Assert.True(open["open"]!.GetValue<bool>());
        Assert.Equal("OPEN", nogmaalsOpen["status"]!.GetValue<string>());
        Assert.Equal("GESLOTEN", gesloten["status"]!.GetValue<string>());
        Assert.False(gesloten["open"]!.GetValue<bool>());
        Assert.Equal("INVALID_STATUS_TRANSITION", heropenen.EersteCode);
        Assert.StartsWith("The status cannot change from 'GESLOTEN' to 'OPEN'.", heropenen.EersteBericht, StringComparison.Ordinal);
        Assert.Equal("RESULTATEN_GEPUBLICEERD", gepubliceerd["status"]!.GetValue<string>());
        Assert.Equal("GESLOTEN", teruggetrokken["status"]!.GetValue<string>());
        Assert.Equal("RESULTS_NOT_PUBLISHED", nietGepubliceerd.EersteCode);
    }

    [Fact]
    public async Task AVisibleUitvraagTellsOutsidersTheyMayNotChangeIt()
    {
        var uitvraag = await TestUitvraag.MaakAsync(server);
        var redacteur = await RedacteurSleutelAsync();

        var anoniem = await _client.GraphQLAsync(StatusWijzigen, new { id = uitvraag.Id, status = "GESLOTEN" });
        var anderTeam = await _client.GraphQLAsync(StatusWijzigen, new { id = uitvraag.Id, status = "GESLOTEN" }, sleutel: uitvraag.AnderTeamSleutel);
        var vanRedacteur = await _client.GraphQLAsync(StatusWijzigen, new { id = uitvraag.Id, status = "GESLOTEN" }, sleutel: redacteur);
        var status = (await _client.GraphQLAsync("query($id: ID!) { uitvraag(id: $id) { status } }", new { id = uitvraag.Id })).ZonderFouten();

        Assert.Equal("UNAUTHENTICATED", anoniem.EersteCode);
        Assert.Equal("FORBIDDEN", anderTeam.EersteCode);
        Assert.Equal("FORBIDDEN", vanRedacteur.EersteCode);
        Assert.Equal("OPEN", status.Data["uitvraag"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheExampleMutationPublishesTheResults()
    {
        var uitvraag = await TestUitvraag.MaakAsync(server, UitvraagStatus.Gesloten);
        var document = await File.ReadAllTextAsync(Path.Combine(Repository.Map, "examples", "mutations", "uitvraagStatusWijzigen.graphql"));

        var antwoord = (await _client.GraphQLAsync(document, new { id = uitvraag.Id }, sleutel: uitvraag.TeamSleutel)).ZonderFouten();
        var publiek = (await _client.GraphQLAsync(Resultaten, new { id = uitvraag.Id })).ZonderFouten();

        Assert.Equal("RESULTATEN_GEPUBLICEERD", antwoord.Data["uitvraagStatusWijzigen"]!["status"]!.GetValue<string>());
        Assert.True(publiek.Data["uitvraag"]!["resultaten"]!["openbaar"]!.GetValue<bool>());
        Assert.Equal("0 -", T(publiek.Data["uitvraag"]!["resultaten"]!["totaal"]));
    }

    [Fact]
    public async Task ResultsCostTheSameNumberOfStatementsForTenAndForAHundredReacties()
    {
        var uitvraag = await TestUitvraag.MaakAsync(server);
        var variabelen = new { id = uitvraag.Id, segment = new { wijk = "seghwaert" } };

        await uitvraag.VoegReactiesToeAsync(server, 10, eigenFactoren: 7);
        server.SqlTeller.Reset();
        var tien = (await _client.GraphQLAsync(Resultaten, variabelen, sleutel: uitvraag.TeamSleutel)).ZonderFouten();
        var statementsBijTien = server.SqlTeller.Aantal;

        await uitvraag.VoegReactiesToeAsync(server, 90, eigenFactoren: 7);
        server.SqlTeller.Reset();
        var honderd = (await _client.GraphQLAsync(Resultaten, variabelen, sleutel: uitvraag.TeamSleutel)).ZonderFouten();
        var statementsBijHonderd = server.SqlTeller.Aantal;

        Assert.Equal("10 100", T(tien.Data["uitvraag"]!["resultaten"]!["totaal"]));
        Assert.Equal("100 100", T(honderd.Data["uitvraag"]!["resultaten"]!["totaal"]));
        Assert.Equal(50, honderd.Data["uitvraag"]!["resultaten"]!["vragen"]![4]!["openAntwoorden"]!.AsArray().Count);
        Assert.Equal(statementsBijTien, statementsBijHonderd);
        // The API key, the uitvraag, the wijk of the segment, the vragen, three counts, two for own factors, the
        // names of the wijken and the open answers.
        Assert.True(statementsBijHonderd <= 11, $"{statementsBijHonderd} statements");
    }

    [Fact]
    public async Task TheResultsOfSeveralUitvragenInOneRequestAreComputedTogether()
    {
        var een = await TestUitvraag.MaakAsync(server, UitvraagStatus.ResultatenGepubliceerd);
        var twee = await TestUitvraag.MaakAsync(server, UitvraagStatus.ResultatenGepubliceerd);
        await een.VoegReactiesToeAsync(server, 12, eigenFactoren: 7);
        await twee.VoegReactiesToeAsync(server, 30, eigenFactoren: 7);
        const string Query = "query($ids: [ID!]!) { nodes(ids: $ids) { ... on Uitvraag { resultaten { totaal { aantal } vragen { opties { telling { aantal } } } } } } }";

        server.SqlTeller.Reset();
        (await _client.GraphQLAsync(Query, new { ids = new[] { een.Id } })).ZonderFouten();
        var statementsVoorEen = server.SqlTeller.Aantal;
        server.SqlTeller.Reset();
        var beide = (await _client.GraphQLAsync(Query, new { ids = new[] { een.Id, twee.Id } })).ZonderFouten();
        var statementsVoorTwee = server.SqlTeller.Aantal;

        Assert.Equal([12, 30], beide.Data["nodes"]!.AsArray().Select(n => n!["resultaten"]!["totaal"]!["aantal"]!.GetValue<int>()));
        Assert.Equal(statementsVoorEen, statementsVoorTwee);
    }

    /// <summary>
    /// Six reacties with known answers: four online, two on paper entered by the team; three from Seghwaert and
    /// three from Oosterheem; four inwoners and two vrijwilligers.
    /// </summary>
    private async Task<TestUitvraag> MetZesReactiesAsync()
    {
        var u = await TestUitvraag.MaakAsync(server);
        await DienInAsync(u, u.Reactie( "seghwaert", "INWONERS", 1, [0, 2], 4, [u.Helpend(0), TestUitvraag.Remmend("Te weinig bankjes")], "Meer ontmoeting."));
        await DienInAsync(u, u.Reactie( "seghwaert", "INWONERS", 1, [0], 5, [u.Helpend(0), TestUitvraag.Remmend("te weinig  BANKJES")]));
        await DienInAsync(u, u.Reactie( "seghwaert", "VRIJWILLIGERS", 2, [1], 3, [u.Helpend(0), u.Remmend(1)]));
        await DienInAsync(u, u.Reactie( "oosterheem", "INWONERS", 0, [], 2, [u.Helpend(2), TestUitvraag.Remmend("Te weinig bankjes")], "Graag een bankje."));
        await DienInAsync(u, u.Reactie( "oosterheem", "INWONERS", 1, [0, 3], 4, [u.Remmend(1)], kanaal: "PAPIER"), u.TeamSleutel);
        await DienInAsync(u, u.Reactie( "oosterheem", "VRIJWILLIGERS", 1, [3], 1, [u.Helpend(0), TestUitvraag.Remmend("Geen buurthuis")], kanaal: "PAPIER"), u.TeamSleutel);
        return u;
    }

    /// <summary>
    /// Nine online reacties, seven from Seghwaert: some counts reach five, others stay below it. Only three answer
    /// the vraag with several choices.
    /// </summary>
    private async Task<TestUitvraag> MetNegenReactiesAsync()
    {
        var u = await TestUitvraag.MaakAsync(server);
        var bankjes = new[] { "Te weinig bankjes", "te weinig bankjes", "Te  weinig bankjes", "Te weinig bankjes", "TE WEINIG BANKJES" };
        var schaal = new[] { 2, 3, 3, 4, 4, 4, 4, 4, 5 };
        for (var i = 0; i < 9; i++)
        {
            var factoren = new List<object>();
            if (i < 6)
            {
                factoren.Add(u.Helpend(0));
            }

            factoren.Add(i switch
            {
                < 5 => TestUitvraag.Remmend(bankjes[i]),
                < 7 => TestUitvraag.Remmend("Geen buurthuis"),
                _ => u.Remmend(1),
            });
            await DienInAsync(u, u.Reactie(
                i < 7 ? "seghwaert" : "oosterheem",
                "INWONERS",
                i < 7 ? 1 : 2,
                i < 3 ? [0] : [],
                schaal[i],
                [.. factoren],
                i switch { 0 => "Fijne buurt.", 4 => "Meer bankjes.", _ => null }));
        }

        return u;
    }



    private async Task DienInAsync(TestUitvraag uitvraag, Dictionary<string, object?> invoer, string? sleutel = null)
    {
        var resultaat = (await _client.GraphQLAsync(Indienen, new { invoer }, sleutel: sleutel)).ZonderFouten().Data["reactieIndienen"]!;
        Assert.True(resultaat["gelukt"]!.GetValue<bool>(), resultaat.ToJsonString());
    }

    private async Task<JsonNode> ResultatenAsync(TestUitvraag uitvraag, object? segment = null, string? sleutel = null, string? taal = null) =>
        (await _client.GraphQLAsync(Resultaten, new { id = uitvraag.Id, segment }, taal, sleutel: sleutel)).ZonderFouten().Data["uitvraag"]!["resultaten"]!;

    private async Task<JsonNode> WijzigStatusAsync(TestUitvraag uitvraag, string status, string? sleutel = null) =>
        (await _client.GraphQLAsync(StatusWijzigen, new { id = uitvraag.Id, status }, sleutel: sleutel ?? uitvraag.TeamSleutel)).ZonderFouten().Data["uitvraagStatusWijzigen"]!;

    private async Task<string> SleutelAsync(Rol rol, int? organisatieId = null) =>
        (await server.Services.GetRequiredService<ApiSleutels>().MaakAsync(rol, organisatieId, null, "resultaten-test")).Sleutel;

    private async Task<string> RedacteurSleutelAsync()
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>().CreateDbContextAsync();
        return await SleutelAsync(Rol.Redacteur, await db.Organisaties.OrderBy(o => o.Id).Select(o => o.Id).FirstAsync());
    }

    /// <summary>A telling as "aantal percentage", or "&lt;5" when it is hidden.</summary>
    private static string T(JsonNode? telling)
    {
        if (telling!["onderDrempel"]!.GetValue<bool>())
        {
            return "<5";
        }

        var percentage = telling["percentage"] is { } p ? p.GetValue<double>().ToString(CultureInfo.InvariantCulture) : "-";
        return $"{telling["aantal"]!.GetValue<int>()} {percentage}";
    }

    private static List<string> Tellingen(JsonNode? lijst, Func<JsonNode, JsonNode?> naam) =>
        [.. lijst!.AsArray().Select(t => $"{naam(t!)!.ToString()} {T(t!["telling"])}")];
}
