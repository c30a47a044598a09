using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;
using SociaalNetwerk.Schema.Accounts;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// The activity form's later parts (issue 11): the preview before saving, the location search, the kernopgaven,
/// network and organiser fields, and a reason for one cancelled date.
/// </summary>
public sealed partial class BeheerActiviteitenTests
{
    [Fact]
    public async Task ThePreviewShowsTheActivityAsTheAgendaAndItsPageWillShowItWithoutStoringAndKeepsTheForm()
    {
        var partners = await TestPartners.MaakAsync(server);
        using var portaal = await RedacteurAsync(partners.A);
        var titel = "Voorbeeldkoffie " + Guid.NewGuid().ToString("N")[..6];
        var locatieNaam = await LocatieNaamAsync(partners.LocatieId);
        var nieuw = await portaal.GetAsync("/beheer/activiteiten/nieuw");

        var proef = await portaal.PostAsync("/beheer/activiteiten/nieuw", nieuw.Token, [.. Wekelijks(partners, titel), ("actie", "voorbeeld")]);
        Assert.Equal(HttpStatusCode.OK, proef.Status);
        var tekst = WebUtility.HtmlDecode(proef.Tekst);
        Assert.Contains("Voorbeeld: zo ziet de activiteit eruit", tekst, StringComparison.Ordinal);

        // The agenda item (the public page's component): title, time, place, organiser, cost; no link to a page that does not exist yet.
        var agendaDeel = proef.Html[proef.Html.IndexOf("<ul class=\"lijst\">", StringComparison.Ordinal)..];
        agendaDeel = agendaDeel[..agendaDeel.IndexOf("</ul>", StringComparison.Ordinal)];
        Assert.Contains($"<h4><bdi>{titel}</bdi></h4>", agendaDeel, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(locatieNaam), agendaDeel, StringComparison.Ordinal);
        Assert.Contains(partners.NaamA, agendaDeel, StringComparison.Ordinal);
        Assert.Contains("€ 2,50", WebUtility.HtmlDecode(agendaDeel), StringComparison.Ordinal);
        Assert.DoesNotContain("/activiteiten/", agendaDeel, StringComparison.Ordinal);

        // The activity's page (its component): the rule in words, the next dates, the description, the languages; ids that do not clash with the form's.
        Assert.Contains("Elke week op dinsdag, van 10:00 tot 12:00, 3 keer in totaal.", tekst, StringComparison.Ordinal);
        Assert.Contains("dinsdag 30 maart 2027, 10:00 – 12:00", tekst, StringComparison.Ordinal);
        Assert.Contains("Koffie en een praatje.", tekst, StringComparison.Ordinal);
        Assert.Contains("id=\"proef-kosten\"", proef.Html, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(proef.Html, "id=\"kosten\""));

        // Back to editing (the form with its values) or save (a button of the same form).
        Assert.Contains("href=\"#titel\"", proef.Html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{titel}\"", proef.Html, StringComparison.Ordinal);
        Assert.Contains("form=\"activiteit-formulier\" name=\"actie\" value=\"opslaan\"", proef.Html, StringComparison.Ordinal);
        Assert.Equal(0, await AantalAsync(titel));

        // The domain's own checks in the preview: an unknown location is an error at the field, and nothing is stored.
        var onbekend = await portaal.PostAsync(
            "/beheer/activiteiten/nieuw", proef.Token, [.. Wekelijks(partners, titel).Where(v => v.Item1 != "locatie"), ("locatie", "999999"), ("actie", "voorbeeld")]);
        Assert.Equal(HttpStatusCode.BadRequest, onbekend.Status);
        Assert.Contains("id=\"fout-locatie\"", onbekend.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Voorbeeld: zo ziet de activiteit eruit", onbekend.Html, StringComparison.Ordinal);

        // A stored activity: the preview shows the changed title; the stored one stays until saved.
        var opgeslagen = await portaal.PostAsync("/beheer/activiteiten/nieuw", proef.Token, [.. Wekelijks(partners, titel), ("actie", "opslaan")]);
        var id = IdUit(opgeslagen.Locatie);
        var pagina = await portaal.GetAsync(opgeslagen.Locatie!);
        var wijziging = await portaal.PostAsync(
            $"/beheer/activiteiten/{Uri.EscapeDataString(id)}", pagina.Token, [.. Wekelijks(partners, titel + " (anders)").Where(v => v.Item1 != "organisatie"), ("actie", "voorbeeld")]);
        Assert.Equal(HttpStatusCode.OK, wijziging.Status);
        Assert.Contains($"<h4><bdi>{titel} (anders)</bdi></h4>", wijziging.Html, StringComparison.Ordinal);
        Assert.Equal(titel, await TitelAsync(id));
    }

    [Fact]
    public async Task OneSubmitShowsEveryProblemOfTheFormInTheFormsOwnWordsAndKeepsEveryValue()
    {
        var partners = await TestPartners.MaakAsync(server);
        using var portaal = await RedacteurAsync(partners.A);
        var titel = "Alles tegelijk " + Guid.NewGuid().ToString("N")[..6];
        var nieuw = await portaal.GetAsync("/beheer/activiteiten/nieuw");

        // An amount that is no amount (the form's own check) and, elsewhere, what only the domain checks: no place,
        // an e-mail address and a language code that are none, a number of places below 1.
        (string, string)[] velden =
        [
            .. Wekelijks(partners, titel).Where(v => v.Item1 is not ("locatie" or "kosten" or "talen")),
            ("kosten", "twee euro"), ("contactEmail", "geen-adres"), ("capaciteit", "-3"), ("talen", "nederlands"), ("actie", "opslaan"),
        ];
        var fout = await portaal.PostAsync("/beheer/activiteiten/nieuw", nieuw.Token, velden);
        Assert.Equal(HttpStatusCode.BadRequest, fout.Status);
        var tekst = WebUtility.HtmlDecode(fout.Tekst);
        foreach (var veld in new[] { "locatie", "kosten", "contactEmail", "capaciteit", "talen" })
        {
            Assert.Contains($"id=\"fout-{veld}\"", fout.Html, StringComparison.Ordinal);
            Assert.Contains($"<a href=\"#{veld}\">", fout.Html, StringComparison.Ordinal);
        }

        // The summary in the order of the page: the place before the amount, the amount before the contact.
        Assert.True(fout.Html.IndexOf("href=\"#locatie\"", StringComparison.Ordinal) < fout.Html.IndexOf("href=\"#kosten\"", StringComparison.Ordinal));
        Assert.True(fout.Html.IndexOf("href=\"#kosten\"", StringComparison.Ordinal) < fout.Html.IndexOf("href=\"#contactEmail\"", StringComparison.Ordinal));

        // A mistake in the form, not a failure of the server: the heading says so (as the English one does).
        Assert.Contains("<h2 id=\"fouten-kop\">Er is een probleem</h2>", fout.Html, StringComparison.Ordinal);

        // The form's words, never the API's field names.
        Assert.Contains("Kies een locatie, of vul een link naar de online bijeenkomst in.", tekst, StringComparison.Ordinal);
        Assert.Contains("'Aantal plaatsen' moet tussen 1 en 100000 liggen.", tekst, StringComparison.Ordinal);
        Assert.DoesNotContain("aanmelding.capaciteit", tekst, StringComparison.Ordinal);
        Assert.DoesNotContain("locatieId", tekst, StringComparison.Ordinal);
        Assert.DoesNotContain("onlineLink'", tekst, StringComparison.Ordinal);

        // Every value as typed; nothing stored.
        Assert.Contains("value=\"twee euro\"", fout.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"geen-adres\"", fout.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"nederlands\"", fout.Html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{titel}\"", fout.Html, StringComparison.Ordinal);
        Assert.Equal(0, await AantalAsync(titel));

        // A date that cannot be read: the domain's checks of the dates are not shown beside it, the others are.
        var datum = await portaal.PostAsync(
            "/beheer/activiteiten/nieuw", fout.Token, [.. velden.Where(v => v.Item1 is not ("datum" or "kosten")), ("datum", "morgen"), ("kosten", "2")]);
        Assert.Equal(HttpStatusCode.BadRequest, datum.Status);
        Assert.Contains("id=\"fout-datum\"", datum.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"fout-begintijd\"", datum.Html, StringComparison.Ordinal);
        Assert.Contains("id=\"fout-contactEmail\"", datum.Html, StringComparison.Ordinal);
        Assert.Equal(0, await AantalAsync(titel));
    }

    [Fact]
    public async Task TheLocationSearchNarrowsTheChoiceWithoutAccentsAndKeepsTheFormAndANewLocationComesBackChosen()
    {
        var partners = await TestPartners.MaakAsync(server);
        using var portaal = await RedacteurAsync(partners.A);
        var kenmerk = Guid.NewGuid().ToString("N")[..8];
        int cafe;
        await using (var db = await server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>().CreateDbContextAsync())
        {
            var locatie = new Schema.Wijken.Locatie { Naam = "Café Ümit " + kenmerk, Adres = "Dorpsstraat 1", Postcode = "2712 AB" };
            db.Locaties.Add(locatie);
            await db.SaveChangesAsync();
            cafe = locatie.Id;
        }

        var titel = "Zoektest " + kenmerk;
        var nieuw = await portaal.GetAsync("/beheer/activiteiten/nieuw");
        var zoek = await portaal.PostAsync(
            "/beheer/activiteiten/nieuw", nieuw.Token, [.. Wekelijks(partners, titel).Where(v => v.Item1 != "locatie"), ("locatie", ""), ("locatieZoek", "cafe UMIT " + kenmerk), ("actie", "zoek-locatie")]);
        Assert.Equal(HttpStatusCode.OK, zoek.Status);
        Assert.Equal(["", cafe.ToString(CultureInfo.InvariantCulture)], LocatieOpties(zoek.Html));
        Assert.Contains("1 locatie(s) gevonden", WebUtility.HtmlDecode(zoek.Tekst), StringComparison.Ordinal);

        // The page comes back with the focus at what was found, right above the list (autofocus; the only one on the page).
        Assert.Contains("id=\"locatie-treffers\" tabindex=\"-1\" autofocus", zoek.Html, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(zoek.Html, " autofocus"));
        Assert.Contains($"value=\"{titel}\"", zoek.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"2027-03-16\"", zoek.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"fout-", zoek.Html, StringComparison.Ordinal);
        Assert.Equal(0, await AantalAsync(titel));

        // Nothing found: a message, and the location already chosen stays in the list.
        var niets = await portaal.PostAsync(
            "/beheer/activiteiten/nieuw", zoek.Token, [.. Wekelijks(partners, titel), ("locatieZoek", "bestaatniet" + kenmerk), ("actie", "zoek-locatie")]);
        Assert.Contains("Geen locatie gevonden", WebUtility.HtmlDecode(niets.Tekst), StringComparison.Ordinal);
        Assert.Equal(["", GlobalId.LeesInt(partners.LocatieId, "Locatie").ToString(CultureInfo.InvariantCulture)], LocatieOpties(niets.Html));

        // A new location from the form: added on the locations page, then back to the form with it chosen.
        var toevoegen = zoek.Html.Contains("href=\"/beheer/locaties/nieuw?terug=nieuw\"", StringComparison.Ordinal);
        Assert.True(toevoegen, "the form links to adding a location and coming back");
        var locatiePagina = await portaal.GetAsync("/beheer/locaties/nieuw?terug=nieuw");
        Assert.Contains("name=\"terug\" value=\"nieuw\"", locatiePagina.Html, StringComparison.Ordinal);
        var opgeslagen = await portaal.PostAsync("/beheer/locaties/nieuw", locatiePagina.Token,
            ("naam", "Buurthuis " + kenmerk), ("adres", "Nieuwe weg " + kenmerk), ("postcode", "2718XZ"), ("terug", "nieuw"));
        Assert.Equal(HttpStatusCode.Redirect, opgeslagen.Status);
        Assert.StartsWith("/beheer/activiteiten/nieuw?locatie=", opgeslagen.Locatie, StringComparison.Ordinal);
        var terug = await portaal.GetAsync(opgeslagen.Locatie!);
        var nummer = opgeslagen.Locatie!["/beheer/activiteiten/nieuw?locatie=".Length..];
        Assert.Contains($"<option value=\"{nummer}\" selected", terug.Html, StringComparison.Ordinal);
        Assert.Contains("Buurthuis " + kenmerk, terug.Html, StringComparison.Ordinal);

        // Only the portal's own forms are places to go back to: another address is ignored.
        var elders = await portaal.PostAsync("/beheer/locaties/nieuw", terug.Token,
            ("naam", "Elders " + kenmerk), ("adres", "Andere weg " + kenmerk), ("postcode", "2718XZ"), ("terug", "https://example.org/"));
        Assert.Equal(HttpStatusCode.Redirect, elders.Status);
        Assert.StartsWith("/beheer/locaties?", elders.Locatie, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneDateIsCancelledInThePortalWithAReasonThatTheApiAndTheEditPageShow()
    {
        var partners = await TestPartners.MaakAsync(server);
        using var portaal = await RedacteurAsync(partners.A);
        var titel = "Redenkoffie " + Guid.NewGuid().ToString("N")[..6];
        var nieuw = await portaal.GetAsync("/beheer/activiteiten/nieuw");
        var opgeslagen = await portaal.PostAsync("/beheer/activiteiten/nieuw", nieuw.Token, [.. Wekelijks(partners, titel), ("actie", "opslaan")]);
        var id = IdUit(opgeslagen.Locatie);
        var pagina = await portaal.GetAsync(opgeslagen.Locatie!);
        Assert.Contains("<label for=\"datum-reden-1\">", pagina.Html, StringComparison.Ordinal);

        var annuleren = await portaal.PostAsync($"/beheer/activiteiten/{Uri.EscapeDataString(id)}/datum", pagina.Token, ("start", "2027-03-23T09:00:00Z"), ("actie", "annuleren"), ("reden", "  De zaal is bezet  "));
        Assert.Equal(HttpStatusCode.Redirect, annuleren.Status);
        var naAnnuleren = await portaal.GetAsync(annuleren.Locatie!);
        Assert.Contains("Gaat niet door: De zaal is bezet", WebUtility.HtmlDecode(naAnnuleren.Tekst), StringComparison.Ordinal);
        var data = (await _client.GraphQLAsync("query($id: ID!) { activiteit(id: $id) { volgendeVoorkomens(aantal: 3) { annuleringReden } } }", new { id }))
            .ZonderFouten().Data["activiteit"]!["volgendeVoorkomens"]!.AsArray().Select(v => v!["annuleringReden"]?.GetValue<string>());
        Assert.Equal([null, "De zaal is bezet", null], data);

        // A reason that is too long: the message at the list of dates, the date not cancelled.
        var teLang = await portaal.PostAsync($"/beheer/activiteiten/{Uri.EscapeDataString(id)}/datum", naAnnuleren.Token, ("start", "2027-03-30T08:00:00Z"), ("actie", "annuleren"), ("reden", new string('x', 501)));
        Assert.Equal(HttpStatusCode.BadRequest, teLang.Status);
        Assert.Contains("id=\"fout-datums\"", teLang.Html, StringComparison.Ordinal);
        Assert.Equal("GEPLAND", (await DataAsync(id))[2].Status);
    }

    [Fact]
    public async Task KernopgavenANetworkAndMovingBetweenOwnOrganisationsAreInTheFormAndAnotherOrganisationIsRefused()
    {
        var partners = await TestPartners.MaakAsync(server);
        var a = GlobalId.LeesInt(partners.A, "Organisatie");
        var b = GlobalId.LeesInt(partners.B, "Organisatie");
        int netwerk;
        await using (var db = await server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>().CreateDbContextAsync())
        {
            var n = new Schema.Netwerken.Netwerk { Naam = "Testnetwerk " + Guid.NewGuid().ToString("N")[..6] };
            db.Netwerken.Add(n);
            await db.SaveChangesAsync();
            db.Lidmaatschappen.Add(new Schema.Netwerken.Lidmaatschap { NetwerkId = n.Id, OrganisatieId = a });
            await db.SaveChangesAsync();
            netwerk = n.Id;
        }

        // One person, redacteur of A and of B.
        var email = $"ab{Guid.NewGuid():N}"[..12] + "@partner.example";
        string code;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var beheer = scope.ServiceProvider.GetRequiredService<AccountBeheer>();
            code = (await beheer.NodigUitAsync(email, Rol.Redacteur, a, null)).Code!;
            await beheer.NodigUitAsync(email, Rol.Redacteur, b, null);
        }

        using var portaal = new Portaal(server);
        Assert.Equal(HttpStatusCode.Redirect, (await portaal.VulInAsync("/beheer/uitnodiging/" + code, ("wachtwoord", Wachtwoord), ("herhaling", Wachtwoord))).Status);
        var titel = "Netwerkkoffie " + Guid.NewGuid().ToString("N")[..6];
        var nieuw = await portaal.GetAsync("/beheer/activiteiten/nieuw");
        Assert.Contains($"<option value=\"{netwerk}\"", nieuw.Html, StringComparison.Ordinal);
        var opgeslagen = await portaal.PostAsync("/beheer/activiteiten/nieuw", nieuw.Token,
            [.. Wekelijks(partners, titel), ("kernopgave", "Bestaanszekerheid"), ("kernopgave", "Kansengelijkheid"), ("netwerk", netwerk.ToString(CultureInfo.InvariantCulture)), ("actie", "opslaan")]);
        Assert.Equal(HttpStatusCode.Redirect, opgeslagen.Status);
        var id = IdUit(opgeslagen.Locatie);
        const string Vraag = "query($id: ID!) { activiteit(id: $id) { kernopgaven netwerk { id } organisatoren { id } } }";
        var data = (await _client.GraphQLAsync(Vraag, new { id })).ZonderFouten().Data["activiteit"]!;
        Assert.Equal(["BESTAANSZEKERHEID", "KANSENGELIJKHEID"], data["kernopgaven"]!.AsArray().Select(k => k!.GetValue<string>()).Order());
        Assert.Equal(GlobalId.Maak("Netwerk", netwerk), data["netwerk"]!["id"]!.GetValue<string>());

        // The edit page shows them; moving the activity from A to B (both its own) keeps the rest.
        var pagina = await portaal.GetAsync(opgeslagen.Locatie!);
        Assert.Contains("id=\"kernopgave-Bestaanszekerheid\" name=\"kernopgave\" value=\"Bestaanszekerheid\" checked", pagina.Html, StringComparison.Ordinal);
        Assert.Contains($"name=\"organisatieWas\" value=\"{a}\"", pagina.Html, StringComparison.Ordinal);
        var verplaatst = await portaal.PostAsync($"/beheer/activiteiten/{Uri.EscapeDataString(id)}", pagina.Token,
            [.. Wekelijks(partners, titel).Where(v => v.Item1 != "organisatie"), ("organisatie", b.ToString(CultureInfo.InvariantCulture)), ("organisatieWas", a.ToString(CultureInfo.InvariantCulture)),
             ("kernopgave", "Bestaanszekerheid"), ("actie", "opslaan")]);
        Assert.Equal(HttpStatusCode.Redirect, verplaatst.Status);
        data = (await _client.GraphQLAsync(Vraag, new { id })).ZonderFouten().Data["activiteit"]!;
        Assert.Equal([partners.B], data["organisatoren"]!.AsArray().Select(o => o!["id"]!.GetValue<string>()));
        Assert.Equal(["BESTAANSZEKERHEID"], data["kernopgaven"]!.AsArray().Select(k => k!.GetValue<string>()));
        Assert.Null(data["netwerk"]);

        // A redacteur of A alone cannot move its activity to B (a forged form): refused at the field, nothing changes.
        using var alleenA = await RedacteurAsync(partners.A);
        var nieuwA = await alleenA.GetAsync("/beheer/activiteiten/nieuw");
        var vanA = await alleenA.PostAsync("/beheer/activiteiten/nieuw", nieuwA.Token, [.. Wekelijks(partners, titel + " A"), ("actie", "opslaan")]);
        var idA = IdUit(vanA.Locatie);
        var paginaA = await alleenA.GetAsync(vanA.Locatie!);
        var weg = await alleenA.PostAsync($"/beheer/activiteiten/{Uri.EscapeDataString(idA)}", paginaA.Token,
            [.. Wekelijks(partners, titel + " A").Where(v => v.Item1 != "organisatie"), ("organisatie", b.ToString(CultureInfo.InvariantCulture)), ("organisatieWas", a.ToString(CultureInfo.InvariantCulture)), ("actie", "opslaan")]);
        Assert.Equal(HttpStatusCode.BadRequest, weg.Status);
        Assert.Contains("id=\"fout-organisatie\"", weg.Html, StringComparison.Ordinal);
        data = (await _client.GraphQLAsync(Vraag, new { id = idA })).ZonderFouten().Data["activiteit"]!;
        Assert.Equal([partners.A], data["organisatoren"]!.AsArray().Select(o => o!["id"]!.GetValue<string>()));
    }

    private static List<string> LocatieOpties(string html)
    {
        var begin = html.IndexOf("<select id=\"locatie\"", StringComparison.Ordinal);
        var select = html[begin..html.IndexOf("</select>", begin, StringComparison.Ordinal)];
        return [.. Opties().Matches(select).Select(m => m.Groups[1].Value)];
    }

    [System.Text.RegularExpressions.GeneratedRegex("<option value(?:=\"([^\"]*)\")?[ >]")]
    private static partial System.Text.RegularExpressions.Regex Opties();

    private async Task<string> LocatieNaamAsync(string locatieId)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>().CreateDbContextAsync();
        var id = GlobalId.LeesInt(locatieId, "Locatie");
        return await db.Locaties.Where(l => l.Id == id).Select(l => l.Naam).FirstAsync();
    }
}
