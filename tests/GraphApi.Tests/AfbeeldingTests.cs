using System.Globalization;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// Images of activities and organisations (issue 15) over real HTTP: set and cleared through GraphQL and the portal, checked
/// with clear localised errors (https only, alt text required) and nothing stored while wrong, and shown where search
/// engines and link previews read them: the Event JSON-LD <c>image</c> (the activity's, else an organiser's logo) and the
/// Open Graph and Twitter card tags.
/// </summary>
[Collection(ServerCollectie.Naam)]
public sealed class AfbeeldingTests(SociaalNetwerkServer server)
{
    private const string Foto = "https://beeld.partner.example/koffie.jpg";
    private const string Logo = "https://beeld.partner.example/logo.png";

    private const string Toevoegen = "mutation($invoer: ActiviteitInvoer!) { activiteitToevoegen(invoer: $invoer) { gelukt activiteit { id afbeelding { url alt } } fouten { veld code bericht } } }";
    private const string Wijzigen = "mutation($id: ID!, $invoer: ActiviteitInvoer!) { activiteitWijzigen(id: $id, invoer: $invoer) { gelukt activiteit { id afbeelding { url alt } } fouten { veld code bericht } } }";
    private const string OrganisatieWijzigen = "mutation($id: ID!, $invoer: OrganisatieInvoer!) { organisatieWijzigen(id: $id, invoer: $invoer) { gelukt organisatie { id afbeelding { url alt } } fouten { veld code bericht } } }";

    private readonly HttpClient _client = server.MaakClient();

    private string Basis => server.Adres.GetLeftPart(UriPartial.Authority);

    private async Task<string> VoegToeAsync(TestPartners partners, Dictionary<string, object?> invoer, string? sleutel = null) =>
        (await _client.GraphQLAsync(Toevoegen, new { invoer }, sleutel: sleutel ?? partners.RedacteurA)).ZonderFouten()
            .Data["activiteitToevoegen"]!["activiteit"]!["id"]!.GetValue<string>();

    [Fact]
    public async Task AnActivityImageIsInGraphQLTheEventJsonLdAndTheOpenGraphAndTwitterTags()
    {
        var partners = await TestPartners.MaakAsync(server);
        var invoer = partners.WekelijkseActiviteit("Koffie met beeld");
        invoer["afbeelding"] = new { url = Foto, alt = "Twee buren met \"koffie\" aan tafel" };
        var resultaat = (await _client.GraphQLAsync(Toevoegen, new { invoer }, sleutel: partners.RedacteurA)).ZonderFouten().Data["activiteitToevoegen"]!;
        Assert.True(resultaat["gelukt"]!.GetValue<bool>());
        var id = resultaat["activiteit"]!["id"]!.GetValue<string>();
        Assert.Equal(Foto, resultaat["activiteit"]!["afbeelding"]!["url"]!.GetValue<string>());

        var gelezen = (await _client.GraphQLAsync("query($id: ID!) { activiteit(id: $id) { id afbeelding { url alt } } }", new { id })).ZonderFouten().Data["activiteit"]!;
        Assert.Equal(Foto, gelezen["afbeelding"]!["url"]!.GetValue<string>());
        Assert.Equal("Twee buren met \"koffie\" aan tafel", gelezen["afbeelding"]!["alt"]!.GetValue<string>());

        foreach (var pad in new[] { $"/activiteiten/{id}", $"/activiteiten/{id}/2026-12-01" })
        {
            var html = await _client.GetStringAsync(pad);
            Assert.Equal([Foto], ZoekmachineTests.JsonLd(html)["image"]!.AsArray().Select(u => u!.GetValue<string>()));
            var meta = ZoekmachineTests.Meta(html);
            Assert.Equal(Foto, meta["og:image"]);
            Assert.Equal("Twee buren met \"koffie\" aan tafel", meta["og:image:alt"]);
            var naam = ZoekmachineTests.MetaNaam(html);
            Assert.Equal("summary_large_image", naam["twitter:card"]);
            Assert.Equal("Twee buren met \"koffie\" aan tafel", naam["twitter:image:alt"]);
            // The page itself shows no image from elsewhere: its CSP allows images only from itself.
            Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        }

        // null takes the image away: a small card, no image in the JSON-LD.
        (await _client.GraphQLAsync(Wijzigen, new { id, invoer = new Dictionary<string, object?> { ["afbeelding"] = null } }, sleutel: partners.RedacteurA)).ZonderFouten();
        var zonder = await _client.GetStringAsync($"/activiteiten/{id}");
        Assert.Null(ZoekmachineTests.JsonLd(zonder)["image"]);
        Assert.False(ZoekmachineTests.Meta(zonder).ContainsKey("og:image"));
        Assert.Equal("summary", ZoekmachineTests.MetaNaam(zonder)["twitter:card"]);
    }

