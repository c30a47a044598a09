namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// The server-rendered pages <c>/activiteiten/{id}</c>, <c>/agenda</c> and <c>/agenda/afdrukken</c> over real HTTP:
/// status codes, headers, the schema.org JSON-LD, the same dates as the GraphQL agenda, hostile partner text, and
/// a number of SQL statements that does not grow with the number of dates.
/// </summary>
[Collection(ServerCollectie.Naam)]
public sealed partial class PaginaTests(SociaalNetwerkServer server)
{
    public const string Csp = "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors *";

    private const string Toevoegen = "mutation($invoer: ActiviteitInvoer!) { activiteitToevoegen(invoer: $invoer) { gelukt fouten { veld code } activiteit { id } } }";

    private const string Agenda = """
        query($filter: AgendaFilter, $first: Int, $after: String) {
          agenda(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { start activiteit { id } } }
        }
        """;

    /// <summary>Partner text that tries to break out of the HTML, out of an attribute and out of the JSON-LD script element.</summary>
    public const string VijandigeTitel = "<script>alert(1)</script><img src=x onerror=alert(1)>\"'</script><!--";

    public const string VijandigeOmschrijving = "</script><script>window.__xss=1</script>\n<b onmouseover=alert(2)>vet</b> & \u2028 \"quotes\"";

    private readonly HttpClient _client = server.MaakClient();

    private async Task<(HttpResponseMessage Antwoord, string Html)> HaalAsync(string pad)
    {
        var antwoord = await _client.GetAsync(pad);
        return (antwoord, await antwoord.Content.ReadAsStringAsync());
    }

    private async Task<string> PaginaAsync(string pad)
    {
        var (antwoord, html) = await HaalAsync(pad);
        Assert.True(antwoord.StatusCode == HttpStatusCode.OK, $"{pad}: {antwoord.StatusCode}\n{html}");
        AssertIsPagina(antwoord, html);
        return html;
    }

