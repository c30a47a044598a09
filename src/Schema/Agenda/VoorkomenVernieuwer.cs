using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.Schema.Data;

namespace SociaalNetwerk.Schema.Agenda;

/// <summary>Rewrites the materialised occurrences of activities: after every change and daily for the rolling horizon.</summary>
public static class VoorkomenVernieuwer
{
    public static async Task VernieuwAsync(SociaalNetwerkDbContext db, IReadOnlyCollection<int>? activiteitIds, TimeProvider klok, CancellationToken cancellationToken = default)
    {
        var tot = klok.GetUtcNow().UtcDateTime + VoorkomenPlanner.Horizon;
        var activiteiten = db.Activiteiten.AsNoTracking();
        if (activiteitIds is not null)
        {
            activiteiten = activiteiten.Where(a => activiteitIds.Contains(a.Id));
        }

        var geladen = await activiteiten.ToListAsync(cancellationToken);
        await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
        var ids = geladen.Select(a => a.Id).ToList();
        await db.Voorkomens.Where(v => ids.Contains(v.ActiviteitId)).ExecuteDeleteAsync(cancellationToken);
        foreach (var activiteit in geladen)
        {
            db.Voorkomens.AddRange(VoorkomenPlanner.Plan(activiteit, tot));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transactie.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
