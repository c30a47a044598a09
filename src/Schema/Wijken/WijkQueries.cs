using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;

namespace SociaalNetwerk.Schema.Wijken;

public static class WijkQueries
{
    public static ObjectGraphType AddWijkFields(this ObjectGraphType query)
    {
        query.Alle<WijkGraphType, Wijk>("wijken", "Alle wijken van Zoetermeer, op naam gesorteerd.", db => db.Wijken.AsNoTracking().OrderBy(w => w.Naam));

        query.Field<WijkGraphType>("wijk")
            .Description("Eén wijk op zijn slug; leeg als die wijk niet bestaat.")
            .Argument<NonNullGraphType<StringGraphType>>("slug", "De slug van de wijk, bijvoorbeeld `oosterheem`.")
            .ResolveAsync(async c =>
            {
                var slug = c.GetArgument<string>("slug").Trim().ToLowerInvariant();
                await using var db = await Databank(c).CreateDbContextAsync(c.CancellationToken);
                return await db.Wijken.AsNoTracking().FirstOrDefaultAsync(w => w.Slug == slug, c.CancellationToken);
            });

        return query;
    }

    private static IDbContextFactory<SociaalNetwerkDbContext> Databank(IResolveFieldContext c) =>
        c.RequestServices!.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>();
}