    private static void AssertIsPagina(HttpResponseMessage antwoord, string html)
    {
        Assert.Equal("text/html; charset=utf-8", antwoord.Content.Headers.ContentType!.ToString());
        Assert.Equal(Csp, Assert.Single(antwoord.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", Assert.Single(antwoord.Headers.GetValues("X-Content-Type-Options")));
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"nl\">", html, StringComparison.Ordinal);
        Assert.Contains("<main id=\"inhoud\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#inhoud\"", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"stylesheet\" href=\"/paginas/paginas.css\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" style=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<style", html, StringComparison.Ordinal);
    }

    private static JsonObject JsonLd(string html)
    {
        var scripts = ScriptElement().Matches(html);
        var script = Assert.Single(scripts);
        Assert.Equal("application/ld+json", script.Groups["type"].Value);
        var json = script.Groups["json"].Value;
        Assert.DoesNotContain("<", json, StringComparison.Ordinal);
        return JsonNode.Parse(json)!.AsObject();
    }

    private async Task<string> VoegToeAsync(TestPartners partners, Dictionary<string, object?> invoer)
    {
        var resultaat = (await _client.GraphQLAsync(Toevoegen, new { invoer }, sleutel: partners.RedacteurA)).ZonderFouten().Data["activiteitToevoegen"]!;
        Assert.True(resultaat["gelukt"]!.GetValue<bool>(), resultaat.ToJsonString());
        return resultaat["activiteit"]!["id"]!.GetValue<string>();
    }

    /// <summary>The (activity id, start) of every date on an agenda page, in order.</summary>
    private static List<(string Id, DateTimeOffset Start)> Data(string html) =>
        [.. AgendaItem().Matches(html).Select(m => (m.Groups["id"].Value, Tijdstip(m.Groups["start"].Value)))];

    private async Task<(List<(string Id, DateTimeOffset Start)> Data, int Totaal, string? Volgende)> GraphQLAgendaAsync(object filter, int first, string? after = null)
    {
        var agenda = (await _client.GraphQLAsync(Agenda, new { filter, first, after })).ZonderFouten().Data["agenda"]!;
        var data = agenda.Nodes().Select(n => (n["activiteit"]!["id"]!.GetValue<string>(), DateTimeOffset.Parse(n["start"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture))).ToList();
        var pageInfo = agenda["pageInfo"]!;
        return (data, agenda["totalCount"]!.GetValue<int>(), pageInfo["hasNextPage"]!.GetValue<bool>() ? pageInfo["endCursor"]!.GetValue<string>() : null);
    }

    [Fact]
    public async Task TheActivityPageShowsTheActivityWithEventJsonLd()
    {
        var partners = await TestPartners.MaakAsync(server);
        var invoer = partners.WekelijkseActiviteit("Koffie-inloop voor de paginatest");
        invoer["kosten"] = new { bedragInCenten = 250, toelichting = "Met de Zoetermeerpas gratis." };
        invoer["toegankelijkheid"] = new { rolstoeltoegankelijk = true, ringleiding = false, eenvoudigeTaal = true, gesprokenTalen = new[] { "nl", "ar" } };
        var id = await VoegToeAsync(partners, invoer);
        (await _client.GraphQLAsync("mutation($id: ID!, $start: DateTime!) { voorkomenAnnuleren(activiteitId: $id, start: $start) { gelukt } }", new { id, start = "2026-12-01T10:00:00+01:00" }, sleutel: partners.RedacteurA)).ZonderFouten();
        var locatie = (await _client.GraphQLAsync("query($id: ID!) { activiteit(id: $id) { gewijzigdOp locatie { naam adres postcode plaats wijk { naam } } } }", new { id })).ZonderFouten().Data["activiteit"]!;
        var gewijzigdOp = locatie["gewijzigdOp"]!.GetValue<string>();
        locatie = locatie["locatie"]!;

        var (antwoord, html) = await HaalAsync($"/activiteiten/{id}");

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        AssertIsPagina(antwoord, html);
        Assert.Equal("public, max-age=300", antwoord.Headers.CacheControl!.ToString());
        Assert.Contains("<h1><bdi>Koffie-inloop voor de paginatest</bdi></h1>", html, StringComparison.Ordinal);
        Assert.Contains($"<link rel=\"canonical\" href=\"{server.Adres.GetLeftPart(UriPartial.Authority)}/activiteiten/{id}\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/activiteiten/{id}.ics\"", html, StringComparison.Ordinal);
        Assert.Contains("Elke week op dinsdag, van 10:00 tot 12:00, 4 keer in totaal.", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/activiteiten/{id}/2026-12-01\"><time datetime=\"2026-12-01T10:00:00+01:00\">dinsdag 1 december, 10:00 – 12:00</time></a> <strong class=\"waarschuwing\">Gaat niet door</strong>", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("Gaat niet door op: dinsdag 1 december.", html, StringComparison.Ordinal);
        Assert.Contains("€ 2,50", html, StringComparison.Ordinal);
        Assert.Contains("Met de Zoetermeerpas gratis.", html, StringComparison.Ordinal);
        Assert.Contains("Gesproken talen: Nederlands en Arabisch", html, StringComparison.Ordinal);
        Assert.Contains(partners.NaamA, html, StringComparison.Ordinal);
        Assert.Contains("Wijk " + locatie["wijk"]!["naam"]!.GetValue<string>(), html, StringComparison.Ordinal);

        var ld = JsonLd(html);
        Assert.Equal("https://schema.org", ld["@context"]!.GetValue<string>());
        Assert.Equal("Event", ld["@type"]!.GetValue<string>());
        Assert.Equal("Koffie-inloop voor de paginatest", ld["name"]!.GetValue<string>());
        Assert.Equal("2026-11-24T10:00:00+01:00", ld["startDate"]!.GetValue<string>());
        Assert.Equal("2026-11-24T12:00:00+01:00", ld["endDate"]!.GetValue<string>());
        Assert.Equal("https://schema.org/EventScheduled", ld["eventStatus"]!.GetValue<string>());
        Assert.Equal("https://schema.org/OfflineEventAttendanceMode", ld["eventAttendanceMode"]!.GetValue<string>());
        Assert.Equal($"{server.Adres.GetLeftPart(UriPartial.Authority)}/activiteiten/{id}", ld["url"]!.GetValue<string>());
        var plaats = ld["location"]!;
        Assert.Equal("Place", plaats["@type"]!.GetValue<string>());
        Assert.Equal(locatie["naam"]!.GetValue<string>(), plaats["name"]!.GetValue<string>());
        Assert.Equal("PostalAddress", plaats["address"]!["@type"]!.GetValue<string>());
        Assert.Equal(locatie["adres"]!.GetValue<string>(), plaats["address"]!["streetAddress"]!.GetValue<string>());
        Assert.Equal(locatie["postcode"]!.GetValue<string>(), plaats["address"]!["postalCode"]!.GetValue<string>());
        Assert.Equal(locatie["plaats"]!.GetValue<string>(), plaats["address"]!["addressLocality"]!.GetValue<string>());
        Assert.Equal("NL", plaats["address"]!["addressCountry"]!.GetValue<string>());
        var organisator = Assert.Single(ld["organizer"]!.AsArray())!;
        Assert.Equal("Organization", organisator["@type"]!.GetValue<string>());
        Assert.Equal(partners.NaamA, organisator["name"]!.GetValue<string>());
        Assert.False(ld["isAccessibleForFree"]!.GetValue<bool>());
        Assert.Equal(2.5m, ld["offers"]!["price"]!.GetValue<decimal>());
        Assert.Equal("EUR", ld["offers"]!["priceCurrency"]!.GetValue<string>());
        Assert.Equal("https://schema.org/InStock", ld["offers"]!["availability"]!.GetValue<string>());
        Assert.Equal(gewijzigdOp, ld["offers"]!["validFrom"]!.GetValue<string>());
        Assert.Equal(["nl", "ar"], ld["inLanguage"]!.AsArray().Select(t => t!.GetValue<string>()));
        var schema = ld["eventSchedule"]!;
        Assert.Equal("Schedule", schema["@type"]!.GetValue<string>());
        Assert.Equal("P1W", schema["repeatFrequency"]!.GetValue<string>());
        Assert.Equal(4, schema["repeatCount"]!.GetValue<int>());
        Assert.Equal("10:00:00", schema["startTime"]!.GetValue<string>());
        Assert.Equal("Europe/Amsterdam", schema["scheduleTimezone"]!.GetValue<string>());
        Assert.Equal(["https://schema.org/Tuesday"], schema["byDay"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal(["2026-12-01"], schema["exceptDate"]!.AsArray().Select(d => d!.GetValue<string>()));
    }

    [Fact]
    public async Task ACancelledActivityIsEventCancelledWithItsReason()
    {
        var partners = await TestPartners.MaakAsync(server);
        var id = await VoegToeAsync(partners, partners.WekelijkseActiviteit("Gaat helaas niet door"));
        (await _client.GraphQLAsync("mutation($id: ID!) { activiteitAnnuleren(id: $id, reden: \"De vrijwilliger is ziek\") { gelukt } }", new { id }, sleutel: partners.RedacteurA)).ZonderFouten();

        var html = await PaginaAsync($"/activiteiten/{id}");

        Assert.Contains("Deze activiteit gaat niet door.", html, StringComparison.Ordinal);
        Assert.Contains("Reden: De vrijwilliger is ziek", html, StringComparison.Ordinal);
        var ld = JsonLd(html);
        Assert.Equal("https://schema.org/EventCancelled", ld["eventStatus"]!.GetValue<string>());
        Assert.Equal("2026-11-24T10:00:00+01:00", ld["startDate"]!.GetValue<string>());
        // A cancelled event cannot be booked: not InStock (issue 15).
        Assert.Equal("https://schema.org/Discontinued", ld["offers"]!["availability"]!.GetValue<string>());
    }

    [Fact]
    public async Task ASeriesWhoseRemainingDatesAreAllCancelledIsEventCancelledAndNotInStock()
    {
        var partners = await TestPartners.MaakAsync(server);
        var invoer = partners.WekelijkseActiviteit("Twee keer, en toch niet");
        invoer["herhaling"] = new { frequentie = "WEKELIJKS", aantal = 2 };
        var id = await VoegToeAsync(partners, invoer);
        foreach (var start in new[] { "2026-11-24T10:00:00+01:00", "2026-12-01T10:00:00+01:00" })
        {
            var resultaat = (await _client.GraphQLAsync("mutation($id: ID!, $start: DateTime!) { voorkomenAnnuleren(activiteitId: $id, start: $start) { gelukt } }", new { id, start }, sleutel: partners.RedacteurA)).ZonderFouten();
            Assert.True(resultaat.Data["voorkomenAnnuleren"]!["gelukt"]!.GetValue<bool>());
        }

        var ld = JsonLd(await PaginaAsync($"/activiteiten/{id}"));

        Assert.Equal("https://schema.org/EventCancelled", ld["eventStatus"]!.GetValue<string>());
        Assert.Equal("2026-11-24T10:00:00+01:00", ld["startDate"]!.GetValue<string>());
        Assert.Equal("https://schema.org/Discontinued", ld["offers"]!["availability"]!.GetValue<string>());
    }

    [Fact]
    public async Task OnlineAndMixedActivitiesHaveAVirtualLocationAndSummerTimeHasItsOffset()
    {
        var partners = await TestPartners.MaakAsync(server);
        var online = partners.WekelijkseActiviteit("Online taalcafé");
        online.Remove("locatieId");
        online.Remove("herhaling");
        online["onlineLink"] = "https://meet.example/taalcafe";
        online["start"] = "2027-06-15T19:00:00+02:00";
        online["eind"] = "2027-06-15T20:30:00+02:00";
        var gemengd = partners.WekelijkseActiviteit("Taalcafé op locatie en online");
        gemengd["onlineLink"] = "https://meet.example/gemengd";

        var onlineLd = JsonLd(await PaginaAsync($"/activiteiten/{await VoegToeAsync(partners, online)}"));
        var gemengdLd = JsonLd(await PaginaAsync($"/activiteiten/{await VoegToeAsync(partners, gemengd)}"));

        Assert.Equal("https://schema.org/OnlineEventAttendanceMode", onlineLd["eventAttendanceMode"]!.GetValue<string>());
        Assert.Equal("2027-06-15T19:00:00+02:00", onlineLd["startDate"]!.GetValue<string>());
        Assert.Equal("VirtualLocation", onlineLd["location"]!["@type"]!.GetValue<string>());
        Assert.Equal("https://meet.example/taalcafe", onlineLd["location"]!["url"]!.GetValue<string>());
        Assert.True(onlineLd["isAccessibleForFree"]!.GetValue<bool>());
        Assert.Null(onlineLd["eventSchedule"]);
        Assert.Equal("https://schema.org/MixedEventAttendanceMode", gemengdLd["eventAttendanceMode"]!.GetValue<string>());
        Assert.Equal(["Place", "VirtualLocation"], gemengdLd["location"]!.AsArray().Select(p => p!["@type"]!.GetValue<string>()));
    }

    [Fact]
    public async Task HostilePartnerTextIsShownAsTextOnEveryPageAndTheJsonLdStillParses()
    {
        var partners = await TestPartners.MaakAsync(server);
        var invoer = partners.WekelijkseActiviteit(VijandigeTitel);
        invoer["omschrijving"] = VijandigeOmschrijving;
        var id = await VoegToeAsync(partners, invoer);
        var wijk = (await _client.GraphQLAsync("query($id: ID!) { activiteit(id: $id) { locatie { wijk { slug } } } }", new { id }))
            .ZonderFouten().Data["activiteit"]!["locatie"]!["wijk"]!["slug"]!.GetValue<string>();

        var activiteit = await PaginaAsync($"/activiteiten/{id}");
        var agenda = await PaginaAsync($"/agenda?organisatie={partners.A}");
        var afdrukken = await PaginaAsync($"/agenda/afdrukken?wijk={wijk}&organisatie={partners.A}&van=2026-11-23&tot=2026-12-31");

        foreach (var html in new[] { activiteit, agenda, afdrukken })
        {
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<b ", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<!--", html, StringComparison.Ordinal);
            Assert.Contains(Bdi().Matches(html), m => WebUtility.HtmlDecode(m.Groups["tekst"].Value) == VijandigeTitel);
        }

        // The only script element is the JSON-LD: the partner's "</script>" did not close it, nothing opened another.
        Assert.Single(Regex.Matches(activiteit, "<script", RegexOptions.IgnoreCase));
        Assert.Single(Regex.Matches(activiteit, "</script", RegexOptions.IgnoreCase));
        Assert.Empty(Regex.Matches(agenda, "<script", RegexOptions.IgnoreCase));
        Assert.Empty(Regex.Matches(afdrukken, "<script", RegexOptions.IgnoreCase));
        Assert.Contains("\\u003C/script\\u003E", activiteit, StringComparison.Ordinal);
        Assert.Contains("\\u003C!--", activiteit, StringComparison.Ordinal);
        Assert.Equal(VijandigeTitel, WebUtility.HtmlDecode(Kop1().Match(activiteit).Groups["tekst"].Value));
        Assert.Equal(VijandigeOmschrijving, WebUtility.HtmlDecode(Omschrijving().Match(activiteit).Groups["tekst"].Value));

        var ld = JsonLd(activiteit);
        Assert.Equal(VijandigeTitel, ld["name"]!.GetValue<string>());
        Assert.Equal(VijandigeOmschrijving, ld["description"]!.GetValue<string>());
        Assert.Contains((id, DateTimeOffset.Parse("2026-11-24T10:00:00+01:00", System.Globalization.CultureInfo.InvariantCulture)), Data(agenda));
    }

    [Theory]
    [InlineData("/agenda?wijk=atlantis", "UNKNOWN_WIJK", "De wijk ‘atlantis’ kennen we niet.")]
    [InlineData("/agenda?thema=geen-thema", "BAD_USER_INPUT", "‘geen-thema’ kennen we niet als thema.")]
    [InlineData("/agenda?doelgroep=1", "BAD_USER_INPUT", "‘1’ kennen we niet als doelgroep.")]
    [InlineData("/agenda?organisatie=geen-id", "INVALID_ID", "‘geen-id’ is geen geldige code van een organisatie.")]
    [InlineData("/agenda?periode=jaar", "INVALID_PERIOD", "‘jaar’ is geen periode.")]
    [InlineData("/agenda?periode=400", "INVALID_PERIOD", "‘400’ is geen periode.")]
    [InlineData("/agenda?periode=week&van=2026-12-01", "PERIOD_CONFLICT", "Kies een periode óf een begin- en einddatum, niet allebei.")]
    [InlineData("/agenda?tot=2026-12-01&periode=maand", "PERIOD_CONFLICT", "Kies een periode óf een begin- en einddatum, niet allebei.")]
    [InlineData("/agenda/afdrukken?wijk=oosterheem&periode=week&tot=2026-12-01", "PERIOD_CONFLICT", "Kies een periode óf een begin- en einddatum, niet allebei.")]
    [InlineData("/agenda/afdrukken?wijk=oosterheem&periode=jaar", "INVALID_PERIOD", "‘jaar’ is geen periode.")]
    [InlineData("/agenda?aantal=500", "INVALID_NUMBER", "‘500’ is geen goed aantal.")]
    [InlineData("/agenda?na=kapot", "INVALID_CURSOR", "De link naar de volgende activiteiten klopt niet (meer).")]
    [InlineData("/agenda?van=2026-02-30", "INVALID_DATE", "‘2026-02-30’ is geen datum.")]
    [InlineData("/agenda?tot=9999-12-31", "DATE_OUT_OF_RANGE", "‘9999-12-31’ ligt buiten de agenda. Kies een datum in de jaren 2000 tot en met 2999.")]
    [InlineData("/agenda?van=9999-12-31&tot=9999-12-31", "DATE_OUT_OF_RANGE", "‘9999-12-31’ ligt buiten de agenda.")]
    [InlineData("/agenda?van=0001-01-01", "DATE_OUT_OF_RANGE", "‘0001-01-01’ ligt buiten de agenda.")]
    [InlineData("/agenda/afdrukken?wijk=oosterheem&van=9999-12-30", "DATE_OUT_OF_RANGE", "‘9999-12-30’ ligt buiten de agenda.")]
    [InlineData("/agenda/afdrukken?wijk=oosterheem&van=2026-12-01&tot=9999-12-31", "DATE_OUT_OF_RANGE", "‘9999-12-31’ ligt buiten de agenda.")]
    [InlineData("/agenda/afdrukken?wijk=oosterheem&van=2026-12-10&tot=2026-12-01", "INVALID_DATE_RANGE", "De einddatum ligt vóór de begindatum.")]
    [InlineData("/agenda/afdrukken?wijk=oosterheem&van=2026-12-01&tot=2027-12-01", "PERIOD_TOO_LONG", "Deze periode is te lang: 366 dagen.")]
    [InlineData("/agenda/afdrukken?wijk=%3Cscript%3E", "UNKNOWN_WIJK", "De wijk ‘&lt;script&gt;’ kennen we niet.")]
    public async Task BadInputIsA400PageWithAClearDutchMessageAndTheCode(string pad, string code, string bericht)
    {
        var (antwoord, html) = await HaalAsync(pad);

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        AssertIsPagina(antwoord, html);
        Assert.Contains("<h1>Deze link klopt niet</h1>", html, StringComparison.Ordinal);
        Assert.Contains(bericht, html, StringComparison.Ordinal);
        Assert.Contains($"Foutcode: {code}", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Activiteit", 999999)]
    [InlineData("Organisatie", 1)]
    public async Task AnUnknownActivityIsA404Page(string type, int nummer)
    {
        var (antwoord, html) = await HaalAsync($"/activiteiten/{GlobalId.Maak(type, nummer)}");

        Assert.Equal(HttpStatusCode.NotFound, antwoord.StatusCode);
        AssertIsPagina(antwoord, html);
        Assert.Contains("<h1>Deze pagina bestaat niet</h1>", html, StringComparison.Ordinal);
        Assert.Contains("De activiteit die u zoekt bestaat niet (meer).", html, StringComparison.Ordinal);
        Assert.Contains("Foutcode: NOT_FOUND", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/agenda\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "{}")]
    [InlineData("wijk=oosterheem", """{ "wijken": ["oosterheem"] }""")]
    [InlineData("wijk=oosterheem,seghwaert&periode=week", """{ "wijken": ["oosterheem", "seghwaert"], "periode": "week" }""")]
    [InlineData("thema=eenzaamheid-en-ontmoeting&doelgroep=OUDEREN", """{ "themas": ["EENZAAMHEID_EN_ONTMOETING"], "doelgroepen": ["OUDEREN"] }""")]
    [InlineData("periode=vandaag", """{ "periode": "vandaag" }""")]
    [InlineData("periode=Maand&thema=mantelzorg", """{ "themas": ["MANTELZORG"], "periode": "maand" }""")]
    [InlineData("periode=10", """{ "periode": "10" }""")]
    [InlineData("van=2026-12-01&tot=2026-12-07", """{ "vanaf": "2026-12-01", "tot": "2026-12-08" }""")]
    public async Task TheAgendaPageShowsTheSameDatesAsTheGraphQLAgendaPageByPage(string query, string filterJson)
    {
        var filter = JsonNode.Parse(filterJson)!;
        var pad = "/agenda?aantal=8" + (query.Length > 0 ? "&" + query : string.Empty);
        string? after = null;
        for (var pagina = 0; pagina < 3; pagina++)
        {
            var html = await PaginaAsync(pad);
            var (verwacht, totaal, volgende) = await GraphQLAgendaAsync(filter, 8, after);

            Assert.Equal(verwacht, Data(html));
            Assert.Contains(totaal == 1 ? "1 activiteit gevonden" : $"{totaal} activiteiten gevonden", html, StringComparison.Ordinal);
            var link = VolgendeLink().Match(html);
            Assert.Equal(volgende is not null, link.Success);
            if (volgende is null)
            {
                break;
            }

            pad = WebUtility.HtmlDecode(link.Groups["href"].Value);
            Assert.Contains("na=" + volgende, pad, StringComparison.Ordinal);
            after = volgende;
        }
    }

    [Fact]
    public async Task TheAgendaGroupsByDayKeepsTheChoiceInTheFormAndLinksToTheFeedAndPrintPage()
    {
        var html = await PaginaAsync("/agenda?wijk=oosterheem&thema=eenzaamheid-en-ontmoeting&aantal=30");
        var oosterheem = await PaginaAsync("/agenda?wijk=oosterheem&aantal=30");

        Assert.Contains("<h1>Agenda Oosterheem</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<form class=\"filters niet-afdrukken\" method=\"get\" action=\"/agenda\">", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"oosterheem\" selected>Oosterheem</option>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"eenzaamheid-en-ontmoeting\" selected>Eenzaamheid en ontmoeting</option>", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"aantal\" value=\"30\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/agenda.ics?wijk=oosterheem&amp;thema=eenzaamheid-en-ontmoeting\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/agenda/afdrukken?wijk=oosterheem&amp;thema=eenzaamheid-en-ontmoeting\"", html, StringComparison.Ordinal);

        // One heading per day, in order, and every date under the heading of its own day.
        var koppen = DagKop().Matches(html).Select(m => DateOnly.Parse(m.Groups["dag"].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(koppen);
        Assert.Equal(koppen.Order(), koppen);
        Assert.Equal(koppen.Distinct(), koppen);
        Assert.Contains("<h2 id=\"dag-2026-11-24\">Morgen, dinsdag 24 november</h2>", oosterheem, StringComparison.Ordinal);
        foreach (Match dag in Dag().Matches(html + oosterheem))
        {
            var datum = dag.Groups["dag"].Value;
            Assert.All(Data(dag.Value), d => Assert.Equal(datum, d.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    [Fact]
    public async Task AnEmptyAgendaSaysSo()
    {
        var partners = await TestPartners.MaakAsync(server);

        var html = await PaginaAsync($"/agenda?organisatie={partners.B}");

        Assert.Contains("Er zijn geen activiteiten gevonden.", html, StringComparison.Ordinal);
        Assert.Empty(Data(html));
        Assert.Contains($"<input type=\"hidden\" name=\"organisatie\" value=\"{partners.B}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePrintPageAsksForAWijkAndThenListsThePeriodOfThatWijk()
    {
        var zonder = await PaginaAsync("/agenda/afdrukken");
        Assert.Contains("<select id=\"wijk\" name=\"wijk\" required>", zonder, StringComparison.Ordinal);
        Assert.Contains("Kies een wijk en een periode.", zonder, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"dag\"", zonder, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"stylesheet\" href=\"/paginas/afdrukken.css\"", zonder, StringComparison.Ordinal);

        var html = await PaginaAsync("/agenda/afdrukken?wijk=oosterheem&van=2026-11-23&tot=2026-12-06");
        Assert.Contains("<h1>Agenda Oosterheem</h1>", html, StringComparison.Ordinal);
        Assert.Contains("maandag 23 november tot en met zondag 6 december 2026", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"oosterheem\" selected>Oosterheem</option>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"2026-11-23\"", html, StringComparison.Ordinal);
        Assert.Contains($"{server.Adres.GetLeftPart(UriPartial.Authority)}/agenda?wijk=oosterheem", html, StringComparison.Ordinal);
        var (verwacht, _, volgende) = await GraphQLAgendaAsync(JsonNode.Parse("""{ "wijken": ["oosterheem"], "vanaf": "2026-11-23", "tot": "2026-12-07" }""")!, 100);
        Assert.Null(volgende);
        Assert.NotEmpty(verwacht);
        Assert.Equal(verwacht, PrintData(html));

        // Without dates: the coming 7 days, today included.
        var week = await PaginaAsync("/agenda/afdrukken?wijk=oosterheem");
        Assert.Contains("maandag 23 november tot en met zondag 29 november 2026", week, StringComparison.Ordinal);

        // periode as on /agenda (AgendaPeriode), counted from today: 14 days are today and the 13 after it.
        var veertien = await PaginaAsync("/agenda/afdrukken?wijk=oosterheem&periode=14");
        Assert.Contains("maandag 23 november tot en met zondag 6 december 2026", veertien, StringComparison.Ordinal);
        Assert.Equal(PrintData(html), PrintData(veertien));

        var css = await _client.GetStringAsync("/paginas/afdrukken.css");
        Assert.Contains("@page", css, StringComparison.Ordinal);
        Assert.Contains("size: A4", css, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "{}")]
    [InlineData("wijk=oosterheem", """{ "wijken": ["oosterheem"] }""")]
    [InlineData("thema=mantelzorg,jeugd&zoekterm=zorg", """{ "themas": ["MANTELZORG", "JEUGD"], "zoekterm": "zorg" }""")]
    public async Task TheOrganisationsPageShowsTheSameOrganisationsAsGraphQLPageByPage(string query, string filterJson)
    {
        const string Organisaties = "query($filter: OrganisatieFilter, $after: String) { organisaties(filter: $filter, first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id naam } } }";
        var filter = JsonNode.Parse(filterJson)!;
        var pad = "/organisaties?aantal=7" + (query.Length > 0 ? "&" + query : string.Empty);
        string? after = null;
        for (var pagina = 0; pagina < 3; pagina++)
        {
            var html = await PaginaAsync(pad);
            var verwacht = (await _client.GraphQLAsync(Organisaties, new { filter, after })).ZonderFouten().Data["organisaties"]!;

            Assert.Equal(
                verwacht.Nodes().Select(n => (GlobalId: n["id"]!.GetValue<string>(), Naam: n["naam"]!.GetValue<string>())),
                OrganisatieKop().Matches(html).Select(m => (GlobalId: m.Groups["id"].Value, Naam: WebUtility.HtmlDecode(m.Groups["naam"].Value))));
            var totaal = verwacht["totalCount"]!.GetValue<int>();
            Assert.Contains(totaal == 1 ? "1 organisatie gevonden" : $"{totaal} organisaties gevonden", html, StringComparison.Ordinal);
            var link = VolgendeLink().Match(html);
            Assert.Equal(verwacht["pageInfo"]!["hasNextPage"]!.GetValue<bool>(), link.Success);
            if (!link.Success)
            {
                break;
            }

            pad = WebUtility.HtmlDecode(link.Groups["href"].Value);
            after = verwacht["pageInfo"]!["endCursor"]!.GetValue<string>();
        }
    }

    [Theory]
    [InlineData("/organisaties?wijk=atlantis", "UNKNOWN_WIJK")]
    [InlineData("/organisaties?thema=geen", "BAD_USER_INPUT")]
    [InlineData("/organisaties?aantal=0", "INVALID_NUMBER")]
    [InlineData("/organisaties?na=kapot", "INVALID_CURSOR")]
    public async Task BadInputOnTheOrganisationsPageIsA400Page(string pad, string code)
    {
        var (antwoord, html) = await HaalAsync(pad);

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        AssertIsPagina(antwoord, html);
        Assert.Contains($"Foutcode: {code}", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePagesAreDutchWithoutALanguageAndAnswerHead()
    {
        using var antwoord = await _client.GetAsync("/agenda?aantal=1");
        using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/agenda/afdrukken"));

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal(["nl"], antwoord.Content.Headers.ContentLanguage);
        Assert.Contains("Accept-Language", antwoord.Headers.Vary);
        Assert.Contains("<html lang=\"nl\">", await antwoord.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(Csp, Assert.Single(head.Headers.GetValues("Content-Security-Policy")));
    }

    [Fact]
    public async Task TheStylesheetIsServed()
    {
        var antwoord = await _client.GetAsync("/paginas/paginas.css");

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal("text/css", antwoord.Content.Headers.ContentType!.MediaType);
        Assert.Contains(":focus-visible", await antwoord.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheNumberOfStatementsDoesNotDependOnTheNumberOfDates()
    {
        async Task<(int Statements, string Html)> TelAsync(string pad)
        {
            await PaginaAsync(pad); // warm up
            server.SqlTeller.Reset();
            var html = await PaginaAsync(pad);
            return (server.SqlTeller.Aantal, html);
        }

        var vijf = await TelAsync("/agenda?aantal=5");
        var honderd = await TelAsync("/agenda?aantal=100");
        var wijk = await TelAsync("/agenda?wijk=oosterheem,seghwaert&aantal=100");
        Assert.Equal(5, Data(vijf.Html).Count);
        Assert.Equal(100, Data(honderd.Html).Count);
        Assert.True(Data(wijk.Html).Count > 20);
        // Wijken for the form, the page, the activities and their organisers (split query), the total.
        Assert.Equal(5, vijf.Statements);
        Assert.Equal(5, honderd.Statements);
        // The wijk filter checks the slugs first (UNKNOWN_WIJK), as the GraphQL agenda does.
        Assert.Equal(6, wijk.Statements);
        // A periode is resolved by the zoeker without a statement of its own (a next page, so the total is counted too).
        var week = await TelAsync("/agenda?periode=week&aantal=5");
        Assert.Equal(5, week.Statements);

        var weekAfdrukken = await TelAsync("/agenda/afdrukken?wijk=oosterheem&van=2026-11-23&tot=2026-11-29");
        var kwartaalAfdrukken = await TelAsync("/agenda/afdrukken?wijk=oosterheem&van=2026-11-23&tot=2027-02-20");
        Assert.True(PrintData(kwartaalAfdrukken.Html).Count > 3 * PrintData(weekAfdrukken.Html).Count);
        Assert.Equal(weekAfdrukken.Statements, kwartaalAfdrukken.Statements);
        Assert.True(weekAfdrukken.Statements <= 5, $"{weekAfdrukken.Statements} statements");

        // The sociale kaart: wijken for the form, the page, the organisations with their wijken, the total (as there is a next page).
        var organisaties5 = await TelAsync("/organisaties?aantal=5");
        var organisaties20 = await TelAsync("/organisaties?aantal=20");
        Assert.Equal(5, OrganisatieKop().Count(organisaties5.Html));
        Assert.Equal(20, OrganisatieKop().Count(organisaties20.Html));
        Assert.Matches(VolgendeLink(), organisaties20.Html);
        Assert.Equal(4, organisaties5.Statements);
        Assert.Equal(4, organisaties20.Statements);

        // One activity: the activity with location, wijk and network; its organisers; its next dates.
        var andere = await TelAsync($"/activiteiten/{Data(vijf.Html)[0].Id}");
        var reeks = await TelAsync("/activiteiten/" + GlobalId.Maak("Activiteit", 53));
        Assert.Contains("De volgende keren", reeks.Html, StringComparison.Ordinal);
        Assert.Equal(3, andere.Statements);
        Assert.Equal(3, reeks.Statements);
    }

    /// <summary>A <c>datetime</c> attribute (the HTML encoder writes + as &amp;#x2B;).</summary>
    private static DateTimeOffset Tijdstip(string attribuut) =>
        DateTimeOffset.Parse(WebUtility.HtmlDecode(attribuut), System.Globalization.CultureInfo.InvariantCulture);

    private static List<(string Id, DateTimeOffset Start)> PrintData(string html) =>
        [.. PrintRegel().Matches(html).Select(m => (m.Groups["id"].Value, Tijdstip(m.Groups["start"].Value)))];

    [GeneratedRegex("<script type=\"(?<type>[^\"]+)\">(?<json>.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex ScriptElement();

    [GeneratedRegex("<h3><a href=\"/activiteiten/(?<id>[^\"]+)\">.*?<time datetime=\"(?<start>[^\"]+)\">", RegexOptions.Singleline)]
    private static partial Regex AgendaItem();

    [GeneratedRegex("<li class=\"regel\">.*?<time datetime=\"(?<start>[^\"]+)\">.*?<a href=\"/activiteiten/(?<id>[^\"]+)\">", RegexOptions.Singleline)]
    private static partial Regex PrintRegel();

    [GeneratedRegex("<h2><bdi>(?<naam>[^<]*)</bdi></h2>.*?<a href=\"/agenda\\?organisatie=(?<id>[^\"]+)\">", RegexOptions.Singleline)]
    private static partial Regex OrganisatieKop();

    [GeneratedRegex("<a href=\"(?<href>[^\"]+)\" rel=\"next\">")]
    private static partial Regex VolgendeLink();

    [GeneratedRegex("<h2 id=\"dag-(?<dag>[0-9-]+)\">")]
    private static partial Regex DagKop();

    [GeneratedRegex("<section class=\"dag\" aria-labelledby=\"dag-(?<dag>[0-9-]+)\">.*?</section>", RegexOptions.Singleline)]
    private static partial Regex Dag();

    [GeneratedRegex("<bdi>(?<tekst>.*?)</bdi>", RegexOptions.Singleline)]
    private static partial Regex Bdi();

    [GeneratedRegex("<h1><bdi>(?<tekst>.*?)</bdi></h1>", RegexOptions.Singleline)]
    private static partial Regex Kop1();

    [GeneratedRegex("<p class=\"omschrijving\">(?<tekst>.*?)</p>", RegexOptions.Singleline)]
    private static partial Regex Omschrijving();
}
