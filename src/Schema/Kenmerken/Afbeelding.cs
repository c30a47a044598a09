using GraphQL.Types;

namespace SociaalNetwerk.Schema.Kenmerken;

/// <summary>
/// An image of an activity or an organisation (its logo, a photo): an https address, never stored by us (an upload in the
/// portal may come later), and the text for who cannot see it. Stored as two columns on the entity
/// (<c>AfbeeldingUrl</c>, <c>AfbeeldingAlt</c>); the alt text is required when there is an image.
/// </summary>
public sealed record Afbeelding(string Url, string Alt)
{
    /// <summary>The longest alt text, in characters.</summary>
    public const int MaxAltLengte = 300;

    /// <summary>The image of stored columns, or null without an address.</summary>
    public static Afbeelding? Van(string? url, string? alt) => url is null ? null : new(url, alt ?? string.Empty);
}

/// <summary>An image as given to a mutation: both fields are checked with a clear message (not GraphQL's non-null error).</summary>
public sealed record AfbeeldingInvoer
{
    public string? Url { get; init; }

    public string? Alt { get; init; }
}

public sealed class AfbeeldingGraphType : ObjectGraphType<Afbeelding>
{
    public AfbeeldingGraphType()
    {
        Name = "Afbeelding";
        Description = "Een afbeelding (foto of logo) op een https-adres, met een beschrijving voor wie haar niet kan zien.";
        Field<NonNullGraphType<StringGraphType>>("url").Description("Het https-adres van de afbeelding.").Resolve(c => c.Source.Url);
        Field<NonNullGraphType<StringGraphType>>("alt").Description("Wat er op de afbeelding staat, voor wie haar niet kan zien (het `alt`-attribuut).").Resolve(c => c.Source.Alt);
    }
}

public sealed class AfbeeldingInvoerGraphType : InputObjectGraphType<AfbeeldingInvoer>
{
    public AfbeeldingInvoerGraphType()
    {
        Name = "AfbeeldingInvoer";
        Description = "Een afbeelding: een https-adres en een beschrijving; allebei verplicht.";
        Field<StringGraphType>("url").Description($"Het adres van de afbeelding: een https-link van hoogstens {Redactie.Veldcontrole.MaxUrlLengte} tekens (verplicht).");
        Field<StringGraphType>("alt").Description($"Wat er op de afbeelding staat, voor wie haar niet kan zien; hoogstens {Afbeelding.MaxAltLengte} tekens (verplicht).");
    }
}
