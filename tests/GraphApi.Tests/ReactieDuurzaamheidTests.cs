using System.Collections.Concurrent;
using System.Data.Common;
using System.Net.Http.Json;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// An acknowledged reactie is stored: the built server, started as an operator starts it, is killed (SIGKILL, no
/// shutdown) while many clients submit; after a restart every acknowledged reactie is there exactly once, and a retry
/// of every submission — acknowledged or cut off — stores nothing twice and gets the first ontvangstcode.
/// </summary>
public sealed class ReactieDuurzaamheidTests : IAsyncLifetime
{
    private const int Clients = 16;
    private const int VoorHetDoden = 300;
    private const string Indienen = "mutation($invoer: ReactieInvoer!) { reactieIndienen(invoer: $invoer) { gelukt ontvangstcode } }";

    private readonly TijdelijkeMap _map = new("sociaalnetwerk-duurzaam");
    private TestDatabank? _databank;

    public Task InitializeAsync() => Task.CompletedTask;

    // IAsyncLifetime, not IAsyncDisposable: xunit 2 never calls DisposeAsync of IAsyncDisposable on a test class, which
    // left this test's PostgreSQL database behind after every run.
    public async Task DisposeAsync()
    {
        if (_databank is not null)
        {
            await _databank.DisposeAsync();
        }

        _map.Dispose();
    }

    [Fact]
    public async Task EveryAcknowledgedReactieSurvivesAKillAndEveryRetryStoresNothingTwice()
    {
        _databank = await TestDatabank.MaakAsync(_map.Pad);
        var verstuurd = new ConcurrentDictionary<string, JsonObject>();
        var bevestigd = new ConcurrentDictionary<string, string>();
        var genoeg = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        await using (var eerste = await StartAsync())
        {
            var client = eerste.Client;
            var uitvraag = await OpenUitvraagAsync(client);

            async Task ClientAsync()
            {
                while (true)
                {
                    var sleutel = Guid.NewGuid().ToString();
                    var invoer = Invoer(uitvraag, sleutel);
                    verstuurd[sleutel] = invoer;
                    JsonNode? antwoord;
                    try
                    {
                        antwoord = await PostAsync(client, invoer);
                    }
                    catch (Exception fout) when (fout is HttpRequestException or IOException or TaskCanceledException or System.Text.Json.JsonException)
                    {
                        return; // the server is gone: this one was cut off
                    }

                    var resultaat = antwoord?["data"]?["reactieIndienen"];
                    Assert.True(resultaat?["gelukt"]?.GetValue<bool>() == true, antwoord?.ToJsonString());
                    bevestigd[sleutel] = resultaat!["ontvangstcode"]!.GetValue<string>();
                    if (bevestigd.Count >= VoorHetDoden)
                    {
                        genoeg.TrySetResult();
                    }
                }
            }

            var clients = Enumerable.Range(0, Clients).Select(_ => Task.Run(ClientAsync)).ToList();
            // Guards against a hang only: the clients reach the count long before.
            await genoeg.Task.WaitAsync(TimeSpan.FromMinutes(5));
            await eerste.DoodAsync(); // SIGKILL: no shutdown, no flush
            await Task.WhenAll(clients);
        }

        Assert.True(bevestigd.Count >= VoorHetDoden);

        // Read from the file the killed server left: every acknowledged reactie, once, with its code; perhaps some whose
        // answer the kill cut off.
        var opgeslagen = Opgeslagen(verstuurd.Keys);
        Assert.All(bevestigd, b => Assert.Equal(Ontvangstcodes.Hash(b.Value), opgeslagen.GetValueOrDefault(b.Key)));
        Assert.Equal(opgeslagen.Count, TelReacties(verstuurd.Keys));

        await using (var tweede = await StartAsync())
        {
            foreach (var (sleutel, invoer) in verstuurd)
            {
                var antwoord = await PostAsync(tweede.Client, invoer);
                var resultaat = antwoord?["data"]?["reactieIndienen"];
                Assert.True(resultaat?["gelukt"]?.GetValue<bool>() == true, antwoord?.ToJsonString());
                if (bevestigd.TryGetValue(sleutel, out var code))
                {
                    Assert.Equal(code, resultaat!["ontvangstcode"]!.GetValue<string>());
                }
            }
        }

        // After the retries: every submission exactly once, none twice.
        var na = Opgeslagen(verstuurd.Keys);
        Assert.Equal(verstuurd.Count, na.Count);
        Assert.Equal(verstuurd.Count, TelReacties(verstuurd.Keys));
    }

    /// <summary>The key and ontvangstcode hash of every stored reactie among <paramref name="sleutels"/>.</summary>
    private Dictionary<string, string> Opgeslagen(IEnumerable<string> sleutels)
    {
        var gezocht = sleutels.ToHashSet();
        using var verbinding = _databank!.Open();
        using var opdracht = verbinding.CreateCommand();
        opdracht.CommandText = "SELECT \"IdempotentieSleutel\", \"OntvangstcodeHash\" FROM \"Reacties\"";
        var resultaat = new Dictionary<string, string>();
        using var lezer = opdracht.ExecuteReader();
        while (lezer.Read())
        {
            if (gezocht.Contains(lezer.GetString(0)))
            {
                resultaat[lezer.GetString(0)] = lezer.GetString(1);
            }
        }

        return resultaat;
    }

