using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore.Metadata;

namespace SociaalNetwerk.Schema.Data;

/// <summary>
/// EF Core compiled queries (<c>EF.CompileAsyncQuery</c>) for statements whose shape is fixed per key, such as a loader
/// with the columns one document reads: the expression is translated once instead of on every execution (a
/// non-compiled query walks and hashes its whole expression tree to find its cached translation, per run). One per
/// model and key: a compiled query may only run on the model it was first run with, and one process can hold
/// contexts of both providers. Bounded: once <see cref="Maximum"/> are kept, <see cref="Zoek"/> returns null and the
/// caller runs its query the ordinary way (a client that sends ever new selections cannot fill the memory).
/// </summary>
public static class GecompileerdeQueries
{
    /// <summary>How many compiled queries are kept at most.</summary>
    public const int Maximum = 512;

    private static readonly ConcurrentDictionary<(IModel Model, object Sleutel), object> Queries = new();

    /// <summary>
    /// The compiled query for <paramref name="sleutel"/> (a value with equality: a tuple of types and strings) on this
    /// context's model, made with <paramref name="maak"/> the first time; null when the bound is reached.
    /// </summary>
    public static TQuery? Zoek<TQuery>(SociaalNetwerkDbContext db, object sleutel, Func<TQuery> maak)
        where TQuery : class
    {
        if (Uitgeschakeld)
        {
            return null;
        }

        var k = (db.Model, sleutel);
        if (Queries.TryGetValue(k, out var bekend))
        {
            return (TQuery)bekend;
        }

        return Queries.Count >= Maximum ? null : (TQuery)Queries.GetOrAdd(k, _ => maak());
    }

    /// <summary>For tests: every caller runs its ordinary query, as when the bound is reached.</summary>
    internal static bool Uitgeschakeld { get; set; }

    /// <summary>How many compiled queries are kept (for tests).</summary>
    public static int Aantal => Queries.Count;
}
