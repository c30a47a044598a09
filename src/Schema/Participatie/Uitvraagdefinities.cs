using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.Schema.Data;

namespace SociaalNetwerk.Schema.Participatie;

/// <summary>
/// What a submission checks a reactie against, kept per general data version (<see cref="Dataversie"/>,
/// <see cref="Gebied.Algemeen"/>): the uitvraag with its questions and options, and the ids of wijken by slug. None of
/// it is in the reacties area, so a wave of submissions leaves it valid, and any edit (on any instance) changes the
/// version, after which it is read again. A submission then costs reading the version (one statement) instead of the
/// uitvraag's three and the wijk's one. The kept uitvragen are shared between requests: read them, never change them.
/// </summary>
public sealed class Uitvraagdefinities
{
    private Stand _stand = new(long.MinValue);

    /// <summary>The definitions at the current general version: reads the version (one statement).</summary>
    public async Task<Stand> HuidigAsync(SociaalNetwerkDbContext db)
    {
        var versie = await Dataversie.LeesAlgemeenAsync(db);
        var stand = Volatile.Read(ref _stand);
        if (stand.Versie == versie)
        {
            return stand;
        }

        // Another version: start afresh. Two requests that read different versions may replace each other's; that
        // costs a reload, never a stale answer, since each uses the definitions of the version it read itself.
        stand = new Stand(versie);
        Volatile.Write(ref _stand, stand);
        return stand;
    }

    /// <summary>The definitions of one general data version: what was read at that version or later.</summary>
    public sealed class Stand(long versie)
    {
        private readonly ConcurrentDictionary<int, Uitvraag> _uitvragen = new();
        private readonly ConcurrentDictionary<string, int> _wijken = new(StringComparer.Ordinal);

        public long Versie { get; } = versie;

        /// <summary>The uitvraag with its questions and their options (not tracked, shared), or null when there is none.</summary>
        public async Task<Uitvraag?> UitvraagAsync(SociaalNetwerkDbContext db, int id, CancellationToken cancellationToken)
        {
            if (_uitvragen.TryGetValue(id, out var bekend))
            {
                return bekend;
            }

            var uitvraag = await db.Uitvragen.AsNoTracking().Include(u => u.Vragen).ThenInclude(v => v.Opties)
                .AsSplitQuery().FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
            if (uitvraag is not null)
            {
                // Only what exists is kept: ids that are not there cannot fill the memory.
                _uitvragen.TryAdd(id, uitvraag);
            }

            return uitvraag;
        }

        /// <summary>The id of the wijk with this (normalised) slug, or null when there is none.</summary>
        public async Task<int?> WijkAsync(SociaalNetwerkDbContext db, string slug, CancellationToken cancellationToken)
        {
            if (_wijken.TryGetValue(slug, out var bekend))
            {
                return bekend;
            }

            var id = await db.Wijken.Where(w => w.Slug == slug).Select(w => (int?)w.Id).FirstOrDefaultAsync(cancellationToken);
            if (id is { } gevonden)
            {
                _wijken.TryAdd(slug, gevonden);
            }

            return id;
        }
    }
}
