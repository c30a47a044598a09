using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;
using SociaalNetwerk.Schema.Accounts;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// A server behind a reverse proxy at <paramref name="proxy"/>, with a low submission limit and the public host in
/// <c>AllowedHosts</c>. The test client connects from 127.0.0.1: with <c>proxy = 127.0.0.1</c> it is that proxy,
/// with another address it is an unknown client that merely sends the same headers.
/// </summary>
public abstract class ProxyServer(string proxy, string instelling = "KnownProxies") : SociaalNetwerkServer
{
    public const int Limiet = 3;
    public const string PubliekeHost = "sociaalnetwerk.example";

    protected override IDictionary<string, string?> Configuratie => new Dictionary<string, string?>
    {
        [$"ForwardedHeaders:{instelling}:0"] = proxy,
        ["Participatie:InzendingenPerMinuut"] = Limiet.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["AllowedHosts"] = $"localhost;127.0.0.1;{PubliekeHost}",
    };
}

/// <summary>The test client is the known proxy.</summary>
public sealed class BekendeProxyServer() : ProxyServer("127.0.0.1");

/// <summary>The test client is in the known network of proxies.</summary>
public sealed class BekendNetwerkServer() : ProxyServer("127.0.0.0/8", "KnownNetworks");

/// <summary>The proxy is elsewhere: the test client is an ordinary client that sends forwarding headers.</summary>
public sealed class OnbekendeProxyServer() : ProxyServer("10.0.0.5");

/// <summary>Shared by both cases: requests as a proxy would send them.</summary>
public static partial class ProxyVerzoeken
{
    public const string Indienen = "mutation($invoer: ReactieInvoer!) { reactieIndienen(invoer: $invoer) { gelukt } }";

    public static readonly string Activiteit = GlobalId.Maak("Activiteit", 1);

    /// <summary>A client whose every request says it was forwarded for <paramref name="client"/>.</summary>
    public static HttpClient Doorgestuurd(SociaalNetwerkServer server, string client)
    {
        var http = server.MaakClient();
        http.DefaultRequestHeaders.Add("X-Forwarded-For", client);
        return http;
    }

    /// <summary>Sends reacties for one forwarded client until one is refused; the number that was accepted (at most limit + 1 tries).</summary>
    public static async Task<(int Aanvaard, string? Fout)> DienInTotGeweigerdAsync(SociaalNetwerkServer server, TestUitvraag uitvraag, string client)
    {
        using var http = Doorgestuurd(server, client);
        for (var i = 0; i <= ProxyServer.Limiet; i++)
        {
            var antwoord = await http.GraphQLAsync(Indienen, new { invoer = uitvraag.GeldigeReactie() });
            if (antwoord.EersteCode is { } code)
            {
                return (i, code);
            }
        }

        return (ProxyServer.Limiet + 1, null);
    }

    public static string Canoniek(string html) => CanoniekeLink().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new Xunit.Sdk.XunitException("No canonical link in: " + html);

    /// <summary>The <c>sn_beheer</c> cookie the server sets when a person sets their password, over a "proxied" request.</summary>
    public static async Task<string> BeheerKoekjeAsync(SociaalNetwerkServer server, params (string Naam, string Waarde)[] koppen)
    {
        string? code;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            (_, code) = await scope.ServiceProvider.GetRequiredService<AccountBeheer>().NodigUitAsync(PortaalAccounts.NieuwAdres(), Rol.Redacteur, 1, null);
        }

        using var portaal = new Portaal(server);
        foreach (var (naam, waarde) in koppen)
        {
            portaal.Client.DefaultRequestHeaders.Add(naam, waarde);
        }

        var gezet = await portaal.VulInAsync("/beheer/uitnodiging/" + code, ("wachtwoord", PortaalAccounts.Wachtwoord), ("herhaling", PortaalAccounts.Wachtwoord));
        Assert.Equal(HttpStatusCode.Redirect, gezet.Status);
        return Assert.Single(gezet.Bericht.Headers.GetValues("Set-Cookie"), c => c.StartsWith("sn_beheer=", StringComparison.Ordinal));
    }

    [GeneratedRegex("<link rel=\"canonical\" href=\"([^\"]+)\"")]
    private static partial Regex CanoniekeLink();
}

/// <summary>
/// From a known proxy (<c>ForwardedHeaders:KnownProxies</c>) the forwarded client address, scheme and host count:
/// every respondent behind the proxy has their own submission limit, links and cookies follow the public https address.
/// </summary>
public sealed class BekendeProxyTests(BekendeProxyServer server) : IClassFixture<BekendeProxyServer>
{
    [Fact]
    public async Task TwoClientsBehindTheProxyHaveTheirOwnSubmissionLimit()
    {
        var uitvraag = await TestUitvraag.MaakAsync(server);

        var eerste = await ProxyVerzoeken.DienInTotGeweigerdAsync(server, uitvraag, "203.0.113.10");
        var tweede = await ProxyVerzoeken.DienInTotGeweigerdAsync(server, uitvraag, "203.0.113.11");

        Assert.Equal((ProxyServer.Limiet, "RATE_LIMITED"), eerste);
        Assert.Equal((ProxyServer.Limiet, "RATE_LIMITED"), tweede);
    }

    [Fact]
    public async Task AbsoluteLinksUseTheForwardedSchemeAndHost()
    {
        var antwoord = await RuwHttp.GetAsync(server, $"/activiteiten/{ProxyVerzoeken.Activiteit}", null,
            ("X-Forwarded-For", "203.0.113.12"), ("X-Forwarded-Proto", "https"), ("X-Forwarded-Host", ProxyServer.PubliekeHost));

        Assert.Equal(200, antwoord.Status);
        Assert.Equal($"https://{ProxyServer.PubliekeHost}/activiteiten/{ProxyVerzoeken.Activiteit}", ProxyVerzoeken.Canoniek(antwoord.Body));
    }

