using SociaalNetwerk.Schema.Accounts;
using SociaalNetwerk.Schema.Netwerken;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// The portal's pages for accounts, keys, organisations and networks (issue 11), each main flow over real HTTP as a
/// person without JavaScript uses it: forms with the page's token, mails read from the <c>.eml</c> files, the result
/// checked through the GraphQL API.
/// </summary>
public sealed class BeheerPaginaTests(BeheerServer server) : IClassFixture<BeheerServer>
{
    private const string Wachtwoord = PortaalAccounts.Wachtwoord;

    [Fact]
    public async Task ABeheerderInvitesFromThePortalAndThePersonAcceptsTheMailedLinkThenLosesARoleAndIsDisabled()
    {
        var (beheerder, beheerderEmail) = await PortaalAccounts.IngelogdAsync(server, Rol.Beheerder);
        using var _b = beheerder;
        var pagina = await beheerder.GetAsync("/beheer/accounts");
        Assert.Equal(HttpStatusCode.OK, pagina.Status);
        Assert.Contains("href=\"/beheer/accounts\"", pagina.Html, StringComparison.Ordinal);

        var email = PortaalAccounts.NieuwAdres();
        var uitgenodigd = await beheerder.PostAsync("/beheer/accounts", pagina.Token, ("email", email), ("rol", "Redacteur"), ("organisatie", "2"), ("traject", string.Empty));
        Assert.True(uitgenodigd.Status == HttpStatusCode.OK, uitgenodigd.Tekst);
        Assert.Contains($"{email} is uitgenodigd", uitgenodigd.Tekst, StringComparison.Ordinal);
        Assert.Contains("De uitnodiging wordt verstuurd", uitgenodigd.Tekst, StringComparison.Ordinal);
        Assert.Contains("Redacteur van inZet", Assert.Single(await Portaal.WachtOpMailsAsync(server, email)).TextBody, StringComparison.Ordinal);

        using var persoon = new Portaal(server);
        var link = Portaal.LinkUitMail(server, email);
        Assert.Equal("/beheer", (await persoon.VulInAsync(link, ("wachtwoord", Wachtwoord), ("herhaling", Wachtwoord))).Locatie);
        var start = await persoon.GetAsync("/beheer");
        Assert.Contains("Redacteur van inZet", start.Tekst, StringComparison.Ordinal);
        Assert.Contains("href=\"/beheer/organisatie/2\"", start.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/beheer/accounts\"", start.Html, StringComparison.Ordinal);

        // The list shows the account, active, with its role; inviting it again for organisation 1 adds that role.
        var lijst = await beheerder.GetAsync("/beheer/accounts");
        var rij = Regex.Match(lijst.Html, $"<tr>\\s*<td>{Regex.Escape(email)}</td>.*?</tr>", RegexOptions.Singleline).Value;
        Assert.Contains("<td>actief</td>", rij, StringComparison.Ordinal);
        Assert.Contains("Redacteur van inZet", rij, StringComparison.Ordinal);
        var erbij = await beheerder.PostAsync("/beheer/accounts", lijst.Token, ("email", email), ("rol", "Redacteur"), ("organisatie", "1"));
        Assert.Contains("heeft de rol erbij gekregen", erbij.Tekst, StringComparison.Ordinal);
        Assert.Single(Portaal.Mails(server, email)); // it has a password: no new link

        // Taking the inZet role away: the person no longer reaches inZet's page.
        int accountId, rolId;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var account = (await scope.ServiceProvider.GetRequiredService<AccountBeheer>().ZoekAsync(email))!;
            accountId = account.Id;
            rolId = account.Rollen.Single(r => r.OrganisatieId == 2).Id;
        }

