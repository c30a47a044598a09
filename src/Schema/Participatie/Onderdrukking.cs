using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace SociaalNetwerk.Schema.Participatie;

/// <summary>
/// Complementary (secondary) cell suppression for a set of counts tied together by identities "a total is the sum of
/// its parts" (<see cref="Regel"/>): a table with its marginals, several tables that share marginals, a question's
/// options with the number of reacties. Hiding only the small counts is not enough: with one hidden cell in a line
/// the published total minus the visible parts gives it back. <see cref="Bereken"/> hides further cells until no
/// hidden number can be derived from the visible ones. Deterministic: the same cells and lines in the same order
/// always give the same answer.
/// </summary>
/// <remarks>
/// The attacker this protects against knows every visible number exactly, every identity, that counts are whole
/// numbers of at least 0 (or at least <see cref="Cel"/>'s <c>ondergrens</c> when a hidden cell shows that it is not
/// zero), and nothing else. The rule, repeated until nothing changes:
/// <list type="number">
/// <item>A line (a total with its parts) that holds a protected hidden cell must hold at least two hidden cells; with a
/// visible total, the hidden parts must also add up to more than their lower bounds together (two hidden ones that
/// must sum to 2 are both 1). Otherwise hide the smallest visible non-zero part of the line, or else its total.</item>
/// <item>When every line passes, check all lines together: solve the identities for the hidden cells (exact
/// elimination modulo a large prime). A hidden cell whose value follows from the visible numbers — it lies on no
/// "cycle" of hidden cells, like a bridge between two groups of hidden cells — gets one more complement in the first
/// line it lies in, and the loop starts over.</item>
/// <item>Last, for every protected hidden cell, search an actual second solution (whole numbers within the bounds
/// that fit every line, with another value for that cell); a cell without one within the search budget counts as
/// derivable and gets a complement as in step 2.</item>
/// </list>
/// Cells that are never published (<c>gepubliceerd: false</c>, e.g. the reacties without a wijk, which no segment
/// selects) count as hidden for the others; they need protection themselves only when they are primary.
/// </remarks>
public sealed class Onderdrukking
{
    private const ulong Priem = (1UL << 61) - 1;

    private readonly List<CelGegevens> _cellen = [];
    private readonly List<(int Totaal, int[] Delen)> _regels = [];

    /// <summary>How many cells the table has.</summary>
    public int Aantal => _cellen.Count;

    /// <summary>The identities added with <see cref="Regel"/>, in order.</summary>
    public IReadOnlyList<(int Totaal, int[] Delen)> Regels => _regels;

    /// <summary>
    /// Adds a cell and returns its index. <paramref name="primair"/>: a small count; it must be hidden and never
    /// derivable. <paramref name="verbergen"/>: it must be hidden, but may be derivable (a zero in a small group: a
    /// published 0 for everyone makes it 0 there too). <paramref name="gepubliceerd"/> false: the public never sees
    /// this number directly (it counts as hidden for the others). <paramref name="ondergrens"/>: what the public knows
    /// the value to be at least when it is hidden (1 when a hidden count is listed only if it is not zero).
    /// </summary>
    public int Cel(int waarde, bool primair, bool gepubliceerd = true, int ondergrens = 0, bool verbergen = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(waarde);
        _cellen.Add(new CelGegevens(waarde, primair, verbergen, gepubliceerd, Math.Min(ondergrens, waarde)));
        return _cellen.Count - 1;
    }

    /// <summary>Adds the identity: the cell <paramref name="totaal"/> is the sum of the cells <paramref name="delen"/> (none: it is 0).</summary>
    public void Regel(int totaal, IEnumerable<int> delen)
    {
        var lijst = delen.Distinct().ToArray();
        if (lijst.Contains(totaal))
        {
            throw new ArgumentException("A line's total cannot be one of its parts.", nameof(delen));
        }

        if (lijst.Length == 0)
        {
            // An empty sum: the total is 0 and visible, it protects nothing.
            return;
        }

        _regels.Add((totaal, lijst));
    }

