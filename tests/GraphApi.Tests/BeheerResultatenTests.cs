using System.Globalization;
using Xunit.Abstractions;
using SociaalNetwerk.Schema.Accounts;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// The team's results page in the portal (<c>/beheer/uitvragen/{id}/resultaten</c>, issue 12) over real HTTP: the same
/// numbers as the team's GraphQL results, segments and two segments side by side, every own factor with its spellings,
/// the CSV with the portal cookie, publishing and unpublishing with a confirmation, and who may open it.
/// </summary>
[Collection(ServerCollectie.Naam)]
public sealed class BeheerResultatenTests(SociaalNetwerkServer server, ITestOutputHelper uitvoer)
{
    private const string Resultaten = """
        query($id: ID!, $segment: ResultaatSegmentInvoer) { uitvraag(id: $id) { resultaten(segment: $segment) {
          totaal { ...T }
          perKanaal { kanaal telling { ...T } }
          vragen {
            vraag { nummer type }
            aantalReacties { ...T }
            opties { optie { tekst } telling { ...T } }
            schaal { verdeling { waarde telling { ...T } } gemiddelde mediaan }
            helpendeFactoren { tekst eigen telling { ...T } }
            remmendeFactoren { tekst eigen telling { ...T } }
            openAntwoorden } } } }
        fragment T on Telling { aantal percentage onderDrempel }
        """;

    private const string Indienen = "mutation($invoer: ReactieInvoer!) { reactieIndienen(invoer: $invoer) { gelukt fouten { code bericht } } }";

    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl");

    private readonly HttpClient _client = server.MaakClient();

    [Fact]
    public async Task ThePageShowsTheTeamsGraphQLNumbersAndSaysTheyAreNotPublic()
    {
        var u = await MetZesReactiesAsync();
        using var team = (await PortaalAccounts.IngelogdAsync(server, Rol.Trajectteam, traject: u.TrajectId)).Portaal;

        var pagina = await team.GetAsync(Pad(u));

        Assert.Equal(HttpStatusCode.OK, pagina.Status);
        Assert.Contains("Niet openbaar.", pagina.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", pagina.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", pagina.Html, StringComparison.Ordinal);
        var api = await ResultatenAsync(u);
        Assert.Equal(["Reacties 6 100%"], Rijen(pagina.Html, "totaal"));
        Assert.Equal(Rijen(api["perKanaal"], k => Kanaal(k["kanaal"]!.GetValue<string>())), Rijen(pagina.Html, "per-kanaal"));
        VergelijkVragen(api, pagina.Html, kolom: 0);

        // Raw counts: the team sees the 1s and 2s the public would not.
        Assert.Contains("Nooit 1 16,7%", Tabellen(pagina.Html, "vraag-2")[0]);
        Assert.Equal(["gemiddelde 3,17, mediaan 3,5"], Lijst(pagina.Html, "vraag-4", "schaal"));
        Assert.Equal(["Meer ontmoeting.", "Graag een bankje."], Lijst(pagina.Html, "vraag-5", "open-antwoorden"));

        var engels = await team.GetAsync(Pad(u) + "?taal=en");
        Assert.Contains("Not public.", engels.Html, StringComparison.Ordinal);
        Assert.Contains("Nooit 1 16.7%", Tabellen(engels.Html, "vraag-2")[0]);
    }

