using SociaalNetwerk.GraphApi.Tests.Infrastructuur;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// The examples of mutations that need a key change demo data, so they run without one: a valid document then gets
/// as far as the access check. Each names the key it needs on a <c># rol: …</c> line; with that key they run for real,
/// on servers of their own, in <see cref="VoorbeeldenOpElkeDatumTests"/>. (The public reactie examples run for real in
/// <see cref="VoorbeeldMutatiesTests"/>; that every mutation has a valid example is checked in Schema.Tests.)
/// </summary>
[Collection(ServerCollectie.Naam)]
public sealed class MutatieVoorbeeldenTests(SociaalNetwerkServer server)
{
    private static readonly string Map = Path.Combine(Repository.Map, "examples", "mutations");
    private readonly HttpClient _client = server.MaakClient();

    public static TheoryData<string> Voorbeelden() =>
        [.. Directory.GetFiles(Map, "*.graphql").Select(f => Path.GetFileName(f)).Where(f => !f.StartsWith("reactie", StringComparison.Ordinal)).Order()];

    [Theory]
    [MemberData(nameof(Voorbeelden))]
    public async Task ExampleMutationIsValidAndAsksForAKey(string bestand)
    {
        var tekst = await File.ReadAllTextAsync(Path.Combine(Map, bestand));

        var antwoord = await _client.GraphQLAsync(tekst);

        Assert.StartsWith("# ", tekst, StringComparison.Ordinal);
        Assert.True(antwoord.EersteCode == "UNAUTHENTICATED", $"{bestand}: {antwoord.Body.ToJsonString()}");
    }

    [Theory]
    [MemberData(nameof(Voorbeelden))]
    public async Task ExampleMutationNamesTheRoleOfItsKeyAndRunsWithTheOthers(string bestand)
    {
        var tekst = await File.ReadAllTextAsync(Path.Combine(Map, bestand));

        var rol = VoorbeeldDocumenten.RolVan(tekst);

        Assert.Matches("^(beheerder|redacteur organisatie [0-9]+|trajectteam traject [0-9]+)$", rol);
        Assert.Contains(bestand, VoorbeeldDocumenten.MutatieVolgorde);
    }
}
