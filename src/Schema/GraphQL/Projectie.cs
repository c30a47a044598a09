using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQLParser.AST;

namespace SociaalNetwerk.Schema.GraphQL;

/// <summary>
/// Reading only the columns a GraphQL document needs. A field says which properties of its source it reads
/// (<see cref="Leest{TSource, TReturn}"/>); <see cref="Eigenschappen"/> collects them for the fields a document selects, by
/// field name anywhere in the document (aliases, fragments and all operations included). That can only read more than
/// needed (a name that another type shares), never less; a selected field that does not say what it reads means
/// "everything" (<c>null</c>). <see cref="Alleen{T}"/> turns the result into a projection for EF Core.
/// </summary>
public static class Projectie
{
    private const string Sleutel = "sn:leest";

    private const string MeeSleutel = "sn:leestmee";

    private static readonly ConditionalWeakTable<GraphQLDocument, HashSet<string>> Veldnamen = [];

    private static readonly ConditionalWeakTable<GraphQLDocument, ConcurrentDictionary<string, Velden>> VeldenPerType = [];

    /// <summary>This field reads these properties of its source (of the activity, for the fields of an occurrence that say so); nothing else.</summary>
    public static FieldBuilder<TSource, TReturn> Leest<TSource, TReturn>(this FieldBuilder<TSource, TReturn> veld, params string[] eigenschappen) =>
        veld.WithMetadata(Sleutel, eigenschappen);

    /// <summary>
    /// This field's value is the object behind the navigation <paramref name="navigatie"/> of its source, of GraphQL type
    /// <paramref name="doeltype"/>: a projection of the source (<see cref="VeldenVan(IResolveFieldContext, string[])"/>)
    /// reads it along in the same statement, with the columns the document's fields on <paramref name="doeltype"/> need,
    /// and the resolver takes it from there (<c>c.Source.Locatie ?? loader</c>) instead of loading it with a statement of its own.
    /// </summary>
    public static FieldBuilder<TSource, TReturn> LeestMee<TSource, TReturn>(this FieldBuilder<TSource, TReturn> veld, string navigatie, string doeltype) =>
        veld.WithMetadata(MeeSleutel, (navigatie, doeltype));

    /// <summary>
    /// The properties the fields of <paramref name="typen"/> that <paramref name="context"/>'s document selects read together:
    /// <c>null</c> when one of them does not say (read everything).
    /// </summary>
    public static HashSet<string>? Eigenschappen(IResolveFieldContext context, params string[] typen)
    {
        var namen = VeldnamenIn(context.Document);
        var eigenschappen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var naam in typen)
        {
            var type = context.Schema.AllTypes[naam] as IComplexGraphType ?? throw new InvalidOperationException($"No type {naam}.");
            foreach (var veld in type.Fields.Where(v => namen.Contains(v.Name)))
            {
                if (veld.GetMetadata<string[]?>(Sleutel) is not { } leest)
                {
                    return null;
                }

                eigenschappen.UnionWith(leest);
            }
        }

