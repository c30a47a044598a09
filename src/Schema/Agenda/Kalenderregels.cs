using System.Globalization;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Redactie;

namespace SociaalNetwerk.Schema.Agenda;

/// <summary>
/// The calendar rules of an activity, as pure functions: how a <see cref="Herhaling"/> is read from its input, which
/// start, end and recurrence are allowed, and which dates it has. They answer with <see cref="Regelfout"/>s, which
/// <see cref="ActiviteitRedactie"/> puts into words; nothing here reads a clock or a database.
/// </summary>
public static class Kalenderregels
{
    public const int MaxIntervalWeken = 52;
    public const int MaxIntervalMaanden = 12;
    public const int MaxAantal = 500;
    public const int MaxDuurInDagen = 31;
    public const int MaxDuurTerugkerendInUren = 24;

    /// <summary>A start may lie at most this many years from now, either way.</summary>
    public const int MaxJarenVanNu = 5;

    /// <summary>
    /// The recurrence of an input: weekdays once each and in order, interval 1 when not given, and the cancelled dates of
    /// <paramref name="huidige"/> kept. Null input: a one-off activity.
    /// </summary>
    public static Herhaling? Lees(HerhalingInvoer? invoer, Herhaling? huidige) => invoer is null
        ? null
        : new Herhaling
        {
            Frequentie = invoer.Frequentie,
            Interval = invoer.Interval ?? 1,
            Weekdagen = [.. (invoer.Weekdagen ?? []).Distinct().Order()],
            WeekVanDeMaand = invoer.WeekVanDeMaand,
            TotEnMet = invoer.TotEnMet,
            Aantal = invoer.Aantal,
            GeannuleerdeDatums = [.. huidige?.GeannuleerdeDatums ?? []],
            AnnuleringRedenen = [.. (huidige?.AnnuleringRedenen ?? []).Select(r => new DatumReden { Datum = r.Datum, Reden = r.Reden })],
        };

    /// <summary>
    /// Start and end of the (first) occurrence: the start within <see cref="MaxJarenVanNu"/> years of
    /// <paramref name="nu"/> (only checked when the start changes), the end after the start, and a duration of at most
    /// <see cref="MaxDuurInDagen"/> days, or <see cref="MaxDuurTerugkerendInUren"/> hours when the activity recurs.
    /// </summary>
    public static Regelfout? ControleerTijden(DateTime start, DateTime eind, bool terugkerend, bool startGewijzigd, DateTime nu)
    {
        if (startGewijzigd && (start > nu.AddYears(MaxJarenVanNu) || start < nu.AddYears(-MaxJarenVanNu)))
        {
            return Regelfout.MetBericht("start", FoutCodes.BuitenBereik, "REDACTIE_START_OUT_OF_RANGE", MaxJarenVanNu);
        }

        var duur = eind - start;
        if (duur <= TimeSpan.Zero)
        {
            return Regelfout.Standaard("eind", FoutCodes.EindVoorStart);
        }

        if (duur > TimeSpan.FromDays(MaxDuurInDagen))
        {
            return Regelfout.Standaard("eind", FoutCodes.TeLangeDuur, MaxDuurInDagen);
        }

        return terugkerend && duur > TimeSpan.FromHours(MaxDuurTerugkerendInUren)
            ? Regelfout.MetBericht("eind", FoutCodes.TeLangeDuur, "REDACTIE_DURATION_TOO_LONG_RECURRING", MaxDuurTerugkerendInUren)
            : null;
    }

