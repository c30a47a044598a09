namespace SociaalNetwerk.Schema.Participatie;

/// <summary>Settings of participation, from the <c>Participatie</c> configuration section.</summary>
public sealed class ParticipatieOpties
{
    public const string Sectie = "Participatie";

    /// <summary>Submissions and withdrawals per client address per minute; a person filling in a form needs one or two.</summary>
    public int InzendingenPerMinuut { get; set; } = 10;

    /// <summary>How often the retention purge (<see cref="BewaartermijnOpruimer"/>) runs; it also runs at start-up.</summary>
    public TimeSpan BewaartermijnInterval { get; set; } = TimeSpan.FromHours(1);
}
