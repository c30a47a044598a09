using Microsoft.Extensions.Hosting;
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
        // an upgrade), which leaves it unplanned; and a week and a day pass, so every series has come due (each on its
        // own day of the week: VoorkomenPlanner.PlanTotVoor).
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
        a.VerstelbareKlok.Nu += VoorkomenPlanner.Verlengmarge + TimeSpan.FromDays(1);

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

    /// <summary>
    /// The daily pass extends the series whose turn it is, about a seventh of them, not all at once, also when many were
    /// added on the same day through the API; each series once a week, by a week, so after every pass each horizon is
    /// between 393 and 400 days ahead.
    /// </summary>
    [Fact]
    public async Task EachDailyPassExtendsAboutASeventhOfTheSeriesAndEveryHorizonStaysMoreThan393DaysAhead()
    {
        await using var server = new VerstelbareKlokServer();
        await ((IAsyncLifetime)server).InitializeAsync();
        var partners = await TestPartners.MaakAsync(server);
        using var client = server.MaakClient();
        var nieuw = new List<int>();
        for (var i = 0; i < 14; i++)
        {
            var invoer = partners.WekelijkseActiviteit($"Open inloop {i}");
            invoer["herhaling"] = new { frequentie = "WEKELIJKS" };
            var resultaat = (await client.GraphQLAsync(
                "mutation($invoer: ActiviteitInvoer!) { activiteitToevoegen(invoer: $invoer) { gelukt activiteit { id } } }",
                new { invoer }, sleutel: partners.RedacteurA)).ZonderFouten().Data["activiteitToevoegen"]!;
            Assert.True(resultaat["gelukt"]!.GetValue<bool>(), resultaat.ToJsonString());
            nieuw.Add(GlobalId.LeesInt(resultaat["activiteit"]!["id"]!.GetValue<string>(), "Activiteit"));
        }

        var dienst = server.Services.GetServices<IHostedService>().OfType<VoorkomenHorizonService>().Single();
        var planning = server.Services.GetRequiredService<VoorkomenPlanning>();
        var horizons = await HorizonsAsync(server);
        var keerVerlengd = horizons.Keys.ToDictionary(id => id, _ => 0);
        Assert.Subset(horizons.Keys.ToHashSet(), nieuw.ToHashSet());

        for (var dag = 1; dag <= 14; dag++)
        {
            server.VerstelbareKlok.Nu += TimeSpan.FromDays(1);
            var verlengdVoor = planning.Verlengd;
            Assert.True(await dienst.VoerUitAsync(CancellationToken.None));
            var na = await HorizonsAsync(server);

            var verlengd = na.Keys.Where(id => na[id] != horizons[id]).ToList();
            Assert.Equal(verlengd.Count, planning.Verlengd - verlengdVoor);
            Assert.InRange(verlengd.Count, 1, 2 * ((horizons.Count + 6) / 7));
            Assert.Equal(2, verlengd.Intersect(nieuw).Count());
            Assert.All(verlengd, id => Assert.Equal(VoorkomenPlanner.Verlengmarge, na[id] - horizons[id]));
            var nu = server.VerstelbareKlok.GetUtcNow().UtcDateTime;
            Assert.All(na.Values, tot => Assert.InRange(tot - nu, VoorkomenPlanner.Horizon - VoorkomenPlanner.Verlengmarge, VoorkomenPlanner.Horizon));
            foreach (var id in verlengd)
            {
                keerVerlengd[id]++;
            }

            horizons = na;
        }

        // Two weeks: every series twice, no series more often.
        Assert.All(keerVerlengd, k => Assert.Equal(2, k.Value));
        await ((IAsyncLifetime)server).DisposeAsync();
    }

    /// <summary>How far each series with something left to extend is planned (<c>Activiteiten.VoorkomensTot</c>).</summary>
    private static async Task<Dictionary<int, DateTime>> HorizonsAsync(SociaalNetwerkServer server)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>().CreateDbContextAsync();
        return await db.Activiteiten.AsNoTracking().Where(a => a.VoorkomensTot < VoorkomenPlanner.Compleet)
            .ToDictionaryAsync(a => a.Id, a => a.VoorkomensTot!.Value);
    }

    private static async Task<List<(int Id, int ActiviteitId, DateTime Start, bool Geannuleerd)>> VoorkomensAsync(SociaalNetwerkServer server)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>().CreateDbContextAsync();
        return (await db.Voorkomens.AsNoTracking().OrderBy(v => v.Id).Select(v => new { v.Id, v.ActiviteitId, v.Start, v.Geannuleerd }).ToListAsync())
            .Select(v => (v.Id, v.ActiviteitId, v.Start, v.Geannuleerd)).ToList();
    }
}
