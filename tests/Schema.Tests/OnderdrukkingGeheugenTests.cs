using SociaalNetwerk.Schema.Participatie;

namespace SociaalNetwerk.Schema.Tests;

/// <summary>Runs alone: it counts the computations of the whole process.</summary>
[CollectionDefinition(nameof(OnderdrukkingGeheugen), DisableParallelization = true)]
public sealed class OnderdrukkingGeheugen;

/// <summary>
/// The suppression search is remembered per table: a published uitvraag's numbers are decided once, not on every
/// request (the search can cost seconds of CPU). Counted, not timed.
/// </summary>
[Collection(nameof(OnderdrukkingGeheugen))]
public sealed class OnderdrukkingGeheugenTests
{
    private static Onderdrukking Tabel(int klein)
    {
        // A question with options 7, klein and 6: values no other test uses, so the first computation is this test's.
        var tabel = new Onderdrukking();
        var totaal = tabel.Cel(7 + klein + 6 + 1000, primair: false);
        tabel.Regel(totaal, [tabel.Cel(7, false), tabel.Cel(klein, true), tabel.Cel(6, false), tabel.Cel(1000, false)]);
        return tabel;
    }

    [Fact]
    public void TheSameTableIsComputedOnceAndAnotherTableAgain()
    {
        var voor = Onderdrukking.Berekeningen;
        var eerste = Tabel(3).Bereken();
        Assert.Equal(voor + 1, Onderdrukking.Berekeningen);

        var tweede = Tabel(3).Bereken();
        Assert.Equal(voor + 1, Onderdrukking.Berekeningen);
        Assert.Equal(eerste, tweede);

        // The answer is a copy: changing it does not change what the next caller gets.
        tweede[0] = !tweede[0];
        Assert.Equal(eerste, Tabel(3).Bereken());

        // One count more (a new reactie) is another table.
        Tabel(4).Bereken();
        Assert.Equal(voor + 2, Onderdrukking.Berekeningen);
    }

    [Fact]
    public void OneSecondSolutionCoversEveryHiddenCellItMoves()
    {
        // A 2 × 2 table with its margins and one small count: the four inner cells are hidden (a cycle), the margins
        // stay visible. One second solution (the small count one less, the others one more or less around the cycle)
        // shows that none of the four follows from the visible numbers: one search, not one per hidden cell.
        var tabel = new Onderdrukking();
        int[] binnen = [tabel.Cel(3, true), tabel.Cel(3010, false), tabel.Cel(3011, false), tabel.Cel(3012, false)];
        int[] rijen = [tabel.Cel(3 + 3010, false), tabel.Cel(3011 + 3012, false)];
        int[] kolommen = [tabel.Cel(3 + 3011, false), tabel.Cel(3010 + 3012, false)];
        var totaal = tabel.Cel(3 + 3010 + 3011 + 3012, false);
        tabel.Regel(rijen[0], [binnen[0], binnen[1]]);
        tabel.Regel(rijen[1], [binnen[2], binnen[3]]);
        tabel.Regel(kolommen[0], [binnen[0], binnen[2]]);
        tabel.Regel(kolommen[1], [binnen[1], binnen[3]]);
        tabel.Regel(totaal, rijen);
        tabel.Regel(totaal, kolommen);
        var voor = Onderdrukking.Zoekopdrachten;

        var verborgen = tabel.Bereken();

        Assert.Equal([true, true, true, true, false, false, false, false, false], verborgen);
        Assert.Empty(tabel.Afleidbaar(verborgen));
        Assert.Equal(voor + 1, Onderdrukking.Zoekopdrachten);
    }
}
