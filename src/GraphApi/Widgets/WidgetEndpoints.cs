using System.Text.Json;
using Microsoft.Net.Http.Headers;
using SociaalNetwerk.Widgets;

namespace SociaalNetwerk.GraphApi.Widgets;

/// <summary>
/// The web components for partner websites (src/Widgets, embedded in SociaalNetwerk.Widgets.dll):
/// <c>/widgets/1.0.0/sociaal-netwerk.js</c> never changes (cached for a year; use it with the SRI hash),
/// <c>/widgets/v1/sociaal-netwerk.js</c> is the newest 1.x (short cache), and <c>/widgets/manifest.json</c>
/// lists the version, the URLs (relative to <c>/widgets/</c>) and the SRI hashes. Partner pages load the script
/// and call the API from their own origin, so the public API answers cross-origin requests (CORS, no cookies).
/// </summary>
public static class WidgetEndpoints
{
    public const string Pad = "/widgets";
    private const string Onveranderlijk = "public, max-age=31536000, immutable";
    private const string Kort = "public, max-age=300";

    /// <summary>
    /// CORS for every public read and for anonymous POSTs (reacties): any origin, no credentials. Requests with an
    /// API key are not meant for browsers on other sites, so <c>Authorization</c> is not an allowed header.
    /// </summary>
    public static IServiceCollection AddWidgets(this IServiceCollection services) =>
        services.AddCors(opties => opties.AddDefaultPolicy(beleid => beleid
            .AllowAnyOrigin()
            .WithMethods(HttpMethods.Get, HttpMethods.Head, HttpMethods.Post)
            .WithHeaders(HeaderNames.ContentType, HeaderNames.Accept, HeaderNames.AcceptLanguage)
            .SetPreflightMaxAge(TimeSpan.FromHours(2))));

    public static WebApplication UseWidgets(this WebApplication app)
    {
        app.UseCors();
        if (!WidgetBundel.Bestanden.TryGetValue("manifest.json", out var manifestBytes))
        {
            app.Logger.LogWarning("SociaalNetwerk.Widgets.dll contains no widgets: build src/Widgets (npm run build) to serve {Pad}", Pad);
            return app;
        }

        var manifest = JsonSerializer.Deserialize<WidgetManifest>(manifestBytes, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException("widgets/manifest.json is empty");

        app.MapMethods($"{Pad}/manifest.json", [HttpMethods.Get, HttpMethods.Head], (HttpContext http) =>
            Bestand(http, manifestBytes, "manifest.json", Kort, null))
            .ExcludeFromDescription();

        app.MapMethods($"{Pad}/{{versie}}/{{bestand}}", [HttpMethods.Get, HttpMethods.Head], (HttpContext http, string versie, string bestand) =>
        {
            var cache = versie == manifest.Version ? Onveranderlijk : versie == manifest.Major ? Kort : null;
            return cache is not null && manifest.Files.TryGetValue(bestand, out var info) && WidgetBundel.Bestanden.TryGetValue(bestand, out var inhoud)
                ? Bestand(http, inhoud, bestand, cache, info.Integrity)
                : Results.NotFound();
        }).ExcludeFromDescription();

        return app;
    }

    private static IResult Bestand(HttpContext http, byte[] inhoud, string naam, string cache, string? integrity)
    {
        var headers = http.Response.Headers;
        headers.CacheControl = cache;
        headers.XContentTypeOptions = "nosniff";
        headers["Cross-Origin-Resource-Policy"] = "cross-origin";
        var contentType = naam.EndsWith(".js", StringComparison.Ordinal) ? "text/javascript; charset=utf-8" : "application/json; charset=utf-8";
        // Weak: the compression middleware sends other bytes per Accept-Encoding.
        var etag = integrity is null ? null : new EntityTagHeaderValue($"\"{integrity.Replace('/', '_').Replace('+', '-')}\"", isWeak: true);
        return Results.Bytes(inhoud, contentType, entityTag: etag);
    }

    private sealed record WidgetManifest(string Version, string Major, Dictionary<string, WidgetManifestBestand> Files);

    private sealed record WidgetManifestBestand(string Url, string Alias, string Integrity);
}
