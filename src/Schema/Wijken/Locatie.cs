using SociaalNetwerk.Schema.GraphQL;

namespace SociaalNetwerk.Schema.Wijken;

public sealed class Locatie : IEntiteit
{
    public int Id { get; set; }

    public required string Naam { get; set; }

    public required string Adres { get; set; }

    public required string Postcode { get; set; }

    public string Plaats { get; set; } = "Zoetermeer";

    public int? WijkId { get; set; }

    public Wijk? Wijk { get; set; }

    public bool Rolstoeltoegankelijk { get; set; }

    public bool Ringleiding { get; set; }

    public string? ToegankelijkheidToelichting { get; set; }
}
