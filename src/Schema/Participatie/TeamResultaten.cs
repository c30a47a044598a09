using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.Schema.Data;

namespace SociaalNetwerk.Schema.Participatie;

/// <summary>
/// What only the team of a traject sees of its uitvraag's results, beside <see cref="ResultatenBerekenaar"/>'s team
/// view: every factor (not only the most named) with the spellings respondents used for each own factor, and the open
/// answers. Never suppressed: this is raw data for the team, never for the public. A fixed number of statements per
/// segment, however many reacties there are.
/// </summary>
public sealed class TeamResultaten(IDbContextFactory<SociaalNetwerkDbContext> databank)
{
    /// <summary>
    /// Every named factor of the uitvraag's factoren vragen in the segment: the offered ones per option and kind, and
    /// every own factor counted by its normalised text, shown in its most written spelling, with all its spellings.
    /// Two GROUP BY statements: the counts (distinct reacties), then the spellings.
    /// </summary>
    public Task<IReadOnlyList<FactorTelling>> FactorenAsync(int uitvraagId, ResultaatSegment segment, CancellationToken ct) =>
        FactorenAsync([uitvraagId], segment, ct);

    /// <summary>As <see cref="FactorenAsync(int, ResultaatSegment, CancellationToken)"/>, for several uitvragen in the same two statements.</summary>
    public async Task<IReadOnlyList<FactorTelling>> FactorenAsync(IReadOnlyCollection<int> uitvraagIds, ResultaatSegment segment, CancellationToken ct)
    {
        await using var db = await databank.CreateDbContextAsync(ct);
        var genoemd = ResultatenBerekenaar.Reacties(db, uitvraagIds, segment)
            .SelectMany(r => r.Antwoorden)
            .Where(a => a.FactorSoort != null && (a.OptieId != null || (a.GenormaliseerdeTekst != null && a.GenormaliseerdeTekst != "")));
        var tellingen = await genoemd
            .GroupBy(a => new { a.VraagId, a.FactorSoort, a.OptieId, Sleutel = a.OptieId == null ? a.GenormaliseerdeTekst : null })
            .Select(g => new { g.Key.VraagId, g.Key.FactorSoort, g.Key.OptieId, g.Key.Sleutel, Aantal = g.Select(a => a.ReactieId).Distinct().Count() })
            .ToListAsync(ct);
        var spellingen = (await genoemd
            .Where(a => a.OptieId == null)
            .GroupBy(a => new { a.VraagId, a.FactorSoort, a.GenormaliseerdeTekst, a.Tekst })
            .Select(g => new { g.Key.VraagId, g.Key.FactorSoort, g.Key.GenormaliseerdeTekst, g.Key.Tekst, Aantal = g.Count() })
            .ToListAsync(ct))
            .ToLookup(s => (s.VraagId, s.FactorSoort, s.GenormaliseerdeTekst));

        return [.. tellingen.Select(t =>
        {
            var varianten = spellingen[(t.VraagId, t.FactorSoort, t.Sleutel)]
                .Where(s => !string.IsNullOrEmpty(s.Tekst))
                .OrderByDescending(s => s.Aantal).ThenBy(s => s.Tekst, StringComparer.Ordinal)
                .Select(s => new Schrijfwijze(s.Tekst!, s.Aantal))
                .ToList();
            return new FactorTelling(t.VraagId, t.FactorSoort!.Value, t.OptieId, t.Sleutel, varianten.FirstOrDefault()?.Tekst ?? t.Sleutel, varianten, t.Aantal);
        })];
    }

    /// <summary>
    /// The open answers of the uitvraag in the segment per vraag, in the order they came in, without those of reacties
    /// whose personal data the retention period removed; and how many reacties in the segment that were. Two statements.
    /// </summary>
    public async Task<OpenAntwoorden> OpenAntwoordenAsync(int uitvraagId, ResultaatSegment segment, CancellationToken ct)
    {
        await using var db = await databank.CreateDbContextAsync(ct);
        var reacties = ResultatenBerekenaar.Reacties(db, [uitvraagId], segment);
        var antwoorden = await reacties
            .Where(r => r.PersoonsgegevensVerwijderdOp == null)
            .SelectMany(r => r.Antwoorden)
            .Where(a => a.OptieId == null && a.FactorSoort == null && a.Tekst != null && a.Tekst != "")
            .OrderBy(a => a.ReactieId).ThenBy(a => a.Id)
            .Select(a => new { a.VraagId, Tekst = a.Tekst! })
            .ToListAsync(ct);
        var verwijderd = await reacties.CountAsync(r => r.PersoonsgegevensVerwijderdOp != null, ct);
        return new OpenAntwoorden(antwoorden.ToLookup(a => a.VraagId, a => a.Tekst), verwijderd);
    }
}

/// <summary>
/// How many reacties named one factor: an offered one (<see cref="OptieId"/>) or an own one (<see cref="Sleutel"/>, its
/// normalised text, shown as <see cref="Tekst"/>, the spelling most used; every spelling in <see cref="Varianten"/>).
/// </summary>
public sealed record FactorTelling(int VraagId, FactorSoort Soort, int? OptieId, string? Sleutel, string? Tekst, IReadOnlyList<Schrijfwijze> Varianten, int Aantal);

/// <summary>A factor of <see cref="TeamResultaten"/> with its option (null: an own factor), as GraphQL shows it.</summary>
public sealed record TeamFactor(FactorSoort Soort, Antwoordoptie? Optie, FactorTelling Telling)
{
    /// <summary>
    /// The factors of one vraag in the order of the team page: per kind, helpend first, the listed ones in their order,
    /// then the own ones, the most named first.
    /// </summary>
    public static IReadOnlyList<TeamFactor> Van(Vraag vraag, IEnumerable<FactorTelling> factoren)
    {
        var opties = vraag.Opties.ToDictionary(o => o.Id);
        return [.. factoren
            .Select(f => new TeamFactor(f.Soort, f.OptieId is { } id ? opties.GetValueOrDefault(id) : null, f))
            .Where(f => f.Optie is not null || f.Telling.OptieId is null)
            .OrderBy(f => f.Soort)
            .ThenBy(f => f.Optie is null)
            .ThenBy(f => f.Optie?.Volgorde ?? 0).ThenBy(f => f.Optie?.Id ?? 0)
            .ThenByDescending(f => f.Telling.Aantal).ThenBy(f => f.Telling.Tekst, StringComparer.Ordinal)];
    }
}

/// <summary>One spelling of an own factor and how often it was written so.</summary>
public sealed record Schrijfwijze(string Tekst, int Aantal);

/// <summary>Open answers per vraag id, and the number of reacties whose personal data (open answers too) was removed.</summary>
public sealed record OpenAntwoorden(ILookup<int, string> PerVraag, int Verwijderd);
