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
