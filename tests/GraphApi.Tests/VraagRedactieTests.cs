using SociaalNetwerk.GraphApi.Tests.Infrastructuur;
using SociaalNetwerk.Schema.Participatie;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// Authoring the questions of an uitvraag (issue 12): <c>vraagToevoegen</c>, <c>vraagWijzigen</c>,
/// <c>vraagVerplaatsen</c> and <c>vraagVerwijderen</c> over HTTP, every type with its validation codes, options that
/// keep their id, and the freeze rule once an uitvraag has reacties (test reacties do not count).
/// </summary>
[Collection(ServerCollectie.Naam)]
public sealed class VraagRedactieTests(SociaalNetwerkServer server)
{
    private const string VraagVelden = "id nummer type tekst toelichting verplicht maxLengte maxKeuzes schaalMin schaalMax schaalLabelMin schaalLabelMax eigenFactorenToegestaan opties { id tekst }";

    private const string Toevoegen = "mutation($uitvraagId: ID!, $invoer: VraagInvoer!) { vraagToevoegen(uitvraagId: $uitvraagId, invoer: $invoer) { gelukt vraag { " + VraagVelden + " } fouten { veld code bericht } } }";

    private const string Wijzigen = "mutation($id: ID!, $invoer: VraagInvoer!) { vraagWijzigen(id: $id, invoer: $invoer) { gelukt vraag { " + VraagVelden + " } fouten { veld code bericht } } }";

    private const string Verplaatsen = "mutation($id: ID!, $naar: Int!) { vraagVerplaatsen(id: $id, naarNummer: $naar) { gelukt vraag { id nummer } fouten { veld code bericht } } }";

    private const string Verwijderen = "mutation($id: ID!) { vraagVerwijderen(id: $id) { id uitvraag { vragen { id nummer } } } }";

    private const string Vragen = "query($id: ID!, $taal: Taal) { uitvraag(id: $id, taal: $taal) { vragen { " + VraagVelden + " } } }";

    private const string Indienen = "mutation($invoer: ReactieInvoer!) { reactieIndienen(invoer: $invoer) { gelukt fouten { code } } }";

    private readonly HttpClient _client = server.MaakClient();

    private static object Tekst(string nl, string? en = null) => en is null ? new { nl } : new { nl, en };

    private async Task<JsonNode> ToevoegenAsync(TestUitvraag uitvraag, object invoer, string? sleutel = null, string? taal = null) =>
        (await _client.GraphQLAsync(Toevoegen, new { uitvraagId = uitvraag.Id, invoer }, taal: taal, sleutel: sleutel ?? uitvraag.TeamSleutel)).ZonderFouten().Data["vraagToevoegen"]!;

    private async Task<JsonNode> WijzigenAsync(TestUitvraag uitvraag, string id, object invoer) =>
        (await _client.GraphQLAsync(Wijzigen, new { id, invoer }, sleutel: uitvraag.TeamSleutel)).ZonderFouten().Data["vraagWijzigen"]!;

    private async Task<List<JsonNode>> VragenAsync(TestUitvraag uitvraag, string? taal = null) =>
        [.. (await _client.GraphQLAsync(Vragen, new { id = uitvraag.Id, taal }, sleutel: uitvraag.TeamSleutel)).ZonderFouten().Data["uitvraag"]!["vragen"]!.AsArray().Select(v => v!)];

    private static List<string> Codes(JsonNode resultaat) => [.. resultaat["fouten"]!.AsArray().Select(f => f!["veld"]!.GetValue<string>() + " " + f["code"]!.GetValue<string>())];

    private static List<string> Opties(JsonNode vraag, string veld = "id") => [.. vraag["opties"]!.AsArray().Select(o => o![veld]!.GetValue<string>())];

