using GraphQL.Types;
using SociaalNetwerk.Schema.Woordenlijst;

namespace SociaalNetwerk.Schema.Tests;

/// <summary>
/// The enum rule of docs/api.md: every enum-valued field is a plain GraphQL enum. No wrapper objects like the old
/// <c>ThemaWaarde { code label }</c>, no String field that carries an enum code, and every code of the vocabulary
/// has a label and a description (in Dutch here; VertalingVolledigheidTests demands every Dutch key in all six
/// languages).
/// </summary>
public sealed class EnumRegelTests
{
    /// <summary>String fields that hold something else than a code, although their names sound like an enum.</summary>
    private static readonly HashSet<string> Uitzonderingen =
    [
        "Toegankelijkheid.gesprokenTalen", // BCP 47 codes of any language spoken there, not one of the six
        "ToegankelijkheidInvoer.gesprokenTalen",
        "Wijziging.objectType", // a GraphQL type name (what __typename gives), not a code of an enum
        "WijzigingFilter.objectType",
    ];

    private static ISchema MaakSchema() => SchemaTests.MaakSchema();

    private static IGraphType Kaal(IGraphType type) => type switch
    {
        NonNullGraphType n => Kaal(n.ResolvedType!),
        ListGraphType l => Kaal(l.ResolvedType!),
        _ => type,
    };

    [Fact]
    public void NoTypeWrapsAnEnumValue()
    {
        var schema = MaakSchema();

        Assert.DoesNotContain(schema.AllTypes, t => t.Name.EndsWith("Waarde", StringComparison.Ordinal));

        // An object with an enum `code` (a `…Woord`) exists only as an entry of woordenlijst.
        var woordTypen = schema.AllTypes.OfType<IObjectGraphType>()
            .Where(t => t.GetField("code") is { } code && Kaal(code.ResolvedType!) is EnumerationGraphType).Select(t => t.Name).ToHashSet();
        var gebruik = schema.AllTypes.OfType<IComplexGraphType>().Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal))
            .SelectMany(t => t.Fields.Where(v => woordTypen.Contains(Kaal(v.ResolvedType!).Name)).Select(v => $"{t.Name}.{v.Name}"));
        Assert.All(gebruik, veld => Assert.StartsWith("Woordenlijst.", veld, StringComparison.Ordinal));
        Assert.Equal(Woordenboek.Soorten.Count, woordTypen.Count);
    }

    [Fact]
    public void NoStringFieldHoldsAnEnumCode()
    {
        var schema = MaakSchema();
        var enums = schema.AllTypes.OfType<EnumerationGraphType>().Where(e => !e.Name.StartsWith("__", StringComparison.Ordinal)).ToList();
        // A field named after an enum (`taal`, `kanaal`, `soort` for ActiviteitSoort …) or after a list of it (`talen`, `themas`).
        var namen = enums.SelectMany(e => new[] { e.Name, Laatste(e.Name) })
            .Concat(Woordenboek.Soorten.Select(s => s.Veld)).Concat(Woordenboek.Soorten.Select(s => Laatste(s.Veld)))
            .Select(n => n.ToLowerInvariant()).ToHashSet();

        var strings = schema.AllTypes.OfType<IComplexGraphType>().Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal))
            .SelectMany(t => t.Fields.Where(v => Kaal(v.ResolvedType!) is StringGraphType).Select(v => (Naam: $"{t.Name}.{v.Name}", Veld: v.Name)))
            .Where(v => namen.Contains(v.Veld.ToLowerInvariant()) || namen.Contains(Laatste(v.Veld).ToLowerInvariant()))
            .Select(v => v.Naam).Where(v => !Uitzonderingen.Contains(v)).ToList();

        Assert.True(strings.Count == 0, "String fields that carry an enum code: " + string.Join(", ", strings));
        Assert.All(new[] { ("Reactie", "taal"), ("Uitvraag", "taal"), ("Uitvraag", "beschikbareTalen"), ("KanaalTelling", "kanaal"), ("Activiteit", "soort"), ("Organisatie", "themas") },
            v => Assert.IsAssignableFrom<EnumerationGraphType>(Kaal(((IComplexGraphType)schema.AllTypes[v.Item1]!).GetField(v.Item2)!.ResolvedType!)));

        // "ActiviteitSoort" → "Soort", "beschikbareTalen" → "Talen": the last word of a name in camel or Pascal case.
        static string Laatste(string naam) => naam[naam.Select((c, i) => (c, i)).LastOrDefault(p => char.IsUpper(p.c)).i..];
    }

    [Fact]
    public void EveryEnumOfTheSchemaIsInTheVocabularyWithItsCodes()
    {
        var schema = MaakSchema();
        var enums = schema.AllTypes.OfType<EnumerationGraphType>()
            .Where(e => !e.Name.StartsWith("__", StringComparison.Ordinal) && e.Name != "Weekdag")
            .ToDictionary(e => e.Name, e => e.Values.Select(v => v.Name).ToList());

        Assert.Equal(enums.Keys.Order(), Woordenboek.Soorten.Select(s => s.Naam).Order());
        Assert.All(Woordenboek.Soorten, s => Assert.Equal(enums[s.Naam], s.Woorden.Select(w => w.Code)));
        Assert.All(Woordenboek.Soorten.SelectMany(s => s.Woorden), w =>
        {
            Assert.False(string.IsNullOrWhiteSpace(Woordenboek.Label(w, System.Globalization.CultureInfo.InvariantCulture)), w.Sleutel);
            Assert.False(string.IsNullOrWhiteSpace(Woordenboek.Beschrijving(w, System.Globalization.CultureInfo.InvariantCulture)), w.Sleutel);
        });
    }

    [Theory]
    [InlineData("EENZAAMHEID_EN_ONTMOETING", "eenzaamheid-en-ontmoeting")]
    [InlineData("JEUGD", "jeugd")]
    [InlineData("MENSEN_MET_BEPERKING", "mensen-met-beperking")]
    public void ACodeAndItsSlugConvertBothWays(string code, string slug)
    {
        Assert.Equal(slug, Slug.VanCode(code));
        Assert.Equal(code, Slug.NaarCode(slug));
        Assert.Equal(code, Slug.NaarCode(code));
        Assert.Equal(code, Slug.NaarCode(" " + slug.ToUpperInvariant() + " "));
    }

    [Fact]
    public void EveryCodeOfTheVocabularyRoundTripsThroughItsSlug()
    {
        Assert.All(Woordenboek.Soorten.SelectMany(s => s.Woorden), w => Assert.Equal(w.Code, Slug.NaarCode(w.Slug)));
        Assert.Equal(Kenmerken.Thema.EenzaamheidEnOntmoeting, Slug.Lees<Kenmerken.Thema>("eenzaamheid-en-ontmoeting"));
        Assert.Equal(Kenmerken.Doelgroep.MensenMetBeperking, Slug.Lees<Kenmerken.Doelgroep>("MENSEN_MET_BEPERKING"));
        Assert.Null(Slug.Lees<Kenmerken.Thema>("ouderen"));
        Assert.Equal("werkende-minima", Slug.Van(Kenmerken.Doelgroep.WerkendeMinima));
    }
}
