using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SociaalNetwerk.Schema.Data;

namespace SociaalNetwerk.Schema.GraphQL;

/// <summary>Root fields that every part of the schema declares the same way.</summary>
public static class QueryVelden
{
    /// <summary>A list of every row that <paramref name="rijen"/> selects, in its order: <c>wijken</c>, <c>netwerken</c>, …</summary>
    public static void Alle<TGraphType, T>(this ObjectGraphType query, string naam, string omschrijving, Func<SociaalNetwerkDbContext, IQueryable<T>> rijen)
        where TGraphType : IGraphType =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TGraphType>>>>(naam)
            .Description(omschrijving)
            .ResolveAsync(async c =>
            {
                await using var db = await c.RequestServices!.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>().CreateDbContextAsync(c.CancellationToken);
                return await rijen(db).ToListAsync(c.CancellationToken);
            });

    /// <summary>One entity by its global id through its by-id loader (one statement per query level); null for an unknown id.</summary>
    public static void OpId<TGraphType, T, TLader>(this ObjectGraphType query, string naam, string omschrijving, string idOmschrijving)
        where TGraphType : IGraphType
        where T : class, IEntiteit
        where TLader : EntiteitByIdDataLoader<T> =>
        query.Field<TGraphType>(naam)
            .Description(omschrijving)
            .Argument<NonNullGraphType<IdGraphType>>("id", idOmschrijving)
            .Resolve(c => GlobalId.ProbeerInt(c.GetArgument<string>("id"), typeof(T).Name) is { } id
                ? c.RequestServices!.GetRequiredService<TLader>().Laad(id, c)
                : null);
}
