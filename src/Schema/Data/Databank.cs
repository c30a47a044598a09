using Microsoft.Extensions.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using SociaalNetwerk.Schema.Agenda;

namespace SociaalNetwerk.Schema.Data;

/// <summary>Start-up and reset of the database: migrations, demo data (with its occurrences).</summary>
public static class Databank
{
    /// <summary>
    /// Applies migrations (unless <paramref name="migreer"/> is false: then pending migrations stop the start with
    /// <see cref="MigratiesOntbrekenException"/>) and, on an empty database, seeds the demo data, or only the wijken of
    /// Zoetermeer when the setting <see cref="DemogegevensSleutel"/> is false (a real installation). Safe when several
    /// instances start at once: EF Core's migrations lock lets one migrate while the others wait, and the lease
    /// <see cref="VoorbereidenTaak"/> lets one seed while the others wait for it. The work is O(changed): on a database
    /// that is up to date it reads a few rows; occurrences are planned in the background (<see cref="VoorkomenHorizonService"/>).
    /// </summary>
    /// <summary>The setting that makes the first start seed only the wijken instead of the demo data (default true).</summary>
    public const string DemogegevensSleutel = "Database:Demogegevens";

    public static Task BereidVoorAsync(IServiceProvider services, CancellationToken cancellationToken = default) =>
        BereidVoorAsync(services, migreer: true, cancellationToken);

    /// <inheritdoc cref="BereidVoorAsync(IServiceProvider, CancellationToken)"/>
    public static async Task BereidVoorAsync(IServiceProvider services, bool migreer, CancellationToken cancellationToken = default)
    {
        var databank = services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>();
        await using (var db = await databank.CreateDbContextAsync(cancellationToken))
        {
            await ZetSqliteGoedAsync(db, cancellationToken);
            // Migrate only when a migration is pending: MigrateAsync also compares the model with the migrations'
            // snapshot (a second model build and a diff), which on an up-to-date database cost start time and memory
            // for nothing. The "no pending model changes" test of each provider guards what that comparison checked.
            if (await OntbrekendeMigratiesAsync(db, cancellationToken) is { Count: > 0 } ontbrekend)
            {
                if (!migreer)
                {
                    throw new MigratiesOntbrekenException(ontbrekend);
                }

                await PasToeAsync(db, cancellationToken);
            }
        }

        var klok = services.GetRequiredService<TimeProvider>();
        await services.GetRequiredService<Taakvergrendelingen>().WachtEnVoerUitAsync(VoorbereidenTaak, TimeSpan.FromMinutes(10), async token =>
        {
            await using var db = await databank.CreateDbContextAsync(token);
            if (!await db.Wijken.AnyAsync(token))
            {
                if (MetDemogegevens(services))
                {
                    await ZaaiAsync(db, klok, token);
                }
                else
                {
                    await DemoData.ZaaiWijkenAsync(db, token);
                }

                return;
            }

            // O(changed): one indexed look-up that finds nothing on a database that has them.
            await VulZoekteksten(db, token);

            // Occurrences are not planned here: the background planner (VoorkomenHorizonService) brings what is due up
            // to date after the start, so readiness does not wait for it.
        }, cancellationToken);
    }

    /// <summary>
    /// The migrations of this build that the database's history does not list yet, oldest first: what EF Core's
    /// <c>GetPendingMigrationsAsync</c> answers, read with one plain query. EF Core's own first builds a model of the
    /// history table with the full set of conventions (about 0.4 s of CPU at the start, most of it JIT, and again in
    /// the first readiness check) only to learn the name of its column. The history table keeps EF Core's default name
    /// and columns here (nothing configures <c>MigrationsHistoryTable</c>).
    /// </summary>
    public static async Task<IReadOnlyList<string>> OntbrekendeMigratiesAsync(SociaalNetwerkDbContext db, CancellationToken cancellationToken = default)
    {
        var alle = db.Database.GetMigrations();
        if (!await db.GetService<IHistoryRepository>().ExistsAsync(cancellationToken))
        {
            return [.. alle];
        }

        var sql = db.GetService<ISqlGenerationHelper>();
        var toegepast = new HashSet<string>(StringComparer.Ordinal);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var opdracht = db.Database.GetDbConnection().CreateCommand();
            opdracht.CommandText = $"SELECT {sql.DelimitIdentifier(nameof(HistoryRow.MigrationId))} FROM {sql.DelimitIdentifier(HistoryRepository.DefaultTableName)}";
            opdracht.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            await using var lezer = await opdracht.ExecuteReaderAsync(cancellationToken);
            while (await lezer.ReadAsync(cancellationToken))
            {
                toegepast.Add(lezer.GetString(0));
            }
        }
        catch (System.Data.Common.DbException fout) when (PostgreSqlProvider.Is(db.Database) && PostgreSqlProvider.IsOntbrekendeTabel(fout))
        {
            // Npgsql's ExistsAsync always says yes (search_path makes the question unreliable); like its own
            // GetAppliedMigrationsAsync, a missing table means nothing is applied.
            return [.. alle];
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return [.. alle.Where(m => !toegepast.Contains(m))];
    }

    /// <summary>The lease under which one starting instance seeds while the others wait.</summary>
    public const string VoorbereidenTaak = "databank-voorbereiden";

    /// <summary>Applies the pending migrations (the CLI's <c>migrate</c>); returns the names of those applied.</summary>
    public static async Task<IReadOnlyList<string>> MigreerAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var databank = services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>();
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        await ZetSqliteGoedAsync(db, cancellationToken);
        var ontbrekend = await OntbrekendeMigratiesAsync(db, cancellationToken);
        if (ontbrekend.Count > 0)
        {
            await PasToeAsync(db, cancellationToken);
        }

