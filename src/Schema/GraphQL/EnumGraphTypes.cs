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
            waarde.Description = Woordenboek.Omschrijving((TEnum)waarde.Value!);
        }
    }
}
