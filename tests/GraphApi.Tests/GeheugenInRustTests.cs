using Microsoft.Extensions.DependencyInjection;
using SociaalNetwerk.GraphApi.Exploitatie;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;

namespace SociaalNetwerk.GraphApi.Tests;

[CollectionDefinition(GeheugenInRustTests.Naam, DisableParallelization = true)]
public sealed class GeheugenInRustCollectie;

/// <summary>A server that counts a fifth of a second without requests as quiet.</summary>
public sealed class SnelRustendeServer : SociaalNetwerkServer
{
    protected override IDictionary<string, string?> Configuratie => new Dictionary<string, string?>
    {
        [GeheugenInRust.Sectie] = "00:00:00.2",
    };
}

/// <summary>
/// An idle server gives its memory back (docs/performance.md): once per quiet period, after the last request, and
/// again when the next requests (more than a megabyte of allocations) are followed by quiet.
/// </summary>
[Collection(Naam)]
public sealed class GeheugenInRustTests(SnelRustendeServer server) : IClassFixture<SnelRustendeServer>
{
    /// <summary>Alone: its full collections every fifth of a second would pause every other test in the process.</summary>
    public const string Naam = "geheugen in rust";

    private const string Agenda = "query($first: Int) { agenda(first: $first) { totalCount nodes { id start activiteit { titel omschrijving } } } }";

    [Fact]
    public async Task AQuietServerGivesMemoryBackOnceAndAgainAfterTheNextRequest()
    {
        var rust = server.Services.GetRequiredService<GeheugenInRust>();
        await WachtTotAsync(() => rust.Teruggegeven >= 1);
        var voor = rust.Teruggegeven;
        var volledigeGcs = GC.CollectionCount(GC.MaxGeneration);
        using var client = server.MaakClient();

        for (var i = 0; i < 20; i++)
        {
            (await client.GraphQLAsync(Agenda, new { first = 20 + i })).ZonderFouten();
        }

        await WachtTotAsync(() => rust.Teruggegeven > voor);
        Assert.True(GC.CollectionCount(GC.MaxGeneration) > volledigeGcs);
    }

    [Fact]
    public async Task ZeroTurnsItOff()
    {
        var uit = new UitgezetteServer();
        await ((IAsyncLifetime)uit).InitializeAsync();
        try
        {
            using var client = uit.MaakClient();

            (await client.GraphQLAsync(Agenda, new { first = 5 })).ZonderFouten();

            var rust = uit.Services.GetRequiredService<GeheugenInRust>();
            Assert.True(rust.ExecuteTask?.IsCompleted);
            Assert.Equal(0, rust.Teruggegeven);
        }
        finally
        {
            await ((IAsyncLifetime)uit).DisposeAsync();
        }
    }

    private static async Task WachtTotAsync(Func<bool> toestand)
    {
        using var genoeg = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (!toestand())
        {
            await Task.Delay(20, genoeg.Token);
        }
    }

    private sealed class UitgezetteServer : SociaalNetwerkServer
    {
        protected override IDictionary<string, string?> Configuratie => new Dictionary<string, string?>
        {
            [GeheugenInRust.Sectie] = "00:00:00",
        };
    }
}
