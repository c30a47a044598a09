using SociaalNetwerk.Schema.Participatie;

namespace SociaalNetwerk.Schema.Tests;

/// <summary>
/// Complementary suppression against an exact differencing attacker (<see cref="Differentieaanval"/>) on many
/// generated tables, with a fixed seed so a failure can be replayed.
/// </summary>
public sealed class OnderdrukkingTests
{
    private const int Drempel = ResultatenBerekenaar.Drempel;

    [Fact]
    public void AQuestionWithOneSmallCountHidesTheNextSmallestCountToo()
    {
        // Options 7, 2 and 6 of 15 respondents: 15 − 7 − 6 would give the 2 back.
        var tabel = new Onderdrukking();
        var totaal = tabel.Cel(15, primair: false);
        int[] opties = [tabel.Cel(7, false), tabel.Cel(2, true), tabel.Cel(6, false)];
        tabel.Regel(totaal, opties);

        var verborgen = tabel.Bereken();

        Assert.Equal([false, false, true, true], verborgen);
    }

    [Fact]
    public void TwoHiddenCountsThatMustBeOneEachGetAThirdOne()
    {
        // 9 = 7 + ? + ?: with both at least 1 (the public sees they are not zero) both would be 1; hiding the 7 too
        // leaves 9 = ? + ? + ? with room to move.
        var tabel = new Onderdrukking();
        var totaal = tabel.Cel(9, false);
        int[] delen = [tabel.Cel(7, false), tabel.Cel(1, true, ondergrens: 1), tabel.Cel(1, true, ondergrens: 1)];
        tabel.Regel(totaal, delen);

        Assert.Equal([false, true, true, true], tabel.Bereken());
    }

    [Fact]
    public void AHiddenCellThatBridgesTwoGroupsOfHiddenCellsGetsAComplementAcrossTheLines()
    {
        // Every row and column has two hidden cells or none, yet the cell (1,2) follows from the marginals: it is the
        // only hidden link between the block of rows 0–1 × columns 0–1 and the block of rows 2–3 × columns 2–3.
        int[,] waarden =
        {
            { 1, 2, 0, 0, 9 },
            { 3, 4, 2, 0, 8 },
            { 0, 0, 1, 3, 9 },
            { 0, 0, 2, 4, 7 },
        };
        var primair = new HashSet<(int, int)> { (0, 0), (0, 1), (1, 0), (1, 1), (1, 2), (2, 2), (2, 3), (3, 2), (3, 3) };
        var (tabel, cellen) = Tabel(waarden, (r, k) => primair.Contains((r, k)));

        var verborgen = tabel.Bereken();

        Assert.Empty(tabel.Afleidbaar(verborgen));
        Assert.Empty(Aanval(tabel, cellen, verborgen));
    }

    [Fact]
    public void HidingOnlyTheSmallCountsLetsTheAttackerRecoverSomeOfThem()
    {
        // The attacker is not toothless: with the old rule (each small count hidden alone) it recovers counts.
        var random = new Random(12);
        var herleid = 0;
        for (var i = 0; i < 100; i++)
        {
            var (tabel, cellen) = Tabel(Willekeurig(random), (_, _) => false);
            var alleenPrimair = Enumerable.Range(0, tabel.Aantal).Select(c => cellen[c] is > 0 and < Drempel).ToArray();
            herleid += Aanval(tabel, cellen, alleenPrimair).Count;
        }

        Assert.True(herleid > 50, $"{herleid} recovered");
    }

    [Fact]
    public void NoHiddenCountOfAGeneratedTableWithMarginalsCanBeRecovered()
    {
        var random = new Random(20261202);
        for (var i = 0; i < 400; i++)
        {
            var waarden = Willekeurig(random);
            var (tabel, cellen) = Tabel(waarden, (_, _) => false);

            var verborgen = tabel.Bereken();

            Assert.True(Enumerable.Range(0, cellen.Length).Where(c => cellen[c] is > 0 and < Drempel).All(c => verborgen[c]), $"table {i}: a small count shows");
            Assert.True(Aanval(tabel, cellen, verborgen) is [], $"table {i}: recovered {string.Join(", ", Aanval(tabel, cellen, verborgen))} of {Toon(waarden)}");
        }
    }

    [Fact]
    public void NoHiddenCountCanBeRecoveredFromTwoTablesThatShareTheirRowMarginals()
    {
        // Like the reacties per wijk × kanaal and per wijk × doelgroep: both tables publish the same wijk totals.
        var random = new Random(77);
        for (var i = 0; i < 200; i++)
        {
            var links = Willekeurig(random, kolommen: 3);
            var rechts = Verdeel(random, links);
            var tabel = new Onderdrukking();
            var cellen = new List<int>();
            var (indexLinks, _) = Voeg(tabel, links, cellen, rijtotalen: null);
            var rijtotalen = Enumerable.Range(0, links.GetLength(0)).Select(r => indexLinks[r, links.GetLength(1) - 1]).ToArray();
            Voeg(tabel, rechts, cellen, rijtotalen);

            var verborgen = tabel.Bereken();

            var aanvaller = Aanvaller([.. cellen], verborgen, tabel);
            Assert.True(aanvaller.Herleidbaar() is [], $"tables {i}: {Toon(links)} | {Toon(rechts)}");
        }
    }

