using System.Collections.Concurrent;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>Nothing lost, nothing doubled: many clients at once, each retrying, at the real endpoint on the SQLite file.</summary>
[Collection(ServerCollectie.Naam)]
public sealed class ReactieBelastingTests(SociaalNetwerkServer server)
{
    private const int Inzendingen = 1000;
    private const int Clients = 50;

    [Fact]
    public async Task AThousandSubmissionsFromFiftyClientsEachRetriedOnceStoreExactlyAThousandReacties()
    {
        var uitvraag = await TestUitvraag.MaakAsync(server);
        var werk = new ConcurrentQueue<int>(Enumerable.Range(0, Inzendingen));
        var codes = new ConcurrentDictionary<string, string>();
        var fouten = new ConcurrentBag<string>();
        const string Indienen = "mutation($invoer: ReactieInvoer!) { reactieIndienen(invoer: $invoer) { gelukt ontvangstcode } }";

        async Task ClientAsync()
        {
            using var client = server.MaakClient();
            while (werk.TryDequeue(out var nummer))
            {
                var sleutel = Guid.NewGuid().ToString();
                var invoer = uitvraag.GeldigeReactie(sleutel);

                // The retry races the first attempt for even numbers, and follows it for odd ones.
                GraphQLAntwoord eerste, tweede;
                if (nummer % 2 == 0)
                {
                    var pogingen = await Task.WhenAll(client.GraphQLAsync(Indienen, new { invoer }), client.GraphQLAsync(Indienen, new { invoer }));
                    (eerste, tweede) = (pogingen[0], pogingen[1]);
                }
                else
                {
                    eerste = await client.GraphQLAsync(Indienen, new { invoer });
                    tweede = await client.GraphQLAsync(Indienen, new { invoer });
                }

                foreach (var poging in new[] { eerste, tweede })
                {
                    if (poging.Errors is not null || poging.Data["reactieIndienen"]!["gelukt"]!.GetValue<bool>() is false)
                    {
                        fouten.Add($"{nummer}: {poging.Body.ToJsonString()}");
                    }
                }

                var code = eerste.Body["data"]?["reactieIndienen"]?["ontvangstcode"]?.GetValue<string>();
                if (code is null || code != tweede.Body["data"]?["reactieIndienen"]?["ontvangstcode"]?.GetValue<string>())
                {
                    fouten.Add($"{nummer}: the retry got another ontvangstcode");
                }
                else
                {
                    codes[sleutel] = code;
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Clients).Select(_ => Task.Run(ClientAsync)));

        Assert.True(fouten.IsEmpty, string.Join("\n", fouten.Take(5)));
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>().CreateDbContextAsync();
        var uitvraagId = GlobalId.LeesInt(uitvraag.Id, nameof(Uitvraag));
        var opgeslagen = await db.Reacties.Where(r => r.UitvraagId == uitvraagId).Select(r => new { r.IdempotentieSleutel, r.OntvangstcodeHash }).ToListAsync();
        Assert.Equal(Inzendingen, opgeslagen.Count);
        Assert.Equal(Inzendingen, opgeslagen.Select(r => r.IdempotentieSleutel).Distinct().Count());
        Assert.All(opgeslagen, r => Assert.Equal(Ontvangstcodes.Hash(codes[r.IdempotentieSleutel]), r.OntvangstcodeHash));
        // Every reactie keeps all its answer rows: 2 factoren, 1 keuze, 2 keuzes, 1 schaal, 1 open tekst.
        var antwoorden = await db.Antwoorden.CountAsync(a => db.Reacties.Any(r => r.Id == a.ReactieId && r.UitvraagId == uitvraagId));
        Assert.Equal(Inzendingen * 7, antwoorden);
    }
}
