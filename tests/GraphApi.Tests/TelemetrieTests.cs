using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Headers;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>A server that exports to an <see cref="OtlpOntvanger"/> (OTLP/HTTP, short intervals) and accepts one reactie per minute.</summary>
public sealed class TelemetrieServer(Uri otlp) : SociaalNetwerkServer
{
    protected override IDictionary<string, string?> Configuratie => new Dictionary<string, string?>
    {
        ["OTEL_EXPORTER_OTLP_ENDPOINT"] = otlp.ToString().TrimEnd('/'),
        ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        ["OTEL_BSP_SCHEDULE_DELAY"] = "100",
        ["OTEL_METRIC_EXPORT_INTERVAL"] = "200",
        ["Participatie:InzendingenPerMinuut"] = "1",
    };
}

/// <summary>The receiver first, then the server that sends to it.</summary>
public sealed class TelemetrieOmgeving : IAsyncLifetime
{
    public OtlpOntvanger Ontvanger { get; private set; } = null!;

    public TelemetrieServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Ontvanger = await OtlpOntvanger.StartAsync();
        Server = new TelemetrieServer(Ontvanger.Adres);
        await ((IAsyncLifetime)Server).InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)Server).DisposeAsync();
        await Ontvanger.DisposeAsync();
    }
}

/// <summary>
/// OpenTelemetry over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set: a span per GraphQL operation with its
/// name, type, persisted document id and error codes, HTTP and EF Core spans, and the application's metrics —
/// and nothing a respondent typed (variables, literals in a query's text), wherever it was sent.
/// </summary>
public sealed class TelemetrieTests(TelemetrieOmgeving omgeving) : IClassFixture<TelemetrieOmgeving>
{
    /// <summary>What a respondent types: in variables of a GET and a POST, and in a query's text.</summary>
    private const string Geheim = "telemetrie.geheim@example.org";
    private const string GeheimLetterlijk = "telemetrie-letterlijk-geheim";

    private const string Indienen = "mutation TelemetrieIndienen($invoer: ReactieInvoer!) { reactieIndienen(invoer: $invoer) { gelukt ontvangstcode } }";

    [Fact]
    public async Task OperationsAreExportedWithNameDocumentIdAndErrorCodesButNeverWhatWasTyped()
    {
        var server = omgeving.Server;
        var ontvanger = omgeving.Ontvanger;
        using var metingen = new Metingen(server);
        using var spans = new Spans();
        using var client = server.MaakClient();

        // A persisted query over GET with a variable, then again with its ETag: a 304.
        var agenda = PersistedDocumentTests.Id("WidgetAgenda");
        var agendaPad = $"/graphql?documentId={agenda}&variables={Uri.EscapeDataString("{\"filter\":{\"zoekterm\":\"" + Geheim + "\"}}")}";
        var eerste = await HaalAsync(client, agendaPad);
        Assert.Equal(HttpStatusCode.OK, eerste.StatusCode);
        var nietGewijzigd = await HaalAsync(client, agendaPad, eerste.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.NotModified, nietGewijzigd.StatusCode);

