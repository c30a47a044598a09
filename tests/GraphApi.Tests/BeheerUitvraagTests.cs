using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Participatie;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// The participation team's portal pages (issue 12) without JavaScript: a trajectteam account makes a traject (and
/// becomes its team), an uitvraag with texts in two languages and Dutch local times, changes it, publishes it as
/// scheduled, sees per language what is missing, and copies it. Results checked through GraphQL.
/// </summary>
[Collection(ServerCollectie.Naam)]
public sealed partial class BeheerUitvraagTests(SociaalNetwerkServer server)
{
    private readonly HttpClient _client = server.MaakClient();

    private static (string, string)[] Uitvraag(string titel, string vanaf = "2026-12-01T09:00", string tot = "2027-03-28T12:00") =>
    [
        ("titel.nl", titel), ("titel.en", titel + " (EN)"),
        ("inleiding.nl", "Wij willen weten wat helpt."), ("inleiding.en", "We want to know what helps."),
        ("privacyverklaring.nl", "Uw antwoorden zijn anoniem."), ("privacyverklaring.en", "Your answers are anonymous."),
        ("doelgroepen", "Inwoners"), ("doelgroepen", "Vrijwilligers"),
        ("openVanaf", vanaf), ("openTot", tot), ("bewaartermijnDagen", "180"), ("profielvraagWijk", "1"),
    ];

