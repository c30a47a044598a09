using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.Schema.Data;

namespace SociaalNetwerk.Schema.Agenda;

/// <summary>Rewrites the materialised occurrences of activities: after every change and daily for the rolling horizon.</summary>
public static class VoorkomenVernieuwer
{
    /// <summary>
    /// Replaces the occurrences of the given activities (all when null). Runs in the caller's transaction when one is
    /// open, so that an edit and its occurrences are stored together; otherwise in its own.
    /// </summary>
    public static async Task VernieuwAsync(SociaalNetwerkDbContext db, IReadOnlyCollection<int>? activiteitIds, TimeProvider klok, CancellationToken cancellationToken = default)
    {
        var tot = klok.GetUtcNow().UtcDateTime + VoorkomenPlanner.Horizon;

        // Read inside the transaction: SQLite's write lock is taken at BEGIN, so no edit can slip in between reading an activity and writing its occurrences.
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
        foreach (var activiteit in geladen)
        {
            db.Voorkomens.AddRange(VoorkomenPlanner.Plan(activiteit, tot));
        }

        await db.SaveChangesAsync(cancellationToken);
        if (transactie is not null)
        {
            await transactie.CommitAsync(cancellationToken);
        }

        db.ChangeTracker.Clear();
    }
}
