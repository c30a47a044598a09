using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SociaalNetwerk.Schema.Agenda;

namespace SociaalNetwerk.Schema.Data;

/// <summary>Start-up and reset of the database: migrations, demo data, occurrences.</summary>
public static class Databank
{
    /// <summary>Applies migrations and, on an empty database, seeds the demo data.</summary>
    public static async Task BereidVoorAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var databank = services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>();
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        await ZetSqliteGoedAsync(db, cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        var klok = services.GetRequiredService<TimeProvider>();
        if (!await db.Wijken.AnyAsync(cancellationToken))
        {
            await ZaaiAsync(db, klok, cancellationToken);
            return;
        }

        await VulZoekteksten(db, cancellationToken);

        // The server may have been off for a while: bring recurring series up to the full horizon before serving.
        var terugkerend = await db.Activiteiten.Where(a => a.Herhaling != null).Select(a => a.Id).ToListAsync(cancellationToken);
        await VoorkomenVernieuwer.VernieuwAsync(db, terugkerend, klok, cancellationToken);
    }

    /// <summary>Throws away all data and seeds the demo data again, with dates relative to today.</summary>
    public static async Task HerstelDemoDataAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var databank = services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>();
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        if (db.Database.IsNpgsql())
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
        await ZaaiAsync(db, services.GetRequiredService<TimeProvider>(), cancellationToken);
    }

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
