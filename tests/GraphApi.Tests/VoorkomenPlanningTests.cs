using SociaalNetwerk.Schema.Agenda;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// Occurrences are planned incrementally and in the background: the start does not re-plan every series, a restart on a
/// database that is up to date plans nothing, and a server that was off catches up on only what changed or fell behind,
/// forward from where the stored dates end. The test servers wait for the planner's first pass
/// (<see cref="VoorkomenPlanning.Bijgewerkt"/>), so the counts below are final.
/// </summary>
public sealed class VoorkomenPlanningTests
{
    [Fact]
    public async Task ARestartOnAPlannedDatabasePlansNothing()
    {
        await using var a = new VerstelbareKlokServer();
        await ((IAsyncLifetime)a).InitializeAsync();
        var voor = await VoorkomensAsync(a);

        await using var b = new TweedeInstantie(a);
        await ((IAsyncLifetime)b).InitializeAsync();

        var planning = b.Services.GetRequiredService<VoorkomenPlanning>();
        Assert.Equal((0, 0), (planning.Volledig, planning.Verlengd));
        Assert.Equal(voor, await VoorkomensAsync(a));
        await ((IAsyncLifetime)b).DisposeAsync();
        await ((IAsyncLifetime)a).DisposeAsync();
    }

    [Fact]
    public async Task AServerThatWasOffPlansWhatChangedAndExtendsTheRestForwardOnly()
    {
        await using var a = new VerstelbareKlokServer();
        await ((IAsyncLifetime)a).InitializeAsync();
        var databank = a.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>();

        // While the server is off: one series is changed by something other than the product's edits (a repair by hand,
        // an upgrade), which leaves it unplanned; and three days pass.
        int gewijzigd;
        DateOnly geschrapt;
        int verlengbaar;
        await using (var db = await databank.CreateDbContextAsync())
        {
            var reeksen = await db.Activiteiten.Where(x => x.Herhaling != null && x.VoorkomensTot < VoorkomenPlanner.Compleet).OrderBy(x => x.Id).ToListAsync();
            var reeks = reeksen[0];
            gewijzigd = reeks.Id;
            verlengbaar = reeksen.Count - 1;
            var nu = a.VerstelbareKlok.GetUtcNow().UtcDateTime;
            var derde = await db.Voorkomens.Where(v => v.ActiviteitId == gewijzigd && v.Start > nu && !v.Geannuleerd).OrderBy(v => v.Start).Skip(2).FirstAsync();
            geschrapt = AmsterdamTijd.LokaleDatum(derde.Start);
            reeks.Herhaling!.GeannuleerdeDatums = [.. reeks.Herhaling.GeannuleerdeDatums, geschrapt];
            reeks.VoorkomensTot = null;
            await db.SaveChangesAsync();
        }

        var voor = await VoorkomensAsync(a);
        var eindeVoor = voor.Where(v => v.ActiviteitId != gewijzigd).GroupBy(v => v.ActiviteitId).ToDictionary(g => g.Key, g => g.Max(v => v.Start));
        a.VerstelbareKlok.Nu += TimeSpan.FromDays(3);

        await using var b = new TweedeInstantie(a);
        await ((IAsyncLifetime)b).InitializeAsync();

        var planning = b.Services.GetRequiredService<VoorkomenPlanning>();
        Assert.Equal((1, verlengbaar), (planning.Volledig, planning.Verlengd));
        var na = await VoorkomensAsync(a);

        // Every stored date of the other activities is still there, the same row; what was added lies after their old end.
        var overige = voor.Where(v => v.ActiviteitId != gewijzigd).ToHashSet();
        Assert.Subset(na.ToHashSet(), overige);
        var toegevoegd = na.Where(v => v.ActiviteitId != gewijzigd).Except(overige).ToList();
        Assert.NotEmpty(toegevoegd);
        Assert.All(toegevoegd, v => Assert.True(v.Start > eindeVoor[v.ActiviteitId]));

        // The changed series is planned again from its rule: the date cancelled while the server was off shows as cancelled.
        Assert.Contains(na, v => v.ActiviteitId == gewijzigd && AmsterdamTijd.LokaleDatum(v.Start) == geschrapt && v.Geannuleerd);

        // And the next restart has nothing left to do.
        await using var c = new TweedeInstantie(a);
        await ((IAsyncLifetime)c).InitializeAsync();
        var opnieuw = c.Services.GetRequiredService<VoorkomenPlanning>();
        Assert.Equal((0, 0), (opnieuw.Volledig, opnieuw.Verlengd));
        await ((IAsyncLifetime)c).DisposeAsync();
        await ((IAsyncLifetime)b).DisposeAsync();
        await ((IAsyncLifetime)a).DisposeAsync();
    }

    private static async Task<List<(int Id, int ActiviteitId, DateTime Start, bool Geannuleerd)>> VoorkomensAsync(SociaalNetwerkServer server)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>().CreateDbContextAsync();
        return (await db.Voorkomens.AsNoTracking().OrderBy(v => v.Id).Select(v => new { v.Id, v.ActiviteitId, v.Start, v.Geannuleerd }).ToListAsync())
            .Select(v => (v.Id, v.ActiviteitId, v.Start, v.Geannuleerd)).ToList();
    }
}
