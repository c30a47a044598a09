using System.Globalization;
using System.Text.Json.Nodes;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;

namespace SociaalNetwerk.GraphApi.Tests;

[Collection(ServerCollectie.Naam)]
public sealed class AgendaTests(SociaalNetwerkServer server)
{
    private const string Velden = """
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes {
          id start eind status
          activiteit {
            id titel omschrijving
            soort themas kernopgaven doelgroepen
            organisatoren { id naam } netwerk { id }
            locatie { naam wijk { slug } }
            online kosten { gratis bedragInCenten } toegankelijkheid { rolstoeltoegankelijk }
          }
        }
        """;

    private readonly HttpClient _client = server.MaakClient();

    private async Task<JsonNode> AgendaAsync(string filter, int first = 100)
    {
        var antwoord = (await _client.GraphQLAsync($"{{ agenda(first: {first}, filter: {filter}) {{ {Velden} }} }}")).ZonderFouten();
        return antwoord.Data["agenda"]!;
    }

    private static IEnumerable<string> Codes(JsonNode activiteit, string veld) => activiteit[veld]!.AsArray().Select(t => t!.GetValue<string>());

    [Fact]
    public async Task AgendaWithoutFilterStartsNowAndIsSortedByStart()
    {
        var agenda = await AgendaAsync("{}");

        var starts = agenda.Nodes().Select(n => DateTimeOffset.Parse(n["start"]!.GetValue<string>(), CultureInfo.InvariantCulture)).ToList();
        Assert.True(starts.Count >= 50, $"Expected a full agenda, got {starts.Count}");
        Assert.Equal(starts.Order(), starts);
        Assert.All(agenda.Nodes(), n => Assert.True(DateTimeOffset.Parse(n["eind"]!.GetValue<string>(), CultureInfo.InvariantCulture) > SociaalNetwerkServer.Nu));
        Assert.True(agenda["totalCount"]!.GetValue<int>() > 100);
    }

