using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;

namespace SociaalNetwerk.GraphApi;

/// <summary>
/// A cacheable response with a strong <c>ETag</c>, and <c>304 Not Modified</c> without a body when
/// <c>If-None-Match</c> names it (RFC 9110 §13.1.2), for every entry point whose GET answers may be kept: GraphQL
/// queries and the calendar feeds. The tag hashes the bytes together with what makes them one representation:
/// the media type, the language and the content coding the compression middleware will apply (so a gzip and an
/// uncompressed answer never share a strong validator).
/// </summary>
public static class CacheAntwoord
{
    /// <param name="bron">What answers, for the metric <c>sociaalnetwerk.cache.responses</c>: <c>graphql</c> or <c>ical</c>.</param>
    public static Task SchrijfAsync(HttpContext http, byte[] inhoud, string contentType, string cacheControl, string bron) =>
        SchrijfAsync(http, inhoud, contentType, Hash(http, contentType, inhoud), cacheControl, bron, bewaard: false);

    /// <summary>
    /// As above, with the hash of the representation made before (<see cref="Hash"/>, for an answer the server kept);
    /// <paramref name="bewaard"/>: the bytes come from the server's copy, not from a fresh execution.
    /// </summary>
    public static async Task SchrijfAsync(HttpContext http, byte[] inhoud, string contentType, string hash, string cacheControl, string bron, bool bewaard)
    {
        var metrieken = http.RequestServices.GetRequiredService<Schema.Telemetrie.Metrieken>();
        var antwoord = http.Response;
        antwoord.ContentType = contentType;
        antwoord.Headers.CacheControl = cacheControl;
        var etag = Etag(http, hash);
        antwoord.Headers.ETag = etag.ToString();

        if (http.Request.GetTypedHeaders().IfNoneMatch is { Count: > 0 } gevraagd
            && gevraagd.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false)))
        {
            antwoord.StatusCode = StatusCodes.Status304NotModified;
            antwoord.ContentType = null;
            metrieken.CacheAntwoord(bron, Schema.Telemetrie.Metrieken.CacheNietGewijzigd);
            return;
        }

        metrieken.CacheAntwoord(bron, bewaard ? Schema.Telemetrie.Metrieken.CacheBewaard : Schema.Telemetrie.Metrieken.CacheVolledig);
        antwoord.ContentLength = inhoud.Length;
        await antwoord.Body.WriteAsync(inhoud, http.RequestAborted);
    }

    /// <summary>
    /// The hash of one representation: the bytes with their media type and language (the response's
    /// <c>Content-Language</c>, else the request's culture). The ETag adds the content coding per request.
    /// </summary>
    public static string Hash(HttpContext http, string contentType, byte[] inhoud)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var taal = http.Response.Headers.ContentLanguage.ToString() is { Length: > 0 } kop ? kop : CultureInfo.CurrentUICulture.Name;
        hash.AppendData(Encoding.UTF8.GetBytes($"{contentType}\n{taal}\n"));
        hash.AppendData(inhoud);
        return Base64Url.EncodeToString(hash.GetHashAndReset());
    }

    private static EntityTagHeaderValue Etag(HttpContext http, string hash)
    {
        var codering = Codering(http);
        return new EntityTagHeaderValue($"\"{hash}{(codering is null ? string.Empty : "-" + codering)}\"");
    }

    /// <summary>The content coding the response compression middleware will use for this response, if any.</summary>
    private static string? Codering(HttpContext http) =>
        http.RequestServices.GetService<IResponseCompressionProvider>() is { } compressie
        && compressie.CheckRequestAcceptsCompression(http)
        && compressie.ShouldCompressResponse(http)
            ? compressie.GetCompressionProvider(http)?.EncodingName
            : null;
}
