using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SociaalNetwerk.Schema.Data;

namespace SociaalNetwerk.Schema.GraphQL;

/// <summary>
/// Collects the keys that resolvers ask for while GraphQL.NET walks one level of the query, then loads them
/// all in one database round trip when the first result is awaited. One instance per request (scoped).
/// </summary>
public abstract class BatchDataLoader<TKey, TValue>
    where TKey : notnull
{
    private readonly Lock _slot = new();
    private readonly Dictionary<TKey, TValue> _geladen = [];
    private readonly HashSet<TKey> _wachtend = [];
    private readonly SemaphoreSlim _eenTegelijk = new(1, 1);

    public IDataLoaderResult<TValue> Laad(TKey sleutel)
    {
        lock (_slot)
        {
            if (!_geladen.ContainsKey(sleutel))
            {
                _wachtend.Add(sleutel);
            }
        }

        return new Resultaat(this, sleutel);
    }

    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> HaalOpAsync(IReadOnlyList<TKey> sleutels, CancellationToken cancellationToken);

    /// <summary>The value for a key the database did not return: null, or an empty list for one-to-many loaders.</summary>
    protected abstract TValue Ontbrekend(TKey sleutel);

    private async Task<TValue> GeefAsync(TKey sleutel, CancellationToken cancellationToken)
    {
        lock (_slot)
        {
            if (_geladen.TryGetValue(sleutel, out var bekend))
            {
                return bekend;
            }
        }

        await _eenTegelijk.WaitAsync(cancellationToken);
        try
        {
            List<TKey> partij;
            lock (_slot)
            {
                if (_geladen.TryGetValue(sleutel, out var bekend))
                {
                    return bekend;
                }

                _wachtend.Add(sleutel);
                partij = [.. _wachtend];
                _wachtend.Clear();
            }

            var gevonden = await HaalOpAsync(partij, cancellationToken);
            lock (_slot)
            {
                foreach (var k in partij)
                {
                    _geladen[k] = gevonden.TryGetValue(k, out var waarde) ? waarde : Ontbrekend(k);
                }

                return _geladen[sleutel];
            }
        }
        finally
        {
            _eenTegelijk.Release();
        }
    }

    private sealed class Resultaat(BatchDataLoader<TKey, TValue> lader, TKey sleutel) : IDataLoaderResult<TValue>
    {
        public Task<TValue> GetResultAsync(CancellationToken cancellationToken = default) => lader.GeefAsync(sleutel, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}

/// <summary>A loader of single rows by key; a missing row is null.</summary>
public abstract class ByIdDataLoader<TKey, TValue> : BatchDataLoader<TKey, TValue?>
    where TKey : notnull
    where TValue : class
{
    protected sealed override TValue? Ontbrekend(TKey sleutel) => null;
}

/// <summary>An entity with an integer key: what <see cref="EntiteitByIdDataLoader{T}"/> and <c>node(id:)</c> load.</summary>
public interface IEntiteit
{
    int Id { get; }
}

/// <summary>Loads entities of one type by id, all keys of a query level in one statement.</summary>
public class EntiteitByIdDataLoader<T>(IDbContextFactory<SociaalNetwerkDbContext> databank) : ByIdDataLoader<int, T>
    where T : class, IEntiteit
{
    protected override async Task<IReadOnlyDictionary<int, T?>> HaalOpAsync(IReadOnlyList<int> sleutels, CancellationToken cancellationToken)
    {
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        return await db.Set<T>().AsNoTracking().Where(e => sleutels.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => (T?)e, cancellationToken);
    }
}

/// <summary>A loader of one-to-many relations; a key without rows gets an empty list.</summary>
public abstract class GroupedDataLoader<TKey, TValue> : BatchDataLoader<TKey, IReadOnlyList<TValue>>
    where TKey : notnull
{
    protected sealed override IReadOnlyList<TValue> Ontbrekend(TKey sleutel) => [];

    protected static IReadOnlyDictionary<TKey, IReadOnlyList<TValue>> Groepeer<TRij>(IEnumerable<TRij> rijen, Func<TRij, TKey> sleutel, Func<TRij, TValue> waarde) =>
        rijen.GroupBy(sleutel).ToDictionary(g => g.Key, g => (IReadOnlyList<TValue>)g.Select(waarde).ToList());
}

public static class EntiteitLaders
{
    /// <summary>
    /// Registers the by-id loader of an entity type and makes the type reachable through <c>node(id:)</c>; with
    /// <paramref name="magZien"/>, objects the caller may not see are reported as not found.
    /// </summary>
    public static IServiceCollection AddNode<T, TLader>(this IServiceCollection services, MagZienAsync<T>? magZien = null)
        where T : class, IEntiteit
        where TLader : EntiteitByIdDataLoader<T>
    {
        services.AddScoped<TLader>();
        return services.AddSingleton(new NodeLader(typeof(T).Name, (context, sleutel) =>
        {
            if (!int.TryParse(sleutel, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
            {
                return null;
            }

            var resultaat = context.RequestServices!.GetRequiredService<TLader>().Laad(id);
            return magZien is null ? resultaat : new ZichtbaarResultaat<T>(context, resultaat, magZien);
        }));
    }
}
