using GraphQL.Types;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.DependencyInjection;
using SociaalNetwerk.Schema.Resources;

namespace SociaalNetwerk.Schema.GraphQL;

/// <summary>An enum whose values carry their Dutch label (from Labels.resx) as description.</summary>
public class GelabeldeEnumGraphType<TEnum> : EnumerationGraphType<TEnum>
    where TEnum : struct, Enum
{
    public GelabeldeEnumGraphType(string beschrijving)
    {
        Description = beschrijving;
        foreach (var waarde in Values)
        {
            var label = Labels.Nederlands(typeof(TEnum).Name + "." + ((TEnum)waarde.Value!).ToString());
            waarde.Description = label;
        }
    }
}

/// <summary>
/// An enum value together with its label in the language of the request (<c>Accept-Language</c>), for display:
/// <c>{ code: EENZAAMHEID_EN_ONTMOETING, label: "Eenzaamheid en ontmoeting" }</c>.
/// </summary>
public abstract class EnumWaardeGraphType<TEnum, TEnumGraphType> : ObjectGraphType<TEnum>
    where TEnum : struct, Enum
    where TEnumGraphType : EnumerationGraphType<TEnum>
{
    protected EnumWaardeGraphType(string wat)
    {
        Name = typeof(TEnum).Name + "Waarde";
        Description = $"{wat}: de code (voor filters) en het label in de taal van het verzoek (voor weergave).";
        Field<NonNullGraphType<TEnumGraphType>>("code").Description("De vaste code; gebruik die in filters.").Resolve(c => c.Source);
        Field<NonNullGraphType<StringGraphType>>("label")
            .Description("De naam om te tonen, in de taal van `Accept-Language` (Nederlands als standaard).")
            .Resolve(c => c.RequestServices!.GetRequiredService<IStringLocalizer<Labels>>()[typeof(TEnum).Name + "." + c.Source.ToString()].Value);
    }
}
