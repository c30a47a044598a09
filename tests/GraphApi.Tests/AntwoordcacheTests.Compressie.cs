using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using SociaalNetwerk.GraphApi.GraphQL;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// A kept answer goes out compressed as the browser asks for it (<c>Accept-Encoding</c> with its q-values, read as the
/// compression middleware reads it), from forms the cache made once: each decodes to the uncompressed answer byte for
/// byte, has a strong ETag of its own and a <c>Content-Length</c>, and every answer varies by <c>Accept-Encoding</c>.
/// Neither the cache nor the middleware compresses a kept answer again; its forms count in the cache's memory.
/// </summary>
public sealed partial class AntwoordcacheTests
{
    private const string CacheControl = "public, max-age=60, stale-while-revalidate=300";

    [Fact]
    public async Task ACachedAnswerGoesOutInBrotliAndGzipThatDecodeToTheUncompressedAnswerByteForByte()
    {
        var pad = EigenPad();
        var identiteit = await HaalBytesAsync(pad, null);
        server.Compressies.Reset();
        var brotli = await HaalBytesAsync(pad, "br, gzip");
        var gzip = await HaalBytesAsync(pad, "gzip");

        Assert.Empty(identiteit.Antwoord.Content.Headers.ContentEncoding);
        Assert.Equal(["br"], brotli.Antwoord.Content.Headers.ContentEncoding);
        Assert.Equal(["gzip"], gzip.Antwoord.Content.Headers.ContentEncoding);
        Assert.Equal(identiteit.Inhoud, Pak(brotli.Inhoud, stroom => new BrotliStream(stroom, CompressionMode.Decompress)));
        Assert.Equal(identiteit.Inhoud, Pak(gzip.Inhoud, stroom => new GZipStream(stroom, CompressionMode.Decompress)));
        Assert.True(brotli.Inhoud.Length < identiteit.Inhoud.Length / 2, $"{brotli.Inhoud.Length} bytes of brotli for {identiteit.Inhoud.Length}");
        foreach (var (antwoord, inhoud, _) in new[] { identiteit, brotli, gzip })
        {
            Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
            Assert.Equal(inhoud.Length, antwoord.Content.Headers.ContentLength);
            Assert.Equal(["Accept", "Accept-Language", "Authorization", "Origin", "Accept-Encoding"], Vary(antwoord));
            Assert.Equal(CacheControl, antwoord.Headers.CacheControl!.ToString());
            Assert.Equal("application/graphql-response+json; charset=utf-8", antwoord.Content.Headers.ContentType!.ToString());
            Assert.False(antwoord.Headers.ETag!.IsWeak);
        }

        // One representation per coding, each with its own strong validator (RFC 9110 §8.8.3): the tag of the bytes and the coding.
        Assert.Equal(identiteit.Antwoord.Headers.ETag!.Tag[..^1] + "-br\"", brotli.Antwoord.Headers.ETag!.Tag);
        Assert.Equal(identiteit.Antwoord.Headers.ETag!.Tag[..^1] + "-gzip\"", gzip.Antwoord.Headers.ETag!.Tag);
        Assert.Equal(1, brotli.Statements);
        Assert.Equal(1, gzip.Statements);
        Assert.Equal(0, server.Compressies.DoorMiddleware);
    }

