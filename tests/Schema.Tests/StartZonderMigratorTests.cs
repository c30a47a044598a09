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

    private static async Task StartAsync(string verbinding)
    {
        await using var services = new ServiceCollection().AddLogging().AddSociaalNetwerkSchema(verbinding).BuildServiceProvider();
        await Databank.BereidVoorAsync(services);
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
