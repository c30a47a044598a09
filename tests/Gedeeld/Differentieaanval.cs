namespace SociaalNetwerk.Tests;

/// <summary>
/// A differencing attacker on published counts, independent of the product's suppression code: it knows every
/// visible number, the identities "total = sum of parts" and that counts are whole numbers of at least 0 (or a known
/// lower bound), and asks for every hidden cell whether another value than the true one fits everything it knows.
/// Exact: interval propagation over the lines plus backtracking, fine for the small tables of the tests.
/// </summary>
public sealed class Differentieaanval
{
    private readonly List<(int Waarde, bool Verborgen, int Ondergrens)> _cellen = [];
    private readonly List<(int Totaal, int[] Delen)> _regels = [];

    /// <summary>Adds a cell: its true value (used only to check the answer), whether the public sees it.</summary>
    public int Cel(int waarde, bool verborgen, int ondergrens = 0)
    {
        _cellen.Add((waarde, verborgen, verborgen ? ondergrens : waarde));
        return _cellen.Count - 1;
    }

    public void Regel(int totaal, IEnumerable<int> delen) => _regels.Add((totaal, [.. delen]));

    /// <summary>The true value of a cell.</summary>
    public int Waarde(int cel) => _cellen[cel].Waarde;

    /// <summary>Whether the public does not see the cell.</summary>
    public bool Verborgen(int cel) => _cellen[cel].Verborgen;

    /// <summary>The hidden cells whose value the attacker recovers: no other value is consistent with what was published.</summary>
    public List<int> Herleidbaar(IEnumerable<int>? alleen = null)
    {
        var bovengrens = Math.Max(1, _cellen.Sum(c => c.Waarde));
        var lo = _cellen.Select(c => c.Verborgen ? c.Ondergrens : c.Waarde).ToArray();
        var hi = _cellen.Select(c => c.Verborgen ? bovengrens : c.Waarde).ToArray();
        var resultaat = new List<int>();
        foreach (var cel in alleen ?? Enumerable.Range(0, _cellen.Count).Where(i => _cellen[i].Verborgen))
        {
            var waarde = _cellen[cel].Waarde;
            var lager = (int[])lo.Clone();
            var hoger = (int[])hi.Clone();
            hoger[cel] = waarde - 1;
            // One direction may be impossible yet costly to prove so, while the other has a solution nearby: a
            // direction whose search runs out of nodes is left open until the other one has been tried.
            bool? kanLager = waarde - 1 >= lo[cel] ? Oplosbaar(lager, hoger) : false;
            var kanHoger = false as bool?;
            if (kanLager != true)
            {
                lager = (int[])lo.Clone();
                hoger = (int[])hi.Clone();
                lager[cel] = waarde + 1;
                kanHoger = Oplosbaar(lager, hoger);
            }

            if (kanLager != true && kanHoger != true)
            {
                if (kanLager is null || kanHoger is null)
                {
                    throw new InvalidOperationException("The attacker's search is too large for this table: make the test's table smaller.");
                }

                resultaat.Add(cel);
            }
        }

        return resultaat;
    }

    /// <summary>Whether some whole numbers within the bounds fit every line; null when the search ran out of nodes.</summary>
    private bool? Oplosbaar(int[] lo, int[] hi)
    {
        _knopen = 0;
        var gevonden = Zoek(lo, hi);
        return gevonden || _knopen <= MaximumKnopen ? gevonden : null;
    }

    private const int MaximumKnopen = 200_000;

    private int _knopen;

    private bool Zoek(int[] lo, int[] hi)
    {
        if (++_knopen > MaximumKnopen)
        {
            // Out of nodes: every open branch gives up, Oplosbaar answers "unknown".
            return false;
        }

        if (!Propageer(lo, hi))
        {
            return false;
        }

        // The most constrained line first (fewest open cells), so a change is followed along the lines it breaks.
        var open = -1;
        var minste = int.MaxValue;
        foreach (var (totaal, delen) in _regels)
        {
            var cellen = delen.Append(totaal).Where(c => lo[c] < hi[c]).ToList();
            if (cellen.Count > 0 && cellen.Count < minste)
            {
                minste = cellen.Count;
                open = cellen.MinBy(c => hi[c] - lo[c]);
            }
        }

        if (open < 0)
        {
            open = Enumerable.Range(0, lo.Length).Where(i => lo[i] < hi[i]).DefaultIfEmpty(-1).First();
            if (open < 0)
            {
                return true;
            }
        }

        // The value nearest the true one first (an alternative solution, when there is one, is usually a small move),
        // then the ranges below and above it as wholes: propagation often rules out a whole range at once, where trying
        // its values one by one would repeat the same dead end for each. Together the three cover every value: exact.
        var v = Math.Clamp(_cellen[open].Waarde, lo[open], hi[open]);
        foreach (var (van, tot) in new[] { (v, v), (lo[open], v - 1), (v + 1, hi[open]) })
        {
            if (van > tot)
            {
                continue;
            }

            var l = (int[])lo.Clone();
            var h = (int[])hi.Clone();
            (l[open], h[open]) = (van, tot);
            if (Zoek(l, h))
            {
                return true;
            }
        }

        return false;
    }

    private bool Propageer(int[] lo, int[] hi)
    {
        bool gewijzigd;
        do
        {
            gewijzigd = false;
            foreach (var (totaal, delen) in _regels)
            {
                long somLo = delen.Sum(d => (long)lo[d]), somHi = delen.Sum(d => (long)hi[d]);
                gewijzigd |= Beperk(lo, hi, totaal, somLo, somHi);
                foreach (var d in delen)
                {
                    gewijzigd |= Beperk(lo, hi, d, lo[totaal] - (somHi - hi[d]), hi[totaal] - (somLo - lo[d]));
                }

                if (delen.Append(totaal).Any(c => lo[c] > hi[c]))
                {
                    return false;
                }
            }
        }
        while (gewijzigd);

        return true;
    }

    private static bool Beperk(int[] lo, int[] hi, int cel, long nieuwLo, long nieuwHi)
    {
        var gewijzigd = false;
        if (nieuwLo > lo[cel])
        {
            lo[cel] = (int)Math.Min(nieuwLo, int.MaxValue);
            gewijzigd = true;
        }

        if (nieuwHi < hi[cel])
        {
            hi[cel] = (int)Math.Max(nieuwHi, int.MinValue);
            gewijzigd = true;
        }

        return gewijzigd;
    }
}
