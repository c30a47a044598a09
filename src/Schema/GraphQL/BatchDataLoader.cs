using System.Linq.Expressions;
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

/// <summary>
/// Loads entities of one type by id, all keys of a query level in one statement. With the name of its GraphQL type
/// (<paramref name="graphType"/>), <see cref="Laad(int, global::GraphQL.IResolveFieldContext)"/> reads only the columns the
/// document's fields on that type need (<see cref="Projectie"/>, as <see cref="GekoppeldByDataLoader{TKoppeling, TDoel}"/>
/// does): an agenda that prints a location's name does not read its address.
/// </summary>
public class EntiteitByIdDataLoader<T>(Verzoekcontext databank, string? graphType = null) : ByIdDataLoader<(int Id, Velden Velden), T>
    where T : class, IEntiteit
{
    /// <summary>The entity with all its columns.</summary>
    public IDataLoaderResult<T?> Laad(int id) => Laad((id, Velden.Alle));

    /// <summary>The entity with the columns <paramref name="context"/>'s document reads (all of them without a GraphQL type name).</summary>
    public IDataLoaderResult<T?> Laad(int id, global::GraphQL.IResolveFieldContext context) =>
        Laad((id, graphType is null ? Velden.Alle : Projectie.VeldenVan(context, graphType)));

    protected override async Task<IReadOnlyDictionary<(int Id, Velden Velden), T?>> HaalOpAsync(IReadOnlyList<(int Id, Velden Velden)> sleutels, CancellationToken cancellationToken)
    {
        var resultaat = new Dictionary<(int, Velden), T?>();
        await using var lening = await databank.LeenAsync(cancellationToken);
        var db = lening.Db;
        foreach (var groep in sleutels.GroupBy(s => s.Velden))
        {
            var ids = groep.Select(s => s.Id).Distinct().ToList();
            var velden = groep.Key;
            // Compiled once per projection: the same statement as the query below, without translating it every time.
            var gecompileerd = GecompileerdeQueries.Zoek(db, (typeof(EntiteitByIdDataLoader<T>), velden.Sleutel), () => EF.CompileAsyncQuery(Query(velden)));
            var rijen = gecompileerd is not null
                ? gecompileerd(db, ids)
                : db.Set<T>().AsNoTracking().Where(e => ids.Contains(e.Id)).Select(Projectie.Van<T>(velden)).AsAsyncEnumerable();
            await foreach (var rij in rijen.WithCancellation(cancellationToken))
            {
                resultaat[(rij.Id, groep.Key)] = rij;
            }
        }

        return resultaat;
    }

    /// <summary><c>(db, ids) => db.Set&lt;T&gt;().AsNoTracking().Where(e => ids.Contains(e.Id)).Select(e => new T { Id = e.Id, … })</c>.</summary>
    private static Expression<Func<SociaalNetwerkDbContext, List<int>, IQueryable<T>>> Query(Velden velden)
    {
        Expression<Func<SociaalNetwerkDbContext, List<int>, IQueryable<T>>> bron = (db, ids) => db.Set<T>().AsNoTracking().Where(e => ids.Contains(e.Id));
        return Expression.Lambda<Func<SociaalNetwerkDbContext, List<int>, IQueryable<T>>>(
            Expression.Call(typeof(Queryable), nameof(Queryable.Select), [typeof(T), typeof(T)], bron.Body, Expression.Quote(Projectie.Van<T>(velden))),
            bron.Parameters);
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

/// <summary>
/// A one-to-many loader whose rows come from one query for all keys: <paramref name="rijen"/> selects and orders
/// them, <paramref name="sleutel"/> and <paramref name="waarde"/> take the key and the value out of a row.
/// </summary>
public abstract class QueryGroupedDataLoader<TKey, TRij, TValue>(
    IDbContextFactory<SociaalNetwerkDbContext> databank,
    Func<SociaalNetwerkDbContext, IReadOnlyList<TKey>, IQueryable<TRij>> rijen,
    Func<TRij, TKey> sleutel,
    Func<TRij, TValue> waarde) : GroupedDataLoader<TKey, TValue>
    where TKey : notnull
{
    protected sealed override async Task<IReadOnlyDictionary<TKey, IReadOnlyList<TValue>>> HaalOpAsync(IReadOnlyList<TKey> sleutels, CancellationToken cancellationToken)
    {
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        return Groepeer(await rijen(db, sleutels).ToListAsync(cancellationToken), sleutel, waarde);
    }
}

/// <summary>The rows of one table per foreign key: <c>groepen</c> of a netwerk, <c>vragen</c> of an uitvraag.</summary>
public abstract class RijenByDataLoader<TValue>(
    IDbContextFactory<SociaalNetwerkDbContext> databank,
    Func<SociaalNetwerkDbContext, IReadOnlyList<int>, IQueryable<TValue>> rijen,
    Func<TValue, int> sleutel) : QueryGroupedDataLoader<int, TValue, TValue>(databank, rijen, sleutel, r => r);

/// <summary>A key and an entity that a join table links to it.</summary>
public sealed class Gekoppeld<T>
{
    public int Sleutel { get; init; }

    public required T Doel { get; init; }
}

/// <summary>
/// The entities that a join table with shadow foreign keys (<c>ActiviteitId</c>, <c>OrganisatieId</c>) links to each key,
/// in one statement: the organisers of activities, the wijken of organisations, the organisations of wijken. Reads only
/// the columns of the target that the document's fields on <paramref name="doeltype"/> need (<see cref="Projectie"/>):
/// an agenda that prints the organisers' names does not read their descriptions.
/// </summary>
public abstract class GekoppeldByDataLoader<TKoppeling, TDoel>(
    Verzoekcontext databank,
    Expression<Func<SociaalNetwerkDbContext, IQueryable<TKoppeling>>> koppelingen,
    string van,
    Expression<Func<SociaalNetwerkDbContext, IQueryable<TDoel>>> doelen,
    string naar,
    Expression<Func<IQueryable<Gekoppeld<TDoel>>, IQueryable<Gekoppeld<TDoel>>>> volgorde,
    string doeltype)
    : GroupedDataLoader<(int Sleutel, Velden Velden), TDoel>
    where TKoppeling : class
    where TDoel : class, IEntiteit
{
    /// <summary>The targets linked to <paramref name="sleutel"/>, with the columns <paramref name="context"/>'s document reads.</summary>
    public IDataLoaderResult<IReadOnlyList<TDoel>> Laad(int sleutel, global::GraphQL.IResolveFieldContext context) =>
        Laad((sleutel, Projectie.VeldenVan(context, doeltype)));

    protected sealed override async Task<IReadOnlyDictionary<(int Sleutel, Velden Velden), IReadOnlyList<TDoel>>> HaalOpAsync(IReadOnlyList<(int Sleutel, Velden Velden)> sleutels, CancellationToken cancellationToken)
    {
        var resultaat = new Dictionary<(int, Velden), IReadOnlyList<TDoel>>();
        await using var lening = await databank.LeenAsync(cancellationToken);
        var db = lening.Db;
        foreach (var groep in sleutels.GroupBy(s => s.Velden))
        {
            var ids = groep.Select(s => s.Sleutel).Distinct().ToList();
            var velden = groep.Key;
            // Compiled once per loader and projection (the loader's type fixes the tables, columns and order).
            var query = GecompileerdeQueries.Zoek(db, (GetType(), velden.Sleutel), () => EF.CompileAsyncQuery(Query(velden)));
            var rijen = query is not null ? query(db, ids) : Ongecompileerd(db, ids, velden);
            var lijst = new List<Gekoppeld<TDoel>>();
            await foreach (var rij in rijen.WithCancellation(cancellationToken))
            {
                lijst.Add(rij);
            }

            foreach (var perSleutel in lijst.GroupBy(r => r.Sleutel))
            {
                resultaat[(perSleutel.Key, groep.Key)] = perSleutel.Select(r => r.Doel).ToList();
            }
        }

        return resultaat;
    }

    /// <summary>
    /// <c>(db, ids) => volgorde(from koppeling in koppelingen(db) where ids.Contains(koppeling.van) join doel in
    /// doelen(db) on koppeling.naar equals doel.Id select …).Select(projectie)</c>, as one expression.
    /// </summary>
    private Expression<Func<SociaalNetwerkDbContext, List<int>, IQueryable<Gekoppeld<TDoel>>>> Query(Velden velden)
    {
        // Only the column names go into the expression (as constants), not this loader.
        var (vanKolom, naarKolom) = (van, naar);
        Expression<Func<SociaalNetwerkDbContext, List<int>, IQueryable<Gekoppeld<TDoel>>>> sjabloon = (db, ids) =>
            from koppeling in Plaatshouder<TKoppeling>(db)
            where ids.Contains(EF.Property<int>(koppeling!, vanKolom))
            join doel in Plaatshouder<TDoel>(db).AsNoTracking() on EF.Property<int>(koppeling!, naarKolom) equals doel.Id
            select new Gekoppeld<TDoel> { Sleutel = EF.Property<int>(koppeling!, vanKolom), Doel = doel };
        var db = sjabloon.Parameters[0];
        var gekoppeld = new Vervanger(db, koppelingen, doelen).Visit(sjabloon.Body);
        var geordend = new ParameterVervanger(volgorde.Parameters[0], gekoppeld).Visit(volgorde.Body);
        return Expression.Lambda<Func<SociaalNetwerkDbContext, List<int>, IQueryable<Gekoppeld<TDoel>>>>(
            Expression.Call(typeof(Queryable), nameof(Queryable.Select), [typeof(Gekoppeld<TDoel>), typeof(Gekoppeld<TDoel>)], geordend, Expression.Quote(Projectie.GekoppeldAlleen<TDoel>(velden))),
            sjabloon.Parameters);
    }

    /// <summary>The same query, translated the ordinary way (when <see cref="GecompileerdeQueries"/> is full).</summary>
    private IAsyncEnumerable<Gekoppeld<TDoel>> Ongecompileerd(SociaalNetwerkDbContext db, List<int> ids, Velden velden)
    {
        var query = Query(velden);
        var body = new ParameterVervanger(query.Parameters[0], Expression.Constant(db)).Visit(query.Body);
        body = new ParameterVervanger(query.Parameters[1], Expression.Field(Expression.Constant(new Waarden(ids)), nameof(Waarden.ids))).Visit(body);
        return ((IQueryable)db.Set<TDoel>()).Provider.CreateQuery<Gekoppeld<TDoel>>(body).AsAsyncEnumerable();
    }

    /// <summary>The ids as a captured value, as a lambda's closure holds it (EF Core makes it the parameter <c>@ids</c>).</summary>
    private sealed class Waarden(List<int> ids)
    {
#pragma warning disable SA1307, SA1401, IDE1006 // named like the variable it stands for
        public readonly List<int> ids = ids;
#pragma warning restore SA1307, SA1401, IDE1006
    }

    /// <summary>Stands for <c>koppelingen(db)</c> or <c>doelen(db)</c> in the template; replaced before EF Core sees it.</summary>
    private static IQueryable<TRij> Plaatshouder<TRij>(SociaalNetwerkDbContext db) => throw new InvalidOperationException("Only in an expression.");

    /// <summary>Puts the bodies of <c>koppelingen</c> and <c>doelen</c> (on the template's context) in place of <see cref="Plaatshouder{TRij}"/>.</summary>
    private sealed class Vervanger(ParameterExpression db, LambdaExpression koppelingen, LambdaExpression doelen) : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node) =>
            node.Method.IsGenericMethod && node.Method.GetGenericMethodDefinition() == PlaatshouderMethode
                ? new ParameterVervanger((node.Method.GetGenericArguments()[0] == typeof(TKoppeling) ? koppelingen : doelen).Parameters[0], db)
                    .Visit((node.Method.GetGenericArguments()[0] == typeof(TKoppeling) ? koppelingen : doelen).Body)
                : base.VisitMethodCall(node);
    }

    private static readonly System.Reflection.MethodInfo PlaatshouderMethode =
        typeof(GekoppeldByDataLoader<TKoppeling, TDoel>).GetMethod(nameof(Plaatshouder), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
}

/// <summary>Replaces one parameter of an expression by another expression.</summary>
internal sealed class ParameterVervanger(ParameterExpression parameter, Expression door) : ExpressionVisitor
{
    protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? door : node;
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

            var resultaat = context.RequestServices!.GetRequiredService<TLader>().Laad(id, context);
            return magZien is null ? resultaat : new ZichtbaarResultaat<T>(context, resultaat, magZien);
        }));
    }
}

/// <summary>Mapping a loader's result without awaiting it, so that the keys of one query level still share a batch.</summary>
public static class DataLoaderResultaten
{
    /// <summary>The result of <paramref name="resultaat"/> passed through <paramref name="omzetten"/> when GraphQL.NET asks for it.</summary>
    public static IDataLoaderResult<TUit> Dan<TIn, TUit>(this IDataLoaderResult<TIn> resultaat, Func<TIn, TUit> omzetten) =>
        new Omgezet<TIn, TUit>(resultaat, omzetten);

    private sealed class Omgezet<TIn, TUit>(IDataLoaderResult<TIn> binnen, Func<TIn, TUit> omzetten) : IDataLoaderResult<TUit>
    {
        public async Task<TUit> GetResultAsync(CancellationToken cancellationToken = default) => omzetten(await binnen.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
