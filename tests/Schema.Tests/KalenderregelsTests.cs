using System.Globalization;
using System.Resources;
using SociaalNetwerk.Schema.Agenda;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Redactie;
using SociaalNetwerk.Schema.Resources;

namespace SociaalNetwerk.Schema.Tests;

/// <summary>The calendar rules of an activity, without a server or a database: which recurrences, starts and ends are allowed.</summary>
public sealed class KalenderregelsTests
{
    private static readonly ResourceManager Berichten = new(typeof(Berichten));

    private static readonly DateTime Nu = Utc(2026, 12, 1, 9);

    /// <summary>A UTC instant from Dutch wall-clock time.</summary>
    private static DateTime Utc(int jaar, int maand, int dag, int uur, int minuut = 0) => AmsterdamTijd.NaarUtc(new DateTime(jaar, maand, dag, uur, minuut, 0));

    private static Herhaling Wekelijks(params DayOfWeek[] dagen) => new() { Frequentie = Frequentie.Wekelijks, Weekdagen = [.. dagen] };

    private static Herhaling Maandelijks(int? week, params DayOfWeek[] dagen) => new() { Frequentie = Frequentie.Maandelijks, WeekVanDeMaand = week, Weekdagen = [.. dagen] };

    private static Regelfout Enige(IEnumerable<Regelfout> fouten)
    {
        var fout = Assert.Single(fouten);
        Assert.False(string.IsNullOrEmpty(Berichten.GetString(fout.BerichtSleutel, CultureInfo.InvariantCulture)), $"{fout.BerichtSleutel} is not in Berichten.resx");
        return fout;
    }

