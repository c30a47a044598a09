using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;

namespace SociaalNetwerk.Schema.Tests;

/// <summary>
/// Every document in examples/ is valid against the schema, default values of its variables included, without
/// executing anything. (tests/GraphApi.Tests runs them against the demo data.)
/// </summary>
public sealed class VoorbeeldDocumentTests
{
    private static readonly ServiceProvider Services = new ServiceCollection().AddLogging().AddSociaalNetwerkSchema("Data Source=:memory:").BuildServiceProvider();

    private static readonly Lazy<ISchema> Schema = new(() =>
    {
        var schema = Services.GetRequiredService<ISchema>();
        schema.Initialize();
        return schema;
    });

    public static TheoryData<string> Documenten() =>
    [
        .. new[] { "queries", "mutations" }
            .SelectMany(map => Directory.GetFiles(Pad(map), "*.graphql").Select(f => map + "/" + Path.GetFileName(f)))
            .Order(StringComparer.Ordinal),
    ];

    [Theory]
    [MemberData(nameof(Documenten))]
    public async Task ExampleIsOneValidOperationOnTheRootFieldItIsNamedAfter(string bestand)
    {
        var tekst = await File.ReadAllTextAsync(Path.Combine(Pad(), bestand));
        var document = GraphQLParser.Parser.Parse(tekst);
        var operatie = Assert.Single(document.Definitions.OfType<GraphQLOperationDefinition>());

        Assert.StartsWith("# ", tekst, StringComparison.Ordinal);
        Assert.Equal(bestand.StartsWith("mutations/", StringComparison.Ordinal) ? OperationType.Mutation : OperationType.Query, operatie.Operation);
        Assert.Contains(Path.GetFileNameWithoutExtension(bestand), operatie.SelectionSet.Selections.OfType<GraphQLField>().Select(v => v.Name.StringValue));
        var resultaat = await Valideer(document, operatie);
        Assert.True(resultaat.IsValid, string.Join("; ", resultaat.Errors.Select(f => f.Message)));
    }

    [Fact]
    public void EveryMutationHasAnExample()
    {
        var mutaties = Schema.Value.Mutation!.Fields.Select(v => v.Name).ToList();

        Assert.NotEmpty(mutaties);
        Assert.All(mutaties, veld => Assert.True(File.Exists(Path.Combine(Pad("mutations"), veld + ".graphql")), $"examples/mutations/{veld}.graphql is missing"));
    }

    /// <summary>The validation really looks at default values: a wrong enum value in one is an error.</summary>
    [Fact]
    public async Task AWrongDefaultValueIsAnError()
    {
        var tekst = (await File.ReadAllTextAsync(Path.Combine(Pad("mutations"), "reactieIndienen.graphql"))).Replace("VRIJWILLIGERS", "VRIJWILLIGER", StringComparison.Ordinal);
        var document = GraphQLParser.Parser.Parse(tekst);

        var resultaat = await Valideer(document, document.Definitions.OfType<GraphQLOperationDefinition>().Single());

        Assert.False(resultaat.IsValid);
    }

    private static string Pad(string? map = null) => map is null ? Path.Combine(Repository.Map, "examples") : Path.Combine(Repository.Map, "examples", map);

    private static Task<IValidationResult> Valideer(GraphQLDocument document, GraphQLOperationDefinition operatie) =>
        new DocumentValidator().ValidateAsync(new ValidationOptions
        {
            Schema = Schema.Value,
            Document = document,
            Operation = operatie,
            Rules = DocumentValidator.CoreRules,
            UserContext = new Dictionary<string, object?>(),
            Variables = Inputs.Empty,
            Extensions = Inputs.Empty,
            RequestServices = Services,
        });
}
