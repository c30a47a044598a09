using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SociaalNetwerk.GraphApi.GraphQL;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;
using SociaalNetwerk.Widgets;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// Persisted documents (GraphQL over HTTP, appendix "Persisted Documents"): the widgets' operations, embedded
/// in SociaalNetwerk.Widgets.dll by the widget build, by <c>sha256:</c> id on GET and POST.
/// </summary>
[Collection(ServerCollectie.Naam)]
public sealed class PersistedDocumentTests(SociaalNetwerkServer server)
{
    private const string Accept = "application/graphql-response+json";

    private readonly HttpClient _client = server.MaakClient();

    /// <summary>The embedded file as the widget build wrote it: id → text.</summary>
    public static Dictionary<string, string> Ingebed() =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(WidgetBundel.Bestanden[OpgeslagenDocumenten.Bestand])!;

    public static string Id(string operatie) => Ingebed().Single(d => d.Value.StartsWith($"query {operatie}(", StringComparison.Ordinal) || d.Value.StartsWith($"query {operatie}{{", StringComparison.Ordinal)).Key;

    private async Task<(HttpResponseMessage Antwoord, string Tekst)> HaalAsync(string pad, string? taal = null)
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, pad);
        verzoek.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(Accept));
        if (taal is not null)
        {
            verzoek.Headers.AcceptLanguage.Add(StringWithQualityHeaderValue.Parse(taal));
        }

        var antwoord = await _client.SendAsync(verzoek);
        return (antwoord, await antwoord.Content.ReadAsStringAsync());
    }

    private static string Pad(params (string Naam, string Waarde)[] parameters) =>
        "/graphql?" + string.Join('&', parameters.Select(p => $"{p.Naam}={Uri.EscapeDataString(p.Waarde)}"));

    private static string Code(string tekst) => JsonNode.Parse(tekst)!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>();

    private static string Bericht(string tekst) => JsonNode.Parse(tekst)!["errors"]![0]!["message"]!.GetValue<string>();

    [Fact]
    public void EveryEmbeddedIdIsTheSha256OfItsTextAndTheServerLoadedThemAll()
    {
        var documenten = Ingebed();

        Assert.NotEmpty(documenten);
        Assert.All(documenten, d => Assert.Equal("sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(d.Value))), d.Key));
        Assert.All(["WidgetAgenda", "WidgetWijken", "WidgetActiviteit"], naam => Assert.Matches("^sha256:[0-9a-f]{64}$", Id(naam)));
        Assert.Equal(documenten.OrderBy(d => d.Key), server.Services.GetRequiredService<OpgeslagenDocumenten>().Alle.OrderBy(d => d.Key));
    }

    [Fact]
    public async Task AGetWithADocumentIdAnswersExactlyAsTheSameQueryAsText()
    {
        var variabelen = """{"filter":{"wijken":["centrum"]},"first":5}""";
        var id = Id("WidgetAgenda");

        var (metId, tekstMetId) = await HaalAsync(Pad(("documentId", id), ("operationName", "WidgetAgenda"), ("variables", variabelen)));
        var (metTekst, tekstMetTekst) = await HaalAsync(Pad(("query", Ingebed()[id]), ("operationName", "WidgetAgenda"), ("variables", variabelen)));

        Assert.Equal(HttpStatusCode.OK, metId.StatusCode);
        Assert.Equal(HttpStatusCode.OK, metTekst.StatusCode);
        Assert.Null(JsonNode.Parse(tekstMetId)!["errors"]);
        Assert.NotEmpty(JsonNode.Parse(tekstMetId)!["data"]!["agenda"]!["nodes"]!.AsArray());
        Assert.Equal(tekstMetTekst, tekstMetId);
    }

    [Fact]
    public async Task APostWithADocumentIdInTheJsonBodyWorks()
    {
        var id = Id("WidgetWijken");
        var metId = await PostAsync(new JsonObject { ["documentId"] = id });
        var metTekst = await _client.GraphQLAsync(Ingebed()[id]);

        Assert.Equal(HttpStatusCode.OK, metId.Status);
        Assert.Equal(metTekst.ZonderFouten().Body.ToJsonString(), metId.ZonderFouten().Body.ToJsonString());
    }

    [Fact]
    public async Task AnUnknownIdIsA404WithAStableCodeAndALocalisedMessage()
    {
        var onbekend = "sha256:" + new string('0', 64);

        var (nl, tekstNl) = await HaalAsync(Pad(("documentId", onbekend)));
        var (en, tekstEn) = await HaalAsync(Pad(("documentId", onbekend)), "en");
        var post = await PostAsync(new JsonObject { ["documentId"] = onbekend });

        Assert.Equal(HttpStatusCode.NotFound, nl.StatusCode);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", Code(tekstNl));
        Assert.Equal($"Er is geen opgeslagen document met id '{onbekend}'. Stuur de tekst van de query dan zelf mee in 'query'.", Bericht(tekstNl));
        Assert.Equal(HttpStatusCode.NotFound, en.StatusCode);
        Assert.Equal($"There is no persisted document with id '{onbekend}'. Send the text of the query in 'query' instead.", Bericht(tekstEn));
        Assert.Single(JsonNode.Parse(tekstEn)!["errors"]!.AsArray());
        Assert.Equal("no-store", nl.Headers.CacheControl!.ToString());
        Assert.Equal(HttpStatusCode.NotFound, post.Status);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", post.EersteCode);
    }

    [Theory]
    [InlineData("adad72fd")]
    [InlineData("sha256:ADAD72FDDD0850EEA0A7A66ED113ED5C7B42198E89D62ED7D18E3BE67B572ED8")]
    [InlineData("md5:0cc175b9c0f1b6a831c399e269772661")]
    public async Task AMalformedIdIsABadRequest(string id)
    {
        var (antwoord, tekst) = await HaalAsync(Pad(("documentId", id)));

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        Assert.Equal("DOCUMENT_ID_INVALID", Code(tekst));
    }

    [Fact]
    public async Task QueryTogetherWithADocumentIdIsRefusedOnGetAndPost()
    {
        var id = Id("WidgetWijken");

        var (get, tekst) = await HaalAsync(Pad(("query", "{ wijken { slug } }"), ("documentId", id)));
        var post = await PostAsync(new JsonObject { ["query"] = "{ wijken { slug } }", ["documentId"] = id });

        Assert.Equal(HttpStatusCode.BadRequest, get.StatusCode);
        Assert.Equal("QUERY_AND_DOCUMENT_ID", Code(tekst));
        Assert.Equal("Stuur 'query' of 'documentId', niet allebei.", Bericht(tekst));
        Assert.Equal(HttpStatusCode.BadRequest, post.Status);
        Assert.Equal("QUERY_AND_DOCUMENT_ID", post.EersteCode);
    }

    [Fact]
    public async Task ArbitraryQueryTextStaysAllowed()
    {
        var (antwoord, tekst) = await HaalAsync(Pad(("query", "{ wijken { naam } }")));

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.NotEmpty(JsonNode.Parse(tekst)!["data"]!["wijken"]!.AsArray());
    }

    private async Task<GraphQLAntwoord> PostAsync(JsonObject body)
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
        verzoek.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(Accept));
        return await _client.StuurAsync(verzoek);
    }
}

