using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;

namespace SociaalNetwerk.Schema.Wijken;

/// <summary>Wijk filters take slugs; a slug that does not exist is a typo worth a clear error, not an empty list.</summary>
public static class WijkSlugs
{
    public static async Task<List<string>?> ControleerAsync(IDbContextFactory<SociaalNetwerkDbContext> databank, IReadOnlyList<string>? slugs, CancellationToken cancellationToken)
    {
        if (slugs is not { Count: > 0 })
        {
            return null;
        }

        var gevraagd = slugs.Select(s => s.Trim().ToLowerInvariant()).Distinct().ToList();
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        var bekend = await db.Wijken.AsNoTracking().Where(w => gevraagd.Contains(w.Slug)).Select(w => w.Slug).ToListAsync(cancellationToken);
        var onbekend = gevraagd.FirstOrDefault(s => !bekend.Contains(s));
        return onbekend is null ? gevraagd : throw new SociaalNetwerkException(FoutCodes.OnbekendeWijk, onbekend);
    }
}
