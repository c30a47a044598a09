using System.Globalization;
using System.Text.Json.Nodes;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// <c>AgendaFilter.periode</c>: the server resolves <c>vandaag</c>, <c>week</c>, <c>maand</c> or a number of days from
/// today in Zoetermeer on its own clock (Monday 23 November 2026, 09:00), exactly as an explicit <c>tot</c> would;
/// anything else is <c>INVALID_PERIOD</c>, and a period with <c>vanaf</c> or <c>tot</c> is <c>PERIOD_CONFLICT</c>.
/// </summary>
[Collection(ServerCollectie.Naam)]
public sealed class AgendaPeriodeTests(SociaalNetwerkServer server)
{
    private const string Agenda = "query($filter: AgendaFilter) { agenda(first: 100, filter: $filter) { totalCount nodes { id start } } }";

    private readonly HttpClient _client = server.MaakClient();

    [Theory]
    [InlineData("vandaag", "2026-11-24")]
    [InlineData("week", "2026-11-30")]
    [InlineData("maand", "2026-12-23")]
    [InlineData("14", "2026-12-07")]
    [InlineData("1", "2026-11-24")]
    [InlineData("366", "2027-11-24")]
    [InlineData(" Maand ", "2026-12-23")]
    [InlineData("014", "2026-12-07")]
    public async Task APeriodShowsWhatAnExplicitTotAtTheStartOfItsLastDayPlusOneShows(string periode, string tot)
    {
        var metPeriode = await AgendaAsync(new { periode });
        var metTot = await AgendaAsync(new { tot });

        Assert.Equal(metTot.ToJsonString(), metPeriode.ToJsonString());
        var einde = new DateTimeOffset(DateOnly.ParseExact(tot, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(1));
        Assert.All(metPeriode.Nodes(), n => Assert.True(DateTimeOffset.Parse(n["start"]!.GetValue<string>(), CultureInfo.InvariantCulture) < einde));
        Assert.True(metPeriode["totalCount"]!.GetValue<int>() > 0, "the demo data has something in every period");
    }

    [Fact]
    public async Task AShortPeriodShowsLessThanALongOneAndLessThanEverything()
    {
        var totalen = new List<int>();
        foreach (var filter in new object[] { new { periode = "vandaag" }, new { periode = "week" }, new { periode = "maand" }, new { } })
        {
            totalen.Add((await AgendaAsync(filter))["totalCount"]!.GetValue<int>());
        }

        Assert.Equal(totalen.Order(), totalen);
        Assert.Equal(totalen.Count, totalen.Distinct().Count());
    }

    [Theory]
    [InlineData("jaar", "nl", "'jaar' is geen periode. Gebruik vandaag, week, maand of een aantal dagen (1 tot en met 366).")]
    [InlineData("jaar", "en", "'jaar' is not a period. Use vandaag (today), week, maand (month) or a number of days (1 to 366).")]
    [InlineData("0", "nl", "'0' is geen periode.")]
    [InlineData("367", "nl", "'367' is geen periode.")]
    [InlineData("1000", "en", "'1000' is not a period.")]
    [InlineData("-7", "nl", "'-7' is geen periode.")]
    [InlineData("1.5", "nl", "'1.5' is geen periode.")]
    [InlineData("", "nl", "'' is geen periode.")]
    [InlineData("week,maand", "en", "'week,maand' is not a period.")]
    public async Task AnInvalidPeriodIsInvalidPeriodInTheLanguageOfTheRequest(string periode, string taal, string bericht)
    {
        var antwoord = await _client.GraphQLAsync(Agenda, new { filter = new { periode } }, taal: taal);

        Assert.Equal("INVALID_PERIOD", antwoord.EersteCode);
        Assert.StartsWith(bericht, antwoord.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "periode": "week", "tot": "2026-12-01" }""", "nl", "Geef 'periode' óf 'vanaf'/'tot', niet allebei: 'periode' telt vanaf vandaag.")]
    [InlineData("""{ "periode": "week", "vanaf": "2026-12-01" }""", "en", "Give 'periode' or 'vanaf'/'tot', not both: 'periode' counts from today.")]
    [InlineData("""{ "periode": "vandaag", "vanaf": "2026-11-23T09:00:00+01:00", "tot": "2026-11-24" }""", "nl", "Geef 'periode' óf 'vanaf'/'tot', niet allebei")]
    public async Task APeriodWithVanafOrTotIsAConflictNotASilentChoice(string filter, string taal, string bericht)
    {
        var antwoord = await _client.GraphQLAsync(Agenda, new { filter = JsonNode.Parse(filter) }, taal: taal);

        Assert.Equal("PERIOD_CONFLICT", antwoord.EersteCode);
        Assert.StartsWith(bericht, antwoord.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnInvalidPeriodIsReportedBeforeTheConflictAsOnThePages()
    {
        var antwoord = await _client.GraphQLAsync(Agenda, new { filter = new { periode = "jaar", tot = "2026-12-01" } });

        Assert.Equal("INVALID_PERIOD", antwoord.EersteCode);
    }

    /// <summary>The first 100 dates of the agenda with this filter (id and start), and their total.</summary>
    internal static async Task<JsonNode> AgendaAsync(HttpClient client, object filter) =>
        (await client.GraphQLAsync(Agenda, new { filter })).ZonderFouten().Data["agenda"]!;

    private Task<JsonNode> AgendaAsync(object filter) => AgendaAsync(_client, filter);
}

/// <summary>
/// Where "today" ends: in Zoetermeer (Europe/Amsterdam), not in UTC. At 23:30 on Monday in Zoetermeer (22:30 UTC)
/// <c>vandaag</c> ends at midnight; an hour later it is Tuesday there (still Monday in UTC) and <c>vandaag</c> is Tuesday.
/// </summary>
public sealed class AgendaPeriodeDaggrensTests(VerstelbareKlokServer server) : IClassFixture<VerstelbareKlokServer>
{
    private readonly HttpClient _client = server.MaakClient();

    [Fact]
    public async Task VandaagEndsAtMidnightInZoetermeerOnTheServersClock()
    {
        server.VerstelbareKlok.Nu = new DateTimeOffset(2026, 11, 23, 22, 30, 0, TimeSpan.Zero);
        var maandagAvond = await AgendaAsync(new { periode = "vandaag" });
        Assert.Equal((await AgendaAsync(new { tot = "2026-11-24" })).ToJsonString(), maandagAvond.ToJsonString());
        Assert.All(Starts(maandagAvond), s => Assert.True(s < new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.FromHours(1)), s.ToString("O", CultureInfo.InvariantCulture)));

        server.VerstelbareKlok.Nu = new DateTimeOffset(2026, 11, 23, 23, 30, 0, TimeSpan.Zero);
        var dinsdagNacht = await AgendaAsync(new { periode = "vandaag" });
        Assert.Equal((await AgendaAsync(new { tot = "2026-11-25" })).ToJsonString(), dinsdagNacht.ToJsonString());
        Assert.Contains(Starts(dinsdagNacht), s => s.ToOffset(TimeSpan.FromHours(1)).Date == new DateTime(2026, 11, 24));
        Assert.All(Starts(dinsdagNacht), s => Assert.True(s < new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.FromHours(1))));
    }

    private static IEnumerable<DateTimeOffset> Starts(JsonNode agenda) =>
        agenda.Nodes().Select(n => DateTimeOffset.Parse(n["start"]!.GetValue<string>(), CultureInfo.InvariantCulture));

    private Task<JsonNode> AgendaAsync(object filter) => AgendaPeriodeTests.AgendaAsync(_client, filter);
}