    /// <summary>
    /// Whether a recurrence fits the first occurrence at <paramref name="start"/> (UTC): interval and count in range, not
    /// both an end date and a count, an end date not before the first date, and a start on the weekday (weekly) or in
    /// the week of the month (monthly) the recurrence names.
    /// </summary>
    public static IEnumerable<Regelfout> ControleerHerhaling(Herhaling herhaling, DateTime start)
    {
        ArgumentNullException.ThrowIfNull(herhaling);
        var eerste = AmsterdamTijd.LokaleDatum(start);
        var maximumInterval = herhaling.Frequentie == Frequentie.Wekelijks ? MaxIntervalWeken : MaxIntervalMaanden;
        if (herhaling.Interval < 1 || herhaling.Interval > maximumInterval)
        {
            yield return Regelfout.Standaard("herhaling.interval", FoutCodes.BuitenBereik, 1, maximumInterval);
        }

        if (herhaling.Aantal is { } aantal && (aantal < 1 || aantal > MaxAantal))
        {
            yield return Regelfout.Standaard("herhaling.aantal", FoutCodes.BuitenBereik, 1, MaxAantal);
        }

        if (herhaling.TotEnMet is not null && herhaling.Aantal is not null)
        {
            yield return Regelfout.MetBericht("herhaling.aantal", FoutCodes.OngeldigeHerhaling, "REDACTIE_RECURRENCE_END_AND_COUNT");
        }

        if (herhaling.TotEnMet is { } totEnMet && totEnMet < eerste)
        {
            yield return Regelfout.MetBericht("herhaling.totEnMet", FoutCodes.OngeldigeHerhaling, "REDACTIE_RECURRENCE_UNTIL_BEFORE_START", eerste.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if ((herhaling.Frequentie == Frequentie.Wekelijks ? WekelijksFout(herhaling, eerste) : MaandelijksFout(herhaling, eerste)) is { } fout)
        {
            yield return fout;
        }
    }

    /// <summary>Whether the activity has an occurrence that ends after <paramref name="nu"/>: a new activity or new dates must leave one.</summary>
    public static bool HeeftDatumNa(Activiteit activiteit, DateTime nu) =>
        VoorkomenPlanner.Plan(activiteit, nu + VoorkomenPlanner.Horizon).Any(v => v.Eind > nu);

    /// <summary>Whether <paramref name="start"/> is exactly the start of one of the activity's occurrences.</summary>
    public static bool IsVoorkomen(Activiteit activiteit, DateTime start) =>
        VoorkomenPlanner.Plan(activiteit, start.AddTicks(1)).Any(v => v.Start == start);

    /// <summary>The cancelled dates, in order, with <paramref name="datum"/> cancelled or restored.</summary>
    public static List<DateOnly> ZetGeannuleerd(IEnumerable<DateOnly> geannuleerd, DateOnly datum, bool annuleren) =>
        [.. geannuleerd.Where(d => d != datum).Concat(annuleren ? [datum] : []).Order()];

    /// <summary>The reasons of the cancelled dates, in order, with the reason of <paramref name="datum"/> set (cancelled with a reason) or removed.</summary>
    public static List<DatumReden> ZetReden(IEnumerable<DatumReden>? redenen, DateOnly datum, string? reden) =>
        [.. (redenen ?? []).Where(r => r.Datum != datum).Select(r => new DatumReden { Datum = r.Datum, Reden = r.Reden })
            .Concat(reden is null ? [] : [new DatumReden { Datum = datum, Reden = reden }]).OrderBy(r => r.Datum)];

    private static Regelfout? WekelijksFout(Herhaling herhaling, DateOnly eerste)
    {
        if (herhaling.WeekVanDeMaand is not null)
        {
            return Regelfout.MetBericht("herhaling.weekVanDeMaand", FoutCodes.OngeldigeHerhaling, "REDACTIE_RECURRENCE_WEEK_OF_MONTH_MONTHLY_ONLY");
        }

        return herhaling.Weekdagen.Count > 0 && !herhaling.Weekdagen.Contains(eerste.DayOfWeek)
            ? Regelfout.MetBericht("herhaling.weekdagen", FoutCodes.OngeldigeHerhaling, "REDACTIE_RECURRENCE_START_NOT_ON_WEEKDAY")
            : null;
    }

    private static Regelfout? MaandelijksFout(Herhaling herhaling, DateOnly eerste)
    {
        if (herhaling.WeekVanDeMaand is not { } week)
        {
            return herhaling.Weekdagen.Count > 0
                ? Regelfout.MetBericht("herhaling.weekdagen", FoutCodes.OngeldigeHerhaling, "REDACTIE_RECURRENCE_WEEKDAYS_NEED_WEEK_OF_MONTH")
                : null;
        }

        if (week is not (1 or 2 or 3 or 4 or -1))
        {
            return Regelfout.MetBericht("herhaling.weekVanDeMaand", FoutCodes.OngeldigeHerhaling, "REDACTIE_RECURRENCE_WEEK_OF_MONTH_RANGE");
        }

        if (herhaling.Weekdagen.Count > 1 || (herhaling.Weekdagen.Count == 1 && herhaling.Weekdagen[0] != eerste.DayOfWeek))
        {
            return Regelfout.MetBericht("herhaling.weekdagen", FoutCodes.OngeldigeHerhaling, "REDACTIE_RECURRENCE_START_NOT_ON_WEEKDAY");
        }

        return (week == -1 ? eerste.AddDays(7).Month == eerste.Month : ((eerste.Day - 1) / 7) + 1 != week)
            ? Regelfout.MetBericht("herhaling.weekVanDeMaand", FoutCodes.OngeldigeHerhaling, "REDACTIE_RECURRENCE_START_NOT_IN_WEEK", week)
            : null;
    }
}
