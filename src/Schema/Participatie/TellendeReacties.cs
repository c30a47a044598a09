using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.Schema.Data;

namespace SociaalNetwerk.Schema.Participatie;

/// <summary>
/// The one place that says which reacties count: every reactie except test reacties (<see cref="Reactie.Proef"/>).
/// Results, counts, lists, the CSV export and the freeze rule read reacties through <see cref="Tellend"/>.
/// </summary>
public static class TellendeReacties
{
    /// <summary>The reacties that count: not the test reacties of a preview.</summary>
    public static IQueryable<Reactie> Tellend(this IQueryable<Reactie> reacties) => reacties.Where(r => !r.Proef);

    /// <summary>
    /// Whether the uitvraag has reacties that count, so that its structure (questions, their type, options and order)
    /// is frozen: only wording fixes are allowed; anything else needs a copy of the uitvraag.
    /// </summary>
    public static Task<bool> IsBevrorenAsync(SociaalNetwerkDbContext db, int uitvraagId, CancellationToken cancellationToken) =>
        db.Reacties.Tellend().AnyAsync(r => r.UitvraagId == uitvraagId, cancellationToken);
}
