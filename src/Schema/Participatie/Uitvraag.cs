using SociaalNetwerk.Schema.GraphQL;

namespace SociaalNetwerk.Schema.Participatie;

/// <summary>One consultation: questions for an audience, open between two moments.</summary>
public sealed class Uitvraag : IEntiteit
{
    public int Id { get; set; }

    public int ParticipatietrajectId { get; set; }

    public Participatietraject? Participatietraject { get; set; }

    public required Vertaalbaar Titel { get; set; }

    public required Vertaalbaar Inleiding { get; set; }

    public List<UitvraagDoelgroep> Doelgroepen { get; set; } = [];

    /// <summary>UTC.</summary>
    public DateTime OpenVanaf { get; set; }

    /// <summary>UTC.</summary>
    public DateTime OpenTot { get; set; }

    public UitvraagStatus Status { get; set; }

    public required Vertaalbaar Privacyverklaring { get; set; }

    /// <summary>How many days after the uitvraag closes the personal fields of its reacties are removed.</summary>
    public int BewaartermijnDagen { get; set; } = 365;

    /// <summary>Whether respondents may leave contact details (only with explicit consent).</summary>
    public bool ContactgegevensVragen { get; set; }

    public bool ProfielvraagWijk { get; set; }

    public bool ProfielvraagDoelgroep { get; set; }

    public List<Vraag> Vragen { get; set; } = [];

    public bool IsOpen(DateTime nu) => Status == UitvraagStatus.Open && nu >= OpenVanaf && nu < OpenTot;

    /// <summary>Scheduled: published (status open) but its opening moment lies ahead; it opens by itself.</summary>
    public bool IsGepland(DateTime nu) => Status == UitvraagStatus.Open && nu < OpenVanaf;

    /// <summary>Closed by the clock: status open, but its closing moment has passed.</summary>
    public bool IsVerlopen(DateTime nu) => Status == UitvraagStatus.Open && nu >= OpenTot;

    public DateTime BewaarTot => OpenTot.AddDays(BewaartermijnDagen);
}

public enum UitvraagStatus
{
    Concept,
    Open,
    Gesloten,
    ResultatenGepubliceerd,
}

public enum UitvraagDoelgroep
{
    Inwoners,
    Vrijwilligers,
    InformeleNetwerken,
    Organisaties,
    Professionals,
}
