using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using SociaalNetwerk.Schema.Data;

namespace SociaalNetwerk.GraphApi.Cli;

/// <summary>
/// Copies a whole installation from one database to another, empty one (SQLite ⇄ PostgreSQL, or the same provider):
/// the target is migrated with its own provider's migrations to the source's level, then every table of the EF model is
/// copied generically from the model's metadata (tables added later need no code here), in foreign-key order, streamed
/// and written in batches inside one transaction, so a failure leaves the target without data. Values go through EF's own
/// type mappings of each side (read as the source stores them, converted to the model's value, written as the target
/// stores it), so instants stay UTC, booleans, enums, JSON columns, byte arrays and text keep their meaning.
/// </summary>
public sealed class DatabaseKopie(DatabaseKeuze bron, DatabaseKeuze doel, TextWriter uitvoer)
{
    /// <summary>The migrations table: not in the model; each side's history is written by its own migrations.</summary>
    private const string MigratieTabel = "__EFMigrationsHistory";

    /// <summary>At most this many parameters in one INSERT (SQLite allows 32766, PostgreSQL 65535).</summary>
    private const int MaxParameters = 30000;

    /// <summary>Rows per INSERT and the unit of progress; the source is streamed, never a whole table in memory.</summary>
    public int Batch { get; init; } = 1000;

    /// <summary>Copies, verifies and prints the counts per table.</summary>
    /// <returns>The counts per table of the source and the target (equal when the copy is complete).</returns>
    /// <exception cref="KopieFout">Something the operator must fix (a non-empty target, an outdated source…); nothing was written.</exception>
    public async Task<IReadOnlyList<(string Tabel, long Bron, long Doel)>> VoerUitAsync(CancellationToken token)
    {
        await using var bronDb = bron.MaakContext();
        await using var doelDb = doel.MaakContext();
        await ControleerBronAsync(bronDb, token);
        await ControleerLeegAsync(doelDb, token);

        uitvoer.WriteLine($"Doel: {Beschrijf(doel)} wordt bijgewerkt tot de nieuwste migratie…");
        await BereidDoelVoorAsync(doelDb, token);
        await doelDb.Database.MigrateAsync(token);

        var bronModel = bronDb.GetService<IDesignTimeModel>().Model.GetRelationalModel();
        var doelModel = doelDb.GetService<IDesignTimeModel>().Model.GetRelationalModel();
        var tabellen = InSleutelVolgorde(doelModel.Tables.Where(t => !t.IsExcludedFromMigrations));

        var bronVerbinding = bronDb.Database.GetDbConnection();
        var doelVerbinding = doelDb.Database.GetDbConnection();
        await bronVerbinding.OpenAsync(token);
        await doelVerbinding.OpenAsync(token);

        // One consistent snapshot of the source, one all-or-nothing transaction on the target.
        await using var bronTransactie = bronVerbinding is SqliteConnection sqlite
            ? sqlite.BeginTransaction(deferred: true)
            : await bronVerbinding.BeginTransactionAsync(IsolationLevel.RepeatableRead, token);
        await using var doelTransactie = await doelVerbinding.BeginTransactionAsync(token);
        var bronSql = bronDb.GetService<ISqlGenerationHelper>();
        var doelSql = doelDb.GetService<ISqlGenerationHelper>();
        var reeksen = await LeesReeksenAsync(bronDb, bronVerbinding, bronTransactie, token);

        foreach (var tabel in tabellen)
        {
            var bronTabel = bronModel.FindTable(tabel.Name, tabel.Schema)
                ?? throw new KopieFout($"De tabel {tabel.Name} ontbreekt in het model van de bron.");
            var aantal = await KopieerTabelAsync(bronTabel, tabel, bronSql, doelSql, bronVerbinding, bronTransactie, doelVerbinding, doelTransactie, token);
            uitvoer.WriteLine($"  {tabel.Name}: {aantal.ToString("N0", Nl)} rijen");
        }

        var bijgezet = await ZetReeksenBijAsync(doelDb, doelVerbinding, doelTransactie, reeksen, token);
        await doelTransactie.CommitAsync(token);
        if (bijgezet > 0)
        {
            uitvoer.WriteLine($"Nummerreeksen van het doel bijgezet: {bijgezet}.");
        }

        return await TelAsync(tabellen, bronSql, doelSql, bronVerbinding, bronTransactie, doelVerbinding, token);
    }

    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>A description without the password: provider and database or file.</summary>
    public static string Beschrijf(DatabaseKeuze keuze)
    {
        if (keuze.Provider == DatabaseProvider.PostgreSql)
        {
            var npgsql = new NpgsqlConnectionStringBuilder(keuze.ConnectionString);
            return $"PostgreSQL-database '{npgsql.Database}' op {npgsql.Host}:{npgsql.Port}";
        }

        return $"SQLite-bestand {Path.GetFullPath(new SqliteConnectionStringBuilder(keuze.ConnectionString).DataSource)}";
    }