    /// <summary>
    /// Which cells to hide: the primary ones, the unpublished ones and their complements. The answer depends on the
    /// cells and lines only, and the search can cost seconds of CPU for an uitvraag with many segments, so it is
    /// remembered per table (by a SHA-256 fingerprint of every cell and line) for the whole process: a published
    /// uitvraag's numbers are decided once, not on every request; new or withdrawn reacties make another table.
    /// Callers asking for the same table at once share one computation.
    /// </summary>
    public bool[] Bereken()
    {
        var sleutel = Vingerafdruk();
        if (Uitkomsten.Count >= MaximumOnthouden)
        {
            Uitkomsten.Clear();
        }

        var uitkomst = Uitkomsten.GetOrAdd(sleutel, _ => new Lazy<bool[]>(BerekenOpnieuw, LazyThreadSafetyMode.ExecutionAndPublication));
        return (bool[])uitkomst.Value.Clone();
    }

    /// <summary>How many tables <see cref="Bereken"/> remembers before it starts over (a few per published uitvraag).</summary>
    private const int MaximumOnthouden = 256;

    private static readonly ConcurrentDictionary<string, Lazy<bool[]>> Uitkomsten = new(StringComparer.Ordinal);

    private string Vingerafdruk()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var getal = new byte[4];
        void Schrijf(int waarde)
        {
            BinaryPrimitives.WriteInt32LittleEndian(getal, waarde);
            hash.AppendData(getal);
        }

        Schrijf(_cellen.Count);
        foreach (var cel in _cellen)
        {
            Schrijf(cel.Waarde);
            Schrijf(cel.Ondergrens);
            Schrijf((cel.Primair ? 1 : 0) | (cel.Verbergen ? 2 : 0) | (cel.Gepubliceerd ? 4 : 0));
        }