    [Fact]
    public async Task InEnglishTheStatusDoelgroepenAndKanalenAreEnglishInTheFormTheTablesAndTheConfirmation()
    {
        var u = await MetZesReactiesAsync();
        await ZetStatusAsync(u, UitvraagStatus.Gesloten);
        using var team = (await PortaalAccounts.IngelogdAsync(server, Rol.Trajectteam, traject: u.TrajectId)).Portaal;

        var engels = await team.GetAsync(Pad(u) + "?taal=en");
        var bevestigen = await team.GetAsync(Pad(u) + "/publiceren?taal=en");

        Assert.Equal(HttpStatusCode.OK, engels.Status);
        Assert.Contains("Status: Closed", WebUtility.HtmlDecode(engels.Tekst), StringComparison.Ordinal);
        Assert.Contains(">Residents</option>", engels.Html, StringComparison.Ordinal);
        Assert.Contains(">On paper</option>", engels.Html, StringComparison.Ordinal);
        Assert.Contains("On paper 2 33.3%", Rijen(engels.Html, "per-kanaal"));
        Assert.Contains(Rijen(engels.Html, "per-doelgroep"), r => r.StartsWith("Residents ", StringComparison.Ordinal));
        Assert.DoesNotContain("Op papier", engels.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Inwoners", engels.Html, StringComparison.Ordinal);
        Assert.Contains("Status: Closed", WebUtility.HtmlDecode(bevestigen.Tekst), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASegmentAndTwoSegmentsSideBySideShowTheGraphQLNumbersOfEachSegment()
    {
        var u = await MetZesReactiesAsync();
        using var team = (await PortaalAccounts.IngelogdAsync(server, Rol.Trajectteam, traject: u.TrajectId)).Portaal;

        var seghwaert = await team.GetAsync(Pad(u) + "?wijk=seghwaert");
        Assert.Equal(HttpStatusCode.OK, seghwaert.Status);
        Assert.Equal(["Reacties 3 100%"], Rijen(seghwaert.Html, "totaal"));
        VergelijkVragen(await ResultatenAsync(u, new { wijk = "seghwaert" }), seghwaert.Html, kolom: 0);

        var papierInwoners = await team.GetAsync(Pad(u) + "?doelgroep=inwoners&kanaal=papier");
        Assert.Equal(["Reacties 1 100%"], Rijen(papierInwoners.Html, "totaal"));
        VergelijkVragen(await ResultatenAsync(u, new { doelgroep = "INWONERS", kanaal = "PAPIER" }), papierInwoners.Html, kolom: 0);

        // Side by side, each within the filter (inwoners): Seghwaert 2, Oosterheem 2.
        var naast = await team.GetAsync(Pad(u) + "?doelgroep=inwoners&vergelijk=wijk:seghwaert&met=wijk:oosterheem");
        Assert.Equal(HttpStatusCode.OK, naast.Status);
        Assert.Equal(["Reacties 2 100% 2 100%"], Rijen(naast.Html, "totaal"));
        Assert.Contains("<th scope=\"col\">Seghwaert · Inwoners</th><th scope=\"col\">Oosterheem · Inwoners</th>", WebUtility.HtmlDecode(naast.Html), StringComparison.Ordinal);
        VergelijkVragen(await ResultatenAsync(u, new { wijk = "seghwaert", doelgroep = "INWONERS" }), naast.Html, kolom: 0);
        VergelijkVragen(await ResultatenAsync(u, new { wijk = "oosterheem", doelgroep = "INWONERS" }), naast.Html, kolom: 1);
        Assert.Equal(
            ["Open antwoorden – Seghwaert · Inwoners", "Open antwoorden – Oosterheem · Inwoners"],
            Regex.Matches(Sectie(naast.Html, "vraag-5"), "<h3>(.*?)</h3>").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)));

        // Different kinds side by side: online against paper.
        var kanalen = await team.GetAsync(Pad(u) + "?vergelijk=kanaal:online&met=kanaal:papier");
        Assert.Equal(["Reacties 4 100% 2 100%"], Rijen(kanalen.Html, "totaal"));
    }

    [Fact]
    public async Task AnUnknownSegmentIsRefusedWithAMessageAtItsField()
    {
        var u = await MetZesReactiesAsync();
        using var team = (await PortaalAccounts.IngelogdAsync(server, Rol.Trajectteam, traject: u.TrajectId)).Portaal;

        var wijk = await team.GetAsync(Pad(u) + "?wijk=atlantis");
        var vergelijk = await team.GetAsync(Pad(u) + "?vergelijk=wijk:seghwaert");
        var engels = await team.GetAsync(Pad(u) + "?kanaal=duif&taal=en");

        Assert.Equal(HttpStatusCode.BadRequest, wijk.Status);
        Assert.Contains("<a href=\"#wijk\">Kies een wijk uit de lijst.</a>", wijk.Html, StringComparison.Ordinal);
        Assert.Contains("id=\"wijk\" name=\"wijk\" aria-invalid=\"true\" aria-describedby=\"wijk-fout\"", wijk.Html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"veldfout\" id=\"wijk-fout\">Kies een wijk uit de lijst.</span>", wijk.Html, StringComparison.Ordinal);
        Assert.Contains("id=\"met\" name=\"met\" aria-invalid=\"true\" aria-describedby=\"met-fout\"", vergelijk.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"totaal\"", wijk.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, vergelijk.Status);
        Assert.Contains("<a href=\"#met\">Kies twee segmenten om te vergelijken.</a>", vergelijk.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, engels.Status);
        Assert.Contains("<a href=\"#kanaal\">Choose a channel from the list.</a>", engels.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryOwnFactorIsListedInItsMostWrittenSpellingWithItsVariants()
    {
        var u = await TestUitvraag.MaakAsync(server);
        // Twelve own factors, more than the ten the API lists; "te weinig bankjes" in three spellings, the first one
        // written is the rarest.
        string[] bankjes = ["TE WEINIG BANKJES", "Te weinig bankjes", "te weinig bankjes", "Te weinig bankjes"];
        foreach (var spelling in bankjes)
        {
            await DienInAsync(u.Reactie("seghwaert", "INWONERS", 1, [1], 3, [TestUitvraag.Remmend(spelling)]));
        }

        for (var i = 1; i <= 11; i++)
        {
            await DienInAsync(u.Reactie("seghwaert", "INWONERS", 1, [1], 3, [TestUitvraag.Remmend($"Eigen factor {i:00}"), u.Helpend(0)]));
        }

        using var team = (await PortaalAccounts.IngelogdAsync(server, Rol.Trajectteam, traject: u.TrajectId)).Portaal;
        var pagina = await team.GetAsync(Pad(u));

        var remmend = Tabellen(pagina.Html, "vraag-1")[1];
        Assert.Equal(3 + 12, remmend.Count);
        Assert.Equal(["Een vaste plek 0 0%", "Te weinig tijd 0 0%", "Kosten 0 0%"], remmend.Take(3));
        Assert.Equal("Te weinig bankjes (eigen factor) geschreven als: “Te weinig bankjes” (2), “TE WEINIG BANKJES” (1), “te weinig bankjes” (1) 4 26,7%", remmend[3]);
        Assert.Equal([.. Enumerable.Range(1, 11).Select(i => $"Eigen factor {i:00} (eigen factor) 1 6,7%")], remmend.Skip(4));
        Assert.Equal(["Een vaste plek 11 73,3%", "Te weinig tijd 0 0%", "Kosten 0 0%"], Tabellen(pagina.Html, "vraag-1")[0]);

        // The API shows ten at most; each one it shows has the page's count.
        var api = (await ResultatenAsync(u))["vragen"]![0]!["remmendeFactoren"]!.AsArray();
        Assert.Equal(10, api.Count);
        Assert.All(api, f => Assert.Contains(remmend, r => r.StartsWith(f!["tekst"]!.GetValue<string>() + " ", StringComparison.Ordinal)
            && r.EndsWith($" {f["telling"]!["aantal"]} {Procent(f["telling"]!)}", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task OpenAnswersWhoseRetentionPeriodPassedAreNotShown()
    {
        var nu = SociaalNetwerkServer.Nu.UtcDateTime;
        var u = await TestUitvraag.MaakAsync(server, UitvraagStatus.Gesloten, periode: (nu.AddDays(-40), nu.AddDays(-20)), bewaartermijnDagen: 10);
        await u.VoegReactiesToeAsync(server, 4);
        using var team = (await PortaalAccounts.IngelogdAsync(server, Rol.Trajectteam, traject: u.TrajectId)).Portaal;
        Assert.Equal(["Open antwoord 0", "Open antwoord 2"], Lijst((await team.GetAsync(Pad(u))).Html, "vraag-5", "open-antwoorden"));

        await server.Services.GetRequiredService<BewaartermijnOpruimer>().RuimOpAsync(CancellationToken.None);
        var pagina = await team.GetAsync(Pad(u));

        Assert.Empty(Lijst(pagina.Html, "vraag-5", "open-antwoorden"));
        Assert.Contains("Van 4 reacties zijn de open antwoorden verwijderd: de bewaartermijn is voorbij.", pagina.Html, StringComparison.Ordinal);
        Assert.Equal(["Reacties 4 100%"], Rijen(pagina.Html, "totaal"));
    }

    [Fact]
    public async Task TheCsvLinkWorksWithThePortalCookieAndGivesTheExportsFile()
    {
        var u = await MetZesReactiesAsync();
        using var team = (await PortaalAccounts.IngelogdAsync(server, Rol.Trajectteam, traject: u.TrajectId)).Portaal;
        var pagina = await team.GetAsync(Pad(u));
        var link = WebUtility.HtmlDecode(Regex.Match(pagina.Html, "<a href=\"([^\"]+\\.csv)\" download").Groups[1].Value);
        Assert.Equal($"/beheer/uitvragen/{u.Id}/reacties.csv", link);

        using var metKoekje = await team.Client.GetAsync(link);
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, $"/uitvragen/{u.Id}/reacties.csv");
        verzoek.Headers.Authorization = new("Bearer", u.TeamSleutel);
        using var metSleutel = await _client.SendAsync(verzoek);

        Assert.Equal(HttpStatusCode.OK, metKoekje.StatusCode);
        Assert.Equal("text/csv", metKoekje.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", metKoekje.Content.Headers.ContentDisposition?.DispositionType);
        Assert.True(metKoekje.Headers.CacheControl?.NoStore);
        var csv = await metKoekje.Content.ReadAsByteArrayAsync();
        Assert.Equal(await metSleutel.Content.ReadAsByteArrayAsync(), csv);
        Assert.Equal(7, System.Text.Encoding.UTF8.GetString(csv).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);

        // Without the cookie: to sign in; the team of another traject: 403, no file.
        using var anoniem = new Portaal(server);
        var zonder = await anoniem.GetAsync(link);
        Assert.Equal(HttpStatusCode.Redirect, zonder.Status);
        Assert.StartsWith("/beheer/inloggen?terug=", zonder.Locatie, StringComparison.Ordinal);
        using var ander = (await PortaalAccounts.IngelogdAsync(server, Rol.Trajectteam, traject: await AnderTrajectAsync(u))).Portaal;
        var geweigerd = await ander.GetAsync(link);
        Assert.Equal(HttpStatusCode.Forbidden, geweigerd.Status);
        Assert.DoesNotContain("Meer ontmoeting", geweigerd.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishingAndUnpublishingTakeAConfirmationAndChangeWhatThePublicSees()
    {
        var u = await MetZesReactiesAsync();
        await ZetStatusAsync(u, UitvraagStatus.Gesloten);
        using var team = (await PortaalAccounts.IngelogdAsync(server, Rol.Trajectteam, traject: u.TrajectId)).Portaal;
        Assert.Equal("RESULTS_NOT_PUBLISHED", (await _client.GraphQLAsync(Resultaten, new { id = u.Id })).EersteCode);

        // The page links to the confirmation; a post without it changes nothing.
        var pagina = await team.GetAsync(Pad(u));
        Assert.Contains($"href=\"{Pad(u)}/publiceren\"", pagina.Html, StringComparison.Ordinal);
        var bevestigen = await team.GetAsync(Pad(u) + "/publiceren");
        Assert.Equal(HttpStatusCode.OK, bevestigen.Status);
        Assert.Contains("Ja, publiceer de resultaten", bevestigen.Html, StringComparison.Ordinal);
        var zonderBevestiging = await team.PostAsync(Pad(u) + "/publiceren", bevestigen.Token);
        Assert.Equal(HttpStatusCode.BadRequest, zonderBevestiging.Status);
        Assert.Contains("Bevestig met de knop op deze pagina.", zonderBevestiging.Html, StringComparison.Ordinal);
        var zonderToken = await team.PostAsync(Pad(u) + "/publiceren", null, ("bevestigd", "ja"));
        Assert.Equal(HttpStatusCode.BadRequest, zonderToken.Status);
        Assert.Equal("RESULTS_NOT_PUBLISHED", (await _client.GraphQLAsync(Resultaten, new { id = u.Id })).EersteCode);

        var gepubliceerd = await team.PostAsync(Pad(u) + "/publiceren", bevestigen.Token, ("bevestigd", "ja"));
        Assert.Equal(HttpStatusCode.Redirect, gepubliceerd.Status);
        Assert.Equal(Pad(u) + "?gepubliceerd=1", gepubliceerd.Locatie);
        var publiek = (await _client.GraphQLAsync(Resultaten, new { id = u.Id })).ZonderFouten().Data["uitvraag"]!["resultaten"]!;
        Assert.Equal(6, publiek["totaal"]!["aantal"]!.GetValue<int>());
        var na = await team.GetAsync(gepubliceerd.Locatie!);
        Assert.Contains("De resultaten zijn gepubliceerd", na.Html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{Pad(u)}/afschermen\"", na.Html, StringComparison.Ordinal);

        // Publishing again is not offered: the confirmation page says why, without a button.
        var nogmaals = await team.GetAsync(Pad(u) + "/publiceren");
        Assert.Equal(HttpStatusCode.OK, nogmaals.Status);
        Assert.DoesNotContain("bevestigd", nogmaals.Html, StringComparison.Ordinal);
        Assert.Contains("INVALID_STATUS_TRANSITION", nogmaals.Html, StringComparison.Ordinal);

        // A second click on the same button changes nothing and says the same.
        var tweedeKlik = await team.PostAsync(Pad(u) + "/publiceren", bevestigen.Token, ("bevestigd", "ja"));
        Assert.Equal(gepubliceerd.Locatie, tweedeKlik.Locatie);
        Assert.Equal(UitvraagStatus.ResultatenGepubliceerd, await StatusAsync(u));

        var afschermen = await team.GetAsync(Pad(u) + "/afschermen");
        var afgeschermd = await team.PostAsync(Pad(u) + "/afschermen", afschermen.Token, ("bevestigd", "ja"));
        Assert.Equal(HttpStatusCode.Redirect, afgeschermd.Status);
        Assert.Equal("RESULTS_NOT_PUBLISHED", (await _client.GraphQLAsync(Resultaten, new { id = u.Id })).EersteCode);
        Assert.Equal(UitvraagStatus.Gesloten, await StatusAsync(u));
    }

    [Fact]
    public async Task AnOpenUitvraagCannotBePublishedFromThePage()
    {
        var u = await MetZesReactiesAsync();
        using var team = (await PortaalAccounts.IngelogdAsync(server, Rol.Trajectteam, traject: u.TrajectId)).Portaal;
        var pagina = await team.GetAsync(Pad(u));
        Assert.DoesNotContain("/publiceren\"", pagina.Html, StringComparison.Ordinal);

        var token = (await team.GetAsync("/beheer/inloggen")).Token;
        var poging = await team.PostAsync(Pad(u) + "/publiceren", token, ("bevestigd", "ja"));

        Assert.Equal(HttpStatusCode.Conflict, poging.Status);
        Assert.Contains("INVALID_STATUS_TRANSITION", poging.Html, StringComparison.Ordinal);
        Assert.Equal(UitvraagStatus.Open, await StatusAsync(u));
    }

    [Fact]
    public async Task OnlyTheTeamOfTheTrajectAndBeheerdersMayOpenThePage()
    {
        var u = await MetZesReactiesAsync();
        using var redacteur = (await PortaalAccounts.IngelogdAsync(server, Rol.Redacteur, organisatie: 1)).Portaal;
        using var ander = (await PortaalAccounts.IngelogdAsync(server, Rol.Trajectteam, traject: await AnderTrajectAsync(u))).Portaal;
        using var beheerder = (await PortaalAccounts.IngelogdAsync(server, Rol.Beheerder)).Portaal;
        using var team = (await PortaalAccounts.IngelogdAsync(server, Rol.Trajectteam, traject: u.TrajectId)).Portaal;

        foreach (var pad in new[] { Pad(u), Pad(u) + "/publiceren", Pad(u) + "/afschermen", $"/beheer/uitvragen/{u.Id}/reacties.csv" })
        {
            foreach (var geweigerd in new[] { redacteur, ander })
            {
                var antwoord = await geweigerd.GetAsync(pad);
                Assert.Equal(HttpStatusCode.Forbidden, antwoord.Status);
                Assert.Contains("Foutcode: FORBIDDEN", antwoord.Html, StringComparison.Ordinal);
                Assert.DoesNotContain("Testuitvraag", antwoord.Html, StringComparison.Ordinal);
            }

            Assert.Equal(HttpStatusCode.OK, (await beheerder.GetAsync(pad)).Status);
        }

        var anderToken = (await ander.GetAsync("/beheer/inloggen")).Token;
        Assert.Equal(HttpStatusCode.Forbidden, (await ander.PostAsync(Pad(u) + "/afschermen", anderToken, ("bevestigd", "ja"))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await team.GetAsync($"/beheer/uitvragen/{GlobalId.Maak(nameof(Uitvraag), 999_999)}/resultaten")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await team.GetAsync("/beheer/uitvragen/geen-id/resultaten")).Status);
        Assert.Equal(UitvraagStatus.Open, await StatusAsync(u));
    }

    [Fact]
    public async Task ThePageCostsTheSameNumberOfStatementsForFiveAndForFiftyReacties()
    {
        var u = await TestUitvraag.MaakAsync(server);
        using var team = (await PortaalAccounts.IngelogdAsync(server, Rol.Trajectteam, traject: u.TrajectId)).Portaal;
        async Task<(int Alles, int Naast)> TelAsync()
        {
            await team.GetAsync(Pad(u));
            server.SqlTeller.Reset();
            var alles = await team.GetAsync(Pad(u) + "?wijk=seghwaert");
            var a = server.SqlTeller.Aantal;
            server.SqlTeller.Reset();
            var naast = await team.GetAsync(Pad(u) + "?vergelijk=kanaal:online&met=wijk:seghwaert");
            var b = server.SqlTeller.Aantal;
            Assert.Equal(HttpStatusCode.OK, alles.Status);
            Assert.Equal(HttpStatusCode.OK, naast.Status);
            return (a, b);
        }

        await u.VoegReactiesToeAsync(server, 5);
        var vijf = await TelAsync();
        await u.VoegReactiesToeAsync(server, 45);
        var vijftig = await TelAsync();

        Assert.Equal(["Reacties 50 100%"], Rijen((await team.GetAsync(Pad(u))).Html, "totaal"));
        uitvoer.WriteLine($"Statements: one segment {vijftig.Alles}, two side by side {vijftig.Naast}, for 5 and for 50 reacties.");
        Assert.Equal(vijf, vijftig);
        Assert.True(vijftig.Alles <= 20, $"{vijftig.Alles} statements");
    }

    private static string Pad(TestUitvraag u) => $"/beheer/uitvragen/{u.Id}/resultaten";

    /// <summary>Each vraag's tables on the page hold the API's counts and percentages, in <paramref name="kolom"/>.</summary>
    private static void VergelijkVragen(JsonNode api, string html, int kolom)
    {
        foreach (var vraag in api["vragen"]!.AsArray())
        {
            var nummer = vraag!["vraag"]!["nummer"]!.GetValue<int>();
            var sectie = Sectie(html, "vraag-" + nummer);
            var beantwoord = vraag["aantalReacties"]!["aantal"]!.GetValue<int>();
            Assert.Contains(beantwoord.ToString(CultureInfo.InvariantCulture), Regex.Match(sectie, "<p class=\"beantwoord\">(.*?)</p>", RegexOptions.Singleline).Groups[1].Value.Split(';')[kolom], StringComparison.Ordinal);
            var tabellen = Tabellen(html, "vraag-" + nummer, kolom);
            switch (vraag["vraag"]!["type"]!.GetValue<string>())
            {
                case "EEN_KEUZE" or "MEERDERE_KEUZES":
                    Assert.Equal(Rijen(vraag["opties"], o => o["optie"]!["tekst"]!.GetValue<string>()), tabellen[0]);
                    break;
                case "SCHAAL":
                    Assert.Equal(Rijen(vraag["schaal"]!["verdeling"], w => w["waarde"]!.ToString()), tabellen[0]);
                    break;
                case "FACTOREN":
                    foreach (var (soort, tabel) in new[] { ("helpendeFactoren", tabellen[0]), ("remmendeFactoren", tabellen[1]) })
                    {
                        // The API lists the named ones; the page every offered factor too (0 times).
                        var zonderEigen = tabel.Select(r => r.Replace(" (eigen factor)", string.Empty, StringComparison.Ordinal)).Select(r => Regex.Replace(r, " geschreven als: .*?(?= \\d+ [\\d,]+%$)", string.Empty)).ToList();
                        Assert.All(Rijen(vraag[soort], f => f["tekst"]!.GetValue<string>()), r => Assert.Contains(r, zonderEigen));
                        Assert.Equal(vraag[soort]!.AsArray().Count, zonderEigen.Count(r => !r.Contains(" 0 0%", StringComparison.Ordinal) && !r.EndsWith(" 0 –", StringComparison.Ordinal)));
                    }

                    break;
                case "OPEN_TEKST":
                    break;
            }
        }
    }

    /// <summary>The rows of the API's tellingen as the page writes them: "label aantal percentage%".</summary>
    private static List<string> Rijen(JsonNode? lijst, Func<JsonNode, string> label) =>
        [.. lijst!.AsArray().Select(t => $"{label(t!)} {(t!["telling"]!["aantal"] ?? 0)} {Procent(t["telling"]!)}")];

    private static string Procent(JsonNode telling) =>
        telling["percentage"] is { } p ? p.GetValue<double>().ToString("0.#", Nl) + "%" : "–";

    private static string Kanaal(string code) => code switch { "ONLINE" => "Online", "PAPIER" => "Op papier", _ => "In een gesprek" };

    /// <summary>The rows (as text) of the table with this id, each "label aantal percentage" for every column.</summary>
    private static List<string> Rijen(string html, string id)
    {
        var tabel = Regex.Match(html, $"<table class=\"resultaten\" id=\"{id}\">(.*?)</table>", RegexOptions.Singleline);
        Assert.True(tabel.Success, "No table " + id);
        return RijenVan(tabel.Groups[1].Value, kolom: null);
    }

    /// <summary>The tables of a vraag's section, each as rows "label aantal percentage" of one column.</summary>
    private static List<List<string>> Tabellen(string html, string sectie, int kolom = 0) =>
        [.. Regex.Matches(Sectie(html, sectie), "<table class=\"resultaten\">(.*?)</table>", RegexOptions.Singleline).Select(m => RijenVan(m.Groups[1].Value, kolom))];

    private static List<string> RijenVan(string tabel, int? kolom) =>
        [.. Regex.Matches(tabel, "<tbody>(.*?)</tbody>", RegexOptions.Singleline).SelectMany(b => Regex.Matches(b.Groups[1].Value, "<tr[^>]*>(.*?)</tr>", RegexOptions.Singleline))
            .Select(r =>
            {
                var label = Tekst(Regex.Match(r.Groups[1].Value, "<th[^>]*>(.*?)</th>", RegexOptions.Singleline).Groups[1].Value);
                var cellen = Regex.Matches(r.Groups[1].Value, "<td>(.*?)</td>", RegexOptions.Singleline).Select(c => Tekst(c.Groups[1].Value)).ToList();
                return string.Join(' ', [label, .. kolom is { } k ? [cellen[k]] : cellen]);
            })];

    private static List<string> Lijst(string html, string sectie, string klasse) =>
        [.. Regex.Matches(Sectie(html, sectie), $"<ul class=\"{klasse}\">(.*?)</ul>", RegexOptions.Singleline)
            .SelectMany(u => Regex.Matches(u.Groups[1].Value, "<li>(.*?)</li>", RegexOptions.Singleline)).Select(l => Tekst(l.Groups[1].Value))];

    private static string Sectie(string html, string id)
    {
        var sectie = Regex.Match(html, $"<section class=\"vraag\" id=\"{id}\"(.*?)</section>", RegexOptions.Singleline);
        Assert.True(sectie.Success, "No section " + id);
        return sectie.Groups[1].Value;
    }

    private static string Tekst(string html) =>
        Regex.Replace(WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", " ")), @"\s+", " ").Trim();

    private async Task<JsonNode> ResultatenAsync(TestUitvraag u, object? segment = null) =>
        (await _client.GraphQLAsync(Resultaten, new { id = u.Id, segment }, sleutel: u.TeamSleutel)).ZonderFouten().Data["uitvraag"]!["resultaten"]!;

    /// <summary>Six reacties, as in ResultatenTests: four online and two on paper; three per wijk; four inwoners.</summary>
    private async Task<TestUitvraag> MetZesReactiesAsync()
    {
        var u = await TestUitvraag.MaakAsync(server);
        await DienInAsync(u.Reactie("seghwaert", "INWONERS", 1, [1], 4, [u.Helpend(0), TestUitvraag.Remmend("Te weinig bankjes")], "Meer ontmoeting."));
        await DienInAsync(u.Reactie("seghwaert", "INWONERS", 1, [1], 5, [u.Helpend(0), TestUitvraag.Remmend("te weinig  BANKJES")]));
        await DienInAsync(u.Reactie("seghwaert", "VRIJWILLIGERS", 2, [2], 3, [u.Helpend(0), u.Remmend(1)]));
        await DienInAsync(u.Reactie("oosterheem", "INWONERS", 0, [0], 2, [u.Helpend(2), TestUitvraag.Remmend("Te weinig bankjes")], "Graag een bankje."));
        await DienInAsync(u.Reactie("oosterheem", "INWONERS", 1, [1], 4, [u.Remmend(1)], kanaal: "PAPIER"), u.TeamSleutel);
        await DienInAsync(u.Reactie("oosterheem", "VRIJWILLIGERS", 1, [1], 1, [u.Helpend(0), TestUitvraag.Remmend("Geen buurthuis")], kanaal: "PAPIER"), u.TeamSleutel);
        return u;
    }



    private async Task DienInAsync(Dictionary<string, object?> invoer, string? sleutel = null)
    {
        var resultaat = (await _client.GraphQLAsync(Indienen, new { invoer }, sleutel: sleutel)).ZonderFouten().Data["reactieIndienen"]!;
        Assert.True(resultaat["gelukt"]!.GetValue<bool>(), resultaat.ToJsonString());
    }

    private async Task ZetStatusAsync(TestUitvraag u, UitvraagStatus status)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>().CreateDbContextAsync();
        var id = GlobalId.LeesInt(u.Id, nameof(Uitvraag));
        await db.Uitvragen.Where(x => x.Id == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, status));

        // Past the change tracker, as the product never writes: the data version is changed here, as the product would.
        await Dataversie.VerhoogAsync(db, CancellationToken.None);
    }

    private async Task<UitvraagStatus> StatusAsync(TestUitvraag u)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>().CreateDbContextAsync();
        var id = GlobalId.LeesInt(u.Id, nameof(Uitvraag));
        return await db.Uitvragen.Where(x => x.Id == id).Select(x => x.Status).SingleAsync();
    }

    /// <summary>The other traject TestUitvraag made alongside (its "ander team").</summary>
    private async Task<int> AnderTrajectAsync(TestUitvraag u)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>().CreateDbContextAsync();
        return await db.Participatietrajecten.Where(t => t.Id != u.TrajectId).OrderByDescending(t => t.Id).Select(t => t.Id).FirstAsync();
    }
}
