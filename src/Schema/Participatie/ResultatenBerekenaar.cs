using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Wijken;

namespace SociaalNetwerk.Schema.Participatie;

/// <summary>
/// Computes the results of uitvragen with a fixed number of GROUP BY statements per segment, however many reacties
/// and uitvragen there are: mean and median come from the grouped distribution, not from the rows.
/// In the public view counts of 1 to <see cref="Drempel"/> − 1 are hidden, and so is every number of a group
/// smaller than that; own factors named by fewer people are left out, so no respondent can be singled out.
/// </summary>
public sealed class ResultatenBerekenaar(IDbContextFactory<SociaalNetwerkDbContext> databank)
{
    public const int Drempel = 5;

    /// <summary>How many factors of each kind a vraag's results list: the most named ones.</summary>
    public const int MaximumFactoren = 10;

    /// <summary>The results per request; a request whose wijk does not exist is missing from the answer.</summary>
    public async Task<IReadOnlyDictionary<ResultaatVerzoek, UitvraagResultaten>> BerekenAsync(IReadOnlyList<ResultaatVerzoek> verzoeken, CancellationToken ct)
    {
        await using var db = await databank.CreateDbContextAsync(ct);
        var uitvraagIds = verzoeken.Select(v => v.UitvraagId).Distinct().ToList();
        var vragen = (await db.Vragen.AsNoTracking()
            .Where(v => uitvraagIds.Contains(v.UitvraagId))
            .Include(v => v.Opties)
            .ToListAsync(ct))
            .OrderBy(v => v.Volgorde).ThenBy(v => v.Id)
            .ToLookup(v => v.UitvraagId);

        var segmenten = await SegmentenAsync(db, verzoeken.Select(v => v.Segment), ct);
        var resultaten = new Dictionary<ResultaatVerzoek, UitvraagResultaten>();
        foreach (var groep in verzoeken.Where(v => segmenten.ContainsKey(v.Segment)).GroupBy(v => segmenten[v.Segment]))
        {
            var ids = groep.Select(v => v.UitvraagId).Distinct().ToList();
            var metFactoren = ids.Any(id => vragen[id].Any(v => v.Type == VraagType.Factoren));
            var minimum = groep.All(v => v.Openbaar) ? Drempel : 1;
            var tellingen = await TelAsync(db, ids, groep.Key, metFactoren ? minimum : null, ct);
            foreach (var verzoek in groep)
            {
                resultaten[verzoek] = Resultaten(verzoek, groep.Key, [.. vragen[verzoek.UitvraagId]], tellingen);
            }
        }

        return resultaten;
    }

    /// <summary>Reacties of the given uitvragen that fall in the segment.</summary>
    internal static IQueryable<Reactie> Reacties(SociaalNetwerkDbContext db, IReadOnlyCollection<int> uitvraagIds, ResultaatSegment segment)
    {
        var reacties = db.Reacties.AsNoTracking().Tellend().Where(r => uitvraagIds.Contains(r.UitvraagId));
        if (segment.WijkId is { } wijk)
        {
            reacties = reacties.Where(r => r.WijkId == wijk);
        }

        if (segment.Doelgroep is { } doelgroep)
        {
            reacties = reacties.Where(r => r.Doelgroep == doelgroep);
        }

        if (segment.Kanaal is { } kanaal)
        {
            reacties = reacties.Where(r => r.Kanaal == kanaal);
        }

        return reacties;
    }

    /// <summary>
    /// Resolves the wijk of every segment, given as a slug or as a wijk id, in one statement. A segment whose wijk
    /// does not exist is missing from the answer.
    /// </summary>
    private static async Task<Dictionary<ResultaatSegmentInvoer, ResultaatSegment>> SegmentenAsync(SociaalNetwerkDbContext db, IEnumerable<ResultaatSegmentInvoer> invoer, CancellationToken ct)
    {
        var segmenten = invoer.Distinct().ToList();
        var gevraagd = segmenten.Where(s => !string.IsNullOrWhiteSpace(s.Wijk)).Select(s => s.Wijk!).Distinct().ToList();
        var ids = gevraagd.Select(WijkIdUit).OfType<int>().ToList();
        var slugs = gevraagd.Select(w => w.Trim().ToLowerInvariant()).ToList();
        var wijken = gevraagd.Count == 0
            ? []
            : await db.Wijken.AsNoTracking().Where(w => slugs.Contains(w.Slug) || ids.Contains(w.Id)).Select(w => new { w.Id, w.Slug }).ToListAsync(ct);

        var resultaat = new Dictionary<ResultaatSegmentInvoer, ResultaatSegment>();
        foreach (var segment in segmenten)
        {
            int? wijkId = null;
            if (!string.IsNullOrWhiteSpace(segment.Wijk))
            {
                var id = WijkIdUit(segment.Wijk);
                var slug = segment.Wijk.Trim().ToLowerInvariant();
                wijkId = wijken.FirstOrDefault(w => w.Id == id || w.Slug == slug)?.Id;
                if (wijkId is null)
                {
                    continue;
                }
            }

            resultaat[segment] = new ResultaatSegment(wijkId, segment.Doelgroep, segment.Kanaal);
        }

        return resultaat;
    }