    private static int IdUit(string locatie, string pad) => int.Parse(Regex.Match(locatie, "^" + Regex.Escape(pad) + @"/(\d+)$").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The row of one language in the page's translation table.</summary>
    private static string Taalrij(PortaalAntwoord pagina, string taal) =>
        Regex.Match(pagina.Html, $"<tr data-taal=\"{taal}\">(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;

    private async Task<Opgeslagen> LeesAsync(int id)
    {
        var (sleutel, _) = await server.Services.GetRequiredService<ApiSleutels>().MaakAsync(Rol.Beheerder, null, null, "test");
        var data = (await _client.GraphQLAsync(
            "query($id: ID!) { uitvraag(id: $id) { titel status openVanaf openTot bewaartermijnDagen doelgroepen profielvraagWijk contactgegevensVragen gepland beschikbareTalen } }",
            new { id = GlobalId.Maak(nameof(Schema.Participatie.Uitvraag), id) }, sleutel: sleutel)).ZonderFouten().Data["uitvraag"]!;
        return new Opgeslagen(
            data["titel"]!.GetValue<string>(), data["status"]!.GetValue<string>(), data["openVanaf"]!.GetValue<string>(), data["openTot"]!.GetValue<string>(),
            data["bewaartermijnDagen"]!.GetValue<int>(), [.. data["doelgroepen"]!.AsArray().Select(d => d!.GetValue<string>())], data["profielvraagWijk"]!.GetValue<bool>(),
            data["gepland"]!.GetValue<bool>(), [.. data["beschikbareTalen"]!.AsArray().Select(d => d!.GetValue<string>())]);
    }

    private sealed record Opgeslagen(string Titel, string Status, string OpenVanaf, string OpenTot, int Bewaartermijn, List<string> Doelgroepen, bool Wijk, bool Gepland, List<string> Talen);

    [Fact]
    public async Task ATeamMakesATrajectAndAnUitvraagChangesSchedulesAndCopiesIt()
    {
        var (portaal, _) = await PortaalAccounts.IngelogdAsync(server, Rol.Trajectteam, traject: 1);
        var naam = "Buurtkracht " + Guid.NewGuid().ToString("N")[..6];

        var lijst = await portaal.GetAsync("/beheer/uitvragen");
        var nieuwTraject = await portaal.VulInAsync("/beheer/trajecten/nieuw", ("naam", naam), ("omschrijving", "Wat maakt de buurt sterk?"), ("onderwerp", "Sociale basis"), ("fase", "Voorbereiding"));
        Assert.Equal(HttpStatusCode.OK, lijst.Status);
        Assert.Contains("href=\"/beheer/uitvragen\"", lijst.Html, StringComparison.Ordinal); // the navigation entry
        Assert.Contains("Visie Sterke Sociale Basis", lijst.Tekst, StringComparison.Ordinal);
        Assert.DoesNotContain("Huis van de Wijk Seghwaert", lijst.Tekst, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, nieuwTraject.Status);
        var traject = IdUit(nieuwTraject.Locatie!, "/beheer/trajecten");

        // The account that made the traject is its team now: it sees it and adds an uitvraag to it.
        Assert.Contains(naam, (await portaal.GetAsync("/beheer/uitvragen")).Tekst, StringComparison.Ordinal);
        var nieuw = await portaal.VulInAsync($"/beheer/uitvragen/nieuw?traject={traject}", [("traject", traject.ToString(System.Globalization.CultureInfo.InvariantCulture)), .. Uitvraag("Samen sterk")]);
        Assert.True(nieuw.Status == HttpStatusCode.Redirect, nieuw.Tekst);
        var id = IdUit(nieuw.Locatie!, "/beheer/uitvragen");
        var opgeslagen = await LeesAsync(id);
        Assert.Equal(("Samen sterk", "CONCEPT", 180, true), (opgeslagen.Titel, opgeslagen.Status, opgeslagen.Bewaartermijn, opgeslagen.Wijk));
        Assert.Equal("2026-12-01T09:00:00+01:00", opgeslagen.OpenVanaf);
        Assert.Equal("2027-03-28T12:00:00+02:00", opgeslagen.OpenTot); // summer time by then: local time stays local
        Assert.Equal(["INWONERS", "VRIJWILLIGERS"], opgeslagen.Doelgroepen);
        Assert.Equal(["NL", "EN"], opgeslagen.Talen);

        var pagina = await portaal.GetAsync($"/beheer/uitvragen/{id}");
        Assert.Equal(HttpStatusCode.OK, pagina.Status);
        Assert.Contains("value=\"2026-12-01T09:00\"", pagina.Html, StringComparison.Ordinal);
        Assert.Contains("Compleet", Taalrij(pagina, "en"), StringComparison.Ordinal);
        Assert.Contains("<li>titel</li>", Taalrij(pagina, "ar"), StringComparison.Ordinal);
        foreach (var link in new[] { $"/beheer/uitvragen/{id}/vragen", $"/beheer/uitvragen/{id}/invoer", $"/beheer/uitvragen/{id}/resultaten", $"/beheer/uitvragen/{id}/afdrukken" })
        {
            Assert.Contains($"href=\"{link}\"", pagina.Html, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await portaal.GetAsync($"/uitvragen/{id}/afdrukken")).Status); // the portal's number is no public id

        // Without the English introduction, English is no longer complete, and the page says what is missing.
        var velden = Uitvraag("Samen sterker").Where(v => v.Item1 != "inleiding.en").ToArray();
        var gewijzigd = await portaal.PostAsync($"/beheer/uitvragen/{id}", pagina.Token, velden);
        Assert.Equal(HttpStatusCode.OK, gewijzigd.Status);
        Assert.Contains("De wijzigingen zijn opgeslagen.", gewijzigd.Tekst, StringComparison.Ordinal);
        Assert.Contains("<li>inleiding</li>", Taalrij(gewijzigd, "en"), StringComparison.Ordinal);
        Assert.Equal(["NL"], (await LeesAsync(id)).Talen);

        // Without questions it cannot open: residents would get a form with only a send button.
        var zonderVragen = await portaal.PostAsync($"/beheer/uitvragen/{id}/status", gewijzigd.Token, ("status", "Open"));
        Assert.Equal(HttpStatusCode.BadRequest, zonderVragen.Status);
        Assert.Contains("Deze uitvraag heeft nog geen vragen. Voeg eerst vragen toe", zonderVragen.Tekst, StringComparison.Ordinal);
        Assert.Contains("Foutcode: NO_QUESTIONS", zonderVragen.Tekst, StringComparison.Ordinal);
        Assert.Contains("href=\"#status-keuze\"", zonderVragen.Html, StringComparison.Ordinal);
        Assert.Equal("CONCEPT", (await LeesAsync(id)).Status);
        await using (var db = await server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>().CreateDbContextAsync())
        {
            foreach (var vraag in TestUitvraag.VijfVragen(t => Vertaalbaar.Van(t), o => Vertaalbaar.Van(o)))
            {
                vraag.UitvraagId = id;
                db.Vragen.Add(vraag);
            }

            await db.SaveChangesAsync();
        }

        // Published with a start ahead of the server's clock: scheduled, it opens by itself.
        var open = await portaal.PostAsync($"/beheer/uitvragen/{id}/status", gewijzigd.Token, ("status", "Open"));
        Assert.Equal(HttpStatusCode.OK, open.Status);
        Assert.Contains("Gepland: gaat vanzelf open op 1 december 2026, 09:00", open.Tekst, StringComparison.Ordinal);
        Assert.Equal(("OPEN", true), ((await LeesAsync(id)).Status, (await LeesAsync(id)).Gepland));

        var kopie = await portaal.PostAsync($"/beheer/uitvragen/{id}/kopieren", open.Token);
        Assert.Equal(HttpStatusCode.Redirect, kopie.Status);
        var kopieId = IdUit(kopie.Locatie!, "/beheer/uitvragen");
        Assert.NotEqual(id, kopieId);
        Assert.Equal(("Samen sterker (kopie)", "CONCEPT"), ((await LeesAsync(kopieId)).Titel, (await LeesAsync(kopieId)).Status));
        Assert.Contains("Samen sterker (kopie)", (await portaal.GetAsync($"/beheer/uitvragen/{kopieId}")).Tekst, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongInputIsShownAtItsFieldsInTheChosenLanguageAndNothingIsStored()
    {
        var (portaal, _) = await PortaalAccounts.IngelogdAsync(server, Rol.Trajectteam, traject: 1);
        int Aantal()
        {
            using var db = server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>().CreateDbContext();
            return db.Uitvragen.Count(u => u.ParticipatietrajectId == 1);
        }

        var voor = Aantal();
        var fout = Uitvraag(string.Empty, vanaf: "2027-03-28T02:30", tot: "gisteren").Where(v => v.Item1 != "bewaartermijnDagen").Append(("bewaartermijnDagen", "veel")).ToArray();
        var nl = await portaal.VulInAsync("/beheer/uitvragen/nieuw?traject=1", [("traject", "1"), .. fout]);
        var tijden = await portaal.VulInAsync("/beheer/uitvragen/nieuw?traject=1", [("traject", "1"), .. Uitvraag(string.Empty, vanaf: "2027-01-10T10:00", tot: "2027-01-01T10:00")]);
        var en = await portaal.VulInAsync("/beheer/uitvragen/nieuw?traject=1&taal=en", [("traject", "1"), .. Uitvraag(string.Empty, vanaf: "2027-01-10T10:00", tot: "2027-01-01T10:00")]);

        Assert.Equal(HttpStatusCode.BadRequest, nl.Status);
        Assert.Contains("bestaat niet: die nacht gaat de klok van 2:00 naar 3:00", WebUtility.HtmlDecode(nl.Tekst), StringComparison.Ordinal);
        Assert.Contains("'Open tot' is geen geldige datum en tijd.", WebUtility.HtmlDecode(nl.Tekst), StringComparison.Ordinal);
        Assert.Contains("Vul een bewaartermijn in van 30 tot 1825 dagen.", WebUtility.HtmlDecode(nl.Tekst), StringComparison.Ordinal);
        Assert.Matches("id=\"openVanaf\"[^>]*value=\"2027-03-28T02:30\" aria-invalid=\"true\"", nl.Html);

        // Every problem at once: the empty title too, not only after the dates are right; in the form's order.
        Assert.Contains("Vul de Nederlandse tekst van 'Titel' in", WebUtility.HtmlDecode(nl.Tekst), StringComparison.Ordinal);
        Assert.Equal(["titel-nl", "openVanaf", "openTot", "bewaartermijnDagen"], Samenvatting(nl));
        Assert.Contains("Foutcode: REQUIRED", WebUtility.HtmlDecode(nl.Tekst), StringComparison.Ordinal);

        // The domain's messages in the form's words: its labels, never the API's field names.
        Assert.Equal(HttpStatusCode.BadRequest, tijden.Status);
        Assert.Contains("Vul de Nederlandse tekst van 'Titel' in", WebUtility.HtmlDecode(tijden.Tekst), StringComparison.Ordinal);
        Assert.Contains("href=\"#titel-nl\"", tijden.Html, StringComparison.Ordinal);
        Assert.Contains("'Open tot' moet na 'Open vanaf' liggen", WebUtility.HtmlDecode(tijden.Tekst), StringComparison.Ordinal);
        Assert.Contains("Foutcode: REQUIRED", WebUtility.HtmlDecode(tijden.Tekst), StringComparison.Ordinal);
        Assert.Contains("Fill in the Dutch text of 'Title'", WebUtility.HtmlDecode(en.Tekst), StringComparison.Ordinal);
        Assert.Contains("'Open until' must be after 'Open from'", WebUtility.HtmlDecode(en.Tekst), StringComparison.Ordinal);
        foreach (var pagina in new[] { nl, tijden, en })
        {
            Assert.DoesNotMatch("'(titel|inleiding|privacyverklaring)\\.[a-z]{2}'|'openTot'|'openVanaf'|'bewaartermijnDagen'", WebUtility.HtmlDecode(pagina.Tekst));
        }

        var bewaren = await portaal.VulInAsync("/beheer/uitvragen/nieuw?traject=1", [("traject", "1"), .. Uitvraag("Te kort bewaard").Where(v => v.Item1 != "bewaartermijnDagen"), ("bewaartermijnDagen", "7")]);
        Assert.Equal(HttpStatusCode.BadRequest, bewaren.Status);
        Assert.Contains("Vul een bewaartermijn in van 30 tot 1825 dagen.", WebUtility.HtmlDecode(bewaren.Tekst), StringComparison.Ordinal);

        var traject = await portaal.VulInAsync("/beheer/trajecten/nieuw", ("naam", string.Empty), ("omschrijving", string.Empty), ("onderwerp", "Sociale basis"), ("fase", "Voorbereiding"));
        Assert.Equal(HttpStatusCode.BadRequest, traject.Status);
        Assert.Contains("Vul 'Naam' in.", WebUtility.HtmlDecode(traject.Tekst), StringComparison.Ordinal);
        Assert.Contains("Vul 'Omschrijving' in.", WebUtility.HtmlDecode(traject.Tekst), StringComparison.Ordinal);
        Assert.DoesNotContain("'naam'", WebUtility.HtmlDecode(traject.Tekst), StringComparison.Ordinal);
        Assert.Equal(voor, Aantal());
    }

    [Fact]
    public async Task TheListGivesTheLastDayOfAnUitvraagThatClosesAtMidnightAndItsPagesLeadBackToIt()
    {
        var (portaal, _) = await PortaalAccounts.IngelogdAsync(server, Rol.Trajectteam, traject: 1);
        var titel = "Tot middernacht " + Guid.NewGuid().ToString("N")[..6];
        var nieuw = await portaal.VulInAsync("/beheer/uitvragen/nieuw?traject=1", [("traject", "1"), .. Uitvraag(titel, vanaf: "2027-01-04T09:00", tot: "2027-01-15T00:00")]);
        Assert.Equal(HttpStatusCode.Redirect, nieuw.Status);
        var id = IdUit(nieuw.Locatie!, "/beheer/uitvragen");

        // Closing at the start of 15 January: the last day one can respond is 14 January, as <sn-uitvraag> says.
        var lijst = await portaal.GetAsync("/beheer/uitvragen");
        var rij = Regex.Match(lijst.Html, $"<a href=\"/beheer/uitvragen/{id}\">[^<]*</a></td>\\s*<td>[^<]*</td>\\s*<td>([^<]*)</td>").Groups[1].Value;
        Assert.Equal("maandag 4 januari 2027 – donderdag 14 januari 2027", WebUtility.HtmlDecode(rij));

        // The entry, list and results pages of an uitvraag each lead back to it.
        var u = await TestUitvraag.MaakAsync(server);
        var nummer = GlobalId.LeesInt(u.Id, nameof(Schema.Participatie.Uitvraag));
        using var team = (await PortaalAccounts.IngelogdAsync(server, Rol.Trajectteam, traject: u.TrajectId)).Portaal;
        foreach (var pad in new[] { $"/beheer/uitvragen/{nummer}/invoer", $"/beheer/uitvragen/{nummer}/reacties", $"/beheer/uitvragen/{u.Id}/resultaten" })
        {
            var pagina = await team.GetAsync(pad);
            Assert.Equal(HttpStatusCode.OK, pagina.Status);
            Assert.Contains($"<a href=\"/beheer/uitvragen/{nummer}\">Terug naar de uitvraag</a>", pagina.Html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ADoubleSubmitOfANewUitvraagOrTrajectAddsItOnceAndAnswersEachPostWithItsPage()
    {
        var (portaal, _) = await PortaalAccounts.IngelogdAsync(server, Rol.Trajectteam, traject: 1);
        string Sleutel(PortaalAntwoord pagina) => Regex.Match(pagina.Html, "name=\"sleutel\" value=\"([^\"]+)\"").Groups[1].Value;

        // A double (even triple) click on "Toevoegen", all at once, and the same form sent again later.
        var titel = "Dubbel " + Guid.NewGuid().ToString("N")[..6];
        var formulier = await portaal.GetAsync("/beheer/uitvragen/nieuw?traject=1");
        Assert.NotEmpty(Sleutel(formulier));
        (string, string)[] velden = [("traject", "1"), ("sleutel", Sleutel(formulier)), .. Uitvraag(titel)];
        var keer = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => portaal.PostAsync("/beheer/uitvragen/nieuw", formulier.Token, velden)));
        var later = await portaal.PostAsync("/beheer/uitvragen/nieuw", formulier.Token, velden);

        Assert.All([.. keer, later], k => Assert.Equal(HttpStatusCode.Redirect, k.Status));
        Assert.Single(keer.Append(later).Select(k => k.Locatie).Distinct());
        await using (var db = await server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>().CreateDbContextAsync())
        {
            Assert.Single(await db.Uitvragen.AsNoTracking().ToListAsync(), u => u.Titel.Nl == titel);
        }

        // A new form is a new uitvraag, even with the same texts.
        var tweede = await portaal.GetAsync("/beheer/uitvragen/nieuw?traject=1");
        Assert.NotEqual(Sleutel(formulier), Sleutel(tweede));

        // The same for a traject: both posts lead to the one traject, neither says its name exists already.
        var naam = "Dubbel traject " + Guid.NewGuid().ToString("N")[..6];
        var nieuwTraject = await portaal.GetAsync("/beheer/trajecten/nieuw");
        (string, string)[] trajectVelden = [("naam", naam), ("omschrijving", "Twee keer geklikt."), ("onderwerp", "Sociale basis"), ("fase", "Voorbereiding"), ("sleutel", Sleutel(nieuwTraject))];
        var trajecten = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => portaal.PostAsync("/beheer/trajecten/nieuw", nieuwTraject.Token, trajectVelden)));
        Assert.All(trajecten, k => Assert.Equal(HttpStatusCode.Redirect, k.Status));
        Assert.Single(trajecten.Select(k => k.Locatie).Distinct());
    }

    /// <summary>The fields the error summary links to, in its order.</summary>
    private static List<string> Samenvatting(PortaalAntwoord pagina) =>
        [.. Regex.Matches(Regex.Match(pagina.Html, "<div class=\"foutsamenvatting\".*?</ul>", RegexOptions.Singleline).Value, "href=\"#([^\"]+)\"").Select(m => m.Groups[1].Value)];

    [Fact]
    public async Task OnlyTheTeamOfTheTrajectAndABeheerderOpenItsPages()
    {
        var (team, _) = await PortaalAccounts.IngelogdAsync(server, Rol.Trajectteam, traject: 1);
        var (redacteur, _) = await PortaalAccounts.IngelogdAsync(server, Rol.Redacteur, organisatie: 1);
        var ander = await TestUitvraag.MaakAsync(server, UitvraagStatus.Concept);
        var anderId = GlobalId.LeesInt(ander.Id, nameof(Schema.Participatie.Uitvraag));

        var vreemd = await team.GetAsync($"/beheer/uitvragen/{anderId}");
        var vreemdTraject = await team.GetAsync($"/beheer/trajecten/{ander.TrajectId}");
        var vreemdKopieren = await team.PostAsync($"/beheer/uitvragen/{anderId}/kopieren", (await team.GetAsync("/beheer/uitvragen")).Token);
        var onbekend = await team.GetAsync("/beheer/uitvragen/999999");
        var start = await redacteur.GetAsync("/beheer");
        var lijst = await redacteur.GetAsync("/beheer/uitvragen");

        Assert.Equal(HttpStatusCode.Forbidden, vreemd.Status);
        Assert.DoesNotContain("Testuitvraag", vreemd.Tekst, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, vreemdTraject.Status);
        Assert.Equal(HttpStatusCode.Forbidden, vreemdKopieren.Status);
        Assert.Equal(HttpStatusCode.Forbidden, onbekend.Status);
        Assert.DoesNotContain("href=\"/beheer/uitvragen\"", start.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, lijst.Status);
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>().CreateDbContextAsync();
        Assert.Equal(1, await db.Uitvragen.CountAsync(u => u.ParticipatietrajectId == ander.TrajectId));
    }
}