        // A persisted query whose variable is refused: an error code.
        var activiteit = PersistedDocumentTests.Id("WidgetActiviteit");
        var fout = await client.StuurAsync(new HttpRequestMessage(HttpMethod.Get, $"/graphql?documentId={activiteit}&variables={Uri.EscapeDataString($$"""{"id":"{{Geheim}}"}""")}"));
        var foutCode = fout.EersteCode;
        Assert.NotNull(foutCode);

        // A query as text with a literal.
        (await client.GraphQLAsync("query TelemetrieTekst { agenda(filter: { zoekterm: \"" + GeheimLetterlijk + "\" }) { totalCount } }")).ZonderFouten();

        // A reactie with contact details, stored; the next one from this address is refused (limit 1 per minute).
        var uitvraag = await TestUitvraag.MaakAsync(server);
        var invoer = uitvraag.GeldigeReactie();
        invoer["contact"] = new { toestemming = true, naam = Geheim, email = Geheim };
        var opgeslagen = (await client.GraphQLAsync(Indienen, new { invoer })).ZonderFouten();
        Assert.True(opgeslagen.Data["reactieIndienen"]!["gelukt"]!.GetValue<bool>());
        var tweede = uitvraag.GeldigeReactie();
        tweede["contact"] = new { toestemming = true, email = Geheim };
        Assert.Equal("RATE_LIMITED", (await client.GraphQLAsync(Indienen, new { invoer = tweede })).EersteCode);

        // Exported over OTLP/HTTP: the operations' spans with their attributes, ASP.NET Core's and EF Core's spans…
        await ontvanger.WachtOpAsync(
            OtlpOntvanger.Sporen,
            "sociaalnetwerk", "graphql.operation.name", "WidgetAgenda", "WidgetActiviteit", "TelemetrieTekst", "TelemetrieIndienen",
            "graphql.document.id", agenda, activiteit, "graphql.error.codes", foutCode!, "RATE_LIMITED",
            "http.route", "/graphql", "Reacties").WaitAsync(TimeSpan.FromMinutes(2));
        // …and the metrics: operations, reacties stored by kanaal, refused submissions, cache hits (304s), requests.
        await ontvanger.WachtOpAsync(
            OtlpOntvanger.Metrieken,
            "sociaalnetwerk.graphql.operations", "sociaalnetwerk.graphql.operation.duration", "sociaalnetwerk.reacties.stored", "ONLINE",
            "sociaalnetwerk.submissions.rate_limited", "sociaalnetwerk.cache.responses", "hit", "http.server.request.duration",
            "sociaalnetwerk.cache.size", "sociaalnetwerk.cache.entries").WaitAsync(TimeSpan.FromMinutes(2));

        // Nothing typed anywhere: not the variables (also not URL-encoded in a GET's query string), not the literal.
        Assert.False(ontvanger.ErgensOntvangen("telemetrie.geheim"), "a variable's value was exported");
        Assert.False(ontvanger.ErgensOntvangen(GeheimLetterlijk), "a literal from the query text was exported");

        // One span per operation, with exactly these attributes (in process: the same activities the exporter sent).
        var span = spans.Alle.Single(a => (string?)a.GetTagItem("graphql.document.id") == activiteit);
        Assert.Equal("query WidgetActiviteit", span.DisplayName);
        Assert.Equal("WidgetActiviteit", span.GetTagItem("graphql.operation.name"));
        Assert.Equal("query", span.GetTagItem("graphql.operation.type"));
        Assert.Equal([foutCode], (string[])span.GetTagItem("graphql.error.codes")!);
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        var indienen = spans.Alle.Where(a => a.DisplayName == "mutation TelemetrieIndienen").ToList();
        Assert.Contains(indienen, a => a.GetTagItem("graphql.error.codes") is null);
        Assert.Contains(indienen, a => a.GetTagItem("graphql.error.codes") is string[] codes && codes.SequenceEqual(["RATE_LIMITED"]));
        Assert.All(spans.Alle.SelectMany(a => a.TagObjects), tag => Assert.DoesNotContain("telemetrie.geheim", tag.Value?.ToString() ?? string.Empty, StringComparison.Ordinal));

        // This server's own counters moved by exactly what happened here.
        Assert.Equal(1, metingen.Som("sociaalnetwerk.reacties.stored", ("kanaal", "ONLINE")));
        Assert.Equal(1, metingen.Som("sociaalnetwerk.submissions.rate_limited"));
        Assert.Equal(1, metingen.Som("sociaalnetwerk.cache.responses", ("cache.result", "hit"), ("source", "graphql")));
        Assert.Equal(1, metingen.Som("sociaalnetwerk.graphql.operations", ("graphql.operation.name", "WidgetActiviteit"), ("outcome", "error")));

        // What the kept answers take, as the cache counts it against its bound, and how many there are.
        var cache = server.Services.GetRequiredService<GraphQL.Antwoordcache>();
        Assert.True(cache.Grootte > 0);
        Assert.Equal(cache.Grootte, metingen.Nu("sociaalnetwerk.cache.size"));
        Assert.True(metingen.Nu("sociaalnetwerk.cache.entries") >= 1);
    }

    [Fact]
    public async Task TheDataVersionReadOfA304IsAClientSpanInTheRequestsTraceWithTheDatabaseAttributes()
    {
        var server = omgeving.Server;
        using var spans = new Spans();
        using var client = server.MaakClient();
        var agenda = PersistedDocumentTests.Id("WidgetAgenda");
        var pad = $"/graphql?documentId={agenda}&variables={Uri.EscapeDataString("{\"filter\":{\"zoekterm\":\"dataversie\"}}")}";
        var eerste = await HaalAsync(client, pad);
        Assert.Equal(HttpStatusCode.OK, eerste.StatusCode);

        // The 304 of a client that sends its trace: the one statement it costs is the read of the data versions.
        var spoor = ActivityTraceId.CreateRandom();
        var nietGewijzigd = await HaalAsync(client, pad, eerste.Headers.ETag!.ToString(), $"00-{spoor.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        Assert.Equal(HttpStatusCode.NotModified, nietGewijzigd.StatusCode);

        var systeem = server.Services.GetRequiredService<Schema.Data.DatabaseKeuze>().Provider == Schema.Data.DatabaseProvider.Sqlite ? "sqlite" : "postgresql";
        var span = Assert.Single(spans.Alle, a => a.TraceId == spoor && a.DisplayName == "SELECT Dataversie");
        Assert.Equal(ActivityKind.Client, span.Kind);
        Assert.NotEqual(default, span.ParentSpanId);
        Assert.Equal(systeem, span.GetTagItem("db.system.name"));
        Assert.Equal("Dataversie", span.GetTagItem("db.collection.name"));
        Assert.Equal("SELECT", span.GetTagItem("db.operation.name"));
        Assert.Equal("SELECT Dataversie", span.GetTagItem("db.query.summary"));
        Assert.Equal(Schema.Data.Dataversielezer.Sql, span.GetTagItem("db.query.text"));
        Assert.NotNull(span.GetTagItem("db.namespace"));
        Assert.Equal(ActivityStatusCode.Unset, span.Status);

        // Exported with the others over OTLP.
        await omgeving.Ontvanger.WachtOpAsync(
            OtlpOntvanger.Sporen, "SELECT Dataversie", "db.query.text", Schema.Data.Dataversielezer.Sql, "db.system.name", systeem).WaitAsync(TimeSpan.FromMinutes(2));
    }

    [Fact]
    public async Task EntityFrameworksStatementSpansUseTheSameStableDatabaseAttributes()
    {
        // Every database span of a request with the same names as the data-version read's: EF Core's instrumentation
        // is switched to the stable conventions (OTEL_SEMCONV_STABILITY_OPT_IN=database) unless the operator says otherwise.
        var server = omgeving.Server;
        using var spans = new Spans();
        using var client = server.MaakClient();
        var spoor = ActivityTraceId.CreateRandom();
        var pad = $"/graphql?documentId={PersistedDocumentTests.Id("WidgetAgenda")}&variables={Uri.EscapeDataString("{\"filter\":{\"zoekterm\":\"semconv\"}}")}";
        Assert.Equal(HttpStatusCode.OK, (await HaalAsync(client, pad, traceparent: $"00-{spoor.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01")).StatusCode);

        var systeem = server.Services.GetRequiredService<Schema.Data.DatabaseKeuze>().Provider == Schema.Data.DatabaseProvider.Sqlite ? "sqlite" : "postgresql";
        var statements = spans.Alle.Where(a => a.TraceId == spoor && a.Source.Name.Contains("EntityFrameworkCore", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(statements);
        Assert.All(statements, span =>
        {
            Assert.Equal(ActivityKind.Client, span.Kind);
            Assert.True(systeem == (string?)span.GetTagItem("db.system.name"), string.Join(", ", span.TagObjects.Select(t => $"{t.Key}={t.Value}")));
            Assert.Contains("SELECT", (string)span.GetTagItem("db.query.text")!, StringComparison.Ordinal);
            Assert.Null(span.GetTagItem("db.statement"));
            Assert.Null(span.GetTagItem("db.system"));
        });
    }

    private static async Task<HttpResponseMessage> HaalAsync(HttpClient client, string pad, string? etag = null, string? traceparent = null)
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, pad);
        if (traceparent is not null)
        {
            verzoek.Headers.Add("traceparent", traceparent);
        }

        verzoek.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/graphql-response+json"));
        if (etag is not null)
        {
            verzoek.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(etag));
        }

        return await client.SendAsync(verzoek);
    }

    /// <summary>The measurements of one server's <c>SociaalNetwerk</c> meter (its own IMeterFactory, not another test server's).</summary>
    private sealed class Metingen : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly Lock _slot = new();
        private readonly List<(string Naam, long Waarde, KeyValuePair<string, object?>[] Tags)> _metingen = [];

        public Metingen(SociaalNetwerkServer server)
        {
            var fabriek = server.Services.GetRequiredService<IMeterFactory>();
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == "SociaalNetwerk" && ReferenceEquals(instrument.Meter.Scope, fabriek))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((instrument, waarde, tags, _) =>
            {
                lock (_slot)
                {
                    _metingen.Add((instrument.Name, waarde, tags.ToArray()));
                }
            });
            _listener.Start();
        }

        /// <summary>The value an observable instrument reports now.</summary>
        public long Nu(string naam)
        {
            lock (_slot)
            {
                _metingen.RemoveAll(m => m.Naam == naam);
            }

            _listener.RecordObservableInstruments();
            lock (_slot)
            {
                return Assert.Single(_metingen, m => m.Naam == naam).Waarde;
            }
        }

        public long Som(string naam, params (string Sleutel, string Waarde)[] tags)
        {
            lock (_slot)
            {
                return _metingen
                    .Where(m => m.Naam == naam && tags.All(t => m.Tags.Any(k => k.Key == t.Sleutel && Equals(k.Value?.ToString(), t.Waarde))))
                    .Sum(m => m.Waarde);
            }
        }

        public void Dispose() => _listener.Dispose();
    }

    /// <summary>The stopped activities of the ActivitySource <c>SociaalNetwerk</c>.</summary>
    private sealed class Spans : IDisposable
    {
        private readonly ActivityListener _listener;
        private readonly Lock _slot = new();
        private readonly List<Activity> _spans = [];

        public Spans()
        {
            _listener = new ActivityListener
            {
                ShouldListenTo = bron => bron.Name is "SociaalNetwerk" or "OpenTelemetry.Instrumentation.EntityFrameworkCore",
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = activity =>
                {
                    lock (_slot)
                    {
                        _spans.Add(activity);
                    }
                },
            };
            ActivitySource.AddActivityListener(_listener);
        }

        public IReadOnlyList<Activity> Alle
        {
            get
            {
                lock (_slot)
                {
                    return [.. _spans];
                }
            }
        }

        public void Dispose() => _listener.Dispose();
    }
}

/// <summary>Without <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> (the standard test server) OpenTelemetry is not registered: no exporter, nothing sent.</summary>
[Collection(ServerCollectie.Naam)]
public sealed class ZonderTelemetrieTests(SociaalNetwerkServer server)
{
    [Fact]
    public void WithoutAnOtlpEndpointNoTracerOrMeterProviderIsRegistered()
    {
        Assert.Null(server.Services.GetService<TracerProvider>());
        Assert.Null(server.Services.GetService<MeterProvider>());
    }
}