    private static int? WijkIdUit(string wijk) =>
        GlobalId.Probeer(wijk.Trim(), out var type, out var sleutel) && type == nameof(Wijk)
        && int.TryParse(sleutel, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;

    /// <summary>
    /// The counts of one segment for several uitvragen: three GROUP BY statements, two more for own factors when
    /// there are factoren, and one for the names of the wijken. Which statements run depends on the vraag types,
    /// never on the data, so the count is the same for 10 and for 10,000 reacties.
    /// </summary>
    private static async Task<Tellingen> TelAsync(SociaalNetwerkDbContext db, List<int> uitvraagIds, ResultaatSegment segment, int? eigenFactorenVanaf, CancellationToken ct)
    {
        var reacties = Reacties(db, uitvraagIds, segment);
        var antwoorden = reacties.SelectMany(r => r.Antwoorden);

        var verdeling = await reacties
            .GroupBy(r => new { r.UitvraagId, r.Kanaal, r.WijkId, r.Doelgroep })
            .Select(g => new Verdeling(g.Key.UitvraagId, g.Key.Kanaal, g.Key.WijkId, g.Key.Doelgroep, g.Count()))
            .ToListAsync(ct);

        var wijkIds = verdeling.Where(v => v.WijkId is not null).Select(v => v.WijkId!.Value).Distinct().ToList();
        var wijken = await db.Wijken.AsNoTracking().Where(w => wijkIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, ct);

        var reactiesPerVraag = await antwoorden
            .GroupBy(a => a.VraagId)
            .Select(g => new { VraagId = g.Key, Aantal = g.Select(a => a.ReactieId).Distinct().Count() })
            .ToDictionaryAsync(x => x.VraagId, x => x.Aantal, ct);

        // Choices, predefined factors and scale values in one pass: each is a count per value of a vraag.
        var waarden = await antwoorden
            .Where(a => a.OptieId != null || a.Getal != null)
            .GroupBy(a => new { a.VraagId, a.OptieId, a.Getal, a.FactorSoort })
            .Select(g => new WaardeTelling(g.Key.VraagId, g.Key.OptieId, g.Key.Getal, g.Key.FactorSoort, g.Select(a => a.ReactieId).Distinct().Count()))
            .ToListAsync(ct);

        var eigenFactoren = eigenFactorenVanaf is { } minimum ? await EigenFactorenAsync(antwoorden, minimum, ct) : [];
        return new Tellingen(verdeling, wijken, reactiesPerVraag, waarden.ToLookup(w => w.VraagId), eigenFactoren.ToLookup(e => e.VraagId));
    }

    /// <summary>
    /// The most named own factors per vraag and kind, counted by their normalised text, each shown in the spelling most
    /// respondents used. Two GROUP BY statements: the counts (for the public only factors named by at least
    /// <see cref="Drempel"/> people, the only ones it may see), then the spellings of the top <see cref="MaximumFactoren"/>.
    /// </summary>
    private static async Task<List<EigenFactorTelling>> EigenFactorenAsync(IQueryable<Antwoord> antwoorden, int minimum, CancellationToken ct)
    {
        var eigen = antwoorden.Where(a => a.OptieId == null && a.FactorSoort != null && a.GenormaliseerdeTekst != null && a.GenormaliseerdeTekst != "");
        var tellingen = await eigen
            .GroupBy(a => new { a.VraagId, a.FactorSoort, a.GenormaliseerdeTekst })
            .Select(g => new { g.Key.VraagId, g.Key.FactorSoort, g.Key.GenormaliseerdeTekst, Aantal = g.Select(a => a.ReactieId).Distinct().Count() })
            .Where(t => t.Aantal >= minimum)
            .ToListAsync(ct);
        var top = tellingen
            .GroupBy(t => (t.VraagId, t.FactorSoort))
            .SelectMany(g => g.OrderByDescending(t => t.Aantal).ThenBy(t => t.GenormaliseerdeTekst, StringComparer.Ordinal).Take(MaximumFactoren))
            .ToList();
        var vraagIds = top.Select(t => t.VraagId).Distinct().ToList();
        var teksten = top.Select(t => t.GenormaliseerdeTekst).Distinct().ToList();
        var spellingen = (await eigen
            .Where(a => vraagIds.Contains(a.VraagId) && teksten.Contains(a.GenormaliseerdeTekst))
            .GroupBy(a => new { a.VraagId, a.FactorSoort, a.GenormaliseerdeTekst, a.Tekst })
            .Select(g => new { g.Key.VraagId, g.Key.FactorSoort, g.Key.GenormaliseerdeTekst, g.Key.Tekst, Aantal = g.Count() })
            .ToListAsync(ct))
            .GroupBy(s => (s.VraagId, s.FactorSoort, s.GenormaliseerdeTekst))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(s => s.Aantal).ThenBy(s => s.Tekst, StringComparer.Ordinal).First().Tekst);

        return [.. top.Select(t => new EigenFactorTelling(
            t.VraagId,
            t.FactorSoort!.Value,
            spellingen.GetValueOrDefault((t.VraagId, t.FactorSoort, t.GenormaliseerdeTekst)) ?? t.GenormaliseerdeTekst!,
            t.Aantal))];
    }

