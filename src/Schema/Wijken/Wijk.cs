using SociaalNetwerk.Schema.GraphQL;

namespace SociaalNetwerk.Schema.Wijken;

public sealed class Wijk : IEntiteit
{
    public int Id { get; set; }

    /// <summary>Stable, URL-safe name such as <c>oosterheem</c>; partner sites put it in widget attributes.</summary>
    public required string Slug { get; set; }

    public required string Naam { get; set; }

    public string? Omschrijving { get; set; }
}
