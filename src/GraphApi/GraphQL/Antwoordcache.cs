using System.Buffers;
using System.Globalization;
using System.IO.Compression;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using SociaalNetwerk.Schema.Data;

namespace SociaalNetwerk.GraphApi.GraphQL;

/// <summary>
/// The server's copies of successful anonymous query answers (GET, and persisted documents sent by POST), so a repeated
/// question is answered without executing it: by key (<see cref="Sleutel"/>: the document, operation name, variables,
/// extensions, language, media type, the general <see cref="Dataversie"/> and the <see cref="LeesCache.Tijdvak"/> on
/// the clock). Every write changes a data version in the database, so after a write on any instance the next read of
/// what it changed executes again; reading the versions is the one statement a cached answer or a 304 costs. A reactie
/// changes only the reacties version (<see cref="Gebied.Reacties"/>): an answer whose execution read reacties
/// (<see cref="Leesspoor"/>) is kept with the reacties version it was made at and is used only while that version
/// holds; the others (the agenda, organisations) stay valid through a wave of submissions. Bounded by
/// <see cref="LeesCache.Geheugen"/> (least recently used first); an answer never outlives its window. An answer's
/// brotli and gzip forms are kept with it (<see cref="Gecomprimeerd"/>), so a browser's request for it compresses nothing.
/// </summary>
public sealed class Antwoordcache : IDisposable
{
    private readonly MemoryCache? _cache;
    private readonly LeesCache _opties;
    private readonly Dataversielezer _versies;
    private readonly TimeProvider _klok;

    private readonly IAntwoordcacheWaarnemer[] _waarnemers;

