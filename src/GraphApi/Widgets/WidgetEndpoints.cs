using System.Buffers.Text;
using System.Text.Json;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;
using SociaalNetwerk.Widgets;

namespace SociaalNetwerk.GraphApi.Widgets;

/// <summary>
/// The web components for partner websites (src/Widgets, embedded in SociaalNetwerk.Widgets.dll):
/// <c>/widgets/1.0.0/sociaal-netwerk.js</c> never changes (cached for a year; use it with the SRI hash),
/// <c>/widgets/v1/sociaal-netwerk.js</c> is the newest 1.x (short cache), and <c>/widgets/manifest.json</c>
/// lists the version, the URLs (relative to <c>/widgets/</c>) and the SRI hashes. The script is a small loader: it
/// fetches the modules of the elements a page has, which have a content hash in their name and are therefore
/// immutable under either address. Every file is sent as the brotli or gzip copy made at build time
/// (scripts/manifest.mjs) when the browser accepts one, never compressed per request. Partner pages load the script
/// and call the API from their own origin, so the public API answers cross-origin requests (CORS, no cookies).
/// </summary>
public static class WidgetEndpoints
{
    public const string Pad = "/widgets";
    private const string Onveranderlijk = "public, max-age=31536000, immutable";
    private const string Kort = "public, max-age=300";

    /// <summary>
    /// CORS for what partner sites call from their own origin (<see cref="VoorPartnersites"/>: the GraphQL API, the
    /// iCalendar feeds, the widgets' files), for public reads and anonymous POSTs (reacties): any origin, no
    /// credentials. Requests with an API key are not meant for browsers on other sites, so <c>Authorization</c> is not
    /// an allowed header. The portal (<c>/beheer</c>), the public pages and everything else get no CORS headers.
    /// </summary>
    public static IServiceCollection AddWidgets(this IServiceCollection services) =>
        services.AddCors(opties => opties.AddDefaultPolicy(beleid => beleid
            .AllowAnyOrigin()
            .WithMethods(HttpMethods.Get, HttpMethods.Head, HttpMethods.Post)
            .WithHeaders(HeaderNames.ContentType, HeaderNames.Accept, HeaderNames.AcceptLanguage)
            .SetPreflightMaxAge(TimeSpan.FromHours(2))));

    /// <summary>Whether a path (below the path base) is one partner sites call from their origin, and so gets CORS.</summary>
    public static bool VoorPartnersites(PathString pad) =>
        pad.StartsWithSegments(GraphQL.GraphQLEndpoint.Pad, StringComparison.OrdinalIgnoreCase)
        || pad.StartsWithSegments(Pad, StringComparison.OrdinalIgnoreCase)
        || pad.Equals(Feeds.FeedEndpoints.AgendaPad, StringComparison.OrdinalIgnoreCase)
        || (pad.StartsWithSegments("/activiteiten", StringComparison.OrdinalIgnoreCase) && pad.Value!.EndsWith(".ics", StringComparison.OrdinalIgnoreCase));

    public static WebApplication UseWidgets(this WebApplication app)
    {
        // Scoped by path, not for the whole site: a portal page (or any page) with Access-Control-Allow-Origin: * would
        // let any site read it with fetch() (no cookies are sent, but still: nothing there is for other origins).
        app.UseWhen(http => VoorPartnersites(http.Request.Path), tak => tak.UseCors());
        if (!WidgetBundel.Bestanden.TryGetValue("manifest.json", out var manifestBytes))
        {
            app.Logger.LogWarning("SociaalNetwerk.Widgets.dll contains no widgets: build src/Widgets (npm run build) to serve {Pad}", Pad);
            return app;
        }

        var manifest = JsonSerializer.Deserialize<WidgetManifest>(manifestBytes, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException("widgets/manifest.json is empty");
        var bestanden = manifest.Files.ToDictionary(paar => paar.Key, paar => Bestand.Uit(paar.Key), StringComparer.Ordinal);
        var manifestBestand = Bestand.Uit("manifest.json");

        app.MapMethods($"{Pad}/manifest.json", [HttpMethods.Get, HttpMethods.Head], (HttpContext http) =>
            manifestBestand.Antwoord(http, Kort))
            .ExcludeFromDescription();

        app.MapMethods($"{Pad}/{{versie}}/{{bestand}}", [HttpMethods.Get, HttpMethods.Head], (HttpContext http, string versie, string bestand) =>
        {
            if (!manifest.Files.TryGetValue(bestand, out var info) || !bestanden.TryGetValue(bestand, out var inhoud))
            {
                return Results.NotFound();
            }

            var cache = versie == manifest.Version || (versie == manifest.Major && info.Immutable) ? Onveranderlijk : versie == manifest.Major ? Kort : null;
            return cache is null ? Results.NotFound() : inhoud.Antwoord(http, cache);
        }).ExcludeFromDescription();

        return app;
    }

    /// <summary>One file in its three representations: as built, and the brotli and gzip copies made at build time.</summary>
    private sealed record Bestand(string ContentType, Representatie Origineel, Representatie? Brotli, Representatie? Gzip)
    {
        public static Bestand Uit(string naam)
        {
            var contentType = naam.EndsWith(".js", StringComparison.Ordinal) ? "text/javascript; charset=utf-8" : "application/json; charset=utf-8";
            var origineel = WidgetBundel.Bestanden[naam];
            // A strong validator per representation: the hash of the file as built, and the coding it is sent in.
            var hash = Base64Url.EncodeToString(System.Security.Cryptography.SHA384.HashData(origineel));
            Representatie? Kopie(string achtervoegsel, string codering) =>
                WidgetBundel.Bestanden.TryGetValue(naam + achtervoegsel, out var bytes) ? new(bytes, codering, new($"\"{hash}-{codering}\"")) : null;
            return new(contentType, new(origineel, null, new($"\"{hash}\"")), Kopie(".br", "br"), Kopie(".gz", "gzip"));
        }

        public IResult Antwoord(HttpContext http, string cache)
        {
            var headers = http.Response.Headers;
            headers.CacheControl = cache;
            headers.XContentTypeOptions = "nosniff";
            headers["Cross-Origin-Resource-Policy"] = "cross-origin";
            headers.Vary = HeaderNames.AcceptEncoding;
            var representatie = Kies(http);
            if (representatie.Codering is not null)
            {
                // Set before the body: the compression middleware leaves a response with a Content-Encoding alone.
                headers.ContentEncoding = representatie.Codering;
            }

            return Results.Bytes(representatie.Inhoud, ContentType, entityTag: representatie.Etag);
        }

        /// <summary>
        /// The representation the browser prefers by its <c>Accept-Encoding</c> (q-values included), chosen by the
        /// same provider as the compression middleware's; the file as built when it accepts neither coding.
        /// </summary>
        private Representatie Kies(HttpContext http)
        {
            var compressie = http.RequestServices.GetService<IResponseCompressionProvider>();
            var codering = compressie is not null && compressie.CheckRequestAcceptsCompression(http) ? compressie.GetCompressionProvider(http)?.EncodingName : null;
            return codering switch
            {
                "br" when Brotli is not null => Brotli,
                "gzip" when Gzip is not null => Gzip,
                _ => Origineel,
            };
        }
    }

    private sealed record Representatie(byte[] Inhoud, string? Codering, EntityTagHeaderValue Etag);

    private sealed record WidgetManifest(string Version, string Major, Dictionary<string, WidgetManifestBestand> Files);

    private sealed record WidgetManifestBestand(string Url, string Alias, string Integrity, bool Immutable);
}
