using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Kenmerken;

namespace SociaalNetwerk.Schema.Wijken;

/// <summary>A venue where activities take place; shared by every organisation that uses it.</summary>
public sealed class Locatie : IDoorzoekbaar, IEntiteit
{
    /// <summary>The town when none is given.</summary>
    public const string StandaardPlaats = "Zoetermeer";

    public int Id { get; set; }

    public required string Naam { get; set; }

    /// <summary>Normalised name: the sort key and keyset cursor of the location list.</summary>
    public string ZoekNaam { get; private set; } = string.Empty;

    /// <summary>Normalised name and address, for case- and accent-insensitive search.</summary>
    public string ZoekTekst { get; private set; } = string.Empty;

    public required string Adres { get; set; }

    public required string Postcode { get; set; }

    public string Plaats { get; set; } = StandaardPlaats;

    public int? WijkId { get; set; }

    public Wijk? Wijk { get; set; }

    public bool Rolstoeltoegankelijk { get; set; }

    public bool Ringleiding { get; set; }

    public string? ToegankelijkheidToelichting { get; set; }

    public void WerkZoektekstBij()
    {
        ZoekNaam = Zoektekst.Normaliseer(Naam);
        ZoekTekst = Zoektekst.Normaliseer(Naam + " " + Adres + " " + Postcode + " " + Plaats);
    }
}
