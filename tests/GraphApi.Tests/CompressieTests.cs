using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// Static files are sent as the brotli or gzip copy made at build time, by the browser's <c>Accept-Encoding</c>: the
/// widget script and its modules (scripts/manifest.mjs) and wwwroot, GraphiQL included (MapStaticAssets). Each copy
/// decodes to the file itself, says its coding, varies by <c>Accept-Encoding</c> and has a validator of its own;
/// fingerprinted addresses are cached for a year.
/// </summary>
[Collection(ServerCollectie.Naam)]
public sealed partial class CompressieTests(SociaalNetwerkServer server)
{
    // No automatic decompression: the test sees the bytes that cross the network.
    private readonly HttpClient _client = server.MaakClient();

    [Fact]
    public async Task TheWidgetScriptAndItsModulesAreSentPrecompressedAndDecodeToTheFileWithItsSriHash()
    {
        var manifest = JsonNode.Parse(await _client.GetStringAsync("/widgets/manifest.json"))!;
        var bestanden = manifest["files"]!.AsObject();
        Assert.Contains(bestanden, paar => paar.Key.StartsWith("sn-agenda-", StringComparison.Ordinal));
        foreach (var (naam, bestand) in bestanden)
        {
            var pad = $"/widgets/{bestand!["url"]}";
            var (origineel, _) = await HaalAsync(pad, null);
            Assert.Equal(bestand["integrity"]!.GetValue<string>(), "sha384-" + Convert.ToBase64String(SHA384.HashData(origineel)));

            var (brotli, brotliAntwoord) = await HaalAsync(pad, "gzip, deflate, br");
            var (gzip, gzipAntwoord) = await HaalAsync(pad, "gzip");
            Assert.Equal(["br"], brotliAntwoord.Content.Headers.ContentEncoding);
            Assert.Equal(["gzip"], gzipAntwoord.Content.Headers.ContentEncoding);
            Assert.Equal(bestand["brotliBytes"]!.GetValue<int>(), brotli.Length);
            Assert.Equal(origineel, Pak(brotli, stroom => new BrotliStream(stroom, CompressionMode.Decompress)));
            Assert.Equal(origineel, Pak(gzip, stroom => new GZipStream(stroom, CompressionMode.Decompress)));
            Assert.Contains("Accept-Encoding", brotliAntwoord.Headers.Vary);
            Assert.False(brotliAntwoord.Headers.ETag!.IsWeak, naam);
            Assert.NotEqual(brotliAntwoord.Headers.ETag, gzipAntwoord.Headers.ETag);

            using var opnieuw = new HttpRequestMessage(HttpMethod.Get, pad) { Headers = { { "Accept-Encoding", "br" } } };
            opnieuw.Headers.IfNoneMatch.Add(brotliAntwoord.Headers.ETag);
            using var nietGewijzigd = await _client.SendAsync(opnieuw);
            Assert.Equal(HttpStatusCode.NotModified, nietGewijzigd.StatusCode);
        }
    }

    [Fact]
    public async Task TheModulesAreImmutableUnderTheMajorAliasTooWhileTheLoaderThereIsShortCached()
    {
        var manifest = JsonNode.Parse(await _client.GetStringAsync("/widgets/manifest.json"))!;
        var agenda = manifest["modules"]!["sn-agenda"]![0]!.GetValue<string>();

        using var module = await _client.GetAsync($"/widgets/{manifest["major"]}/{agenda}");
        using var lader = await _client.GetAsync($"/widgets/{manifest["major"]}/sociaal-netwerk.js");

        Assert.Equal(HttpStatusCode.OK, module.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", module.Headers.CacheControl!.ToString());
        Assert.Equal("public, max-age=300", lader.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task GraphiQLLinksToFingerprintedPrecompressedFilesThatAreCachedForAYear()
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        verzoek.Headers.Accept.ParseAdd("text/html");
        using var pagina = await _client.SendAsync(verzoek);
        var html = await pagina.Content.ReadAsStringAsync();
        var script = GraphiQLScript().Match(html);
        Assert.True(script.Success, html);

        var (brotli, antwoord) = await HaalAsync(script.Value, "br, gzip");
        var (gzip, gzipAntwoord) = await HaalAsync(script.Value, "gzip");
        var origineel = await File.ReadAllBytesAsync(Path.Combine(Repository.Map, "src", "GraphApi", "wwwroot", "graphiql", "graphiql.min.js"));

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal(["br"], antwoord.Content.Headers.ContentEncoding);
        Assert.Equal(["gzip"], gzipAntwoord.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", antwoord.Headers.Vary);
        Assert.Contains("immutable", antwoord.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.True(brotli.Length < origineel.Length / 5, $"{brotli.Length} bytes of brotli for {origineel.Length}");
        Assert.Equal(origineel, Pak(brotli, stroom => new BrotliStream(stroom, CompressionMode.Decompress)));
        Assert.Equal(origineel, Pak(gzip, stroom => new GZipStream(stroom, CompressionMode.Decompress)));
    }

    private async Task<(byte[] Inhoud, HttpResponseMessage Antwoord)> HaalAsync(string pad, string? acceptEncoding)
    {
        var verzoek = new HttpRequestMessage(HttpMethod.Get, pad);
        if (acceptEncoding is not null)
        {
            verzoek.Headers.AcceptEncoding.ParseAdd(acceptEncoding);
        }

        var antwoord = await _client.SendAsync(verzoek);
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        return (await antwoord.Content.ReadAsByteArrayAsync(), antwoord);
    }

    private static byte[] Pak(byte[] gecomprimeerd, Func<Stream, Stream> decoder)
    {
        using var uit = new MemoryStream();
        using (var stroom = decoder(new MemoryStream(gecomprimeerd)))
        {
            stroom.CopyTo(uit);
        }

        return uit.ToArray();
    }

    [GeneratedRegex(@"/graphiql/graphiql\.min\.[a-z0-9]+\.js")]
    private static partial Regex GraphiQLScript();
}