    public Antwoordcache(IOptions<LeesCache> opties, Dataversielezer versies, TimeProvider klok, IEnumerable<IAntwoordcacheWaarnemer> waarnemers, Schema.Telemetrie.Metrieken metrieken)
    {
        _opties = opties.Value;
        _versies = versies;
        _klok = klok;
        _waarnemers = [.. waarnemers];
        if (_opties.Geheugen > 0 && _opties.Tijdvak > TimeSpan.Zero)
        {
            // Expiry on the same clock as the window in the key (a server on a test clock keeps its answers for that
            // clock's window, however slowly a busy machine runs the test).
            _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = _opties.Geheugen, CompactionPercentage = 0.25, Clock = new Klok(klok), TrackStatistics = true });
            metrieken.BewaardeAntwoorden(() => Grootte, () => _cache.GetCurrentStatistics()?.CurrentEntryCount ?? 0);
        }
    }

    /// <summary>What the kept answers take now, as counted against <see cref="LeesCache.Geheugen"/> (bytes; the metric <c>sociaalnetwerk.cache.size</c>).</summary>
    public long Grootte => _cache?.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0;

    /// <summary>What one answer is the answer to.</summary>
    public sealed record Sleutel(
        long Versie,
        long Tijdvak,
        string Document,
        string? OperationName,
        string? Variabelen,
        string? Extensies,
        string Taal,
        string MediaType)
    {
        internal long Grootte => 2L * (Document.Length + (OperationName?.Length ?? 0) + (Variabelen?.Length ?? 0) + (Extensies?.Length ?? 0) + Taal.Length + MediaType.Length) + 64;
    }

    /// <summary>
    /// A kept answer: its bytes, the hash its ETag is made of, the operation for the telemetry, and the reacties version
    /// it was made at when its execution read reacties (null: it read none, and holds whatever reacties come in).
    /// </summary>
    public sealed record Antwoord(byte[] Inhoud, string Hash, string? OperatieNaam, string? OperatieType, long? Reactieversie = null)
    {
        /// <summary>Guards the compressed forms: each is made once.</summary>
        internal Lock Slot { get; } = new();

        internal byte[]? Brotli { get; set; }

        internal byte[]? Gzip { get; set; }

        /// <summary>
        /// When the cache lets it go (the end of its window), kept when its entry is replaced with a new size; the
        /// default for an answer that was not kept.
        /// </summary>
        internal DateTimeOffset Verloopt { get; set; }
    }

    /// <summary>
    /// The brotli quality of the kept forms. Made once per answer and window and then sent to every browser, so a level
    /// above the middleware's (quality 1, its <c>Fastest</c>) pays: on the agenda page (12.4 KB) quality 5 gives 1.7 KB
    /// instead of 2.1 KB for 0.06 ms instead of 0.05 ms; quality 9 to 11 take 3 to 14 ms, on the request that executes,
    /// for 1 to 7 % less (docs/performance.md).
    /// </summary>
    internal const int BrotliKwaliteit = 5;

    /// <summary>
    /// The zlib level of the kept gzip forms: 6, zlib's default (the middleware's <c>Fastest</c> is 1): 1.8 KB instead of
    /// 2.5 KB for the agenda page, in 0.06 ms instead of 0.015 ms; level 9 is 0.6 % smaller for half as much time again.
    /// </summary>
    internal const int GzipNiveau = 6;

    /// <summary>
    /// Whether the answer to this request may come from, and go into, the shared copies: only for no one in particular
    /// (no <c>Authorization</c>, no signed-in user), and only GET or a persisted document (a POST with a text is a
    /// one-off, and may be a mutation).
    /// </summary>
    public bool IsVoor(HttpContext http, GraphQLVerzoek verzoek) =>
        _cache is not null
        && string.IsNullOrEmpty(http.Request.Headers.Authorization)
        && http.User.Identity?.IsAuthenticated != true
        && (HttpMethods.IsGet(http.Request.Method) || verzoek.DocumentId is not null);

    /// <summary>
    /// The key of this request now and the current reacties version: reads the data versions (one statement, past EF
    /// Core: <see cref="Dataversielezer"/>, so a cached answer or a 304 takes no context and opens no connection for it).
    /// </summary>
    public async ValueTask<(Sleutel Sleutel, long Reactieversie)> SleutelAsync(GraphQLVerzoek verzoek, string tekst, string mediaType, CancellationToken cancellationToken)
    {
        var versies = await _versies.LeesAsync(cancellationToken);
        return (new Sleutel(
            versies.Algemeen,
            _klok.GetUtcNow().UtcTicks / _opties.Tijdvak.Ticks,
            verzoek.DocumentId ?? tekst,
            verzoek.OperationName,
            verzoek.Variables?.GetRawText(),
            verzoek.Extensions?.GetRawText(),
            CultureInfo.CurrentUICulture.Name,
            mediaType), versies.Reacties);
    }

    /// <summary>The kept answer to this key, unless it read reacties at another version than <paramref name="reactieversie"/>.</summary>
    public Antwoord? Zoek(Sleutel sleutel, long reactieversie) =>
        _cache?.Get<Antwoord>(sleutel) is { } antwoord && (antwoord.Reactieversie is null || antwoord.Reactieversie == reactieversie) ? antwoord : null;

    /// <summary>Keeps an answer for its window; one larger than a tenth of the memory is not kept.</summary>
    public void Bewaar(Sleutel sleutel, Antwoord antwoord)
    {
        var grootte = GrootteVan(sleutel, antwoord);
        if (_cache is null || grootte > _opties.Geheugen / 10)
        {
            return;
        }

        // The window is part of the key, so no request asks for it afterwards: free its memory by then.
        antwoord.Verloopt = _klok.GetUtcNow() + _opties.Tijdvak;
        _cache.Set(sleutel, antwoord, Opties(grootte, antwoord.Verloopt));
    }

    /// <summary>
    /// The kept answer in a content coding, <c>br</c> or <c>gzip</c>: compressed the first time a request asks for that
    /// coding (at <see cref="BrotliKwaliteit"/> or <see cref="GzipNiveau"/>), then kept with the answer and counted in
    /// the memory bound. Null for another coding, and for an answer that was not kept (too large) or would not fit with
    /// it: the compression middleware then compresses it, as any other response.
    /// </summary>
    public byte[]? Gecomprimeerd(Sleutel sleutel, Antwoord antwoord, string codering)
    {
        var brotli = codering == "br";
        if (_cache is null || !(brotli || codering == "gzip"))
        {
            return null;
        }

        lock (antwoord.Slot)
        {
            if ((brotli ? antwoord.Brotli : antwoord.Gzip) is { } gemaakt)
            {
                return gemaakt;
            }

            // Never kept (too large), or too large to keep with both forms (each no larger than the JSON but for a few
            // bytes; both, so the choice does not depend on which coding was asked first): the middleware compresses
            // it, as any other response.
            if (antwoord.Verloopt == default || Basisgrootte(sleutel, antwoord) + 2L * antwoord.Inhoud.Length > _opties.Geheugen / 10)
            {
                return null;
            }

            var bytes = brotli ? MaakBrotli(antwoord.Inhoud) : MaakGzip(antwoord.Inhoud);
            foreach (var waarnemer in _waarnemers)
            {
                waarnemer.Gecomprimeerd(codering, antwoord.Inhoud.Length, bytes.Length);
            }

            // Kept with the answer while the cache holds it: the entry again with its new size, until the same moment
            // (the cache counts an entry's size as it was set). One the cache has let go meanwhile is sent in these
            // bytes all the same, so the bytes under one ETag are always the same.
            if (_cache.TryGetValue(sleutel, out var bewaard) && ReferenceEquals(bewaard, antwoord))
            {
                if (brotli)
                {
                    antwoord.Brotli = bytes;
                }
                else
                {
                    antwoord.Gzip = bytes;
                }

                _cache.Set(sleutel, antwoord, Opties(GrootteVan(sleutel, antwoord), antwoord.Verloopt));
            }

            return bytes;
        }
    }

    public void Dispose() => _cache?.Dispose();

    private static long GrootteVan(Sleutel sleutel, Antwoord antwoord) =>
        Basisgrootte(sleutel, antwoord) + (antwoord.Brotli?.Length ?? 0) + (antwoord.Gzip?.Length ?? 0);

    private static long Basisgrootte(Sleutel sleutel, Antwoord antwoord) => sleutel.Grootte + antwoord.Inhoud.Length + 2L * antwoord.Hash.Length;

    private static MemoryCacheEntryOptions Opties(long grootte, DateTimeOffset verloopt) => new() { Size = grootte, AbsoluteExpiration = verloopt };

    private static byte[] MaakBrotli(byte[] inhoud)
    {
        using var encoder = new BrotliEncoder(BrotliKwaliteit, window: 22);
        var uit = new byte[BrotliEncoder.GetMaxCompressedLength(inhoud.Length)];
        var status = encoder.Compress(inhoud, uit, out _, out var geschreven, isFinalBlock: true);
        if (status != OperationStatus.Done)
        {
            throw new InvalidOperationException($"brotli: {status}");
        }

        return uit[..geschreven];
    }

    private static byte[] MaakGzip(byte[] inhoud)
    {
        using var uit = new MemoryStream(inhoud.Length / 4 + 64);
        using (var gzip = new GZipStream(uit, new ZLibCompressionOptions { CompressionLevel = GzipNiveau }, leaveOpen: true))
        {
            gzip.Write(inhoud);
        }

        return uit.ToArray();
    }

    /// <summary>The cache's clock is the server's <see cref="TimeProvider"/>.</summary>
    private sealed class Klok(TimeProvider klok) : Microsoft.Extensions.Internal.ISystemClock
    {
        public DateTimeOffset UtcNow => klok.GetUtcNow();
    }
}

/// <summary>
/// Sees every compression of a kept answer (<see cref="Antwoordcache.Gecomprimeerd"/>): how the tests count them.
/// Register as a singleton.
/// </summary>
public interface IAntwoordcacheWaarnemer
{
    void Gecomprimeerd(string codering, int bytes, int gecomprimeerd);
}