        return eigenschappen;
    }

    /// <summary>
    /// <see cref="Eigenschappen"/> of one or more types read as one object (an occurrence's activity and its parts), with
    /// the navigations their selected fields read along (<see cref="LeestMee"/>), as one object per document and types:
    /// a loader batches on it (one statement for all keys of a document), and a second document in the same scope gets
    /// its own batch.
    /// </summary>
    public static Velden VeldenVan(IResolveFieldContext context, params string[] typen) =>
        VeldenVan(context, string.Join('+', typen), typen, []);

    /// <summary><see cref="VeldenVan(IResolveFieldContext, string[])"/> of one type (a loader asks for every key; no array per call).</summary>
    public static Velden VeldenVan(IResolveFieldContext context, string type) =>
        VeldenPerType.GetValue(context.Document, _ => new ConcurrentDictionary<string, Velden>(StringComparer.Ordinal)).TryGetValue(type, out var velden)
            ? velden
            : VeldenVan(context, type, [type], []);

    private static Velden VeldenVan(IResolveFieldContext context, string sleutel, string[] typen, HashSet<string> onderweg) =>
        VeldenPerType.GetValue(context.Document, _ => new ConcurrentDictionary<string, Velden>(StringComparer.Ordinal))
            .GetOrAdd(sleutel, _ => Maak(context, typen, onderweg));

    private static Velden Maak(IResolveFieldContext context, string[] typen, HashSet<string> onderweg)
    {
        if (Eigenschappen(context, typen) is not { } eigenschappen)
        {
            return Velden.Alle;
        }

        var namen = VeldnamenIn(context.Document);
        var mee = new SortedDictionary<string, Velden>(StringComparer.Ordinal);
        foreach (var naam in typen)
        {
            var type = (IComplexGraphType)context.Schema.AllTypes[naam]!;
            foreach (var veld in type.Fields.Where(v => namen.Contains(v.Name)))
            {
                // A type already on the way down is not read along again (no cycle can make the projection endless).
                if (veld.GetMetadata<(string Navigatie, string Doeltype)?>(MeeSleutel) is var (navigatie, doeltype) && onderweg.Add(doeltype))
                {
                    mee[navigatie] = VeldenVan(context, doeltype, [doeltype], onderweg);
                    onderweg.Remove(doeltype);
                }
            }
        }

        return new Velden(eigenschappen, mee);
    }

    /// <summary><c>g => new Gekoppeld&lt;T&gt; { Sleutel = g.Sleutel, Doel = new T { Id = g.Doel.Id, … } }</c>: <see cref="Alleen{T}"/> of the target.</summary>
    public static Expression<Func<Gekoppeld<T>, Gekoppeld<T>>> GekoppeldAlleen<T>(Velden velden)
    {
        var g = Expression.Parameter(typeof(Gekoppeld<T>), "g");
        return Expression.Lambda<Func<Gekoppeld<T>, Gekoppeld<T>>>(
            Expression.MemberInit(
                Expression.New(typeof(Gekoppeld<T>)),
                Expression.Bind(typeof(Gekoppeld<T>).GetProperty(nameof(Gekoppeld<T>.Sleutel))!, Expression.Property(g, nameof(Gekoppeld<T>.Sleutel))),
                Expression.Bind(typeof(Gekoppeld<T>).GetProperty(nameof(Gekoppeld<T>.Doel))!, Alleen<T>(Expression.Property(g, nameof(Gekoppeld<T>.Doel)), velden))),
            g);
    }

    /// <summary><c>x => new T { Id = x.Id, A = x.A, … }</c> (<see cref="Alleen{T}"/>) as a lambda; <c>x => x</c> for all properties.</summary>
    public static Expression<Func<T, T>> Van<T>(Velden velden)
    {
        var bron = Expression.Parameter(typeof(T), "e");
        return Expression.Lambda<Func<T, T>>(Alleen<T>(bron, velden), bron);
    }

    /// <summary>The names of all fields anywhere in a document (computed once per parsed document).</summary>
    public static IReadOnlySet<string> VeldnamenIn(GraphQLDocument document) =>
        Veldnamen.GetValue(document, d =>
        {
            var namen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var definitie in d.Definitions)
            {
                Verzamel(definitie switch
                {
                    GraphQLOperationDefinition o => o.SelectionSet,
                    GraphQLFragmentDefinition f => f.SelectionSet,
                    _ => null,
                }, namen);
            }

            return namen;
        });

    private static void Verzamel(GraphQLSelectionSet? selectie, HashSet<string> namen)
    {
        foreach (var s in selectie?.Selections ?? [])
        {
            switch (s)
            {
                case GraphQLField veld:
                    namen.Add(veld.Name.StringValue);
                    Verzamel(veld.SelectionSet, namen);
                    break;
                case GraphQLInlineFragment fragment:
                    Verzamel(fragment.SelectionSet, namen);
                    break;
            }
        }
    }

    /// <summary>
    /// <c>x => new T { Id = x.Id, A = x.A, …, N = x.N == null ? null : new TN { … } }</c>: the properties of
    /// <paramref name="velden"/> of <paramref name="bron"/> (and always <c>Id</c> when <typeparamref name="T"/> has one)
    /// and the navigations it reads along, each projected the same way (EF Core joins them into the same statement);
    /// <paramref name="bron"/> itself when <paramref name="velden"/> reads everything.
    /// </summary>
    public static Expression Alleen<T>(Expression bron, Velden velden) => Alleen(typeof(T), bron, velden);

    private static Expression Alleen(Type type, Expression bron, Velden velden)
    {
        if (velden.Eigenschappen is not { } eigenschappen)
        {
            return bron;
        }

        var bindingen = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.GetIndexParameters().Length == 0 && !velden.Mee.ContainsKey(p.Name) && (p.Name == "Id" || eigenschappen.Contains(p.Name)))
            .Select(p => (MemberBinding)Expression.Bind(p, Expression.Property(bron, p)))
            .ToList();
        foreach (var (navigatie, doel) in velden.Mee)
        {
            var eigenschap = type.GetProperty(navigatie) ?? throw new InvalidOperationException($"{type.Name} has no navigation {navigatie}.");
            var naar = Expression.Property(bron, eigenschap);
            var leeg = Expression.Constant(null, eigenschap.PropertyType);
            bindingen.Add(Expression.Bind(eigenschap, Expression.Condition(Expression.Equal(naar, leeg), leeg, Alleen(eigenschap.PropertyType, naar, doel))));
        }

        return Expression.MemberInit(Expression.New(type), bindingen);
    }
}

/// <summary>The properties of one type a document reads (<see cref="Projectie.VeldenVan"/>); null: all of them. Compared by reference.</summary>
public sealed class Velden(HashSet<string>? eigenschappen, IReadOnlyDictionary<string, Velden>? mee = null)
{
    /// <summary>All properties, for a load without a document (or of a type whose fields do not say what they read).</summary>
    public static readonly Velden Alle = new(null);

    /// <summary>None: nothing of this object is read.</summary>
    public static readonly Velden Geen = new([]);

    public IReadOnlySet<string>? Eigenschappen { get; } = eigenschappen;

    /// <summary>The navigations read along in the same statement (<see cref="Projectie.LeestMee"/>), with what is read of each.</summary>
    public IReadOnlyDictionary<string, Velden> Mee { get; } = mee ?? new Dictionary<string, Velden>();

    /// <summary>Whether nothing at all is read (no property, no navigation).</summary>
    public bool IsLeeg => Eigenschappen is { Count: 0 } && Mee.Count == 0;

    /// <summary>
    /// The properties and navigations as one text, the same for equal projections (<c>*</c> for all): the key of a
    /// compiled query per projection (<see cref="Data.GecompileerdeQueries"/>), shared by every document that reads the
    /// same columns.
    /// </summary>
    public string Sleutel { get; } = eigenschappen is null
        ? "*"
        : string.Join(',', eigenschappen.Order(StringComparer.Ordinal))
            + string.Concat((mee ?? new Dictionary<string, Velden>()).OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => $";{m.Key}({m.Value.Sleutel})"));
}
