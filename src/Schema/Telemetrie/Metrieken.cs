using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace SociaalNetwerk.Schema.Telemetrie;

/// <summary>
/// The application's own metrics, on the <see cref="Meter"/> <c>SociaalNetwerk</c> (System.Diagnostics.Metrics).
/// Without a listener (no <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>) recording costs next to nothing. Attributes are
/// bounded, known values only: never an address, a variable or anything a respondent typed.
/// </summary>
public sealed class Metrieken
{
    /// <summary>The name of the meter and of the ActivitySource of the GraphQL operations.</summary>
    public const string Naam = "SociaalNetwerk";

    private readonly Counter<long> _operaties;
    private readonly Histogram<double> _operatieDuur;
    private readonly Counter<long> _reacties;
    private readonly Counter<long> _geweigerd;
    private readonly Counter<long> _cache;
    private readonly Meter _meter;

    public Metrieken(IMeterFactory meters)
    {
        var meter = _meter = meters.Create(Naam);
        _operaties = meter.CreateCounter<long>("sociaalnetwerk.graphql.operations", "{operation}", "GraphQL operations, by operation name, type and outcome.");
        _operatieDuur = meter.CreateHistogram<double>("sociaalnetwerk.graphql.operation.duration", "s", "Duration of GraphQL operations, from reading the request to the written answer.");
        _reacties = meter.CreateCounter<long>("sociaalnetwerk.reacties.stored", "{reactie}", "Reacties stored, by kanaal.");
        _geweigerd = meter.CreateCounter<long>("sociaalnetwerk.submissions.rate_limited", "{submission}", "Submissions refused by the per-address limit (RATE_LIMITED).");
        _cache = meter.CreateCounter<long>("sociaalnetwerk.cache.responses", "{response}", "Cacheable GET answers (GraphQL queries, iCal feeds): hit = 304 Not Modified, stored = the full answer from the server's copy (not executed), miss = the full answer, made.");
    }

    /// <summary>One GraphQL operation; <paramref name="uitkomst"/> is <c>ok</c> or <c>error</c>.</summary>
    public void Operatie(string? naam, string? type, string uitkomst, TimeSpan duur)
    {
        var tags = new TagList
        {
            { "graphql.operation.name", naam ?? string.Empty },
            { "graphql.operation.type", type ?? string.Empty },
            { "outcome", uitkomst },
        };
        _operaties.Add(1, tags);
        _operatieDuur.Record(duur.TotalSeconds, tags);
    }

    /// <summary>A reactie was stored (not a retry that returned the first one).</summary>
    public void ReactieOpgeslagen(string kanaal, bool proef) =>
        _reacties.Add(1, new KeyValuePair<string, object?>("kanaal", kanaal), new KeyValuePair<string, object?>("proef", proef));

    /// <summary>A submission the per-address limit refused.</summary>
    public void InzendingGeweigerd() => _geweigerd.Add(1);

    /// <summary><c>cache.result</c> of a 304 Not Modified.</summary>
    public const string CacheNietGewijzigd = "hit";

    /// <summary><c>cache.result</c> of a full answer from the server's copy, without executing.</summary>
    public const string CacheBewaard = "stored";

    /// <summary><c>cache.result</c> of a full answer that was made for this request.</summary>
    public const string CacheVolledig = "miss";

    /// <summary>
    /// The answers the server keeps (the answer cache): what they take, as counted against its bound (bytes, with their
    /// compressed forms), and how many there are. Read when the metrics are collected, not per request.
    /// </summary>
    public void BewaardeAntwoorden(Func<long> bytes, Func<long> aantal)
    {
        _meter.CreateObservableGauge("sociaalnetwerk.cache.size", bytes, "By", "Memory the kept GraphQL answers take, as counted against LeesCache:Geheugen (their compressed forms included).");
        _meter.CreateObservableGauge("sociaalnetwerk.cache.entries", aantal, "{answer}", "GraphQL answers the server keeps.");
    }

    /// <summary>A cacheable GET answer of <paramref name="bron"/> (<c>graphql</c>, <c>ical</c>): <see cref="CacheNietGewijzigd"/>, <see cref="CacheBewaard"/> or <see cref="CacheVolledig"/>.</summary>
    public void CacheAntwoord(string bron, string resultaat) =>
        _cache.Add(1, new KeyValuePair<string, object?>("source", bron), new KeyValuePair<string, object?>("cache.result", resultaat));
}