    [Fact]
    public void TheAnswerIsTheSameEveryTime()
    {
        var waarden = Willekeurig(new Random(5));
        var een = Tabel(waarden, (_, _) => false).Tabel.Bereken();
        var twee = Tabel(waarden, (_, _) => false).Tabel.Bereken();

        Assert.Equal(een, twee);
    }

    /// <summary>A random table of 2–4 rows and 2–5 columns: many zeros, many small counts, some large ones; the last column is left for the row totals.</summary>
    private static int[,] Willekeurig(Random random, int? kolommen = null)
    {
        var rijen = random.Next(2, 5);
        var k = kolommen ?? random.Next(2, 6);
        var waarden = new int[rijen, k + 1];
        for (var r = 0; r < rijen; r++)
        {
            for (var c = 0; c < k; c++)
            {
                var worp = random.Next(100);
                waarden[r, c] = worp < 25 ? 0 : worp < 60 ? random.Next(1, Drempel) : random.Next(Drempel, 16);
            }
        }

        return waarden;
    }

    /// <summary>Another breakdown of the same rows: each row total split at random over 2–3 columns.</summary>
    private static int[,] Verdeel(Random random, int[,] links)
    {
        var rijen = links.GetLength(0);
        var k = random.Next(2, 4);
        var waarden = new int[rijen, k + 1];
        for (var r = 0; r < rijen; r++)
        {
            var totaal = Enumerable.Range(0, links.GetLength(1) - 1).Sum(c => links[r, c]);
            for (var i = 0; i < totaal; i++)
            {
                waarden[r, random.Next(k)]++;
            }
        }

        return waarden;
    }

    private static (Onderdrukking Tabel, int[] Cellen) Tabel(int[,] waarden, Func<int, int, bool> primair)
    {
        var tabel = new Onderdrukking();
        var cellen = new List<int>();
        Voeg(tabel, waarden, cellen, null, primair);
        return (tabel, [.. cellen]);
    }

    /// <summary>
    /// Adds a table with its row totals (last column; or the given existing cells), column totals and grand total.
    /// Counts of 1 to 4 are primary, like the small counts of the results.
    /// </summary>
    private static (int[,] Index, int Totaal) Voeg(Onderdrukking tabel, int[,] waarden, List<int> cellen, int[]? rijtotalen, Func<int, int, bool>? primair = null)
    {
        var rijen = waarden.GetLength(0);
        var k = waarden.GetLength(1) - 1;
        var index = new int[rijen, k + 1];
        int Nieuw(int waarde, bool p)
        {
            cellen.Add(waarde);
            return tabel.Cel(waarde, p || waarde is > 0 and < Drempel);
        }

        for (var r = 0; r < rijen; r++)
        {
            for (var c = 0; c < k; c++)
            {
                index[r, c] = Nieuw(waarden[r, c], primair?.Invoke(r, c) ?? false);
            }

            var som = Enumerable.Range(0, k).Sum(c => waarden[r, c]);
            waarden[r, k] = som;
            index[r, k] = rijtotalen?[r] ?? Nieuw(som, false);
            tabel.Regel(index[r, k], Enumerable.Range(0, k).Select(c => index[r, c]));
        }

        var kolomtotalen = Enumerable.Range(0, k).Select(c =>
        {
            var totaal = Nieuw(Enumerable.Range(0, rijen).Sum(r => waarden[r, c]), false);
            tabel.Regel(totaal, Enumerable.Range(0, rijen).Select(r => index[r, c]));
            return totaal;
        }).ToList();
        var algemeen = Nieuw(Enumerable.Range(0, rijen).Sum(r => waarden[r, k]), false);
        tabel.Regel(algemeen, kolomtotalen);
        tabel.Regel(algemeen, Enumerable.Range(0, rijen).Select(r => index[r, k]));
        return (index, algemeen);
    }

    /// <summary>The attacker over the same cells and lines, seeing what <paramref name="verborgen"/> leaves visible.</summary>
    private static Differentieaanval Aanvaller(int[] cellen, IReadOnlyList<bool> verborgen, Onderdrukking tabel)
    {
        var aanval = new Differentieaanval();
        for (var c = 0; c < cellen.Length; c++)
        {
            aanval.Cel(cellen[c], verborgen[c]);
        }

        foreach (var (totaal, delen) in tabel.Regels)
        {
            aanval.Regel(totaal, delen);
        }

        return aanval;
    }

    private static List<int> Aanval(Onderdrukking tabel, int[] cellen, IReadOnlyList<bool> verborgen) =>
        Aanvaller(cellen, verborgen, tabel).Herleidbaar();

    private static string Toon(int[,] waarden) =>
        string.Join(" / ", Enumerable.Range(0, waarden.GetLength(0)).Select(r => string.Join(' ', Enumerable.Range(0, waarden.GetLength(1)).Select(c => waarden[r, c]))));
}