    [Fact]
    public async Task WithoutItsOwnImageAnActivityShowsItsOrganisersLogo()
    {
        var partners = await TestPartners.MaakAsync(server);
        var organisatie = (await _client.GraphQLAsync(OrganisatieWijzigen, new { id = partners.A, invoer = new { afbeelding = new { url = Logo, alt = "Logo van testpartner A" } } }, sleutel: partners.RedacteurA))
            .ZonderFouten().Data["organisatieWijzigen"]!;
        Assert.True(organisatie["gelukt"]!.GetValue<bool>());
        Assert.Equal(Logo, organisatie["organisatie"]!["afbeelding"]!["url"]!.GetValue<string>());
        var id = await VoegToeAsync(partners, partners.WekelijkseActiviteit("Zonder eigen beeld"));

        var gelezen = (await _client.GraphQLAsync("query($id: ID!) { activiteit(id: $id) { id afbeelding { url } organisatoren { id afbeelding { url alt } } } }", new { id })).ZonderFouten().Data["activiteit"]!;
        Assert.Null(gelezen["afbeelding"]);
        Assert.Equal("Logo van testpartner A", gelezen["organisatoren"]![0]!["afbeelding"]!["alt"]!.GetValue<string>());

        var html = await _client.GetStringAsync($"/activiteiten/{id}");
        var ld = ZoekmachineTests.JsonLd(html);
        Assert.Equal([Logo], ld["image"]!.AsArray().Select(u => u!.GetValue<string>()));
        Assert.Equal(Logo, ld["organizer"]![0]!["logo"]!.GetValue<string>());
        Assert.Equal(Logo, ZoekmachineTests.Meta(html)["og:image"]);
        Assert.Equal("Logo van testpartner A", ZoekmachineTests.Meta(html)["og:image:alt"]);
        Assert.Equal("summary_large_image", ZoekmachineTests.MetaNaam(html)["twitter:card"]);

        // The activity's own image goes first.
        (await _client.GraphQLAsync(Wijzigen, new { id, invoer = new { afbeelding = new { url = Foto, alt = "Eigen foto" } } }, sleutel: partners.RedacteurA)).ZonderFouten();
        var eigen = await _client.GetStringAsync($"/activiteiten/{id}");
        Assert.Equal([Foto], ZoekmachineTests.JsonLd(eigen)["image"]!.AsArray().Select(u => u!.GetValue<string>()));
        Assert.Equal("Eigen foto", ZoekmachineTests.Meta(eigen)["og:image:alt"]);

        // An organiser without an image gives none.
        var vanB = await VoegToeAsync(partners, partners.WekelijkseActiviteit("Van B zonder beeld"), partners.RedacteurB);
        var zonder = await _client.GetStringAsync($"/activiteiten/{vanB}");
        Assert.Null(ZoekmachineTests.JsonLd(zonder)["image"]);
        Assert.Equal("summary", ZoekmachineTests.MetaNaam(zonder)["twitter:card"]);
    }

