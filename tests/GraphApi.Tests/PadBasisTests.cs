using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;
using SociaalNetwerk.Schema.Accounts;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// A server deployed below a path: <c>PubliekeUrl</c> has the path <see cref="Basis"/>, and the proxy in front of it
/// (the test client, from 127.0.0.1, a known proxy) forwards <c>/sociaalnetwerk/agenda</c> as it is.
/// </summary>
public sealed class PadBasisServer : SociaalNetwerkServer
{
    public const string Basis = "/sociaalnetwerk";
    public const string PubliekeUrl = "https://www.zoetermeer.example" + Basis;

    protected override IDictionary<string, string?> Configuratie => new Dictionary<string, string?>
    {
        ["PubliekeUrl"] = PubliekeUrl,
        ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1",
    };
}

/// <summary>
/// Serving below the path of <c>PubliekeUrl</c>: every address answers below it (and still at the root, for an
/// orchestrator or a developer on 127.0.0.1), and every link, script address, redirect and cookie path the server
/// writes there carries it, so a browser that only sees <c>https://www.zoetermeer.example/sociaalnetwerk/…</c> can use
/// the pages, GraphiQL, the widgets and the portal.
/// </summary>
public sealed partial class PadBasisTests(PadBasisServer server) : IClassFixture<PadBasisServer>
{
    private const string Basis = PadBasisServer.Basis;

    private static readonly string Activiteit = GlobalId.Maak("Activiteit", 1);

    public static TheoryData<string> Adressen() =>
    [
        "/agenda",
        "/agenda.ics",
        $"/activiteiten/{Activiteit}",
        $"/activiteiten/{Activiteit}.ics",
        "/organisaties",
        "/sitemap.xml",
        "/robots.txt",
        "/widgets/manifest.json",
        "/widgets/v1/sociaal-netwerk.js",
        "/paginas/paginas.css",
        "/health/live",
        "/health/ready",
    ];

    [Theory]
    [MemberData(nameof(Adressen))]
    public async Task EveryAddressAnswersBelowThePathAndStillAtTheRoot(string pad)
    {
        using var client = server.MaakClient();

        using var onder = await client.GetAsync(Basis + pad);
        using var wortel = await client.GetAsync(pad);

        Assert.True(onder.StatusCode == HttpStatusCode.OK, $"{Basis}{pad}: {(int)onder.StatusCode}");
        Assert.True(wortel.StatusCode == HttpStatusCode.OK, $"{pad}: {(int)wortel.StatusCode}");
    }

