using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;

namespace SociaalNetwerk.Schema.GraphQL;

/// <summary>
/// GraphQL.NET's serial execution, with the fields of a selection set on an object type collected once per document
/// instead of once per object: GraphQL.NET walks the selection (fragments, merged fields) again for every object of a
/// list, 3 % of the CPU of an agenda page of 20 items in a profile (docs/performance.md). Only when the document has no
/// directives at all: <c>@skip</c> and <c>@include</c> depend on the variables, so with them every object collects its
/// fields as before. The execution nodes themselves are still made per object.
/// </summary>
public sealed class OnthoudendeUitvoering : SerialExecutionStrategy
{
    /// <summary>The strategy for queries (one per process, like <see cref="SerialExecutionStrategy.Instance"/>).</summary>
    public static new OnthoudendeUitvoering Instance { get; } = new();

    private static readonly ConditionalWeakTable<GraphQLDocument, Velden> PerDocument = [];

    protected override void SetSubFieldNodes(global::GraphQL.Execution.ExecutionContext context, ObjectExecutionNode parent)
    {
        var velden = PerDocument.GetValue(context.Document, d => new Velden(HeeftDirectieven(d)));
        if (velden.Wisselend || parent.SelectionSet is not { } selectie)
        {
            base.SetSubFieldNodes(context, parent);
            return;
        }

        var type = parent.GetObjectGraphType(context.Schema) ?? parent.GraphType;
        var verzameld = velden.PerSelectie.GetOrAdd((selectie, type), s => [.. CollectFieldsFrom(context, s.Type, s.Selectie, null).Values]);
        var knopen = new ExecutionNode[verzameld.Length];
        for (var i = 0; i < verzameld.Length; i++)
        {
            var (veld, definitie) = verzameld[i];
            knopen[i] = BuildExecutionNode(parent, definitie.ResolvedType!, veld, definitie);
        }

        parent.SubFields = knopen;
    }

    /// <summary>Whether any field, fragment spread, inline fragment or fragment of the document carries a directive.</summary>
    private static bool HeeftDirectieven(GraphQLDocument document) =>
        document.Definitions.Any(d => d switch
        {
            GraphQLOperationDefinition o => HeeftDirectieven(o.SelectionSet),
            GraphQLFragmentDefinition f => f.Directives is { Count: > 0 } || HeeftDirectieven(f.SelectionSet),
            _ => false,
        });

    private static bool HeeftDirectieven(GraphQLSelectionSet? selectie) =>
        selectie?.Selections.Any(s => s switch
        {
            GraphQLField veld => veld.Directives is { Count: > 0 } || HeeftDirectieven(veld.SelectionSet),
            GraphQLFragmentSpread spread => spread.Directives is { Count: > 0 },
            GraphQLInlineFragment fragment => fragment.Directives is { Count: > 0 } || HeeftDirectieven(fragment.SelectionSet),
            _ => true,
        }) == true;

    /// <summary>The collected fields of one document, per selection set and object type.</summary>
    private sealed class Velden(bool wisselend)
    {
        /// <summary>The document has directives: what a selection set collects may differ per request.</summary>
        public bool Wisselend { get; } = wisselend;

        public ConcurrentDictionary<(GraphQLSelectionSet Selectie, IGraphType Type), (GraphQLField Veld, FieldType Definitie)[]> PerSelectie { get; } = new();
    }
}
