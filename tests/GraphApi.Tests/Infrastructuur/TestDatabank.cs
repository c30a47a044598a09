using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using SociaalNetwerk.Schema.Data;

namespace SociaalNetwerk.GraphApi.Tests.Infrastructuur;

/// <summary>
/// A fresh, empty database for one test server or CLI test, on the provider the run asks for:
/// <c>SN_TEST_DATABASE</c> = <c>Sqlite</c> (default: a file in the test's folder) or <c>PostgreSQL</c> (a new database
/// on the cluster of <c>SN_TEST_POSTGRES</c>, an admin connection string, dropped afterwards; ./test.sh starts such a
/// cluster). PostgreSQL databases are copies of a template migrated once per run. Test servers on the standard clock
/// get a copy of the demo data seeded once per run (<see cref="MaakMetDemoDataAsync"/>), so they neither migrate nor seed.
/// </summary>
public sealed class TestDatabank : IAsyncDisposable
{
    /// <summary>
    /// The trait (<c>[Trait(Kenmerk, Onafhankelijk)]</c>) of test classes that never use the run's provider (they pin
    /// their own SQLite file, e.g. start-up settings, JSON logs, SQLite backups): ./test.sh's PostgreSQL pass leaves
    /// them out (<c>--filter Databank!=Onafhankelijk</c>), since running them again would test the same thing twice.
    /// </summary>
    public const string Kenmerk = "Databank";

    /// <inheritdoc cref="Kenmerk"/>
    public const string Onafhankelijk = "Onafhankelijk";

    private static readonly Lazy<Task<string>> Sjabloon = new(MaakSjabloonAsync);

    /// <summary>Per moment of seeding: the demo database of this run (a SQLite file, or a PostgreSQL template database).</summary>
    private static readonly ConcurrentDictionary<DateTimeOffset, Lazy<Task<string>>> DemoSjablonen = new();

