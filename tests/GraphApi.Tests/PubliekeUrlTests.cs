using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;
using SociaalNetwerk.Schema.GraphQL;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>A server with its public address configured, as in production behind a proxy.</summary>
public sealed class PubliekeUrlServer : SociaalNetwerkServer
{
    public const string PubliekeUrl = "https://sociaalnetwerk.example/zoetermeer";

    protected override IDictionary<string, string?> Configuratie => new Dictionary<string, string?> { ["PubliekeUrl"] = PubliekeUrl };
}

/// <summary>The server as in production: the environment Production, so <c>appsettings.json</c> alone (its <c>AllowedHosts</c>).</summary>
public sealed class ProductieServer : SociaalNetwerkServer
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
    }
}

/// <summary>
/// Every absolute link the server writes (the URL of a calendar event, the canonical link, the JSON-LD <c>@id</c> and
/// <c>url</c>, the address on the print page) starts with <c>PubliekeUrl</c>, never with the request's <c>Host</c>
/// header: these answers are cached <c>public</c>, so a hostile host would reach everyone.
/// </summary>
public sealed partial class PubliekeUrlTests(PubliekeUrlServer server) : IClassFixture<PubliekeUrlServer>
{
    public const string Vijandig = "evil.example";

    private static readonly string Activiteit = GlobalId.Maak("Activiteit", 1);

    public static TheoryData<string> Paden() =>
    [
        "/agenda.ics",
        "/agenda.ics?wijk=oosterheem",
        $"/activiteiten/{Activiteit}.ics",
        $"/activiteiten/{Activiteit}",
        "/agenda",
        "/agenda/afdrukken?wijk=oosterheem&van=2026-11-23&tot=2026-12-06",
        "/organisaties",
    ];

    [Theory]
    [MemberData(nameof(Paden))]
    public async Task AHostileHostHeaderIsNowhereInTheAnswerAndEveryAbsoluteLinkUsesPubliekeUrl(string pad)
    {
        var antwoord = await RuwHttp.GetAsync(server, pad, host: Vijandig);

        Assert.True(antwoord.Status == 200, antwoord.Body);
        Assert.DoesNotContain(Vijandig, antwoord.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Vijandig, string.Join('\n', antwoord.Koppen.Values), StringComparison.OrdinalIgnoreCase);
        var links = AbsoluteLinks(antwoord.Body).Select(l => Uri.TryCreate(l, UriKind.Absolute, out var uri) ? uri : null).OfType<Uri>().ToList();
        Assert.DoesNotContain(links, l => l.Host is "127.0.0.1" or "localhost");
        var eigen = links.Where(l => l.Host == new Uri(PubliekeUrlServer.PubliekeUrl).Host).ToList();
        Assert.All(eigen, l => Assert.StartsWith(PubliekeUrlServer.PubliekeUrl + "/", l.AbsoluteUri, StringComparison.Ordinal));
        if (pad.Contains(".ics", StringComparison.Ordinal) || pad.StartsWith("/activiteiten/", StringComparison.Ordinal) || pad.StartsWith("/agenda/afdrukken", StringComparison.Ordinal))
        {
            Assert.NotEmpty(eigen);
        }
    }

