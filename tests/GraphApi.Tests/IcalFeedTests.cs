using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Ical.Net;
using Ical.Net.CalendarComponents;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;
using SociaalNetwerk.Schema.GraphQL;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>The calendar feeds <c>/agenda.ics</c> and <c>/activiteiten/{id}.ics</c>, over real HTTP, parsed back with Ical.Net.</summary>
[Collection(ServerCollectie.Naam)]
public sealed class IcalFeedTests(SociaalNetwerkServer server)
{
    private const string Toevoegen = "mutation($invoer: ActiviteitInvoer!) { activiteitToevoegen(invoer: $invoer) { gelukt fouten { veld code } activiteit { id } } }";
    private const string VoorkomenAnnuleren = "mutation($id: ID!, $start: DateTime!) { voorkomenAnnuleren(activiteitId: $id, start: $start) { gelukt } }";
    private const string Vanaf = "2026-10-24T08:00:00Z"; // the fixed clock minus the feed's 30 days

    private readonly HttpClient _client = server.MaakClient();

    private async Task<(HttpResponseMessage Antwoord, string Tekst)> HaalAsync(string pad)
    {
        var antwoord = await _client.GetAsync(pad);
        return (antwoord, await antwoord.Content.ReadAsStringAsync());
    }

    private async Task<Calendar> KalenderAsync(string pad)
    {
        var (antwoord, tekst) = await HaalAsync(pad);
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        return Calendar.Load(tekst)!;
    }

    private async Task<string> VoegToeAsync(TestPartners partners, Dictionary<string, object?> invoer)
    {
        var resultaat = (await _client.GraphQLAsync(Toevoegen, new { invoer }, sleutel: partners.RedacteurA)).ZonderFouten().Data["activiteitToevoegen"]!;
        Assert.True(resultaat["gelukt"]!.GetValue<bool>(), resultaat.ToJsonString());
        return resultaat["activiteit"]!["id"]!.GetValue<string>();
    }

    private static string Uid(string id) => $"activiteit-{id}@sociaalnetwerk.zoetermeer";

    [Fact]
    public async Task TheWholeAgendaIsAValidCalendarWithHeadersTimezoneAndRefreshHints()
    {
        var (antwoord, tekst) = await HaalAsync("/agenda.ics");

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal("text/calendar; charset=utf-8", antwoord.Content.Headers.ContentType!.ToString());
        Assert.True(antwoord.Headers.CacheControl!.Public);
        Assert.NotNull(antwoord.Headers.CacheControl.MaxAge);
        Assert.Equal("inline", antwoord.Content.Headers.ContentDisposition!.DispositionType);
        Assert.EndsWith(".ics", antwoord.Content.Headers.ContentDisposition.FileName!.Trim('"'));

        var regels = tekst.Split("\r\n");
        Assert.DoesNotContain(regels, r => r.Contains('\n') || r.Contains('\r'));
        Assert.All(regels, r => Assert.True(Encoding.UTF8.GetByteCount(r) <= 75, "Line longer than 75 octets: " + r));
        Assert.Contains("REFRESH-INTERVAL;VALUE=DURATION:PT6H", regels);
        Assert.Contains("X-PUBLISHED-TTL:PT6H", regels);
        Assert.Contains(regels, r => r.StartsWith("PRODID:", StringComparison.Ordinal));
        Assert.Contains(regels, r => r.StartsWith("X-WR-CALNAME:", StringComparison.Ordinal));
        Assert.Contains(regels, r => r.StartsWith("NAME:", StringComparison.Ordinal));

        var kalender = Calendar.Load(tekst)!;
        Assert.Contains(kalender.TimeZones, z => z.TzId == "Europe/Amsterdam");
        Assert.NotEmpty(kalender.Events);
        Assert.Equal(kalender.Events.Count, kalender.Events.Select(e => e.Uid).Distinct().Count());
        Assert.All(kalender.Events, e =>
        {
            Assert.Equal("Europe/Amsterdam", e.DtStart!.TzId);
            Assert.Equal("Europe/Amsterdam", e.DtEnd!.TzId);
            Assert.False(string.IsNullOrEmpty(e.Summary));
            Assert.StartsWith(server.Adres.GetLeftPart(UriPartial.Authority) + "/activiteiten/", e.Url!.ToString());
            Assert.NotNull(e.DtStamp);
            Assert.NotNull(e.LastModified);
        });
        Assert.Contains(kalender.Events, e => e.RecurrenceRule is { Frequency: FrequencyType.Weekly });
    }

