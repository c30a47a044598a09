using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;

namespace SociaalNetwerk.Schema.Wijken;

/// <summary>Wijk filters take slugs; a slug that does not exist is a typo worth a clear error, not an empty list.</summary>
public static class WijkSlugs
{
    /// <summary>
    /// At most this many slugs in the message of UNKNOWN_WIJK (Zoetermeer has a dozen wijken); beyond it, "…".
    /// </summary>
    public const int MaximumGenoemd = 30;

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
        return onbekend is null ? gevraagd : throw await OnbekendAsync(db, onbekend, cancellationToken);
    }

    /// <summary>
    /// UNKNOWN_WIJK for <paramref name="slug"/>: its message names the value as given and the slugs that do exist, so
    /// whoever typed it (a web editor in a widget's <c>wijk="…"</c> or in a link, a developer) can pick the right one
    /// without knowing GraphQL.
    /// </summary>
    public static async Task<SociaalNetwerkException> OnbekendAsync(IDbContextFactory<SociaalNetwerkDbContext> databank, string slug, CancellationToken cancellationToken)
    {
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        return await OnbekendAsync(db, slug, cancellationToken);
    }

    /// <inheritdoc cref="OnbekendAsync(IDbContextFactory{SociaalNetwerkDbContext}, string, CancellationToken)"/>
    public static async Task<SociaalNetwerkException> OnbekendAsync(SociaalNetwerkDbContext db, string slug, CancellationToken cancellationToken) =>
        new(FoutCodes.OnbekendeWijk, slug, await BekendAsync(db, cancellationToken));

    /// <summary>The slugs of the wijken in alphabetical order, comma-separated; at most <see cref="MaximumGenoemd"/>, then "…".</summary>
    public static async Task<string> BekendAsync(SociaalNetwerkDbContext db, CancellationToken cancellationToken)
    {
        var slugs = await db.Wijken.AsNoTracking().OrderBy(w => w.Slug).Select(w => w.Slug).Take(MaximumGenoemd + 1).ToListAsync(cancellationToken);
        return slugs.Count > MaximumGenoemd ? string.Join(", ", slugs.Take(MaximumGenoemd)) + ", …" : string.Join(", ", slugs);
    }
}
