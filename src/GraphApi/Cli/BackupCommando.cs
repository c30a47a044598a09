using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace SociaalNetwerk.GraphApi.Cli;

/// <summary>
/// <c>backup &lt;bestand&gt;</c> and <c>restore &lt;bestand&gt;</c> for the SQLite database. On PostgreSQL both say
/// which <c>pg_dump</c>/<c>pg_restore</c> command to use instead. Exit codes: 0 done, 1 something went wrong,
/// 2 refused (existing file, not a backup, PostgreSQL), 3 the database is in use by a running server.
/// </summary>
public static class BackupCommando
{
    public static Command MaakBackup(IServiceProvider services)
    {
        var bestand = new Argument<string>("bestand") { Description = "Waar de kopie komt, bijvoorbeeld /var/backups/sociaalnetwerk/2026-12-02.db. Ontbrekende mappen worden gemaakt." };
        var overschrijven = new Option<bool>("--overschrijven") { Description = "Vervang het bestand als het al bestaat." };
        var backup = new Command(
            "backup",
            "Maakt een consistente kopie van de SQLite-database, ook terwijl de server draait, en controleert die. Bij PostgreSQL: gebruik pg_dump (het commando zegt hoe).")
        { bestand, overschrijven };
        backup.SetAction(async (resultaat, token) =>
        {
            var configuratie = services.GetRequiredService<IConfiguration>();
            if (!SqliteBackup.IsSqlite(configuratie))
            {
                await Console.Error.WriteLineAsync(PostgreSqlHulp.Backup(configuratie, resultaat.GetValue(bestand)!));
                return 2;
            }

            return await SqliteBackup.MaakAsync(SqliteBackup.Bron(configuratie, services.GetRequiredService<IHostEnvironment>()), resultaat.GetValue(bestand)!, resultaat.GetValue(overschrijven), token);
        });
        return backup;
    }

    public static Command MaakRestore(IServiceProvider services)
    {
        var bestand = new Argument<string>("bestand") { Description = "Een back-up gemaakt met backup." };
        var overschrijven = new Option<bool>("--overschrijven") { Description = "Vervang de bestaande database van deze installatie." };
        var restore = new Command(
            "restore",
            "Zet een back-up terug als de SQLite-database van deze installatie. Stop eerst de server: restore weigert een database die een draaiende server open heeft. Bij PostgreSQL: gebruik pg_restore (het commando zegt hoe).")
        { bestand, overschrijven };
        restore.SetAction(async (resultaat, token) =>
        {
            var configuratie = services.GetRequiredService<IConfiguration>();
            if (!SqliteBackup.IsSqlite(configuratie))
            {
                await Console.Error.WriteLineAsync(PostgreSqlHulp.Restore(configuratie, resultaat.GetValue(bestand)!));
                return 2;
            }

            return await SqliteBackup.ZetTerugAsync(resultaat.GetValue(bestand)!, SqliteBackup.Bron(configuratie, services.GetRequiredService<IHostEnvironment>()), resultaat.GetValue(overschrijven), token);
        });
        return restore;
    }
}

