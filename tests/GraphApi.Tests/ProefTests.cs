using System.Net;
using System.Net.Http.Headers;
using SociaalNetwerk.GraphApi.Export;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;
using SociaalNetwerk.Schema.Participatie;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// Preview (issue 12): the team makes an expiring preview link; with its token a concept can be read and filled in,
/// and such test reacties never count — not in <c>aantalReacties</c>, the reacties list, the results or the CSV export.
/// </summary>
[Collection(ServerCollectie.Naam)]
public sealed class ProefTests(SociaalNetwerkServer server)
{
    private const string Maken = "mutation($id: ID!) { proeflinkMaken(uitvraagId: $id) { token pad geldigTot } }";

    private const string Lezen = "query($id: ID!, $token: String) { uitvraag(id: $id, proefToken: $token) { titel status open vragen { id } } }";

    private const string Indienen = "mutation($invoer: ReactieInvoer!) { reactieIndienen(invoer: $invoer) { gelukt ontvangstcode fouten { code } } }";

    private const string Tellingen = """
        query($id: ID!) { uitvraag(id: $id) { aantalReacties reacties(first: 50) { totalCount nodes { id } }
          resultaten { totaal { aantal } vragen { aantalReacties { aantal } } } } }
        """;

    private readonly HttpClient _client = server.MaakClient();

    private async Task<JsonNode> ProeflinkAsync(TestUitvraag uitvraag) =>
        (await _client.GraphQLAsync(Maken, new { id = uitvraag.Id }, sleutel: uitvraag.TeamSleutel)).ZonderFouten().Data["proeflinkMaken"]!;

    [Fact]
    public async Task OnlyTheTeamMakesAPreviewLinkThatWorksFourteenDaysForItsOwnUitvraag()
    {
        var uitvraag = await TestUitvraag.MaakAsync(server, UitvraagStatus.Concept);
        var link = await ProeflinkAsync(uitvraag);
        var token = link["token"]!.GetValue<string>();

        Assert.Equal("2026-12-07T09:00:00+01:00", link["geldigTot"]!.GetValue<string>());
        Assert.Equal($"/uitvragen/{uitvraag.Id}/proef/{token}", link["pad"]!.GetValue<string>());
        Assert.Equal("UNAUTHENTICATED", (await _client.GraphQLAsync(Maken, new { id = uitvraag.Id })).EersteCode);
        Assert.Equal("NOT_FOUND", (await _client.GraphQLAsync(Maken, new { id = uitvraag.Id }, sleutel: uitvraag.AnderTeamSleutel)).EersteCode);

        // Without the token a concept is invisible; with it, it can be read (and only that uitvraag).
        Assert.Null((await _client.GraphQLAsync(Lezen, new { id = uitvraag.Id })).ZonderFouten().Data["uitvraag"]);
        var gezien = (await _client.GraphQLAsync(Lezen, new { id = uitvraag.Id, token })).ZonderFouten().Data["uitvraag"]!;
        Assert.Equal("CONCEPT", gezien["status"]!.GetValue<string>());
        Assert.Equal(5, gezien["vragen"]!.AsArray().Count);

        var ander = await TestUitvraag.MaakAsync(server, UitvraagStatus.Concept);
        var fout = await _client.GraphQLAsync(Lezen, new { id = ander.Id, token });
        Assert.Equal("INVALID_PREVIEW_TOKEN", fout.EersteCode);
        Assert.Null(fout.Body["data"]?["uitvraag"]);
        Assert.Equal("INVALID_PREVIEW_TOKEN", (await _client.GraphQLAsync(Lezen, new { id = uitvraag.Id, token = token[..^4] + "AAAA" })).EersteCode);
        var engels = await _client.GraphQLAsync(Lezen, new { id = uitvraag.Id, token = "kapot" }, taal: "en");
        Assert.Equal("This preview link is invalid or has expired. Ask the team of the process for a new one.", engels.EersteBericht);

        var reactie = ander.GeldigeReactie();
        reactie["proefToken"] = token;
        Assert.Equal("INVALID_PREVIEW_TOKEN", (await _client.GraphQLAsync(Indienen, new { invoer = reactie })).EersteCode);
        Assert.Equal(0, await ander.AantalReactiesAsync(server));
    }