        Schrijf(_regels.Count);
        foreach (var (totaal, delen) in _regels)
        {
            Schrijf(totaal);
            Schrijf(delen.Length);
            foreach (var deel in delen)
            {
                Schrijf(deel);
            }
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>How often a table was actually computed in this process (not answered from memory): for tests.</summary>
    internal static long Berekeningen => Interlocked.Read(ref _berekeningen);

    private static long _berekeningen;

    /// <summary>How many protected cells step 3 searched a second solution for in this process: for tests.</summary>
    internal static long Zoekopdrachten => Interlocked.Read(ref _zoekopdrachten);

    private static long _zoekopdrachten;

    private bool[] BerekenOpnieuw()
    {
        Interlocked.Increment(ref _berekeningen);
        var verborgen = _cellen.Select(c => c.Primair || c.Verbergen || !c.Gepubliceerd).ToArray();
        var regelsPerCel = new List<int>[_cellen.Count];
        for (var r = 0; r < _regels.Count; r++)
        {
            foreach (var cel in Cellen(r))
            {
                (regelsPerCel[cel] ??= []).Add(r);
            }
        }

        // Cells for which step 3 already found a second solution. Such a solution stays one when more cells are hidden
        // (a newly hidden cell keeps its true value in it, which is within its bounds), so a later round need not look
        // again; and one solution usually moves a whole cycle of hidden cells, each of which it covers at once.
        var metTweede = new bool[_cellen.Count];

        while (true)
        {
            // Step 1: every line on its own, until stable.
            bool gewijzigd;
            do
            {
                gewijzigd = false;
                for (var r = 0; r < _regels.Count; r++)
                {
                    if (!Veilig(r, verborgen) && Aanvulling(r, verborgen) is { } cel)
                    {
                        verborgen[cel] = true;
                        gewijzigd = true;
                    }
                }
            }
            while (gewijzigd);

            // Step 2: all lines together, as the attacker would: bounds first, then the identities. Step 3: for
            // each protected cell an actual second solution, which also covers bounds and identities together.
            var afleidbaar = Afleidbaar(verborgen);
            if (afleidbaar.Count == 0 && ZonderTweedeOplossing(verborgen, metTweede) is { } zonder)
            {
                afleidbaar = [zonder];
            }
            var aangevuld = false;
            foreach (var cel in afleidbaar)
            {
                if (Aanvulling(regelsPerCel[cel] ?? [], verborgen) is { } extra)
                {
                    verborgen[extra] = true;
                    aangevuld = true;
                    break;
                }
            }

            if (!aangevuld)
            {
                return verborgen;
            }
        }
    }

    /// <summary>
    /// The hidden cells that need protection but whose value follows from the visible numbers: by bounds (counts are
    /// at least their lower bound; a line whose hidden parts must sum to exactly their lower bounds fixes them all) or
    /// by the identities alone. In index order. Public so tests can check a result.
    /// </summary>
    public IReadOnlyList<int> Afleidbaar(IReadOnlyList<bool> verborgenCellen)
    {
        var vast = Vastgelegd(verborgenCellen);
        var vastEnBeschermd = Enumerable.Range(0, _cellen.Count).Where(c => vast[c] && Beschermd(c, verborgenCellen)).ToList();
        if (vastEnBeschermd.Count > 0)
        {
            return vastEnBeschermd;
        }

        // Cells the bounds fix are known: only the others are unknowns of the identities.
        var verborgen = Enumerable.Range(0, _cellen.Count).Select(c => verborgenCellen[c] && !vast[c]).ToArray();

        // Group the hidden cells into independent systems: two hidden cells in one line belong together.
        var ouder = Enumerable.Range(0, _cellen.Count).ToArray();
        int Wortel(int i) => ouder[i] == i ? i : ouder[i] = Wortel(ouder[i]);
        for (var r = 0; r < _regels.Count; r++)
        {
            var eerste = -1;
            foreach (var cel in Cellen(r).Where(c => verborgen[c]))
            {
                if (eerste < 0)
                {
                    eerste = cel;
                }
                else
                {
                    ouder[Wortel(cel)] = Wortel(eerste);
                }
            }
        }

        var regelsPerGroep = new Dictionary<int, List<int>>();
        for (var r = 0; r < _regels.Count; r++)
        {
            var cel = Cellen(r).FirstOrDefault(c => verborgen[c], -1);
            if (cel >= 0)
            {
                var wortel = Wortel(cel);
                if (!regelsPerGroep.TryGetValue(wortel, out var lijst))
                {
                    regelsPerGroep[wortel] = lijst = [];
                }

                lijst.Add(r);
            }
        }

        var resultaat = new List<int>();
        foreach (var regels in regelsPerGroep.Values)
        {
            var variabelen = regels.SelectMany(Cellen).Where(c => verborgen[c]).Distinct().Order().ToList();
            var kolom = variabelen.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i);
            var matrix = regels.Select(r =>
            {
                var rij = new ulong[variabelen.Count];
                var (totaal, delen) = _regels[r];
                if (verborgen[totaal])
                {
                    rij[kolom[totaal]] = 1;
                }

                foreach (var deel in delen.Where(d => verborgen[d]))
                {
                    rij[kolom[deel]] = Priem - 1;
                }

                return rij;
            }).ToList();

            foreach (var bepaald in Bepaald(matrix, variabelen.Count))
            {
                var cel = variabelen[bepaald];
                if (Beschermd(cel, verborgen))
                {
                    resultaat.Add(cel);
                }
            }
        }

        resultaat.Sort();
        return resultaat;
    }

