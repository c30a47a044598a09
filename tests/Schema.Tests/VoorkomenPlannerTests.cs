using SociaalNetwerk.Schema.Agenda;

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

    [Fact]
    public void AOneOffActivityHasOneOccurrence()
    {
        var activiteit = Wekelijks(Utc(2026, 12, 5, 13), null!);
        activiteit.Herhaling = null;

        var voorkomen = Assert.Single(VoorkomenPlanner.Plan(activiteit, Utc(2027, 12, 31, 0)));

        Assert.Equal(activiteit.Start, voorkomen.Start);
    }
}