    /// <summary>The source exists and is at the newest migration of this version, so both sides have the same tables.</summary>
    private async Task ControleerBronAsync(SociaalNetwerkDbContext db, CancellationToken token)
    {
        if (bron.Provider == DatabaseProvider.Sqlite && !File.Exists(SqliteBestand(bron)))
        {
            throw new KopieFout($"De bron bestaat niet: {Beschrijf(bron)}. Controleer Database:Provider en ConnectionStrings:SociaalNetwerk.");
        }

        if (!await db.Database.CanConnectAsync(token))
        {
            throw new KopieFout($"De bron is niet te bereiken: {Beschrijf(bron)}.");
        }

        var bekend = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var toegepast = (await db.Database.GetAppliedMigrationsAsync(token)).ToList();
        if (toegepast.Any(m => !bekend.Contains(m)))
        {
            throw new KopieFout("De bron is bijgewerkt door een nieuwere versie van Sociaal Netwerk dan deze. Kopieer met die versie.");
        }

        if (toegepast.Count != bekend.Count)
        {
            throw new KopieFout("De bron is niet bijgewerkt tot de migraties van deze versie. Start de server één keer met deze versie (of voer de migraties uit) en kopieer daarna.");
        }
    }

    /// <summary>
    /// The target has no data: no tables at all, or only this application's tables without any row (migrated but never
    /// used). Anything else is refused before a single statement writes to it.
    /// </summary>
    private async Task ControleerLeegAsync(SociaalNetwerkDbContext db, CancellationToken token)
    {
        if (doel.Provider == DatabaseProvider.Sqlite)
        {
            var bestand = SqliteBestand(doel);
            if (string.IsNullOrEmpty(bestand) || bestand == ":memory:" || new SqliteConnectionStringBuilder(doel.ConnectionString).Mode == SqliteOpenMode.Memory)
            {
                throw new KopieFout("Het doel moet een SQLite-bestand zijn: --verbinding \"Data Source=pad/naar/sociaalnetwerk.db\".");
            }

            if (string.Equals(Path.GetFullPath(bestand), bron.Provider == DatabaseProvider.Sqlite ? Path.GetFullPath(SqliteBestand(bron)) : null, StringComparison.Ordinal))
            {
                throw new KopieFout("Het doel is dezelfde database als de bron.");
            }

            if (!File.Exists(bestand))
            {
                return;
            }
        }
        else
        {
            try
            {
                await using var proef = new NpgsqlConnection(doel.ConnectionString);
                await proef.OpenAsync(token);
            }
            catch (Exception fout) when (fout is NpgsqlException or ArgumentException)
            {
                throw new KopieFout($"Het doel is niet te bereiken: {Beschrijf(doel)}: {fout.GetBaseException().Message} Maak de (lege) database eerst aan, bijvoorbeeld met createdb.");
            }
        }

        var verbinding = db.Database.GetDbConnection();
        await verbinding.OpenAsync(token);
        try
        {
            using var lijst = verbinding.CreateCommand();
            lijst.CommandText = doel.Provider == DatabaseProvider.Sqlite
                ? "SELECT NULL, name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                : "SELECT table_schema, table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')";
            var tabellen = new List<(string? Schema, string Naam)>();
            await using (var lezer = await lijst.ExecuteReaderAsync(token))
            {
                while (await lezer.ReadAsync(token))
                {
                    tabellen.Add((lezer.IsDBNull(0) ? null : lezer.GetString(0), lezer.GetString(1)));
                }
            }

            var model = db.GetService<IDesignTimeModel>().Model.GetRelationalModel();
            var sql = db.GetService<ISqlGenerationHelper>();
            var gevuld = new List<string>();
            foreach (var (schema, naam) in tabellen)
            {
                if (naam == MigratieTabel)
                {
                    continue;
                }

                if (model.Tables.All(t => t.Name != naam))
                {
                    gevuld.Add(naam + " (hoort niet bij Sociaal Netwerk)");
                    continue;
                }

                using var tel = verbinding.CreateCommand();
                tel.CommandText = $"SELECT EXISTS (SELECT 1 FROM {sql.DelimitIdentifier(naam, doel.Provider == DatabaseProvider.Sqlite ? null : schema)})";
                if (Convert.ToBoolean(await tel.ExecuteScalarAsync(token), CultureInfo.InvariantCulture))
                {
                    gevuld.Add(naam);
                }
            }

            if (gevuld.Count > 0)
            {
                throw new KopieFout($"Het doel is niet leeg: {Beschrijf(doel)} heeft al gegevens in {string.Join(", ", gevuld.Take(5))}{(gevuld.Count > 5 ? ", …" : string.Empty)}. "
                    + "Er is niets geschreven. Kopieer naar een nieuwe, lege database.", gevuld.Count);
            }
        }
        finally
        {
            await verbinding.CloseAsync();
        }
    }

