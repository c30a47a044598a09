using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SociaalNetwerk.Schema.Data;

namespace SociaalNetwerk.Schema.Tests;

/// <summary>
/// A start on an up-to-date database does not run EF Core's migrator: besides applying migrations, it builds the
/// model of the migrations' snapshot and compares it with the current one, a large part of the start time and memory
/// (docs/performance.md, "Start en geheugen (tweede ronde)"). Reading the migration history is enough to know nothing
/// is pending. The "no pending model changes" tests keep guarding the comparison itself.
/// </summary>
public sealed class StartZonderMigratorTests
{
    /// <summary>The table SQLite's migrator creates to hold its lock whenever it runs.</summary>
    private const string MigratieSlot = "__EFMigrationsLock";

    [Fact]
    public async Task AStartOnAnUpToDateDatabaseLeavesTheMigratorAlone()
    {
        var pad = Path.Combine(Path.GetTempPath(), $"start-{Guid.NewGuid():N}.db");
        var verbinding = $"Data Source={pad};Pooling=False";
        try
        {
            // The first start migrates (and seeds): the migrator leaves its lock table behind.
            await StartAsync(verbinding);
            Assert.True(await BestaatAsync(verbinding, MigratieSlot));
            await using (var db = new DatabaseKeuze(DatabaseProvider.Sqlite, verbinding).MaakContext())
            {
                await db.Database.ExecuteSqlRawAsync($"""DROP TABLE "{MigratieSlot}";""");
            }

            // The next start finds nothing pending and does not run the migrator.
            await StartAsync(verbinding);
            Assert.False(await BestaatAsync(verbinding, MigratieSlot));

            await using var na = new DatabaseKeuze(DatabaseProvider.Sqlite, verbinding).MaakContext();
            Assert.Empty(await na.Database.GetPendingMigrationsAsync());
        }
        finally
        {
            File.Delete(pad);
        }
    }

    /// <summary>
    /// Nor does it ask EF Core which migrations are pending: GetPendingMigrationsAsync first builds a model of the history
    /// table with every convention (about 0.4 s of the start, docs/performance.md, "Start (derde ronde)"). One plain query
    /// (<see cref="Databank.OntbrekendeMigratiesAsync"/>) reads the history, and it answers what EF Core answers.
    /// </summary>
    [Fact]
    public async Task AStartReadsTheMigrationHistoryWithOnePlainQueryThatAgreesWithEfCore()
    {
        var pad = Path.Combine(Path.GetTempPath(), $"start-{Guid.NewGuid():N}.db");
        var verbinding = $"Data Source={pad};Pooling=False";
        try
        {
            // A new database: no history table, everything is pending.
            await ZelfdeAntwoordAsync(verbinding, verwachtOntbrekend: new DatabaseKeuze(DatabaseProvider.Sqlite, verbinding).MaakContext().Database.GetMigrations().Count());

            await StartAsync(verbinding);
            await ZelfdeAntwoordAsync(verbinding, verwachtOntbrekend: 0);

            // EF Core reads the history with this statement (through the interceptors); the start does not.
            var opdrachten = new Opdrachten();
            await StartAsync(verbinding, opdrachten);
            Assert.NotEmpty(opdrachten.Teksten);
            Assert.DoesNotContain(opdrachten.Teksten, t => t.Contains("\"ProductVersion\"", StringComparison.Ordinal));

            // A migration that is not applied (a newer version deployed before migrate ran).
            await using (var db = new DatabaseKeuze(DatabaseProvider.Sqlite, verbinding).MaakContext())
            {
                var laatste = db.Database.GetMigrations().Last();
                Assert.Equal(1, await db.Database.ExecuteSqlAsync($"DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = {laatste}"));
            }

            await ZelfdeAntwoordAsync(verbinding, verwachtOntbrekend: 1);
        }
        finally
        {
            File.Delete(pad);
        }
    }

    private static async Task ZelfdeAntwoordAsync(string verbinding, int verwachtOntbrekend)
    {
        await using var db = new DatabaseKeuze(DatabaseProvider.Sqlite, verbinding).MaakContext();
        var ef = (await db.Database.GetPendingMigrationsAsync()).ToList();
        Assert.Equal(verwachtOntbrekend, ef.Count);
        Assert.Equal(ef, await Databank.OntbrekendeMigratiesAsync(db));
    }

    private static async Task StartAsync(string verbinding, Opdrachten? opdrachten = null)
    {
        var diensten = new ServiceCollection().AddLogging();
        if (opdrachten is not null)
        {
            diensten.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(opdrachten);
        }

        await using var services = diensten.AddSociaalNetwerkSchema(verbinding).BuildServiceProvider();
        await Databank.BereidVoorAsync(services);
    }

    /// <summary>The text of every statement that returns rows.</summary>
    private sealed class Opdrachten : Microsoft.EntityFrameworkCore.Diagnostics.DbCommandInterceptor
    {
        public System.Collections.Concurrent.ConcurrentQueue<string> Teksten { get; } = new();

        public override ValueTask<Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<System.Data.Common.DbDataReader>> ReaderExecutingAsync(
            System.Data.Common.DbCommand command, Microsoft.EntityFrameworkCore.Diagnostics.CommandEventData eventData,
            Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<System.Data.Common.DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Teksten.Enqueue(command.CommandText);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<System.Data.Common.DbDataReader> ReaderExecuting(
            System.Data.Common.DbCommand command, Microsoft.EntityFrameworkCore.Diagnostics.CommandEventData eventData,
            Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<System.Data.Common.DbDataReader> result)
        {
            Teksten.Enqueue(command.CommandText);
            return base.ReaderExecuting(command, eventData, result);
        }
    }

    private static async Task<bool> BestaatAsync(string verbinding, string tabel)
    {
        await using var db = new DatabaseKeuze(DatabaseProvider.Sqlite, verbinding).MaakContext();
        var aantal = await db.Database
            .SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = {tabel}")
            .SingleAsync();
        return aantal > 0;
    }
}
