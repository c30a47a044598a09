using GraphQL.Types;

namespace SociaalNetwerk.Schema.Redactie;

/// <summary>
/// The input of an editing mutation, with patch semantics: a field the client leaves out stays as it is, a field sent
/// as <c>null</c> is cleared. GraphQL.NET turns absent and null into the same CLR value, so the input type records
/// which fields were actually sent (<see cref="Heeft"/>).
/// </summary>
public abstract record GedeeltelijkeInvoer
{
    private HashSet<string> _opgegeven = new(StringComparer.Ordinal);

    /// <summary>Whether the client sent this field (by its GraphQL name), with a value or with null.</summary>
    public bool Heeft(string veld) => _opgegeven.Contains(veld);

    internal void ZetOpgegeven(IEnumerable<string> velden) => _opgegeven = new HashSet<string>(velden, StringComparer.Ordinal);
}

/// <summary>An input object type that remembers which fields the client sent; see <see cref="GedeeltelijkeInvoer"/>.</summary>
public abstract class GedeeltelijkeInvoerGraphType<T> : InputObjectGraphType<T>
    where T : GedeeltelijkeInvoer
{
    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var invoer = (T)base.ParseDictionary(value);
        invoer.ZetOpgegeven(value.Keys);
        return invoer;
    }
}