    [Fact]
    public async Task TheTeamAddsAQuestionOfEveryTypeWithItsOptionsInOrderAndTranslations()
    {
        var uitvraag = await TestUitvraag.MaakAsync(server, UitvraagStatus.Concept);

        var open = await ToevoegenAsync(uitvraag, new { type = "OPEN_TEKST", tekst = Tekst("Wat mist u?", "What is missing?"), toelichting = Tekst("Kort graag."), maxLengte = 300 });
        var een = await ToevoegenAsync(uitvraag, new { type = "EEN_KEUZE", verplicht = true, tekst = Tekst("Woont u hier?"), opties = new[] { new { tekst = Tekst("Ja", "Yes") }, new { tekst = Tekst("Nee", "No") } } });
        var meer = await ToevoegenAsync(uitvraag, new { type = "MEERDERE_KEUZES", tekst = Tekst("Wat doet u?"), maxKeuzes = 2, opties = new[] { new { tekst = Tekst("Sport") }, new { tekst = Tekst("Muziek") }, new { tekst = Tekst("Koken") } } });
        var schaal = await ToevoegenAsync(uitvraag, new { type = "SCHAAL", tekst = Tekst("Hoe tevreden?"), schaalMin = 1, schaalMax = 7, schaalLabelMin = Tekst("Helemaal niet", "Not at all"), schaalLabelMax = Tekst("Heel erg") });
        var factoren = await ToevoegenAsync(uitvraag, new { type = "FACTOREN", tekst = Tekst("Wat helpt, wat remt?"), maxKeuzes = 3, eigenFactorenToegestaan = true, opties = new[] { new { tekst = Tekst("Buren") } } });

        Assert.All(new[] { open, een, meer, schaal, factoren }, r => Assert.True(r["gelukt"]!.GetValue<bool>(), r.ToJsonString()));
        // The uitvraag is not completely in English, so it is shown in Dutch as a whole (never half translated);
        // which translations were stored shows in vertaalstatus.
        var vragen = await VragenAsync(uitvraag, "EN");
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], vragen.Select(v => v["nummer"]!.GetValue<int>()));
        var nieuw = vragen.Skip(5).ToList();
        Assert.Equal(["OPEN_TEKST", "EEN_KEUZE", "MEERDERE_KEUZES", "SCHAAL", "FACTOREN"], nieuw.Select(v => v["type"]!.GetValue<string>()));
        Assert.Equal("Wat mist u?", nieuw[0]["tekst"]!.GetValue<string>());
        Assert.Equal("Kort graag.", nieuw[0]["toelichting"]!.GetValue<string>());
        Assert.Equal(300, nieuw[0]["maxLengte"]!.GetValue<int>());
        Assert.Empty(nieuw[0]["opties"]!.AsArray());
        Assert.True(nieuw[1]["verplicht"]!.GetValue<bool>());
        Assert.Equal(["Ja", "Nee"], Opties(nieuw[1], "tekst"));
        Assert.Equal(["Sport", "Muziek", "Koken"], Opties(nieuw[2], "tekst"));
        Assert.Equal(2, nieuw[2]["maxKeuzes"]!.GetValue<int>());
        Assert.Equal([1, 7], new[] { nieuw[3]["schaalMin"]!.GetValue<int>(), nieuw[3]["schaalMax"]!.GetValue<int>() });
        Assert.Equal(["Helemaal niet", "Heel erg"], new[] { nieuw[3]["schaalLabelMin"]!.GetValue<string>(), nieuw[3]["schaalLabelMax"]!.GetValue<string>() });
        Assert.True(nieuw[4]["eigenFactorenToegestaan"]!.GetValue<bool>());
        Assert.Equal(["Buren"], Opties(nieuw[4], "tekst"));

        var status = (await _client.GraphQLAsync("query($id: ID!) { uitvraag(id: $id) { vertaalstatus { taal ontbreekt } } }", new { id = uitvraag.Id }, sleutel: uitvraag.TeamSleutel))
            .ZonderFouten().Data["uitvraag"]!["vertaalstatus"]!.AsArray().Single(s => s!["taal"]!.GetValue<string>() == "EN")!["ontbreekt"]!.AsArray().Select(o => o!.GetValue<string>()).ToList();
        Assert.DoesNotContain("vraag 6: tekst", status);
        Assert.Contains("vraag 6: toelichting", status);
        Assert.DoesNotContain("vraag 7: optie 1", status);
        Assert.DoesNotContain("vraag 7: optie 2", status);
        Assert.Contains("vraag 7: tekst", status);
        Assert.DoesNotContain("vraag 9: schaalLabelMin", status);
        Assert.Contains("vraag 9: schaalLabelMax", status);

        // A resident can answer the new questions straight away (once the uitvraag is open).
        Assert.Equal(6, open["vraag"]!["nummer"]!.GetValue<int>());
    }

    [Fact]
    public async Task InvalidQuestionsAreRefusedPerFieldWithStableCodesAndLocalisedMessagesAndNothingIsStored()
    {
        var uitvraag = await TestUitvraag.MaakAsync(server, UitvraagStatus.Concept);
        var gevallen = new (object Invoer, string[] Verwacht)[]
        {
            (new { type = "EEN_KEUZE", tekst = Tekst("Eén optie"), opties = new[] { new { tekst = Tekst("Ja") } } }, ["opties TOO_FEW_OPTIONS"]),
            (new { type = "MEERDERE_KEUZES", tekst = Tekst("Te veel keuzes"), maxKeuzes = 3, opties = new[] { new { tekst = Tekst("A") }, new { tekst = Tekst("B") } } }, ["maxKeuzes OUT_OF_RANGE"]),
            (new { type = "SCHAAL", tekst = Tekst("Omgekeerd"), schaalMin = 5, schaalMax = 3 }, ["schaalMax INVALID_SCALE"]),
            (new { type = "SCHAAL", tekst = Tekst("Zonder grenzen") }, ["schaalMin REQUIRED", "schaalMax REQUIRED"]),
            (new { type = "SCHAAL", tekst = Tekst("Te groot"), schaalMin = 0, schaalMax = 50 }, ["schaalMax OUT_OF_RANGE"]),
            (new { type = "OPEN_TEKST", tekst = Tekst("Met opties"), opties = new[] { new { tekst = Tekst("A") } } }, ["opties OPTIONS_NOT_ALLOWED"]),
            (new { type = "OPEN_TEKST", tekst = Tekst("Met schaal"), schaalMin = 1 }, ["schaalMin NOT_APPLICABLE"]),
            (new { type = "EEN_KEUZE", tekst = Tekst("Met maximum"), maxKeuzes = 1, opties = new[] { new { tekst = Tekst("A") }, new { tekst = Tekst("B") } } }, ["maxKeuzes NOT_APPLICABLE"]),
            (new { type = "FACTOREN", tekst = Tekst("Niets te kiezen"), eigenFactorenToegestaan = false }, ["opties TOO_FEW_OPTIONS"]),
            (new { type = "OPEN_TEKST", tekst = new { en = "English only" } }, ["tekst.nl REQUIRED"]),
            (new { type = "OPEN_TEKST", tekst = Tekst(new string('x', VraagRedactie.MaxTekstLengte + 1)) }, ["tekst.nl TOO_LONG"]),
            (new { type = "OPEN_TEKST", tekst = Tekst("Te lang antwoord"), maxLengte = 0 }, ["maxLengte OUT_OF_RANGE"]),
            (new { tekst = Tekst("Zonder type") }, ["type REQUIRED"]),
            (new { type = "EEN_KEUZE", tekst = Tekst("Lege optie"), opties = new[] { new { tekst = Tekst("A") }, new { tekst = Tekst(" ") } } }, ["opties[1].tekst.nl REQUIRED"]),
        };

        foreach (var (invoer, verwacht) in gevallen)
        {
            var resultaat = await ToevoegenAsync(uitvraag, invoer);
            Assert.False(resultaat["gelukt"]!.GetValue<bool>());
            Assert.Null(resultaat["vraag"]);
            Assert.Equal(verwacht, Codes(resultaat));
            Assert.All(resultaat["fouten"]!.AsArray(), f => Assert.False(string.IsNullOrWhiteSpace(f!["bericht"]!.GetValue<string>())));
        }

        Assert.Equal(5, (await VragenAsync(uitvraag)).Count);

        var nl = await ToevoegenAsync(uitvraag, gevallen[0].Invoer, taal: "nl");
        var en = await ToevoegenAsync(uitvraag, gevallen[0].Invoer, taal: "en");
        Assert.Equal("'opties' heeft minstens 2 opties nodig.", nl["fouten"]![0]!["bericht"]!.GetValue<string>());
        Assert.Equal("'opties' needs at least 2 options.", en["fouten"]![0]!["bericht"]!.GetValue<string>());

        // The count takes its language's plural form (CLDR): "2 opcje" in Polish, the dual in Arabic.
        var pl = await ToevoegenAsync(uitvraag, gevallen[0].Invoer, taal: "pl");
        var ar = await ToevoegenAsync(uitvraag, gevallen[0].Invoer, taal: "ar");
        Assert.Equal("'opties' wymaga co najmniej 2 opcje.", pl["fouten"]![0]!["bericht"]!.GetValue<string>());
        Assert.Equal("'opties' يحتاج إلى خياران على الأقل.", ar["fouten"]![0]!["bericht"]!.GetValue<string>());
    }

    [Fact]
    public async Task OptionsSentWithTheirIdKeepItNewOnesAreAddedAndTheRestRemovedInTheOrderSent()
    {
        var uitvraag = await TestUitvraag.MaakAsync(server, UitvraagStatus.Concept);
        var (nooit, soms, vaak) = (uitvraag.EenKeuzeOpties[0], uitvraag.EenKeuzeOpties[1], uitvraag.EenKeuzeOpties[2]);

        var resultaat = await WijzigenAsync(uitvraag, uitvraag.EenKeuze, new
        {
            opties = new object[] { new { id = vaak, tekst = Tekst("Vaak") }, new { tekst = Tekst("Altijd") }, new { id = nooit, tekst = Tekst("Nooit") } },
        });

        Assert.True(resultaat["gelukt"]!.GetValue<bool>(), resultaat.ToJsonString());
        var opties = resultaat["vraag"]!["opties"]!.AsArray();
        Assert.Equal(["Vaak", "Altijd", "Nooit"], Opties(resultaat["vraag"]!, "tekst"));
        Assert.Equal(vaak, opties[0]!["id"]!.GetValue<string>());
        Assert.Equal(nooit, opties[2]!["id"]!.GetValue<string>());
        Assert.DoesNotContain(soms, Opties(resultaat["vraag"]!));

        var vreemd = await WijzigenAsync(uitvraag, uitvraag.EenKeuze, new { opties = new object[] { new { id = uitvraag.MeerdereKeuzesOpties[0], tekst = Tekst("A") }, new { id = vaak, tekst = Tekst("B") }, new { id = vaak, tekst = Tekst("C") } } });
        Assert.Equal(["opties[0].id UNKNOWN_OPTION", "opties[2].id DUPLICATE_OPTION"], Codes(vreemd));

        // Another type drops what the old type needed: the options of a choice question that becomes open text.
        var open = await WijzigenAsync(uitvraag, uitvraag.EenKeuze, new { type = "OPEN_TEKST" });
        Assert.True(open["gelukt"]!.GetValue<bool>(), open.ToJsonString());
        Assert.Empty(open["vraag"]!["opties"]!.AsArray());
        var schaal = await WijzigenAsync(uitvraag, uitvraag.Schaal, new { type = "MEERDERE_KEUZES" });
        Assert.Equal(["opties TOO_FEW_OPTIONS"], Codes(schaal));
    }

    [Fact]
    public async Task QuestionsMoveAndAreRemovedAndTheOthersAreRenumbered()
    {
        var uitvraag = await TestUitvraag.MaakAsync(server, UitvraagStatus.Concept);
        string[] Volgorde(IEnumerable<JsonNode> vragen) => [.. vragen.Select(v => v["id"]!.GetValue<string>())];

        var omhoog = (await _client.GraphQLAsync(Verplaatsen, new { id = uitvraag.Open, naar = 1 }, sleutel: uitvraag.TeamSleutel)).ZonderFouten().Data["vraagVerplaatsen"]!;
        Assert.Equal(1, omhoog["vraag"]!["nummer"]!.GetValue<int>());
        Assert.Equal([uitvraag.Open, uitvraag.Factoren, uitvraag.EenKeuze, uitvraag.MeerdereKeuzes, uitvraag.Schaal], Volgorde(await VragenAsync(uitvraag)));

        var omlaag = (await _client.GraphQLAsync(Verplaatsen, new { id = uitvraag.Factoren, naar = 3 }, sleutel: uitvraag.TeamSleutel)).ZonderFouten().Data["vraagVerplaatsen"]!;
        Assert.True(omlaag["gelukt"]!.GetValue<bool>());
        Assert.Equal([uitvraag.Open, uitvraag.EenKeuze, uitvraag.Factoren, uitvraag.MeerdereKeuzes, uitvraag.Schaal], Volgorde(await VragenAsync(uitvraag)));

        var buiten = (await _client.GraphQLAsync(Verplaatsen, new { id = uitvraag.Factoren, naar = 6 }, sleutel: uitvraag.TeamSleutel)).ZonderFouten().Data["vraagVerplaatsen"]!;
        Assert.Equal(["naarNummer OUT_OF_RANGE"], Codes(buiten));

        var weg = (await _client.GraphQLAsync(Verwijderen, new { id = uitvraag.EenKeuze }, sleutel: uitvraag.TeamSleutel)).ZonderFouten().Data["vraagVerwijderen"]!;
        Assert.Equal(uitvraag.EenKeuze, weg["id"]!.GetValue<string>());
        var over = weg["uitvraag"]!["vragen"]!.AsArray().Select(v => v!).ToList();
        Assert.Equal([uitvraag.Open, uitvraag.Factoren, uitvraag.MeerdereKeuzes, uitvraag.Schaal], Volgorde(over));
        Assert.Equal([1, 2, 3, 4], over.Select(v => v["nummer"]!.GetValue<int>()));
    }

    [Fact]
    public async Task OnlyTheTeamOfTheTrajectAndBeheerdersEditQuestions()
    {
        var uitvraag = await TestUitvraag.MaakAsync(server, UitvraagStatus.Concept);
        var partners = await TestPartners.MaakAsync(server);
        var invoer = new { type = "OPEN_TEKST", tekst = Tekst("Nog iets?") };

        var anoniem = await _client.GraphQLAsync(Toevoegen, new { uitvraagId = uitvraag.Id, invoer });
        Assert.Equal("UNAUTHENTICATED", anoniem.EersteCode);
        var redacteur = await _client.GraphQLAsync(Toevoegen, new { uitvraagId = uitvraag.Id, invoer }, sleutel: partners.RedacteurA);
        Assert.Equal("FORBIDDEN", redacteur.EersteCode);

        // Another traject's team does not even see a concept; a published uitvraag it may see but not edit.
        var anderTeam = await _client.GraphQLAsync(Toevoegen, new { uitvraagId = uitvraag.Id, invoer }, sleutel: uitvraag.AnderTeamSleutel);
        Assert.Equal("NOT_FOUND", anderTeam.EersteCode);
        var open = await TestUitvraag.MaakAsync(server);
        Assert.Equal("FORBIDDEN", (await _client.GraphQLAsync(Wijzigen, new { id = open.Open, invoer = new { tekst = Tekst("Anders") } }, sleutel: open.AnderTeamSleutel)).EersteCode);
        Assert.Equal("FORBIDDEN", (await _client.GraphQLAsync(Verwijderen, new { id = open.Open }, sleutel: open.AnderTeamSleutel)).EersteCode);

        var beheerder = await ToevoegenAsync(uitvraag, invoer, sleutel: partners.Beheerder);
        Assert.True(beheerder["gelukt"]!.GetValue<bool>());
    }

    [Fact]
    public async Task AfterTheFirstReactieOnlyWordingFixesAreAllowedAndTheyAreLoggedOldToNew()
    {
        var uitvraag = await TestUitvraag.MaakAsync(server);
        var partners = await TestPartners.MaakAsync(server);

        // A test reactie through a preview link does not freeze anything.
        var token = (await _client.GraphQLAsync("mutation($id: ID!) { proeflinkMaken(uitvraagId: $id) { token } }", new { id = uitvraag.Id }, sleutel: uitvraag.TeamSleutel))
            .ZonderFouten().Data["proeflinkMaken"]!["token"]!.GetValue<string>();
        var proef = uitvraag.GeldigeReactie();
        proef["proefToken"] = token;
        Assert.True((await _client.GraphQLAsync(Indienen, new { invoer = proef })).ZonderFouten().Data["reactieIndienen"]!["gelukt"]!.GetValue<bool>());
        var verplaatst = (await _client.GraphQLAsync(Verplaatsen, new { id = uitvraag.Open, naar = 4 }, sleutel: uitvraag.TeamSleutel)).ZonderFouten().Data["vraagVerplaatsen"]!;
        Assert.True(verplaatst["gelukt"]!.GetValue<bool>());

        Assert.True((await _client.GraphQLAsync(Indienen, new { invoer = uitvraag.GeldigeReactie() })).ZonderFouten().Data["reactieIndienen"]!["gelukt"]!.GetValue<bool>());

        var toevoegen = await _client.GraphQLAsync(Toevoegen, new { uitvraagId = uitvraag.Id, invoer = new { type = "OPEN_TEKST", tekst = Tekst("Nog een vraag") } }, sleutel: uitvraag.TeamSleutel);
        Assert.Equal("UITVRAAG_FROZEN", toevoegen.EersteCode);
        Assert.Contains("kopie", toevoegen.EersteBericht, StringComparison.Ordinal);
        Assert.Equal("UITVRAAG_FROZEN", (await _client.GraphQLAsync(Verwijderen, new { id = uitvraag.Open }, sleutel: uitvraag.TeamSleutel)).EersteCode);
        Assert.Equal("UITVRAAG_FROZEN", (await _client.GraphQLAsync(Verplaatsen, new { id = uitvraag.Open, naar = 1 }, sleutel: uitvraag.TeamSleutel)).EersteCode);
        Assert.Equal("UITVRAAG_FROZEN", (await _client.GraphQLAsync(Toevoegen, new { uitvraagId = uitvraag.Id, invoer = new { type = "OPEN_TEKST", tekst = Tekst("x") } }, taal: "en", sleutel: uitvraag.TeamSleutel)).EersteCode);

        var opties = uitvraag.EenKeuzeOpties;
        var type = await WijzigenAsync(uitvraag, uitvraag.EenKeuze, new { type = "MEERDERE_KEUZES" });
        Assert.Equal(["type UITVRAAG_FROZEN"], Codes(type));
        var volgorde = await WijzigenAsync(uitvraag, uitvraag.EenKeuze, new { opties = new[] { new { id = opties[1], tekst = Tekst("Soms") }, new { id = opties[0], tekst = Tekst("Nooit") }, new { id = opties[2], tekst = Tekst("Vaak") } } });
        Assert.Equal(["opties UITVRAAG_FROZEN"], Codes(volgorde));
        var erbij = await WijzigenAsync(uitvraag, uitvraag.EenKeuze, new { opties = new object[] { new { id = opties[0], tekst = Tekst("Nooit") }, new { id = opties[1], tekst = Tekst("Soms") }, new { id = opties[2], tekst = Tekst("Vaak") }, new { tekst = Tekst("Altijd") } } });
        Assert.Equal(["opties UITVRAAG_FROZEN"], Codes(erbij));
        var eraf = await WijzigenAsync(uitvraag, uitvraag.EenKeuze, new { opties = new[] { new { id = opties[0], tekst = Tekst("Nooit") }, new { id = opties[1], tekst = Tekst("Soms") } } });
        Assert.Equal(["opties UITVRAAG_FROZEN"], Codes(eraf));
        var verplicht = await WijzigenAsync(uitvraag, uitvraag.EenKeuze, new { verplicht = false });
        Assert.Equal(["verplicht UITVRAAG_FROZEN"], Codes(verplicht));
        Assert.All(new[] { type, volgorde, erbij, eraf, verplicht }, r => Assert.Null(r["vraag"]));

        // A typo in the question and in an option: allowed, same ids, and logged old → new per language.
        var fix = await WijzigenAsync(uitvraag, uitvraag.EenKeuze, new
        {
            tekst = Tekst("Hoe vaak doet u mee?", "How often do you take part?"),
            opties = new[] { new { id = opties[0], tekst = Tekst("Nooit") }, new { id = opties[1], tekst = Tekst("Soms", "Sometimes") }, new { id = opties[2], tekst = Tekst("Vaak") } },
        });
        Assert.True(fix["gelukt"]!.GetValue<bool>(), fix.ToJsonString());
        Assert.Equal(opties, Opties(fix["vraag"]!));

        var log = await _client.GraphQLAsync(
            "query($object: ID!) { wijzigingen(filter: { object: $object }) { nodes { soort velden { veld oud nieuw } } } }",
            new { @object = uitvraag.EenKeuze }, sleutel: partners.Beheerder);
        var velden = log.ZonderFouten().Data["wijzigingen"]!["nodes"]![0]!["velden"]!.AsArray().Select(v => $"{v!["veld"]}: {v["oud"]} → {v["nieuw"]}").ToList();
        Assert.Equal(["tekst.en: EN Hoe vaak doet u mee? → How often do you take part?"], velden);
        var optieLog = await _client.GraphQLAsync(
            "query($object: ID!) { wijzigingen(filter: { object: $object }) { nodes { soort velden { veld oud nieuw } } } }",
            new { @object = opties[1] }, sleutel: partners.Beheerder);
        Assert.Equal(["tekst.en:  → Sometimes"], optieLog.ZonderFouten().Data["wijzigingen"]!["nodes"]![0]!["velden"]!.AsArray().Select(v => $"{v!["veld"]}: {v["oud"]} → {v["nieuw"]}"));
    }
}
