using SociaalNetwerk.Schema.GraphQL;

namespace SociaalNetwerk.Schema.Wijken;

/// <summary>A venue where activities take place; shared by every organisation that uses it.</summary>
public sealed class Locatie : IEntiteit
{
    /// <summary>The town when none is given.</summary>
    public const string StandaardPlaats = "Zoetermeer";

    public int Id { get; set; }

    public required string Naam { get; set; }

    public required string Adres { get; set; }

    public required string Postcode { get; set; }

    public string Plaats { get; set; } = StandaardPlaats;

    public int? WijkId { get; set; }

    public Wijk? Wijk { get; set; }

    public bool Rolstoeltoegankelijk { get; set; }

    public bool Ringleiding { get; set; }

    public string? ToegankelijkheidToelichting { get; set; }
}
