using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// <c>woordenlijst</c> over HTTP: every code of every enum with its label and description in the caller's language
/// (Accept-Language or <c>taal</c>), and cached per language like any public GET query.
/// </summary>
[Collection(ServerCollectie.Naam)]
public sealed class WoordenlijstTests(SociaalNetwerkServer server)
{
    private readonly HttpClient _client = server.MaakClient();

    /// <summary>The fields of Woordenlijst and, per field, the values of its enum, from introspection.</summary>
    private async Task<Dictionary<string, List<string>>> EnumsAsync()
    {
        var data = (await _client.GraphQLAsync("""
            { __type(name: "Woordenlijst") { fields { name type { ofType { ofType { ofType { name fields { name type { ofType { name enumValues { name } } } } } } } } } } }
            """)).ZonderFouten().Data;
        return data["__type"]!["fields"]!.AsArray().ToDictionary(
            v => v!["name"]!.GetValue<string>(),
            v => v!["type"]!["ofType"]!["ofType"]!["ofType"]!["fields"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == "code")!
                ["type"]!["ofType"]!["enumValues"]!.AsArray().Select(w => w!["name"]!.GetValue<string>()).ToList());
    }

    private static string Query(IEnumerable<string> velden) => "{ woordenlijst { " + string.Join(" ", velden.Select(v => v + " { code slug label beschrijving }")) + " } }";

    [Fact]
    public async Task EveryCodeOfEveryEnumHasALabelAndADescriptionInDutchEnglishAndArabic()
    {
        var enums = await EnumsAsync();
        Assert.Contains("themas", enums.Keys);
        Assert.Contains("talen", enums.Keys);
        Assert.True(enums.Count >= 18, string.Join(", ", enums.Keys));

        var perTaal = new Dictionary<string, JsonNode>();
        foreach (var taal in new[] { "nl", "en", "ar" })
        {
            perTaal[taal] = (await _client.GraphQLAsync(Query(enums.Keys), taal: taal)).ZonderFouten().Data["woordenlijst"]!;
            foreach (var (veld, codes) in enums)
            {
                var woorden = perTaal[taal][veld]!.AsArray();
                Assert.Equal(codes, woorden.Select(w => w!["code"]!.GetValue<string>()));
                Assert.All(woorden, w =>
                {
                    Assert.False(string.IsNullOrWhiteSpace(w!["label"]!.GetValue<string>()), $"{taal} {veld} {w["code"]}");
                    Assert.False(string.IsNullOrWhiteSpace(w["beschrijving"]!.GetValue<string>()), $"{taal} {veld} {w["code"]}");
                    Assert.Equal(w["code"]!.GetValue<string>().ToLowerInvariant().Replace('_', '-'), w["slug"]!.GetValue<string>());
                });
            }
        }

        string Tekst(string taal, string veld, string code, string wat = "label") =>
            perTaal[taal][veld]!.AsArray().Single(w => w!["code"]!.GetValue<string>() == code)![wat]!.GetValue<string>();
        Assert.Equal("Eenzaamheid en ontmoeting", Tekst("nl", "themas", "EENZAAMHEID_EN_ONTMOETING"));
        Assert.Equal("Loneliness and meeting people", Tekst("en", "themas", "EENZAAMHEID_EN_ONTMOETING"));
        Assert.Equal("الوحدة واللقاء بالآخرين", Tekst("ar", "themas", "EENZAAMHEID_EN_ONTMOETING"));
        Assert.Equal("Op papier", Tekst("nl", "kanalen", "PAPIER"));
        Assert.Equal("On paper", Tekst("en", "kanalen", "PAPIER"));
        Assert.Equal("Arabisch", Tekst("nl", "talen", "AR"));
        Assert.Equal("العربية", Tekst("ar", "talen", "AR"));
        Assert.Equal("Elkaar ontmoeten en er niet alleen voor staan.", Tekst("nl", "themas", "EENZAAMHEID_EN_ONTMOETING", "beschrijving"));

        // Not one label or description of Arabic is the Dutch one (the language names aside, every text is translated).
        var nlTeksten = enums.Keys.SelectMany(v => perTaal["nl"][v]!.AsArray().SelectMany(w => new[] { w!["label"]!.GetValue<string>(), w["beschrijving"]!.GetValue<string>() })).ToHashSet();
        var arTeksten = enums.Keys.SelectMany(v => perTaal["ar"][v]!.AsArray().SelectMany(w => new[] { w!["label"]!.GetValue<string>(), w["beschrijving"]!.GetValue<string>() }));
        Assert.DoesNotContain(arTeksten, nlTeksten.Contains);
        Assert.NotEqual(perTaal["nl"]["themas"]!.ToJsonString(), perTaal["en"]["themas"]!.ToJsonString());
    }

    [Fact]
    public async Task TheTaalArgumentWinsOverAcceptLanguage()
    {
        const string Query = "query($taal: Taal) { woordenlijst(taal: $taal) { kanalen { code label } } }";

        var ar = (await _client.GraphQLAsync(Query, new { taal = "AR" }, taal: "en")).ZonderFouten().Data["woordenlijst"]!["kanalen"]![1]!;
        var en = (await _client.GraphQLAsync(Query, taal: "en")).ZonderFouten().Data["woordenlijst"]!["kanalen"]![1]!;

        Assert.Equal("PAPIER", ar["code"]!.GetValue<string>());
        Assert.Equal("على الورق", ar["label"]!.GetValue<string>());
        Assert.Equal("On paper", en["label"]!.GetValue<string>());
    }

    [Fact]
    public async Task AGetIsCachedPerLanguage()
    {
        var pad = "/graphql?query=" + Uri.EscapeDataString("{ woordenlijst { themas { code label beschrijving } } }");

        var nl = await HaalAsync(pad, "nl");
        var nlOpnieuw = await HaalAsync(pad, "nl");
        var ar = await HaalAsync(pad, "ar");

        Assert.Equal(HttpStatusCode.OK, nl.StatusCode);
        Assert.Equal("public, max-age=60, stale-while-revalidate=300", nl.Headers.CacheControl!.ToString());
        Assert.Contains("Accept-Language", nl.Headers.Vary.SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries)));
        Assert.NotNull(nl.Headers.ETag);
        Assert.Equal(nl.Headers.ETag, nlOpnieuw.Headers.ETag);
        Assert.NotEqual(nl.Headers.ETag, ar.Headers.ETag);
        Assert.NotEqual(await nl.Content.ReadAsStringAsync(), await ar.Content.ReadAsStringAsync());

        // The Dutch tag revalidates the Dutch answer (304) but not the Arabic one.
        var nl304 = await HaalAsync(pad, "nl", nl.Headers.ETag!.ToString());
        var arMetNlTag = await HaalAsync(pad, "ar", nl.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.NotModified, nl304.StatusCode);
        Assert.Equal(HttpStatusCode.OK, arMetNlTag.StatusCode);
        Assert.Contains("الوحدة", await arMetNlTag.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> HaalAsync(string pad, string taal, string? etag = null)
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, pad);
        verzoek.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/graphql-response+json"));
        verzoek.Headers.AcceptLanguage.Add(StringWithQualityHeaderValue.Parse(taal));
        if (etag is not null)
        {
            verzoek.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(etag));
        }

        var antwoord = await _client.SendAsync(verzoek);
        await antwoord.Content.LoadIntoBufferAsync();
        return antwoord;
    }
}
