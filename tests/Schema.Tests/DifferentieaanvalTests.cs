using SociaalNetwerk.Tests;

namespace SociaalNetwerk.Schema.Tests;

/// <summary>
/// The test attacker itself (<see cref="Differentieaanval"/>): its answer for every hidden cell is the same as that of
/// trying every assignment of the hidden cells, on random small systems of lines that share cells, often in separate
/// groups (the search looks only at the target's group, in order of distance from it).
/// </summary>
public sealed class DifferentieaanvalTests
{
    [Fact]
    public void TheAttackerRecoversExactlyWhatTryingEveryAssignmentRecovers()
    {
        var random = new Random(7);
        var herleid = 0;
        var beschermd = 0;
        for (var i = 0; i < 300; i++)
        {
            var aantal = random.Next(4, 9);
            var waarden = Enumerable.Range(0, aantal).Select(_ => random.Next(0, 3)).ToArray();
            var verborgen = Enumerable.Range(0, aantal).Select(_ => random.Next(3) > 0).ToArray();

            // Lines: a total cell that is the sum of some parts; every line of a system holds for the true values.
            var regels = new List<(int Totaal, int[] Delen)>();
            var extra = new List<int>();
            for (var r = random.Next(1, 5); r > 0; r--)
            {
                var delen = Enumerable.Range(0, aantal).Where(_ => random.Next(3) == 0).ToArray();
                if (delen.Length == 0)
                {
                    continue;
                }

                // The total is a new cell (shown or hidden), so the line holds.
                extra.Add(delen.Sum(d => waarden[d]));
                regels.Add((aantal + extra.Count - 1, delen));
            }

            var alleWaarden = waarden.Concat(extra).ToArray();
            var alleVerborgen = verborgen.Concat(extra.Select(_ => random.Next(2) == 0)).ToArray();
            while (alleVerborgen.Count(v => v) > 4)
            {
                // At most four hidden cells: small enough to try every assignment.
                alleVerborgen[Array.IndexOf(alleVerborgen, true)] = false;
            }

            var aanval = new Differentieaanval();
            for (var c = 0; c < alleWaarden.Length; c++)
            {
                aanval.Cel(alleWaarden[c], alleVerborgen[c]);
            }

            foreach (var (totaal, delen) in regels)
            {
                aanval.Regel(totaal, delen);
            }

            var verwacht = DoorProberen(alleWaarden, alleVerborgen, regels);
            Assert.Equal(verwacht, aanval.Herleidbaar());
            herleid += verwacht.Count;
            beschermd += alleVerborgen.Count(v => v) - verwacht.Count;
        }

        // Both answers occur often: the comparison says something either way.
        Assert.True(herleid > 100 && beschermd > 100, $"{herleid} recovered, {beschermd} not");
    }

    /// <summary>The hidden cells that take one value in every assignment (0 up to the sum of all values) that fits every line.</summary>
    private static List<int> DoorProberen(int[] waarden, bool[] verborgen, List<(int Totaal, int[] Delen)> regels)
    {
        var bovengrens = Math.Max(1, waarden.Sum());
        var open = Enumerable.Range(0, waarden.Length).Where(c => verborgen[c]).ToArray();
        var waarde = (int[])waarden.Clone();
        var anders = new bool[waarden.Length];

        void Probeer(int i)
        {
            if (i == open.Length)
            {
                if (Klopt())
                {
                    foreach (var c in open.Where(c => waarde[c] != waarden[c]))
                    {
                        anders[c] = true;
                    }
                }

                return;
            }

            for (var v = 0; v <= bovengrens; v++)
            {
                waarde[open[i]] = v;
                Probeer(i + 1);
            }
        }

        bool Klopt()
        {
            foreach (var (totaal, delen) in regels)
            {
                var som = 0;
                foreach (var d in delen)
                {
                    som += waarde[d];
                }

                if (som != waarde[totaal])
                {
                    return false;
                }
            }

            return true;
        }

        Probeer(0);
        return [.. open.Where(c => !anders[c])];
    }
}
