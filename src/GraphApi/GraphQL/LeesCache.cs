namespace SociaalNetwerk.GraphApi.GraphQL;

/// <summary>
/// How long browsers and shared caches may keep a successful anonymous GET query (<c>GraphQL:Cache</c> in the
/// configuration). After <see cref="MaxAge"/> a cache revalidates with <c>If-None-Match</c> (a 304 when nothing
/// changed); within <see cref="StaleWhileRevalidate"/> after that it may still answer at once while it revalidates.
/// The server keeps these answers too (<see cref="Antwoordcache"/>): at most <see cref="Geheugen"/> bytes, each for at
/// most one <see cref="Tijdvak"/>.
/// </summary>
public sealed class LeesCache
{
    public const string Sectie = "GraphQL:Cache";

    /// <summary>Fresh for this long; zero means every use is revalidated (<c>no-cache</c>).</summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Stale but usable while revalidating in the background; zero leaves it out.</summary>
    public TimeSpan StaleWhileRevalidate { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The most the server's own copies of answers take (bytes); zero turns the server's copies off.</summary>
    public long Geheugen { get; set; } = 32 * 1024 * 1024;

    /// <summary>
    /// How long the server reuses an answer while the data do not change. Answers also depend on the clock (the agenda
    /// starts at "now"), so the server's copies belong to a window of this length on the clock and are made again in
    /// the next one; the ETag stays the same when the answer did.
    /// </summary>
    public TimeSpan Tijdvak { get; set; } = TimeSpan.FromSeconds(60);

    public string CacheControl => MaxAge <= TimeSpan.Zero
        ? "public, no-cache"
        : $"public, max-age={(long)MaxAge.TotalSeconds}"
          + (StaleWhileRevalidate > TimeSpan.Zero ? $", stale-while-revalidate={(long)StaleWhileRevalidate.TotalSeconds}" : string.Empty);
}
