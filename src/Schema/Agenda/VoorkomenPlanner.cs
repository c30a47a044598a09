using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;

namespace SociaalNetwerk.Schema.Agenda;

/// <summary>
/// Turns an activity and its <see cref="Herhaling"/> into occurrences. Recurrence is expanded by Ical.Net in
/// Europe/Amsterdam, so a weekly 10:00 activity stays at 10:00 local time across daylight-saving changes.
/// </summary>
/// <remarks>
/// Ical.Net gives each occurrence as a local wall-clock time; this class turns it into an instant itself:
/// <list type="bullet">
/// <item>The first occurrence is exactly the instant that was entered, also when its local time occurs twice (the
/// October change: <c>02:30+01:00</c> stays the second 02:30, it does not become <c>02:30+02:00</c>).</item>
/// <item>A later occurrence at a local time that occurs twice is the second one, in winter time (see
/// <see cref="AmsterdamTijd.NaarUtc"/>), so its end (start plus the duration) is after its start on the clock as well.</item>
/// <item>A later occurrence at a local time that does not exist (02:00–03:00 on the last Sunday of March) moves forward by
/// the hour that is skipped, like NodaTime's lenient resolver: 02:30 becomes 03:30 summer time, with the same duration.</item>
/// </list>
/// Every occurrence lasts exactly as long as the first.
/// </remarks>
public static class VoorkomenPlanner
{
    /// <summary>
    /// How far ahead recurring activities are materialised at most; each series up to its own day within the last
    /// <see cref="Verlengmarge"/> of it (<see cref="PlanTotVoor"/>), extended in the background.
    /// </summary>
    public static readonly TimeSpan Horizon = TimeSpan.FromDays(400);

    /// <summary>A guard against a runaway rule; a weekly series over the horizon has about 60.</summary>
    public const int MaximumPerActiviteit = 1000;

    /// <summary>The activity as an iCalendar event in local time, with its recurrence rule.</summary>
    public static CalendarEvent NaarKalenderItem(Activiteit activiteit)
    {
        var start = Lokaal(activiteit.Start);
        var eind = Lokaal(activiteit.Eind);
        var kalenderItem = new CalendarEvent { DtStart = start };

        // Around the October change the end can read earlier on the clock than the start (02:30+02:00 to 02:15+01:00):
        // such a DTEND is invalid, so the exact duration is given instead.
        if (eind.Value > start.Value)
        {
            kalenderItem.DtEnd = eind;
        }
        else
        {
            kalenderItem.Duration = Duration.FromTimeSpanExact(activiteit.Eind - activiteit.Start);
        }

        if (activiteit.Herhaling is { } herhaling)
        {
            kalenderItem.RecurrenceRule = NaarRegel(herhaling, activiteit.Start);
        }

        return kalenderItem;
    }

    public static RecurrencePattern NaarRegel(Herhaling herhaling, DateTime eersteStartUtc)
    {
        var eersteLokaal = AmsterdamTijd.NaarLokaal(eersteStartUtc);
        var regel = new RecurrencePattern(
            herhaling.Frequentie == Frequentie.Wekelijks ? FrequencyType.Weekly : FrequencyType.Monthly,
            Math.Max(1, herhaling.Interval));

        if (herhaling.Frequentie == Frequentie.Wekelijks && herhaling.Weekdagen.Count > 0)
        {
            regel.ByDay = herhaling.Weekdagen.Distinct().Order().Select(d => new WeekDay(d)).ToList();
        }
        else if (herhaling.Frequentie == Frequentie.Maandelijks && herhaling.WeekVanDeMaand is { } week)
        {
            var dag = herhaling.Weekdagen.Count > 0 ? herhaling.Weekdagen[0] : eersteLokaal.DayOfWeek;
            regel.ByDay = [new WeekDay(dag, week)];
        }

        if (herhaling.TotEnMet is { } totEnMet)
        {
            // RFC 5545: with a zoned DTSTART, UNTIL is given in UTC.
            var eindeVanDag = AmsterdamTijd.NaarUtc(totEnMet.ToDateTime(new TimeOnly(23, 59, 59)));
            regel.Until = new CalDateTime(eindeVanDag, CalDateTime.UtcTzId);
        }

        if (herhaling.Aantal is { } aantal)
        {
            regel.Count = aantal;
        }

        return regel;
    }

