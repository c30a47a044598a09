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
public sealed record NodeLader(string Type, Func<IServiceProvider, string, IDataLoaderResult?> Laad);
