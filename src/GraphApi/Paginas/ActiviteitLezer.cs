using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.Schema.Agenda;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.Kenmerken;

namespace SociaalNetwerk.GraphApi.Paginas;

/// <summary>An activity with its location, wijk, network and organisers, and its next dates (cancelled ones included).</summary>
public sealed record ActiviteitGegevens(Activiteit Activiteit, IReadOnlyList<Voorkomen> Volgende)
{
    /// <summary>The date the page and its JSON-LD are about: the next one that goes ahead, else the next one, else the first.</summary>
    public (DateTime Start, DateTime Eind, bool Geannuleerd) Hoofddatum =>
        (Volgende.FirstOrDefault(v => !v.Geannuleerd) ?? (Volgende.Count > 0 ? Volgende[0] : null)) is { } v
            ? (v.Start, v.Eind, v.Geannuleerd || Activiteit.Status == ActiviteitStatus.Geannuleerd)
            : (Activiteit.Start, Activiteit.Eind, Activiteit.Status == ActiviteitStatus.Geannuleerd);

    /// <summary>
    /// The image that shows the activity when it is shared and in its JSON-LD: its own, else the image (logo) of the first
    /// organiser that has one (by name, as the page lists them); null when none has one.
    /// </summary>
    public Afbeelding? Afbeelding =>
        Afbeelding.Van(Activiteit.AfbeeldingUrl, Activiteit.AfbeeldingAlt)
        ?? Activiteit.Organisatoren.Select(o => Afbeelding.Van(o.AfbeeldingUrl, o.AfbeeldingAlt)).FirstOrDefault(b => b is not null);

    /// <summary>The cancelled dates of a series from today on.</summary>
    public IReadOnlyList<DateOnly> GeannuleerdeDatums(DateOnly vandaag) =>
        Activiteit.Herhaling?.GeannuleerdeDatums.Where(d => d >= vandaag).Distinct().Order().ToList() ?? [];
}

/// <summary>Reads one activity for its page in a fixed number of statements (the activity with its references, the organisers, the next dates).</summary>
public sealed class ActiviteitLezer(IDbContextFactory<SociaalNetwerkDbContext> databank, TimeProvider klok)
{
    /// <summary>How many next dates the page lists.</summary>
    public const int AantalVolgende = 10;

    public async Task<ActiviteitGegevens?> LeesAsync(int id, CancellationToken cancellationToken)
    {
        var nu = klok.GetUtcNow().UtcDateTime;
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        var activiteit = await db.Activiteiten.MetDetails()
            .Include(a => a.Voorkomens.Where(v => v.Eind > nu).OrderBy(v => v.Start).Take(AantalVolgende))
            .FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        return activiteit is null ? null : new ActiviteitGegevens(activiteit, activiteit.Voorkomens);
    }

    /// <summary>An activity with only its date on <paramref name="datum"/> (in Zoetermeer), cancelled or not; null when it has none that day.</summary>
    public async Task<ActiviteitGegevens?> LeesOpDatumAsync(int id, DateOnly datum, CancellationToken cancellationToken)
    {
        var van = AmsterdamTijd.BeginVanDag(datum);
        var tot = AmsterdamTijd.BeginVanDag(datum.AddDays(1));
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        var activiteit = await db.Activiteiten.MetDetails()
            .Include(a => a.Voorkomens.Where(v => v.Start >= van && v.Start < tot).OrderBy(v => v.Start).Take(1))
            .FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        return activiteit is { Voorkomens.Count: > 0 } ? new ActiviteitGegevens(activiteit, activiteit.Voorkomens) : null;
    }
}
