using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>The widget library as partner websites load it: versioned and alias URLs, SRI hashes, CORS.</summary>
[Collection(ServerCollectie.Naam)]
public sealed class WidgetTests(SociaalNetwerkServer server)
{
    private readonly HttpClient _client = server.MaakClient();

    [Fact]
    public async Task TheVersionedBundleIsImmutableAndMatchesItsSriHash()
    {
        var manifest = await ManifestAsync();
        var js = manifest["files"]!["sociaal-netwerk.js"]!;

        using var antwoord = await _client.GetAsync($"/widgets/{js["url"]}");
        var inhoud = await antwoord.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal($"/widgets/{manifest["version"]}/sociaal-netwerk.js", antwoord.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("public, max-age=31536000, immutable", antwoord.Headers.CacheControl!.ToString());
        Assert.Equal("text/javascript", antwoord.Content.Headers.ContentType!.MediaType);
        Assert.Equal("sha384-" + Convert.ToBase64String(SHA384.HashData(inhoud)), js["integrity"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheMajorAliasServesTheSameBundleWithAShortCache()
    {
        var manifest = await ManifestAsync();

        using var versie = await _client.GetAsync($"/widgets/{manifest["version"]}/sociaal-netwerk.js");
        using var alias = await _client.GetAsync($"/widgets/{manifest["major"]}/sociaal-netwerk.js");

        Assert.Equal("v1", manifest["major"]!.GetValue<string>());
        Assert.Equal(await versie.Content.ReadAsByteArrayAsync(), await alias.Content.ReadAsByteArrayAsync());
        Assert.Equal("public, max-age=300", alias.Headers.CacheControl!.ToString());
        Assert.Contains("sn-agenda", manifest["elements"]!.AsArray().Select(e => e!.GetValue<string>()));
    }

    [Theory]
    [InlineData("/widgets/0.0.1/sociaal-netwerk.js")]
    [InlineData("/widgets/v0/sociaal-netwerk.js")]
    [InlineData("/widgets/v1/bestaat-niet.js")]
    public async Task UnknownVersionsAndFilesAreNotFound(string pad)
    {
        using var antwoord = await _client.GetAsync(pad);

        Assert.Equal(HttpStatusCode.NotFound, antwoord.StatusCode);
    }

    [Fact]
    public async Task PartnerPagesMayLoadTheScriptAndQueryTheApiFromAnotherOrigin()
    {
        using var script = new HttpRequestMessage(HttpMethod.Get, "/widgets/v1/sociaal-netwerk.js") { Headers = { { "Origin", "https://partner.example" } } };
        using var query = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B%20wijken%20%7B%20slug%20%7D%20%7D")
        {
            Headers = { { "Origin", "https://partner.example" }, { "Accept", "application/graphql-response+json" } },
        };
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/graphql")
        {
            Headers = { { "Origin", "https://partner.example" }, { "Access-Control-Request-Method", "POST" }, { "Access-Control-Request-Headers", "content-type" } },
        };

        using var scriptAntwoord = await _client.SendAsync(script);
        using var queryAntwoord = await _client.SendAsync(query);
        using var preflightAntwoord = await _client.SendAsync(preflight);

        Assert.Equal("*", scriptAntwoord.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal(HttpStatusCode.OK, queryAntwoord.StatusCode);
        Assert.Equal("*", queryAntwoord.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal(HttpStatusCode.NoContent, preflightAntwoord.StatusCode);
        Assert.Contains("POST", preflightAntwoord.Headers.GetValues("Access-Control-Allow-Methods").Single(), StringComparison.Ordinal);
        Assert.False(preflightAntwoord.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    /// <summary>
    /// CORS only where partner sites call from their own origin (the API, the feeds, the widgets' files): the portal and
    /// the public pages send no Access-Control-Allow-Origin, not on a GET and not on a preflight, so no other site can
    /// read them with fetch().
    /// </summary>
    [Fact]
    public async Task OnlyTheApiTheFeedsAndTheWidgetsAnswerOtherOriginsNotThePortalOrThePages()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.Adres };
        foreach (var pad in new[] { "/beheer/inloggen", "/beheer", "/beheer/wachtwoord-vergeten", "/agenda", "/activiteiten/1", "/organisaties", "/health/live" })
        {
            using var get = new HttpRequestMessage(HttpMethod.Get, pad) { Headers = { { "Origin", "https://partner.example" } } };
            using var antwoord = await client.SendAsync(get);
            Assert.False(antwoord.Headers.Contains("Access-Control-Allow-Origin"), $"GET {pad}: {antwoord.StatusCode}");
            using var preflight = Preflight(pad);
            using var voorAntwoord = await client.SendAsync(preflight);
            Assert.False(voorAntwoord.Headers.Contains("Access-Control-Allow-Origin"), $"OPTIONS {pad}: {voorAntwoord.StatusCode}");
        }

        foreach (var pad in new[] { "/graphql?query=%7B%20wijken%20%7B%20slug%20%7D%20%7D", "/widgets/manifest.json", "/widgets/v1/sociaal-netwerk.js", "/agenda.ics", "/activiteiten/1.ics" })
        {
            using var get = new HttpRequestMessage(HttpMethod.Get, pad) { Headers = { { "Origin", "https://partner.example" }, { "Accept", "application/graphql-response+json" } } };
            using var antwoord = await client.SendAsync(get);
            Assert.True(antwoord.Headers.TryGetValues("Access-Control-Allow-Origin", out var waarden) && waarden.Single() == "*", $"GET {pad}: {antwoord.StatusCode}");
        }

        using var api = Preflight("/graphql");
        using var apiAntwoord = await client.SendAsync(api);
        Assert.Equal(HttpStatusCode.NoContent, apiAntwoord.StatusCode);
        Assert.Equal("*", apiAntwoord.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("POST", apiAntwoord.Headers.GetValues("Access-Control-Allow-Methods").Single(), StringComparison.Ordinal);
    }

    private static HttpRequestMessage Preflight(string pad) => new(HttpMethod.Options, pad)
    {
        Headers = { { "Origin", "https://partner.example" }, { "Access-Control-Request-Method", "POST" }, { "Access-Control-Request-Headers", "content-type" } },
    };

    private async Task<JsonNode> ManifestAsync()
    {
        using var antwoord = await _client.GetAsync("/widgets/manifest.json");
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        return JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!;
    }
}