    /// <summary>
    /// The first protected hidden cell for which no second solution turns up: a whole-number value for every hidden
    /// cell, other than the true one for this cell, that fits every visible number, every line and every lower bound.
    /// A depth-first search from the true values (the nearest values first, the most constrained line first), with
    /// a budget: a cell whose search runs out of it counts as derivable, so the answer errs on the safe side. A
    /// solution found marks every cell it gives another value in <paramref name="metTweede"/> (the search is the
    /// expensive part: seconds of CPU for the demo's largest uitvraag when every cell was searched on its own).
    /// </summary>
    private int? ZonderTweedeOplossing(bool[] verborgen, bool[] metTweede)
    {
        var ruim = 2 * _cellen.Sum(c => (long)c.Waarde) + 10;
        var lo = _cellen.Select((c, i) => verborgen[i] ? c.Ondergrens : (long)c.Waarde).ToArray();
        var hi = _cellen.Select((c, i) => verborgen[i] ? ruim : c.Waarde).ToArray();
        var regels = Enumerable.Range(0, _regels.Count).Where(r => Cellen(r).Any(c => verborgen[c])).ToList();
        for (var cel = 0; cel < _cellen.Count; cel++)
        {
            if (!Beschermd(cel, verborgen) || metTweede[cel])
            {
                continue;
            }

            Interlocked.Increment(ref _zoekopdrachten);

            var gevonden = false;
            foreach (var richting in new[] { -1, 1 })
            {
                var l = (long[])lo.Clone();
                var h = (long[])hi.Clone();
                if (richting < 0)
                {
                    h[cel] = _cellen[cel].Waarde - 1;
                }
                else
                {
                    l[cel] = _cellen[cel].Waarde + 1;
                }

                var budget = 5000;
                long[]? oplossing = null;
                if (l[cel] <= h[cel] && Zoek(l, h, regels, ref budget, ref oplossing))
                {
                    for (var c = 0; c < _cellen.Count; c++)
                    {
                        metTweede[c] |= oplossing![c] != _cellen[c].Waarde;
                    }

                    gevonden = true;
                    break;
                }
            }

            if (!gevonden)
            {
                return cel;
            }
        }

        return null;
    }

