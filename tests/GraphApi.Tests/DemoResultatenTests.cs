using Xunit.Abstractions;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// The public results of the demo's closed enquête "Huis van de Wijk Seghwaert" (240 reacties, 168 from Seghwaert), over
/// HTTP: complementary suppression hides what it must, but prefers other complements to the totals, so the grand total
/// and the large segments stay visible.
/// </summary>
[Collection(ServerCollectie.Naam)]
public sealed class DemoResultatenTests(SociaalNetwerkServer server, ITestOutputHelper uitvoer)
{
    private const string Query = """
        query($id: ID!, $segment: ResultaatSegmentInvoer) { uitvraag(id: $id) { resultaten(segment: $segment) {
          totaal { ...T }
          perKanaal { kanaal telling { ...T } }
          perWijk { wijk { slug } telling { ...T } }
          perDoelgroep { doelgroep telling { ...T } }
          vragen {
            vraag { nummer }
            aantalReacties { ...T }
            opties { optie { tekst } telling { ...T } }
            schaal { verdeling { waarde telling { ...T } } }
            helpendeFactoren { tekst telling { ...T } }
            remmendeFactoren { tekst telling { ...T } } } } } }
        fragment T on Telling { aantal onderDrempel }
        """;

    private static readonly string HuisVanDeWijk = GlobalId.Maak(nameof(Uitvraag), 2);

    private readonly HttpClient _client = server.MaakClient();

    [Fact]
    public async Task TheGrandTotalAndTheLargeSegmentsOfTheDemoStayVisibleInPublic()
    {
        var hele = await PubliekAsync(null);
        var seghwaert = await PubliekAsync(new { wijk = "seghwaert" });
        var online = await PubliekAsync(new { kanaal = "ONLINE" });
        var inwoners = await PubliekAsync(new { doelgroep = "INWONERS" });
        var verborgen = new List<string>();
        foreach (var (naam, antwoord) in new[] { ("*", hele), ("w:seghwaert", seghwaert), ("k:ONLINE", online), ("d:INWONERS", inwoners) })
        {
            verborgen.AddRange(Verborgen(antwoord, naam));
        }

        uitvoer.WriteLine($"{verborgen.Count} hidden counts in these four answers:");
        uitvoer.WriteLine(string.Join(Environment.NewLine, verborgen));

        Assert.Equal(240, Aantal(hele["totaal"]));
        Assert.Equal(168, Aantal(Regel(hele["perWijk"], e => e["wijk"]?["slug"]?.GetValue<string>() == "seghwaert")));
        Assert.Equal(158, Aantal(Regel(hele["perKanaal"], e => e["kanaal"]!.GetValue<string>() == "ONLINE")));
        Assert.Equal(169, Aantal(Regel(hele["perDoelgroep"], e => e["doelgroep"]?.GetValue<string>() == "INWONERS")));
        Assert.Equal(168, Aantal(seghwaert["totaal"]));
        Assert.Equal(158, Aantal(online["totaal"]));
        Assert.Equal(169, Aantal(inwoners["totaal"]));

        // Every vraag's count of answers in the whole: the base of every percentage people read.
        Assert.All(hele["vragen"]!.AsArray(), v => Assert.NotNull(Aantal(v!["aantalReacties"])));
    }

    private static JsonNode Regel(JsonNode? lijst, Func<JsonNode, bool> past) => lijst!.AsArray().Single(e => past(e!))!["telling"]!;

    private static int? Aantal(JsonNode? telling) => telling!["onderDrempel"]!.GetValue<bool>() ? null : telling["aantal"]!.GetValue<int>();

    /// <summary>Every hidden count in an answer, named by its path.</summary>
    private static IEnumerable<string> Verborgen(JsonNode node, string pad) => node switch
    {
        JsonObject o when o.ContainsKey("onderDrempel") => o["onderDrempel"]!.GetValue<bool>() ? [pad] : [],
        JsonObject o => o.Where(p => p.Value is JsonObject or JsonArray).SelectMany(p => Verborgen(p.Value!, $"{pad}.{p.Key}")),
        JsonArray a => a.Select((e, i) => (e, i)).Where(p => p.e is not null).SelectMany(p => Verborgen(p.e!, $"{pad}[{Naam(p.e!, p.i)}]")),
        _ => [],
    };

    private static string Naam(JsonNode e, int index) =>
        e["wijk"]?["slug"]?.GetValue<string>() ?? e["kanaal"]?.GetValue<string>() ?? e["doelgroep"]?.GetValue<string>() ?? e["tekst"]?.GetValue<string>()
            ?? e["optie"]?["tekst"]?.GetValue<string>() ?? e["waarde"]?.ToString() ?? e["vraag"]?["nummer"]?.ToString() ?? index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task<JsonNode> PubliekAsync(object? segment) =>
        (await _client.GraphQLAsync(Query, new { id = HuisVanDeWijk, segment })).ZonderFouten().Data["uitvraag"]!["resultaten"]!;
}
