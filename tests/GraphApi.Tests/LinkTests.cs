using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.Redactie;
using SociaalNetwerk.Schema.Resources;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// Every link a partner enters (website of an organisation or network, online and sign-up link of an activity) is
/// stored percent-encoded, so a quote, angle bracket or space never reaches a page or feed as it was typed; a link
/// with a user name or password is refused. Over GraphQL, on the shared server.
/// </summary>
[Collection(ServerCollectie.Naam)]
public sealed class LinkTests(SociaalNetwerkServer server)
{
    private const string Rauw = "https://www.example.org/over ons/\"><script>?naam=\"a b\"&x=<1>#deel \"2\"";
    private const string Gecodeerd = "https://www.example.org/over%20ons/%22%3E%3Cscript%3E?naam=%22a%20b%22&x=%3C1%3E#deel%20%222%22";

    private readonly HttpClient _client = server.MaakClient();

    [Fact]
    public async Task AnOrganisationsWebsiteIsStoredEncoded()
    {
        var partners = await TestPartners.MaakAsync(server);

        var resultaat = (await _client.GraphQLAsync(
            "mutation($id: ID!, $invoer: OrganisatieInvoer!) { organisatieWijzigen(id: $id, invoer: $invoer) { gelukt fouten { code } organisatie { website } } }",
            new { id = partners.A, invoer = new { website = Rauw } }, sleutel: partners.RedacteurA)).ZonderFouten().Data["organisatieWijzigen"]!;
        var gelezen = (await _client.GraphQLAsync("query($id: ID!) { organisatie(id: $id) { website } }", new { id = partners.A })).ZonderFouten().Data["organisatie"]!;

        Assert.True(resultaat["gelukt"]!.GetValue<bool>(), resultaat.ToJsonString());
        Assert.Equal(Gecodeerd, resultaat["organisatie"]!["website"]!.GetValue<string>());
        Assert.Equal(Gecodeerd, gelezen["website"]!.GetValue<string>());
    }

    [Fact]
    public async Task ANetworksWebsiteIsStoredEncoded()
    {
        var partners = await TestPartners.MaakAsync(server);

        var resultaat = (await _client.GraphQLAsync(
            "mutation($invoer: NetwerkInvoer!) { netwerkToevoegen(invoer: $invoer) { gelukt fouten { code } netwerk { website } } }",
            new { invoer = new { naam = "Linknetwerk " + Guid.NewGuid().ToString("N")[..6], website = "HTTPS://Netwerk.Example:443/a b" } }, sleutel: partners.Beheerder)).ZonderFouten().Data["netwerkToevoegen"]!;

        Assert.True(resultaat["gelukt"]!.GetValue<bool>(), resultaat.ToJsonString());
        Assert.Equal("https://netwerk.example/a%20b", resultaat["netwerk"]!["website"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnActivitysOnlineAndSignUpLinksAreStoredEncoded()
    {
        var partners = await TestPartners.MaakAsync(server);
        var invoer = partners.WekelijkseActiviteit("Linkactiviteit");
        invoer["onlineLink"] = Rauw;
        invoer["aanmelding"] = new { wijze = "VIA_LINK", link = "https://aanmelden.example/form?wie=\"jij\" <ik>" };

        var resultaat = (await _client.GraphQLAsync(
            "mutation($invoer: ActiviteitInvoer!) { activiteitToevoegen(invoer: $invoer) { gelukt fouten { veld code } activiteit { onlineLink aanmelding { link } } } }",
            new { invoer }, sleutel: partners.RedacteurA)).ZonderFouten().Data["activiteitToevoegen"]!;

        Assert.True(resultaat["gelukt"]!.GetValue<bool>(), resultaat.ToJsonString());
        Assert.Equal(Gecodeerd, resultaat["activiteit"]!["onlineLink"]!.GetValue<string>());
        Assert.Equal("https://aanmelden.example/form?wie=%22jij%22%20%3Cik%3E", resultaat["activiteit"]!["aanmelding"]!["link"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("https://gebruiker:geheim@www.example.org/")]
    [InlineData("https://gebruiker@www.example.org")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https:///pad")]
    public async Task ALinkWithCredentialsOrWithoutAWebAddressIsRefused(string link)
    {
        var partners = await TestPartners.MaakAsync(server);

        var resultaat = (await _client.GraphQLAsync(
            "mutation($id: ID!, $invoer: OrganisatieInvoer!) { organisatieWijzigen(id: $id, invoer: $invoer) { gelukt fouten { veld code bericht } organisatie { website } } }",
            new { id = partners.A, invoer = new { website = link } }, sleutel: partners.RedacteurA)).ZonderFouten().Data["organisatieWijzigen"]!;
        var gelezen = (await _client.GraphQLAsync("query($id: ID!) { organisatie(id: $id) { website } }", new { id = partners.A })).ZonderFouten().Data["organisatie"]!;

        Assert.False(resultaat["gelukt"]!.GetValue<bool>(), resultaat.ToJsonString());
        Assert.Equal(("website", "INVALID_URL"), (resultaat["fouten"]![0]!["veld"]!.GetValue<string>(), resultaat["fouten"]![0]!["code"]!.GetValue<string>()));
        Assert.Contains(link, resultaat["fouten"]![0]!["bericht"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(gelezen["website"]);
    }

    [Fact]
    public async Task EveryLinkInTheDemoDataPassesTheCheckUnchanged()
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>().CreateDbContextAsync();
        var links = (await db.Organisaties.Select(o => o.Website).ToListAsync())
            .Concat(await db.Netwerken.Select(n => n.Website).ToListAsync())
            .Concat(await db.Activiteiten.Select(a => a.OnlineLink).ToListAsync())
            .Concat(await db.Activiteiten.Select(a => a.AanmeldLink).ToListAsync())
            .OfType<string>()
            .Distinct()
            .ToList();
        var controle = new Veldcontrole(server.Services.GetRequiredService<IStringLocalizer<Berichten>>());

        var gecontroleerd = links.Select(l => controle.Url("link", l)).ToList();

        Assert.True(links.Count >= 10, $"{links.Count} links");
        Assert.Empty(controle.Fouten);
        Assert.Equal<string?>(links, gecontroleerd);
    }
}