        return ontbrekend;
    }

    /// <summary>
    /// EF Core's <c>MigrateAsync</c>, without a false failure in the log on a new PostgreSQL database: Npgsql's history
    /// repository answers that the history table exists without looking, so EF Core then reads a table that is not there
    /// and logs that as an error ("fail: … Failed executing DbCommand") before it carries on and migrates. An operator
    /// reads that as a failed migration. The table is made first (<c>CREATE TABLE IF NOT EXISTS</c>, EF Core's own
    /// script); a real failure (no connection, no rights) is logged and thrown as always.
    /// </summary>
    private static async Task PasToeAsync(SociaalNetwerkDbContext db, CancellationToken cancellationToken)
    {
        // On a database that does not exist yet (EF Core makes it) nothing to do here.
        if (PostgreSqlProvider.Is(db.Database) && await db.GetService<IRelationalDatabaseCreator>().ExistsAsync(cancellationToken))
        {
            try
            {
                await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), cancellationToken);
            }
            catch (System.Data.Common.DbException fout) when (PostgreSqlProvider.IsUniekeSchending(fout))
            {
                // Another instance made it at the same moment (CREATE TABLE IF NOT EXISTS is not atomic in PostgreSQL).
            }
        }

        await db.Database.MigrateAsync(cancellationToken);
    }

    /// <summary>Throws away all data and seeds the demo data again, with dates relative to today.</summary>
    public static Task HerstelDemoDataAsync(IServiceProvider services, CancellationToken cancellationToken = default) =>
        HerstelDemoDataAsync(services, DemoOmvang.Standaard, cancellationToken);

    /// <summary>
    /// Throws away all data and seeds the demo data again, with dates relative to today, <paramref name="omvang"/>
    /// times over and with its days of history (see <see cref="DemoData.ZaaiAsync(SociaalNetwerkDbContext, DateOnly, DemoOmvang, DateTime, CancellationToken)"/>).
    /// </summary>
    public static async Task HerstelDemoDataAsync(IServiceProvider services, DemoOmvang omvang, CancellationToken cancellationToken = default)
    {
        var databank = services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>();
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        if (PostgreSqlProvider.Is(db.Database))
        {
            // Empty the database rather than drop it: the account needs no right to create databases, and other
            // instances keep their connections.
            await db.Database.ExecuteSqlRawAsync("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;", cancellationToken);
        }
        else
        {
            await db.Database.EnsureDeletedAsync(cancellationToken);
        }

        await ZetSqliteGoedAsync(db, cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        var klok = services.GetRequiredService<TimeProvider>();
        if (omvang == DemoOmvang.Standaard)
        {
            await ZaaiAsync(db, klok, cancellationToken);
        }
        else
        {
            var nu = klok.GetUtcNow().UtcDateTime;
            await DemoData.ZaaiAsync(db, AmsterdamTijd.LokaleDatum(nu), omvang, nu, cancellationToken);
        }
    }

    /// <summary><see cref="DemogegevensSleutel"/>: true unless set to false (the configuration check refuses anything but true or false).</summary>
    private static bool MetDemogegevens(IServiceProvider services) =>
        !bool.TryParse(services.GetService<IConfiguration>()?[DemogegevensSleutel], out var met) || met;

    private static async Task ZaaiAsync(SociaalNetwerkDbContext db, TimeProvider klok, CancellationToken cancellationToken)
    {
        var vandaag = AmsterdamTijd.LokaleDatum(klok.GetUtcNow().UtcDateTime);
        await DemoData.ZaaiAsync(db, vandaag, cancellationToken);
        db.ChangeTracker.Clear();
        await VoorkomenVernieuwer.VernieuwAsync(db, null, klok, cancellationToken);
    }

    /// <summary>
    /// Locations stored before their normalised columns existed (migration LocatieZoektekst) get them now: the
    /// normalisation is C# (<see cref="Kenmerken.Zoektekst"/>), so a migration cannot compute it in SQL.
    /// </summary>
    private static async Task VulZoekteksten(SociaalNetwerkDbContext db, CancellationToken cancellationToken)
    {
        var zonder = await db.Locaties.Where(l => l.ZoekNaam == "").ToListAsync(cancellationToken);
        foreach (var locatie in zonder)
        {
            locatie.WerkZoektekstBij();
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>SQLite only: the file's folder exists and the journal is WAL. Other providers need nothing here.</summary>
    private static async Task ZetSqliteGoedAsync(SociaalNetwerkDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            var bestand = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            var map = Path.GetDirectoryName(Path.GetFullPath(bestand));
            if (!string.IsNullOrEmpty(map))
            {
                Directory.CreateDirectory(map);
            }

            // WAL lets readers go on while a writer writes: the agenda stays fast while partners edit.
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            await db.Database.CloseConnectionAsync();
        }
    }
}

/// <summary>Start-up without migrating (<c>Database:MigrateAtStart=false</c>) found migrations that are not applied yet.</summary>
public sealed class MigratiesOntbrekenException(IReadOnlyList<string> migraties)
    : Exception($"De database is niet bijgewerkt: {migraties.Count} migratie(s) ontbreken ({string.Join(", ", migraties)}). " +
        "Database:MigrateAtStart staat uit; voer eerst het commando 'migrate' uit en start de server daarna opnieuw.")
{
    public IReadOnlyList<string> Migraties { get; } = migraties;
}