    [Theory]
    [InlineData("nl", "http://beeld.partner.example/a.jpg", "Een foto", "afbeelding.url", "INVALID_URL", "'http://beeld.partner.example/a.jpg' is geen https-link. Een afbeelding moet van een beveiligde (https) website komen.")]
    [InlineData("en", "http://beeld.partner.example/a.jpg", "A photo", "afbeelding.url", "INVALID_URL", "'http://beeld.partner.example/a.jpg' is not an https link. An image must come from a secure (https) website.")]
    [InlineData("nl", "javascript:alert(1)", "Een foto", "afbeelding.url", "INVALID_URL", null)]
    [InlineData("nl", "geen adres", "Een foto", "afbeelding.url", "INVALID_URL", null)]
    [InlineData("nl", null, "Een foto", "afbeelding.url", "REQUIRED", null)]
    [InlineData("nl", Foto, null, "afbeelding.alt", "REQUIRED", "Vul 'afbeelding.alt' in: beschrijf wat er op de afbeelding staat, voor wie haar niet kan zien. Dit is verplicht bij een afbeelding.")]
    [InlineData("en", Foto, "   ", "afbeelding.alt", "REQUIRED", "Fill in 'afbeelding.alt': describe what the image shows, for people who cannot see it. This is required with an image.")]
    [InlineData("tr", Foto, null, "afbeelding.alt", "REQUIRED", "'afbeelding.alt' alanını doldurun: resmi göremeyenler için resimde ne olduğunu anlatın. Resim varsa bu zorunludur.")]
    public async Task AWrongImageIsAClearLocalisedErrorAndNothingIsStored(string taal, string? url, string? alt, string veld, string code, string? bericht)
    {
        var partners = await TestPartners.MaakAsync(server);
        var invoer = partners.WekelijkseActiviteit("Fout beeld");
        invoer["afbeelding"] = new { url = Foto, alt = "Het goede beeld" };
        var id = await VoegToeAsync(partners, invoer);

        foreach (var (mutatie, variabelen, naam) in new (string, object, string)[]
        {
            (Wijzigen, new { id, invoer = new { afbeelding = new { url, alt } } }, "activiteitWijzigen"),
            (OrganisatieWijzigen, new { id = partners.A, invoer = new { afbeelding = new { url, alt } } }, "organisatieWijzigen"),
        })
        {
            var resultaat = (await _client.GraphQLAsync(mutatie, variabelen, taal: taal, sleutel: partners.RedacteurA)).ZonderFouten().Data[naam]!;
            Assert.False(resultaat["gelukt"]!.GetValue<bool>());
            var fout = Assert.Single(resultaat["fouten"]!.AsArray())!;
            Assert.Equal(veld, fout["veld"]!.GetValue<string>());
            Assert.Equal(code, fout["code"]!.GetValue<string>());
            Assert.False(string.IsNullOrWhiteSpace(fout["bericht"]!.GetValue<string>()));
            if (bericht is not null)
            {
                Assert.Equal(bericht, fout["bericht"]!.GetValue<string>());
            }
        }

        var opgeslagen = (await _client.GraphQLAsync("query($id: ID!, $o: ID!) { activiteit(id: $id) { id afbeelding { url alt } } node(id: $o) { id ... on Organisatie { afbeelding { url } } } }", new { id, o = partners.A })).ZonderFouten().Data;
        Assert.Equal(Foto, opgeslagen["activiteit"]!["afbeelding"]!["url"]!.GetValue<string>());
        Assert.Equal("Het goede beeld", opgeslagen["activiteit"]!["afbeelding"]!["alt"]!.GetValue<string>());
        Assert.Null(opgeslagen["node"]!["afbeelding"]);
    }

