using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;

namespace SociaalNetwerk.Schema.Tests;

/// <summary>
/// Every shipped GraphQL document (every .graphql file in the repository but the schema: examples/ and the widgets'
/// persisted documents) selects <c>id</c> on every object that has one. Apollo Client and other normalising caches key
/// objects on <c>id</c>; without it they warn ("Cache data may be lost when replacing …") and a mutation's answer does
/// not update the cached object.
/// </summary>
public sealed class IdSelectieTests
{
    private static readonly Lazy<ISchema> Schema = new(() =>
    {
        var schema = new ServiceCollection().AddLogging().AddSociaalNetwerkSchema("Data Source=:memory:").BuildServiceProvider().GetRequiredService<ISchema>();
        schema.Initialize();
        return schema;
    });

    private static readonly string[] Overslaan = ["node_modules", "bin", "obj", ".git", "dist", "build"];

    /// <summary>Every .graphql file in the repository except schema.graphql, relative to its root.</summary>
    public static TheoryData<string> Documenten() => [.. Bestanden()];

    private static List<string> Bestanden() =>
    [
        .. Directory.EnumerateFiles(Repository.Map, "*.graphql", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Repository.Map, f).Replace('\\', '/'))
            .Where(f => f != "schema.graphql" && !f.Split('/').Any(deel => Overslaan.Contains(deel)))
            .Order(StringComparer.Ordinal),
    ];

    [Fact]
    public void TheExamplesAndTheWidgetDocumentsAreFound()
    {
        var documenten = Bestanden();

        Assert.Contains("examples/queries/agenda.graphql", documenten);
        Assert.Contains("src/Widgets/src/agenda/agenda.graphql", documenten);
        Assert.True(documenten.Count >= 50, $"only {documenten.Count} .graphql files found");
    }

    [Theory]
    [MemberData(nameof(Documenten))]
    public void EveryObjectWithAnIdIsSelectedWithItsId(string bestand)
    {
        var fouten = ZonderId(File.ReadAllText(Path.Combine(Repository.Map, bestand)), Fragmenten(bestand));

        Assert.True(fouten.Count == 0, $"{bestand} selects without `id`: {string.Join("; ", fouten)}");
    }

    /// <summary>The check finds a missing id, also behind a fragment, an inline fragment and in a union member.</summary>
    [Theory]
    [InlineData("query { organisatie(id: \"x\") { naam } }", "organisatie (Organisatie)")]
    [InlineData("query { agenda { nodes { id activiteit { titel } } } }", "agenda.nodes.activiteit (Activiteit)")]
    [InlineData("query { organisatie(id: \"x\") { ...F } } fragment F on Organisatie { naam }", "organisatie (Organisatie)")]
    [InlineData("query { node(id: \"x\") { ... on Organisatie { naam } } }", "node (Organisatie)")]
    public void AMissingIdIsFound(string document, string verwacht) =>
        Assert.Contains(verwacht, ZonderId(document, []));

    [Theory]
    [InlineData("query { organisatie(id: \"x\") { id naam } }")]
    [InlineData("query { organisatie(id: \"x\") { ...F } } fragment F on Organisatie { id naam }")]
    [InlineData("query { node(id: \"x\") { id ... on Organisatie { naam } } }")]
    [InlineData("query { agenda { totalCount pageInfo { hasNextPage } } }")]
    public void ASelectionWithIdOrOfATypeWithoutIdPasses(string document) =>
        Assert.Empty(ZonderId(document, []));

    /// <summary>
    /// The fragments a file may use besides its own: the widgets' documents share fragments over all their files
    /// (scripts/documenten.mjs puts them into one document).
    /// </summary>
    private static Dictionary<string, GraphQLFragmentDefinition> Fragmenten(string bestand)
    {
        var map = Path.GetDirectoryName(Path.Combine(Repository.Map, bestand))!;
        var wortel = bestand.StartsWith("src/Widgets/", StringComparison.Ordinal) ? Path.Combine(Repository.Map, "src", "Widgets", "src") : map;
        return Directory.EnumerateFiles(wortel, "*.graphql", SearchOption.AllDirectories)
            .SelectMany(f => GraphQLParser.Parser.Parse(File.ReadAllText(f)).Definitions.OfType<GraphQLFragmentDefinition>())
            .GroupBy(f => f.FragmentName.Name.StringValue)
            .ToDictionary(g => g.Key, g => g.First());
    }

    /// <summary>Every selection of an object type that has an <c>id</c> field but does not select it, as "path (Type)".</summary>
    private static List<string> ZonderId(string tekst, Dictionary<string, GraphQLFragmentDefinition> gedeeld)
    {
        var document = GraphQLParser.Parser.Parse(tekst);
        var fragmenten = new Dictionary<string, GraphQLFragmentDefinition>(gedeeld);
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
        {
            fragmenten[fragment.FragmentName.Name.StringValue] = fragment;
        }

        var fouten = new List<string>();
        foreach (var operatie in document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            var wortel = operatie.Operation == OperationType.Mutation ? Schema.Value.Mutation! : Schema.Value.Query;
            Doorloop(operatie.SelectionSet, wortel, "", fragmenten, fouten);
        }

        return fouten;
    }

    private static void Doorloop(GraphQLSelectionSet selecties, IGraphType type, string pad, Dictionary<string, GraphQLFragmentDefinition> fragmenten, List<string> fouten)
    {
        foreach (var selectie in selecties.Selections)
        {
            switch (selectie)
            {
                case GraphQLField veld when veld.SelectionSet is not null && !veld.Name.StringValue.StartsWith("__", StringComparison.Ordinal):
                    var definitie = ((IComplexGraphType)type).GetField(veld.Name.StringValue)
                        ?? throw new InvalidOperationException($"{type.Name} has no field {veld.Name.StringValue}");
                    var veldType = definitie.ResolvedType!.GetNamedType();
                    var veldPad = pad.Length == 0 ? veld.Name.StringValue : $"{pad}.{veld.Name.StringValue}";
                    Controleer(veld.SelectionSet, veldType, veldPad, fragmenten, fouten);
                    Doorloop(veld.SelectionSet, veldType, veldPad, fragmenten, fouten);
                    break;
                case GraphQLInlineFragment inline:
                    Doorloop(inline.SelectionSet, inline.TypeCondition is { } t ? Type(t) : type, pad, fragmenten, fouten);
                    break;
                case GraphQLFragmentSpread spread:
                    var fragment = fragmenten[spread.FragmentName.Name.StringValue];
                    Doorloop(fragment.SelectionSet, Type(fragment.TypeCondition), pad, fragmenten, fouten);
                    break;
            }
        }
    }

    /// <summary>For every object type the selection can answer: if it selects anything of it, it selects <c>id</c> if that exists.</summary>
    private static void Controleer(GraphQLSelectionSet selecties, IGraphType type, string pad, Dictionary<string, GraphQLFragmentDefinition> fragmenten, List<string> fouten)
    {
        IEnumerable<IObjectGraphType> mogelijk = type switch
        {
            IObjectGraphType o => [o],
            IAbstractGraphType a => a.PossibleTypes,
            _ => [],
        };
        foreach (var object_ in mogelijk.Where(o => o.HasField("id")))
        {
            var velden = new List<GraphQLField>();
            Verzamel(selecties, object_, fragmenten, velden);
            if (velden.Any(v => v.Name.StringValue != "__typename")
                && !velden.Any(v => v.Name.StringValue == "id" && (v.Alias is null || v.Alias.Name.StringValue == "id")))
            {
                fouten.Add($"{pad} ({object_.Name})");
            }
        }
    }

    /// <summary>The fields a selection asks of <paramref name="object_"/>, through the fragments that apply to it.</summary>
    private static void Verzamel(GraphQLSelectionSet selecties, IObjectGraphType object_, Dictionary<string, GraphQLFragmentDefinition> fragmenten, List<GraphQLField> velden)
    {
        foreach (var selectie in selecties.Selections)
        {
            switch (selectie)
            {
                case GraphQLField veld:
                    velden.Add(veld);
                    break;
                case GraphQLInlineFragment inline when inline.TypeCondition is null || GeldtVoor(inline.TypeCondition, object_):
                    Verzamel(inline.SelectionSet, object_, fragmenten, velden);
                    break;
                case GraphQLFragmentSpread spread when fragmenten[spread.FragmentName.Name.StringValue] is var fragment && GeldtVoor(fragment.TypeCondition, object_):
                    Verzamel(fragment.SelectionSet, object_, fragmenten, velden);
                    break;
            }
        }
    }

    private static bool GeldtVoor(GraphQLTypeCondition voorwaarde, IObjectGraphType object_) => Type(voorwaarde) switch
    {
        IObjectGraphType o => o == object_,
        IAbstractGraphType a => a.PossibleTypes.Contains(object_),
        _ => false,
    };

    private static IGraphType Type(GraphQLTypeCondition voorwaarde) =>
        Schema.Value.AllTypes[voorwaarde.Type.Name.StringValue] ?? throw new InvalidOperationException($"unknown type {voorwaarde.Type.Name.StringValue}");
}
