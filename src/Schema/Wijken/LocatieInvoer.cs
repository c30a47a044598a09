using SociaalNetwerk.Schema.Redactie;

namespace SociaalNetwerk.Schema.Wijken;

/// <summary>The editable fields of a location; fields not given stay as they are (<see cref="Optioneel{T}"/>).</summary>
public sealed record LocatieInvoer
{
    public Optioneel<string?> Naam { get; init; }

    public Optioneel<string?> Adres { get; init; }

    public Optioneel<string?> Postcode { get; init; }

    public Optioneel<string?> Plaats { get; init; }

    /// <summary>The slug of the wijk, such as <c>oosterheem</c>; null or empty for none.</summary>
    public Optioneel<string?> Wijk { get; init; }

    public Optioneel<bool?> Rolstoeltoegankelijk { get; init; }

    public Optioneel<bool?> Ringleiding { get; init; }

    public Optioneel<string?> ToegankelijkheidToelichting { get; init; }
}