/// <summary>
/// Backup and restore of the SQLite file with SQLite's online backup API (<see cref="SqliteConnection.BackupDatabase(SqliteConnection)"/>).
/// The backup copies every page in one step inside one read transaction: a consistent snapshot, and in WAL mode the
/// server's writers are not held up. It is written to a temporary file beside the target, checked
/// (<c>PRAGMA integrity_check</c>), switched to a rollback journal so the copy is one self-contained file, and only then
/// renamed to the target: an interrupted backup never leaves a half file under the given name.
/// Chosen over <c>VACUUM INTO</c> because restore needs the same API anyway (it writes into the live file through
/// SQLite, under an exclusive lock, journaled, so a leftover <c>-wal</c> file cannot corrupt it and a crash halfway leaves
/// the old database), and a page copy needs no extra work to rebuild tables and indexes while the server runs.
/// </summary>
internal static class SqliteBackup
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>True unless <c>Database:Provider</c> names another database than SQLite.</summary>
    public static bool IsSqlite(IConfiguration configuratie) =>
        configuratie["Database:Provider"] is not { Length: > 0 } provider || string.Equals(provider, "Sqlite", StringComparison.OrdinalIgnoreCase);

    /// <summary>The full path of the configured database file (a relative one under the content root, <see cref="Databestand"/>).</summary>
    public static string Bron(IConfiguration configuratie, IHostEnvironment omgeving)
    {
        var bestand = new SqliteConnectionStringBuilder(Databestand.ConnectionString(configuratie, omgeving)).DataSource;
        if (string.IsNullOrEmpty(bestand) || bestand == ":memory:")
        {
            throw new InvalidOperationException("De database staat niet in een bestand (ConnectionStrings:SociaalNetwerk); er valt niets te back-uppen.");
        }

        return Path.GetFullPath(bestand);
    }

    public static async Task<int> MaakAsync(string bron, string doel, bool overschrijven, CancellationToken token)
    {
        doel = Path.GetFullPath(doel);
        if (!File.Exists(bron))
        {
            await Console.Error.WriteLineAsync($"Er is geen database op {bron}; er valt niets te back-uppen.");
            return 1;
        }

        if (string.Equals(doel, bron, StringComparison.Ordinal))
        {
            await Console.Error.WriteLineAsync($"{doel} is de database zelf. Kies een ander bestand voor de back-up.");
            return 2;
        }

        if (Directory.Exists(doel))
        {
            await Console.Error.WriteLineAsync($"{doel} is een map. Geef een bestandsnaam op, bijvoorbeeld {Path.Combine(doel, "sociaalnetwerk.db")}.");
            return 2;
        }

        if (File.Exists(doel) && !overschrijven)
        {
            await Console.Error.WriteLineAsync($"Het bestand {doel} bestaat al. Kies een andere naam, of geef --overschrijven om het te vervangen.");
            return 2;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(doel)!);
        var tijdelijk = $"{doel}.{Guid.NewGuid():N}.tmp";
        try
        {
            IReadOnlyList<(string Tabel, long Rijen)> tellingen;
            await using (var van = await OpenAsync(bron, SqliteOpenMode.ReadWrite, token))
            await using (var naar = await OpenAsync(tijdelijk, SqliteOpenMode.ReadWriteCreate, token))
            {
                van.BackupDatabase(naar);
                await VoerUitAsync(naar, "PRAGMA journal_mode=DELETE;", token);
                await ControleerAsync(naar, doel, token);
                tellingen = await TelAsync(naar, token);
            }

            File.Move(tijdelijk, doel, overschrijven);
            Console.WriteLine($"Back-up gemaakt: {doel} ({Grootte(new FileInfo(doel).Length)}, integriteitscontrole ok).");
            SchrijfTellingen(tellingen);
            return 0;
        }
        finally
        {
            File.Delete(tijdelijk);
            File.Delete(tijdelijk + "-journal");
        }
    }

    public static async Task<int> ZetTerugAsync(string bestand, string doel, bool overschrijven, CancellationToken token)
    {
        bestand = Path.GetFullPath(bestand);
        if (!File.Exists(bestand))
        {
            await Console.Error.WriteLineAsync($"Het bestand {bestand} bestaat niet.");
            return 2;
        }

        if (string.Equals(bestand, doel, StringComparison.Ordinal))
        {
            await Console.Error.WriteLineAsync($"{bestand} is de database zelf. Geef de back-up op die terug moet.");
            return 2;
        }

        if (File.Exists(doel) && !overschrijven)
        {
            await Console.Error.WriteLineAsync($"Er is al een database op {doel}. Geef --overschrijven om die te vervangen door de back-up (stop eerst de server).");
            return 2;
        }

        await using var van = await OpenAsync(bestand, SqliteOpenMode.ReadOnly, token);
        try
        {
            await ControleerAsync(van, bestand, token);
            await using var tabel = van.CreateCommand();
            tabel.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'";
            if ((long)(await tabel.ExecuteScalarAsync(token))! == 0)
            {
                await Console.Error.WriteLineAsync($"{bestand} is geen back-up van Sociaal Netwerk: de tabel __EFMigrationsHistory ontbreekt.");
                return 2;
            }
        }
        catch (SqliteException fout) when (fout.SqliteErrorCode is 26 or 11)
        {
            // SQLITE_NOTADB, SQLITE_CORRUPT
            await Console.Error.WriteLineAsync($"{bestand} is geen (leesbare) SQLite-database: {fout.Message}");
            return 2;
        }
        catch (InvalidDataException fout)
        {
            await Console.Error.WriteLineAsync(fout.Message);
            return 2;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(doel)!);
        await using var naar = await OpenAsync(doel, SqliteOpenMode.ReadWriteCreate, token, wachtSeconden: 5);
        try
        {
            // An exclusive lock for as long as this connection is open, so no server can start on the file halfway.
            await VoerUitAsync(naar, "PRAGMA locking_mode=EXCLUSIVE; BEGIN EXCLUSIVE; COMMIT;", token);

            // Through SQLite, in one step and journaled: a crash halfway leaves the old database, and an old -wal file is
            // taken care of. A running server keeps a connection open (SqliteInGebruik), and with it, in WAL mode, a
            // shared lock; then SQLite refuses to write (SQLITE_BUSY) and nothing changes.
            van.BackupDatabase(naar);
        }
        catch (SqliteException fout) when (fout.SqliteErrorCode is 5 or 6)
        {
            // SQLITE_BUSY, SQLITE_LOCKED
            await Console.Error.WriteLineAsync($"De database {doel} is in gebruik: draait de server nog? Stop eerst de server (bijvoorbeeld systemctl stop sociaalnetwerk) en probeer het opnieuw. Er is niets veranderd.");
            return 3;
        }

        await ControleerAsync(naar, doel, token);
        var tellingen = await TelAsync(naar, token);
        Console.WriteLine($"De back-up {bestand} is teruggezet in {doel} (integriteitscontrole ok).");
        SchrijfTellingen(tellingen);
        Console.WriteLine("Start de server weer; die voert zo nodig de migraties van een nieuwere versie uit.");
        return 0;
    }

    private static async Task<SqliteConnection> OpenAsync(string pad, SqliteOpenMode modus, CancellationToken token, int wachtSeconden = 30)
    {
        var verbinding = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = pad, Mode = modus, Pooling = false, DefaultTimeout = wachtSeconden }.ToString());
        await verbinding.OpenAsync(token);
        return verbinding;
    }

    private static async Task VoerUitAsync(SqliteConnection verbinding, string sql, CancellationToken token)
    {
        await using var opdracht = verbinding.CreateCommand();
        opdracht.CommandText = sql;
        await opdracht.ExecuteNonQueryAsync(token);
    }

    private static async Task ControleerAsync(SqliteConnection verbinding, string naam, CancellationToken token)
    {
        await using var opdracht = verbinding.CreateCommand();
        opdracht.CommandText = "PRAGMA integrity_check;";
        var uitkomst = (string?)await opdracht.ExecuteScalarAsync(token);
        if (uitkomst != "ok")
        {
            throw new InvalidDataException($"De integriteitscontrole van {naam} faalt: {uitkomst}");
        }
    }

    private static async Task<IReadOnlyList<(string Tabel, long Rijen)>> TelAsync(SqliteConnection verbinding, CancellationToken token)
    {
        List<string> tabellen = [];
        await using (var lijst = verbinding.CreateCommand())
        {
            lijst.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            await using var lezer = await lijst.ExecuteReaderAsync(token);
            while (await lezer.ReadAsync(token))
            {
                tabellen.Add(lezer.GetString(0));
            }
        }

        List<(string, long)> tellingen = [];
        foreach (var tabel in tabellen)
        {
            await using var tel = verbinding.CreateCommand();
            tel.CommandText = $"SELECT COUNT(*) FROM \"{tabel.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            tellingen.Add((tabel, (long)(await tel.ExecuteScalarAsync(token))!));
        }

        return tellingen;
    }

    private static void SchrijfTellingen(IReadOnlyList<(string Tabel, long Rijen)> tellingen)
    {
        Console.WriteLine("Rijen per tabel:");
        var breedte = tellingen.Count == 0 ? 0 : tellingen.Max(t => t.Tabel.Length);
        foreach (var (tabel, rijen) in tellingen)
        {
            Console.WriteLine($"  {tabel.PadRight(breedte)}  {rijen.ToString("N0", Nl),10}");
        }
    }

    private static string Grootte(long bytes) => bytes >= 1024 * 1024
        ? (bytes / 1024d / 1024d).ToString("0.0", Nl) + " MB"
        : (bytes / 1024d).ToString("0", Nl) + " kB";
}