    [Fact]
    public async Task UidsAreStableAcrossRequests()
    {
        var eerste = (await KalenderAsync("/agenda.ics")).Events.Select(e => e.Uid).ToList();
        var tweede = (await KalenderAsync("/agenda.ics")).Events.Select(e => e.Uid).ToList();

        Assert.Equal(eerste, tweede);
        Assert.All(eerste, uid => Assert.Matches("^activiteit-[A-Za-z0-9_-]+@sociaalnetwerk\\.zoetermeer$", uid!));
    }

    [Fact]
    public async Task TheWijkFilterGivesTheSameActivitiesAsTheGraphQLAgenda()
    {
        var feed = await KalenderAsync("/agenda.ics?wijk=oosterheem");
        var twee = await KalenderAsync("/agenda.ics?wijk=oosterheem,seghwaert");
        var alles = await KalenderAsync("/agenda.ics");

        var verwacht = new HashSet<string>();
        string? after = null;
        do
        {
            var pagina = (await _client.GraphQLAsync(
                "query($after: String, $vanaf: DateTime) { agenda(first: 100, after: $after, filter: { wijken: [\"oosterheem\"], vanaf: $vanaf }) { pageInfo { hasNextPage endCursor } nodes { activiteit { id } } } }",
                new { after, vanaf = Vanaf })).ZonderFouten().Data["agenda"]!;
            verwacht.UnionWith(pagina.Nodes().Select(n => Uid(n["activiteit"]!["id"]!.GetValue<string>())));
            after = pagina["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? pagina["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);

        Assert.NotEmpty(verwacht);
        Assert.Equal(verwacht.Order(), feed.Events.Select(e => e.Uid!).Order());
        Assert.True(twee.Events.Count > feed.Events.Count);
        Assert.True(alles.Events.Count > twee.Events.Count);
        Assert.Subset(alles.Events.Select(e => e.Uid!).ToHashSet(), twee.Events.Select(e => e.Uid!).ToHashSet());
    }

    [Theory]
    [InlineData("thema=eenzaamheid-en-ontmoeting", "thema=EENZAAMHEID_EN_ONTMOETING")]
    [InlineData("doelgroep=ouderen", "doelgroep=OUDEREN")]
    public async Task EnumFiltersAcceptCodesAndKebabCase(string kebab, string code)
    {
        var metKebab = (await KalenderAsync("/agenda.ics?" + kebab)).Events.Select(e => e.Uid).ToList();
        var metCode = (await KalenderAsync("/agenda.ics?" + code)).Events.Select(e => e.Uid).ToList();
        var alles = await KalenderAsync("/agenda.ics");

        Assert.NotEmpty(metKebab);
        Assert.Equal(metCode, metKebab);
        Assert.True(metKebab.Count < alles.Events.Count);
    }

    [Fact]
    public async Task OrganisatieFilterAndASingleActivityShowAHostileTitleAsTextWithRRuleAndExDate()
    {
        var partners = await TestPartners.MaakAsync(server);
        const string titel = "<script>alert(1)</script>; DROP, TABLE\nEND:VEVENT\\n";
        var invoer = partners.WekelijkseActiviteit(titel);
        invoer["omschrijving"] = "Regel een;\nregel twee, met komma\r\nBEGIN:VALARM";
        var id = await VoegToeAsync(partners, invoer);
        var geannuleerd = (await _client.GraphQLAsync(VoorkomenAnnuleren, new { id, start = "2026-12-01T10:00:00+01:00" }, sleutel: partners.RedacteurA))
            .ZonderFouten().Data["voorkomenAnnuleren"]!;
        Assert.True(geannuleerd["gelukt"]!.GetValue<bool>());

        foreach (var pad in new[] { $"/agenda.ics?organisatie={partners.A}", $"/activiteiten/{id}.ics" })
        {
            var (antwoord, tekst) = await HaalAsync(pad);
            Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
            Assert.DoesNotContain("\nEND:VEVENT\\n", tekst);
            Assert.DoesNotContain("\r\nBEGIN:VALARM", tekst);
            var kalender = Calendar.Load(tekst)!;
            var item = Assert.Single(kalender.Events);
            Assert.Equal(Uid(id), item.Uid);
            Assert.Equal(titel, item.Summary);
            Assert.Contains("Regel een;\nregel twee, met komma", item.Description);
            Assert.Equal(FrequencyType.Weekly, item.RecurrenceRule!.Frequency);
            Assert.Equal(4, item.RecurrenceRule.Count);
            var exdatum = Assert.Single(item.ExceptionDates.GetAllDates());
            Assert.Equal(new DateTime(2026, 12, 1, 10, 0, 0), exdatum.Value);
            Assert.Equal("Europe/Amsterdam", exdatum.TzId);
            Assert.Equal(new DateTime(2026, 11, 24, 10, 0, 0), item.DtStart!.Value);
            Assert.Equal(EventStatus.Confirmed, item.Status);
            Assert.Contains(partners.NaamA, item.Description);
            Assert.False(string.IsNullOrEmpty(item.Location));
            Assert.Equal(3, item.GetOccurrences(null, null).Count());
        }
    }

    [Fact]
    public async Task ACancelledActivityHasStatusCancelled()
    {
        var partners = await TestPartners.MaakAsync(server);
        var id = await VoegToeAsync(partners, partners.WekelijkseActiviteit("Gaat niet door"));
        (await _client.GraphQLAsync("mutation($id: ID!) { activiteitAnnuleren(id: $id, reden: \"Ziek\") { gelukt } }", new { id }, sleutel: partners.RedacteurA)).ZonderFouten();

        var item = Assert.Single((await KalenderAsync($"/activiteiten/{id}.ics")).Events);

        Assert.Equal(EventStatus.Cancelled, item.Status);
        Assert.StartsWith("Geannuleerd: Ziek", item.Description);
    }

    [Theory]
    [InlineData("/agenda.ics?wijk=atlantis", "UNKNOWN_WIJK")]
    [InlineData("/agenda.ics?organisatie=geen-id", "INVALID_ID")]
    [InlineData("/agenda.ics?netwerk=T3JnYW5pc2F0aWU6MQ", "INVALID_ID")]
    [InlineData("/agenda.ics?thema=geen-thema", "BAD_USER_INPUT")]
    [InlineData("/agenda.ics?doelgroep=1", "BAD_USER_INPUT")]
    [InlineData("/activiteiten/!!.ics", "INVALID_ID", HttpStatusCode.NotFound)]
    public async Task BadParametersGive400WithACode(string pad, string code, HttpStatusCode status = HttpStatusCode.BadRequest)
    {
        var antwoord = await _client.GetAsync(pad);

        // A malformed id in the path names no feed: 404 (issue 15), with the code that says why.
        Assert.Equal(status, antwoord.StatusCode);
        Assert.Equal("application/json; charset=utf-8", antwoord.Content.Headers.ContentType!.ToString());
        var body = JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!;
        Assert.Equal(code, body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(body["errors"]![0]!["message"]!.GetValue<string>()));
    }

    [Fact]
    public async Task AnUnknownActivityIs404()
    {
        var antwoord = await _client.GetAsync($"/activiteiten/{GlobalId.Maak("Activiteit", 999999)}.ics");

        Assert.Equal(HttpStatusCode.NotFound, antwoord.StatusCode);
        var body = JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!;
        Assert.Equal("NOT_FOUND", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheNumberOfStatementsDoesNotDependOnTheNumberOfActivities()
    {
        async Task<(int Statements, int Events)> TelAsync(string pad)
        {
            await _client.GetAsync("/agenda.ics"); // warm up
            server.SqlTeller.Reset();
            var kalender = await KalenderAsync(pad);
            return (server.SqlTeller.Aantal, kalender.Events.Count);
        }

        var alles = await TelAsync("/agenda.ics");
        var thema = await TelAsync("/agenda.ics?thema=eenzaamheid-en-ontmoeting");
        var wijk = await TelAsync("/agenda.ics?wijk=oosterheem");
        var wijken = await TelAsync("/agenda.ics?wijk=oosterheem,seghwaert,centrum");

        Assert.True(alles.Events > thema.Events && alles.Events > wijk.Events && wijken.Events > wijk.Events);
        Assert.Equal(alles.Statements, thema.Statements);
        Assert.Equal(wijk.Statements, wijken.Statements);
        // The wijk filter checks the slugs first (UNKNOWN_WIJK), as the GraphQL agenda does: one statement more.
        Assert.Equal(alles.Statements + 1, wijk.Statements);
        Assert.True(alles.Statements <= 3, $"{alles.Statements} statements");
    }
}