    /// <summary>The folder of this run's SQLite demo databases, removed at the end of the run.</summary>
    private static readonly Lazy<string> SjabloonMap = new(() =>
    {
        var map = Path.Combine(Path.GetTempPath(), "sociaalnetwerk-tests", "sjablonen-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(map);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(map, recursive: true);
            }
            catch (IOException)
            {
            }
        };
        return map;
    });

    private readonly string? _naam;

    private TestDatabank(DatabaseKeuze keuze, string? naam, string map)
    {
        Keuze = keuze;
        _naam = naam;
        Map = map;
    }

    /// <summary>The provider of this test run.</summary>
    public static DatabaseProvider Provider { get; } = DatabaseKeuze.LeesProvider(Environment.GetEnvironmentVariable("SN_TEST_DATABASE"));

    public static bool IsPostgreSql => Provider == DatabaseProvider.PostgreSql;

    public DatabaseKeuze Keuze { get; }

    /// <summary>Whether this is a copy of the demo data (<see cref="MaakMetDemoDataAsync"/>) rather than an empty database.</summary>
    public bool MetDemoData { get; private init; }

    /// <summary>The folder beside the database (mail, keys): <c>Database:Map</c>.</summary>
    public string Map { get; }

    /// <summary>The server's settings for this database, also as environment variables for the CLI.</summary>
    public IReadOnlyDictionary<string, string> Instellingen => new Dictionary<string, string>
    {
        ["Database:Provider"] = Keuze.Provider.ToString(),
        ["ConnectionStrings:SociaalNetwerk"] = Keuze.ConnectionString,
        ["Database:Map"] = Map,
    };

    /// <summary>A new database: the SQLite file <c>test.db</c> in <paramref name="map"/> (not yet created), or a PostgreSQL database.</summary>
    /// <param name="map">The test's own folder; it must exist.</param>
    /// <param name="gemigreerd">PostgreSQL only: copy the migrated template (false: a database without any table).</param>
    public static async Task<TestDatabank> MaakAsync(string map, bool gemigreerd = true)
    {
        if (!IsPostgreSql)
        {
            var bestand = Path.Combine(map, "test.db");
            return new TestDatabank(new DatabaseKeuze(DatabaseProvider.Sqlite, $"Data Source={bestand}"), null, map);
        }

        var naam = "sn_test_" + Guid.NewGuid().ToString("N");
        var sjabloon = gemigreerd ? await Sjabloon.Value : "template0";
        await VoerUitAsync($"CREATE DATABASE \"{naam}\" TEMPLATE \"{sjabloon}\" ENCODING 'UTF8'");
        var verbinding = new NpgsqlConnectionStringBuilder(AdminVerbinding) { Database = naam }.ToString();
        return new TestDatabank(new DatabaseKeuze(DatabaseProvider.PostgreSql, verbinding), naam, map);
    }

    /// <summary>
    /// A database that holds what a server on a clock at <paramref name="nu"/> stores when it starts on an empty one:
    /// the migrations and the demo data dated from that moment (<see cref="Databank.HerstelDemoDataAsync(IServiceProvider, CancellationToken)"/>).
    /// The demo data is seeded once per run and per moment and copied for every caller: the SQLite file copied to
    /// <c>test.db</c> in <paramref name="map"/>, or a PostgreSQL database made with that one as its template. A server
    /// that starts on it finds its migrations applied and its demo data present, and seeds nothing (its start-up is
    /// otherwise the same: the lease, the Data Protection key, the first background passes are its own).
    /// </summary>
    /// <param name="map">The test's own folder; it must exist.</param>
    public static async Task<TestDatabank> MaakMetDemoDataAsync(string map, DateTimeOffset nu)
    {
        var sjabloon = await DemoSjablonen.GetOrAdd(nu, moment => new Lazy<Task<string>>(() => MaakDemoSjabloonAsync(moment))).Value;
        if (!IsPostgreSql)
        {
            var bestand = Path.Combine(map, "test.db");
            File.Copy(sjabloon, bestand);
            return new TestDatabank(new DatabaseKeuze(DatabaseProvider.Sqlite, $"Data Source={bestand}"), null, map) { MetDemoData = true };
        }

        var naam = "sn_test_" + Guid.NewGuid().ToString("N");
        await VoerUitAsync($"CREATE DATABASE \"{naam}\" TEMPLATE \"{sjabloon}\" ENCODING 'UTF8'");
        var verbinding = new NpgsqlConnectionStringBuilder(AdminVerbinding) { Database = naam }.ToString();
        return new TestDatabank(new DatabaseKeuze(DatabaseProvider.PostgreSql, verbinding), naam, map) { MetDemoData = true };
    }

    /// <summary>Whether a PostgreSQL cluster is at hand (<c>SN_TEST_POSTGRES</c>), also in a SQLite run.</summary>
    public static bool PostgreSqlBeschikbaar => Environment.GetEnvironmentVariable("SN_TEST_POSTGRES") is { Length: > 0 };

    /// <summary>
    /// A new database without any table on <paramref name="provider"/>, whatever the run's provider (for
    /// <c>database copy</c> between providers): <c>test.db</c> in <paramref name="map"/>, or a PostgreSQL database.
    /// Read it through a server or the CLI (<see cref="Open"/> follows the run's provider).
    /// </summary>
    public static async Task<TestDatabank> MaakLeegAsync(string map, DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            return new TestDatabank(new DatabaseKeuze(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(map, "test.db")}"), null, map);
        }

        var naam = "sn_test_" + Guid.NewGuid().ToString("N");
        await VoerUitAsync($"CREATE DATABASE \"{naam}\" TEMPLATE template0 ENCODING 'UTF8'");
        var verbinding = new NpgsqlConnectionStringBuilder(AdminVerbinding) { Database = naam }.ToString();
        return new TestDatabank(new DatabaseKeuze(DatabaseProvider.PostgreSql, verbinding), naam, map);
    }

    /// <summary>Whether anything was stored: the SQLite file exists, or the PostgreSQL database has a table.</summary>
    public bool HeeftTabellen()
    {
        if (!IsPostgreSql)
        {
            return File.Exists(new SqliteConnectionStringBuilder(Keuze.ConnectionString).DataSource);
        }

        using var verbinding = Open();
        using var opdracht = verbinding.CreateCommand();
        opdracht.CommandText = "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'";
        return Convert.ToInt64(opdracht.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    /// <summary>
    /// An open connection for reading what the server stored, with SQL that both providers understand (quoted
    /// identifiers, <c>@name</c> parameters).
    /// </summary>
    public DbConnection Open()
    {
        DbConnection verbinding = IsPostgreSql
            ? new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Keuze.ConnectionString) { Pooling = false }.ToString())
            : new SqliteConnection(new SqliteConnectionStringBuilder(Keuze.ConnectionString) { Pooling = false }.ToString());
        verbinding.Open();
        return verbinding;
    }

    /// <summary>The number of rows of <paramref name="tabel"/>.</summary>
    public long Tel(string tabel)
    {
        using var verbinding = Open();
        using var opdracht = verbinding.CreateCommand();
        opdracht.CommandText = $"SELECT COUNT(*) FROM \"{tabel}\"";
        return Convert.ToInt64(opdracht.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        if (_naam is null)
        {
            SqliteConnection.ClearAllPools();
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await VoerUitAsync($"DROP DATABASE IF EXISTS \"{_naam}\" WITH (FORCE)");
    }

    private static string AdminVerbinding =>
        Environment.GetEnvironmentVariable("SN_TEST_POSTGRES") is { Length: > 0 } verbinding
            ? verbinding
            : throw new InvalidOperationException("SN_TEST_DATABASE=PostgreSQL needs SN_TEST_POSTGRES, an admin connection string to a PostgreSQL cluster (./test.sh starts one).");

    private static async Task VoerUitAsync(string sql)
    {
        await using var verbinding = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(AdminVerbinding) { Pooling = false }.ToString());
        await verbinding.OpenAsync();
        await using var opdracht = new NpgsqlCommand(sql, verbinding);
        await opdracht.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// Migrates a new database and seeds the demo data in it as of <paramref name="nu"/>, through the product's own reset
    /// (the same migrations and seed as a server's first start), and closes every connection to it: a SQLite file
    /// without a write-ahead log beside it (the server turns WAL on again), or a PostgreSQL database to copy.
    /// </summary>
    private static async Task<string> MaakDemoSjabloonAsync(DateTimeOffset nu)
    {
        string naam;
        DatabaseKeuze keuze;
        if (IsPostgreSql)
        {
            naam = "sn_demo_" + Guid.NewGuid().ToString("N");
            await VoerUitAsync($"CREATE DATABASE \"{naam}\" TEMPLATE template0 ENCODING 'UTF8'");
            keuze = new DatabaseKeuze(DatabaseProvider.PostgreSql, new NpgsqlConnectionStringBuilder(AdminVerbinding) { Database = naam, Pooling = false }.ToString());
            RuimOpBijHetEinde(naam);
        }
        else
        {
            naam = Path.Combine(SjabloonMap.Value, $"demo-{nu.UtcTicks}.db");
            keuze = new DatabaseKeuze(DatabaseProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = naam, Pooling = false }.ToString());
        }

        await using (var diensten = new ServiceCollection()
            .AddSingleton<TimeProvider>(new VasteKlok(nu))
            .AddDbContextFactory<SociaalNetwerkDbContext>(options => keuze.Configureer(options))
            .BuildServiceProvider())
        {
            await Databank.HerstelDemoDataAsync(diensten);
        }

        if (!IsPostgreSql)
        {
            // Back from WAL to a rollback journal: every page is in the file itself, so a plain copy is the whole database.
            await using var verbinding = new SqliteConnection(keuze.ConnectionString);
            await verbinding.OpenAsync();
            await using var opdracht = verbinding.CreateCommand();
            opdracht.CommandText = "PRAGMA journal_mode=DELETE;";
            await opdracht.ExecuteNonQueryAsync();
        }

        return naam;
    }

    /// <summary>The template databases of this run (the migrated one and the demo ones), dropped when the process ends.</summary>
    private static readonly ConcurrentQueue<string> Sjablonen = new();

    private static readonly Lazy<bool> OpruimenBijHetEinde = new(() =>
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => VerwijderSjablonen();
        return true;
    });

    /// <summary>Drops <paramref name="naam"/> when the test process ends.</summary>
    private static void RuimOpBijHetEinde(string naam)
    {
        _ = OpruimenBijHetEinde.Value;
        Sjablonen.Enqueue(naam);
    }

    /// <summary>
    /// Drops every template of this run over one connection, quickly: the test host is stopped soon after the last test
    /// (each template had a handler of its own, and the migrated template's first cleared Npgsql's pools, which took
    /// long enough that the host was gone before its DROP was sent: a database left behind after every run). No pool to
    /// clear: <c>WITH (FORCE)</c> ends whatever session is still on a template.
    /// </summary>
    private static void VerwijderSjablonen()
    {
        try
        {
            using var verbinding = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(AdminVerbinding) { Pooling = false }.ToString());
            verbinding.Open();
            while (Sjablonen.TryDequeue(out var naam))
            {
                using var opdracht = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{naam}\" WITH (FORCE)", verbinding);
                opdracht.ExecuteNonQuery();
            }
        }
        catch (NpgsqlException)
        {
        }
    }

    private static async Task<string> MaakSjabloonAsync()
    {
        var naam = "sn_sjabloon_" + Guid.NewGuid().ToString("N");
        await VoerUitAsync($"CREATE DATABASE \"{naam}\" TEMPLATE template0 ENCODING 'UTF8'");
        var verbinding = new NpgsqlConnectionStringBuilder(AdminVerbinding) { Database = naam, Pooling = false }.ToString();
        await using (var db = new DatabaseKeuze(DatabaseProvider.PostgreSql, verbinding).MaakContext())
        {
            await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.MigrateAsync(db.Database);
        }

        RuimOpBijHetEinde(naam);
        return naam;
    }
}
