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
    public static async Task SchrijfAsync(HttpContext http, byte[] inhoud, string contentType, string cacheControl, string bron)
    {
        var metrieken = http.RequestServices.GetRequiredService<Schema.Telemetrie.Metrieken>();
        var antwoord = http.Response;
        antwoord.ContentType = contentType;
        antwoord.Headers.CacheControl = cacheControl;
        var etag = Etag(http, inhoud);
        antwoord.Headers.ETag = etag.ToString();

        if (http.Request.GetTypedHeaders().IfNoneMatch is { Count: > 0 } gevraagd
            && gevraagd.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false)))
        {
            antwoord.StatusCode = StatusCodes.Status304NotModified;
            antwoord.ContentType = null;
            metrieken.CacheAntwoord(bron, nietGewijzigd: true);
            return;
        }

        metrieken.CacheAntwoord(bron, nietGewijzigd: false);
        antwoord.ContentLength = inhoud.Length;
        await antwoord.Body.WriteAsync(inhoud, http.RequestAborted);
    }

    private static EntityTagHeaderValue Etag(HttpContext http, byte[] inhoud)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var taal = http.Response.Headers.ContentLanguage.ToString() is { Length: > 0 } kop ? kop : CultureInfo.CurrentUICulture.Name;
        hash.AppendData(Encoding.UTF8.GetBytes($"{http.Response.ContentType}\n{taal}\n"));
        hash.AppendData(inhoud);
        var codering = Codering(http);
        return new EntityTagHeaderValue($"\"{Base64Url.EncodeToString(hash.GetHashAndReset())}{(codering is null ? string.Empty : "-" + codering)}\"");
    }

    /// <summary>The content coding the response compression middleware will use for this response, if any.</summary>
    private static string? Codering(HttpContext http) =>
        http.RequestServices.GetService<IResponseCompressionProvider>() is { } compressie
        && compressie.CheckRequestAcceptsCompression(http)
        && compressie.ShouldCompressResponse(http)
            ? compressie.GetCompressionProvider(http)?.EncodingName
            : null;
}
