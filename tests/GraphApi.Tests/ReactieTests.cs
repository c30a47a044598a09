using System.Net;
using System.Text.Json.Nodes;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Participatie;

namespace SociaalNetwerk.GraphApi.Tests;

[Collection(ServerCollectie.Naam)]
public sealed class ReactieTests(SociaalNetwerkServer server)
{
    private const string Indienen = "mutation($invoer: ReactieInvoer!) { reactieIndienen(invoer: $invoer) { gelukt ontvangstcode ingediendOp fouten { vraagId veld code bericht } } }";

    private readonly HttpClient _client = server.MaakClient();

    private async Task<JsonNode> DienInAsync(object invoer, string? sleutel = null, string? taal = null)
    {
        var antwoord = (await _client.GraphQLAsync(Indienen, new { invoer }, taal, sleutel: sleutel)).ZonderFouten();
        return antwoord.Data["reactieIndienen"]!;
    }

    [Fact]
    public async Task AValidReactieIsStoredAndGetsAnOntvangstcode()
    {
        var uitvraag = await TestUitvraag.MaakAsync(server);

        var resultaat = await DienInAsync(uitvraag.GeldigeReactie());

        Assert.True(resultaat["gelukt"]!.GetValue<bool>());
        Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$", resultaat["ontvangstcode"]!.GetValue<string>());
        Assert.Empty(resultaat["fouten"]!.AsArray());
        Assert.Equal(1, await uitvraag.AantalReactiesAsync(server));
    }

    [Fact]
    public async Task ARetryWithTheSameKeyReturnsTheFirstResultAndStoresNothingNew()
    {
        var uitvraag = await TestUitvraag.MaakAsync(server);
        var invoer = uitvraag.GeldigeReactie(Guid.NewGuid().ToString());

        var eerste = await DienInAsync(invoer);
        var tweede = await DienInAsync(invoer);

        Assert.Equal(eerste["ontvangstcode"]!.GetValue<string>(), tweede["ontvangstcode"]!.GetValue<string>());
        Assert.Equal(eerste["ingediendOp"]!.GetValue<string>(), tweede["ingediendOp"]!.GetValue<string>());
        Assert.Equal(1, await uitvraag.AantalReactiesAsync(server));
    }

    public static TheoryData<string, string> OngeldigeAntwoorden() => new()
    {
        { "REQUIRED", "geef een antwoord; deze vraag is verplicht." },
        { "OPTION_NOT_IN_QUESTION", "een gekozen optie hoort niet bij deze vraag." },
        { "SCALE_OUT_OF_RANGE", "kies een getal van 1 tot en met 5." },
        { "TOO_LONG", "het antwoord mag hoogstens 50 tekens hebben; het heeft er 51." },
        { "TOO_MANY_CHOICES", "kies hoogstens 2 opties." },
        { "ONE_CHOICE", "kies hoogstens 1 optie." },
        { "WRONG_ANSWER_TYPE", "dit soort antwoord past niet bij deze vraag." },
        { "INVALID_FACTOR", "kies bij elke factor een factor uit de lijst óf schrijf een eigen factor, niet allebei." },
    };