    [Fact]
    public async Task TheCodingFollowsTheQValuesOfAcceptEncodingAsTheMiddlewareReadsThem()
    {
        var pad = EigenPad();
        var identiteit = await HaalBytesAsync(pad, null);
        server.Compressies.Reset();
        (string AcceptEncoding, string? Codering)[] gevallen =
        [
            ("br;q=0, gzip", "gzip"),
            ("gzip, br;q=0.5", "gzip"),
            ("gzip;q=0.5, br;q=0.8", "br"),
            ("identity", null),
            ("*", "br"),
            ("*;q=0", null),
            ("br;q=0, gzip;q=0", null),
            ("deflate", null),
        ];

        foreach (var (acceptEncoding, codering) in gevallen)
        {
            var (antwoord, inhoud, _) = await HaalBytesAsync(pad, acceptEncoding);

            Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
            Assert.Equal(codering is null ? [] : [codering], antwoord.Content.Headers.ContentEncoding);
            Assert.Equal(inhoud.Length, antwoord.Content.Headers.ContentLength);
            Assert.Equal(identiteit.Antwoord.Headers.ETag!.Tag[..^1] + (codering is null ? string.Empty : "-" + codering) + "\"", antwoord.Headers.ETag!.Tag);
            Assert.Contains("Accept-Encoding", Vary(antwoord));
            var gedecodeerd = codering switch
            {
                "br" => Pak(inhoud, stroom => new BrotliStream(stroom, CompressionMode.Decompress)),
                "gzip" => Pak(inhoud, stroom => new GZipStream(stroom, CompressionMode.Decompress)),
                _ => inhoud,
            };
            Assert.Equal(identiteit.Inhoud, gedecodeerd);
        }

        Assert.Equal(0, server.Compressies.DoorMiddleware);
    }

