using System.Net;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;
using SociaalNetwerk.Schema.Participatie;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// The public page of an uitvraag, <c>/uitvragen/{id}</c> (where the QR code of the printed questionnaire leads):
/// <c>&lt;sn-uitvraag&gt;</c> under a CSP that allows only our own script, in the page's language; a concept, an
/// unknown uitvraag or an id of another type is the localised 404 page.
/// </summary>
[Collection(ServerCollectie.Naam)]
public sealed class UitvraagPaginaTests(SociaalNetwerkServer server)
{
    private readonly HttpClient _client = server.MaakClient();

    [Fact]
    public async Task AnOpenUitvraagIsTheWidgetOnAPageOfItsOwnUnderTheStrictPolicy()
    {
        var uitvraag = await TestUitvraag.MaakAsync(server);

        using var antwoord = await _client.GetAsync($"/uitvragen/{uitvraag.Id}");
        var html = await antwoord.Content.ReadAsStringAsync();
        Assert.True(antwoord.StatusCode == HttpStatusCode.OK, html);
        Assert.Equal("text/html", antwoord.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<html lang=\"nl\"", html, StringComparison.Ordinal);
        Assert.Contains("<title>Testuitvraag – ", html, StringComparison.Ordinal);
        Assert.Contains($"<sn-uitvraag id=\"uitvraag\" uitvraag=\"{uitvraag.Id}\" kopniveau=\"1\" lang=\"nl\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("proef", html, StringComparison.Ordinal);
        Assert.DoesNotContain("noindex", html, StringComparison.Ordinal);
        // The only script is the widget bundle of our own origin; nothing inline.
        Assert.Equal(["<script type=\"module\" src=\"/widgets/v1/sociaal-netwerk.js\"></script>"], System.Text.RegularExpressions.Regex.Matches(html, "<script[^>]*>[^<]*</script>").Select(m => m.Value));
        var csp = antwoord.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self';", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", antwoord.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(antwoord.Headers.CacheControl!.Public, antwoord.Headers.CacheControl.ToString());

        // The bundle the page loads is there.
        using var bundel = await _client.GetAsync("/widgets/v1/sociaal-netwerk.js");
        Assert.Equal(HttpStatusCode.OK, bundel.StatusCode);
    }

    [Fact]
    public async Task ThePageIsInTheLanguageOfTaalAndTheTitleInDutchWhileTheUitvraagIsIncompleteInIt()
    {
        // The test uitvraag has an English title, but its options are only in Dutch: the widget shows it in Dutch.
        var uitvraag = await TestUitvraag.MaakAsync(server, UitvraagStatus.Gesloten);

        using var antwoord = await _client.GetAsync($"/uitvragen/{uitvraag.Id}?taal=en");
        var html = await antwoord.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal("en", antwoord.Content.Headers.ContentLanguage.Single());
        Assert.Contains("<html lang=\"en\"", html, StringComparison.Ordinal);
        Assert.Contains("<title>Testuitvraag – ", html, StringComparison.Ordinal);
        Assert.Contains($"uitvraag=\"{uitvraag.Id}\" kopniveau=\"1\" lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("The questionnaire needs JavaScript.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AConceptAnUnknownUitvraagOrAnotherTypeOrAMalformedIdIsTheLocalised404()
    {
        var concept = await TestUitvraag.MaakAsync(server, UitvraagStatus.Concept);
        foreach (var id in new[] { concept.Id, GlobalId.Maak("Uitvraag", 999_999), GlobalId.Maak("Activiteit", 1) })
        {
            using var antwoord = await _client.GetAsync($"/uitvragen/{id}");
            var html = await antwoord.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.NotFound, antwoord.StatusCode);
            Assert.Contains("De vragenlijst die u zoekt bestaat niet (meer).", html, StringComparison.Ordinal);
            Assert.Contains("NOT_FOUND", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<sn-uitvraag", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Testuitvraag", html, StringComparison.Ordinal);
            Assert.Equal("no-cache", antwoord.Headers.CacheControl!.ToString());
        }

        using var engels = await _client.GetAsync($"/uitvragen/{concept.Id}?taal=en");
        Assert.Equal(HttpStatusCode.NotFound, engels.StatusCode);
        Assert.Contains("<html lang=\"en\"", await engels.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var ongeldig = await _client.GetAsync("/uitvragen/niet-geldig");
        Assert.Equal(HttpStatusCode.NotFound, ongeldig.StatusCode);
        Assert.Contains("INVALID_ID", await ongeldig.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
