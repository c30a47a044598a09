using GraphQL.Types;
using SociaalNetwerk.Schema.Woordenlijst;

namespace SociaalNetwerk.Schema.GraphQL;

/// <summary>
/// An enum of the vocabulary (<see cref="Woordenboek"/>). Every enum-valued field of the schema is a plain enum like
/// this; its values describe themselves with their Dutch label and description, and <c>woordenlijst</c> gives both
/// in the language of the request.
/// </summary>
public class GelabeldeEnumGraphType<TEnum> : EnumerationGraphType<TEnum>
    where TEnum : struct, Enum
{
    public GelabeldeEnumGraphType(string beschrijving)
    {
        Description = beschrijving;
        foreach (var waarde in Values)
        {
            var code = (TEnum)waarde.Value!;
            waarde.Description = Omschrijving(Woordenboek.Label(code, Nederlands), Woordenboek.Beschrijving(code, Nederlands));
        }
    }

    private static System.Globalization.CultureInfo Nederlands => System.Globalization.CultureInfo.InvariantCulture;

    /// <summary>"Label: beschrijving", the text of an enum value in the schema.</summary>
    internal static string Omschrijving(string label, string beschrijving) => $"{label}: {beschrijving}";
}
