using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using SociaalNetwerk.GraphApi.GraphQL;
using SociaalNetwerk.Schema.Telemetrie;

namespace SociaalNetwerk.GraphApi;

/// <summary>
/// OpenTelemetry (traces and metrics over OTLP) and what the logs may say about a request. Everything is
/// configured through the standard <c>OTEL_*</c> variables (docs/telemetrie.md); without
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> nothing is registered and nothing is exported.
/// </summary>
public static class Telemetrie
{
    /// <summary>The service name in the exported resource, unless <c>OTEL_SERVICE_NAME</c> says otherwise.</summary>
    public const string ServiceNaam = "sociaalnetwerk";

    /// <summary>
    /// ASP.NET Core's "Request starting/finished" lines (Information) carry the whole URL, query string included:
    /// a GET query's <c>variables</c> and <c>query</c> text. Capped at Warning for every logging provider, whatever
    /// the configuration says.
    /// </summary>
    public const string VerzoekregelCategorie = "Microsoft.AspNetCore.Hosting.Diagnostics";

    /// <summary>OpenTelemetry's switch to the stable semantic conventions per signal (<c>database</c>, <c>http</c>).</summary>
    public const string SemconvOptIn = "OTEL_SEMCONV_STABILITY_OPT_IN";

    public static WebApplicationBuilder AddTelemetrie(this WebApplicationBuilder builder)
    {
        builder.Services.PostConfigure<LoggerFilterOptions>(VerbergVerzoekregels);
        if (string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            return builder;
        }

        // Database spans with the stable names of the semantic conventions (db.system.name, db.query.text …), as the
        // span of the data-version read has: EF Core's instrumentation still uses the old ones (db.system, db.statement)
        // unless asked, and it reads only the environment variable (its options are made without the configuration).
        // What the operator set, in the environment or the configuration (also "database/dup"), stays.
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(SemconvOptIn)))
        {
            Environment.SetEnvironmentVariable(SemconvOptIn, builder.Configuration[SemconvOptIn] is { Length: > 0 } gezet ? gezet : "database");
        }

        VoegOpenTelemetryToe(builder.Services);
        return builder;
    }

    /// <summary>
    /// A method of its own: the JIT loads the OpenTelemetry assemblies for the method that names their types, so a
    /// server without <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> never loads them.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void VoegOpenTelemetryToe(IServiceCollection services)
    {
        // The OTLP exporters, the batch processor and the metric reader read the other OTEL_* settings
        // (protocol, headers, OTEL_BSP_SCHEDULE_DELAY, OTEL_METRIC_EXPORT_INTERVAL…) from the configuration.
        services.AddOpenTelemetry()
            // OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES are read after our default, so they win.
            .ConfigureResource(resource => resource.AddService(ServiceNaam).AddEnvironmentVariableDetector())
            .WithTracing(tracing => tracing
                .AddSource(Metrieken.Naam)
                // Query string values are redacted by the instrumentation (url.query), so a GET's variables stay out.
                .AddAspNetCoreInstrumentation()
                // Statements with their parameters as placeholders and literals sanitized; parameter values are off.
                .AddEntityFrameworkCoreInstrumentation()
                .AddOtlpExporter())
            .WithMetrics(metrics => metrics
                .AddMeter(Metrieken.Naam)
                .AddAspNetCoreInstrumentation()
                .AddMeter("System.Runtime")
                .AddOtlpExporter());
    }

    /// <summary>
    /// How the start-up lines reach the console: as plain text, or — with JSON console logs
    /// (<c>Logging:Console:FormatterName=json</c>) — as log entries, so every line on stdout is JSON.
    /// </summary>
    public static Action<string> Melding(WebApplication app)
    {
        if (!string.Equals(app.Configuration["Logging:Console:FormatterName"], ConsoleFormatterNames.Json, StringComparison.OrdinalIgnoreCase))
        {
            return Console.WriteLine;
        }

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("SociaalNetwerk");
        return regel => logger.LogInformation("{Melding}", regel);
    }

    private static void VerbergVerzoekregels(LoggerFilterOptions opties)
    {
        // The most specific rule for a provider wins, and of equal ones the last: one per provider named in the
        // configuration and one for all others, added after the configuration's own.
        var providers = opties.Rules.Select(r => r.ProviderName).Distinct().ToList();
        foreach (var provider in providers.Append(null).Distinct())
        {
            opties.Rules.Add(new LoggerFilterRule(provider, VerzoekregelCategorie, LogLevel.Warning, filter: null));
        }
    }
}
