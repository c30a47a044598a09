namespace SociaalNetwerk.Schema.Agenda;

/// <summary>One occurrence of an <see cref="Activiteit"/>: the row the agenda filters, sorts and pages over.</summary>
public sealed class Voorkomen
{
    public int Id { get; set; }

    public int ActiviteitId { get; set; }

    public Activiteit? Activiteit { get; set; }

    /// <summary>UTC.</summary>
    public DateTime Start { get; set; }

    /// <summary>UTC.</summary>
    public DateTime Eind { get; set; }

    /// <summary>This single date is cancelled (the series goes on).</summary>
    public bool Geannuleerd { get; set; }

    /// <summary>
    /// Why this date does not go ahead: the reason given when this date was cancelled, else (the whole activity
    /// cancelled) the activity's reason; null when it goes ahead or no reason was given.
    /// </summary>
    public string? AnnuleringReden(Activiteit activiteit) =>
        (Geannuleerd ? activiteit.Herhaling?.RedenOp(AmsterdamTijd.LokaleDatum(Start)) : null)
        ?? (Geannuleerd || activiteit.Status == ActiviteitStatus.Geannuleerd ? NietLeeg(activiteit.Status == ActiviteitStatus.Geannuleerd ? activiteit.AnnuleringReden : null) : null);

    private static string? NietLeeg(string? tekst) => string.IsNullOrWhiteSpace(tekst) ? null : tekst;

    public VoorkomenStatus Status(ActiviteitStatus activiteitStatus) => (Geannuleerd, activiteitStatus) switch
    {
        (true, _) or (_, ActiviteitStatus.Geannuleerd) => VoorkomenStatus.Geannuleerd,
        (_, ActiviteitStatus.Vol) => VoorkomenStatus.Vol,
        _ => VoorkomenStatus.Gepland,
    };
}

public enum VoorkomenStatus
{
    Gepland,
    Geannuleerd,
    Vol,
}
