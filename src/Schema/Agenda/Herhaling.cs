namespace SociaalNetwerk.Schema.Agenda;

/// <summary>
/// How a recurring activity repeats, in local (Europe/Amsterdam) time. Expanded with Ical.Net into
/// <see cref="Voorkomen"/> rows; see <see cref="VoorkomenPlanner"/>.
/// </summary>
public sealed class Herhaling
{
    public Frequentie Frequentie { get; set; }

    /// <summary>Every n weeks or months; 1 means every week or month.</summary>
    public int Interval { get; set; } = 1;

    /// <summary>Weekly: the weekdays (empty: the weekday of the first occurrence). Monthly: the weekday of <see cref="WeekVanDeMaand"/>.</summary>
    public List<DayOfWeek> Weekdagen { get; set; } = [];

    /// <summary>Monthly only: 1–4 for the first to fourth, -1 for the last such weekday of the month; null: the day of the month of the first occurrence.</summary>
    public int? WeekVanDeMaand { get; set; }

    /// <summary>Last local date on which the activity can take place.</summary>
    public DateOnly? TotEnMet { get; set; }

    /// <summary>Total number of occurrences, including the first.</summary>
    public int? Aantal { get; set; }

    /// <summary>Local dates on which the activity does not take place; those occurrences stay in the agenda as cancelled.</summary>
    public List<DateOnly> GeannuleerdeDatums { get; set; } = [];

    /// <summary>Why a cancelled date does not go ahead, for the dates of <see cref="GeannuleerdeDatums"/> that have a reason.</summary>
    public List<DatumReden> AnnuleringRedenen { get; set; } = [];

    /// <summary>The reason <paramref name="datum"/> was cancelled, or null (not cancelled, or no reason given).</summary>
    public string? RedenOp(DateOnly datum) =>
        GeannuleerdeDatums.Contains(datum) ? (AnnuleringRedenen ?? []).FirstOrDefault(r => r.Datum == datum)?.Reden : null;
}

/// <summary>The reason one date of a series is cancelled (a local date of <see cref="Herhaling.GeannuleerdeDatums"/>).</summary>
public sealed class DatumReden
{
    public DateOnly Datum { get; set; }

    public required string Reden { get; set; }
}

public enum Frequentie
{
    Wekelijks,
    Maandelijks,
}
