using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;
using SociaalNetwerk.Schema.Data;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// The documents in examples/mutations work as they are against the demo data: the reactieIndienen example stores a
/// reactie on the open Visie uitvraag, and the reactieIntrekken example withdraws it with the code it got.
/// </summary>
[Collection(ServerCollectie.Naam)]
public sealed class VoorbeeldMutatiesTests(SociaalNetwerkServer server)
{
    private static readonly string Map = Path.Combine(Repository.Map, "examples", "mutations");
    private readonly HttpClient _client = server.MaakClient();

    [Fact]
    public async Task TheReactieIndienenExampleStoresAReactieThatTheReactieIntrekkenExampleWithdraws()
    {
        var indienen = await File.ReadAllTextAsync(Path.Combine(Map, "reactieIndienen.graphql"));
        var intrekken = await File.ReadAllTextAsync(Path.Combine(Map, "reactieIntrekken.graphql"));
        var voor = await AantalReactiesOpDeVisieAsync();

        var resultaat = (await _client.GraphQLAsync(indienen)).ZonderFouten().Data["reactieIndienen"]!;
        var nogEens = (await _client.GraphQLAsync(indienen)).ZonderFouten().Data["reactieIndienen"]!;
        var erbij = await AantalReactiesOpDeVisieAsync();
        var code = resultaat["ontvangstcode"]!.GetValue<string>();
        var onbekend = (await _client.GraphQLAsync(intrekken)).ZonderFouten().Data["reactieIntrekken"]!;
        var ingetrokken = (await _client.GraphQLAsync(intrekken, new { ontvangstcode = code })).ZonderFouten().Data["reactieIntrekken"]!;

        Assert.True(resultaat["gelukt"]!.GetValue<bool>(), resultaat.ToJsonString());
        Assert.Empty(resultaat["fouten"]!.AsArray());
        Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$", code);
        Assert.Equal(code, nogEens["ontvangstcode"]!.GetValue<string>());
        Assert.Equal(voor + 1, erbij);
        Assert.False(onbekend["ingetrokken"]!.GetValue<bool>());
        Assert.True(ingetrokken["ingetrokken"]!.GetValue<bool>());
        Assert.Equal(voor, await AantalReactiesOpDeVisieAsync());
    }

    private async Task<int> AantalReactiesOpDeVisieAsync()
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>().CreateDbContextAsync();
        return await db.Reacties.CountAsync(r => r.UitvraagId == 1);
    }
}