/// <summary>The standard server with one more persisted document: a mutation (the widgets have none yet).</summary>
public sealed class MutatieDocumentServer : SociaalNetwerkServer
{
    public const string Intrekken = "mutation Intrekken($code:String!){reactieIntrekken(ontvangstcode:$code){ingetrokken}}";

    protected override void ConfigureerDiensten(IServiceCollection services)
    {
        var documenten = new Dictionary<string, string>(OpgeslagenDocumenten.UitWidgets().Alle) { [OpgeslagenDocumenten.IdVan(Intrekken)] = Intrekken };
        services.RemoveAll<OpgeslagenDocumenten>();
        services.AddSingleton(new OpgeslagenDocumenten(documenten));
    }
}

/// <summary>A mutation by document id: over POST as with its text, never over GET.</summary>
public sealed class PersistedMutationTests(MutatieDocumentServer server) : IClassFixture<MutatieDocumentServer>
{
    private readonly HttpClient _client = server.MaakClient();

    [Fact]
    public async Task AMutationDocumentRunsOverPostAndIsRefusedOverGet()
    {
        var id = OpgeslagenDocumenten.IdVan(MutatieDocumentServer.Intrekken);
        var variabelen = new JsonObject { ["code"] = "ABCD-EFGH" };

        using var post = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(new JsonObject { ["documentId"] = id, ["variables"] = variabelen.DeepClone() }.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        var metId = await _client.StuurAsync(post);
        var metTekst = await _client.GraphQLAsync(MutatieDocumentServer.Intrekken, new { code = "ABCD-EFGH" }, accept: "application/json");
        using var get = await _client.GetAsync($"/graphql?documentId={id}&variables={Uri.EscapeDataString(variabelen.ToJsonString())}");
        var getTekst = await get.Content.ReadAsStringAsync();

        Assert.NotNull(metId.Body["data"]);
        Assert.Equal(metTekst.Body.ToJsonString(), metId.Body.ToJsonString());
        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
        Assert.Equal("POST", get.Content.Headers.Allow.Single());
        Assert.Equal("METHOD_NOT_ALLOWED", JsonNode.Parse(getTekst)!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public void AnIdThatIsNotTheHashOfItsTextStopsTheStart()
    {
        var fout = Assert.Throws<InvalidOperationException>(() => new OpgeslagenDocumenten(new Dictionary<string, string> { [OpgeslagenDocumenten.IdVan("{ a }")] = "{ b }" }));

        Assert.Contains("is not the sha256 of its document", fout.Message, StringComparison.Ordinal);
    }
}
