using System.Text.Json.Nodes;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>Every document in examples/queries works against the demo data, and every root field has one.</summary>
[Collection(ServerCollectie.Naam)]
public sealed class VoorbeeldenTests(SociaalNetwerkServer server)
{
    private static readonly string Map = Path.Combine(Repository.Map, "examples", "queries");
    private readonly HttpClient _client = server.MaakClient();

    public static TheoryData<string> Voorbeelden() => [.. Directory.GetFiles(Map, "*.graphql").Select(f => Path.GetFileName(f)).Order()];

    [Theory]
    [MemberData(nameof(Voorbeelden))]
    public async Task ExampleQueryRunsAndFindsData(string bestand)
    {
        var antwoord = (await _client.GraphQLAsync(await File.ReadAllTextAsync(Path.Combine(Map, bestand)))).ZonderFouten();

        foreach (var (veld, waarde) in antwoord.Data.AsObject())
        {
            Assert.True(waarde is not null, $"{bestand}: {veld} is null");
            Assert.False(waarde is JsonArray { Count: 0 }, $"{bestand}: {veld} is empty");
            Assert.False(waarde is JsonObject { } verbinding && verbinding["nodes"] is JsonArray { Count: 0 }, $"{bestand}: {veld} has no nodes");
        }
    }

    [Fact]
    public async Task EveryRootFieldHasAnExample()
    {
        var velden = (await _client.GraphQLAsync("{ __schema { queryType { fields { name } } } }")).ZonderFouten()
            .Data["__schema"]!["queryType"]!["fields"]!.AsArray().Select(v => v!["name"]!.GetValue<string>());

        Assert.All(velden, veld => Assert.True(File.Exists(Path.Combine(Map, veld + ".graphql")), $"examples/queries/{veld}.graphql is missing"));
    }
}
