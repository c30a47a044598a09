using System.Globalization;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Participatie;

namespace SociaalNetwerk.Schema.Woordenlijst;

/// <summary>A code of the vocabulary in the language of one request.</summary>
public sealed record VertaaldWoord(Woord Woord, CultureInfo Cultuur);

/// <summary>
/// <c>{Enum}Woord</c>: one code of an enum with its label and short description, typed by the enum itself so that a
/// client's code generator gets <c>code: Thema</c> and can key its tables by it. Made once per enum by
/// <see cref="WoordenlijstGraphType"/>, so not registered in DI.
/// </summary>
[DoNotRegister]
public sealed class WoordGraphType : ObjectGraphType<VertaaldWoord>
{
    public WoordGraphType(WoordSoort soort)
    {
        Name = soort.Naam + "Woord";
        Description = $"Een code van `{soort.Naam}` met wat u toont: het label en een korte beschrijving, in de taal van het verzoek.";
        AddField(new FieldType
        {
            Name = "code",
            Description = $"De code, zoals velden van het type `{soort.Naam}` hem geven en filters hem verwachten.",
            ResolvedType = new NonNullGraphType(new GraphQLTypeReference(soort.Naam)),
            Resolver = new FuncFieldResolver<VertaaldWoord, object>(c => c.Source.Woord.Waarde),
        });
        Field<NonNullGraphType<StringGraphType>>("slug")
            .Description("De code in kleine letters met streepjes (`eenzaamheid-en-ontmoeting`), zoals de widgets, de pagina's en de iCal-feed hem in een adres schrijven.")
            .Resolve(c => c.Source.Woord.Slug);
        Field<NonNullGraphType<StringGraphType>>("label")
            .Description("De naam om te tonen, kort (een keuzelijst, een label bij een activiteit).")
            .Resolve(c => Woordenboek.Label(c.Source.Woord, c.Source.Cultuur));
        Field<NonNullGraphType<StringGraphType>>("beschrijving")
            .Description("Eén korte zin die uitlegt wat de code betekent, bijvoorbeeld voor een tooltip of een toelichting bij een filter.")
            .Resolve(c => Woordenboek.Beschrijving(c.Source.Woord, c.Source.Cultuur));
    }
}

/// <summary>
/// The root of <c>woordenlijst</c>: one field per enum of <see cref="Woordenboek.Soorten"/>, each listing every code
/// of that enum in its order.
/// </summary>
public sealed class WoordenlijstGraphType : ObjectGraphType<CultureInfo>
{
    public WoordenlijstGraphType()
    {
        Name = "Woordenlijst";
        Description = "De teksten bij alle keuzewaarden (enums) van de API, in één taal: per enum alle codes met label en korte beschrijving. "
            + "Velden geven altijd alleen de code; toon die met deze lijst.";
        foreach (var soort in Woordenboek.Soorten)
        {
            var veld = new FieldType
            {
                Name = soort.Veld,
                Description = $"Alle codes van `{soort.Naam}`, in de volgorde van het schema.",
                ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(new WoordGraphType(soort)))),
                Resolver = new FuncFieldResolver<CultureInfo, object>(c => soort.Woorden.Select(w => new VertaaldWoord(w, c.Source)).ToList()),
            };
            veld.WithComplexityImpact(1, 5);
            AddField(veld);
        }
    }
}

public static class WoordenlijstQueries
{
    public static ObjectGraphType AddWoordenlijstFields(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<WoordenlijstGraphType>>("woordenlijst")
            .Description("Label en korte beschrijving van elke code van elke enum, in de taal van `taal` of anders van `Accept-Language` "
                + "(nl, en, ar, tr, uk of pl; Nederlands als standaard). Openbaar en te cachen zoals elke GET-query (per taal).")
            .Argument<TaalGraphType>("taal", "De taal van de teksten. Zonder: de taal uit `Accept-Language`.")
            .Resolve(c => c.GetArgument<string?>("taal") is { } taal ? CultureInfo.GetCultureInfo(taal) : CultureInfo.CurrentUICulture);
        return query;
    }
}