    [Fact]
    public void ReadingARecurrenceOrdersTheWeekdaysOnceEachDefaultsTheIntervalAndKeepsTheCancelledDates()
    {
        var huidige = new Herhaling { Frequentie = Frequentie.Wekelijks, GeannuleerdeDatums = [new DateOnly(2026, 12, 15)] };

        var herhaling = Kalenderregels.Lees(new HerhalingInvoer { Frequentie = Frequentie.Wekelijks, Weekdagen = [DayOfWeek.Thursday, DayOfWeek.Monday, DayOfWeek.Thursday] }, huidige)!;

        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Thursday], herhaling.Weekdagen);
        Assert.Equal(1, herhaling.Interval);
        Assert.Equal([new DateOnly(2026, 12, 15)], herhaling.GeannuleerdeDatums);
        Assert.NotSame(huidige.GeannuleerdeDatums, herhaling.GeannuleerdeDatums);
        Assert.Null(Kalenderregels.Lees(null, huidige));
    }

    [Fact]
    public void AValidWeeklyAndMonthlyRecurrenceHasNoProblems()
    {
        Assert.Empty(Kalenderregels.ControleerHerhaling(Wekelijks(DayOfWeek.Tuesday, DayOfWeek.Thursday), Utc(2026, 12, 1, 10)));
        Assert.Empty(Kalenderregels.ControleerHerhaling(Maandelijks(1, DayOfWeek.Tuesday), Utc(2026, 12, 1, 10)));
        Assert.Empty(Kalenderregels.ControleerHerhaling(Maandelijks(null), Utc(2026, 12, 1, 10)));
    }

    [Fact]
    public void TheWeekdayRuleUsesTheDutchDateNotTheUtcDate()
    {
        // Monday 7 December 2026, 00:30 in Zoetermeer is still Sunday in UTC.
        var start = Utc(2026, 12, 7, 0, 30);
        Assert.Equal(DayOfWeek.Sunday, start.DayOfWeek);

        Assert.Empty(Kalenderregels.ControleerHerhaling(Wekelijks(DayOfWeek.Monday), start));
        Assert.Equal("REDACTIE_RECURRENCE_START_NOT_ON_WEEKDAY", Enige(Kalenderregels.ControleerHerhaling(Wekelijks(DayOfWeek.Sunday), start)).BerichtSleutel);
    }

    [Theory]
    [InlineData(2, 12, 12, null)] // the second Saturday of December 2026
    [InlineData(2, 12, 19, "REDACTIE_RECURRENCE_START_NOT_IN_WEEK")] // the third
    [InlineData(-1, 12, 26, null)] // the last Saturday
    [InlineData(-1, 12, 19, "REDACTIE_RECURRENCE_START_NOT_IN_WEEK")]
    [InlineData(5, 12, 12, "REDACTIE_RECURRENCE_WEEK_OF_MONTH_RANGE")]
    public void AMonthlyRecurrenceOnTheNthWeekdayStartsInThatWeek(int week, int maand, int dag, string? sleutel)
    {
        var fouten = Kalenderregels.ControleerHerhaling(Maandelijks(week, DayOfWeek.Saturday), Utc(2026, maand, dag, 10)).ToList();

        if (sleutel is null)
        {
            Assert.Empty(fouten);
        }
        else
        {
            var fout = Enige(fouten);
            Assert.Equal((FoutCodes.OngeldigeHerhaling, "herhaling.weekVanDeMaand", sleutel), (fout.Code, fout.Veld, fout.BerichtSleutel));
        }
    }

    [Fact]
    public void WeekdaysAndWeekOfMonthBelongTogether()
    {
        var start = Utc(2026, 12, 12, 10);

        Assert.Equal("REDACTIE_RECURRENCE_WEEKDAYS_NEED_WEEK_OF_MONTH", Enige(Kalenderregels.ControleerHerhaling(Maandelijks(null, DayOfWeek.Saturday), start)).BerichtSleutel);
        Assert.Equal("REDACTIE_RECURRENCE_START_NOT_ON_WEEKDAY", Enige(Kalenderregels.ControleerHerhaling(Maandelijks(2, DayOfWeek.Friday), start)).BerichtSleutel);
        Assert.Equal("REDACTIE_RECURRENCE_WEEK_OF_MONTH_MONTHLY_ONLY", Enige(Kalenderregels.ControleerHerhaling(new Herhaling { Frequentie = Frequentie.Wekelijks, WeekVanDeMaand = 2 }, start)).BerichtSleutel);
    }

    [Theory]
    [InlineData(Frequentie.Wekelijks, 0, 52)]
    [InlineData(Frequentie.Wekelijks, 53, 52)]
    [InlineData(Frequentie.Maandelijks, 13, 12)]
    public void TheIntervalIsBetweenOneAndAYear(Frequentie frequentie, int interval, int maximum)
    {
        var fout = Enige(Kalenderregels.ControleerHerhaling(new Herhaling { Frequentie = frequentie, Interval = interval }, Utc(2026, 12, 1, 10)));

        Assert.Equal(("herhaling.interval", FoutCodes.BuitenBereik, "REDACTIE_OUT_OF_RANGE"), (fout.Veld, fout.Code, fout.BerichtSleutel));
        Assert.Equal([1, maximum], fout.Argumenten);
    }

    [Fact]
    public void AnEndIsADateOrACountNotBothAndNotBeforeTheFirstDate()
    {
        var start = Utc(2026, 12, 1, 10);

        var beide = Enige(Kalenderregels.ControleerHerhaling(new Herhaling { Frequentie = Frequentie.Wekelijks, TotEnMet = new DateOnly(2027, 1, 1), Aantal = 3 }, start));
        Assert.Equal(("herhaling.aantal", "REDACTIE_RECURRENCE_END_AND_COUNT"), (beide.Veld, beide.BerichtSleutel));

        var ervoor = Enige(Kalenderregels.ControleerHerhaling(new Herhaling { Frequentie = Frequentie.Wekelijks, TotEnMet = new DateOnly(2026, 11, 30) }, start));
        Assert.Equal(("herhaling.totEnMet", "REDACTIE_RECURRENCE_UNTIL_BEFORE_START"), (ervoor.Veld, ervoor.BerichtSleutel));
        Assert.Equal(["2026-12-01"], ervoor.Argumenten);

        var teVaak = Enige(Kalenderregels.ControleerHerhaling(new Herhaling { Frequentie = Frequentie.Wekelijks, Aantal = 501 }, start));
        Assert.Equal(("herhaling.aantal", FoutCodes.BuitenBereik), (teVaak.Veld, teVaak.Code));
    }

    [Fact]
    public void TheEndLiesAfterTheStartWithinAMonthOrADayWhenRecurring()
    {
        var start = Utc(2026, 12, 1, 10);

        Assert.Null(Kalenderregels.ControleerTijden(start, start.AddHours(2), terugkerend: true, startGewijzigd: true, Nu));
        Assert.Null(Kalenderregels.ControleerTijden(start, start.AddDays(31), terugkerend: false, startGewijzigd: true, Nu));
        Assert.Equal(FoutCodes.EindVoorStart, Kalenderregels.ControleerTijden(start, start, terugkerend: false, startGewijzigd: true, Nu)?.Code);
        Assert.Equal("REDACTIE_DURATION_TOO_LONG", Kalenderregels.ControleerTijden(start, start.AddDays(31).AddMinutes(1), terugkerend: false, startGewijzigd: true, Nu)?.BerichtSleutel);
        Assert.Equal("REDACTIE_DURATION_TOO_LONG_RECURRING", Kalenderregels.ControleerTijden(start, start.AddHours(25), terugkerend: true, startGewijzigd: true, Nu)?.BerichtSleutel);
    }

    [Fact]
    public void AStartMoreThanFiveYearsAwayIsRefusedOnlyWhenTheStartChanges()
    {
        var ver = Nu.AddYears(5).AddDays(1);

        var fout = Kalenderregels.ControleerTijden(ver, ver.AddHours(1), terugkerend: false, startGewijzigd: true, Nu);
        Assert.Equal(("start", FoutCodes.BuitenBereik, "REDACTIE_START_OUT_OF_RANGE"), (fout?.Veld, fout?.Code, fout?.BerichtSleutel));
        Assert.Null(Kalenderregels.ControleerTijden(ver, ver.AddHours(1), terugkerend: false, startGewijzigd: false, Nu));
        Assert.NotNull(Kalenderregels.ControleerTijden(Nu.AddYears(-5).AddDays(-1), Nu.AddYears(-5), terugkerend: false, startGewijzigd: true, Nu));
    }

    [Fact]
    public void OccurrencesAreKnownByTheirExactStartAndCancellingKeepsTheDatesInOrder()
    {
        var start = Utc(2026, 12, 1, 10);
        var activiteit = new Activiteit { Titel = "Taalcafé", Omschrijving = "Nederlands oefenen.", Start = start, Eind = start.AddHours(2), Herhaling = Wekelijks() };

        Assert.True(Kalenderregels.IsVoorkomen(activiteit, start.AddDays(14)));
        Assert.False(Kalenderregels.IsVoorkomen(activiteit, start.AddDays(14).AddMinutes(30)));
        Assert.True(Kalenderregels.HeeftDatumNa(activiteit, Nu));

        var datums = Kalenderregels.ZetGeannuleerd([new DateOnly(2026, 12, 22)], new DateOnly(2026, 12, 8), annuleren: true);
        Assert.Equal([new DateOnly(2026, 12, 8), new DateOnly(2026, 12, 22)], datums);
        Assert.Equal([new DateOnly(2026, 12, 22)], Kalenderregels.ZetGeannuleerd(datums, new DateOnly(2026, 12, 8), annuleren: false));
        Assert.Equal(datums, Kalenderregels.ZetGeannuleerd(datums, new DateOnly(2026, 12, 8), annuleren: true));
    }

    [Fact]
    public void AOneOffActivityThatHasEndedHasNoDateFromNowOn()
    {
        var activiteit = new Activiteit { Titel = "Buurtfeest", Omschrijving = "Feest.", Start = Nu.AddHours(-3), Eind = Nu.AddHours(-1) };

        Assert.False(Kalenderregels.HeeftDatumNa(activiteit, Nu));
        Assert.True(Kalenderregels.HeeftDatumNa(activiteit, Nu.AddHours(-2)));
    }
}
