using GraphQL.DataLoader;
using GraphQL.Types;

namespace SociaalNetwerk.Schema.GraphQL;

public sealed class NodeInterfaceGraphType : InterfaceGraphType
{
    public NodeInterfaceGraphType()
    {
        Name = "Node";
        Description = "Alles met een wereldwijd unieke id. Haal elk object opnieuw op met `node(id:)`.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("De wereldwijd unieke, voor clients ondoorzichtige id van dit object.");
    }
}

/// <summary>How <c>node(id:)</c> loads one type of object; each feature registers its own in DI.</summary>
public sealed record NodeLader(string Type, Func<global::GraphQL.IResolveFieldContext, string, IDataLoaderResult?> Laad);

/// <summary>
/// Whether the caller may see an object reached through <c>node(id:)</c>; a hidden object is reported as not found,
/// exactly as the type's own root field does.
/// </summary>
public delegate Task<bool> MagZienAsync<in T>(global::GraphQL.IResolveFieldContext context, T entiteit, CancellationToken cancellationToken);

/// <summary>A loader result with a visibility check applied after loading.</summary>
internal sealed class ZichtbaarResultaat<T>(global::GraphQL.IResolveFieldContext context, IDataLoaderResult<T?> bron, MagZienAsync<T> magZien) : IDataLoaderResult<T?>
    where T : class
{
    public async Task<T?> GetResultAsync(CancellationToken cancellationToken = default)
    {
        var entiteit = await bron.GetResultAsync(cancellationToken);
        return entiteit is not null && await magZien(context, entiteit, cancellationToken) ? entiteit : null;
    }

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
}
