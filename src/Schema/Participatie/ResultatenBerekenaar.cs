using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Wijken;

namespace SociaalNetwerk.Schema.Participatie;

/// <summary>
/// Computes the results of uitvragen with a fixed number of GROUP BY statements, however many reacties, uitvragen
/// and segments there are: every count is grouped by wijk, doelgroep and kanaal (a "cube"), and each segment adds up
/// its part of the cube in memory. Mean and median come from the grouped distribution, not from the rows.
/// The team of the traject sees the exact counts. The public sees the numbers of <see cref="OpenbareResultaten"/>:
/// small counts hidden, and enough other counts hidden with them that no hidden count can be derived from the
/// published ones (complementary suppression; the rule is in docs/participatie.md).
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
        var bekend = verzoeken.Where(v => segmenten.ContainsKey(v.Segment)).ToList();
        var ids = bekend.Select(v => v.UitvraagId).Distinct().ToList();
        var metFactoren = ids.Any(id => vragen[id].Any(v => v.Type == VraagType.Factoren));
        var tellingen = await TelAsync(db, ids, metFactoren, ct);

        var kubussen = new Dictionary<int, ResultaatKubus>();
        var openbaar = new Dictionary<int, OpenbareResultaten>();
        var resultaten = new Dictionary<ResultaatVerzoek, UitvraagResultaten>();
        foreach (var verzoek in bekend)
        {
            if (!kubussen.TryGetValue(verzoek.UitvraagId, out var kubus))
            {
                kubussen[verzoek.UitvraagId] = kubus = new ResultaatKubus(verzoek.UitvraagId, [.. vragen[verzoek.UitvraagId]], tellingen);
            }

            IResultaatTeller teller = new VolledigeTeller(kubus);
            if (verzoek.Openbaar)
            {
                if (!openbaar.TryGetValue(verzoek.UitvraagId, out var publicatie))
                {
                    openbaar[verzoek.UitvraagId] = publicatie = new OpenbareResultaten(kubus);
                }

                teller = publicatie;
            }

            resultaten[verzoek] = Resultaten(verzoek, segmenten[verzoek.Segment], kubus, teller);
        }

        return resultaten;
    }

    /// <summary>
    /// Whether the public may ask for this segment: the whole uitvraag or one wijk, doelgroep or kanaal. Combinations
    /// are for the team only: their counts would be the inner cells of a table whose margins are published too.
    /// </summary>
    public static bool OpenbaarSegment(ResultaatSegmentInvoer segment) =>
        (string.IsNullOrWhiteSpace(segment.Wijk) ? 0 : 1) + (segment.Doelgroep is null ? 0 : 1) + (segment.Kanaal is null ? 0 : 1) <= 1;

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
    /// The counts of several uitvragen, each grouped by wijk, doelgroep and kanaal: three GROUP BY statements, two
    /// more for own factors when there are factoren, and one for the names of the wijken. Which statements run depends
    /// on the vraag types, never on the data or on the segments asked for, so the count is the same for 10 and for
    /// 10,000 reacties.
    /// </summary>
    private static async Task<Tellingen> TelAsync(SociaalNetwerkDbContext db, List<int> uitvraagIds, bool metFactoren, CancellationToken ct)
    {
        var reacties = Reacties(db, uitvraagIds, new ResultaatSegment());
        var antwoorden = reacties.SelectMany(
            r => r.Antwoorden,
            (r, a) => new { a.Id, a.VraagId, a.ReactieId, a.OptieId, a.Getal, a.FactorSoort, a.Tekst, a.GenormaliseerdeTekst, r.WijkId, r.Doelgroep, r.Kanaal });

        var verdeling = await reacties
            .GroupBy(r => new { r.UitvraagId, r.Kanaal, r.WijkId, r.Doelgroep })
            .Select(g => new Verdeling(g.Key.UitvraagId, g.Key.Kanaal, g.Key.WijkId, g.Key.Doelgroep, g.Count()))
            .ToListAsync(ct);

        var wijkIds = verdeling.Where(v => v.WijkId is not null).Select(v => v.WijkId!.Value).Distinct().ToList();
        var wijken = await db.Wijken.AsNoTracking().Where(w => wijkIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, ct);

        var beantwoord = await antwoorden
            .GroupBy(a => new { a.VraagId, a.Kanaal, a.WijkId, a.Doelgroep })
            .Select(g => new VraagTelling(g.Key.VraagId, g.Key.Kanaal, g.Key.WijkId, g.Key.Doelgroep, g.Select(a => a.ReactieId).Distinct().Count()))
            .ToListAsync(ct);

        // Choices, predefined factors and scale values in one pass: each is a count per value of a vraag.
        var waarden = await antwoorden
            .Where(a => a.OptieId != null || a.Getal != null)
            .GroupBy(a => new { a.VraagId, a.OptieId, a.Getal, a.FactorSoort, a.Kanaal, a.WijkId, a.Doelgroep })
            .Select(g => new WaardeTelling(g.Key.VraagId, g.Key.OptieId, g.Key.Getal, g.Key.FactorSoort, g.Key.Kanaal, g.Key.WijkId, g.Key.Doelgroep, g.Select(a => a.ReactieId).Distinct().Count()))
            .ToListAsync(ct);

        List<EigenFactorTelling> eigenFactoren = [];
        Dictionary<(int, FactorSoort, string), string> spellingen = [];
        if (metFactoren)
        {
            // Own factors count by their normalised text; each shows in the spelling most respondents used, and
            // of equally frequent spellings the one written first.
            var eigen = antwoorden.Where(a => a.OptieId == null && a.FactorSoort != null && a.GenormaliseerdeTekst != null && a.GenormaliseerdeTekst != "");
            eigenFactoren = await eigen
                .GroupBy(a => new { a.VraagId, a.FactorSoort, a.GenormaliseerdeTekst, a.Kanaal, a.WijkId, a.Doelgroep })
                .Select(g => new EigenFactorTelling(g.Key.VraagId, g.Key.FactorSoort!.Value, g.Key.GenormaliseerdeTekst!, g.Key.Kanaal, g.Key.WijkId, g.Key.Doelgroep, g.Select(a => a.ReactieId).Distinct().Count()))
                .ToListAsync(ct);
            spellingen = (await eigen
                .GroupBy(a => new { a.VraagId, a.FactorSoort, a.GenormaliseerdeTekst, a.Tekst })
                .Select(g => new { g.Key.VraagId, g.Key.FactorSoort, g.Key.GenormaliseerdeTekst, g.Key.Tekst, Aantal = g.Count(), Eerste = g.Min(a => a.Id) })
                .ToListAsync(ct))
                .GroupBy(s => (s.VraagId, s.FactorSoort!.Value, s.GenormaliseerdeTekst!))
                .ToDictionary(g => g.Key, g => g.OrderByDescending(s => s.Aantal).ThenBy(s => s.Eerste).First().Tekst ?? g.Key.Item3);
        }

        return new Tellingen(verdeling, wijken, beantwoord.ToLookup(b => b.VraagId), waarden.ToLookup(w => w.VraagId), eigenFactoren.ToLookup(e => e.VraagId), spellingen);
    }

    private static UitvraagResultaten Resultaten(ResultaatVerzoek verzoek, ResultaatSegment segment, ResultaatKubus kubus, IResultaatTeller teller)
    {
        var deel = Deel.Van(segment);
        var reacties = new Maat(MaatSoort.Reacties);
        Telling Aandeel(Deel? sub) => teller.Tel(reacties, sub, reacties, deel);
        var naam = StringComparer.Create(CultureInfo.GetCultureInfo("nl-NL"), ignoreCase: true);

        return new UitvraagResultaten(
            verzoek.UitvraagId,
            verzoek.Openbaar,
            segment,
            Aandeel(deel),
            [.. Enum.GetValues<Kanaal>().Select(k => new KanaalTelling(k, Aandeel(deel.Met(kanaal: (int)k))))],
            [
                .. teller.Wijken(deel)
                    .Select(w => new WijkTelling(w is { } id ? kubus.Wijken.GetValueOrDefault(id) : null, Aandeel(deel.Met(wijk: w ?? Deel.Geen))))
                    .OrderBy(w => w.Wijk is null).ThenBy(w => w.Wijk?.Naam, naam),
            ],
            [
                .. Enum.GetValues<UitvraagDoelgroep>().Select(d => new DoelgroepTelling(d, Aandeel(deel.Met(doelgroep: (int)d)))),
                .. teller.ZonderDoelgroep(deel) ? [new DoelgroepTelling(null, Aandeel(deel.Met(doelgroep: Deel.Geen)))] : Array.Empty<DoelgroepTelling>(),
            ],
            [.. kubus.Vragen.Select(v => Resultaat(v, verzoek.Openbaar, segment, deel, kubus, teller))]);
    }

    private static VraagResultaat Resultaat(Vraag vraag, bool openbaar, ResultaatSegment segment, Deel deel, ResultaatKubus kubus, IResultaatTeller teller)
    {
        var beantwoord = new Maat(MaatSoort.Beantwoord, vraag.Id);
        var opties = vraag.Opties.OrderBy(o => o.Volgorde).ThenBy(o => o.Id).ToList();
        var factoren = vraag.Type == VraagType.Factoren;
        Telling Van(Maat maat) => teller.Tel(maat, deel, beantwoord, deel);
        return new VraagResultaat(
            vraag,
            openbaar,
            segment,
            teller.Tel(beantwoord, deel, new Maat(MaatSoort.Reacties), deel),
            vraag.Type is VraagType.EenKeuze or VraagType.MeerdereKeuzes
                ? [.. opties.Select(o => new OptieResultaat(o, Van(new Maat(MaatSoort.Keuze, vraag.Id, o.Id))))]
                : [],
            vraag.Type == VraagType.Schaal ? Schaal(vraag, deel, kubus, teller) : null,
            factoren ? Factoren(vraag, FactorSoort.Helpend, opties, deel, kubus, teller) : [],
            factoren ? Factoren(vraag, FactorSoort.Remmend, opties, deel, kubus, teller) : []);
    }

    private static SchaalResultaat Schaal(Vraag vraag, Deel deel, ResultaatKubus kubus, IResultaatTeller teller)
    {
        var beantwoord = new Maat(MaatSoort.Beantwoord, vraag.Id);
        var waarden = teller.Schaalwaarden(vraag, deel);
        var verdeling = waarden
            .Select(w => new SchaalWaardeTelling(w, teller.Tel(new Maat(MaatSoort.Schaalwaarde, vraag.Id, w), deel, beantwoord, deel)))
            .ToList();

        var perWaarde = waarden.ToDictionary(w => w, w => kubus.Som(new Maat(MaatSoort.Schaalwaarde, vraag.Id, w), deel));
        var n = perWaarde.Values.Sum();
        if (n == 0 || !teller.ToontAfgeleid(vraag, deel))
        {
            return new SchaalResultaat(verdeling, null, null);
        }

        var gemiddelde = perWaarde.Sum(p => (double)p.Key * p.Value) / n;
        return new SchaalResultaat(verdeling, Math.Round(gemiddelde, 2, MidpointRounding.AwayFromZero), Mediaan(perWaarde.Where(p => p.Value > 0).ToDictionary(), n));
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

    private static List<FactorResultaat> Factoren(Vraag vraag, FactorSoort soort, List<Antwoordoptie> opties, Deel deel, ResultaatKubus kubus, IResultaatTeller teller)
    {
        var beantwoord = new Maat(MaatSoort.Beantwoord, vraag.Id);
        var vast = opties.Select(o =>
        {
            var maat = new Maat(MaatSoort.Factor, vraag.Id, o.Id, soort);
            return (Optie: (Antwoordoptie?)o, Tekst: (string?)null, Aantal: kubus.Som(maat, deel), Telling: teller.Tel(maat, deel, beantwoord, deel), o.Volgorde);
        });

        // An own factor is in the respondent's own words: in public it shows only when enough people wrote it and
        // its count is not hidden; otherwise it is left out, like one nobody named.
        var zelf = teller.EigenFactoren(vraag.Id, soort, deel).Select(tekst =>
        {
            var maat = new Maat(MaatSoort.EigenFactor, vraag.Id, 0, soort, tekst);
            return (Optie: (Antwoordoptie?)null, Tekst: (string?)kubus.Spelling(vraag.Id, soort, tekst), Aantal: kubus.Som(maat, deel), Telling: teller.Tel(maat, deel, beantwoord, deel), Volgorde: int.MaxValue);
        }).Where(f => !teller.Openbaar || !f.Telling.OnderDrempel);

        // Hidden counts are not ranked among themselves, so their order gives nothing away either. A hidden listed
        // factor shows even when nobody named it (a complement can be 0): leaving it out would say it is 0.
        return vast.Concat(zelf)
            .Where(f => f.Aantal > 0 || f.Telling.OnderDrempel)
            .OrderByDescending(f => f.Telling.Aantal ?? 0)
            .ThenBy(f => f.Volgorde)
            .ThenBy(f => f.Tekst, StringComparer.Ordinal)
            .Take(MaximumFactoren)
            .Select(f => new FactorResultaat(soort, f.Optie, f.Tekst, f.Telling))
            .ToList();
    }
}