    [Fact]
    public async Task TooLongAnAltTextOrAddressIsRefused()
    {
        var partners = await TestPartners.MaakAsync(server);
        var invoer = partners.WekelijkseActiviteit("Te lang beeld");
        invoer["afbeelding"] = new { url = "https://beeld.partner.example/" + new string('a', 480), alt = new string('b', 301) };
        var resultaat = (await _client.GraphQLAsync(Toevoegen, new { invoer }, sleutel: partners.RedacteurA)).ZonderFouten().Data["activiteitToevoegen"]!;

        Assert.False(resultaat["gelukt"]!.GetValue<bool>());
        Assert.Equal(
            [("afbeelding.url", "TOO_LONG"), ("afbeelding.alt", "TOO_LONG")],
            resultaat["fouten"]!.AsArray().Select(f => (f!["veld"]!.GetValue<string>(), f["code"]!.GetValue<string>())));
    }

    [Fact]
    public async Task ARedacteurSetsTheOrganisationsImageInThePortalAndSeesTheErrorsAtTheFields()
    {
        var partners = await TestPartners.MaakAsync(server);
        var nummer = GlobalId.LeesInt(partners.A, "Organisatie");
        var pad = "/beheer/organisatie/" + nummer.ToString(CultureInfo.InvariantCulture);
        var (redacteur, _) = await PortaalAccounts.IngelogdAsync(server, Rol.Redacteur, nummer);
        using var _r = redacteur;
        var pagina = await redacteur.GetAsync(pad);
        Assert.Equal(HttpStatusCode.OK, pagina.Status);
        Assert.Contains("<input id=\"afbeelding-url\" name=\"afbeelding.url\" type=\"url\"", pagina.Html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"afbeelding-alt\">", pagina.Html, StringComparison.Ordinal);

        // An http address and no alt text: both at their field, nothing stored.
        var fout = await redacteur.PostAsync(pad, pagina.Token, ("afbeelding.url", "http://beeld.partner.example/logo.png"), ("afbeelding.alt", ""));
        Assert.Equal(HttpStatusCode.BadRequest, fout.Status);
        Assert.Contains("id=\"afbeelding-url-fout\"", fout.Html, StringComparison.Ordinal);
        Assert.Contains("id=\"afbeelding-alt-fout\"", fout.Html, StringComparison.Ordinal);
        Assert.Contains("is geen https-link", WebUtility.HtmlDecode(fout.Html), StringComparison.Ordinal);
        Assert.Contains("value=\"http://beeld.partner.example/logo.png\"", fout.Html, StringComparison.Ordinal);
        await using (var db = await server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>().CreateDbContextAsync())
        {
            Assert.Null((await db.Organisaties.SingleAsync(o => o.Id == nummer)).AfbeeldingUrl);
        }

        var goed = await redacteur.PostAsync(pad, fout.Token, ("afbeelding.url", Logo), ("afbeelding.alt", "Logo van testpartner A"));
        Assert.Equal(HttpStatusCode.OK, goed.Status);
        var opnieuw = await redacteur.GetAsync(pad);
        Assert.Contains($"value=\"{Logo}\"", opnieuw.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"Logo van testpartner A\"", opnieuw.Html, StringComparison.Ordinal);
        var api = (await _client.GraphQLAsync("query($id: ID!) { node(id: $id) { id ... on Organisatie { afbeelding { url alt } } } }", new { id = partners.A })).ZonderFouten().Data["node"]!;
        Assert.Equal(Logo, api["afbeelding"]!["url"]!.GetValue<string>());
        Assert.Equal("Logo van testpartner A", api["afbeelding"]!["alt"]!.GetValue<string>());

        // Emptying both fields takes the image away.
        Assert.Equal(HttpStatusCode.OK, (await redacteur.PostAsync(pad, opnieuw.Token, ("afbeelding.url", ""), ("afbeelding.alt", ""))).Status);
        var leeg = (await _client.GraphQLAsync("query($id: ID!) { node(id: $id) { id ... on Organisatie { afbeelding { url } } } }", new { id = partners.A })).ZonderFouten().Data["node"]!;
        Assert.Null(leeg["afbeelding"]);
    }
}