    [Fact]
    public async Task A304AnswersTheEtagOfACompressedAnswerWithoutExecuting()
    {
        var pad = EigenPad();
        var brotli = await HaalBytesAsync(pad, "br, gzip");
        var etag = brotli.Antwoord.Headers.ETag!.ToString();

        var nietGewijzigd = await HaalBytesAsync(pad, "br, gzip", etag);
        var zwak = await HaalBytesAsync(pad, "br, gzip", "W/" + etag);
        var andereCodering = await HaalBytesAsync(pad, "gzip", etag);

        Assert.EndsWith("-br\"", etag, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotModified, nietGewijzigd.Antwoord.StatusCode);
        Assert.Empty(nietGewijzigd.Inhoud);
        Assert.Equal(etag, nietGewijzigd.Antwoord.Headers.ETag!.ToString());
        Assert.Equal(CacheControl, nietGewijzigd.Antwoord.Headers.CacheControl!.ToString());
        // A 304 names what a 200 would vary by (RFC 9110 §15.4.5), and carries no coding of a body it does not have.
        Assert.Equal(Vary(brotli.Antwoord), Vary(nietGewijzigd.Antwoord));
        Assert.Empty(nietGewijzigd.Antwoord.Content.Headers.ContentEncoding);
        Assert.Equal(1, nietGewijzigd.Statements);
        Assert.Equal(HttpStatusCode.NotModified, zwak.Antwoord.StatusCode);

        // The brotli tag does not validate the gzip representation: that one is sent, with its own tag.
        Assert.Equal(HttpStatusCode.OK, andereCodering.Antwoord.StatusCode);
        Assert.Equal(["gzip"], andereCodering.Antwoord.Content.Headers.ContentEncoding);
        Assert.EndsWith("-gzip\"", andereCodering.Antwoord.Headers.ETag!.Tag, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARepeatedCachedRequestIsNotCompressedAgain()
    {
        var pad = EigenPad();
        server.Compressies.Reset();

        List<byte[]> brotli = [], gzip = [];
        for (var i = 0; i < 5; i++)
        {
            brotli.Add((await HaalBytesAsync(pad, "br, gzip")).Inhoud);
            gzip.Add((await HaalBytesAsync(pad, "gzip")).Inhoud);
            await HaalBytesAsync(pad, null);
        }

        // None by the middleware; each coding once by the cache (the first request that asked for it; the very first executed).
        Assert.Equal(0, server.Compressies.DoorMiddleware);
        Assert.Equal(1, server.Compressies.DoorCache("br"));
        Assert.Equal(1, server.Compressies.DoorCache("gzip"));
        Assert.All(brotli, bytes => Assert.Equal(brotli[0], bytes));
        Assert.All(gzip, bytes => Assert.Equal(gzip[0], bytes));
    }

    [Fact]
    public async Task APersistedDocumentSentByPostGoesOutFromTheKeptCompressedFormsToo()
    {
        async Task<(HttpResponseMessage Antwoord, byte[] Inhoud)> PostAsync(string? codering)
        {
            using var verzoek = new HttpRequestMessage(HttpMethod.Post, "/graphql")
            {
                Content = new StringContent($$"""{"documentId":"{{PersistedDocumentTests.Id("WidgetWijken")}}"}""", Encoding.UTF8, "application/json"),
            };
            if (codering is not null)
            {
                verzoek.Headers.AcceptEncoding.ParseAdd(codering);
            }

            var antwoord = await _client.SendAsync(verzoek);
            Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
            return (antwoord, await antwoord.Content.ReadAsByteArrayAsync());
        }

        var (_, identiteit) = await PostAsync(null);
        server.Compressies.Reset();
        var (brotli, brotliInhoud) = await PostAsync("br, gzip");
        var (_, opnieuw) = await PostAsync("br, gzip");

        Assert.Equal(["br"], brotli.Content.Headers.ContentEncoding);
        Assert.Equal(brotliInhoud.Length, brotli.Content.Headers.ContentLength);
        Assert.Contains("Accept-Encoding", Vary(brotli));
        Assert.Equal(identiteit, Pak(brotliInhoud, stroom => new BrotliStream(stroom, CompressionMode.Decompress)));
        Assert.Equal(brotliInhoud, opnieuw);
        Assert.Equal(0, server.Compressies.DoorMiddleware);
    }

    [Fact]
    public async Task TheCompressedFormsCountInTheCachesMemory()
    {
        var cache = server.Services.GetRequiredService<Antwoordcache>();
        var pad = EigenPad();
        await HaalBytesAsync(pad, null);
        var alleenIdentiteit = cache.Grootte;

        var brotli = await HaalBytesAsync(pad, "br");
        var metBrotli = cache.Grootte;
        var gzip = await HaalBytesAsync(pad, "gzip");
        var metGzip = cache.Grootte;
        await HaalBytesAsync(pad, "br");
        await HaalBytesAsync(pad, "gzip");

        Assert.True(alleenIdentiteit > 0);
        Assert.Equal(alleenIdentiteit + brotli.Inhoud.Length, metBrotli);
        Assert.Equal(metBrotli + gzip.Inhoud.Length, metGzip);
        Assert.Equal(metGzip, cache.Grootte);
    }

    /// <summary>
    /// An answer of a few kilobytes (the glossary: themes and activity kinds with their descriptions) under a document of
    /// its own (the comment), so no other test has it in the cache.
    /// </summary>
    private static string EigenPad() => Pad("# " + Guid.NewGuid().ToString("N") + "\n"
        + "{ woordenlijst { themas { code slug label beschrijving } activiteitSoorten { code slug label beschrijving } } }");

    private async Task<(HttpResponseMessage Antwoord, byte[] Inhoud, int Statements)> HaalBytesAsync(string pad, string? acceptEncoding, string? etag = null)
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, pad);
        verzoek.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/graphql-response+json"));
        verzoek.Headers.AcceptLanguage.Add(StringWithQualityHeaderValue.Parse("nl"));
        if (acceptEncoding is not null)
        {
            verzoek.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        if (etag is not null)
        {
            verzoek.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(etag));
        }

        server.SqlTeller.Reset();
        // No automatic decompression (MaakClient): the test sees the bytes that cross the network.
        var antwoord = await _client.SendAsync(verzoek);
        var inhoud = await antwoord.Content.ReadAsByteArrayAsync();
        return (antwoord, inhoud, server.SqlTeller.Aantal);
    }

    private static string[] Vary(HttpResponseMessage antwoord) => [.. antwoord.Headers.Vary.SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries))];

    private static byte[] Pak(byte[] gecomprimeerd, Func<Stream, Stream> decoder)
    {
        using var uit = new MemoryStream();
        using (var stroom = decoder(new MemoryStream(gecomprimeerd)))
        {
            stroom.CopyTo(uit);
        }

        return uit.ToArray();
    }
}
