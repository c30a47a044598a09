using System.Globalization;
using SociaalNetwerk.Schema.Agenda;
using SociaalNetwerk.Schema.GraphQL;

namespace SociaalNetwerk.Schema.Tests;

public sealed class VoorkomenPlannerTests
{
    private static DateTime Utc(int jaar, int maand, int dag, int uur) => AmsterdamTijd.NaarUtc(new DateTime(jaar, maand, dag, uur, 0, 0));

    private static Activiteit Wekelijks(DateTime startUtc, Herhaling herhaling) => new()
    {
        Id = 7,
        Titel = "Koffieochtend",
        Omschrijving = "Koffie en een praatje.",
        Start = startUtc,
        Eind = startUtc.AddHours(2),
        Herhaling = herhaling,
    };

    [Fact]
    public void AWeeklyTenOClockActivityStaysAtTenAcrossBothDaylightSavingChanges()
    {
        var activiteit = Wekelijks(Utc(2026, 10, 13, 10), new Herhaling { Frequentie = Frequentie.Wekelijks });

        var voorkomens = VoorkomenPlanner.Plan(activiteit, Utc(2027, 4, 30, 0));

        Assert.All(voorkomens, v => Assert.Equal(new TimeOnly(10, 0), TimeOnly.FromDateTime(AmsterdamTijd.NaarLokaal(v.Start))));
        Assert.Contains(voorkomens, v => v.Start.Hour == 8);
        Assert.Contains(voorkomens, v => v.Start.Hour == 9);
        Assert.All(voorkomens, v => Assert.Equal(TimeSpan.FromHours(2), v.Eind - v.Start));
    }

    [Fact]
    public void CancelledDatesBecomeCancelledOccurrences()
    {
        var geannuleerd = new DateOnly(2026, 12, 29);
        var activiteit = Wekelijks(Utc(2026, 12, 1, 10), new Herhaling { Frequentie = Frequentie.Wekelijks, GeannuleerdeDatums = [geannuleerd], TotEnMet = new DateOnly(2027, 1, 31) });

        var voorkomens = VoorkomenPlanner.Plan(activiteit, Utc(2027, 12, 31, 0));

        Assert.Equal(9, voorkomens.Count);
        Assert.Single(voorkomens, v => v.Geannuleerd);
        Assert.Equal(geannuleerd, AmsterdamTijd.LokaleDatum(voorkomens.Single(v => v.Geannuleerd).Start));
    }

    [Fact]
    public void EveryFirstTuesdayOfTheMonth()
    {
        var activiteit = Wekelijks(Utc(2026, 12, 1, 19), new Herhaling { Frequentie = Frequentie.Maandelijks, WeekVanDeMaand = 1, Weekdagen = [DayOfWeek.Tuesday], Aantal = 6 });

        var data = VoorkomenPlanner.Plan(activiteit, Utc(2028, 1, 1, 0)).Select(v => AmsterdamTijd.LokaleDatum(v.Start)).ToList();

        Assert.Equal([new(2026, 12, 1), new(2027, 1, 5), new(2027, 2, 2), new(2027, 3, 2), new(2027, 4, 6), new(2027, 5, 4)], data);
    }

    [Fact]
    public void EveryOtherWeekOnTwoDaysUntilAnEndDate()
    {
        var activiteit = Wekelijks(Utc(2026, 11, 23, 14), new Herhaling { Frequentie = Frequentie.Wekelijks, Interval = 2, Weekdagen = [DayOfWeek.Monday, DayOfWeek.Thursday], TotEnMet = new DateOnly(2026, 12, 31) });

        var data = VoorkomenPlanner.Plan(activiteit, Utc(2028, 1, 1, 0)).Select(v => AmsterdamTijd.LokaleDatum(v.Start)).ToList();

        Assert.Equal([new(2026, 11, 23), new(2026, 11, 26), new(2026, 12, 7), new(2026, 12, 10), new(2026, 12, 21), new(2026, 12, 24)], data);
    }

    [Fact]
    public void AnOpenEndedSeriesStopsAtTheHorizon()
    {
        var activiteit = Wekelijks(Utc(2026, 11, 23, 10), new Herhaling { Frequentie = Frequentie.Wekelijks });

        var voorkomens = VoorkomenPlanner.Plan(activiteit, Utc(2027, 11, 23, 0));

        Assert.Equal(53, voorkomens.Count);
    }

    /// <summary>
    /// Each series' horizon is midnight UTC on its own day of the week (its id modulo 7), between 393 and 400 days ahead,
    /// and moves on by exactly a week once it is a week short: so the series come due spread over the days of the week.
    /// </summary>
    [Fact]
    public void EachSeriesIsPlannedUpToItsOwnDayOfTheWeekBetween393And400DaysAhead()
    {
        var nu = new DateTime(2026, 11, 23, 8, 0, 0, DateTimeKind.Utc);
        for (var uur = 0; uur < 21 * 24; uur += 5)
        {
            var dagen = Enumerable.Range(1, 14).Select(id => (Id: id, Tot: VoorkomenPlanner.PlanTotVoor(id, nu.AddHours(uur)))).ToList();
            Assert.All(dagen, d =>
            {
                Assert.Equal(DateTimeKind.Utc, d.Tot.Kind);
                Assert.Equal(TimeSpan.Zero, d.Tot.TimeOfDay);
                Assert.Equal(d.Id % 7, (d.Tot - DateTime.UnixEpoch).Days % 7);
                Assert.InRange(d.Tot - nu.AddHours(uur), TimeSpan.FromDays(393) + TimeSpan.FromTicks(1), TimeSpan.FromDays(400));
            });
            Assert.Equal(7, dagen.Select(d => d.Tot).Distinct().Count());
        }

        var eerst = VoorkomenPlanner.PlanTotVoor(3, nu);
        var verlengdOp = eerst - VoorkomenPlanner.Horizon + VoorkomenPlanner.Verlengmarge + TimeSpan.FromHours(8);
        Assert.Equal(eerst + TimeSpan.FromDays(7), VoorkomenPlanner.PlanTotVoor(3, verlengdOp));
    }

