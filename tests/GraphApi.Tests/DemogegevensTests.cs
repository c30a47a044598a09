using System.Text.Json.Nodes;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// <c>Database:Demogegevens=false</c>: a real installation's first start on an empty database seeds the wijken of
/// Zoetermeer (reference data) and nothing of the demo set: no organisations, locations, networks, activities or
/// trajecten with demo reacties. The built app as an operator starts it.
/// </summary>
public sealed class DemogegevensTests : IDisposable
{
    private readonly TijdelijkeMap _map = new("sn-demogegevens");

    public void Dispose() => _map.Dispose();

    [Fact]
    public async Task WithoutDemoDataTheFirstStartSeedsOnlyTheWijken()
    {
        await using var app = await GebouwdeApp.StartAsync(
            [.. GebouwdeApp.Sqlite(Path.Combine(_map.Pad, "echt.db")), new(Schema.Data.Databank.DemogegevensSleutel, "false")]);

        var antwoord = await app.Client.GetAsync("/graphql?query=" + Uri.EscapeDataString(
            "{ wijken { slug } organisaties { totalCount } locaties { totalCount } netwerken { naam } agenda { totalCount } participatietrajecten { naam } }"));
        var data = JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!["data"]!;

        Assert.True(antwoord.IsSuccessStatusCode);
        Assert.Contains("oosterheem", data["wijken"]!.AsArray().Select(w => (string?)w!["slug"]));
        Assert.True(data["wijken"]!.AsArray().Count >= 10);
        Assert.Equal(0, (int)data["organisaties"]!["totalCount"]!);
        Assert.Equal(0, (int)data["locaties"]!["totalCount"]!);
        Assert.Empty(data["netwerken"]!.AsArray());
        Assert.Equal(0, (int)data["agenda"]!["totalCount"]!);
        Assert.Empty(data["participatietrajecten"]!.AsArray());
    }

    [Fact]
    public async Task AValueOtherThanTrueOrFalseStopsTheStartWithTheConfigurationExitCode()
    {
        var (code, uitvoer) = await GebouwdeApp.VoerUitAsync(
            [.. GebouwdeApp.Sqlite(Path.Combine(_map.Pad, "fout.db")), new(Schema.Data.Databank.DemogegevensSleutel, "nee")], "keys", "list");

        Assert.Equal(Exploitatie.Configuratiecontrole.Afsluitcode, code);
        Assert.Contains(Schema.Data.Databank.DemogegevensSleutel, uitvoer, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_map.Pad, "fout.db")));
    }
}
