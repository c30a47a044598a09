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
}