    [Fact]
    public async Task TheActivityPageLinksItselfAndItsJsonLdToPubliekeUrl()
    {
        var html = (await RuwHttp.GetAsync(server, $"/activiteiten/{Activiteit}", host: Vijandig)).Body;

        var adres = $"{PubliekeUrlServer.PubliekeUrl}/activiteiten/{Activiteit}";
        Assert.Contains($"<link rel=\"canonical\" href=\"{adres}\"", html, StringComparison.Ordinal);
        var ld = JsonNode.Parse(JsonLd().Match(html).Groups[1].Value)!;
        Assert.Equal(adres, ld["@id"]!.GetValue<string>());
        Assert.Equal(adres, ld["url"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheCalendarEventsLinkToTheActivityPagesBelowPubliekeUrl()
    {
        var ical = Ontvouw((await RuwHttp.GetAsync(server, "/agenda.ics", host: Vijandig)).Body);

        var urls = IcalUrl().Matches(ical).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(urls);
        Assert.All(urls, u => Assert.Matches($"^{Regex.Escape(PubliekeUrlServer.PubliekeUrl)}/activiteiten/[A-Za-z0-9_-]+$", u));
    }

    /// <summary>Every absolute http(s) address in a body, calendar lines unfolded and HTML attributes decoded.</summary>
    private static IEnumerable<string> AbsoluteLinks(string body) =>
        AbsoluutAdres().Matches(System.Net.WebUtility.HtmlDecode(Ontvouw(body))).Select(m => m.Value);

    private static string Ontvouw(string ical) => ical.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Replace("\r\n\t", string.Empty, StringComparison.Ordinal);

    [GeneratedRegex("https?://[^\\s\"'<>]+")]
    private static partial Regex AbsoluutAdres();

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLd();

    [GeneratedRegex("^URL(?:;[^:]*)?:(.*?)\\r?$", RegexOptions.Multiline)]
    private static partial Regex IcalUrl();
}

/// <summary>Without <c>PubliekeUrl</c> (development) the links use the address the server listens on, still never the Host header.</summary>
[Collection(ServerCollectie.Naam)]
public sealed class PubliekeUrlStandaardTests(SociaalNetwerkServer server)
{
    [Theory]
    [MemberData(nameof(PubliekeUrlTests.Paden), MemberType = typeof(PubliekeUrlTests))]
    public async Task WithoutPubliekeUrlTheLinksUseTheServersOwnAddressNotTheHostHeader(string pad)
    {
        var antwoord = await RuwHttp.GetAsync(server, pad, host: PubliekeUrlTests.Vijandig);

        Assert.True(antwoord.Status == 200, antwoord.Body);
        Assert.DoesNotContain(PubliekeUrlTests.Vijandig, antwoord.Body, StringComparison.OrdinalIgnoreCase);
        if (pad.StartsWith("/activiteiten/", StringComparison.Ordinal) && !pad.EndsWith(".ics", StringComparison.Ordinal))
        {
            Assert.Contains($"<link rel=\"canonical\" href=\"{server.Adres.GetLeftPart(UriPartial.Authority)}/activiteiten/", antwoord.Body, StringComparison.Ordinal);
        }
    }
}

/// <summary>A <c>PubliekeUrl</c> that is no http(s) address stops the start, not a request.</summary>
public sealed class OngeldigePubliekeUrlTests
{
    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("sociaalnetwerk.example")]
    [InlineData("https://sociaalnetwerk.example/?a=1")]
    public async Task AWrongPubliekeUrlStopsTheStart(string waarde)
    {
        IAsyncLifetime server = new VasteConfiguratieServer([new("PubliekeUrl", waarde)]);
        try
        {
            var fout = await Assert.ThrowsAnyAsync<Microsoft.Extensions.Options.OptionsValidationException>(server.InitializeAsync);

            Assert.Contains("PubliekeUrl", fout.Message, StringComparison.Ordinal);
        }
        finally
        {
            await server.DisposeAsync();
        }
    }
}

/// <summary>In production (<c>appsettings.json</c>) only the configured hosts are answered; a deployment sets its own.</summary>
public sealed class AllowedHostsTests(ProductieServer server) : IClassFixture<ProductieServer>
{
    [Theory]
    [InlineData("evil.example", 400)]
    [InlineData("sociaalnetwerk.example", 400)]
    [InlineData(null, 200)]
    [InlineData("localhost", 200)]
    public async Task ProductionAnswersOnlyTheConfiguredHosts(string? host, int status)
    {
        var antwoord = await RuwHttp.GetAsync(server, "/agenda.ics", host: host);

        Assert.Equal(status, antwoord.Status);
        Assert.DoesNotContain("evil.example", antwoord.Body, StringComparison.Ordinal);
    }
}
