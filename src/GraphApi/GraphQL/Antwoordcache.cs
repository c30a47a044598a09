using System.Globalization;
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
/// <see cref="LeesCache.Geheugen"/> (least recently used first); an answer never outlives its window.
/// </summary>
public sealed class Antwoordcache : IDisposable
{
    private readonly MemoryCache? _cache;
    private readonly LeesCache _opties;
    private readonly Dataversielezer _versies;
    private readonly TimeProvider _klok;

    public Antwoordcache(IOptions<LeesCache> opties, Dataversielezer versies, TimeProvider klok)
    {
        _opties = opties.Value;
        _versies = versies;
        _klok = klok;
        if (_opties.Geheugen > 0 && _opties.Tijdvak > TimeSpan.Zero)
        {
            // Expiry on the same clock as the window in the key (a server on a test clock keeps its answers for that
            // clock's window, however slowly a busy machine runs the test).
            _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = _opties.Geheugen, CompactionPercentage = 0.25, Clock = new Klok(klok) });
        }
    }

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
    public sealed record Antwoord(byte[] Inhoud, string Hash, string? OperatieNaam, string? OperatieType, long? Reactieversie = null);

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
        var grootte = sleutel.Grootte + antwoord.Inhoud.Length + 2L * antwoord.Hash.Length;
        if (_cache is null || grootte > _opties.Geheugen / 10)
        {
            return;
        }

        _cache.Set(sleutel, antwoord, new MemoryCacheEntryOptions
        {
            Size = grootte,
            // The window is part of the key, so no request asks for it afterwards: free its memory by then.
            AbsoluteExpirationRelativeToNow = _opties.Tijdvak,
        });
    }

    public void Dispose() => _cache?.Dispose();

    /// <summary>The cache's clock is the server's <see cref="TimeProvider"/>.</summary>
    private sealed class Klok(TimeProvider klok) : Microsoft.Extensions.Internal.ISystemClock
    {
        public DateTimeOffset UtcNow => klok.GetUtcNow();
    }
}