    private static UitvraagResultaten Resultaten(ResultaatVerzoek verzoek, ResultaatSegment segment, List<Vraag> vragen, Tellingen tellingen)
    {
        var verdeling = tellingen.Verdeling.Where(v => v.UitvraagId == verzoek.UitvraagId).ToList();
        var totaal = verdeling.Sum(v => v.Aantal);
        var drempel = new Drempelwaarde(verzoek.Openbaar);
        Telling Deel(IEnumerable<Verdeling> deel) => drempel.Tel(deel.Sum(v => v.Aantal), totaal);

        return new UitvraagResultaten(
            verzoek.UitvraagId,
            verzoek.Openbaar,
            segment,
            drempel.Tel(totaal, totaal),
            [.. Enum.GetValues<Kanaal>().Select(k => new KanaalTelling(k, Deel(verdeling.Where(v => v.Kanaal == k))))],
            [
                .. verdeling.GroupBy(v => v.WijkId)
                    .Select(g => new WijkTelling(g.Key is { } id ? tellingen.Wijken.GetValueOrDefault(id) : null, Deel(g)))
                    .OrderBy(w => w.Wijk is null).ThenBy(w => w.Wijk?.Naam, StringComparer.Create(CultureInfo.GetCultureInfo("nl-NL"), ignoreCase: true)),
            ],
            [
                .. Enum.GetValues<UitvraagDoelgroep>().Select(d => new DoelgroepTelling(d, Deel(verdeling.Where(v => v.Doelgroep == d)))),
                .. verdeling.Any(v => v.Doelgroep is null) ? [new DoelgroepTelling(null, Deel(verdeling.Where(v => v.Doelgroep is null)))] : Array.Empty<DoelgroepTelling>(),
            ],
            [.. vragen.Select(v => Resultaat(v, verzoek.Openbaar, segment, totaal, tellingen, drempel))]);
    }

    private static VraagResultaat Resultaat(Vraag vraag, bool openbaar, ResultaatSegment segment, int totaal, Tellingen tellingen, Drempelwaarde drempel)
    {
        var beantwoord = tellingen.ReactiesPerVraag.GetValueOrDefault(vraag.Id);
        var waarden = tellingen.Waarden[vraag.Id].ToList();
        var opties = vraag.Opties.OrderBy(o => o.Volgorde).ThenBy(o => o.Id).ToList();
        var factoren = vraag.Type == VraagType.Factoren;
        return new VraagResultaat(
            vraag,
            openbaar,
            segment,
            drempel.Tel(beantwoord, totaal),
            vraag.Type is VraagType.EenKeuze or VraagType.MeerdereKeuzes
                ? [.. opties.Select(o => new OptieResultaat(o, drempel.Tel(waarden.Where(w => w.OptieId == o.Id).Sum(w => w.Aantal), beantwoord)))]
                : [],
            vraag.Type == VraagType.Schaal ? Schaal(vraag, waarden, beantwoord, drempel) : null,
            factoren ? Factoren(FactorSoort.Helpend, opties, waarden, tellingen.EigenFactoren[vraag.Id], beantwoord, drempel) : [],
            factoren ? Factoren(FactorSoort.Remmend, opties, waarden, tellingen.EigenFactoren[vraag.Id], beantwoord, drempel) : []);
    }