    /// <summary>SQLite: the folder exists and the journal is WAL, as the server sets it.</summary>
    private async Task BereidDoelVoorAsync(SociaalNetwerkDbContext db, CancellationToken token)
    {
        if (doel.Provider != DatabaseProvider.Sqlite)
        {
            return;
        }

        var map = Path.GetDirectoryName(Path.GetFullPath(SqliteBestand(doel)));
        if (!string.IsNullOrEmpty(map))
        {
            Directory.CreateDirectory(map);
        }

        await db.Database.OpenConnectionAsync(token);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", token);
        await db.Database.CloseConnectionAsync();
    }

    private static string SqliteBestand(DatabaseKeuze keuze) => new SqliteConnectionStringBuilder(keuze.ConnectionString).DataSource;

    /// <summary>Tables ordered so that every table comes after the tables its foreign keys point to (by name among equals).</summary>
    private static List<ITable> InSleutelVolgorde(IEnumerable<ITable> tabellen)
    {
        var open = tabellen.OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        var volgorde = new List<ITable>();
        while (open.Count > 0)
        {
            var klaar = open.FirstOrDefault(t => t.ForeignKeyConstraints.All(fk => fk.PrincipalTable == t || !open.Contains(fk.PrincipalTable)))
                ?? throw new KopieFout($"De tabellen {string.Join(", ", open.Select(t => t.Name))} verwijzen in een kring naar elkaar; die kan de kopie niet ordenen.");
            volgorde.Add(klaar);
            open.Remove(klaar);
        }

        return volgorde;
    }

    /// <summary>A column as both sides see it: how to read the source's value and how to write it to the target.</summary>
    private sealed record Kolom(string Naam, IColumn Bron, IColumn Doel)
    {
        /// <summary>EF's own mapping of the column to a model value: its converter and its reader method.</summary>
        public RelationalTypeMapping? BronMapping { get; } = Mapping(Bron);

        public RelationalTypeMapping? DoelMapping { get; } = Mapping(Doel);

        private readonly System.Reflection.MethodInfo? _leesMethode = Mapping(Bron)?.GetDataReaderMethod();

        /// <summary>The mapping of the column's (first) property; none for the JSON column of owned types.</summary>
        private static RelationalTypeMapping? Mapping(IColumn kolom) => kolom.PropertyMappings.Count > 0 ? kolom.PropertyMappings[0].TypeMapping : null;

