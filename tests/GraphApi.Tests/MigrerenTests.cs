using System.Diagnostics;
using Microsoft.Data.Sqlite;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// <c>Database:MigrateAtStart=false</c> with the <c>migrate</c> command, for deployments that migrate as a separate step:
/// the server refuses to start on a database that is behind, <c>migrate</c> brings it up to date, then the server starts.
/// The processes are the built GraphApi, as an operator runs it.
/// </summary>
public sealed class MigrerenTests : IDisposable
{
    private readonly string _map = Path.Combine(Path.GetTempPath(), "sociaalnetwerk-migreren", Guid.NewGuid().ToString("N"));

    public MigrerenTests() => Directory.CreateDirectory(_map);

    private string Databestand => Path.Combine(_map, "migreren.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_map, recursive: true);
    }

    private async Task<(int Code, string Uitvoer)> VoerUitAsync(params string[] argumenten)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "SociaalNetwerk.GraphApi.dll"), .. argumenten])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ConnectionStrings__SociaalNetwerk"] = $"Data Source={Databestand}";
        start.Environment["Database__MigrateAtStart"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        using var proces = Process.Start(start)!;
        var uitvoer = proces.StandardOutput.ReadToEndAsync();
        var fouten = proces.StandardError.ReadToEndAsync();
        // Generous: only a server that starts when it should refuse waits this long (and then the test fails).
        using var grens = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await proces.WaitForExitAsync(grens.Token);
        }
        catch (OperationCanceledException)
        {
            proces.Kill(entireProcessTree: true);
            throw new Xunit.Sdk.XunitException("The process did not stop: " + await uitvoer);
        }

        return (proces.ExitCode, await uitvoer + await fouten);
    }

    private bool HeeftTabel(string tabel)
    {
        if (!File.Exists(Databestand))
        {
            return false;
        }

        using var verbinding = new SqliteConnection($"Data Source={Databestand};Pooling=False");
        verbinding.Open();
        using var opdracht = verbinding.CreateCommand();
        opdracht.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = $naam";
        opdracht.Parameters.AddWithValue("$naam", tabel);
        return (long)opdracht.ExecuteScalar()! > 0;
    }

    [Fact]
    public async Task WithoutMigrateAtStartTheServerRefusesAnOutdatedDatabaseUntilMigrateHasRun()
    {
        var geweigerd = await VoerUitAsync("--urls", "http://127.0.0.1:0");

        Assert.Equal(1, geweigerd.Code);
        Assert.Contains("De database is niet bijgewerkt", geweigerd.Uitvoer, StringComparison.Ordinal);
        Assert.Contains("'migrate'", geweigerd.Uitvoer, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", geweigerd.Uitvoer, StringComparison.Ordinal);
        Assert.False(HeeftTabel("Wijken"));

        var gemigreerd = await VoerUitAsync("migrate");
        Assert.True(gemigreerd.Code == 0, gemigreerd.Uitvoer);
        Assert.Contains("De database is bijgewerkt:", gemigreerd.Uitvoer, StringComparison.Ordinal);
        Assert.Contains("MeerdereInstanties", gemigreerd.Uitvoer, StringComparison.Ordinal);
        Assert.True(HeeftTabel("Wijken"));
        Assert.True(HeeftTabel("Taakvergrendelingen"));

        var nogmaals = await VoerUitAsync("migrate");
        Assert.True(nogmaals.Code == 0, nogmaals.Uitvoer);
        Assert.Contains("De database is al bijgewerkt", nogmaals.Uitvoer, StringComparison.Ordinal);

        var hulp = await VoerUitAsync("--help");
        Assert.Equal(0, hulp.Code);
        Assert.Contains("migrate", hulp.Uitvoer, StringComparison.Ordinal);
        Assert.Contains("Werkt de database bij", hulp.Uitvoer, StringComparison.Ordinal);
    }

    /// <summary>On a database that is up to date, an instance without migrations at start starts and serves.</summary>
    [Fact]
    public async Task WithoutMigrateAtStartTheServerStartsOnAnUpToDateDatabase()
    {
        await using var eerste = new EigenServer();
        await ((IAsyncLifetime)eerste).InitializeAsync();
        await using var tweede = new TweedeInstantie(eerste, new Dictionary<string, string?> { ["Database:MigrateAtStart"] = "false" });
        await ((IAsyncLifetime)tweede).InitializeAsync();
        using var client = tweede.MaakClient();

        var wijken = (await client.GraphQLAsync("{ wijken { naam } }")).ZonderFouten().Data["wijken"]!.AsArray();

        Assert.NotEmpty(wijken);
        await ((IAsyncLifetime)tweede).DisposeAsync();
        await ((IAsyncLifetime)eerste).DisposeAsync();
    }
}