    [Fact]
    public async Task WalkingAllPagesReturnsEveryOccurrenceExactlyOnce()
    {
        var ids = new List<string>();
        string? after = null;
        int totaal;
        do
        {
            var antwoord = (await _client.GraphQLAsync(
                "query($after: String) { agenda(first: 37, after: $after, filter: { tot: \"2027-03-01\" }) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }",
                new { after })).ZonderFouten();
            var agenda = antwoord.Data["agenda"]!;
            totaal = agenda["totalCount"]!.GetValue<int>();
            ids.AddRange(agenda.Nodes().Select(n => n["id"]!.GetValue<string>()));
            after = agenda["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? agenda["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);

        Assert.Equal(totaal, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.True(totaal > 37 * 2);
    }

    [Fact]
    public async Task FilterOnWijkReturnsOnlyActivitiesInThatWijk()
    {
        var agenda = await AgendaAsync("{ wijken: [\"oosterheem\", \"seghwaert\"] }");

        Assert.NotEmpty(agenda.Nodes());
        Assert.All(agenda.Nodes(), n => Assert.Contains(n["activiteit"]!["locatie"]!["wijk"]!["slug"]!.GetValue<string>(), new[] { "oosterheem", "seghwaert" }));
        Assert.Equal(2, agenda.Nodes().Select(n => n["activiteit"]!["locatie"]!["wijk"]!["slug"]!.GetValue<string>()).Distinct().Count());
    }

    [Theory]
    [InlineData("themas", "[GELDZAKEN_EN_SCHULDEN, MANTELZORG]")]
    [InlineData("doelgroepen", "[OUDEREN]")]
    [InlineData("kernopgaven", "[KANSENGELIJKHEID]")]
    public async Task FilterOnAListFieldReturnsActivitiesWithOneOfTheValues(string veld, string waarden)
    {
        var agenda = await AgendaAsync($"{{ {veld}: {waarden} }}");

        var gevraagd = waarden.Trim('[', ']').Split(", ");
        Assert.NotEmpty(agenda.Nodes());
        Assert.All(agenda.Nodes(), n => Assert.Contains(Codes(n["activiteit"]!, veld), gevraagd.Contains));
    }

    [Fact]
    public async Task FilterOnSoortReturnsOnlyThatSoort()
    {
        var agenda = await AgendaAsync("{ soorten: [INLOOPSPREEKUUR] }");

        Assert.NotEmpty(agenda.Nodes());
        Assert.All(agenda.Nodes(), n => Assert.Equal("INLOOPSPREEKUUR", n["activiteit"]!["soort"]!.GetValue<string>()));
    }

    [Fact]
    public async Task FiltersCombineWithAnd()
    {
        var alleen = await AgendaAsync("{ themas: [EENZAAMHEID_EN_ONTMOETING] }");
        var samen = await AgendaAsync("{ themas: [EENZAAMHEID_EN_ONTMOETING], gratis: true, rolstoeltoegankelijk: true }");

        Assert.NotEmpty(samen.Nodes());
        Assert.True(samen["totalCount"]!.GetValue<int>() < alleen["totalCount"]!.GetValue<int>());
        Assert.All(samen.Nodes(), n =>
        {
            Assert.Contains("EENZAAMHEID_EN_ONTMOETING", Codes(n["activiteit"]!, "themas"));
            Assert.True(n["activiteit"]!["kosten"]!["gratis"]!.GetValue<bool>());
            Assert.True(n["activiteit"]!["toegankelijkheid"]!["rolstoeltoegankelijk"]!.GetValue<bool>());
        });
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task FilterOnGratisSplitsFreeAndPaid(bool gratis)
    {
        var agenda = await AgendaAsync($"{{ gratis: {gratis.ToString().ToLowerInvariant()} }}");

        Assert.NotEmpty(agenda.Nodes());
        Assert.All(agenda.Nodes(), n => Assert.Equal(gratis, n["activiteit"]!["kosten"]!["gratis"]!.GetValue<bool>()));
        Assert.All(agenda.Nodes(), n => Assert.Equal(gratis, n["activiteit"]!["kosten"]!["bedragInCenten"] is null));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task FilterOnOnlineSplitsOnlineAndPhysical(bool online)
    {
        var agenda = await AgendaAsync($"{{ online: {online.ToString().ToLowerInvariant()} }}");

        Assert.NotEmpty(agenda.Nodes());
        Assert.All(agenda.Nodes(), n => Assert.True(online ? n["activiteit"]!["online"]!.GetValue<bool>() : n["activiteit"]!["locatie"] is not null));
    }

    [Fact]
    public async Task ZoektermIgnoresCaseAndAccents()
    {
        var zonderAccent = await AgendaAsync("{ zoekterm: \"TAALCAFE\" }");
        var metAccent = await AgendaAsync("{ zoekterm: \"taalcafé\" }");

        Assert.NotEmpty(zonderAccent.Nodes());
        Assert.All(zonderAccent.Nodes(), n => Assert.Contains("café", (n["activiteit"]!["titel"]!.GetValue<string>() + n["activiteit"]!["omschrijving"]!.GetValue<string>()).ToLowerInvariant(), StringComparison.Ordinal));
        Assert.Equal(zonderAccent["totalCount"]!.GetValue<int>(), metAccent["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task FilterOnOrganisatieAndNetwerkUsesTheirIds()
    {
        var organisatie = (await _client.GraphQLAsync("{ organisaties(first: 1, filter: { zoekterm: \"inZet\" }) { nodes { id } } }")).ZonderFouten().Data["organisaties"]!.Nodes().Single()["id"]!.GetValue<string>();
        var netwerk = (await _client.GraphQLAsync("{ netwerken { id naam } }")).ZonderFouten().Data["netwerken"]!.AsArray().First(n => n!["naam"]!.GetValue<string>().Contains("Eenzaamheid", StringComparison.Ordinal))!["id"]!.GetValue<string>();

        var vanOrganisatie = await AgendaAsync($"{{ organisaties: [\"{organisatie}\"] }}");
        var vanNetwerk = await AgendaAsync($"{{ netwerken: [\"{netwerk}\"] }}");

        Assert.NotEmpty(vanOrganisatie.Nodes());
        Assert.All(vanOrganisatie.Nodes(), n => Assert.Contains(organisatie, n["activiteit"]!["organisatoren"]!.AsArray().Select(o => o!["id"]!.GetValue<string>())));
        Assert.NotEmpty(vanNetwerk.Nodes());
        Assert.All(vanNetwerk.Nodes(), n => Assert.Equal(netwerk, n["activiteit"]!["netwerk"]!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task VanafAndTotLimitThePeriod()
    {
        var agenda = await AgendaAsync("{ vanaf: \"2026-12-01\", tot: \"2026-12-08T00:00:00+01:00\" }");

        Assert.NotEmpty(agenda.Nodes());
        Assert.All(agenda.Nodes(), n =>
        {
            var start = DateTimeOffset.Parse(n["start"]!.GetValue<string>(), CultureInfo.InvariantCulture);
            Assert.True(start < new DateTimeOffset(2026, 12, 8, 0, 0, 0, TimeSpan.FromHours(1)));
            Assert.True(DateTimeOffset.Parse(n["eind"]!.GetValue<string>(), CultureInfo.InvariantCulture) > new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.FromHours(1)));
        });
    }

    [Fact]
    public async Task CancelledDatesStayInTheAgendaWithStatusGeannuleerd()
    {
        var antwoord = (await _client.GraphQLAsync("{ agenda(first: 100, filter: { tot: \"2027-03-01\", soorten: [INLOOPSPREEKUUR, BIJEENKOMST, MAALTIJD, SPORT_EN_BEWEGEN] }) { nodes { start status activiteit { status herhaling { geannuleerdeDatums } } } } }")).ZonderFouten();

        var geannuleerd = antwoord.Data["agenda"]!.Nodes().Where(n => n["status"]!.GetValue<string>() == "GEANNULEERD").ToList();
        Assert.NotEmpty(geannuleerd);
        Assert.All(geannuleerd, n =>
        {
            var datum = DateTimeOffset.Parse(n["start"]!.GetValue<string>(), CultureInfo.InvariantCulture).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var reeksGeannuleerd = n["activiteit"]!["status"]!.GetValue<string>() == "GEANNULEERD";
            Assert.True(reeksGeannuleerd || n["activiteit"]!["herhaling"]!["geannuleerdeDatums"]!.AsArray().Any(d => d!.GetValue<string>() == datum));
        });
    }

    [Fact]
    public async Task AWeeklyActivityKeepsItsLocalTimeAcrossDaylightSaving()
    {
        var antwoord = (await _client.GraphQLAsync("""
            { agenda(first: 100, filter: { vanaf: "2027-03-15", tot: "2027-04-12" }) {
                nodes { start activiteit { id herhaling { frequentie } } } } }
            """)).ZonderFouten();

        var reeksen = antwoord.Data["agenda"]!.Nodes()
            .Where(n => n["activiteit"]!["herhaling"]?["frequentie"]?.GetValue<string>() == "WEKELIJKS")
            .GroupBy(n => n["activiteit"]!["id"]!.GetValue<string>())
            .Select(g => g.Select(n => DateTimeOffset.Parse(n["start"]!.GetValue<string>(), CultureInfo.InvariantCulture)).ToList())
            .Where(starts => starts.Any(s => s.Offset == TimeSpan.FromHours(1)) && starts.Any(s => s.Offset == TimeSpan.FromHours(2)))
            .ToList();

        Assert.NotEmpty(reeksen);
        Assert.All(reeksen, starts => Assert.Single(starts.Select(s => s.TimeOfDay).Distinct()));
    }
}
