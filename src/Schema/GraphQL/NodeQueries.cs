using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace SociaalNetwerk.Schema.GraphQL;

public static class NodeQueries
{
    public const int MaximumIds = 100;

    public static ObjectGraphType AddNodeFields(this ObjectGraphType query)
    {
        query.Field<NodeInterfaceGraphType>("node")
            .Description("Haalt elk object op met zijn id (Relay). Leeg als het object niet (meer) bestaat.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "De id van het object.")
            .Resolve(c => Laad(c, c.GetArgument<string>("id")));

        query.Field<NonNullGraphType<ListGraphType<NodeInterfaceGraphType>>>("nodes")
            .Description($"Haalt meerdere objecten tegelijk op met hun ids, in dezelfde volgorde; een onbekend object wordt `null`. Hoogstens {MaximumIds} ids.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "De ids van de objecten.")
            .ResolveAsync(async c =>
            {
                var ids = c.GetArgument<List<string>>("ids");
                if (ids.Count > MaximumIds)
                {
                    throw new SociaalNetwerkException(FoutCodes.TeVeelIds, ids.Count, MaximumIds);
                }

                var resultaten = ids.Select(id => Laad(c, id)).ToList();
                var nodes = new List<object?>(resultaten.Count);
                foreach (var resultaat in resultaten)
                {
                    nodes.Add(resultaat is null ? null : await resultaat.GetResultAsync(c.CancellationToken));
                }

                return nodes;
            });

        return query;
    }

    private static IDataLoaderResult? Laad(IResolveFieldContext context, string id)
    {
        if (!GlobalId.Probeer(id, out var type, out var sleutel))
        {
            throw new SociaalNetwerkException(FoutCodes.OngeldigeId, id, "Node");
        }

        var lader = context.RequestServices!.GetServices<NodeLader>().FirstOrDefault(l => l.Type == type);
        return lader?.Laad(context, sleutel);
    }
}
