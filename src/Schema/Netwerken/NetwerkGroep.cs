using SociaalNetwerk.Schema.GraphQL;

namespace SociaalNetwerk.Schema.Netwerken;

public sealed class NetwerkGroep : IEntiteit
{
    public int Id { get; set; }

    public int NetwerkId { get; set; }

    public Netwerk? Netwerk { get; set; }

    public required string Naam { get; set; }

    public GroepSoort Soort { get; set; }

    public string? Omschrijving { get; set; }
}

public enum GroepSoort
{
    Kerngroep,
    Themagroep,
    Actielijn,
    Kernteam,
    Werkgroep,
    Loket,
}