        /// <summary>The model's value (a JSON column: its text).</summary>
        public object? Lees(DbDataReader lezer, int index)
        {
            if (lezer.IsDBNull(index))
            {
                return null;
            }

            if (BronMapping is null || _leesMethode is null)
            {
                return lezer.GetString(index);
            }

            var waarde = _leesMethode.Invoke(lezer, [index]);
            var converter = BronMapping.Converter;
            if (converter is null)
            {
                return waarde;
            }

            if (waarde is not null && waarde.GetType() != converter.ProviderClrType && waarde is IConvertible)
            {
                waarde = Convert.ChangeType(waarde, Nullable.GetUnderlyingType(converter.ProviderClrType) ?? converter.ProviderClrType, CultureInfo.InvariantCulture);
            }

            return converter.ConvertFromProvider(waarde);
        }

        /// <summary>A parameter holding <paramref name="waarde"/> as the target stores it.</summary>
        public DbParameter Parameter(DbCommand opdracht, string naam, object? waarde)
        {
            if (DoelMapping is not null)
            {
                return DoelMapping.CreateParameter(opdracht, naam, waarde, nullable: true);
            }

            // A JSON column of owned types: its text, typed as the column is on PostgreSQL.
            var parameter = opdracht.CreateParameter();
            parameter.ParameterName = naam;
            parameter.Value = waarde ?? DBNull.Value;
            if (parameter is NpgsqlParameter npgsql && Doel.StoreType is "jsonb" or "json")
            {
                npgsql.NpgsqlDbType = Doel.StoreType == "jsonb" ? NpgsqlDbType.Jsonb : NpgsqlDbType.Json;
            }

            return parameter;
        }
    }

    private async Task<long> KopieerTabelAsync(
        ITable bronTabel,
        ITable doelTabel,
        ISqlGenerationHelper bronSql,
        ISqlGenerationHelper doelSql,
        DbConnection bronVerbinding,
        DbTransaction bronTransactie,
        DbConnection doelVerbinding,
        DbTransaction doelTransactie,
        CancellationToken token)
    {
        // Computed columns are the database's own; every other column is copied.
        var kolommen = doelTabel.Columns
            .Where(c => c.ComputedColumnSql is null)
            .Select(c => new Kolom(c.Name, bronTabel.FindColumn(c.Name) ?? throw new KopieFout($"De kolom {doelTabel.Name}.{c.Name} ontbreekt in het model van de bron."), c))
            .ToList();
        var sleutel = bronTabel.PrimaryKey?.Columns.Select(c => bronSql.DelimitIdentifier(c.Name)).ToList() ?? [];

        await using var lees = bronVerbinding.CreateCommand();
        lees.Transaction = bronTransactie;
        lees.CommandText = $"SELECT {string.Join(", ", kolommen.Select(k => bronSql.DelimitIdentifier(k.Naam)))} FROM {bronSql.DelimitIdentifier(bronTabel.Name, bronTabel.Schema)}"
            + (sleutel.Count > 0 ? $" ORDER BY {string.Join(", ", sleutel)}" : string.Empty);
        lees.CommandTimeout = 0;

        var perInsert = Math.Max(1, Math.Min(Batch, MaxParameters / Math.Max(1, kolommen.Count)));
        var kop = $"INSERT INTO {doelSql.DelimitIdentifier(doelTabel.Name, doelTabel.Schema)} ({string.Join(", ", kolommen.Select(k => doelSql.DelimitIdentifier(k.Naam)))})"
            + (doel.Provider == DatabaseProvider.PostgreSql ? " OVERRIDING SYSTEM VALUE" : string.Empty) + " VALUES ";
        var rijen = new List<object?[]>(perInsert);
        long aantal = 0;
        await using var lezer = await lees.ExecuteReaderAsync(CommandBehavior.SequentialAccess, token);
        while (await lezer.ReadAsync(token))
        {
            var rij = new object?[kolommen.Count];
            for (var i = 0; i < kolommen.Count; i++)
            {
                rij[i] = kolommen[i].Lees(lezer, i);
            }

            rijen.Add(rij);
            if (rijen.Count == perInsert)
            {
                aantal += await SchrijfAsync(kop, kolommen, rijen, doelVerbinding, doelTransactie, token);
            }
        }

        if (rijen.Count > 0)
        {
            aantal += await SchrijfAsync(kop, kolommen, rijen, doelVerbinding, doelTransactie, token);
        }

        return aantal;
    }