    [Fact]
    public async Task TheApiAnswersBelowThePathAndItsRootLeadsToGraphQlThere()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.Adres };

        using var start = await client.GetAsync(Basis + "/");
        using var zonderSlash = await client.GetAsync(Basis);
        using var verzoek = new HttpRequestMessage(HttpMethod.Post, Basis + "/graphql")
        {
            Content = new StringContent("""{"query":"{ agenda(first: 1) { totalCount } }"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        var antwoord = (await client.StuurAsync(verzoek)).ZonderFouten();
        var robots = await client.GetStringAsync(Basis + "/robots.txt");

        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        Assert.Equal(Basis + "/graphql", start.Headers.Location!.OriginalString);
        Assert.Equal(Basis + "/graphql", zonderSlash.Headers.Location!.OriginalString);
        Assert.True(antwoord.Data["agenda"]!["totalCount"]!.GetValue<int>() > 0);
        Assert.Contains($"Disallow: {Basis}/beheer\n", robots, StringComparison.Ordinal);
    }

    public static TheoryData<string> Paginas() =>
    [
        "/agenda",
        $"/activiteiten/{Activiteit}",
        "/organisaties",
        "/bestaat-niet",
    ];

    [Theory]
    [MemberData(nameof(Paginas))]
    public async Task EveryLinkOfAPageBelowThePathCarriesItAndLeadsSomewhere(string pad)
    {
        using var client = server.MaakClient();
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html");

        using var pagina = await client.GetAsync(Basis + pad);
        var html = await pagina.Content.ReadAsStringAsync();

        Assert.Equal(pad == "/bestaat-niet" ? HttpStatusCode.NotFound : HttpStatusCode.OK, pagina.StatusCode);
        var links = EigenLinks(html);
        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.StartsWith(Basis + "/", l, StringComparison.Ordinal));
        foreach (var link in links.Distinct().Take(40))
        {
            using var doel = await client.GetAsync(link);
            Assert.True(doel.StatusCode == HttpStatusCode.OK, $"{link} (on {pad}): {(int)doel.StatusCode}");
        }
    }

    [Fact]
    public async Task GraphiQlLoadsItsFilesAndTalksToTheApiBelowThePath()
    {
        using var client = server.MaakClient();
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html");

        var html = await client.GetStringAsync(Basis + "/graphql");

        Assert.Contains($"data-endpoint=\"{Basis}/graphql\"", html, StringComparison.Ordinal);
        var bestanden = EigenLinks(html);
        Assert.Contains(bestanden, b => b.StartsWith(Basis + "/graphiql/graphiql.min.", StringComparison.Ordinal));
        Assert.All(bestanden, b => Assert.StartsWith(Basis + "/graphiql/", b, StringComparison.Ordinal));
        foreach (var bestand in bestanden)
        {
            using var antwoord = await client.GetAsync(bestand);
            Assert.True(antwoord.StatusCode == HttpStatusCode.OK, $"{bestand}: {(int)antwoord.StatusCode}");
        }
    }

    [Fact]
    public async Task TheWidgetScriptItsModulesAndLanguageFilesResolveBelowThePath()
    {
        using var client = server.MaakClient();
        var uitvraag = await TestUitvraag.MaakAsync(server);

        // The page that shows a widget loads the script below the path…
        var pagina = await client.GetStringAsync($"{Basis}/uitvragen/{uitvraag.Id}");
        Assert.Contains($"<script type=\"module\" src=\"{Basis}/widgets/v1/sociaal-netwerk.js\"></script>", pagina, StringComparison.Ordinal);

        // …and the loader finds everything next to itself (new URL(file, import.meta.url)): every file of the
        // manifest answers there, as built, matching its SRI hash (the language files too).
        var manifest = JsonNode.Parse(await client.GetStringAsync($"{Basis}/widgets/manifest.json"))!;
        var bestanden = manifest["files"]!.AsObject();
        Assert.Contains(bestanden, b => b.Key.StartsWith("taal-", StringComparison.Ordinal));
        foreach (var (naam, info) in bestanden)
        {
            using var antwoord = await client.GetAsync($"{Basis}/widgets/{info!["url"]!.GetValue<string>()}");
            Assert.True(antwoord.StatusCode == HttpStatusCode.OK, $"{naam}: {(int)antwoord.StatusCode}");
            Assert.Equal(info["integrity"]!.GetValue<string>(), "sha384-" + Convert.ToBase64String(SHA384.HashData(await antwoord.Content.ReadAsByteArrayAsync())));
        }
    }

    [Fact]
    public async Task TheExampleSiteLoadsTheWidgetsTheirApiAndItsLinksBelowThePath()
    {
        using var client = server.MaakClient();

        // The example partner site (Development) writes the path into the script's address and every link of its own…
        var html = await client.GetStringAsync($"{Basis}/voorbeeld/");
        Assert.Contains($"<script type=\"module\" src=\"{Basis}/widgets/v1/sociaal-netwerk.js\"></script>", html, StringComparison.Ordinal);
        var links = EigenLinks(html);
        Assert.Contains(links, l => l.StartsWith(Basis + "/agenda", StringComparison.Ordinal));
        Assert.All(links, l => Assert.StartsWith(Basis + "/", l, StringComparison.Ordinal));
        foreach (var link in links.Distinct())
        {
            using var doel = await client.GetAsync(link);
            Assert.True(doel.StatusCode == HttpStatusCode.OK, $"{link}: {(int)doel.StatusCode}");
        }

        // …and the widgets find their API where they look for it: two folders up from the script (standaardApi).
        var script = new Uri(server.Adres, $"{Basis}/widgets/v1/sociaal-netwerk.js");
        using var verzoek = new HttpRequestMessage(HttpMethod.Post, new Uri(script, "../../graphql"))
        {
            Content = new StringContent("""{"query":"{ agenda(first: 1) { totalCount } }"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        var antwoord = (await client.StuurAsync(verzoek)).ZonderFouten();
        Assert.Equal($"{Basis}/graphql", verzoek.RequestUri!.AbsolutePath);
        Assert.True(antwoord.Data["agenda"]!["totalCount"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task APersonSignsInToThePortalBelowThePathAndItsCookiesStayThere()
    {
        var email = PortaalAccounts.NieuwAdres();
        string? code;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            (_, code) = await scope.ServiceProvider.GetRequiredService<AccountBeheer>().NodigUitAsync(email, Rol.Redacteur, 1, null);
        }

        // A browser: its own cookies (sent only on the paths they were set for), no automatic redirects.
        var koekjes = new CookieContainer();
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = koekjes, UseCookies = true, AllowAutoRedirect = false }) { BaseAddress = server.Adres };

        // The invitation: set the password (the form's antiforgery cookie must come back on the POST).
        var uitnodiging = await Lees(browser.GetAsync($"{Basis}/beheer/uitnodiging/{code}"));
        Assert.Equal(HttpStatusCode.OK, uitnodiging.Status);
        Assert.Contains($"action=\"{Basis}/beheer/uitnodiging/{code}\"", uitnodiging.Html, StringComparison.Ordinal);
        Assert.Equal($"{Basis}/beheer", KoekjesPad(uitnodiging, "sn_beheer_af"));
        var gezet = await Post(browser, $"{Basis}/beheer/uitnodiging/{code}", uitnodiging.Token, ("wachtwoord", PortaalAccounts.Wachtwoord), ("herhaling", PortaalAccounts.Wachtwoord));
        Assert.Equal(HttpStatusCode.Redirect, gezet.Status);
        Assert.Equal($"{Basis}/beheer", KoekjesPad(gezet, "sn_beheer"));

        // Signed in: the start page, with the sign-out form below the path.
        var start = await Lees(browser.GetAsync(gezet.Locatie));
        Assert.Equal(HttpStatusCode.OK, start.Status);
        Assert.Contains($"action=\"{Basis}/beheer/uitloggen\"", start.Html, StringComparison.Ordinal);
        Assert.All(EigenLinks(start.Html), l => Assert.StartsWith(Basis + "/", l, StringComparison.Ordinal));

        // Signed out, the start page sends the browser to the sign-in page below the path…
        var uit = await Post(browser, $"{Basis}/beheer/uitloggen", start.Token);
        Assert.Equal(HttpStatusCode.Redirect, uit.Status);
        Assert.StartsWith($"{Basis}/beheer/inloggen", uit.Locatie, StringComparison.Ordinal);
        var weg = await Lees(browser.GetAsync($"{Basis}/beheer"));
        Assert.Equal(HttpStatusCode.Redirect, weg.Status);
        Assert.Equal($"{Basis}/beheer/inloggen?terug=%2Fbeheer", weg.Locatie);

        // …where the password signs in again and leads back to the start page below the path.
        var inloggen = await Lees(browser.GetAsync(weg.Locatie));
        Assert.Equal(HttpStatusCode.OK, inloggen.Status);
        var binnen = await Post(browser, $"{Basis}/beheer/inloggen", inloggen.Token, ("email", email), ("wachtwoord", PortaalAccounts.Wachtwoord), ("terug", "/beheer"));
        Assert.Equal(HttpStatusCode.Redirect, binnen.Status);
        Assert.Equal($"{Basis}/beheer", binnen.Locatie);
        Assert.Equal($"{Basis}/beheer", KoekjesPad(binnen, "sn_beheer"));
        var weer = await Lees(browser.GetAsync(binnen.Locatie));
        Assert.Equal(HttpStatusCode.OK, weer.Status);
        Assert.Contains($"action=\"{Basis}/beheer/uitloggen\"", weer.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePathMatchesInAnyCaseAndTheLinksUseTheConfiguredOne()
    {
        var antwoord = await RuwHttp.GetAsync(server, "/SociaalNetwerk/agenda");

        Assert.Equal(200, antwoord.Status);
        Assert.All(EigenLinks(antwoord.Body), l => Assert.StartsWith(Basis + "/", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AProxyThatStripsThePathSaysSoWithXForwardedPrefixOnlyForThePathOfPubliekeUrl()
    {
        var gestript = await RuwHttp.GetAsync(server, "/agenda", null, ("X-Forwarded-Prefix", Basis));
        var ander = await RuwHttp.GetAsync(server, "/agenda", null, ("X-Forwarded-Prefix", "/elders"));

        Assert.Equal(200, gestript.Status);
        Assert.All(EigenLinks(gestript.Body), l => Assert.StartsWith(Basis + "/", l, StringComparison.Ordinal));
        Assert.Equal(200, ander.Status);
        Assert.DoesNotContain("/elders", ander.Body, StringComparison.Ordinal);
        Assert.All(EigenLinks(ander.Body), l => Assert.False(l.StartsWith(Basis + "/", StringComparison.Ordinal), l));
    }

    private static async Task<PortaalAntwoord> Lees(Task<HttpResponseMessage> verzoek) => await PortaalAntwoord.LeesAsync(await verzoek);

    private static async Task<PortaalAntwoord> Post(HttpClient browser, string pad, string token, params (string Naam, string Waarde)[] velden)
    {
        var formulier = velden.Select(v => new KeyValuePair<string, string>(v.Naam, v.Waarde)).Append(new("__sn_formulier", token));
        return await Lees(browser.PostAsync(pad, new FormUrlEncodedContent(formulier)));
    }

    /// <summary>The <c>path</c> of the cookie <paramref name="naam"/> the answer sets.</summary>
    private static string KoekjesPad(PortaalAntwoord antwoord, string naam)
    {
        var koekje = Assert.Single(antwoord.Bericht.Headers.GetValues("Set-Cookie"), c => c.StartsWith(naam + "=", StringComparison.Ordinal));
        return CookiePad().Match(koekje) is { Success: true } m ? m.Groups[1].Value : throw new Xunit.Sdk.XunitException("No path in: " + koekje);
    }

    /// <summary>Every address on this server a page refers to (<c>href</c>, <c>src</c>, <c>action</c> starting with one <c>/</c>), HTML-decoded.</summary>
    private static List<string> EigenLinks(string html) =>
        [.. EigenAdres().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    [GeneratedRegex("(?:href|src|action)=\"(/(?!/)[^\"]*)\"")]
    private static partial Regex EigenAdres();

    [GeneratedRegex("(?i)path=([^;]+)")]
    private static partial Regex CookiePad();
}

/// <summary>The same deployment, but the proxy is elsewhere: the test client is an ordinary client.</summary>
public sealed class PadBasisOnbekendeProxyServer : SociaalNetwerkServer
{
    protected override IDictionary<string, string?> Configuratie => new Dictionary<string, string?>
    {
        ["PubliekeUrl"] = PadBasisServer.PubliekeUrl,
        ["ForwardedHeaders:KnownProxies:0"] = "10.0.0.5",
    };
}

/// <summary>Only a known proxy may say that it stripped the path: from anyone else <c>X-Forwarded-Prefix</c> changes nothing.</summary>
public sealed class PadBasisOnbekendeProxyTests(PadBasisOnbekendeProxyServer server) : IClassFixture<PadBasisOnbekendeProxyServer>
{
    [Fact]
    public async Task AnOrdinaryClientGetsThePathOnlyByAskingBelowItNotWithXForwardedPrefix()
    {
        var onder = await RuwHttp.GetAsync(server, PadBasisServer.Basis + "/agenda");
        var kop = await RuwHttp.GetAsync(server, "/agenda", null, ("X-Forwarded-Prefix", PadBasisServer.Basis));

        Assert.Equal(200, onder.Status);
        Assert.Contains($"href=\"{PadBasisServer.Basis}/agenda", onder.Body, StringComparison.Ordinal);
        Assert.Equal(200, kop.Status);
        Assert.DoesNotContain($"=\"{PadBasisServer.Basis}/", kop.Body, StringComparison.Ordinal);
    }
}
