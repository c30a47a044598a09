using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.Schema.Data;

namespace SociaalNetwerk.Schema.Agenda;

/// <summary>
/// Writes the materialised occurrences of activities: in full after every change (<see cref="VernieuwAsync"/>), and in
/// the background only what is due (<see cref="WerkBijAsync"/>): activities never planned, and series whose horizon
/// falls behind, extended forward without touching what is already stored.
/// </summary>
public static class VoorkomenVernieuwer
{
    /// <summary>Activities per transaction of <see cref="WerkBijAsync"/>: short, so an edit never waits long for the write lock.</summary>
    public const int Batch = 25;

    /// <summary>
    /// Replaces the occurrences of the given activities (all when null). Runs in the caller's transaction when one is
    /// open, so that an edit and its occurrences are stored together; otherwise in its own.
    /// </summary>
    public static async Task VernieuwAsync(SociaalNetwerkDbContext db, IReadOnlyCollection<int>? activiteitIds, TimeProvider klok, CancellationToken cancellationToken = default)
    {
        var nu = klok.GetUtcNow().UtcDateTime;

        // Read inside the transaction: the write lock is taken at BEGIN (Schrijfslot), so no edit can slip in between
        // reading an activity and writing its occurrences.
        await using var transactie = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var activiteiten = db.Activiteiten.AsNoTracking();
        if (activiteitIds is not null)
        {
            activiteiten = activiteiten.Where(a => activiteitIds.Contains(a.Id));
        }

        var geladen = await activiteiten.ToListAsync(cancellationToken);
        var ids = geladen.Select(a => a.Id).ToList();
        if (await db.Voorkomens.Where(v => ids.Contains(v.ActiviteitId)).ExecuteDeleteAsync(cancellationToken) > 0)
        {
            // Past the change tracker, so the data version is changed here (in the same transaction).
            await Dataversie.VerhoogAsync(db, cancellationToken);
        }

        var plannen = geladen.Select(a => (a.Id, Plan: VoorkomenPlanner.PlanTot(a, VoorkomenPlanner.PlanTotVoor(a.Id, nu)))).ToList();
        foreach (var (_, plan) in plannen)
        {
            db.Voorkomens.AddRange(plan.Voorkomens);
        }

        await db.SaveChangesAsync(cancellationToken);
        await ZetGeplandTotAsync(db, plannen.Select(p => (p.Id, p.Plan.GeplandTot)), cancellationToken);
        if (transactie is not null)
        {
            await transactie.CommitAsync(cancellationToken);
        }

        db.ChangeTracker.Clear();
    }

    /// <summary>
    /// Plans what is due and nothing else: activities without a plan (<see cref="Activiteit.VoorkomensTot"/> null) in
    /// full, series whose horizon is more than <see cref="VoorkomenPlanner.Verlengmarge"/> short forward only (the new
    /// dates after the stored horizon are added; past and stored dates stay as they are), each up to its own horizon
    /// (<see cref="VoorkomenPlanner.PlanTotVoor"/>: spread over the days of a week, so a daily pass extends about a
    /// seventh of the series). In short transactions of <see cref="Batch"/> activities; safe beside edits and other
    /// instances: each batch reads what is due inside its transaction, which holds the write lock.
    /// </summary>
    /// <remarks>
    /// Both kinds are found as a range of the index on <see cref="Activiteit.VoorkomensTot"/>, so a pass with nothing to
    /// do (every restart on the same day) reads no activity: first the nulls in the order of their id (a keyset on
    /// <c>(VoorkomensTot, Id)</c>), then the horizons below the threshold, oldest first. One query with
    /// <c>VoorkomensTot IS NULL OR VoorkomensTot &lt; @drempel</c> and a keyset on the id would be read along the
    /// primary key instead (SQLite chose that: every activity read; AgendaQueryPlanTests checks the plans). Every
    /// activity planned leaves the range (its new value is its own horizon, more than the margin ahead, or
    /// <see cref="VoorkomenPlanner.Compleet"/>), so the second loop needs no keyset; an activity that comes back in the
    /// same pass (set back by hand meanwhile) is left for the next pass, so the loop always ends.
    /// </remarks>
    public static async Task<Planresultaat> WerkBijAsync(SociaalNetwerkDbContext db, TimeProvider klok, CancellationToken cancellationToken = default)
    {
        var nu = klok.GetUtcNow().UtcDateTime;
        var drempel = nu + VoorkomenPlanner.Horizon - VoorkomenPlanner.Verlengmarge;
        int volledig = 0, verlengd = 0, vorige = 0;
        while (true)
        {
            await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
            var laatste = vorige;
            var batch = await db.Activiteiten.AsNoTracking()
                .Where(a => a.VoorkomensTot == null && a.Id > laatste)
                .OrderBy(a => a.Id)
                .Take(Batch)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            await PlanAsync(db, batch, nu, cancellationToken);
            await transactie.CommitAsync(cancellationToken);
            volledig += batch.Count;
            vorige = batch[^1].Id;
        }

        var verlengdeIds = new HashSet<int>();
        while (true)
        {
            await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
            var batch = await db.Activiteiten.AsNoTracking()
                .Where(a => a.VoorkomensTot < drempel)
                .OrderBy(a => a.VoorkomensTot)
                .ThenBy(a => a.Id)
                .Take(Batch)
                .ToListAsync(cancellationToken);
            batch.RemoveAll(a => !verlengdeIds.Add(a.Id));
            if (batch.Count == 0)
            {
                break;
            }

            await PlanAsync(db, batch, nu, cancellationToken);
            await transactie.CommitAsync(cancellationToken);
            verlengd += batch.Count;
        }

        return new Planresultaat(volledig, verlengd);
    }

