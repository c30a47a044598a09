using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;

namespace SociaalNetwerk.Schema.Agenda;

/// <summary>
/// Turns an activity and its <see cref="Herhaling"/> into occurrences. Recurrence is expanded by Ical.Net in
/// Europe/Amsterdam, so a weekly 10:00 activity stays at 10:00 local time across daylight-saving changes.
/// </summary>
public static class VoorkomenPlanner
{
    /// <summary>How far ahead recurring activities are materialised; refreshed daily.</summary>
    public static readonly TimeSpan Horizon = TimeSpan.FromDays(400);

    /// <summary>A guard against a runaway rule; a weekly series over the horizon has about 60.</summary>
    public const int MaximumPerActiviteit = 1000;

    public static CalendarEvent NaarKalenderItem(Activiteit activiteit)
    {
        var kalenderItem = new CalendarEvent
        {
            DtStart = Lokaal(activiteit.Start),
            DtEnd = Lokaal(activiteit.Eind),
        };

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

    public static IReadOnlyList<Voorkomen> Plan(Activiteit activiteit, DateTime totUtc)
    {
        if (activiteit.Herhaling is not { } herhaling)
        {
            return [new Voorkomen { ActiviteitId = activiteit.Id, Start = activiteit.Start, Eind = activiteit.Eind }];
        }

        var duur = activiteit.Eind - activiteit.Start;
        var geannuleerd = herhaling.GeannuleerdeDatums.ToHashSet();
        return NaarKalenderItem(activiteit)
            .GetOccurrences(null, null)
            .Select(o => o.Period.StartTime.AsUtc)
            .TakeWhile(start => start < totUtc)
            .Take(MaximumPerActiviteit)
            .Select(start => new Voorkomen
            {
                ActiviteitId = activiteit.Id,
                Start = start,
                Eind = start + duur,
                Geannuleerd = geannuleerd.Contains(AmsterdamTijd.LokaleDatum(start)),
            })
            .ToList();
    }

    private static CalDateTime Lokaal(DateTime utc) => new(AmsterdamTijd.NaarLokaal(utc), AmsterdamTijd.TijdzoneId);
}