    [Theory]
    [MemberData(nameof(OngeldigeAntwoorden))]
    public async Task EveryRuleGivesALocalisedErrorThatNamesTheVraagAndStoresNothing(string geval, string bericht)
    {
        var uitvraag = await TestUitvraag.MaakAsync(server);
        var invoer = uitvraag.GeldigeReactie();
        var antwoorden = (object[])invoer["antwoorden"]!;
        var (index, vervanging, code, nummer, tekst) = geval switch
        {
            "REQUIRED" => (3, (object)new { vraagId = uitvraag.Schaal }, "REQUIRED", 4, "Hoe sterk is uw buurt?"),
            "OPTION_NOT_IN_QUESTION" => (1, new { vraagId = uitvraag.EenKeuze, optieIds = new[] { uitvraag.MeerdereKeuzesOpties[0] } }, geval, 2, "Hoe vaak doet u mee?"),
            "SCALE_OUT_OF_RANGE" => (3, new { vraagId = uitvraag.Schaal, getal = 6 }, geval, 4, "Hoe sterk is uw buurt?"),
            "TOO_LONG" => (4, new { vraagId = uitvraag.Open, tekst = new string('x', 51) }, geval, 5, "Nog iets?"),
            "TOO_MANY_CHOICES" => (2, new { vraagId = uitvraag.MeerdereKeuzes, optieIds = uitvraag.MeerdereKeuzesOpties.Take(3).ToArray() }, geval, 3, "Wat heeft u nodig?"),
            "ONE_CHOICE" => (1, new { vraagId = uitvraag.EenKeuze, optieIds = uitvraag.EenKeuzeOpties.Take(2).ToArray() }, "TOO_MANY_CHOICES", 2, "Hoe vaak doet u mee?"),
            "WRONG_ANSWER_TYPE" => (3, new { vraagId = uitvraag.Schaal, tekst = "vier" }, geval, 4, "Hoe sterk is uw buurt?"),
            _ => (0, new { vraagId = uitvraag.Factoren, factoren = new[] { new { soort = "HELPEND", optieId = uitvraag.FactorOpties[0], tekst = "ook eigen" } } }, "INVALID_FACTOR", 1, "Wat helpt en wat remt?"),
        };
        antwoorden[index] = vervanging;

        var resultaat = await DienInAsync(invoer);

        Assert.False(resultaat["gelukt"]!.GetValue<bool>());
        Assert.Null(resultaat["ontvangstcode"]);
        var fout = Assert.Single(resultaat["fouten"]!.AsArray())!;
        Assert.Equal(code, fout["code"]!.GetValue<string>());
        Assert.Equal($"Vraag {nummer} ('{tekst}'): {bericht}", fout["bericht"]!.GetValue<string>());
        Assert.NotNull(fout["vraagId"]);
        Assert.Equal(0, await uitvraag.AantalReactiesAsync(server));
    }

    [Fact]
    public async Task FieldErrorsAreInTheRequestLanguage()
    {
        var uitvraag = await TestUitvraag.MaakAsync(server);
        var invoer = uitvraag.GeldigeReactie();
        ((object[])invoer["antwoorden"]!)[3] = new { vraagId = uitvraag.Schaal, getal = 0 };

        var resultaat = await DienInAsync(invoer, taal: "en");

        Assert.Equal("Question 4 ('Hoe sterk is uw buurt?'): choose a number from 1 to 5.", resultaat["fouten"]![0]!["bericht"]!.GetValue<string>());
    }

    [Fact]
    public async Task ContactDetailsNeedConsentAndAValidAddress()
    {
        var uitvraag = await TestUitvraag.MaakAsync(server);
        var invoer = uitvraag.GeldigeReactie();
        invoer["contact"] = new { toestemming = false, naam = "Fatima", email = "geen-adres" };

        var resultaat = await DienInAsync(invoer);

        Assert.Equal(["CONSENT_REQUIRED", "INVALID_EMAIL"], resultaat["fouten"]!.AsArray().Select(f => f!["code"]!.GetValue<string>()));
        Assert.Equal(["contact.toestemming", "contact.email"], resultaat["fouten"]!.AsArray().Select(f => f!["veld"]!.GetValue<string>()));
    }

