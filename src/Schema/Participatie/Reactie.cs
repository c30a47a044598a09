using SociaalNetwerk.Schema.GraphQL;

namespace SociaalNetwerk.Schema.Participatie;

/// <summary>One respondent's answers to an uitvraag. Personal data: only the traject's team sees it.</summary>
public sealed class Reactie : IEntiteit
{
    public int Id { get; set; }

    public int UitvraagId { get; set; }

    public Uitvraag? Uitvraag { get; set; }

    /// <summary>
    /// The client's idempotency key (see <see cref="Idempotentiesleutels"/>): a retry with the same key and the same
    /// content returns the first result.
    /// </summary>
    public required string IdempotentieSleutel { get; set; }

    /// <summary>
    /// The fingerprint of the stored content (<see cref="ReactieInhoud"/>). Null for reacties stored before it existed:
    /// a retry of those is treated as one with other content.
    /// </summary>
    public string? InhoudHash { get; set; }

    /// <summary>SHA-256 of the ontvangstcode with which the respondent can withdraw the reactie.</summary>
    public required string OntvangstcodeHash { get; set; }

    public Kanaal Kanaal { get; set; }

    public DateTime IngediendOp { get; set; }

    /// <summary>The language the respondent answered in.</summary>
    public string Taal { get; set; } = Vertaalbaar.Nederlands;

    public int? WijkId { get; set; }

    public UitvraagDoelgroep? Doelgroep { get; set; }

    public bool ContactToestemming { get; set; }

    public string? ContactNaam { get; set; }

    public string? ContactEmail { get; set; }

    public string? ContactTelefoon { get; set; }

    /// <summary>
    /// For paper and conversation: the number printed on the form (or given to a conversation), unique per uitvraag when
    /// set. The idempotency key of paper entry: the same number twice is refused, showing the reactie entered first.
    /// </summary>
    public int? Formuliernummer { get; set; }

    /// <summary>For paper and conversation: the key (its public part) of the team member who entered it.</summary>
    public string? IngevoerdDoor { get; set; }

    /// <summary>When the retention period removed the contact details and open answers.</summary>
    public DateTime? PersoonsgegevensVerwijderdOp { get; set; }

    /// <summary>
    /// A test reactie, given through a preview link (<see cref="Proeflinks"/>) while the team tries the uitvraag out.
    /// Never counted: results, counts, lists and the CSV export leave it out (<see cref="TellendeReacties.Tellend"/>).
    /// </summary>
    public bool Proef { get; set; }

    public List<Antwoord> Antwoorden { get; set; } = [];
}

/// <summary>
/// One answer value: a chosen option, a scale value, an open text, or one named factor. A question with several
/// values (several choices, several factors) has several rows, so results are a GROUP BY in SQL.
/// </summary>
public sealed class Antwoord
{
    public int Id { get; set; }

    public int ReactieId { get; set; }

    public int VraagId { get; set; }

    public int? OptieId { get; set; }

    public int? Getal { get; set; }

    /// <summary>Open text, or the text of an own factor.</summary>
    public string? Tekst { get; set; }

    /// <summary>Own factor: the normalised text, so "Te weinig geld" and "te weinig  geld" count together.</summary>
    public string? GenormaliseerdeTekst { get; set; }

    public FactorSoort? FactorSoort { get; set; }
}

public enum Kanaal
{
    Online,
    Papier,
    Gesprek,
}

public enum FactorSoort
{
    Helpend,
    Remmend,
}
