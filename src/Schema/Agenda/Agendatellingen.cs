using Microsoft.Extensions.Caching.Memory;

namespace SociaalNetwerk.Schema.Agenda;

/// <summary>
/// The agenda's totalCount at an anchor, kept per filter (<see cref="AgendaZoeker"/>'s criteria without <c>vanaf</c>,
/// with <c>tot</c>) and general data version (<see cref="Data.Dataversie"/>), so that a count for a <c>vanaf</c> in the
/// same hour costs one small range count (the occurrences that end between the anchor and <c>vanaf</c>) instead of
/// counting every coming occurrence again. The anchor is <c>vanaf</c> rounded down to the hour (<see cref="Anker"/>); an
/// entry holds the version it was counted at, and is used only by a statement that reads that same version in the same
/// snapshot, so a write on any instance (which changes the version) makes the next count a full one. Bounded by
/// <see cref="Maximum"/> entries (least recently used first) and forgotten after <see cref="Bewaartijd"/> unused.
/// </summary>
public sealed class Agendatellingen : IDisposable
{
    /// <summary>The most filters (with their anchors) kept at once.</summary>
    public const int Maximum = 2000;

    /// <summary>The width of an anchor's window: the correction counts at most this much of the agenda's ends.</summary>
    public static readonly TimeSpan Venster = TimeSpan.FromHours(1);

    /// <summary>How long an entry no request uses is kept: an anchor of the current hour is of no use after the next one.</summary>
    public static readonly TimeSpan Bewaartijd = TimeSpan.FromHours(2);

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = Maximum, CompactionPercentage = 0.25 });

    /// <summary>The anchor of a <c>vanaf</c>: rounded down to the hour (on the ticks, so UTC and local give the same instant).</summary>
    public static DateTime Anker(DateTime vanaf) => new(vanaf.Ticks - (vanaf.Ticks % Venster.Ticks), vanaf.Kind);

    /// <summary>The count kept for this filter and anchor, at whatever version it was made.</summary>
    public Telling? Zoek(string sleutel) => _cache.TryGetValue(sleutel, out Telling? telling) ? telling : null;

    /// <summary>Keeps the count of this filter and anchor at a version, in place of the one kept before.</summary>
    public void Bewaar(string sleutel, Telling telling) =>
        _cache.Set(sleutel, telling, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = Bewaartijd });

    public void Dispose() => _cache.Dispose();

    /// <summary>The number of occurrences that match at the anchor, in the data of general version <see cref="Versie"/>.</summary>
    public sealed record Telling(long Versie, int Aantal);
}
