using System.Net;
using System.Text.Json.Nodes;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// One rule for errors over real HTTP (issue 15): a browser (<c>Accept: text/html</c>) gets the HTML error page in its
/// language, a program gets <c>application/problem+json</c> with a localised <c>detail</c> and a stable <c>code</c>,
/// with the same status code for both: unknown paths, <c>/favicon.ico</c>, a malformed activity id (404, not 400), a wrong method.
/// </summary>
[Collection(ServerCollectie.Naam)]
public sealed class FoutPaginaTests(SociaalNetwerkServer server)
{
    /// <summary>What Chromium sends when it navigates to a page.</summary>
    private const string Browser = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    /// <summary>What Chromium sends for <c>/favicon.ico</c> and other images.</summary>
    private const string Afbeelding = "image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8";

    private readonly HttpClient _client = server.MaakClient();

    private async Task<(HttpResponseMessage Antwoord, string Tekst)> HaalAsync(string pad, string? accept, string taal, HttpMethod? methode = null)
    {
        using var verzoek = new HttpRequestMessage(methode ?? HttpMethod.Get, pad);
        if (accept is not null)
        {
            verzoek.Headers.TryAddWithoutValidation("Accept", accept);
        }

        verzoek.Headers.TryAddWithoutValidation("Accept-Language", taal);
        var antwoord = await _client.SendAsync(verzoek);
        return (antwoord, await antwoord.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/bestaat-niet", "nl", "Deze pagina bestaat niet", "Op dit adres staat geen pagina.", "Foutcode: NOT_FOUND")]
    [InlineData("/bestaat-niet/ook/niet?x=1", "en", "This page does not exist", "There is no page at this address.", "Error code: NOT_FOUND")]
    [InlineData("/favicon.ico", "nl", "Deze pagina bestaat niet", "Op dit adres staat geen pagina.", "Foutcode: NOT_FOUND")]
    [InlineData("/paginas/bestaat-niet.css", "tr", "Bu sayfa yok", "Bu adreste bir sayfa yok.", "NOT_FOUND")]
    [InlineData("/activiteiten/!!", "nl", "Deze pagina bestaat niet", "‘!!’ is geen geldige code van een activiteit.", "Foutcode: INVALID_ID")]
    [InlineData("/activiteiten/%3Cimg%20src=x%3E", "nl", "Deze pagina bestaat niet", "‘&lt;img src=x&gt;’ is geen geldige code van een activiteit.", "Foutcode: INVALID_ID")]
    public async Task ABrowserGetsA404PageInItsLanguage(string pad, string taal, string kop, string bericht, string code)
    {
        var (antwoord, html) = await HaalAsync(pad, Browser, taal);

        Assert.Equal(HttpStatusCode.NotFound, antwoord.StatusCode);
        Assert.Equal("text/html; charset=utf-8", antwoord.Content.Headers.ContentType!.ToString());
        Assert.Equal(PaginaTests.Csp, Assert.Single(antwoord.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", Assert.Single(antwoord.Headers.GetValues("X-Content-Type-Options")));
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains($"<html lang=\"{taal}\"", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"stylesheet\" href=\"/paginas/paginas.css\"", html, StringComparison.Ordinal);
        Assert.Contains("<main id=\"inhoud\"", html, StringComparison.Ordinal);
        Assert.Contains($"<h1>{kop}</h1>", html, StringComparison.Ordinal);
        Assert.Contains(bericht, html, StringComparison.Ordinal);
        Assert.Contains(code, html, StringComparison.Ordinal);
        Assert.Contains("href=\"/agenda\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/bestaat-niet", "application/json", "nl", "NOT_FOUND", "'/bestaat-niet' bestaat niet.")]
    [InlineData("/bestaat-niet", "application/problem+json", "en", "NOT_FOUND", "'/bestaat-niet' does not exist.")]
    [InlineData("/bestaat-niet", null, "nl", "NOT_FOUND", "'/bestaat-niet' bestaat niet.")]
    [InlineData("/favicon.ico", Afbeelding, "nl", "NOT_FOUND", "'/favicon.ico' bestaat niet.")]
    [InlineData("/favicon.ico", Afbeelding, "en", "NOT_FOUND", "'/favicon.ico' does not exist.")]
    [InlineData("/activiteiten/!!", "application/json", "nl", "INVALID_ID", "De id '!!' is geen geldige id van een Activiteit.")]
    public async Task AProgramGetsA404ProblemWithACodeInItsLanguage(string pad, string? accept, string taal, string code, string detail)
    {
        var (antwoord, json) = await HaalAsync(pad, accept, taal);

        Assert.Equal(HttpStatusCode.NotFound, antwoord.StatusCode);
        Assert.Equal("application/problem+json", antwoord.Content.Headers.ContentType!.MediaType);
        var probleem = JsonNode.Parse(json)!;
        Assert.Equal(404, probleem["status"]!.GetValue<int>());
        Assert.Equal(code, probleem["code"]!.GetValue<string>());
        Assert.Equal(detail, probleem["detail"]!.GetValue<string>());
        Assert.DoesNotContain("Exception", json, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWrongMethodHasTheSameStatusAndCodeForBrowsersAndPrograms()
    {
        var (pagina, html) = await HaalAsync("/agenda", Browser, "nl", HttpMethod.Post);
        var (programma, json) = await HaalAsync("/agenda", "application/json", "nl", HttpMethod.Post);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, pagina.StatusCode);
        Assert.Equal("text/html; charset=utf-8", pagina.Content.Headers.ContentType!.ToString());
        Assert.Contains("Foutcode: METHOD_NOT_ALLOWED", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, programma.StatusCode);
        Assert.Equal("application/problem+json", programma.Content.Headers.ContentType!.MediaType);
        Assert.Equal("METHOD_NOT_ALLOWED", JsonNode.Parse(json)!["code"]!.GetValue<string>());
    }
}
