using SociaalNetwerk.GraphApi.Tests.Infrastructuur;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// Every document in examples/mutations is valid against the schema, and every editing mutation has one. The examples
/// change demo data, so they run without a key: a valid document then gets as far as the access check.
/// </summary>
[Collection(ServerCollectie.Naam)]
public sealed class MutatieVoorbeeldenTests(SociaalNetwerkServer server)
{
    private static readonly string Map = Path.Combine(Repository.Map, "examples", "mutations");
    private readonly HttpClient _client = server.MaakClient();

    public static TheoryData<string> Voorbeelden() => [.. Directory.GetFiles(Map, "*.graphql").Select(f => Path.GetFileName(f)).Order()];

    [Theory]
    [MemberData(nameof(Voorbeelden))]
    public async Task ExampleMutationIsValidAndAsksForAKey(string bestand)
    {
        var tekst = await File.ReadAllTextAsync(Path.Combine(Map, bestand));

        var antwoord = await _client.GraphQLAsync(tekst);

        Assert.StartsWith("# ", tekst, StringComparison.Ordinal);
        Assert.True(antwoord.EersteCode == "UNAUTHENTICATED", $"{bestand}: {antwoord.Body.ToJsonString()}");
    }

    [Fact]
    public async Task EveryEditingMutationHasAnExample()
    {
        var velden = (await _client.GraphQLAsync("{ __schema { mutationType { fields { name } } } }")).ZonderFouten()
            .Data["__schema"]!["mutationType"]!["fields"]!.AsArray().Select(v => v!["name"]!.GetValue<string>())
            .Where(v => !v.StartsWith("reactie", StringComparison.Ordinal));

        Assert.All(velden, veld => Assert.True(File.Exists(Path.Combine(Map, veld + ".graphql")), $"examples/mutations/{veld}.graphql is missing"));
    }
}
