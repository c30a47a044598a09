namespace SociaalNetwerk.Schema.Woordenlijst;

/// <summary>
/// The six languages of Sociaal Netwerk, as two-letter codes: the API's messages and labels, the pages, the feeds, the
/// translations of an uitvraag and the widgets (their copy is generated from the <c>Taal</c> enum in schema.graphql).
/// Dutch comes first and is what every text falls back to.
/// </summary>
public static class Talen
{
    public const string Nederlands = "nl";

    /// <summary>nl, en, ar, tr, uk, pl.</summary>
    public static readonly IReadOnlyList<string> Alle = [Nederlands, "en", "ar", "tr", "uk", "pl"];
}
