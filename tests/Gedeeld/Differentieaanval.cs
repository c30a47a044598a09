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
            var kanLager = waarde - 1 >= lo[cel] && Oplosbaar(lager, hoger);
            lager = (int[])lo.Clone();
            hoger = (int[])hi.Clone();
            lager[cel] = waarde + 1;
            var kanHoger = !kanLager && Oplosbaar(lager, hoger);
            if (!kanLager && !kanHoger)
            {
                resultaat.Add(cel);
            }
        }

        return resultaat;
    }

    private bool Oplosbaar(int[] lo, int[] hi)
    {
        if (!Propageer(lo, hi))
        {
            return false;
        }

        var open = Enumerable.Range(0, lo.Length).Where(i => lo[i] < hi[i]).OrderBy(i => hi[i] - lo[i]).FirstOrDefault(-1);
        if (open < 0)
        {
            return true;
        }

        for (var v = lo[open]; v <= hi[open]; v++)
        {
            var l = (int[])lo.Clone();
            var h = (int[])hi.Clone();
            l[open] = h[open] = v;
            if (Oplosbaar(l, h))
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
