using System.Net;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>A server whose pages may be framed only by two partner sites (the standard test server: every site).</summary>
public sealed class IframeServer : SociaalNetwerkServer
{
    public const string FrameAncestors = "https://www.partner.example https://*.zoetermeer.example";

    protected override IDictionary<string, string?> Configuratie => new Dictionary<string, string?> { ["Paginas:FrameAncestors"] = FrameAncestors };
}

/// <summary><c>Paginas:FrameAncestors</c> sets who may show the pages in an iframe, on every page, errors included.</summary>
public sealed class PaginaOptiesTests(IframeServer server) : IClassFixture<IframeServer>
{
    [Theory]
    [InlineData("/agenda", HttpStatusCode.OK)]
    [InlineData("/agenda/afdrukken?wijk=oosterheem", HttpStatusCode.OK)]
    [InlineData("/agenda?wijk=atlantis", HttpStatusCode.BadRequest)]
    [InlineData("/activiteiten/QWN0aXZpdGVpdDo5OTk5OTk", HttpStatusCode.NotFound)]
    public async Task FrameAncestorsComesFromTheConfiguration(string pad, HttpStatusCode status)
    {
        using var client = server.MaakClient();

        var antwoord = await client.GetAsync(pad);

        Assert.Equal(status, antwoord.StatusCode);
        var csp = Assert.Single(antwoord.Headers.GetValues("Content-Security-Policy"));
        Assert.Equal(PaginaTests.Csp.Replace("frame-ancestors *", "frame-ancestors " + IframeServer.FrameAncestors, StringComparison.Ordinal), csp);
        Assert.False(antwoord.Headers.Contains("X-Frame-Options"));
    }
}
