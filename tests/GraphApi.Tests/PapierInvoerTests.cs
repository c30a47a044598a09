using System.Net;
using System.Text.Json.Nodes;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;
using SociaalNetwerk.Schema.Participatie;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// Paper and conversation entry by the team (issue 12): the formulier number as the idempotency key of paper entry,
/// corrections and deletions of team-entered reacties (never of online ones), their audit log entries without
/// contents, and the portal's entry screen, list, correction and deletion.
/// </summary>
[Collection(ServerCollectie.Naam)]
public sealed class PapierInvoerTests(SociaalNetwerkServer server)
{
    private const string Indienen = """
        mutation($invoer: ReactieInvoer!) {
          reactieIndienen(invoer: $invoer) {
            gelukt ontvangstcode fouten { vraagId veld code bericht }
            reactie { id formuliernummer kanaal }
            bestaandeReactie { id formuliernummer kanaal antwoorden { tekst } }
          }
        }
        """;

    private const string Corrigeren = """
        mutation($id: ID!, $invoer: ReactieCorrectie!) {
          reactieCorrigeren(id: $id, invoer: $invoer) {
            gelukt fouten { vraagId veld code bericht }
            reactie { id formuliernummer kanaal antwoorden { tekst getal } }
            bestaandeReactie { id formuliernummer }
          }
        }
        """;

    private const string Verwijderen = "mutation($id: ID!) { reactieVerwijderen(id: $id) { id formuliernummer } }";

    private const string Log = """
        query($id: ID!) {
          wijzigingen(filter: { object: $id }) { nodes { soort objectType objectId door doorKenmerk velden { veld oud nieuw lang } } }
        }
        """;

    private const string Reacties = "query($id: ID!) { uitvraag(id: $id) { reacties { nodes { id kanaal formuliernummer antwoorden { tekst getal } } } } }";

    private readonly HttpClient _client = server.MaakClient();

    private static Dictionary<string, object?> Papier(TestUitvraag uitvraag, int? nummer, string open = "Meer bankjes.", string kanaal = "PAPIER")
    {
        var invoer = uitvraag.GeldigeReactie();
        invoer["kanaal"] = kanaal;
        invoer["formuliernummer"] = nummer;
        ((object[])invoer["antwoorden"]!)[4] = new { vraagId = uitvraag.Open, tekst = open };
        return invoer;
    }

    /// <summary>The same answers as <see cref="Papier"/>, as the input of a correction, with another open answer and scale value.</summary>
    private static Dictionary<string, object?> Correctie(TestUitvraag uitvraag, int? nummer, string open, int schaal)
    {
        var invoer = Papier(uitvraag, nummer, open);
        invoer.Remove("uitvraagId");
        invoer.Remove("idempotentieSleutel");
        ((object[])invoer["antwoorden"]!)[3] = new { vraagId = uitvraag.Schaal, getal = schaal };
        return invoer;
    }

    private async Task<JsonNode> DienInAsync(object invoer, string? sleutel) =>
        (await _client.GraphQLAsync(Indienen, new { invoer }, sleutel: sleutel)).ZonderFouten().Data["reactieIndienen"]!;

    private async Task<string> BeheerderAsync()
    {
        var (sleutel, _) = await server.Services.GetRequiredService<ApiSleutels>().MaakAsync(Rol.Beheerder, null, null, "beheerder papier");
        return sleutel;
    }

    private static IEnumerable<string?> Codes(JsonNode resultaat) => resultaat["fouten"]!.AsArray().Select(f => f!["code"]!.GetValue<string>());

