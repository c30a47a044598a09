using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Kenmerken;
using SociaalNetwerk.Schema.Wijken;

namespace SociaalNetwerk.Schema.Netwerken;

public sealed class Organisatie : IDoorzoekbaar, IEntiteit
{
    public int Id { get; set; }

    public required string Naam { get; set; }

    /// <summary>Normalised name: the sort key of the sociale kaart and the target of name searches.</summary>
    public string ZoekNaam { get; private set; } = string.Empty;

    /// <summary>Normalised name and description, for case- and accent-insensitive search.</summary>
    public string ZoekTekst { get; private set; } = string.Empty;

    public OrganisatieSoort Soort { get; set; }

    public string? Omschrijving { get; set; }

    public string? Website { get; set; }

    public string? Email { get; set; }

    public string? Telefoon { get; set; }

    public string? Adres { get; set; }

    public string? Postcode { get; set; }

    public string? Plaats { get; set; }

    /// <summary>The https address of the organisation's image or logo (<see cref="Afbeelding"/>); with it, <see cref="AfbeeldingAlt"/>.</summary>
    public string? AfbeeldingUrl { get; set; }

    /// <summary>What the image shows, for who cannot see it; set whenever <see cref="AfbeeldingUrl"/> is.</summary>
    public string? AfbeeldingAlt { get; set; }

    public List<Thema> Themas { get; set; } = [];

    public List<Wijk> Wijken { get; set; } = [];

    public List<Lidmaatschap> Lidmaatschappen { get; set; } = [];

    public List<Agenda.Activiteit> Activiteiten { get; set; } = [];

    public void WerkZoektekstBij()
    {
        ZoekNaam = Zoektekst.Normaliseer(Naam);
        ZoekTekst = Zoektekst.Normaliseer(Naam + " " + Omschrijving);
    }
}
