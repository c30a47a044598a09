using SociaalNetwerk.Schema.GraphQL;

namespace SociaalNetwerk.Schema.Netwerken;

public sealed class Netwerk : IEntiteit
{
    public int Id { get; set; }

    public required string Naam { get; set; }

    public string? Omschrijving { get; set; }

    public string? Website { get; set; }

    /// <summary>A network that works inside a larger one, such as Eten en Ontmoeten inside the Community tegen Eenzaamheid.</summary>
    public int? OnderdeelVanId { get; set; }

    public Netwerk? OnderdeelVan { get; set; }

    public List<NetwerkGroep> Groepen { get; set; } = [];

    public List<Lidmaatschap> Lidmaatschappen { get; set; } = [];
}