    [Fact]
    public async Task AnOwnFactorIsRefusedWhenTheVraagOnlyAllowsTheList()
    {
        var uitvraag = await TestUitvraag.MaakAsync(server, eigenFactoren: false);

        var resultaat = await DienInAsync(uitvraag.GeldigeReactie());

        Assert.Equal("OWN_FACTOR_NOT_ALLOWED", resultaat["fouten"]![0]!["code"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(UitvraagStatus.Gesloten)]
    [InlineData(UitvraagStatus.ResultatenGepubliceerd)]
    public async Task AClosedUitvraagRefusesOnlineReacties(UitvraagStatus status)
    {
        var uitvraag = await TestUitvraag.MaakAsync(server, status);

        var antwoord = await _client.GraphQLAsync(Indienen, new { invoer = uitvraag.GeldigeReactie() });

        Assert.Equal("UITVRAAG_NOT_OPEN", antwoord.EersteCode);
        Assert.Equal(0, await uitvraag.AantalReactiesAsync(server));
    }

    [Fact]
    public async Task ADraftUitvraagDoesNotExistForThepublic()
    {
        var uitvraag = await TestUitvraag.MaakAsync(server, UitvraagStatus.Concept);

        var lezen = (await _client.GraphQLAsync("query($id: ID!) { uitvraag(id: $id) { titel } }", new { id = uitvraag.Id })).ZonderFouten();
        var indienen = await _client.GraphQLAsync(Indienen, new { invoer = uitvraag.GeldigeReactie() });
        var team = (await _client.GraphQLAsync("query($id: ID!) { uitvraag(id: $id) { titel } }", new { id = uitvraag.Id }, sleutel: uitvraag.TeamSleutel)).ZonderFouten();

        Assert.Null(lezen.Data["uitvraag"]);
        Assert.Equal("NOT_FOUND", indienen.EersteCode);
        Assert.Equal("Testuitvraag", team.Data["uitvraag"]!["titel"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheRespondentWithdrawsTheirReactieWithTheOntvangstcode()
    {
        var uitvraag = await TestUitvraag.MaakAsync(server);
        var code = (await DienInAsync(uitvraag.GeldigeReactie()))["ontvangstcode"]!.GetValue<string>();
        const string Intrekken = "mutation($code: String!) { reactieIntrekken(ontvangstcode: $code) { ingetrokken } }";

        var verkeerd = (await _client.GraphQLAsync(Intrekken, new { code = "AAAA-AAAA-AAAA" })).ZonderFouten();
        var goed = (await _client.GraphQLAsync(Intrekken, new { code = " " + code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal) })).ZonderFouten();
        var nogmaals = (await _client.GraphQLAsync(Intrekken, new { code })).ZonderFouten();

        Assert.False(verkeerd.Data["reactieIntrekken"]!["ingetrokken"]!.GetValue<bool>());
        Assert.True(goed.Data["reactieIntrekken"]!["ingetrokken"]!.GetValue<bool>());
        Assert.False(nogmaals.Data["reactieIntrekken"]!["ingetrokken"]!.GetValue<bool>());
        Assert.Equal(0, await uitvraag.AantalReactiesAsync(server));
    }

    [Fact]
    public async Task TheTeamEntersPaperReactiesAndNobodyElseCan()
    {
        var uitvraag = await TestUitvraag.MaakAsync(server);
        var invoer = uitvraag.GeldigeReactie();
        invoer["kanaal"] = "PAPIER";

        var anoniem = await _client.GraphQLAsync(Indienen, new { invoer });
        var anderTeam = await _client.GraphQLAsync(Indienen, new { invoer }, sleutel: uitvraag.AnderTeamSleutel);
        var team = await DienInAsync(invoer, uitvraag.TeamSleutel);
        var reacties = (await _client.GraphQLAsync("query($id: ID!) { uitvraag(id: $id) { reacties { nodes { kanaal ingevoerdDoor } } } }", new { id = uitvraag.Id }, sleutel: uitvraag.TeamSleutel)).ZonderFouten();

        Assert.Equal("UNAUTHENTICATED", anoniem.EersteCode);
        Assert.Equal("FORBIDDEN", anderTeam.EersteCode);
        Assert.True(team["gelukt"]!.GetValue<bool>());
        var reactie = reacties.Data["uitvraag"]!["reacties"]!.Nodes().Single();
        Assert.Equal("PAPIER", reactie["kanaal"]!.GetValue<string>());
        Assert.StartsWith("sn_", reactie["ingevoerdDoor"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARobotThatFillsTheHoneypotIsToldItWorkedButNothingIsStored()
    {
        var uitvraag = await TestUitvraag.MaakAsync(server);
        var invoer = uitvraag.GeldigeReactie();
        invoer["website"] = "http://spam.example";

        var resultaat = await DienInAsync(invoer);

        Assert.True(resultaat["gelukt"]!.GetValue<bool>());
        Assert.Equal(0, await uitvraag.AantalReactiesAsync(server));
    }

    [Fact]
    public async Task TheUitvraagIsShownInTheAskedLanguageOnlyWhenItIsCompletelyTranslated()
    {
        var uitvraag = await TestUitvraag.MaakAsync(server);
        const string Query = "query($id: ID!, $taal: Taal) { uitvraag(id: $id, taal: $taal) { taal titel beschikbareTalen vragen { tekst opties { tekst } } } }";

        // The test uitvraag has an English and Arabic title and English questions, but its introduction and options are Dutch only.
        var arabisch = (await _client.GraphQLAsync(Query, new { id = uitvraag.Id, taal = "AR" })).ZonderFouten().Data["uitvraag"]!;
        var viaHeader = (await _client.GraphQLAsync(Query, new { id = uitvraag.Id }, taal: "en")).ZonderFouten().Data["uitvraag"]!;
        var demo = (await _client.GraphQLAsync(Query, new { id = GlobalId.Maak("Uitvraag", 1), taal = "AR" })).ZonderFouten().Data["uitvraag"]!;

        Assert.Equal(("NL", "Testuitvraag"), (arabisch["taal"]!.GetValue<string>(), arabisch["titel"]!.GetValue<string>()));
        Assert.Equal("Wat helpt en wat remt?", arabisch["vragen"]![0]!["tekst"]!.GetValue<string>());
        Assert.Equal(("NL", "Testuitvraag"), (viaHeader["taal"]!.GetValue<string>(), viaHeader["titel"]!.GetValue<string>()));
        Assert.Equal("Wat helpt en wat remt?", viaHeader["vragen"]![0]!["tekst"]!.GetValue<string>());
        Assert.Equal(["NL"], arabisch["beschikbareTalen"]!.AsArray().Select(t => t!.GetValue<string>()));

        // The demo's Visie uitvraag is complete in English and Arabic.
        Assert.Equal("AR", demo["taal"]!.GetValue<string>());
        Assert.Matches(@"\p{IsArabic}", demo["vragen"]![0]!["opties"]![0]!["tekst"]!.GetValue<string>());
        Assert.Equal(["NL", "EN", "AR"], demo["beschikbareTalen"]!.AsArray().Select(t => t!.GetValue<string>()));
    }

    [Fact]
    public async Task AnInvalidApiKeyIsRefusedNotTreatedAsAnonymous()
    {
        var antwoord = await _client.GraphQLAsync("{ wijken { naam } }", sleutel: "sn_bestaatniet_geheim");

        Assert.Equal(HttpStatusCode.Unauthorized, antwoord.Status);
        Assert.Equal("INVALID_API_KEY", antwoord.EersteCode);
    }

    [Fact]
    public async Task AliasedUitvraagFieldsAreLoadedTogether()
    {
        var een = await TestUitvraag.MaakAsync(server);
        var twee = await TestUitvraag.MaakAsync(server);
        using var client = server.MaakClient();

        async Task<int> TelAsync(string query, object variabelen)
        {
            server.SqlTeller.Reset();
            (await client.GraphQLAsync(query, variabelen)).ZonderFouten();
            return server.SqlTeller.Aantal;
        }

        var enkel = await TelAsync("query($a: ID!) { a: uitvraag(id: $a) { titel vragen { tekst } } }", new { a = een.Id });
        var dubbel = await TelAsync("query($a: ID!, $b: ID!) { a: uitvraag(id: $a) { titel vragen { tekst } } b: uitvraag(id: $b) { titel vragen { tekst } } }", new { a = een.Id, b = twee.Id });

        Assert.Equal(enkel, dubbel);
    }
}
