namespace SociaalNetwerk.Tests;

/// <summary>
/// A differencing attacker on published counts, independent of the product's suppression code: it knows every
/// visible number, the identities "total = sum of parts" and that counts are whole numbers of at least 0 (or a known
/// lower bound), and asks for every hidden cell whether another value than the true one fits everything it knows.
/// Exact: interval propagation over the lines plus backtracking, only over the lines linked to the asked cell through
/// hidden cells, branching first on the cells nearest to it; fine for the tables of the tests.
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
            _actief = Component(cel);
            var lager = (int[])lo.Clone();
            var hoger = (int[])hi.Clone();
            Vastzetten(lager, hoger);
            hoger[cel] = waarde - 1;
            // One direction may be impossible yet costly to prove so, while the other has a solution nearby: a
            // direction whose search runs out of nodes is left open until the other one has been tried.
            bool? kanLager = waarde - 1 >= lo[cel] ? Oplosbaar(lager, hoger) : false;
            var kanHoger = false as bool?;
            if (kanLager != true)
            {
                lager = (int[])lo.Clone();
                hoger = (int[])hi.Clone();
                Vastzetten(lager, hoger);
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

    /// <summary>The lines that the search looks at: those of the target cell's component.</summary>
    private List<(int Totaal, int[] Delen)> _actief = [];

    private HashSet<int> _inComponent = [];

    /// <summary>Per cell: how many lines away from the target cell (<see cref="int.MaxValue"/> outside its component).</summary>
    private int[] _afstand = [];

    /// <summary>
    /// The lines connected to <paramref name="cel"/> through hidden cells. A line outside it shares no hidden cell with
    /// it, so the true values of its hidden cells still fit it whatever the component's cells take: fixing them at
    /// their true values (<see cref="Vastzetten"/>) loses no solution of the component, and the answer stays exact.
    /// </summary>
    private List<(int Totaal, int[] Delen)> Component(int cel)
    {
        var perCel = new Dictionary<int, List<int>>();
        for (var r = 0; r < _regels.Count; r++)
        {
            foreach (var c in _regels[r].Delen.Append(_regels[r].Totaal).Where(c => _cellen[c].Verborgen))
            {
                (perCel.TryGetValue(c, out var lijst) ? lijst : perCel[c] = []).Add(r);
            }
        }

        var cellen = new HashSet<int> { cel };
        var regels = new HashSet<int>();
        var rij = new Queue<int>([cel]);
        _afstand = [.. Enumerable.Repeat(int.MaxValue, _cellen.Count)];
        _afstand[cel] = 0;
        while (rij.TryDequeue(out var c))
        {
            foreach (var r in perCel.GetValueOrDefault(c) ?? [])
            {
                if (regels.Add(r))
                {
                    foreach (var ander in _regels[r].Delen.Append(_regels[r].Totaal).Where(x => _cellen[x].Verborgen && cellen.Add(x)))
                    {
                        _afstand[ander] = _afstand[c] + 1;
                        rij.Enqueue(ander);
                    }
                }
            }
        }

        _inComponent = cellen;
        return [.. regels.Order().Select(r => _regels[r])];
    }

    private void Vastzetten(int[] lo, int[] hi)
    {
        for (var i = 0; i < lo.Length; i++)
        {
            if (!_inComponent.Contains(i))
            {
                lo[i] = hi[i] = _cellen[i].Waarde;
            }
        }
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

        // The open cell nearest the target cell (fewest lines away), the narrowest range among those: a change of the
        // target is followed along the lines it breaks, so a compensating move is found (or ruled out) close by before
        // cells far away are fixed. Any order is exact; this one keeps the search small.
        var open = -1;
        for (var i = 0; i < lo.Length; i++)
        {
            if (lo[i] < hi[i] && (open < 0 || (_afstand[i], (long)hi[i] - lo[i]).CompareTo((_afstand[open], (long)hi[open] - lo[open])) < 0))
            {
                open = i;
            }
        }

        if (open < 0)
        {
            return true;
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
            foreach (var (totaal, delen) in _actief)
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