    /// <summary>
    /// <see cref="Activiteit.VoorkomensTot"/> of a plan that has no end to extend: a single date, a series that ends before
    /// the horizon or reached <see cref="MaximumPerActiviteit"/>.
    /// </summary>
    public static readonly DateTime Compleet = new(9999, 12, 31, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>The days of the cycle of <see cref="Verlengmarge"/>.</summary>
    private const int Cyclusdagen = 7;

    /// <summary>
    /// The background planner extends a series once its stored horizon is this much short of a full one; also the length
    /// of the cycle over which the horizons are spread (<see cref="PlanTotVoor"/>). After every pass each horizon lies
    /// between <see cref="Horizon"/> minus this and <see cref="Horizon"/> ahead (393 to 400 days), and each series comes
    /// due once a cycle, a seventh of them a day, rather than all at once.
    /// </summary>
    public static readonly TimeSpan Verlengmarge = TimeSpan.FromDays(Cyclusdagen);

    /// <summary>
    /// How far the occurrences of activity <paramref name="activiteitId"/> are planned at <paramref name="nuUtc"/>: the
    /// last instant at or before <paramref name="nuUtc"/> + <see cref="Horizon"/> on the series' own day of a cycle of
    /// <see cref="Verlengmarge"/> (midnight UTC of every day whose number since 1970 is congruent to the id modulo 7), so
    /// more than <see cref="Horizon"/> minus <see cref="Verlengmarge"/> ahead.
    /// </summary>
    /// <remarks>
    /// A series is due once its horizon is <see cref="Verlengmarge"/> short; the next value is then exactly one cycle on,
    /// so it comes due again a cycle later, on the same day of the cycle: the ids spread the series over the days of the
    /// cycle, and they stay spread whenever they were planned (all at once by the demo seeding, many on one day through
    /// the API, after a server was off for weeks). Only the spread depends on the id: the stored horizon always says how
    /// far the rows reach, so a series planned on another day (or with another id) is simply moved onto its own day at
    /// its next extension.
    /// </remarks>
    public static DateTime PlanTotVoor(int activiteitId, DateTime nuUtc)
    {
        var doel = nuUtc + Horizon;
        var dag = TimeSpan.FromDays(((activiteitId % Cyclusdagen) + Cyclusdagen) % Cyclusdagen);
        var cyclus = Verlengmarge.Ticks;
        var voorbij = (((doel - DateTime.UnixEpoch - dag).Ticks % cyclus) + cyclus) % cyclus;
        return DateTime.SpecifyKind(doel - TimeSpan.FromTicks(voorbij), DateTimeKind.Utc);
    }

    public static IReadOnlyList<Voorkomen> Plan(Activiteit activiteit, DateTime totUtc) => PlanTot(activiteit, totUtc).Voorkomens;

    /// <summary>The occurrences that start before <paramref name="totUtc"/>, and how far that plan reaches (<see cref="Activiteit.VoorkomensTot"/>).</summary>
    public static (IReadOnlyList<Voorkomen> Voorkomens, DateTime GeplandTot) PlanTot(Activiteit activiteit, DateTime totUtc)
    {
        if (activiteit.Herhaling is not { } herhaling)
        {
            return ([new Voorkomen { ActiviteitId = activiteit.Id, Start = activiteit.Start, Eind = activiteit.Eind }], Compleet);
        }

        var duur = activiteit.Eind - activiteit.Start;
        var geannuleerd = herhaling.GeannuleerdeDatums.ToHashSet();
        var eersteLokaal = AmsterdamTijd.NaarLokaal(activiteit.Start);
        var voorkomens = new List<Voorkomen>();
        var geplandTot = Compleet;
        foreach (var lokaal in NaarKalenderItem(activiteit).GetOccurrences(null, null).Select(o => o.Period.StartTime.Value))
        {
            var start = lokaal == eersteLokaal ? activiteit.Start : AmsterdamTijd.NaarUtc(lokaal);
            if (start >= totUtc)
            {
                geplandTot = totUtc;
                break;
            }

            if (voorkomens.Count == MaximumPerActiviteit)
            {
                break;
            }

            voorkomens.Add(new Voorkomen
            {
                ActiviteitId = activiteit.Id,
                Start = start,
                Eind = start + duur,
                Geannuleerd = geannuleerd.Contains(AmsterdamTijd.LokaleDatum(start)),
            });
        }

        return (voorkomens, geplandTot);
    }

    private static CalDateTime Lokaal(DateTime utc) => new(AmsterdamTijd.NaarLokaal(utc), AmsterdamTijd.TijdzoneId);
}
