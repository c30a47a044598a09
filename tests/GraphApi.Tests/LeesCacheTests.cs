using System.Net;
using System.Net.Http.Headers;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// Cacheable reads: successful anonymous GET queries and the calendar feeds carry Cache-Control and a strong
/// ETag and answer If-None-Match with 304; answers for a key and answers with errors are never stored.
/// </summary>
[Collection(ServerCollectie.Naam)]
public sealed class LeesCacheTests(SociaalNetwerkServer server)
{
    private readonly HttpClient _client = server.MaakClient();

    private static string Wijken => "/graphql?documentId=" + PersistedDocumentTests.Id("WidgetWijken");

    private async Task<(HttpResponseMessage Antwoord, byte[] Inhoud)> HaalAsync(
        string pad, string taal = "nl", string accept = "application/graphql-response+json", string? etag = null, string? sleutel = null, string? codering = null)
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, pad);
        verzoek.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        verzoek.Headers.AcceptLanguage.Add(StringWithQualityHeaderValue.Parse(taal));
        if (etag is not null)
        {
            verzoek.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(etag));
        }

        if (sleutel is not null)
        {
            verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", sleutel);
        }

        if (codering is not null)
        {
            verzoek.Headers.AcceptEncoding.Add(StringWithQualityHeaderValue.Parse(codering));
        }

        var antwoord = await _client.SendAsync(verzoek);
        return (antwoord, await antwoord.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task AnAnonymousGetQueryIsPubliclyCacheableWithAStableStrongEtag()
    {
        var (eerste, inhoud) = await HaalAsync(Wijken);
        var (tweede, _) = await HaalAsync(Wijken);

        Assert.Equal(HttpStatusCode.OK, eerste.StatusCode);
        Assert.NotEmpty(inhoud);
        Assert.Equal("public, max-age=60, stale-while-revalidate=300", eerste.Headers.CacheControl!.ToString());
        Assert.NotNull(eerste.Headers.ETag);
        Assert.False(eerste.Headers.ETag!.IsWeak);
        Assert.Equal(eerste.Headers.ETag, tweede.Headers.ETag);
        // Origin too: an answer fetched by the API's own pages (no Origin, so no Access-Control-Allow-Origin) must not
        // be reused for a widget on a partner's page, which CORS would then refuse. Accept-Encoding also on an answer
        // sent uncompressed: a browser that asks for brotli gets another representation.
        Assert.Equal(["Accept", "Accept-Language", "Authorization", "Origin", "Accept-Encoding"], eerste.Headers.Vary.SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries)));
    }

    [Fact]
    public async Task IfNoneMatchWithTheEtagGetsA304WithoutABody()
    {
        var (eerste, _) = await HaalAsync(Wijken);
        var etag = eerste.Headers.ETag!.ToString();

        var (opnieuw, inhoud) = await HaalAsync(Wijken, etag: etag);
        var (zwak, _) = await HaalAsync(Wijken, etag: "W/" + etag);
        var (ander, anderInhoud) = await HaalAsync(Wijken, etag: "\"iets-anders\"");

        Assert.Equal(HttpStatusCode.NotModified, opnieuw.StatusCode);
        Assert.Empty(inhoud);
        Assert.Equal(etag, opnieuw.Headers.ETag!.ToString());
        Assert.Equal("public, max-age=60, stale-while-revalidate=300", opnieuw.Headers.CacheControl!.ToString());
        Assert.Equal(HttpStatusCode.NotModified, zwak.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ander.StatusCode);
        Assert.NotEmpty(anderInhoud);
    }

    [Fact]
    public async Task AnotherLanguageMediaTypeOrContentCodingIsAnotherRepresentationWithItsOwnEtag()
    {
        var (nl, _) = await HaalAsync(Wijken, taal: "nl");
        var (en, _) = await HaalAsync(Wijken, taal: "en");
        var (json, _) = await HaalAsync(Wijken, accept: "application/json");
        var (gzip, gzipInhoud) = await HaalAsync(Wijken, codering: "gzip");
        var (gzipOpnieuw, gzipLeeg) = await HaalAsync(Wijken, codering: "gzip", etag: gzip.Headers.ETag!.ToString());
        var (ongecomprimeerd, _) = await HaalAsync(Wijken, etag: gzip.Headers.ETag!.ToString());

        Assert.Equal(4, new[] { nl, en, json, gzip }.Select(a => a.Headers.ETag!.Tag).Distinct().Count());
        Assert.Equal("gzip", Assert.Single(gzip.Content.Headers.ContentEncoding));
        Assert.Equal([0x1f, 0x8b], gzipInhoud[..2]);
        Assert.Equal(HttpStatusCode.NotModified, gzipOpnieuw.StatusCode);
        Assert.Empty(gzipLeeg);
        Assert.Equal(HttpStatusCode.OK, ongecomprimeerd.StatusCode);
    }

    [Fact]
    public async Task ACallerWithAKeyGetsNoPublicCachingAndNoEtag()
    {
        var partners = await TestPartners.MaakAsync(server);

        var (antwoord, inhoud) = await HaalAsync(Wijken, sleutel: partners.Beheerder);

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.NotEmpty(inhoud);
        Assert.True(antwoord.Headers.CacheControl!.Private);
        Assert.True(antwoord.Headers.CacheControl.NoStore);
        Assert.False(antwoord.Headers.CacheControl.Public);
        Assert.Null(antwoord.Headers.ETag);
    }

    [Theory]
    [InlineData("/graphql?query=%7B%20agenda%20%7B%20bestaatNiet%20%7D%20%7D")]
    [InlineData("/graphql?query=%7B%20agenda(first%3A%20500)%20%7B%20totalCount%20%7D%20%7D")]
    [InlineData("/graphql?query=%7B%20node(id%3A%20%22%25%25%25%22)%20%7B%20id%20%7D%20%7D")]
    [InlineData("/graphql")]
    [InlineData("/agenda.ics?thema=bestaat-niet")]
    [InlineData("/activiteiten/QWN0aXZpdGVpdDo5OTk5OTk.ics")]
    public async Task AnswersWithErrorsAreNeverStored(string pad)
    {
        var (antwoord, inhoud) = await HaalAsync(pad);

        Assert.Contains("\"errors\"", System.Text.Encoding.UTF8.GetString(inhoud), StringComparison.Ordinal);
        Assert.Equal("no-store", antwoord.Headers.CacheControl!.ToString());
        Assert.Null(antwoord.Headers.ETag);
    }

    [Fact]
    public async Task APostQueryIsNotMadeCacheable()
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ wijken { slug } }"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        using var antwoord = await _client.SendAsync(verzoek);

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Null(antwoord.Headers.ETag);
        Assert.False(antwoord.Headers.CacheControl?.Public ?? false);
    }

    [Theory]
    [InlineData("/agenda.ics")]
    [InlineData("/agenda.ics?wijk=centrum")]
    public async Task TheFeedsAnswerIfNoneMatchWith304(string pad)
    {
        var (eerste, inhoud) = await HaalAsync(pad);
        var (tweede, _) = await HaalAsync(pad);
        var (opnieuw, leeg) = await HaalAsync(pad, etag: eerste.Headers.ETag!.ToString());

        Assert.Equal(HttpStatusCode.OK, eerste.StatusCode);
        Assert.StartsWith("BEGIN:VCALENDAR", System.Text.Encoding.UTF8.GetString(inhoud), StringComparison.Ordinal);
        Assert.False(eerste.Headers.ETag!.IsWeak);
        Assert.Equal(eerste.Headers.ETag, tweede.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, opnieuw.StatusCode);
        Assert.Empty(leeg);
        Assert.Equal("public, max-age=900", opnieuw.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task TheFeedOfOneActivityAnswersIfNoneMatchWith304()
    {
        var (_, agenda) = await HaalAsync("/graphql?query=" + Uri.EscapeDataString("{ agenda(first: 1) { nodes { activiteit { id } } } }"));
        var id = System.Text.Json.Nodes.JsonNode.Parse(agenda)!["data"]!["agenda"]!["nodes"]![0]!["activiteit"]!["id"]!.GetValue<string>();
        var pad = $"/activiteiten/{id}.ics";

        var (eerste, _) = await HaalAsync(pad);
        var (opnieuw, leeg) = await HaalAsync(pad, etag: eerste.Headers.ETag!.ToString());

        Assert.Equal(HttpStatusCode.OK, eerste.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, opnieuw.StatusCode);
        Assert.Empty(leeg);
    }
}