    [Fact]
    public async Task TestReactiesOnAConceptAreStoredButNeverCounted()
    {
        var uitvraag = await TestUitvraag.MaakAsync(server, UitvraagStatus.Concept);
        var token = (await ProeflinkAsync(uitvraag))["token"]!.GetValue<string>();

        // Without the token a concept takes no reacties at all.
        Assert.Equal("NOT_FOUND", (await _client.GraphQLAsync(Indienen, new { invoer = uitvraag.GeldigeReactie() })).EersteCode);

        for (var i = 0; i < 3; i++)
        {
            var proef = uitvraag.GeldigeReactie();
            proef["proefToken"] = token;
            var antwoord = (await _client.GraphQLAsync(Indienen, new { invoer = proef })).ZonderFouten().Data["reactieIndienen"]!;
            Assert.True(antwoord["gelukt"]!.GetValue<bool>(), antwoord.ToJsonString());
            Assert.NotNull(antwoord["ontvangstcode"]);
        }

        Assert.Equal(3, await uitvraag.AantalReactiesAsync(server));
        await ZetStatusAsync(uitvraag, "OPEN");
        var echt = (await _client.GraphQLAsync(Indienen, new { invoer = uitvraag.GeldigeReactie() })).ZonderFouten().Data["reactieIndienen"]!;
        Assert.True(echt["gelukt"]!.GetValue<bool>());

        var tellingen = (await _client.GraphQLAsync(Tellingen, new { id = uitvraag.Id }, sleutel: uitvraag.TeamSleutel)).ZonderFouten().Data["uitvraag"]!;
        Assert.Equal(1, tellingen["aantalReacties"]!.GetValue<int>());
        Assert.Equal(1, tellingen["reacties"]!["totalCount"]!.GetValue<int>());
        Assert.Single(tellingen["reacties"]!["nodes"]!.AsArray());
        Assert.Equal(1, tellingen["resultaten"]!["totaal"]!["aantal"]!.GetValue<int>());
        Assert.All(tellingen["resultaten"]!["vragen"]!.AsArray(), v => Assert.True(v!["aantalReacties"]!["aantal"]!.GetValue<int>() <= 1));

        using var verzoek = new HttpRequestMessage(HttpMethod.Get, ExportEndpoints.ReactiesPad.Replace("{id}", Uri.EscapeDataString(uitvraag.Id), StringComparison.Ordinal));
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", uitvraag.TeamSleutel);
        using var csv = await _client.SendAsync(verzoek);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var regels = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, regels.Length);
    }

    [Fact]
    public async Task ThePreviewPageShowsTheWidgetInPreviewModeUnderItsOwnStrictPolicyAndRefusesABadToken()
    {
        var uitvraag = await TestUitvraag.MaakAsync(server, UitvraagStatus.Concept);
        var link = await ProeflinkAsync(uitvraag);
        var token = link["token"]!.GetValue<string>();

        using var antwoord = await _client.GetAsync(link["pad"]!.GetValue<string>());
        var html = await antwoord.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Contains($"<sn-uitvraag id=\"uitvraag\" uitvraag=\"{uitvraag.Id}\" proef=\"{token}\"", html, StringComparison.Ordinal);
        Assert.Contains("<script type=\"module\" src=\"/widgets/v1/sociaal-netwerk.js\"></script>", html, StringComparison.Ordinal);
        Assert.Contains("Proef: Testuitvraag", html, StringComparison.Ordinal);
        Assert.Contains("7 december 2026", html, StringComparison.Ordinal);
        var csp = antwoord.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", csp, StringComparison.Ordinal);
        Assert.Equal("no-store", antwoord.Headers.CacheControl!.ToString());
        Assert.Equal("no-referrer", antwoord.Headers.GetValues("Referrer-Policy").Single());

        foreach (var pad in new[] { $"/uitvragen/{uitvraag.Id}/proef/kapot", $"/uitvragen/{uitvraag.Id}/proef/{token[..^4]}AAAA", $"/uitvragen/VWl0dnJhYWc6MQ/proef/{token}" })
        {
            using var fout = await _client.GetAsync(pad);
            var foutHtml = await fout.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.NotFound, fout.StatusCode);
            Assert.Contains("INVALID_PREVIEW_TOKEN", foutHtml, StringComparison.Ordinal);
            Assert.DoesNotContain("Testuitvraag", foutHtml, StringComparison.Ordinal);
        }

        using var ongeldig = await _client.GetAsync($"/uitvragen/niet-geldig/proef/{token}");
        Assert.Equal(HttpStatusCode.NotFound, ongeldig.StatusCode);
    }

    private async Task ZetStatusAsync(TestUitvraag uitvraag, string status) =>
        (await _client.GraphQLAsync("mutation($id: ID!, $status: UitvraagStatus!) { uitvraagStatusWijzigen(id: $id, status: $status) { status } }", new { id = uitvraag.Id, status }, sleutel: uitvraag.TeamSleutel)).ZonderFouten();
}