    /// <summary>How many reacties rows carry one of <paramref name="sleutels"/> (a key stored twice would count twice).</summary>
    private int TelReacties(IEnumerable<string> sleutels)
    {
        var gezocht = sleutels.ToHashSet();
        using DbConnection verbinding = _databank!.Open();
        using var opdracht = verbinding.CreateCommand();
        opdracht.CommandText = "SELECT \"IdempotentieSleutel\" FROM \"Reacties\"";
        using var lezer = opdracht.ExecuteReader();
        var aantal = 0;
        while (lezer.Read())
        {
            aantal += gezocht.Contains(lezer.GetString(0)) ? 1 : 0;
        }

        return aantal;
    }

    private static async Task<JsonNode?> PostAsync(HttpClient client, JsonObject invoer)
    {
        using var antwoord = await client.PostAsJsonAsync("/graphql", new { query = Indienen, variables = new { invoer } });
        return JsonNode.Parse(await antwoord.Content.ReadAsStringAsync());
    }

    /// <summary>The demo data's open uitvraag with its vragen (the server's clock is the real one here).</summary>
    private static async Task<JsonNode> OpenUitvraagAsync(HttpClient client)
    {
        var lijst = await PostQueryAsync(client, "{ participatietrajecten { uitvragen { id open } } }", null);
        var id = lijst!["data"]!["participatietrajecten"]!.AsArray().SelectMany(t => t!["uitvragen"]!.AsArray()).First(u => u!["open"]!.GetValue<bool>())!["id"]!.GetValue<string>();
        var uitvraag = await PostQueryAsync(client, "query($id: ID!) { uitvraag(id: $id) { id vragen { id type schaalMin opties { id } } } }", new { id });
        return uitvraag!["data"]!["uitvraag"]!;
    }

    private static async Task<JsonNode?> PostQueryAsync(HttpClient client, string query, object? variables)
    {
        using var antwoord = await client.PostAsJsonAsync("/graphql", new { query, variables });
        return JsonNode.Parse(await antwoord.Content.ReadAsStringAsync());
    }

    /// <summary>A valid reactie: the first option of every choice, the lowest scale value, one helping factor, a short text.</summary>
    private static JsonObject Invoer(JsonNode uitvraag, string sleutel)
    {
        var antwoorden = new JsonArray();
        foreach (var vraag in uitvraag["vragen"]!.AsArray())
        {
            var vraagId = vraag!["id"]!.GetValue<string>();
            var eerste = vraag["opties"]!.AsArray().FirstOrDefault()?["id"]?.GetValue<string>();
            antwoorden.Add(vraag["type"]!.GetValue<string>() switch
            {
                "EEN_KEUZE" or "MEERDERE_KEUZES" => new JsonObject { ["vraagId"] = vraagId, ["optieIds"] = new JsonArray(eerste) },
                "SCHAAL" => new JsonObject { ["vraagId"] = vraagId, ["getal"] = vraag["schaalMin"]?.GetValue<int>() ?? 1 },
                "FACTOREN" => new JsonObject { ["vraagId"] = vraagId, ["factoren"] = new JsonArray(new JsonObject { ["soort"] = "HELPEND", ["optieId"] = eerste }) },
                _ => new JsonObject { ["vraagId"] = vraagId, ["tekst"] = "Meer ontmoeting graag." },
            });
        }

        return new JsonObject { ["uitvraagId"] = uitvraag["id"]!.GetValue<string>(), ["idempotentieSleutel"] = sleutel, ["antwoorden"] = antwoorden };
    }

    /// <summary>The built GraphApi as a process on this test's database, ready.</summary>
    private Task<GebouwdeApp> StartAsync() => GebouwdeApp.StartAsync(
    [
        .. _databank!.Instellingen,
        // All clients come from 127.0.0.1: the limit has its own tests.
        new("Participatie:InzendingenPerMinuut", "1000000"),
        new("Logging:LogLevel:Default", "Warning"),
    ]);
}

/// <summary>
/// What makes an acknowledged reactie survive a power cut too, not only a crash: on SQLite the journal is WAL and every
/// commit is synced (<c>synchronous=FULL</c>; NORMAL would keep a crash-safe but not a power-safe commit).
/// </summary>
[Collection(ServerCollectie.Naam)]
public sealed class SchrijfInstellingTests(SociaalNetwerkServer server)
{
    [Fact]
    public async Task TheServersSqliteConnectionsUseWalAndSyncEveryCommit()
    {
        if (TestDatabank.IsPostgreSql)
        {
            return;
        }

        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>().CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        await using var opdracht = db.Database.GetDbConnection().CreateCommand();
        opdracht.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", await opdracht.ExecuteScalarAsync());
        opdracht.CommandText = "PRAGMA synchronous";
        Assert.Equal(2L, await opdracht.ExecuteScalarAsync());
    }
}
