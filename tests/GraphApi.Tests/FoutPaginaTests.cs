using System.Net;
using System.Text.Json.Nodes;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// One rule for errors over real HTTP (issue 15): a browser (<c>Accept: text/html</c>) gets the HTML error page in its
/// language, a program gets <c>application/problem+json</c> with a localised <c>detail</c> and a stable <c>code</c>,
/// with the same status code for both: unknown paths, <c>/favicon.ico</c>, a malformed id in any path (404, not 400), a
/// wrong method, and an unexpected exception (<see cref="Fout500Tests"/>).
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

    /// <summary>Every public address with an id in its path: a malformed id names nothing there, so 404 (with INVALID_ID), never 400.</summary>
    [Theory]
    [InlineData("/activiteiten/!!/2026-12-01", "application/problem+json")]
    [InlineData("/uitvragen/!!", "application/problem+json")]
    [InlineData("/uitvragen/!!/afdrukken", "application/problem+json")]
    [InlineData("/uitvragen/!!/proef/abc", null)]
    [InlineData("/activiteiten/!!.ics", "application/json")]
    public async Task AMalformedIdInAnyPublicPathIsA404PageForBrowsersAndA404ForPrograms(string pad, string? programmaType)
    {
        var (pagina, html) = await HaalAsync(pad, Browser, "nl");
        Assert.Equal(HttpStatusCode.NotFound, pagina.StatusCode);
        Assert.Equal("text/html; charset=utf-8", pagina.Content.Headers.ContentType!.ToString());
        Assert.Contains("<main id=\"inhoud\"", html, StringComparison.Ordinal);
        Assert.Contains("Foutcode: INVALID_ID", html, StringComparison.Ordinal);
        Assert.Contains("‘!!’ is geen geldige code van een", html, StringComparison.Ordinal);

        var (programma, tekst) = await HaalAsync(pad, "application/json", "nl");
        Assert.Equal(HttpStatusCode.NotFound, programma.StatusCode);
        if (programmaType is null)
        {
            // The preview page has a script of its own and answers with its page whatever is asked.
            return;
        }

        Assert.Equal(programmaType, programma.Content.Headers.ContentType!.MediaType);
        var json = JsonNode.Parse(tekst)!;
        Assert.Equal("INVALID_ID", (json["code"] ?? json["errors"]![0]!["extensions"]!["code"])!.GetValue<string>());
    }

    /// <summary>The portal's addresses with an id: a malformed one is the portal's 404, as an unknown one is.</summary>
    [Theory]
    [InlineData("/beheer/activiteiten/!!")]
    [InlineData("/beheer/organisatie/abc")]
    [InlineData("/beheer/locaties/!!")]
    [InlineData("/beheer/netwerken/abc")]
    [InlineData("/beheer/trajecten/abc")]
    [InlineData("/beheer/uitvragen/abc")]
    [InlineData("/beheer/uitvragen/!!/vragen")]
    [InlineData("/beheer/uitvragen/!!/invoer")]
    [InlineData("/beheer/uitvragen/!!/resultaten")]
    [InlineData("/beheer/uitvragen/!!/afdrukken")]
    public async Task AMalformedIdInAPortalPathIsA404(string pad)
    {
        var (beheerder, _) = await PortaalAccounts.IngelogdAsync(server, SociaalNetwerk.Schema.Toegang.Rol.Beheerder);
        using var _b = beheerder;
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, pad);
        verzoek.Headers.TryAddWithoutValidation("Accept", Browser);
        using var antwoord = await beheerder.Client.SendAsync(verzoek);
        var html = await antwoord.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, antwoord.StatusCode);
        Assert.Equal("text/html; charset=utf-8", antwoord.Content.Headers.ContentType!.ToString());
        Assert.Contains("<main id=\"inhoud\"", html, StringComparison.Ordinal);
    }

    /// <summary>
    /// The skip link of every layout (public pages, error pages, portal) is inside a landmark, the banner, so that all
    /// content is in one (axe's and pa11y's <c>region</c> rule), and it leads to the main landmark.
    /// </summary>
    [Theory]
    [InlineData("/agenda")]
    [InlineData("/organisaties")]
    [InlineData("/agenda/afdrukken")]
    [InlineData("/bestaat-niet")]
    [InlineData("/beheer/inloggen")]
    public async Task TheSkipLinkIsTheFirstThingInTheBanner(string pad)
    {
        var (antwoord, html) = await HaalAsync(pad, Browser, "nl");
        Assert.True(antwoord.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, pad);

        var body = html[(html.IndexOf("<body", StringComparison.Ordinal) + 1)..];
        body = body[(body.IndexOf('>', StringComparison.Ordinal) + 1)..].TrimStart();
        Assert.Matches("^<header class=\"kop[^\"]*\">\\s*<a class=\"overslaan\" href=\"#inhoud\">", body);
        Assert.Single(Regex.Matches(html, "class=\"overslaan\""));
        Assert.Contains("<main id=\"inhoud\"", html, StringComparison.Ordinal);
    }

    /// <summary>A wrong link to the sociale kaart leads back to the sociale kaart, not to the agenda; an agenda link to the agenda.</summary>
    [Theory]
    [InlineData("/organisaties?wijk=bestaat-niet", "nl", "/organisaties", "Naar de hele sociale kaart")]
    [InlineData("/organisaties?thema=x&taal=en", "nl", "/organisaties?taal=en", "Go to the whole social map")]
    [InlineData("/agenda?wijk=bestaat-niet", "nl", "/agenda", "Naar de hele agenda")]
    public async Task TheErrorPageOfAListLeadsBackToThatList(string pad, string taal, string terug, string linktekst)
    {
        var (antwoord, html) = await HaalAsync(pad, Browser, taal);

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        Assert.Contains($"<p><a href=\"{terug}\">{linktekst}</a></p>", html, StringComparison.Ordinal);
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

/// <summary>
/// A 500 by the same rule (issue 15): when something fails unexpectedly (here the database is unreachable), a browser gets
/// the HTML error page in its language and a program problem+json with INTERNAL_SERVER_ERROR, neither with a stack
/// trace or the exception's text.
/// </summary>
public sealed class Fout500Tests(OnbereikbareDatabankServer server) : IClassFixture<OnbereikbareDatabankServer>
{
    private const string Browser = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    private async Task<(HttpResponseMessage Antwoord, string Tekst)> HaalAsync(string pad, string? accept, string taal)
    {
        using var client = server.MaakClient();
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, pad);
        if (accept is not null)
        {
            verzoek.Headers.TryAddWithoutValidation("Accept", accept);
        }

        verzoek.Headers.TryAddWithoutValidation("Accept-Language", taal);
        server.Storing.Aan = true;
        try
        {
            var antwoord = await client.SendAsync(verzoek);
            return (antwoord, await antwoord.Content.ReadAsStringAsync());
        }
        finally
        {
            server.Storing.Aan = false;
        }
    }

    [Theory]
    [InlineData("/activiteiten/QWN0aXZpdGVpdDox", "nl", "Er ging iets mis", "Er ging iets mis op de server. Probeer het later opnieuw.", "Foutcode: INTERNAL_SERVER_ERROR")]
    [InlineData("/agenda", "en", "Something went wrong", "Something went wrong on the server. Please try again later.", "Error code: INTERNAL_SERVER_ERROR")]
    [InlineData("/organisaties", "ar", "حدث خطأ ما", "حدث خطأ في الخادم. حاول مرة أخرى لاحقًا.", "INTERNAL_SERVER_ERROR")]
    public async Task ABrowserGetsA500PageInItsLanguage(string pad, string taal, string kop, string bericht, string code)
    {
        var (antwoord, html) = await HaalAsync(pad, Browser, taal);

        Assert.Equal(HttpStatusCode.InternalServerError, antwoord.StatusCode);
        Assert.Equal("text/html; charset=utf-8", antwoord.Content.Headers.ContentType!.ToString());
        Assert.True(antwoord.Headers.CacheControl!.NoStore);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains($"<html lang=\"{taal}\"", html, StringComparison.Ordinal);
        Assert.Contains($"<h1>{kop}</h1>", html, StringComparison.Ordinal);
        Assert.Contains(bericht, html, StringComparison.Ordinal);
        Assert.Contains(code, html, StringComparison.Ordinal);
        Assert.DoesNotContain("onbereikbaar", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/activiteiten/QWN0aXZpdGVpdDox", "application/json", "nl", "Er ging iets mis op de server. Probeer het later opnieuw.")]
    [InlineData("/agenda", null, "en", "Something went wrong on the server. Please try again later.")]
    [InlineData("/activiteiten/QWN0aXZpdGVpdDox.ics", "text/calendar", "nl", "Er ging iets mis op de server. Probeer het later opnieuw.")]
    public async Task AProgramGetsA500ProblemWithACodeAndNoStackTrace(string pad, string? accept, string taal, string detail)
    {
        var (antwoord, json) = await HaalAsync(pad, accept, taal);

        Assert.Equal(HttpStatusCode.InternalServerError, antwoord.StatusCode);
        Assert.Equal("application/problem+json", antwoord.Content.Headers.ContentType!.MediaType);
        var probleem = JsonNode.Parse(json)!;
        Assert.Equal(500, probleem["status"]!.GetValue<int>());
        Assert.Equal("INTERNAL_SERVER_ERROR", probleem["code"]!.GetValue<string>());
        Assert.Equal(detail, probleem["detail"]!.GetValue<string>());
        Assert.DoesNotContain("onbereikbaar", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", json, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", json, StringComparison.Ordinal);
    }
}
