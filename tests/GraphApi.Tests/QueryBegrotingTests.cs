using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;
using SociaalNetwerk.GraphApi.GraphQL;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// <see cref="QueryBegroting"/> replaces GraphQL.NET's complexity analyser: for ordinary documents (the widgets'
/// persisted documents, the queries in the docs) it must give the same complexity and depth, so the limits mean
/// what they meant. Only introspection differs on purpose: it now has a weight instead of costing nothing.
/// </summary>
[Collection(ServerCollectie.Naam)]
public sealed class QueryBegrotingTests(SociaalNetwerkServer server)
{
    private static readonly Inputs Variabelen = new(new Dictionary<string, object?>
    {
        ["first"] = 20, ["metWijken"] = true, ["id"] = "QWN0aXZpdGVpdDox", ["code"] = "ABC", ["taal"] = "NL", ["met"] = false,
    });

    public static TheoryData<string> Documenten()
    {
        var data = new TheoryData<string>
        {
            "{ wijken { slug } }",
            "{ wijken { slug naam organisaties { naam themas } } }",
            "{ agenda(first: 100) { totalCount nodes { start activiteit { titel organisatoren { naam } locatie { naam wijk { naam } } } } } }",
            "{ agenda(first: 100) { nodes { activiteit { organisatoren { activiteiten(first: 100) { nodes { organisatoren { naam omschrijving website } } } } } } } }",
            "{ agenda { edges { cursor node { start } } pageInfo { endCursor } } organisaties(first: 5) { nodes { naam wijken { naam } } } }",
            "query($met: Boolean!) { wijken { slug organisaties @include(if: $met) { naam } naam @skip(if: true) } netwerken { naam } }",
            "query($first: Int) { organisaties(first: $first) { nodes { ...Org } } } fragment Org on Organisatie { naam wijken { ...W } } fragment W on Wijk { slug naam }",
            "{ __typename wijken { __typename slug } }",
        };
        foreach (var (_, tekst) in OpgeslagenDocumenten.UitWidgets().Alle)
        {
            if (!tekst.Contains("$invoer", StringComparison.Ordinal))
            {
                data.Add(tekst);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documenten))]
    public async Task OrdinaryDocumentsWeighAsGraphQLNetWeighedThem(string tekst)
    {
        var schema = server.Services.GetRequiredService<ISchema>();
        var document = GraphQLParser.Parser.Parse(tekst);
        var operatie = document.Definitions.OfType<GraphQLOperationDefinition>().Single();
        double? complexiteit = null;
        int? diepte = null;
        var analyser = new ComplexityValidationRule(new ComplexityOptions
        {
            ValidateComplexityDelegate = context =>
            {
                complexiteit = context.TotalImpact;
                diepte = context.MaxDepth;
                return Task.CompletedTask;
            },
        });
        var validatie = await new DocumentValidator().ValidateAsync(new ValidationOptions
        {
            Schema = schema,
            Document = document,
            Operation = operatie,
            Rules = DocumentValidator.CoreRules.Append(analyser),
            Variables = Variabelen,
            Extensions = Inputs.Empty,
            UserContext = new Dictionary<string, object?>(),
            Metrics = global::GraphQL.Instrumentation.Metrics.None,
            RequestServices = server.Services,
        });
        Assert.True(validatie.IsValid, string.Join("; ", validatie.Errors.Select(e => e.Message)));

        var (begroting, fout) = QueryBegroting.Bereken(document, schema, null, Variabelen, new GraphQLLimieten { MaximaleComplexiteit = int.MaxValue });

        Assert.Null(fout);
        Assert.Equal(complexiteit, begroting!.Complexiteit);
        Assert.Equal(diepte, begroting.Diepte);
    }
}