    [Fact]
    public async Task AForwardedHostOutsideAllowedHostsIsNotUsed()
    {
        var antwoord = await RuwHttp.GetAsync(server, $"/activiteiten/{ProxyVerzoeken.Activiteit}", null,
            ("X-Forwarded-For", "203.0.113.13"), ("X-Forwarded-Proto", "https"), ("X-Forwarded-Host", PubliekeUrlTests.Vijandig));

        Assert.DoesNotContain(PubliekeUrlTests.Vijandig, antwoord.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(PubliekeUrlTests.Vijandig, string.Join('\n', antwoord.Koppen.Values), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task OverForwardedHttpsThePortalCookieIsSecure()
    {
        var koekje = await ProxyVerzoeken.BeheerKoekjeAsync(server, ("X-Forwarded-For", "203.0.113.14"), ("X-Forwarded-Proto", "https"));

        Assert.Contains("secure", koekje.Split(';', StringSplitOptions.TrimEntries), StringComparer.OrdinalIgnoreCase);
    }
}

/// <summary><c>ForwardedHeaders:KnownNetworks</c>: every address in the range is a known proxy.</summary>
public sealed class BekendNetwerkTests(BekendNetwerkServer server) : IClassFixture<BekendNetwerkServer>
{
    [Fact]
    public async Task FromAKnownNetworkTheForwardedClientSchemeAndHostCount()
    {
        var uitvraag = await TestUitvraag.MaakAsync(server);
        var antwoord = await RuwHttp.GetAsync(server, $"/activiteiten/{ProxyVerzoeken.Activiteit}", null,
            ("X-Forwarded-For", "203.0.113.20"), ("X-Forwarded-Proto", "https"), ("X-Forwarded-Host", ProxyServer.PubliekeHost));

        var eerste = await ProxyVerzoeken.DienInTotGeweigerdAsync(server, uitvraag, "203.0.113.21");
        var tweede = await ProxyVerzoeken.DienInTotGeweigerdAsync(server, uitvraag, "203.0.113.22");

        Assert.Equal($"https://{ProxyServer.PubliekeHost}/activiteiten/{ProxyVerzoeken.Activiteit}", ProxyVerzoeken.Canoniek(antwoord.Body));
        Assert.Equal((ProxyServer.Limiet, "RATE_LIMITED"), eerste);
        Assert.Equal((ProxyServer.Limiet, "RATE_LIMITED"), tweede);
    }
}

/// <summary>From any other address the forwarding headers change nothing: one limit for the connection, links and cookies as without them.</summary>
public sealed class OnbekendeProxyTests(OnbekendeProxyServer server) : IClassFixture<OnbekendeProxyServer>
{
    [Fact]
    public async Task ForwardedClientsFromAnUnknownAddressShareTheConnectionsLimit()
    {
        var uitvraag = await TestUitvraag.MaakAsync(server);

        var eerste = await ProxyVerzoeken.DienInTotGeweigerdAsync(server, uitvraag, "203.0.113.10");
        var tweede = await ProxyVerzoeken.DienInTotGeweigerdAsync(server, uitvraag, "203.0.113.11");

        Assert.Equal((ProxyServer.Limiet, "RATE_LIMITED"), eerste);
        Assert.Equal((0, "RATE_LIMITED"), tweede);
    }

    [Fact]
    public async Task AbsoluteLinksIgnoreTheForwardedSchemeAndHost()
    {
        var antwoord = await RuwHttp.GetAsync(server, $"/activiteiten/{ProxyVerzoeken.Activiteit}", null,
            ("X-Forwarded-For", "203.0.113.12"), ("X-Forwarded-Proto", "https"), ("X-Forwarded-Host", ProxyServer.PubliekeHost));

        Assert.Equal(200, antwoord.Status);
        Assert.Equal($"{server.Adres.GetLeftPart(UriPartial.Authority)}/activiteiten/{ProxyVerzoeken.Activiteit}", ProxyVerzoeken.Canoniek(antwoord.Body));
    }

    [Fact]
    public async Task AForwardedHttpsFromAnUnknownAddressDoesNotMakeTheCookieSecure()
    {
        var koekje = await ProxyVerzoeken.BeheerKoekjeAsync(server, ("X-Forwarded-For", "203.0.113.14"), ("X-Forwarded-Proto", "https"));

        Assert.DoesNotContain("secure", koekje.Split(';', StringSplitOptions.TrimEntries), StringComparer.OrdinalIgnoreCase);
    }
}

/// <summary>A proxy setting that is no address stops the start, not a request.</summary>
public sealed class OngeldigeProxyTests
{
    [Theory]
    [InlineData("ForwardedHeaders:KnownProxies:0", "proxy.example")]
    [InlineData("ForwardedHeaders:KnownNetworks:0", "10.0.0.0/33")]
    public async Task AWrongProxySettingStopsTheStart(string sleutel, string waarde)
    {
        IAsyncLifetime server = new VasteConfiguratieServer([new(sleutel, waarde)]);
        try
        {
            var fout = await Assert.ThrowsAnyAsync<Microsoft.Extensions.Options.OptionsValidationException>(server.InitializeAsync);

            Assert.Contains("ForwardedHeaders:KnownProxies", fout.Message, StringComparison.Ordinal);
        }
        finally
        {
            await server.DisposeAsync();
        }
    }
}