/// <summary>What to run on PostgreSQL instead: <c>pg_dump</c>/<c>pg_restore</c> with the host, port, user and database of the connection string, never its password.</summary>
internal static class PostgreSqlHulp
{
    public static string Backup(IConfiguration configuratie, string bestand) =>
        $"""
        Deze installatie gebruikt PostgreSQL (Database:Provider={configuratie["Database:Provider"]}); backup werkt alleen voor SQLite.
        Maak een back-up met pg_dump:

          pg_dump --format=custom {Verbinding(configuratie)} --file={Quote(bestand)}

        Het wachtwoord komt uit PGPASSWORD of ~/.pgpass. Zie docs/deployment.md (Back-ups).
        """;

    public static string Restore(IConfiguration configuratie, string bestand) =>
        $"""
        Deze installatie gebruikt PostgreSQL (Database:Provider={configuratie["Database:Provider"]}); restore werkt alleen voor SQLite.
        Stop alle instanties en zet een back-up van pg_dump terug met pg_restore:

          pg_restore --clean --if-exists --no-owner --single-transaction {Verbinding(configuratie)} {Quote(bestand)}

        Het wachtwoord komt uit PGPASSWORD of ~/.pgpass. Zie docs/deployment.md (Back-ups).
        """;

    private static string Verbinding(IConfiguration configuratie)
    {
        var bouwer = new DbConnectionStringBuilder { ConnectionString = configuratie.GetConnectionString("SociaalNetwerk") ?? string.Empty };
        string? Waarde(params string[] sleutels) =>
            sleutels.Select(s => bouwer.TryGetValue(s, out var w) ? w?.ToString() : null).FirstOrDefault(w => !string.IsNullOrWhiteSpace(w));

        List<string> delen = [];
        void Voeg(string optie, string? waarde)
        {
            if (waarde is not null)
            {
                delen.Add($"--{optie}={Quote(waarde)}");
            }
        }

        Voeg("host", Waarde("Host", "Server"));
        Voeg("port", Waarde("Port"));
        Voeg("username", Waarde("Username", "User Name", "User Id", "UserId", "User"));
        Voeg("dbname", Waarde("Database", "DB") ?? "sociaalnetwerk");
        return string.Join(' ', delen);
    }

    private static string Quote(string waarde) =>
        waarde.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '/' or ':' or ',' or '=')
            ? waarde
            : "'" + waarde.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