    [Fact]
    public void AOneOffActivityHasOneOccurrence()
    {
        var activiteit = Wekelijks(Utc(2026, 12, 5, 13), null!);
        activiteit.Herhaling = null;

        var voorkomen = Assert.Single(VoorkomenPlanner.Plan(activiteit, Utc(2027, 12, 31, 0)));

        Assert.Equal(activiteit.Start, voorkomen.Start);
    }

    /// <summary>An instant as written in the API, such as <c>2026-10-25T02:30:00+01:00</c>, in UTC.</summary>
    private static DateTime Tijdstip(string tekst) => DateTimeOffset.Parse(tekst, CultureInfo.InvariantCulture).UtcDateTime;

    private static Activiteit Reeks(string start, string eind, Herhaling? herhaling = null) => new()
    {
        Id = 8,
        Titel = "Nachtwandeling",
        Omschrijving = "Wandelen in het donker.",
        Start = Tijdstip(start),
        Eind = Tijdstip(eind),
        Herhaling = herhaling ?? new Herhaling { Frequentie = Frequentie.Wekelijks, Aantal = 3 },
    };

    private static List<(string Start, string Eind)> AlsTekst(IEnumerable<Voorkomen> voorkomens) =>
        voorkomens.Select(v => (TijdstipGraphType.Formatteer(v.Start), TijdstipGraphType.Formatteer(v.Eind))).ToList();

    [Theory]
    [InlineData("2026-10-25T02:30:00+01:00", "2026-10-25T03:15:00+01:00")]
    [InlineData("2026-10-25T02:30:00+02:00", "2026-10-25T02:15:00+01:00")]
    [InlineData("2027-10-31T02:30:00+01:00", "2027-10-31T03:15:00+01:00")]
    public void TheFirstOccurrenceIsTheInstantThatWasEnteredAlsoWhenItsLocalTimeOccursTwice(string start, string eind)
    {
        var activiteit = Reeks(start, eind);

        var eerste = VoorkomenPlanner.Plan(activiteit, Tijdstip("2028-01-01T00:00:00Z"))[0];

        Assert.Equal((start, eind), (TijdstipGraphType.Formatteer(eerste.Start), TijdstipGraphType.Formatteer(eerste.Eind)));
    }

    [Fact]
    public void AWeeklySeriesAtTheHourThatOccursTwiceTakesTheSecondOneAndEndsAfterItStarts()
    {
        var activiteit = Reeks("2026-10-18T02:30:00+02:00", "2026-10-18T03:15:00+02:00");

        var voorkomens = VoorkomenPlanner.Plan(activiteit, Tijdstip("2028-01-01T00:00:00Z"));

        Assert.Equal(
            [
                ("2026-10-18T02:30:00+02:00", "2026-10-18T03:15:00+02:00"),
                ("2026-10-25T02:30:00+01:00", "2026-10-25T03:15:00+01:00"),
                ("2026-11-01T02:30:00+01:00", "2026-11-01T03:15:00+01:00"),
            ],
            AlsTekst(voorkomens));
    }

    [Theory]
    [InlineData("2026-03-22T02:30:00+01:00", "2026-03-22T03:15:00+01:00", "2026-03-29T03:30:00+02:00", "2026-03-29T04:15:00+02:00")]
    [InlineData("2027-03-21T02:30:00+01:00", "2027-03-21T03:15:00+01:00", "2027-03-28T03:30:00+02:00", "2027-03-28T04:15:00+02:00")]
    public void AWeeklySeriesAtTheHourThatIsSkippedMovesForwardAnHourThatNightAndKeepsItsDuration(string start, string eind, string verschovenStart, string verschovenEind)
    {
        var activiteit = Reeks(start, eind);

        var voorkomens = AlsTekst(VoorkomenPlanner.Plan(activiteit, Tijdstip("2028-01-01T00:00:00Z")));

        Assert.Equal((verschovenStart, verschovenEind), voorkomens[1]);
        Assert.EndsWith("T02:30:00+02:00", voorkomens[2].Start, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryOccurrenceOfASeriesOverBothChangesEndsAfterItStartsOnTheClockAsWell()
    {
        var activiteit = Reeks("2026-10-04T02:30:00+02:00", "2026-10-04T03:15:00+02:00", new Herhaling { Frequentie = Frequentie.Wekelijks });

        var voorkomens = VoorkomenPlanner.Plan(activiteit, Tijdstip("2027-11-30T00:00:00Z"));

        Assert.All(voorkomens, v => Assert.Equal(TimeSpan.FromMinutes(45), v.Eind - v.Start));
        Assert.All(voorkomens, v => Assert.True(AmsterdamTijd.NaarLokaal(v.Eind) > AmsterdamTijd.NaarLokaal(v.Start), TijdstipGraphType.Formatteer(v.Start)));
        Assert.Equal(voorkomens.Count, voorkomens.Select(v => AmsterdamTijd.LokaleDatum(v.Start)).Distinct().Count());
    }
}
