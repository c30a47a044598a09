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
/// uncompressed answer never share a strong validator, RFC 9110 §8.8.3). An answer the server keeps brings its bytes in
/// that coding, made once, so the middleware compresses nothing (<see cref="SchrijfInhoudAsync"/>).
/// </summary>
public static class CacheAntwoord
{
    /// <param name="bron">What answers, for the metric <c>sociaalnetwerk.cache.responses</c>: <c>graphql</c> or <c>ical</c>.</param>
    public static Task SchrijfAsync(HttpContext http, byte[] inhoud, string contentType, string cacheControl, string bron) =>
        SchrijfAsync(http, inhoud, contentType, Hash(http, contentType, inhoud), cacheControl, bron, bewaard: false);

    /// <summary>
    /// As above, with the hash of the representation made before (<see cref="Hash"/>, for an answer the server kept);
    /// <paramref name="bewaard"/>: the bytes come from the server's copy, not from a fresh execution;
    /// <paramref name="gecomprimeerd"/>: see <see cref="SchrijfInhoudAsync"/>.
    /// </summary>
    public static async Task SchrijfAsync(HttpContext http, byte[] inhoud, string contentType, string hash, string cacheControl, string bron, bool bewaard, Func<string, byte[]?>? gecomprimeerd = null)
    {
        var metrieken = http.RequestServices.GetRequiredService<Schema.Telemetrie.Metrieken>();
        var antwoord = http.Response;
        antwoord.ContentType = contentType;
        antwoord.Headers.CacheControl = cacheControl;
        var codering = Codering(http);
        var etag = new EntityTagHeaderValue($"\"{hash}{(codering is null ? string.Empty : "-" + codering)}\"");
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
        await SchrijfInhoudAsync(http, inhoud, codering, gecomprimeerd);
    }

    /// <summary>
    /// Writes the body of a response whose <c>Content-Type</c> is set, in the content coding the compression middleware
    /// would choose for it (<paramref name="codering"/>, <see cref="Codering"/>): from <paramref name="gecomprimeerd"/>
    /// (the bytes in that coding, made before: an answer the server keeps) with its <c>Content-Encoding</c>, which the
    /// middleware leaves alone; without it, or when it has none (null), the middleware compresses the bytes as before.
    /// </summary>
    public static Task SchrijfInhoudAsync(HttpContext http, byte[] inhoud, Func<string, byte[]?>? gecomprimeerd) =>
        SchrijfInhoudAsync(http, inhoud, gecomprimeerd is null ? null : Codering(http), gecomprimeerd);

    private static async Task SchrijfInhoudAsync(HttpContext http, byte[] inhoud, string? codering, Func<string, byte[]?>? gecomprimeerd)
    {
        var antwoord = http.Response;
        if (codering is not null && gecomprimeerd?.Invoke(codering) is { } bytes)
        {
            antwoord.Headers.ContentEncoding = codering;
            if (!antwoord.Headers.GetCommaSeparatedValues(HeaderNames.Vary).Contains(HeaderNames.AcceptEncoding, StringComparer.OrdinalIgnoreCase))
            {
                antwoord.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
            }

            inhoud = bytes;
        }

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

    /// <summary>
    /// The content coding the response compression middleware would use for this response, if any: the request's
    /// <c>Accept-Encoding</c> with its q-values (<c>br;q=0</c>, <c>identity</c>, <c>*</c>) as the middleware reads it,
    /// the response's media type, and HTTPS.
    /// </summary>
    private static string? Codering(HttpContext http) =>
        http.Request.Headers.AcceptEncoding.Count > 0 // none: identity, without asking the provider
        && http.RequestServices.GetService<IResponseCompressionProvider>() is { } compressie
        && compressie.CheckRequestAcceptsCompression(http)
        && compressie.ShouldCompressResponse(http)
            ? compressie.GetCompressionProvider(http)?.EncodingName
            : null;
}
