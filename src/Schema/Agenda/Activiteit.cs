using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Kenmerken;
using SociaalNetwerk.Schema.Netwerken;
using SociaalNetwerk.Schema.Wijken;

namespace SociaalNetwerk.Schema.Agenda;

public sealed class Activiteit : IDoorzoekbaar, IEntiteit
{
    public int Id { get; set; }

    public required string Titel { get; set; }

    /// <summary>Plain text; never rendered as HTML.</summary>
    public required string Omschrijving { get; set; }

    /// <summary>Normalised title and description, for case- and accent-insensitive search.</summary>
    public string ZoekTekst { get; private set; } = string.Empty;

    public List<Organisatie> Organisatoren { get; set; } = [];

    public int? NetwerkId { get; set; }

    public Netwerk? Netwerk { get; set; }

    public ActiviteitSoort Soort { get; set; }

    public List<Thema> Themas { get; set; } = [];

    public List<Kernopgave> Kernopgaven { get; set; } = [];

    public List<Doelgroep> Doelgroepen { get; set; } = [];

    public int? LocatieId { get; set; }

    public Locatie? Locatie { get; set; }

    public string? OnlineLink { get; set; }

    /// <summary>The https address of the activity's own image (<see cref="Afbeelding"/>); without it the pages use an organiser's image.</summary>
    public string? AfbeeldingUrl { get; set; }

    /// <summary>What the image shows, for who cannot see it; set whenever <see cref="AfbeeldingUrl"/> is.</summary>
    public string? AfbeeldingAlt { get; set; }

    /// <summary>Start of the first occurrence, in UTC.</summary>
    public DateTime Start { get; set; }

    /// <summary>End of the first occurrence, in UTC.</summary>
    public DateTime Eind { get; set; }

    public Herhaling? Herhaling { get; set; }

    /// <summary>Null or 0: free.</summary>
    public int? KostenInCenten { get; set; }

    public string? KostenToelichting { get; set; }

    public AanmeldWijze Aanmelding { get; set; }

    public string? AanmeldLink { get; set; }

    public string? AanmeldEmail { get; set; }

    public string? AanmeldTelefoon { get; set; }

    public int? Capaciteit { get; set; }

    public bool Rolstoeltoegankelijk { get; set; }

    public bool Ringleiding { get; set; }

    public bool EenvoudigeTaal { get; set; }

    /// <summary>BCP 47 language codes, such as <c>nl</c>, <c>ar</c>, <c>tr</c>.</summary>
    public List<string> GesprokenTalen { get; set; } = [];

    public ActiviteitStatus Status { get; set; }

    /// <summary>Why the whole activity was cancelled (<see cref="ActiviteitStatus.Geannuleerd"/>), as the organiser wrote it.</summary>
    public string? AnnuleringReden { get; set; }

    public string? ContactNaam { get; set; }

    public string? ContactEmail { get; set; }

    public string? ContactTelefoon { get; set; }

    public DateTime GewijzigdOp { get; set; }

    /// <summary>
    /// UTC: the occurrences (<see cref="Voorkomens"/>) are stored up to this instant (exclusive);
    /// <see cref="VoorkomenPlanner.Compleet"/> when the plan has no end (a single date, a series that ends within the
    /// horizon); null when the activity has not been planned since it was stored (rows from before this column, or written
    /// by something other than the product's edits). The background planner (<see cref="VoorkomenVernieuwer.WerkBijAsync"/>)
    /// plans the null ones in full and extends the others forward; an edit plans in its own transaction.
    /// </summary>
    public DateTime? VoorkomensTot { get; set; }

    public List<Voorkomen> Voorkomens { get; set; } = [];

    public bool Gratis => KostenInCenten is null or 0;

    public void WerkZoektekstBij() => ZoekTekst = Zoektekst.Normaliseer(Titel + " " + Omschrijving);
}