    [Fact]
    public async Task AFormNumberEnteredTwiceIsRefusedShowingTheReactieEnteredFirst()
    {
        var uitvraag = await TestUitvraag.MaakAsync(server);

        var eerste = await DienInAsync(Papier(uitvraag, 101, "Eerste formulier."), uitvraag.TeamSleutel);
        var tweede = await DienInAsync(Papier(uitvraag, 101, "Ander formulier, zelfde nummer."), uitvraag.TeamSleutel);
        var ander = await DienInAsync(Papier(uitvraag, 102, "Formulier 102.", "GESPREK"), uitvraag.TeamSleutel);
        var online = await DienInAsync(Papier(uitvraag, 103, kanaal: "ONLINE"), null);
        var nul = await DienInAsync(Papier(uitvraag, 0), uitvraag.TeamSleutel);

        Assert.True(eerste["gelukt"]!.GetValue<bool>(), eerste.ToJsonString());
        Assert.Equal(101, eerste["reactie"]!["formuliernummer"]!.GetValue<int>());
        Assert.False(tweede["gelukt"]!.GetValue<bool>());
        Assert.Equal(["FORM_NUMBER_EXISTS"], Codes(tweede));
        Assert.Equal("formuliernummer", tweede["fouten"]![0]!["veld"]!.GetValue<string>());
        Assert.Contains("101", tweede["fouten"]![0]!["bericht"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(eerste["reactie"]!["id"]!.GetValue<string>(), tweede["bestaandeReactie"]!["id"]!.GetValue<string>());
        Assert.Contains("Eerste formulier.", tweede["bestaandeReactie"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.True(ander["gelukt"]!.GetValue<bool>());
        Assert.Equal("GESPREK", ander["reactie"]!["kanaal"]!.GetValue<string>());
        Assert.Equal(["FORM_NUMBER_NOT_ALLOWED"], Codes(online));
        Assert.Null(online["reactie"]);
        Assert.Equal(["OUT_OF_RANGE"], Codes(nul));
        Assert.Equal(2, await uitvraag.AantalReactiesAsync(server));
    }

    [Fact]
    public async Task TheTeamEntersPaperOnlyIntoAnOpenOrClosedUitvraag()
    {
        var concept = await TestUitvraag.MaakAsync(server, UitvraagStatus.Concept);
        var gepubliceerd = await TestUitvraag.MaakAsync(server, UitvraagStatus.ResultatenGepubliceerd);

        var inConcept = await _client.GraphQLAsync(Indienen, new { invoer = Papier(concept, 1) }, sleutel: concept.TeamSleutel);
        var inGepubliceerd = await _client.GraphQLAsync(Indienen, new { invoer = Papier(gepubliceerd, 1) }, sleutel: gepubliceerd.TeamSleutel);

        Assert.Equal("ENTRY_NOT_POSSIBLE", inConcept.EersteCode);
        Assert.Equal("ENTRY_NOT_POSSIBLE", inGepubliceerd.EersteCode);
        Assert.Equal(0, await concept.AantalReactiesAsync(server));
        Assert.Equal(0, await gepubliceerd.AantalReactiesAsync(server));
    }

    [Fact]
    public async Task TheTeamCorrectsAndDeletesWhatItEnteredAndTheLogKeepsWhoButNotTheAnswers()
    {
        var uitvraag = await TestUitvraag.MaakAsync(server);
        var beheerder = await BeheerderAsync();
        var id = (await DienInAsync(Papier(uitvraag, 7, "Geheim antwoord van mevrouw Jansen."), uitvraag.TeamSleutel))["reactie"]!["id"]!.GetValue<string>();
        var andere = (await DienInAsync(Papier(uitvraag, 8), uitvraag.TeamSleutel))["reactie"]!["id"]!.GetValue<string>();

        var ongeldig = (await _client.GraphQLAsync(Corrigeren, new { id, invoer = Correctie(uitvraag, 9, "x", 9) }, sleutel: uitvraag.TeamSleutel)).ZonderFouten().Data["reactieCorrigeren"]!;
        var bezet = (await _client.GraphQLAsync(Corrigeren, new { id, invoer = Correctie(uitvraag, 8, "Verbeterd.", 2) }, sleutel: uitvraag.TeamSleutel)).ZonderFouten().Data["reactieCorrigeren"]!;
        var online = Correctie(uitvraag, 9, "Verbeterd.", 2);
        online["kanaal"] = "ONLINE";
        var naarOnline = (await _client.GraphQLAsync(Corrigeren, new { id, invoer = online }, sleutel: uitvraag.TeamSleutel)).ZonderFouten().Data["reactieCorrigeren"]!;
        var verbeterd = (await _client.GraphQLAsync(Corrigeren, new { id, invoer = Correctie(uitvraag, 9, "Verbeterd antwoord.", 2) }, sleutel: uitvraag.TeamSleutel)).ZonderFouten().Data["reactieCorrigeren"]!;
        var zonderVerschil = (await _client.GraphQLAsync(Corrigeren, new { id, invoer = Correctie(uitvraag, 9, "Verbeterd antwoord.", 2) }, sleutel: uitvraag.TeamSleutel)).ZonderFouten().Data["reactieCorrigeren"]!;
        var verwijderd = (await _client.GraphQLAsync(Verwijderen, new { id = andere }, sleutel: uitvraag.TeamSleutel)).ZonderFouten().Data["reactieVerwijderen"]!;
        var opnieuw8 = await DienInAsync(Papier(uitvraag, 8), uitvraag.TeamSleutel);

        Assert.Equal(["SCALE_OUT_OF_RANGE"], Codes(ongeldig));
        Assert.Equal(["FORM_NUMBER_EXISTS"], Codes(bezet));
        Assert.Equal(andere, bezet["bestaandeReactie"]!["id"]!.GetValue<string>());
        Assert.Contains("INVALID_CHANNEL", Codes(naarOnline));
        Assert.True(verbeterd["gelukt"]!.GetValue<bool>(), verbeterd.ToJsonString());
        Assert.Equal(9, verbeterd["reactie"]!["formuliernummer"]!.GetValue<int>());
        Assert.True(zonderVerschil["gelukt"]!.GetValue<bool>(), "the same correction again changes nothing (and logs nothing)");
        Assert.Equal(andere, verwijderd["id"]!.GetValue<string>());
        Assert.Equal(8, verwijderd["formuliernummer"]!.GetValue<int>());
        Assert.True(opnieuw8["gelukt"]!.GetValue<bool>(), "the number of a deleted reactie is free again");

        var opgeslagen = (await _client.GraphQLAsync(Reacties, new { id = uitvraag.Id }, sleutel: uitvraag.TeamSleutel)).ZonderFouten().Data["uitvraag"]!["reacties"]!.Nodes()
            .Single(r => r["id"]!.GetValue<string>() == id);
        Assert.Equal(9, opgeslagen["formuliernummer"]!.GetValue<int>());
        Assert.Contains("Verbeterd antwoord.", opgeslagen.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Geheim", opgeslagen.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(2, opgeslagen["antwoorden"]!.AsArray().Select(a => a!["getal"]?.GetValue<int>()));

        // The log: who corrected and deleted, the numbers and that the answers changed — never an answer.
        var log = (await _client.GraphQLAsync(Log, new { id }, sleutel: beheerder)).ZonderFouten().Data["wijzigingen"]!.Nodes().ToList();
        var correctie = Assert.Single(log);
        Assert.Equal("GEWIJZIGD", correctie["soort"]!.GetValue<string>());
        Assert.Equal("Reactie", correctie["objectType"]!.GetValue<string>());
        Assert.Equal("team", correctie["door"]!.GetValue<string>());
        Assert.Equal(
            ["antwoorden (lang)", "formuliernummer 7 → 9"],
            correctie["velden"]!.AsArray().Select(Veld));
        var weg = Assert.Single((await _client.GraphQLAsync(Log, new { id = andere }, sleutel: beheerder)).ZonderFouten().Data["wijzigingen"]!.Nodes());
        Assert.Equal("VERWIJDERD", weg["soort"]!.GetValue<string>());
        Assert.Equal(["antwoorden (lang)", "formuliernummer 8 → ", "kanaal PAPIER → ", $"uitvraag {uitvraag.Id} → "], weg["velden"]!.AsArray().Select(Veld));
        foreach (var tekst in new[] { "Geheim", "Verbeterd antwoord", "bankjes", "Meer bankjes" })
        {
            Assert.DoesNotContain(tekst, correctie.ToJsonString() + weg.ToJsonString(), StringComparison.Ordinal);
        }

        // The team itself cannot read the log (beheerders and redacteuren can).
        Assert.Equal("FORBIDDEN", (await _client.GraphQLAsync(Log, new { id }, sleutel: uitvraag.TeamSleutel)).EersteCode);
    }

    private static string Veld(JsonNode? v) =>
        v!["lang"]!.GetValue<bool>() ? v["veld"]!.GetValue<string>() + " (lang)" : $"{v["veld"]} {v["oud"]} → {v["nieuw"]}";

    [Fact]
    public async Task OnlineReactiesStayTheRespondentsAndOnlyTheTeamMayCorrectOrDelete()
    {
        var uitvraag = await TestUitvraag.MaakAsync(server);
        var online = await DienInAsync(uitvraag.GeldigeReactie(), null);
        var onlineId = (await _client.GraphQLAsync(Reacties, new { id = uitvraag.Id }, sleutel: uitvraag.TeamSleutel)).ZonderFouten().Data["uitvraag"]!["reacties"]!.Nodes().Single()["id"]!.GetValue<string>();
        var papierId = (await DienInAsync(Papier(uitvraag, 1), uitvraag.TeamSleutel))["reactie"]!["id"]!.GetValue<string>();
        var invoer = Correctie(uitvraag, 1, "Anders.", 3);
        var (redacteur, _) = await server.Services.GetRequiredService<ApiSleutels>().MaakAsync(Rol.Redacteur, 1, null, "redacteur papier");

        Assert.True(online["gelukt"]!.GetValue<bool>());
        Assert.Equal("ONLINE_REACTIE", (await _client.GraphQLAsync(Corrigeren, new { id = onlineId, invoer }, sleutel: uitvraag.TeamSleutel)).EersteCode);
        Assert.Equal("ONLINE_REACTIE", (await _client.GraphQLAsync(Verwijderen, new { id = onlineId }, sleutel: uitvraag.TeamSleutel)).EersteCode);
        foreach (var (sleutel, code) in new[] { ((string?)null, "UNAUTHENTICATED"), (uitvraag.AnderTeamSleutel, "FORBIDDEN"), (redacteur, "FORBIDDEN") })
        {
            Assert.Equal(code, (await _client.GraphQLAsync(Corrigeren, new { id = papierId, invoer }, sleutel: sleutel)).EersteCode);
            Assert.Equal(code, (await _client.GraphQLAsync(Verwijderen, new { id = papierId }, sleutel: sleutel)).EersteCode);
        }

        Assert.Equal("NOT_FOUND", (await _client.GraphQLAsync(Verwijderen, new { id = "UmVhY3RpZTo5OTk5OTk5" }, sleutel: uitvraag.TeamSleutel)).EersteCode);
        Assert.Equal("INVALID_ID", (await _client.GraphQLAsync(Verwijderen, new { id = uitvraag.Id }, sleutel: uitvraag.TeamSleutel)).EersteCode);
        Assert.Equal(2, await uitvraag.AantalReactiesAsync(server));
    }

    [Fact]
    public async Task ThePortalEntersFormsOneAfterAnotherRefusesANumberTwiceAndCorrectsAndDeletes()
    {
        var uitvraag = await TestUitvraag.MaakAsync(server);
        var nummer = GlobalIdNummer(uitvraag.Id);
        using var team = (await PortaalAccounts.IngelogdAsync(server, Rol.Trajectteam, traject: uitvraag.TrajectId)).Portaal;
        using var ander = (await PortaalAccounts.IngelogdAsync(server, Rol.Redacteur, 1)).Portaal;
        var pad = $"/beheer/uitvragen/{nummer}/invoer";

        var leeg = await team.GetAsync(pad);
        Assert.Equal(HttpStatusCode.OK, leeg.Status);
        Assert.Contains("autofocus", leeg.Html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/paginas/invoer.js\" defer></script>", leeg.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await ander.GetAsync(pad)).Status);

        var velden = Formulier(leeg.Html, uitvraag, "41");
        var opgeslagen = await team.PostAsync(pad, leeg.Token, velden);
        Assert.Equal(HttpStatusCode.Redirect, opgeslagen.Status);
        Assert.StartsWith(pad + "?opgeslagen=", opgeslagen.Locatie, StringComparison.Ordinal);

        var volgende = await team.GetAsync(opgeslagen.Locatie!);
        Assert.Contains("Formulier 41 is opgeslagen", volgende.Html, StringComparison.Ordinal);
        Assert.Matches("id=\"formuliernummer\"[^>]* autofocus value=\"42\"", volgende.Html);

        // The same number again: refused at the field and in the summary, with the existing form shown; nothing stored.
        var dubbel = await team.PostAsync(pad, volgende.Token, Formulier(volgende.Html, uitvraag, "41"));
        Assert.Equal(HttpStatusCode.BadRequest, dubbel.Status);
        Assert.Contains("FORM_NUMBER_EXISTS", dubbel.Html, StringComparison.Ordinal);
        Assert.Contains("Formulier 41 is al ingevoerd", dubbel.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"#formuliernummer\"", dubbel.Html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", dubbel.Html, StringComparison.Ordinal);
        Assert.Matches("<section class=\"bestaande\"[^§]*Portaalformulier[.][^§]*</section>", dubbel.Html);
        Assert.Equal(1, await uitvraag.AantalReactiesAsync(server));

        // A required question left out: the error at the question and in the summary.
        var onvolledig = await team.PostAsync(pad, volgende.Token, [.. Formulier(volgende.Html, uitvraag, "42").Where(v => v.Naam != "v" + GlobalIdNummer(uitvraag.EenKeuze))]);
        Assert.Equal(HttpStatusCode.BadRequest, onvolledig.Status);
        Assert.Contains("REQUIRED", onvolledig.Html, StringComparison.Ordinal);
        Assert.Contains($"href=\"#v{GlobalIdNummer(uitvraag.EenKeuze)}\"", onvolledig.Html, StringComparison.Ordinal);

        // Two problems (question 3 has one tick too many, question 2 none): the summary in the order of the form, and
        // the keyboard starts at the first of them, not at the formulier number.
        var tweeFouten = await team.PostAsync(pad, volgende.Token,
        [
            .. Formulier(volgende.Html, uitvraag, "42").Where(v => v.Naam != "v" + GlobalIdNummer(uitvraag.EenKeuze)),
            ("v" + GlobalIdNummer(uitvraag.MeerdereKeuzes), GlobalIdNummer(uitvraag.MeerdereKeuzesOpties[1])),
        ]);
        Assert.Equal(HttpStatusCode.BadRequest, tweeFouten.Status);
        var samenvatting = System.Text.RegularExpressions.Regex.Match(tweeFouten.Html, "<div class=\"foutsamenvatting\".*?</ul>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;
        Assert.Equal(
            ["v" + GlobalIdNummer(uitvraag.EenKeuze), "v" + GlobalIdNummer(uitvraag.MeerdereKeuzes)],
            System.Text.RegularExpressions.Regex.Matches(samenvatting, "href=\"#([^\"]+)\"").Select(m => m.Groups[1].Value));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(tweeFouten.Html, " autofocus[ />]"));
        Assert.Matches($"<input id=\"v{GlobalIdNummer(uitvraag.EenKeuze)}\"[^>]* autofocus", tweeFouten.Html);
        Assert.DoesNotMatch("id=\"formuliernummer\"[^>]* autofocus", tweeFouten.Html);
        Assert.Equal(1, await uitvraag.AantalReactiesAsync(server));

        // The list, the correction (a new number) and the deletion after the confirmation.
        var lijstPad = $"/beheer/uitvragen/{nummer}/reacties";
        var lijst = await team.GetAsync(lijstPad);

        // When it was entered reads one way in either language: the month in words and 24 hours, never "12/3/2026".
        var engels = await team.GetAsync(lijstPad + "?taal=en");
        Assert.Matches(@"<td>\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}</td>", engels.Html);
        Assert.DoesNotMatch(@"\d{1,2}/\d{1,2}/\d{4}", engels.Html);
        Assert.Matches(@"<td>\d{1,2} [a-z]{3}\.? \d{4}, \d{2}:\d{2}</td>", lijst.Html);
        var reactieId = System.Text.RegularExpressions.Regex.Match(lijst.Html, lijstPad + "/([0-9]+)\"").Groups[1].Value;
        Assert.NotEmpty(reactieId);
        var correctie = await team.GetAsync($"{lijstPad}/{reactieId}");
        Assert.Equal(HttpStatusCode.OK, correctie.Status);
        Assert.Contains("value=\"41\"", correctie.Html, StringComparison.Ordinal);
        var verbeterd = await team.PostAsync($"{lijstPad}/{reactieId}", correctie.Token, Formulier(correctie.Html, uitvraag, "43"));
        Assert.Equal(HttpStatusCode.Redirect, verbeterd.Status);
        Assert.Contains("Formulier 43 is verbeterd.", (await team.GetAsync(verbeterd.Locatie!)).Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await ander.GetAsync($"{lijstPad}/{reactieId}/verwijderen")).Status);
        var bevestig = await team.GetAsync($"{lijstPad}/{reactieId}/verwijderen");
        Assert.Contains("Formulier 43 verwijderen?", bevestig.Html, StringComparison.Ordinal);
        var weg = await team.PostAsync($"{lijstPad}/{reactieId}/verwijderen", bevestig.Token);
        Assert.Equal(HttpStatusCode.Redirect, weg.Status);
        Assert.Equal(0, await uitvraag.AantalReactiesAsync(server));

        // An online reactie cannot be opened for correction or deleted in the portal either.
        Assert.True((await DienInAsync(uitvraag.GeldigeReactie(), null))["gelukt"]!.GetValue<bool>());
        var onlineId = GlobalIdNummer((await _client.GraphQLAsync(Reacties, new { id = uitvraag.Id }, sleutel: uitvraag.TeamSleutel)).ZonderFouten().Data["uitvraag"]!["reacties"]!.Nodes().Single()["id"]!.GetValue<string>());
        var onlineCorrectie = await team.GetAsync($"{lijstPad}/{onlineId}");
        Assert.Equal(HttpStatusCode.BadRequest, onlineCorrectie.Status);
        Assert.Contains("ONLINE_REACTIE", onlineCorrectie.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await team.PostAsync($"{lijstPad}/{onlineId}/verwijderen", bevestig.Token)).Status);
        Assert.Equal(1, await uitvraag.AantalReactiesAsync(server));
    }

    [Fact]
    public async Task ThePortalRefusesEntryIntoAConcept()
    {
        var concept = await TestUitvraag.MaakAsync(server, UitvraagStatus.Concept);
        using var team = (await PortaalAccounts.IngelogdAsync(server, Rol.Trajectteam, traject: concept.TrajectId)).Portaal;

        var pagina = await team.GetAsync($"/beheer/uitvragen/{concept.Id}/invoer");

        Assert.Equal(HttpStatusCode.BadRequest, pagina.Status);
        Assert.Contains("ENTRY_NOT_POSSIBLE", pagina.Html, StringComparison.Ordinal);
    }

    /// <summary>A complete form as a volunteer fills it in: the key from the page, every question answered.</summary>
    private static (string Naam, string Waarde)[] Formulier(string html, TestUitvraag u, string formuliernummer)
    {
        var sleutel = System.Text.RegularExpressions.Regex.Match(html, "name=\"sleutel\" value=\"([^\"]+)\"").Groups[1].Value;
        string V(string vraag) => "v" + GlobalIdNummer(vraag);
        return
        [
            ("sleutel", sleutel),
            ("formuliernummer", formuliernummer),
            ("kanaal", "Papier"),
            ("taal", "nl"),
            (V(u.Factoren) + "-helpend", GlobalIdNummer(u.FactorOpties[0])),
            (V(u.Factoren) + "-remmend", GlobalIdNummer(u.FactorOpties[1])),
            (V(u.Factoren) + "-remmend-eigen", "Te weinig bankjes"),
            (V(u.EenKeuze), GlobalIdNummer(u.EenKeuzeOpties[1])),
            (V(u.MeerdereKeuzes), GlobalIdNummer(u.MeerdereKeuzesOpties[0])),
            (V(u.MeerdereKeuzes), GlobalIdNummer(u.MeerdereKeuzesOpties[2])),
            (V(u.Schaal), "4"),
            (V(u.Open), "Portaalformulier."),
            ("wijk", "seghwaert"),
            ("doelgroep", "Inwoners"),
        ];
    }

    /// <summary>The number in a global id: the portal's addresses and form values use it.</summary>
    private static string GlobalIdNummer(string id) =>
        SociaalNetwerk.Schema.GraphQL.GlobalId.Probeer(id, out _, out var sleutel) ? sleutel : throw new ArgumentException(id);
}