        Assert.Equal(HttpStatusCode.OK, (await persoon.GetAsync("/beheer/organisatie/2")).Status);
        var af = await beheerder.PostAsync($"/beheer/accounts/{accountId}/rollen/{rolId}/verwijderen", erbij.Token);
        Assert.Equal(HttpStatusCode.OK, af.Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await persoon.GetAsync("/beheer/organisatie/2")).Status);
        Assert.Equal(HttpStatusCode.OK, (await persoon.GetAsync("/beheer/organisatie/1")).Status);

        // A beheerder cannot take its own beheerder role away, nor disable itself.
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var ik = (await scope.ServiceProvider.GetRequiredService<AccountBeheer>().LijstAsync()).Single(a => a.Email == beheerderEmail);
            var zelf = await beheerder.PostAsync($"/beheer/accounts/{ik.Id}/rollen/{ik.Rollen.Single().Id}/verwijderen", af.Token);
            Assert.Equal(HttpStatusCode.BadRequest, zelf.Status);
            Assert.Contains("Je kunt je eigen account niet uitschakelen", zelf.Tekst, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.BadRequest, (await beheerder.PostAsync($"/beheer/accounts/{ik.Id}/uitschakelen", af.Token)).Status);
            Assert.Equal(HttpStatusCode.OK, (await beheerder.GetAsync("/beheer/accounts")).Status);
        }

        // Disabling ends the session at once.
        var uit = await beheerder.PostAsync($"/beheer/accounts/{accountId}/uitschakelen", af.Token);
        Assert.Contains($"Het account {email} is uitgeschakeld", uit.Tekst, StringComparison.Ordinal);
        Assert.StartsWith("/beheer/inloggen", (await persoon.GetAsync("/beheer")).Locatie, StringComparison.Ordinal);
        Assert.Contains("<td>uitgeschakeld</td>", Regex.Match(uit.Html, $"<tr>\\s*<td>{Regex.Escape(email)}</td>.*?</tr>", RegexOptions.Singleline).Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheInviteFormShowsFieldErrorsAndAFormWithoutTokenIsRefusedWithNothingDone()
    {
        var (beheerder, _) = await PortaalAccounts.IngelogdAsync(server, Rol.Beheerder);
        using var _b = beheerder;
        var pagina = await beheerder.GetAsync("/beheer/accounts");
        var fout = await beheerder.PostAsync("/beheer/accounts", pagina.Token, ("email", "geen adres"), ("rol", "Redacteur"), ("organisatie", string.Empty));
        Assert.Equal(HttpStatusCode.BadRequest, fout.Status);
        Assert.Contains("class=\"foutsamenvatting\"", fout.Html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#email\">Vul een geldig e-mailadres in", fout.Html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"veldfout\" id=\"email-fout\">Vul een geldig e-mailadres in", fout.Html, StringComparison.Ordinal);
        Assert.Matches("<input id=\"email\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"email-fout\"", fout.Html);
        Assert.Contains("<span class=\"veldfout\" id=\"organisatie-fout\">Een redacteur hoort bij een organisatie", fout.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"geen adres\"", fout.Html, StringComparison.Ordinal);

        // In English too.
        var engels = await beheerder.PostAsync("/beheer/accounts?taal=en", fout.Token, ("email", "geen adres"), ("rol", "Beheerder"));
        Assert.Contains("Enter a valid e-mail address", engels.Tekst, StringComparison.Ordinal);

        // A forged form (no token): refused, no account made.
        var email = PortaalAccounts.NieuwAdres();
        var vals = await beheerder.PostAsync("/beheer/accounts", null, ("email", email), ("rol", "Beheerder"));
        Assert.Equal(HttpStatusCode.BadRequest, vals.Status);
        Assert.Contains("Foutcode: ANTIFORGERY_INVALID", vals.Html, StringComparison.Ordinal);
        await using var scope = server.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<AccountBeheer>().ZoekAsync(email));
        Assert.Empty(Portaal.Mails(server, email));
    }

    [Fact]
    public async Task ARedacteurMakesAKeyShownOnceUsesItOnGraphQLAndRevokesItAfterwardsItIsRefused()
    {
        var (redacteur, _) = await PortaalAccounts.IngelogdAsync(server, Rol.Redacteur, 1);
        using var _r = redacteur;
        var pagina = await redacteur.GetAsync("/beheer/sleutels");
        Assert.Equal(HttpStatusCode.OK, pagina.Status);
        Assert.DoesNotContain("name=\"rol\"", pagina.Html, StringComparison.Ordinal);

        var leeg = await redacteur.PostAsync("/beheer/sleutels", pagina.Token, ("omschrijving", "  "), ("organisatie", "1"));
        Assert.Equal(HttpStatusCode.BadRequest, leeg.Status);
        Assert.Contains("id=\"omschrijving-fout\"", leeg.Html, StringComparison.Ordinal);

        // Another organisation, sent by hand, and a beheerder role: neither is possible for a redacteur.
        var ander = await redacteur.PostAsync("/beheer/sleutels", leeg.Token, ("omschrijving", "website"), ("organisatie", "2"), ("rol", "Beheerder"));
        Assert.Equal(HttpStatusCode.BadRequest, ander.Status);
        Assert.Contains("id=\"organisatie-fout\"", ander.Html, StringComparison.Ordinal);

        var gemaakt = await redacteur.PostAsync("/beheer/sleutels", ander.Token, ("omschrijving", "website van de wijkvereniging"), ("organisatie", "1"));
        Assert.Equal(HttpStatusCode.Redirect, gemaakt.Status);
        gemaakt = await redacteur.GetAsync(gemaakt.Locatie!);
        var sleutel = Regex.Match(gemaakt.Html, "<code class=\"sleutel\">(sn_[a-z0-9]+_[a-z0-9]+)</code>").Groups[1].Value;
        Assert.NotEmpty(sleutel);
        var kenmerk = sleutel[..sleutel.LastIndexOf('_')];
        var geheim = sleutel[(sleutel.LastIndexOf('_') + 1)..];

        // The key works on the API for its organisation.
        var client = server.MaakClient();
        var wijzig = "mutation($id: ID!) { organisatieWijzigen(id: $id, invoer: { telefoon: \"079 123 45 67\" }) { gelukt } }";
        var id = GlobalId.Maak(nameof(Organisatie), 1);
        Assert.True((await client.GraphQLAsync(wijzig, new { id }, sleutel: sleutel)).ZonderFouten().Data["organisatieWijzigen"]!["gelukt"]!.GetValue<bool>());

        // The list shows it by kenmerk, never its secret.
        var lijst = await redacteur.GetAsync("/beheer/sleutels");
        Assert.Contains(kenmerk, lijst.Html, StringComparison.Ordinal);
        Assert.Contains("website van de wijkvereniging", lijst.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(geheim, lijst.Html, StringComparison.Ordinal);

        // A redacteur of another organisation neither sees nor revokes it.
        var (anderRedacteur, _) = await PortaalAccounts.IngelogdAsync(server, Rol.Redacteur, 2);
        using var _a = anderRedacteur;
        var anderLijst = await anderRedacteur.GetAsync("/beheer/sleutels");
        Assert.DoesNotContain(kenmerk, anderLijst.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await anderRedacteur.PostAsync($"/beheer/sleutels/{kenmerk}/intrekken", anderLijst.Token)).Status);
        Assert.True((await client.GraphQLAsync(wijzig, new { id }, sleutel: sleutel)).ZonderFouten().Data["organisatieWijzigen"]!["gelukt"]!.GetValue<bool>());

        var ingetrokken = await redacteur.PostAsync($"/beheer/sleutels/{kenmerk}/intrekken", lijst.Token);
        Assert.Equal(HttpStatusCode.OK, ingetrokken.Status);
        Assert.Contains("is ingetrokken", ingetrokken.Tekst, StringComparison.Ordinal);
        var geweigerd = await client.GraphQLAsync(wijzig, new { id }, sleutel: sleutel);
        Assert.Equal("INVALID_API_KEY", geweigerd.EersteCode);
    }

    [Fact]
    public async Task ARedacteurEditsItsOrganisationAndTheChangeIsInTheGraphQLOrganisatie()
    {
        var (redacteur, _) = await PortaalAccounts.IngelogdAsync(server, Rol.Redacteur, 2);
        using var _r = redacteur;
        var pagina = await redacteur.GetAsync("/beheer/organisatie/2");
        Assert.Equal(HttpStatusCode.OK, pagina.Status);
        Assert.Contains("<h1>inZet</h1>", pagina.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"naam\"", pagina.Html, StringComparison.Ordinal);
        var wijken = Regex.Matches(pagina.Html, "name=\"wijken\" value=\"([a-z-]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(wijken);

        // A wrong website and postcode: both at their field and in the summary, nothing stored.
        var fout = await redacteur.PostAsync("/beheer/organisatie/2", pagina.Token,
            ("omschrijving", "Niet bewaard"), ("website", "geen adres"), ("adres.straat", "Dorpsstraat 1"), ("adres.postcode", "123"));
        Assert.Equal(HttpStatusCode.BadRequest, fout.Status);
        Assert.Contains("id=\"website-fout\"", fout.Html, StringComparison.Ordinal);
        Assert.Contains("id=\"adres-postcode-fout\"", fout.Html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#adres-postcode\">", fout.Html, StringComparison.Ordinal);
        Assert.Contains("Niet bewaard", fout.Html, StringComparison.Ordinal);
        Assert.Contains("'geen adres' is geen geldige link", WebUtility.HtmlDecode(fout.Html), StringComparison.Ordinal);

        // An image that is not https: its message and its explanation (what kind of image) both describe the field.
        var afbeelding = await redacteur.PostAsync("/beheer/organisatie/2", fout.Token, ("afbeelding.url", "http://inzet.example/logo.png"), ("afbeelding.alt", "Logo"));
        Assert.Equal(HttpStatusCode.BadRequest, afbeelding.Status);
        Assert.Matches("id=\"afbeelding-url\"[^>]*aria-describedby=\"afbeelding-url-fout afbeelding-uitleg\"", afbeelding.Html);
        Assert.Matches("id=\"afbeelding-url\"[^>]*aria-describedby=\"afbeelding-uitleg\"", pagina.Html);

        // The domain's messages come in the portal's language: English with ?taal=en, Dutch for a language the portal does not have.
        var engels = await redacteur.PostAsync("/beheer/organisatie/2?taal=en", fout.Token, ("website", "geen adres"));
        Assert.Contains("'geen adres' is not a valid link", WebUtility.HtmlDecode(engels.Html), StringComparison.Ordinal);
        using (var arabisch = new HttpRequestMessage(HttpMethod.Post, "/beheer/organisatie/2")
        {
            Content = new FormUrlEncodedContent([new("website", "geen adres"), new("__sn_formulier", fout.Token)]),
        })
        {
            arabisch.Headers.AcceptLanguage.ParseAdd("ar");
            using var antwoord = await redacteur.Client.SendAsync(arabisch);
            Assert.Contains("'geen adres' is geen geldige link", WebUtility.HtmlDecode(await antwoord.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        // A naam sent by hand is not the redacteur's to change: it is not even read.
        var goed = await redacteur.PostAsync("/beheer/organisatie/2", fout.Token,
            ("naam", "Gekaapt"), ("omschrijving", "Welzijn voor heel Zoetermeer, via het portaal."), ("website", "https://www.inzet.example"),
            ("telefoon", "079 123 45 67"), ("themas", "Jeugd"), ("themas", "Mantelzorg"), ("wijken", wijken[0]));
        Assert.True(goed.Status == HttpStatusCode.OK, goed.Tekst);
        Assert.Contains("De wijzigingen zijn opgeslagen", goed.Tekst, StringComparison.Ordinal);

        var organisatie = (await server.MaakClient().GraphQLAsync(
            "query($id: ID!) { organisatie(id: $id) { naam omschrijving website telefoon themas wijken { slug } } }",
            new { id = GlobalId.Maak(nameof(Organisatie), 2) })).ZonderFouten().Data["organisatie"]!;
        Assert.Equal("inZet", organisatie["naam"]!.GetValue<string>());
        Assert.Equal("Welzijn voor heel Zoetermeer, via het portaal.", organisatie["omschrijving"]!.GetValue<string>());
        Assert.Equal("https://www.inzet.example", organisatie["website"]!.GetValue<string>()?.TrimEnd('/'));
        Assert.Equal(["JEUGD", "MANTELZORG"], organisatie["themas"]!.AsArray().Select(t => t!.GetValue<string>()).Order());
        Assert.Equal([wijken[0]], organisatie["wijken"]!.AsArray().Select(w => w!["slug"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ABeheerderAddsAnOrganisationAndANetworkAndEditsThem()
    {
        var (beheerder, _) = await PortaalAccounts.IngelogdAsync(server, Rol.Beheerder);
        using var _b = beheerder;
        var lijst = await beheerder.GetAsync("/beheer/organisaties");
        Assert.Contains(">inZet</a>", lijst.Html, StringComparison.Ordinal);

        var dubbel = await beheerder.PostAsync("/beheer/organisaties", lijst.Token, ("naam", "inZet"), ("soort", "Welzijn"));
        Assert.Equal(HttpStatusCode.BadRequest, dubbel.Status);
        Assert.Contains("id=\"naam-fout\"", dubbel.Html, StringComparison.Ordinal);

        var naam = "Buurtclub " + Guid.NewGuid().ToString("N")[..6];
        var nieuw = await beheerder.PostAsync("/beheer/organisaties", dubbel.Token, ("naam", naam), ("soort", "Vereniging"));
        Assert.Equal(HttpStatusCode.Redirect, nieuw.Status);
        var pagina = await beheerder.GetAsync(nieuw.Locatie!);
        Assert.Contains($"<h1>{naam}</h1>", pagina.Html, StringComparison.Ordinal);
        var opgeslagen = await beheerder.PostAsync(nieuw.Locatie!, pagina.Token, ("naam", naam + " Oost"), ("soort", "Bewonersinitiatief"), ("email", "info@buurtclub.example"));
        Assert.True(opgeslagen.Status == HttpStatusCode.OK, opgeslagen.Tekst);

        var id = int.Parse(nieuw.Locatie!.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        var organisatie = (await server.MaakClient().GraphQLAsync("query($id: ID!) { organisatie(id: $id) { naam soort email } }",
            new { id = GlobalId.Maak(nameof(Organisatie), id) })).ZonderFouten().Data["organisatie"]!;
        Assert.Equal(naam + " Oost", organisatie["naam"]!.GetValue<string>());
        Assert.Equal("BEWONERSINITIATIEF", organisatie["soort"]!.GetValue<string>());
        Assert.Equal("info@buurtclub.example", organisatie["email"]!.GetValue<string>());

        var netwerken = await beheerder.GetAsync("/beheer/netwerken");
        var zonderNaam = await beheerder.PostAsync("/beheer/netwerken", netwerken.Token, ("naam", string.Empty), ("website", "https://netwerk.example"));
        Assert.Equal(HttpStatusCode.BadRequest, zonderNaam.Status);
        Assert.Contains("id=\"naam-fout\"", zonderNaam.Html, StringComparison.Ordinal);
        Assert.Contains("Vul 'Naam' in", System.Net.WebUtility.HtmlDecode(zonderNaam.Html), StringComparison.Ordinal);
        var zonderNaamEngels = await beheerder.PostAsync("/beheer/netwerken?taal=en", zonderNaam.Token, ("naam", string.Empty));
        Assert.Contains("Fill in 'Name'", System.Net.WebUtility.HtmlDecode(zonderNaamEngels.Html), StringComparison.Ordinal);
        var organisatieZonderNaam = await beheerder.PostAsync("/beheer/organisaties?taal=en", zonderNaam.Token, ("naam", string.Empty), ("soort", "Vereniging"));
        Assert.Equal(HttpStatusCode.BadRequest, organisatieZonderNaam.Status);
        Assert.Contains("Fill in 'Name'", System.Net.WebUtility.HtmlDecode(organisatieZonderNaam.Html), StringComparison.Ordinal);
        Assert.DoesNotContain("'naam'", System.Net.WebUtility.HtmlDecode(organisatieZonderNaam.Html), StringComparison.Ordinal);
        var netwerkNaam = "Netwerk " + Guid.NewGuid().ToString("N")[..6];
        var netwerk = await beheerder.PostAsync("/beheer/netwerken", zonderNaam.Token, ("naam", netwerkNaam), ("omschrijving", "Samen tegen eenzaamheid"));
        Assert.Equal(HttpStatusCode.Redirect, netwerk.Status);
        var netwerkPagina = await beheerder.GetAsync(netwerk.Locatie!);
        var groter = Regex.Match(netwerkPagina.Html, "<option value=\"([^\"]+)\">").Groups[1].Value;
        var gewijzigd = await beheerder.PostAsync(netwerk.Locatie!, netwerkPagina.Token, ("naam", netwerkNaam + " Oost"), ("omschrijving", "Samen"), ("onderdeelVan", groter));
        Assert.True(gewijzigd.Status == HttpStatusCode.OK, gewijzigd.Tekst);

        var netwerkId = GlobalId.Maak(nameof(Netwerk), int.Parse(netwerk.Locatie!.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture));
        var gelezen = (await server.MaakClient().GraphQLAsync("query($id: ID!) { node(id: $id) { ... on Netwerk { naam omschrijving onderdeelVan { id } } } }", new { id = netwerkId }))
            .ZonderFouten().Data["node"]!;
        Assert.Equal(netwerkNaam + " Oost", gelezen["naam"]!.GetValue<string>());
        Assert.Equal(groter, gelezen["onderdeelVan"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task ABeheerderAddsAGroupAndAMemberToANetworkAndRemovesTheMember()
    {
        var (beheerder, _) = await PortaalAccounts.IngelogdAsync(server, Rol.Beheerder);
        using var _b = beheerder;
        var netwerkNaam = "Netwerk " + Guid.NewGuid().ToString("N")[..6];
        var netwerken = await beheerder.GetAsync("/beheer/netwerken");
        var pad = (await beheerder.PostAsync("/beheer/netwerken", netwerken.Token, ("naam", netwerkNaam))).Locatie!;
        var pagina = await beheerder.GetAsync(pad);

        var zonderNaam = await beheerder.PostAsync(pad + "/groepen", pagina.Token, ("groep.naam", string.Empty), ("groep.soort", "Werkgroep"));
        Assert.Equal(HttpStatusCode.BadRequest, zonderNaam.Status);
        Assert.Contains("id=\"groep-naam-fout\"", zonderNaam.Html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#groep-naam\">", zonderNaam.Html, StringComparison.Ordinal);
        var groep = await beheerder.PostAsync(pad + "/groepen", zonderNaam.Token, ("groep.naam", "Vervoer"), ("groep.soort", "Werkgroep"));
        Assert.Equal(HttpStatusCode.OK, groep.Status);
        var groepId = Regex.Match(groep.Html, "<option value=\"([^\"]+)\">Vervoer</option>").Groups[1].Value;
        Assert.NotEmpty(groepId);

        var zonderOrganisatie = await beheerder.PostAsync(pad + "/leden", groep.Token, ("lid.organisatieId", string.Empty), ("lid.rol", "Trekker"));
        Assert.Equal(HttpStatusCode.BadRequest, zonderOrganisatie.Status);
        Assert.Contains("id=\"lid-organisatieId-fout\"", zonderOrganisatie.Html, StringComparison.Ordinal);
        var lid = await beheerder.PostAsync(pad + "/leden", zonderOrganisatie.Token, ("lid.organisatieId", "2"), ("lid.rol", "Trekker"), ("lid.groepId", groepId));
        Assert.True(lid.Status == HttpStatusCode.OK, lid.Tekst);
        var dubbel = await beheerder.PostAsync(pad + "/leden", lid.Token, ("lid.organisatieId", "2"), ("lid.rol", "Lid"), ("lid.groepId", groepId));
        Assert.Equal(HttpStatusCode.BadRequest, dubbel.Status);
        Assert.Contains("id=\"lid-groepId-fout\"", dubbel.Html, StringComparison.Ordinal);

        var netwerkId = GlobalId.Maak(nameof(Netwerk), int.Parse(pad.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture));
        const string Leden = "query($id: ID!) { node(id: $id) { ... on Netwerk { leden { rol organisatie { naam } groep { naam } } } } }";
        var leden = (await server.MaakClient().GraphQLAsync(Leden, new { id = netwerkId })).ZonderFouten().Data["node"]!["leden"]!.AsArray();
        var enig = Assert.Single(leden)!;
        Assert.Equal("TREKKER", enig["rol"]!.GetValue<string>());
        Assert.Equal("inZet", enig["organisatie"]!["naam"]!.GetValue<string>());
        Assert.Equal("Vervoer", enig["groep"]!["naam"]!.GetValue<string>());

        var weg = Regex.Match(dubbel.Html, "action=\"(/beheer/netwerken/\\d+/leden/\\d+/verwijderen)\"").Groups[1].Value;
        Assert.Equal(HttpStatusCode.OK, (await beheerder.PostAsync(weg, dubbel.Token)).Status);
        Assert.Empty((await server.MaakClient().GraphQLAsync(Leden, new { id = netwerkId })).ZonderFouten().Data["node"]!["leden"]!.AsArray());

        // A membership of another network through this network's address: not found, nothing removed.
        Assert.Equal(HttpStatusCode.NotFound, (await beheerder.PostAsync("/beheer/netwerken/1/leden/999999/verwijderen", dubbel.Token)).Status);
    }
}
