using System.Buffers.Text;
using System.Globalization;
using System.Text;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace SociaalNetwerk.Schema.GraphQL;

/// <summary>The <c>first</c>/<c>after</c> arguments of a connection, validated.</summary>
public readonly record struct PaginaVerzoek(int First, string? After)
{
    public const int Standaard = 20;
    public const int Maximum = 100;

    public static PaginaVerzoek Uit(IResolveFieldContext context)
    {
        var first = context.GetArgument<int?>("first") ?? Standaard;
        if (first is < 0 or > Maximum)
        {
            throw new SociaalNetwerkException(FoutCodes.FirstBuitenBereik, first, Maximum);
        }

        return new PaginaVerzoek(first, context.GetArgument<string?>("after"));
    }

    public static QueryArguments Argumenten(params QueryArgument[] extra) =>
    [
        .. extra,
        new QueryArgument<IntGraphType> { Name = "first", Description = $"Hoeveel items deze pagina bevat: 0 tot en met {Maximum}, standaard {Standaard}." },
        new QueryArgument<StringGraphType> { Name = "after", Description = "Geef de `endCursor` van de vorige pagina mee om de volgende pagina op te halen." },
    ];
}

/// <summary>One page of a keyset-paged list. <see cref="Totaal"/> runs its COUNT only when a client asks for totalCount.</summary>
public sealed record Pagina<T>(
    IReadOnlyList<T> Items,
    bool HeeftVolgende,
    bool HeeftVorige,
    Func<T, string> Cursor,
    Func<CancellationToken, Task<int>> Totaal)
{
    public static async Task<Pagina<T>> VanAsync(IQueryable<T> geordend, PaginaVerzoek verzoek, bool heeftVorige, Func<T, string> cursor, Func<CancellationToken, Task<int>> totaal, CancellationToken cancellationToken)
    {
        var items = verzoek.First == 0
            ? []
            : await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(geordend.Take(verzoek.First + 1), cancellationToken);
        return Van(items, verzoek, heeftVorige, cursor, totaal);
    }

    /// <summary>A page from up to <c>First + 1</c> rows read in order (the extra row says there is a next page).</summary>
    public static Pagina<T> Van(List<T> items, PaginaVerzoek verzoek, bool heeftVorige, Func<T, string> cursor, Func<CancellationToken, Task<int>> totaal)
    {
        var heeftVolgende = items.Count > verzoek.First;
        if (heeftVolgende)
        {
            items.RemoveAt(items.Count - 1);
        }

        return new Pagina<T>(items, heeftVolgende, heeftVorige, cursor, totaal);
    }
}

/// <summary>Opaque keyset cursors: <c>base64url("v1|part|part")</c>.</summary>
public static class Cursor
{
    private const string Versie = "v1";

    public static string Maak(params string[] delen) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Join('|', [Versie, .. delen])));

    public static string Maak(DateTime start, int id) =>
        Maak(start.Ticks.ToString(CultureInfo.InvariantCulture), id.ToString(CultureInfo.InvariantCulture));

    public static string[] Lees(string cursor, int aantalDelen)
    {
        try
        {
            if (cursor.Length <= 600 && Base64Url.IsValid(cursor))
            {
                var delen = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split('|');
                if (delen.Length == aantalDelen + 1 && delen[0] == Versie)
                {
                    return delen[1..];
                }
            }
        }
        catch (FormatException)
        {
        }

        throw new SociaalNetwerkException(FoutCodes.OngeldigeCursor);
    }

    public static (DateTime Start, int Id) LeesTijdEnId(string cursor)
    {
        var delen = Lees(cursor, 2);
        if (long.TryParse(delen[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            && ticks is >= 0 and <= 3155378975999999999
            && int.TryParse(delen[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return (new DateTime(ticks, DateTimeKind.Utc), id);
        }

        throw new SociaalNetwerkException(FoutCodes.OngeldigeCursor);
    }

    public static (string Tekst, int Id) LeesTekstEnId(string cursor)
    {
        var delen = Lees(cursor, 2);
        if (int.TryParse(delen[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return (delen[0], id);
        }

        throw new SociaalNetwerkException(FoutCodes.OngeldigeCursor);
    }
}

public sealed record Rand<T>(T Node, string Cursor);

public sealed class PageInfoGraphType : ObjectGraphType<PageInfo>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Description = "Waar deze pagina staat in de hele lijst (Relay-cursor-paginering).";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Description("Of er na deze pagina nog items zijn.").Resolve(c => c.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").Description("Of er vóór deze pagina items zijn (waar bij een `after`-cursor).").Resolve(c => c.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor").Description("De cursor van het eerste item van deze pagina; leeg als de pagina leeg is.").Resolve(c => c.Source.StartCursor);
        Field<StringGraphType>("endCursor").Description("De cursor van het laatste item; geef die als `after` mee voor de volgende pagina.").Resolve(c => c.Source.EndCursor);
    }
}

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

/// <summary>A Relay connection over <see cref="Pagina{T}"/>. Subclass it once per node type so the type gets its own name.</summary>
public abstract class ConnectionGraphType<TNodeGraphType, TEdgeGraphType, T> : ObjectGraphType<Pagina<T>>
    where TNodeGraphType : IGraphType
    where TEdgeGraphType : IGraphType
{
    protected ConnectionGraphType(string naam, string meervoud)
    {
        Name = naam + "Connection";
        Description = $"Een pagina {meervoud}, met cursors om verder te bladeren.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TEdgeGraphType>>>>("edges")
            .Description("De items van deze pagina, elk met zijn cursor.")
            .Resolve(c => c.Source.Items.Select(i => new Rand<T>(i, c.Source.Cursor(i))));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeGraphType>>>>("nodes")
            .Description("De items van deze pagina, zonder cursors (korter dan `edges`).")
            .Resolve(c => c.Source.Items);
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo")
            .Description("Of er meer pagina's zijn, en de cursors om ze op te halen.")
            .Resolve(c => new PageInfo(
                c.Source.HeeftVolgende,
                c.Source.HeeftVorige,
                c.Source.Items.Count > 0 ? c.Source.Cursor(c.Source.Items[0]) : null,
                c.Source.Items.Count > 0 ? c.Source.Cursor(c.Source.Items[^1]) : null));
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description($"Het totale aantal {meervoud} dat aan de filters voldoet, over alle pagina's.")
            .ResolveAsync(async c => await c.Source.Totaal(c.CancellationToken));
    }
}

public abstract class EdgeGraphType<TNodeGraphType, T> : ObjectGraphType<Rand<T>>
    where TNodeGraphType : IGraphType
{
    protected EdgeGraphType(string naam)
    {
        Name = naam + "Edge";
        Description = "Eén item in een pagina, met de cursor die naar dit item wijst.";
        Field<NonNullGraphType<TNodeGraphType>>("node").Description("Het item.").Resolve(c => c.Source.Node);
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Geef deze cursor als `after` mee om na dit item verder te lezen.").Resolve(c => c.Source.Cursor);
    }
}

public static class Complexiteit
{
    /// <summary>
    /// A list that is short by nature (an activity's themes or organisers): the complexity analyser multiplies
    /// what is below it by 5 instead of its default 20, so ordinary widget queries stay far below the limit.
    /// </summary>
    public static FieldBuilder<TSource, TReturn> KleineLijst<TSource, TReturn>(this FieldBuilder<TSource, TReturn> veld) =>
        veld.WithComplexityImpact(1, 5);
}