    private static async Task<int> SchrijfAsync(string kop, List<Kolom> kolommen, List<object?[]> rijen, DbConnection verbinding, DbTransaction transactie, CancellationToken token)
    {
        await using var opdracht = verbinding.CreateCommand();
        opdracht.Transaction = transactie;
        opdracht.CommandTimeout = 0;
        var sql = new StringBuilder(kop);
        var p = 0;
        for (var r = 0; r < rijen.Count; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var k = 0; k < kolommen.Count; k++)
            {
                var naam = "@p" + p++.ToString(CultureInfo.InvariantCulture);
                sql.Append(k == 0 ? naam : ", " + naam);
                opdracht.Parameters.Add(kolommen[k].Parameter(opdracht, naam, rijen[r][k]));
            }

            sql.Append(')');
        }

        opdracht.CommandText = sql.ToString();
        var geschreven = await opdracht.ExecuteNonQueryAsync(token);
        rijen.Clear();
        return geschreven;
    }

    /// <summary>
    /// The source's number sequences (SQLite AUTOINCREMENT, PostgreSQL identity/serial), by table: the highest number
    /// ever handed out, which may be above the highest row left (the audit log's numbers are never reused).
    /// </summary>
    private static async Task<Dictionary<string, long>> LeesReeksenAsync(SociaalNetwerkDbContext db, DbConnection verbinding, DbTransaction transactie, CancellationToken token)
    {
        var reeksen = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var opdracht = verbinding.CreateCommand();
        opdracht.Transaction = transactie;
        if (db.Database.IsSqlite())
        {
            opdracht.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE name = 'sqlite_sequence'";
            if (Convert.ToInt64(await opdracht.ExecuteScalarAsync(token), CultureInfo.InvariantCulture) == 0)
            {
                return reeksen;
            }

            opdracht.CommandText = "SELECT name, seq FROM sqlite_sequence";
        }
        else
        {
            // pg_sequences.last_value is NULL while a sequence has handed out nothing.
            opdracht.CommandText = """
                SELECT c.table_name, s.last_value
                FROM information_schema.columns c
                JOIN pg_sequences s ON format('%I.%I', s.schemaname, s.sequencename) = pg_get_serial_sequence(format('%I.%I', c.table_schema, c.table_name), c.column_name)
                WHERE c.table_schema = current_schema()
                """;
        }

        await using var lezer = await opdracht.ExecuteReaderAsync(token);
        while (await lezer.ReadAsync(token))
        {
            if (!lezer.IsDBNull(1))
            {
                reeksen[lezer.GetString(0)] = Convert.ToInt64(lezer.GetValue(1), CultureInfo.InvariantCulture);
            }
        }

        return reeksen;
    }

    /// <summary>
    /// The target's sequences continue after the highest copied number (and after the source's own high-water mark):
    /// PostgreSQL's identity sequences do not move on explicit values, SQLite's AUTOINCREMENT only up to the highest row.
    /// </summary>
    private static async Task<int> ZetReeksenBijAsync(SociaalNetwerkDbContext db, DbConnection verbinding, DbTransaction transactie, Dictionary<string, long> bron, CancellationToken token)
    {
        var bijgezet = 0;
        await using var opdracht = verbinding.CreateCommand();
        opdracht.Transaction = transactie;
        if (db.Database.IsSqlite())
        {
            opdracht.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE name = 'sqlite_sequence'";
            if (Convert.ToInt64(await opdracht.ExecuteScalarAsync(token), CultureInfo.InvariantCulture) == 0)
            {
                return 0;
            }

            // Only tables declared AUTOINCREMENT have a row in sqlite_sequence; give them the source's mark when higher.
            var autoincrement = new List<string>();
            opdracht.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%AUTOINCREMENT%'";
            await using (var lezer = await opdracht.ExecuteReaderAsync(token))
            {
                while (await lezer.ReadAsync(token))
                {
                    autoincrement.Add(lezer.GetString(0));
                }
            }

            foreach (var tabel in autoincrement.Where(bron.ContainsKey))
            {
                await using var zet = verbinding.CreateCommand();
                zet.Transaction = transactie;
                zet.CommandText = """
                    UPDATE sqlite_sequence SET seq = MAX(seq, @hoogste) WHERE name = @tabel;
                    INSERT INTO sqlite_sequence (name, seq) SELECT @tabel, @hoogste WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = @tabel);
                    """;
                zet.Parameters.Add(new SqliteParameter("@tabel", tabel));
                zet.Parameters.Add(new SqliteParameter("@hoogste", bron[tabel]));
                await zet.ExecuteNonQueryAsync(token);
                bijgezet++;
            }

            return bijgezet;
        }

        var reeksen = new List<(string Tabel, string Kolom, string Reeks)>();
        opdracht.CommandText = """
            SELECT c.table_name, c.column_name, pg_get_serial_sequence(format('%I.%I', c.table_schema, c.table_name), c.column_name)
            FROM information_schema.columns c
            WHERE c.table_schema = current_schema() AND pg_get_serial_sequence(format('%I.%I', c.table_schema, c.table_name), c.column_name) IS NOT NULL
            """;
        await using (var lezer = await opdracht.ExecuteReaderAsync(token))
        {
            while (await lezer.ReadAsync(token))
            {
                reeksen.Add((lezer.GetString(0), lezer.GetString(1), lezer.GetString(2)));
            }
        }

        foreach (var (tabel, kolom, reeks) in reeksen)
        {
            await using var zet = verbinding.CreateCommand();
            zet.Transaction = transactie;
            var sql = db.GetService<ISqlGenerationHelper>();
            zet.CommandText = $"SELECT setval(@reeks, GREATEST(COALESCE((SELECT MAX({sql.DelimitIdentifier(kolom)}) FROM {sql.DelimitIdentifier(tabel)}), 0), @hoogste) + 1, false)";
            zet.Parameters.Add(new NpgsqlParameter("reeks", reeks));
            zet.Parameters.Add(new NpgsqlParameter("hoogste", bron.GetValueOrDefault(tabel)));
            await zet.ExecuteNonQueryAsync(token);
            bijgezet++;
        }

        return bijgezet;
    }

    private static async Task<IReadOnlyList<(string Tabel, long Bron, long Doel)>> TelAsync(
        List<ITable> tabellen,
        ISqlGenerationHelper bronSql,
        ISqlGenerationHelper doelSql,
        DbConnection bronVerbinding,
        DbTransaction bronTransactie,
        DbConnection doelVerbinding,
        CancellationToken token)
    {
        var tellingen = new List<(string, long, long)>();
        foreach (var tabel in tabellen)
        {
            await using var telBron = bronVerbinding.CreateCommand();
            telBron.Transaction = bronTransactie;
            telBron.CommandText = $"SELECT COUNT(*) FROM {bronSql.DelimitIdentifier(tabel.Name, tabel.Schema)}";
            await using var telDoel = doelVerbinding.CreateCommand();
            telDoel.CommandText = $"SELECT COUNT(*) FROM {doelSql.DelimitIdentifier(tabel.Name, tabel.Schema)}";
            tellingen.Add((
                tabel.Name,
                Convert.ToInt64(await telBron.ExecuteScalarAsync(token), CultureInfo.InvariantCulture),
                Convert.ToInt64(await telDoel.ExecuteScalarAsync(token), CultureInfo.InvariantCulture)));
        }

        return tellingen;
    }
}

/// <summary>A copy refused for a reason the operator can fix; the message is Dutch and says how.</summary>
public sealed class KopieFout(string bericht, int aantal = 0) : Exception(bericht)
{
    /// <summary>How many tables already hold data (a non-empty target).</summary>
    public int Aantal { get; } = aantal;
}
