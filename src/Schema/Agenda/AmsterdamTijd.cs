namespace SociaalNetwerk.Schema.Agenda;

/// <summary>Instants are stored in UTC; people plan in Zoetermeer's local time.</summary>
public static class AmsterdamTijd
{
    public const string TijdzoneId = "Europe/Amsterdam";

    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById(TijdzoneId);

    public static DateTime NaarLokaal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>
    /// Local wall-clock time to UTC. A time that does not exist (the spring-forward hour) moves forward an hour; a time
    /// that occurs twice (the autumn hour) is the second one, in winter time.
    /// </summary>
    public static DateTime NaarUtc(DateTime lokaal)
    {
        var ongespecificeerd = DateTime.SpecifyKind(lokaal, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(ongespecificeerd))
        {
            ongespecificeerd = ongespecificeerd.AddHours(1);
        }

        return TimeZoneInfo.ConvertTimeToUtc(ongespecificeerd, Zone);
    }

    /// <summary>Whether the local time of this instant occurs twice (the October hour), so a local time alone does not name it.</summary>
    public static bool IsDubbelzinnig(DateTime utc) => Zone.IsAmbiguousTime(DateTime.SpecifyKind(utc, DateTimeKind.Utc));

    public static DateTimeOffset MetOffset(DateTime utc)
    {
        var lokaal = NaarLokaal(utc);
        return new DateTimeOffset(lokaal, Zone.GetUtcOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));
    }

    public static DateOnly LokaleDatum(DateTime utc) => DateOnly.FromDateTime(NaarLokaal(utc));

    /// <summary>Midnight at the start of a local date, in UTC.</summary>
    public static DateTime BeginVanDag(DateOnly datum) => NaarUtc(datum.ToDateTime(TimeOnly.MinValue));
}
