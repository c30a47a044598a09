using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SociaalNetwerk.GraphApi.Tests.Infrastructuur;

public sealed record GraphQLAntwoord(HttpStatusCode Status, string? ContentType, JsonNode Body)
{
    public JsonNode Data => Body["data"] ?? throw new Xunit.Sdk.XunitException("No data in: " + Body.ToJsonString());

    public JsonArray? Errors => Body["errors"]?.AsArray();

    public string? EersteCode => Errors?[0]?["extensions"]?["code"]?.GetValue<string>();

    public string? EersteBericht => Errors?[0]?["message"]?.GetValue<string>();

    public GraphQLAntwoord ZonderFouten()
    {
        Assert.True(Errors is null, "Unexpected errors: " + Errors?.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, Status);
        return this;
    }
}

public static class GraphQLClientExtensions
{
    public static async Task<GraphQLAntwoord> GraphQLAsync(this HttpClient client, string query, object? variables = null, string? taal = null, string accept = "application/graphql-response+json", string? sleutel = null)
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        verzoek.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        if (sleutel is not null)
        {
            verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", sleutel);
        }

        if (taal is not null)
        {
            verzoek.Headers.AcceptLanguage.Add(StringWithQualityHeaderValue.Parse(taal));
        }

        return await StuurAsync(client, verzoek);
    }

    /// <summary>A POST to /graphql with this body as it is (malformed, oversized, batched) and this <c>Content-Type</c>.</summary>
    public static async Task<GraphQLAntwoord> PostRuwAsync(this HttpClient client, string body, string contentType = "application/json; charset=utf-8")
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8) };
        verzoek.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return await StuurAsync(client, verzoek);
    }

    public static async Task<GraphQLAntwoord> StuurAsync(this HttpClient client, HttpRequestMessage verzoek)
    {
        using var antwoord = await client.SendAsync(verzoek);
        var tekst = await antwoord.Content.ReadAsStringAsync();
        JsonNode body;
        try
        {
            body = JsonNode.Parse(tekst) ?? new JsonObject();
        }
        catch (JsonException)
        {
            body = new JsonObject { ["raw"] = tekst };
        }

        return new GraphQLAntwoord(antwoord.StatusCode, antwoord.Content.Headers.ContentType?.ToString(), body);
    }

    public static IEnumerable<JsonNode> Nodes(this JsonNode connection) => connection["nodes"]!.AsArray().Select(n => n!);
}
