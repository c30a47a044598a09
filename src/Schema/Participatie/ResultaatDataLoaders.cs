using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;

namespace SociaalNetwerk.Schema.Participatie;

/// <summary>The results of every uitvraag and segment that one level of a query asks for, computed together.</summary>
public sealed class ResultatenByUitvraagDataLoader(ResultatenBerekenaar berekenaar) : BatchDataLoader<ResultaatVerzoek, UitvraagResultaten?>
{
    protected override async Task<IReadOnlyDictionary<ResultaatVerzoek, UitvraagResultaten?>> HaalOpAsync(IReadOnlyList<ResultaatVerzoek> sleutels, CancellationToken cancellationToken) =>
        (await berekenaar.BerekenAsync(sleutels, cancellationToken)).ToDictionary(p => p.Key, p => (UitvraagResultaten?)p.Value);

    /// <summary>Only a segment with an unknown wijk has no results.</summary>
    protected override UitvraagResultaten? Ontbrekend(ResultaatVerzoek sleutel) => null;
}

/// <summary>The open answers to vragen within a segment, in the order they came in; one statement per segment.</summary>
public sealed class OpenAntwoordenByVraagDataLoader(IDbContextFactory<SociaalNetwerkDbContext> databank) : GroupedDataLoader<(int VraagId, int UitvraagId, ResultaatSegment Segment), string>
{
    protected override async Task<IReadOnlyDictionary<(int VraagId, int UitvraagId, ResultaatSegment Segment), IReadOnlyList<string>>> HaalOpAsync(
        IReadOnlyList<(int VraagId, int UitvraagId, ResultaatSegment Segment)> sleutels,
        CancellationToken cancellationToken)
    {
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        var resultaat = new Dictionary<(int, int, ResultaatSegment), IReadOnlyList<string>>();
        foreach (var groep in sleutels.GroupBy(s => s.Segment))
        {
            var vraagIds = groep.Select(s => s.VraagId).Distinct().ToList();
            var uitvraagIds = groep.Select(s => s.UitvraagId).Distinct().ToList();
            var antwoorden = await ResultatenBerekenaar.Reacties(db, uitvraagIds, groep.Key)
                .SelectMany(r => r.Antwoorden)
                .Where(a => vraagIds.Contains(a.VraagId) && a.Tekst != null && a.Tekst != "")
                .OrderBy(a => a.ReactieId).ThenBy(a => a.Id)
                .Select(a => new { a.VraagId, Tekst = a.Tekst! })
                .ToListAsync(cancellationToken);
            var perVraag = antwoorden.ToLookup(a => a.VraagId, a => a.Tekst);
            foreach (var sleutel in groep)
            {
                resultaat[sleutel] = [.. perVraag[sleutel.VraagId]];
            }
        }

        return resultaat;
    }
}

/// <summary>
/// Every factor the team's reacties named per factoren vraag within a segment (<see cref="TeamResultaten.FactorenAsync(IReadOnlyCollection{int}, ResultaatSegment, CancellationToken)"/>):
/// two statements per segment, however many vragen and uitvragen.
/// </summary>
public sealed class TeamFactorenByVraagDataLoader(TeamResultaten team) : GroupedDataLoader<(int VraagId, int UitvraagId, ResultaatSegment Segment), FactorTelling>
{
    protected override async Task<IReadOnlyDictionary<(int VraagId, int UitvraagId, ResultaatSegment Segment), IReadOnlyList<FactorTelling>>> HaalOpAsync(
        IReadOnlyList<(int VraagId, int UitvraagId, ResultaatSegment Segment)> sleutels,
        CancellationToken cancellationToken)
    {
        var resultaat = new Dictionary<(int, int, ResultaatSegment), IReadOnlyList<FactorTelling>>();
        foreach (var groep in sleutels.GroupBy(s => s.Segment))
        {
            var perVraag = (await team.FactorenAsync([.. groep.Select(s => s.UitvraagId).Distinct()], groep.Key, cancellationToken)).ToLookup(f => f.VraagId);
            foreach (var sleutel in groep)
            {
                resultaat[sleutel] = [.. perVraag[sleutel.VraagId]];
            }
        }

        return resultaat;
    }
}
