using System.Text.Json.Nodes;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// Every document in examples/queries and every query in README.md works against the demo data, and every root field
/// has an example. (The same documents also run on other dates in <see cref="VoorbeeldenOpElkeDatumTests"/>.)
/// </summary>
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
        var tekst = await File.ReadAllTextAsync(Path.Combine(Map, bestand));
        string? sleutel = null;
        if (VoorbeeldDocumenten.RolVanQuery(tekst) is { } rol)
        {
            // A keyed example (the change log): with a key of its role, after one example change.
            await VoorbeeldDocumenten.ZorgVoorEenWijzigingAsync(server, _client);
            sleutel = await VoorbeeldDocumenten.SleutelVoorAsync(server, rol);
        }

        var antwoord = (await _client.GraphQLAsync(tekst, sleutel: sleutel)).ZonderFouten();

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

    public static TheoryData<string> ReadmeQueries() => [.. VoorbeeldDocumenten.ReadmeQueries().Select(q => q.Naam)];

    [Theory]
    [MemberData(nameof(ReadmeQueries))]
    public async Task EveryQueryInTheReadmeRunsAsWritten(string naam)
    {
        var (_, query, variabelen, metSleutel) = VoorbeeldDocumenten.ReadmeQueries().Single(q => q.Naam == naam);

        var antwoord = await _client.GraphQLAsync(query, variabelen, sleutel: metSleutel ? await VoorbeeldDocumenten.SleutelVoorAsync(server, "beheerder") : null);

        antwoord.ZonderFouten();
        Assert.All(antwoord.Data.AsObject(), veld => Assert.True(veld.Value is not null and not JsonArray { Count: 0 }, $"{naam}: {veld.Key} is empty"));
    }

    [Fact]
    public void TheReadmeQueriesAreFound()
    {
        var queries = VoorbeeldDocumenten.ReadmeQueries();

        Assert.Contains(queries, q => q.Naam.StartsWith("graphql-blok", StringComparison.Ordinal) && q.Query.Contains("agenda(", StringComparison.Ordinal));
        Assert.Contains(queries, q => q.Naam.StartsWith("curl GET", StringComparison.Ordinal));
        Assert.True(queries.Count(q => q.Naam.StartsWith("curl ", StringComparison.Ordinal)) >= 5, string.Join(", ", queries.Select(q => q.Naam)));
        Assert.Contains(queries, q => q.MetSleutel);
    }
}
