namespace SociaalNetwerk.GraphApi.GraphQL;

/// <summary>
/// How long browsers and shared caches may keep a successful anonymous GET query (<c>GraphQL:Cache</c> in the
/// configuration). After <see cref="MaxAge"/> a cache revalidates with <c>If-None-Match</c> (a 304 when nothing
/// changed); within <see cref="StaleWhileRevalidate"/> after that it may still answer at once while it revalidates.
/// </summary>
public sealed class LeesCache
{
    public const string Sectie = "GraphQL:Cache";

    /// <summary>Fresh for this long; zero means every use is revalidated (<c>no-cache</c>).</summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Stale but usable while revalidating in the background; zero leaves it out.</summary>
    public TimeSpan StaleWhileRevalidate { get; set; } = TimeSpan.FromMinutes(5);

    public string CacheControl => MaxAge <= TimeSpan.Zero
        ? "public, no-cache"
        : $"public, max-age={(long)MaxAge.TotalSeconds}"
          + (StaleWhileRevalidate > TimeSpan.Zero ? $", stale-while-revalidate={(long)StaleWhileRevalidate.TotalSeconds}" : string.Empty);
}
