using Microsoft.EntityFrameworkCore;

namespace SociaalNetwerk.Schema.Agenda;

/// <summary>The one load of an activity's details for the pages and feeds.</summary>
public static class ActiviteitDetails
{
    /// <summary>
    /// Activities with their location and its wijk, their network and their organisers (by name), read without tracking
    /// in two statements however many activities there are: the activities joined with location, wijk and network, and
    /// the organisers. Further includes (such as the next dates) add a statement each.
    /// </summary>
    public static IQueryable<Activiteit> MetDetails(this IQueryable<Activiteit> activiteiten) => activiteiten
        .AsNoTracking()
        .Include(a => a.Locatie).ThenInclude(l => l!.Wijk)
        .Include(a => a.Netwerk)
        .Include(a => a.Organisatoren.OrderBy(o => o.Naam))
        .AsSplitQuery();
}