    private static SchaalResultaat Schaal(Vraag vraag, List<WaardeTelling> waarden, int beantwoord, Drempelwaarde drempel)
    {
        var perWaarde = waarden.Where(w => w.Getal is not null).GroupBy(w => w.Getal!.Value).ToDictionary(g => g.Key, g => g.Sum(w => w.Aantal));
        var bereik = vraag.SchaalMin is { } min && vraag.SchaalMax is { } max && max >= min ? Enumerable.Range(min, max - min + 1) : [];
        var verdeling = bereik.Union(perWaarde.Keys).Order()
            .Select(w => new SchaalWaardeTelling(w, drempel.Tel(perWaarde.GetValueOrDefault(w), beantwoord)))
            .ToList();

        var n = perWaarde.Values.Sum();
        if (n == 0 || !drempel.Toont(beantwoord))
        {
            return new SchaalResultaat(verdeling, null, null);
        }

        var gemiddelde = perWaarde.Sum(p => (double)p.Key * p.Value) / n;
        return new SchaalResultaat(verdeling, Math.Round(gemiddelde, 2, MidpointRounding.AwayFromZero), Mediaan(perWaarde, n));
    }

    /// <summary>The median from the distribution: the middle value, or the mean of the two middle ones.</summary>
    private static double Mediaan(Dictionary<int, int> perWaarde, int n)
    {
        var geordend = perWaarde.OrderBy(p => p.Key).ToList();
        return (Positie(n / 2 + 1) + Positie((n + 1) / 2)) / 2.0;

        int Positie(int positie)
        {
            var tot = 0;
            foreach (var (waarde, aantal) in geordend)
            {
                tot += aantal;
                if (tot >= positie)
                {
                    return waarde;
                }
            }

            return geordend[^1].Key;
        }
    }

    private static List<FactorResultaat> Factoren(
        FactorSoort soort,
        List<Antwoordoptie> opties,
        List<WaardeTelling> waarden,
        IEnumerable<EigenFactorTelling> eigen,
        int beantwoord,
        Drempelwaarde drempel)
    {
        var vast = opties
            .Select(o => (Optie: (Antwoordoptie?)o, Tekst: (string?)null, Aantal: waarden.Where(w => w.OptieId == o.Id && w.FactorSoort == soort).Sum(w => w.Aantal), o.Volgorde));
        // An own factor is in the respondent's own words: in public it shows only when enough people wrote it.
        var zelf = eigen
            .Where(e => e.Soort == soort && drempel.Toont(e.Aantal))
            .Select(e => (Optie: (Antwoordoptie?)null, Tekst: (string?)e.Tekst, e.Aantal, Volgorde: int.MaxValue));

        // Hidden counts are not ranked among themselves, so their order gives nothing away either.
        return vast.Concat(zelf)
            .Where(f => f.Aantal > 0)
            .Select(f => (Factor: f, Telling: drempel.Tel(f.Aantal, beantwoord)))
            .OrderByDescending(f => f.Telling.Aantal ?? 0)
            .ThenBy(f => f.Factor.Volgorde)
            .ThenBy(f => f.Factor.Tekst, StringComparer.Ordinal)
            .Take(MaximumFactoren)
            .Select(f => new FactorResultaat(soort, f.Factor.Optie, f.Factor.Tekst, f.Telling))
            .ToList();
    }

    private sealed record Verdeling(int UitvraagId, Kanaal Kanaal, int? WijkId, UitvraagDoelgroep? Doelgroep, int Aantal);

    private sealed record WaardeTelling(int VraagId, int? OptieId, int? Getal, FactorSoort? FactorSoort, int Aantal);

    private sealed record EigenFactorTelling(int VraagId, FactorSoort Soort, string Tekst, int Aantal);

    private sealed record Tellingen(
        List<Verdeling> Verdeling,
        Dictionary<int, Wijk> Wijken,
        Dictionary<int, int> ReactiesPerVraag,
        ILookup<int, WaardeTelling> Waarden,
        ILookup<int, EigenFactorTelling> EigenFactoren);

    /// <summary>
    /// In the public view hides counts of 1 to <see cref="Drempel"/> − 1, and every count and percentage of a group
    /// (a segment, the reacties to a vraag) smaller than that, zeros too: they would tell what the few chose.
    /// </summary>
    private sealed class Drempelwaarde(bool openbaar)
    {
        public bool Toont(int aantal) => !openbaar || aantal >= Drempel;

        public Telling Tel(int aantal, int groep) =>
            openbaar && (aantal is > 0 and < Drempel || groep is > 0 and < Drempel)
                ? Telling.Verborgen
                : new Telling(aantal, groep > 0 ? Math.Round(100.0 * aantal / groep, 1, MidpointRounding.AwayFromZero) : null, false);
    }
}
