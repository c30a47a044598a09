using System.Globalization;
using System.Xml.Linq;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// What search engines and link previews read (issue 15), over real HTTP: <c>/robots.txt</c>, <c>/sitemap.xml</c>
/// (parsed as XML and compared with every activity in the database), and the Open Graph and Twitter card tags of the
/// activity, agenda and organisation pages.
/// </summary>
[Collection(ServerCollectie.Naam)]
public sealed partial class ZoekmachineTests(SociaalNetwerkServer server)
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private readonly HttpClient _client = server.MaakClient();

    private string Basis => server.Adres.GetLeftPart(UriPartial.Authority);

    [Fact]
    public async Task RobotsTxtAllowsThePublicPagesKeepsOutThePortalAndGraphQLAndPointsToTheSitemap()
    {
        var antwoord = await _client.GetAsync("/robots.txt");
        var tekst = await antwoord.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal("text/plain; charset=utf-8", antwoord.Content.Headers.ContentType!.ToString());
        Assert.Equal("public, max-age=300", antwoord.Headers.CacheControl!.ToString());
        var regels = tekst.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("User-agent: *", regels[0]);
        Assert.Contains("Allow: /", regels);
        Assert.Contains("Disallow: /beheer", regels);
        Assert.Contains("Disallow: /graphql", regels);
        Assert.Contains("Disallow: /uitvragen/*/proef/", regels);
        Assert.DoesNotContain(regels, r => r is "Disallow: /" or "Disallow: /agenda" or "Disallow: /activiteiten" or "Disallow: /organisaties");
        Assert.Contains($"Sitemap: {Basis}/sitemap.xml", regels);

        var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/robots.txt"));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
    }

    [Fact]
    public async Task TheSitemapListsTheAgendaTheOrganisationsAndEveryActivityWithItsLastChange()
    {
        var antwoord = await _client.GetAsync("/sitemap.xml");
        var xml = await antwoord.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal("application/xml; charset=utf-8", antwoord.Content.Headers.ContentType!.ToString());
        Assert.Equal("public, max-age=300", antwoord.Headers.CacheControl!.ToString());
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", xml, StringComparison.Ordinal);
        var document = XDocument.Parse(xml);
        var urlset = document.Root!;
        Assert.Equal(Sitemap + "urlset", urlset.Name);

        // sitemaps.org 0.9: only <url> elements, each with one <loc> (absolute, at most 2048 characters) and at most one
        // <lastmod> (W3C Datetime); at most 50,000 of them.
        var urls = urlset.Elements().ToList();
        Assert.All(urls, u => Assert.Equal(Sitemap + "url", u.Name));
        Assert.InRange(urls.Count, 1, 50_000);
        var lijst = new Dictionary<string, DateTimeOffset?>(StringComparer.Ordinal);
        foreach (var url in urls)
        {
            Assert.All(url.Elements(), e => Assert.Contains(e.Name.LocalName, new[] { "loc", "lastmod" }));
            Assert.Equal(Sitemap, url.Elements().Select(e => e.Name.Namespace).Distinct().Single());
            var loc = url.Elements(Sitemap + "loc").Single().Value;
            Assert.InRange(loc.Length, 1, 2048);
            Assert.True(Uri.TryCreate(loc, UriKind.Absolute, out var adres), loc);
            Assert.Equal(Basis, adres.GetLeftPart(UriPartial.Authority));
            var lastmod = url.Elements(Sitemap + "lastmod").SingleOrDefault()?.Value;
            DateTimeOffset? tijdstip = lastmod is null
                ? null
                : DateTimeOffset.ParseExact(lastmod, "yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture, DateTimeStyles.None);
            Assert.True(lijst.TryAdd(loc, tijdstip), $"{loc} is listed twice");
        }

        // Every activity in the database, with its last change; nothing of the portal, GraphQL or the uitvragen.
        var activiteiten = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        using (var verbinding = server.Databank.Open())
        using (var opdracht = verbinding.CreateCommand())
        {
            opdracht.CommandText = "SELECT \"Id\", \"GewijzigdOp\" FROM \"Activiteiten\"";
            using var lezer = opdracht.ExecuteReader();
            while (lezer.Read())
            {
                // lastmod is to the second.
                var gewijzigd = DateTime.SpecifyKind(lezer.GetDateTime(1), DateTimeKind.Utc);
                activiteiten.Add($"{Basis}/activiteiten/{GlobalId.Maak("Activiteit", lezer.GetInt32(0))}", new DateTimeOffset(gewijzigd.AddTicks(-(gewijzigd.Ticks % TimeSpan.TicksPerSecond))));
            }
        }

        // Every upcoming date of a series, as /activiteiten/{id}/{yyyy-MM-dd} in Zoetermeer.
        var data = new HashSet<string>(StringComparer.Ordinal);
        var zoetermeer = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        using (var verbinding = server.Databank.Open())
        using (var opdracht = verbinding.CreateCommand())
        {
            opdracht.CommandText = "SELECT v.\"ActiviteitId\", v.\"Start\", v.\"Eind\" FROM \"Voorkomens\" v JOIN \"Activiteiten\" a ON a.\"Id\" = v.\"ActiviteitId\" WHERE a.\"Herhaling\" IS NOT NULL";
            using var lezer = opdracht.ExecuteReader();
            while (lezer.Read())
            {
                var start = DateTime.SpecifyKind(lezer.GetDateTime(1), DateTimeKind.Utc);
                if (DateTime.SpecifyKind(lezer.GetDateTime(2), DateTimeKind.Utc) > SociaalNetwerkServer.Nu.UtcDateTime)
                {
                    var datum = TimeZoneInfo.ConvertTimeFromUtc(start, zoetermeer).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    data.Add($"{Basis}/activiteiten/{GlobalId.Maak("Activiteit", lezer.GetInt32(0))}/{datum}");
                }
            }
        }

        Assert.True(activiteiten.Count >= 74, $"the demo has at least 74 activities, found {activiteiten.Count}");
        Assert.True(data.Count >= 41, $"the 41 series of the demo have upcoming dates, found {data.Count}");
        Assert.Equal(data.Order(StringComparer.Ordinal), lijst.Keys.Where(l => l.Count(c => c == '/') == 5).Order(StringComparer.Ordinal));
        var gelijst = lijst.Keys.Where(l => l.StartsWith(Basis + "/activiteiten/", StringComparison.Ordinal) && l.Count(c => c == '/') == 4).ToHashSet();
        Assert.Equal(activiteiten.Keys.Order(StringComparer.Ordinal), gelijst.Order(StringComparer.Ordinal));
        foreach (var (loc, gewijzigd) in activiteiten)
        {
            Assert.Equal(gewijzigd, lijst[loc]);
        }

        Assert.Equal(activiteiten.Values.Max(), lijst[$"{Basis}/agenda"]);
        Assert.Contains($"{Basis}/organisaties", lijst.Keys);
        Assert.Equal(activiteiten.Count + data.Count + 2, lijst.Count);
        Assert.DoesNotContain(lijst.Keys, l => l.Contains("/beheer", StringComparison.Ordinal) || l.Contains("/graphql", StringComparison.Ordinal) || l.Contains("/uitvragen", StringComparison.Ordinal));

        // Every listed address is a page that answers (of the dates, the first of each activity).
        foreach (var loc in lijst.Keys.Where(l => l.Count(c => c == '/') == 4).Concat(data.GroupBy(d => d[..d.LastIndexOf('/')]).Select(g => g.First())))
        {
            var pagina = await _client.GetAsync(new Uri(loc).PathAndQuery);
            Assert.True(pagina.StatusCode == HttpStatusCode.OK, $"{loc}: {pagina.StatusCode}");
            Assert.Equal("text/html", pagina.Content.Headers.ContentType!.MediaType);
        }
    }

    [Fact]
    public async Task ANewActivityIsInTheSitemapWithItsChangeTime()
    {
        var partners = await TestPartners.MaakAsync(server);
        var resultaat = (await _client.GraphQLAsync(
            "mutation($invoer: ActiviteitInvoer!) { activiteitToevoegen(invoer: $invoer) { activiteit { id gewijzigdOp } } }",
            new { invoer = partners.WekelijkseActiviteit("Nieuw voor de sitemap") },
            sleutel: partners.RedacteurA)).ZonderFouten().Data["activiteitToevoegen"]!["activiteit"]!;
        var id = resultaat["id"]!.GetValue<string>();
        var gewijzigd = DateTimeOffset.Parse(resultaat["gewijzigdOp"]!.GetValue<string>(), CultureInfo.InvariantCulture);

        var document = XDocument.Parse(await _client.GetStringAsync("/sitemap.xml"));

        var url = Assert.Single(document.Root!.Elements(Sitemap + "url"), u => u.Element(Sitemap + "loc")!.Value == $"{Basis}/activiteiten/{id}");
        var lastmod = DateTimeOffset.Parse(url.Element(Sitemap + "lastmod")!.Value, CultureInfo.InvariantCulture);
        Assert.Equal(new DateTimeOffset(gewijzigd.UtcDateTime.Ticks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, TimeSpan.Zero), lastmod);
    }

    [Fact]
    public async Task TheActivityPageHasOpenGraphAndTwitterCardTags()
    {
        var partners = await TestPartners.MaakAsync(server);
        var invoer = partners.WekelijkseActiviteit("Koffie & \"praten\" <samen>");
        var id = (await _client.GraphQLAsync(
            "mutation($invoer: ActiviteitInvoer!) { activiteitToevoegen(invoer: $invoer) { activiteit { id omschrijving } } }",
            new { invoer },
            sleutel: partners.RedacteurA)).ZonderFouten().Data["activiteitToevoegen"]!["activiteit"]!["id"]!.GetValue<string>();

        var html = await _client.GetStringAsync($"/activiteiten/{id}");
        var meta = Meta(html);

        Assert.Equal("article", meta["og:type"]);
        Assert.Equal("Koffie & \"praten\" <samen>", meta["og:title"]);
        Assert.Equal($"{Basis}/activiteiten/{id}", meta["og:url"]);
        Assert.Contains($"<link rel=\"canonical\" href=\"{meta["og:url"]}\"", html, StringComparison.Ordinal);
        Assert.Equal(MetaNaam(html)["description"], meta["og:description"]);
        Assert.False(string.IsNullOrWhiteSpace(meta["og:description"]));
        Assert.Equal("nl_NL", meta["og:locale"]);
        Assert.Equal("Sociaal Netwerk Zoetermeer", meta["og:site_name"]);
        Assert.Equal("summary", MetaNaam(html)["twitter:card"]);

        var engels = Meta(await _client.GetStringAsync($"/activiteiten/{id}?taal=en"));
        Assert.Equal("en_GB", engels["og:locale"]);
        Assert.Equal($"{Basis}/activiteiten/{id}", engels["og:url"]);
    }

    [Theory]
    [InlineData("/agenda", "Agenda")]
    [InlineData("/organisaties", "Sociale kaart")]
    [InlineData("/agenda?taal=ar", null)]
    public async Task TheAgendaAndOrganisationPagesHaveOpenGraphAndTwitterCardTags(string pad, string? titel)
    {
        var html = await _client.GetStringAsync(pad);
        var meta = Meta(html);

        Assert.Equal("website", meta["og:type"]);
        Assert.Equal($"{Basis}{pad}", meta["og:url"]);
        Assert.Equal(MetaNaam(html)["description"], meta["og:description"]);
        Assert.Equal(pad.EndsWith("taal=ar", StringComparison.Ordinal) ? "ar_AR" : "nl_NL", meta["og:locale"]);
        Assert.Equal("summary", MetaNaam(html)["twitter:card"]);
        if (titel is not null)
        {
            Assert.StartsWith(titel, meta["og:title"], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task PrintAndErrorPagesHaveNoOpenGraphTags()
    {
        var afdrukken = await _client.GetStringAsync("/agenda/afdrukken");
        var fout = await (await _client.GetAsync("/activiteiten/QWN0aXZpdGVpdDo5OTk5OTk=")).Content.ReadAsStringAsync();

        Assert.DoesNotContain("og:", afdrukken, StringComparison.Ordinal);
        Assert.DoesNotContain("og:", fout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryDateOfASeriesHasItsOwnPageWithItsOwnEventLinkedFromTheActivityPage()
    {
        var partners = await TestPartners.MaakAsync(server);
        var id = await VoegToeAsync(partners, partners.WekelijkseActiviteit("Elke dinsdag een eigen pagina"));
        (await _client.GraphQLAsync("mutation($id: ID!, $start: DateTime!) { voorkomenAnnuleren(activiteitId: $id, start: $start, reden: \"Buurthuis dicht\") { gelukt } }", new { id, start = "2026-12-01T10:00:00+01:00" }, sleutel: partners.RedacteurA)).ZonderFouten();

        var activiteit = await _client.GetStringAsync($"/activiteiten/{id}");
        foreach (var datum in new[] { "2026-11-24", "2026-12-01", "2026-12-08", "2026-12-15" })
        {
            Assert.Contains($"<a href=\"/activiteiten/{id}/{datum}\">", activiteit, StringComparison.Ordinal);
        }

        var antwoord = await _client.GetAsync($"/activiteiten/{id}/2026-12-08");
        var html = await antwoord.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal("public, max-age=300", antwoord.Headers.CacheControl!.ToString());
        var adres = $"{Basis}/activiteiten/{id}/2026-12-08";
        Assert.Contains($"<link rel=\"canonical\" href=\"{adres}\"", html, StringComparison.Ordinal);
        Assert.Equal(adres, Meta(html)["og:url"]);
        Assert.Contains("<title>Elke dinsdag een eigen pagina op dinsdag 8 december 2026 – Sociaal Netwerk Zoetermeer</title>", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/activiteiten/{id}\">Alle data van deze activiteit</a>", html, StringComparison.Ordinal);
        var ld = JsonLd(html);
        Assert.Equal("Event", ld["@type"]!.GetValue<string>());
        Assert.Equal(adres, ld["@id"]!.GetValue<string>());
        Assert.Equal(adres, ld["url"]!.GetValue<string>());
        Assert.Equal("2026-12-08T10:00:00+01:00", ld["startDate"]!.GetValue<string>());
        Assert.Equal("2026-12-08T12:00:00+01:00", ld["endDate"]!.GetValue<string>());
        Assert.Equal("https://schema.org/EventScheduled", ld["eventStatus"]!.GetValue<string>());
        Assert.Equal("https://schema.org/InStock", ld["offers"]!["availability"]!.GetValue<string>());
        Assert.Null(ld["eventSchedule"]);
        Assert.Equal($"{Basis}/activiteiten/{id}", ld["superEvent"]!["@id"]!.GetValue<string>());

        var geannuleerd = await _client.GetStringAsync($"/activiteiten/{id}/2026-12-01");
        var geannuleerdLd = JsonLd(geannuleerd);
        Assert.Equal("2026-12-01T10:00:00+01:00", geannuleerdLd["startDate"]!.GetValue<string>());
        Assert.Equal("https://schema.org/EventCancelled", geannuleerdLd["eventStatus"]!.GetValue<string>());
        Assert.Equal("https://schema.org/Discontinued", geannuleerdLd["offers"]!["availability"]!.GetValue<string>());
        Assert.Contains("Gaat niet door</strong> <span class=\"reden\">Reden: Buurthuis dicht</span>", geannuleerd, StringComparison.Ordinal);

        // The sitemap lists the dates of the series.
        var sitemap = await _client.GetStringAsync("/sitemap.xml");
        Assert.Contains($"<loc>{adres}</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains($"<loc>{Basis}/activiteiten/{id}/2026-12-01</loc>", sitemap, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-12-02")]
    [InlineData("2026-13-01")]
    [InlineData("dinsdag")]
    [InlineData("2026-12-8")]
    public async Task ADateWithoutAnOccurrenceIsNotFound(string datum)
    {
        var partners = await TestPartners.MaakAsync(server);
        var id = await VoegToeAsync(partners, partners.WekelijkseActiviteit("Niet op elke dag"));

        var antwoord = await _client.GetAsync($"/activiteiten/{id}/{datum}");

        Assert.Equal(HttpStatusCode.NotFound, antwoord.StatusCode);
        Assert.Contains("NOT_FOUND", await antwoord.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDateOfAOneOffActivityHasTheActivityPageAsCanonicalAddress()
    {
        var partners = await TestPartners.MaakAsync(server);
        var invoer = partners.WekelijkseActiviteit("Eén keer");
        invoer.Remove("herhaling");
        var id = await VoegToeAsync(partners, invoer);

        var html = await _client.GetStringAsync($"/activiteiten/{id}/2026-11-24");

        Assert.Contains($"<link rel=\"canonical\" href=\"{Basis}/activiteiten/{id}\"", html, StringComparison.Ordinal);
        var ld = JsonLd(html);
        Assert.Equal($"{Basis}/activiteiten/{id}", ld["url"]!.GetValue<string>());
        Assert.Null(ld["superEvent"]);
        Assert.DoesNotContain($"/activiteiten/{id}/2026-11-24</loc>", await _client.GetStringAsync("/sitemap.xml"), StringComparison.Ordinal);
    }

    private async Task<string> VoegToeAsync(TestPartners partners, Dictionary<string, object?> invoer) =>
        (await _client.GraphQLAsync(
            "mutation($invoer: ActiviteitInvoer!) { activiteitToevoegen(invoer: $invoer) { activiteit { id } } }",
            new { invoer },
            sleutel: partners.RedacteurA)).ZonderFouten().Data["activiteitToevoegen"]!["activiteit"]!["id"]!.GetValue<string>();

    internal static JsonObject JsonLd(string html)
    {
        var script = Assert.Single(ScriptElement().Matches(html));
        return JsonNode.Parse(script.Groups["json"].Value)!.AsObject();
    }

    [GeneratedRegex("<script type=\"application/ld\\+json\">(?<json>.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex ScriptElement();

    internal static Dictionary<string, string> Meta(string html) =>
        MetaProperty().Matches(html).ToDictionary(m => m.Groups["naam"].Value, m => WebUtility.HtmlDecode(m.Groups["inhoud"].Value), StringComparer.Ordinal);

    internal static Dictionary<string, string> MetaNaam(string html) =>
        MetaName().Matches(html).ToDictionary(m => m.Groups["naam"].Value, m => WebUtility.HtmlDecode(m.Groups["inhoud"].Value), StringComparer.Ordinal);

    [GeneratedRegex("<meta property=\"(?<naam>[^\"]+)\" content=\"(?<inhoud>[^\"]*)\"(?: /)?>")]
    private static partial Regex MetaProperty();

    [GeneratedRegex("<meta name=\"(?<naam>[^\"]+)\" content=\"(?<inhoud>[^\"]*)\"(?: /)?>")]
    private static partial Regex MetaName();
}
