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

    private static readonly ConditionalWeakTable<GraphQLDocument, HashSet<string>> Veldnamen = [];

    private static readonly ConditionalWeakTable<GraphQLDocument, ConcurrentDictionary<string, Velden>> VeldenPerType = [];

    /// <summary>This field reads these properties of its source (of the activity, for the fields of an occurrence that say so); nothing else.</summary>
    public static FieldBuilder<TSource, TReturn> Leest<TSource, TReturn>(this FieldBuilder<TSource, TReturn> veld, params string[] eigenschappen) =>
        veld.WithMetadata(Sleutel, eigenschappen);

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
    /// <see cref="Eigenschappen"/> of one type, as one object per document and type: a loader batches on it (one statement
    /// for all keys of a document), and a second document in the same scope gets its own batch.
    /// </summary>
    public static Velden VeldenVan(IResolveFieldContext context, string type) =>
        VeldenPerType.GetValue(context.Document, _ => new ConcurrentDictionary<string, Velden>(StringComparer.Ordinal))
            .GetOrAdd(type, t => new Velden(Eigenschappen(context, t)));

    /// <summary><c>g => new Gekoppeld&lt;T&gt; { Sleutel = g.Sleutel, Doel = new T { Id = g.Doel.Id, … } }</c>: <see cref="Alleen{T}"/> of the target.</summary>
    public static Expression<Func<Gekoppeld<T>, Gekoppeld<T>>> GekoppeldAlleen<T>(IReadOnlySet<string>? eigenschappen)
    {
        var g = Expression.Parameter(typeof(Gekoppeld<T>), "g");
        return Expression.Lambda<Func<Gekoppeld<T>, Gekoppeld<T>>>(
            Expression.MemberInit(
                Expression.New(typeof(Gekoppeld<T>)),
                Expression.Bind(typeof(Gekoppeld<T>).GetProperty(nameof(Gekoppeld<T>.Sleutel))!, Expression.Property(g, nameof(Gekoppeld<T>.Sleutel))),
                Expression.Bind(typeof(Gekoppeld<T>).GetProperty(nameof(Gekoppeld<T>.Doel))!, Alleen<T>(Expression.Property(g, nameof(Gekoppeld<T>.Doel)), eigenschappen))),
            g);
    }

    /// <summary><c>x => new T { Id = x.Id, A = x.A, … }</c> (<see cref="Alleen{T}"/>) as a lambda; <c>x => x</c> for all properties.</summary>
    public static Expression<Func<T, T>> Van<T>(IReadOnlySet<string>? eigenschappen)
    {
        var bron = Expression.Parameter(typeof(T), "e");
        return Expression.Lambda<Func<T, T>>(Alleen<T>(bron, eigenschappen), bron);
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
    /// <c>x => new T { Id = x.Id, A = x.A, … }</c> for the given properties of <paramref name="bron"/> (and always
    /// <c>Id</c> when <typeparamref name="T"/> has one), or <paramref name="bron"/> itself when <paramref name="eigenschappen"/> is null.
    /// </summary>
    public static Expression Alleen<T>(Expression bron, IReadOnlySet<string>? eigenschappen)
    {
        if (eigenschappen is null)
        {
            return bron;
        }

        var bindingen = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.GetIndexParameters().Length == 0 && (p.Name == "Id" || eigenschappen.Contains(p.Name)))
            .Select(p => (MemberBinding)Expression.Bind(p, Expression.Property(bron, p)));
        return Expression.MemberInit(Expression.New(typeof(T)), bindingen);
    }
}

/// <summary>The properties of one type a document reads (<see cref="Projectie.VeldenVan"/>); null: all of them. Compared by reference.</summary>
public sealed class Velden(HashSet<string>? eigenschappen)
{
    /// <summary>All properties, for a load without a document (or of a type whose fields do not say what they read).</summary>
    public static readonly Velden Alle = new(null);

    public IReadOnlySet<string>? Eigenschappen { get; } = eigenschappen;

    /// <summary>
    /// The properties as one text, the same for equal sets (<c>*</c> for all): the key of a compiled query per
    /// projection (<see cref="Data.GecompileerdeQueries"/>), shared by every document that reads the same columns.
    /// </summary>
    public string Sleutel { get; } = eigenschappen is null ? "*" : string.Join(',', eigenschappen.Order(StringComparer.Ordinal));
}