    /// <summary>The depth-first search of <see cref="ZonderTweedeOplossing"/>; on success <paramref name="oplossing"/> is the solution found.</summary>
    private bool Zoek(long[] lo, long[] hi, List<int> regels, ref int budget, ref long[]? oplossing)
    {
        if (--budget < 0 || !Propageer(lo, hi, regels))
        {
            return false;
        }

        var open = -1;
        var minste = int.MaxValue;
        foreach (var r in regels)
        {
            var aantal = 0;
            var kandidaat = -1;
            foreach (var c in Cellen(r))
            {
                if (lo[c] < hi[c])
                {
                    aantal++;
                    if (kandidaat < 0 || hi[c] - lo[c] < hi[kandidaat] - lo[kandidaat])
                    {
                        kandidaat = c;
                    }
                }
            }

            if (aantal > 0 && aantal < minste)
            {
                (minste, open) = (aantal, kandidaat);
            }
        }

        if (open < 0)
        {
            // Every cell of a line with a hidden cell is fixed and the lines hold (Propageer): a solution. A hidden
            // cell in no line keeps its lower bound, any value fits it.
            oplossing = lo;
            return true;
        }

        var waar = _cellen[open].Waarde;
        var waarden = new List<long>();
        for (var afstand = 0L; waarden.Count < 64 && (waar - afstand >= lo[open] || waar + afstand <= hi[open]); afstand++)
        {
            if (waar - afstand >= lo[open] && waar - afstand <= hi[open])
            {
                waarden.Add(waar - afstand);
            }

            if (afstand > 0 && waar + afstand <= hi[open] && waar + afstand >= lo[open])
            {
                waarden.Add(waar + afstand);
            }
        }

        foreach (var waarde in waarden)
        {
            var l = (long[])lo.Clone();
            var h = (long[])hi.Clone();
            l[open] = h[open] = waarde;
            if (Zoek(l, h, regels, ref budget, ref oplossing))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Narrows the bounds over the lines until stable; false when some cell has no value left.</summary>
    private bool Propageer(long[] lo, long[] hi, List<int> regels)
    {
        for (var ronde = 0; ronde < 200; ronde++)
        {
            var gewijzigd = false;
            foreach (var r in regels)
            {
                var (totaal, delen) = _regels[r];
                long somLo = 0, somHi = 0;
                foreach (var d in delen)
                {
                    somLo += lo[d];
                    somHi += hi[d];
                }

                gewijzigd |= Vernauw(lo, hi, totaal, somLo, somHi);
                foreach (var d in delen)
                {
                    gewijzigd |= Vernauw(lo, hi, d, lo[totaal] - (somHi - hi[d]), hi[totaal] - (somLo - lo[d]));
                }

                if (lo[totaal] > hi[totaal] || delen.Any(d => lo[d] > hi[d]))
                {
                    return false;
                }
            }

            if (!gewijzigd)
            {
                return true;
            }
        }

        return true;
    }

    private static bool Vernauw(long[] lo, long[] hi, int cel, long nieuwLo, long nieuwHi)
    {
        var anders = false;
        if (nieuwLo > lo[cel])
        {
            lo[cel] = nieuwLo;
            anders = true;
        }

        if (nieuwHi < hi[cel])
        {
            hi[cel] = nieuwHi;
            anders = true;
        }

        return anders;
    }

    /// <summary>
    /// Interval reasoning: the hidden cells whose lowest and highest possible value meet. Every cell starts at its
    /// value when visible, at [lower bound, ∞) when hidden; each line narrows its total and its parts until nothing
    /// changes (at most a few hundred passes: bounds only shrink).
    /// </summary>
    private bool[] Vastgelegd(IReadOnlyList<bool> verborgen)
    {
        // Far above any count of the table, so it never fixes a cell by itself.
        var ruim = 2 * _cellen.Sum(c => (long)c.Waarde) + 10;
        var lo = _cellen.Select((c, i) => verborgen[i] ? c.Ondergrens : (long)c.Waarde).ToArray();
        var hi = _cellen.Select((c, i) => verborgen[i] ? ruim : c.Waarde).ToArray();
        for (var ronde = 0; ronde < 500; ronde++)
        {
            var gewijzigd = false;
            foreach (var (totaal, delen) in _regels)
            {
                var somLo = delen.Sum(d => lo[d]);
                var somHi = delen.Sum(d => hi[d]);
                gewijzigd |= Vernauw(totaal, somLo, somHi);
                foreach (var d in delen)
                {
                    gewijzigd |= Vernauw(d, lo[totaal] - (somHi - hi[d]), hi[totaal] - (somLo - lo[d]));
                }
            }

            if (!gewijzigd)
            {
                break;
            }
        }

        return [.. Enumerable.Range(0, _cellen.Count).Select(c => verborgen[c] && lo[c] == hi[c])];

        bool Vernauw(int cel, long nieuwLo, long nieuwHi)
        {
            var anders = false;
            if (nieuwLo > lo[cel])
            {
                lo[cel] = nieuwLo;
                anders = true;
            }

            if (nieuwHi < hi[cel])
            {
                hi[cel] = nieuwHi;
                anders = true;
            }

            return anders;
        }
    }

    /// <summary>
    /// The columns whose variable the equations fix: in the reduced row echelon form (modulo a 61-bit prime, exact
    /// for the small coefficients of these tables), a pivot column whose row has no entry in a free column.
    /// </summary>
    private static IEnumerable<int> Bepaald(List<ulong[]> matrix, int kolommen)
    {
        var pivots = new List<(int Rij, int Kolom)>();
        var rij = 0;
        for (var k = 0; k < kolommen && rij < matrix.Count; k++)
        {
            var p = matrix.FindIndex(rij, r => r[k] != 0);
            if (p < 0)
            {
                continue;
            }

            (matrix[rij], matrix[p]) = (matrix[p], matrix[rij]);
            var inverse = Macht(matrix[rij][k], Priem - 2);
            for (var j = 0; j < kolommen; j++)
            {
                matrix[rij][j] = Vermenigvuldig(matrix[rij][j], inverse);
            }

            for (var i = 0; i < matrix.Count; i++)
            {
                if (i != rij && matrix[i][k] != 0)
                {
                    var factor = matrix[i][k];
                    for (var j = 0; j < kolommen; j++)
                    {
                        if (matrix[rij][j] != 0)
                        {
                            matrix[i][j] = (matrix[i][j] + Priem - Vermenigvuldig(factor, matrix[rij][j])) % Priem;
                        }
                    }
                }
            }

            pivots.Add((rij, k));
            rij++;
        }

        var pivotKolommen = pivots.Select(p => p.Kolom).ToHashSet();
        foreach (var (r, k) in pivots)
        {
            var vrij = false;
            for (var j = 0; j < kolommen && !vrij; j++)
            {
                vrij = !pivotKolommen.Contains(j) && matrix[r][j] != 0;
            }

            if (!vrij)
            {
                yield return k;
            }
        }
    }

    private static ulong Vermenigvuldig(ulong a, ulong b) => (ulong)((UInt128)a * b % Priem);

    private static ulong Macht(ulong a, ulong n)
    {
        ulong resultaat = 1;
        while (n > 0)
        {
            if ((n & 1) == 1)
            {
                resultaat = Vermenigvuldig(resultaat, a);
            }

            a = Vermenigvuldig(a, a);
            n >>= 1;
        }

        return resultaat;
    }

    private IEnumerable<int> Cellen(int regel) => _regels[regel].Delen.Prepend(_regels[regel].Totaal);

    /// <summary>A hidden cell that must not be derivable: a small count, or a complement hidden to protect one.</summary>
    private bool Beschermd(int cel, IReadOnlyList<bool> verborgen) =>
        verborgen[cel] && (_cellen[cel].Primair || (_cellen[cel].Gepubliceerd && !_cellen[cel].Verbergen));

    /// <summary>Rule 1 for one line: no protected hidden cell, or enough hidden cells with enough room between them.</summary>
    private bool Veilig(int regel, bool[] verborgen)
    {
        var (totaal, delen) = _regels[regel];
        var cellen = Cellen(regel).ToList();
        if (!cellen.Any(c => Beschermd(c, verborgen)))
        {
            return true;
        }

        if (cellen.Count(c => verborgen[c]) < 2)
        {
            return false;
        }

        if (verborgen[totaal])
        {
            return true;
        }

        var rest = _cellen[totaal].Waarde - delen.Where(d => !verborgen[d]).Sum(d => _cellen[d].Waarde);
        return rest > delen.Where(d => verborgen[d]).Sum(d => _cellen[d].Ondergrens);
    }

    /// <summary>
    /// The complement for a hidden cell that the lines <paramref name="regels"/> (all lines it lies in) give away: the
    /// smallest visible non-zero part of any of them; only when none has one, what <see cref="Aanvulling(int, bool[])"/>
    /// picks in the first line that has a candidate. So a grand total or a large segment total is hidden only when
    /// no line of the cell offers a part instead.
    /// </summary>
    private int? Aanvulling(IEnumerable<int> regels, bool[] verborgen)
    {
        int? beste = null;
        foreach (var r in regels)
        {
            foreach (var deel in _regels[r].Delen)
            {
                if (!verborgen[deel] && _cellen[deel].Waarde > 0 && (beste is not { } b || (_cellen[deel].Waarde, deel).CompareTo((_cellen[b].Waarde, b)) < 0))
                {
                    beste = deel;
                }
            }
        }

        return beste ?? regels.Select(r => Aanvulling(r, verborgen)).FirstOrDefault(c => c is not null);
    }

    /// <summary>The complement to hide in a line: its smallest visible non-zero part, else its total, else a visible zero part.</summary>
    private int? Aanvulling(int regel, bool[] verborgen)
    {
        var (totaal, delen) = _regels[regel];
        var zichtbaar = delen.Where(d => !verborgen[d]).ToList();
        var deel = zichtbaar.Where(d => _cellen[d].Waarde > 0).OrderBy(d => _cellen[d].Waarde).ThenBy(d => d).Cast<int?>().FirstOrDefault();
        if (deel is not null)
        {
            return deel;
        }

        if (!verborgen[totaal])
        {
            return totaal;
        }

        return zichtbaar.Count > 0 ? zichtbaar.Min() : null;
    }

    private sealed record CelGegevens(int Waarde, bool Primair, bool Verbergen, bool Gepubliceerd, int Ondergrens);
}