    /// <summary>
    /// Plans one batch, each activity up to its own horizon at <paramref name="nu"/>: an activity without a plan in full
    /// (its old occurrences, if any, are replaced), a series with a plan only after its stored horizon. Inside the
    /// caller's transaction.
    /// </summary>
    private static async Task PlanAsync(SociaalNetwerkDbContext db, List<Activiteit> batch, DateTime nu, CancellationToken cancellationToken)
    {
        var nieuw = batch.Where(a => a.VoorkomensTot is null).Select(a => a.Id).ToList();
        if (nieuw.Count > 0 && await db.Voorkomens.Where(v => nieuw.Contains(v.ActiviteitId)).ExecuteDeleteAsync(cancellationToken) > 0)
        {
            await Dataversie.VerhoogAsync(db, cancellationToken);
        }

        var plannen = new List<(int Id, DateTime GeplandTot)>(batch.Count);
        foreach (var activiteit in batch)
        {
            var (voorkomens, geplandTot) = VoorkomenPlanner.PlanTot(activiteit, VoorkomenPlanner.PlanTotVoor(activiteit.Id, nu));
            var vanaf = activiteit.VoorkomensTot ?? DateTime.MinValue;
            db.Voorkomens.AddRange(voorkomens.Where(v => v.Start >= vanaf));
            plannen.Add((activiteit.Id, geplandTot));
        }

        await db.SaveChangesAsync(cancellationToken);
        await ZetGeplandTotAsync(db, plannen, cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>
    /// Stores how far each plan reaches: one statement per distinct value (in a daily pass usually one or two: the
    /// horizon of that day's series and <see cref="VoorkomenPlanner.Compleet"/>; at most eight). Past the change tracker
    /// without a new data version, on purpose: the column is the planner's own bookkeeping, which no answer shows; the
    /// occurrences it stands for were saved with a new version (or deleted with one) just before, in the same transaction.
    /// </summary>
    private static async Task ZetGeplandTotAsync(SociaalNetwerkDbContext db, IEnumerable<(int Id, DateTime GeplandTot)> plannen, CancellationToken cancellationToken)
    {
        foreach (var groep in plannen.GroupBy(p => p.GeplandTot))
        {
            var ids = groep.Select(p => p.Id).ToList();
            var waarde = (DateTime?)groep.Key;
            await db.Activiteiten.Where(a => ids.Contains(a.Id)).ExecuteUpdateAsync(s => s.SetProperty(a => a.VoorkomensTot, waarde), cancellationToken);
        }
    }
}

/// <summary>What one pass of <see cref="VoorkomenVernieuwer.WerkBijAsync"/> did: activities planned in full, series extended forward.</summary>
public readonly record struct Planresultaat(int Volledig, int Verlengd);
