namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// <c>Database:MigrateAtStart=false</c> with the <c>migrate</c> command, for deployments that migrate as a separate step:
/// the server refuses to start on a database that is behind, <c>migrate</c> brings it up to date, then the server starts.
/// The processes are the built GraphApi, as an operator runs it.
/// </summary>
public sealed class MigrerenTests : IAsyncLifetime
{
    private readonly TijdelijkeMap _map = new("sociaalnetwerk-migreren");

    /// <summary>An empty database (no tables) on the run's provider.</summary>
    private TestDatabank _databank = null!;

    public async Task InitializeAsync()
    {
        _databank = await TestDatabank.MaakLeegAsync(_map.Pad, TestDatabank.Provider);
    }

    public async Task DisposeAsync()
    {
        await _databank.DisposeAsync();
        _map.Dispose();
    }

    private Task<(int Code, string Uitvoer)> VoerUitAsync(params string[] argumenten) =>
        GebouwdeApp.VoerUitAsync([.. _databank.Instellingen, new("Database:MigrateAtStart", "false")], argumenten);

    private bool HeeftTabel(string tabel)
    {
        if (!_databank.HeeftTabellen())
        {
            return false;
        }

        using var verbinding = _databank.Open();
        using var opdracht = verbinding.CreateCommand();
        opdracht.CommandText = TestDatabank.IsPostgreSql
            ? "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_name = @naam"
            : "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = @naam";
        var parameter = opdracht.CreateParameter();
        parameter.ParameterName = "@naam";
        parameter.Value = tabel;
        opdracht.Parameters.Add(parameter);
        return Convert.ToInt64(opdracht.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
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

    /// <summary>
    /// The first <c>migrate</c> on a new, empty database writes no failure: on PostgreSQL EF Core's question for the
    /// migrations history, a table that is not there yet, was logged twice as <c>fail:</c>, which an operator reads as a
    /// migration that failed.
    /// </summary>
    [Fact]
    public async Task TheFirstMigrateOnAnEmptyDatabaseLogsNoFailure()
    {
        var gemigreerd = await VoerUitAsync("migrate");

        Assert.True(gemigreerd.Code == 0, gemigreerd.Uitvoer);
        Assert.Contains("De database is bijgewerkt:", gemigreerd.Uitvoer, StringComparison.Ordinal);
        foreach (var fout in new[] { "fail:", "crit:", "error", "Failed executing" })
        {
            Assert.DoesNotContain(fout, gemigreerd.Uitvoer, StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>A migration that really fails (a user that does not exist, a file that is no database) still says so and exits non-zero.</summary>
    [Fact]
    public async Task MigrateOnADatabaseThatCannotBeOpenedSaysWhyAndFails()
    {
        var geenDatabase = Path.Combine(_map.Pad, "geen-database.db");
        await File.WriteAllTextAsync(geenDatabase, "Dit is geen SQLite-database, maar een bestand dat er zo heet.");
        var verbinding = TestDatabank.IsPostgreSql
            ? new Npgsql.NpgsqlConnectionStringBuilder(_databank.Keuze.ConnectionString) { Username = "sn_bestaat_niet" }.ToString()
            : "Data Source=" + geenDatabase;

        var resultaat = await GebouwdeApp.VoerUitAsync([.. _databank.Instellingen, new("ConnectionStrings:SociaalNetwerk", verbinding)], "migrate");

        Assert.NotEqual(0, resultaat.Code);
        Assert.Contains("Er ging iets mis:", resultaat.Uitvoer, StringComparison.Ordinal);
        Assert.Contains(TestDatabank.IsPostgreSql ? "role \"sn_bestaat_niet\" does not exist" : "file is not a database", resultaat.Uitvoer, StringComparison.Ordinal);
        Assert.DoesNotContain("De database is bijgewerkt", resultaat.Uitvoer, StringComparison.Ordinal);
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
