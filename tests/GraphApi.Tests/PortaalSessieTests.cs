using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;
using SociaalNetwerk.Schema.Accounts;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// The portal's sessions live on the server (PortaalSessies): signing out ends the session for every copy of the cookie,
/// "sign out everywhere" and disabling end all sessions of the account, and a session ends 12 hours after sign-in
/// however often it is used.
/// </summary>
public sealed class PortaalSessieTests(BeheerServer server) : IClassFixture<BeheerServer>
{
    private const string Wachtwoord = "een lang genoeg wachtwoord";

    /// <summary>An active account with <see cref="Wachtwoord"/>, signed in nowhere (the invitation's session signed out).</summary>
    private async Task<(string Email, int Id)> AccountAsync()
    {
        var email = $"s{Guid.NewGuid():N}"[..12] + "@partner.example";
        string link;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var (_, code) = await scope.ServiceProvider.GetRequiredService<AccountBeheer>().NodigUitAsync(email, Rol.Redacteur, 1, null);
            link = "/beheer/uitnodiging/" + code;
        }

        using var portaal = new Portaal(server);
        Assert.Equal(HttpStatusCode.Redirect, (await portaal.VulInAsync(link, ("wachtwoord", Wachtwoord), ("herhaling", Wachtwoord))).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await portaal.PostAsync("/beheer/uitloggen", (await portaal.GetAsync("/beheer")).Token)).Status);
        await using var scope2 = server.Services.CreateAsyncScope();
        return (email, (await scope2.ServiceProvider.GetRequiredService<AccountBeheer>().ZoekAsync(email))!.Id);
    }

    private async Task<int> SessiesAsync(int accountId)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>().CreateDbContextAsync();
        return await db.PortaalSessies.CountAsync(s => s.AccountId == accountId);
    }

    /// <summary>The cookies of <paramref name="portaal"/> as a header: a copy someone kept (or stole) of them.</summary>
    private string Kopie(Portaal portaal) => portaal.Koekjes.GetCookieHeader(new Uri(server.Adres, "/beheer"));

    /// <summary>Opens /beheer with only the copied cookies: 200 when the session still works, else the redirect to sign in.</summary>
    private async Task<PortaalAntwoord> OpenMetKopieAsync(string koekjes)
    {
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = server.Adres };
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, "/beheer");
        verzoek.Headers.Add("Cookie", koekjes);
        using var antwoord = await client.SendAsync(verzoek);
        return await PortaalAntwoord.LeesAsync(antwoord);
    }

    [Fact]
    public async Task ACopyOfTheCookieNoLongerOpensThePortalAfterSigningOutAndTheRowIsGone()
    {
        var (email, id) = await AccountAsync();
        using var portaal = new Portaal(server);
        Assert.Equal("/beheer", (await portaal.InloggenAsync(email, Wachtwoord)).Locatie);
        var start = await portaal.GetAsync("/beheer");
        Assert.Equal(HttpStatusCode.OK, start.Status);
        var kopie = Kopie(portaal);
        Assert.Equal(HttpStatusCode.OK, (await OpenMetKopieAsync(kopie)).Status);
        var rijenIngelogd = await SessiesAsync(id);

        Assert.Equal(HttpStatusCode.Redirect, (await portaal.PostAsync("/beheer/uitloggen", start.Token)).Status);

        var geweigerd = await OpenMetKopieAsync(kopie);
        Assert.Equal(HttpStatusCode.Redirect, geweigerd.Status);
        Assert.StartsWith("/beheer/inloggen", geweigerd.Locatie, StringComparison.Ordinal);

        // One row while signed in, none after.
        Assert.Equal(1, rijenIngelogd);
        Assert.Equal(0, await SessiesAsync(id));
    }

    [Fact]
    public async Task SigningOutEndsOnlyThatSessionAndSigningOutEverywhereEndsThemAll()
    {
        var (email, id) = await AccountAsync();
        using var laptop = new Portaal(server);
        using var telefoon = new Portaal(server);
        await laptop.InloggenAsync(email, Wachtwoord);
        await telefoon.InloggenAsync(email, Wachtwoord);
        Assert.Equal(2, await SessiesAsync(id));

        // A normal sign-out on the laptop: the phone goes on.
        var start = await laptop.GetAsync("/beheer");
        Assert.Equal(HttpStatusCode.Redirect, (await laptop.PostAsync("/beheer/uitloggen", start.Token)).Status);
        Assert.Equal(HttpStatusCode.OK, (await telefoon.GetAsync("/beheer")).Status);
        Assert.Equal(1, await SessiesAsync(id));

        // Everywhere, from the laptop signed in again: the phone's session and a copy of the laptop's both end.
        await laptop.InloggenAsync(email, Wachtwoord);
        start = await laptop.GetAsync("/beheer");
        var kopie = Kopie(laptop);
        Assert.Equal(HttpStatusCode.Redirect, (await laptop.PostAsync("/beheer/uitloggen", start.Token, ("overal", "1"))).Status);
        Assert.Equal(0, await SessiesAsync(id));
        Assert.StartsWith("/beheer/inloggen", (await telefoon.GetAsync("/beheer")).Locatie, StringComparison.Ordinal);
        Assert.StartsWith("/beheer/inloggen", (await OpenMetKopieAsync(kopie)).Locatie, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASessionEndsTwelveHoursAfterSignInEvenWhenUsedAllTheTime()
    {
        var (email, id) = await AccountAsync();
        using var portaal = new Portaal(server);
        try
        {
            Assert.Equal("/beheer", (await portaal.InloggenAsync(email, Wachtwoord)).Locatie);

            // Used every five hours, the sliding expiry (8 hours) would keep it open for ever.
            server.Verstelbaar.Nu = SociaalNetwerkServer.Nu.AddHours(5);
            Assert.Equal(HttpStatusCode.OK, (await portaal.GetAsync("/beheer")).Status);
            server.Verstelbaar.Nu = SociaalNetwerkServer.Nu.AddHours(10);
            Assert.Equal(HttpStatusCode.OK, (await portaal.GetAsync("/beheer")).Status);
            server.Verstelbaar.Nu = SociaalNetwerkServer.Nu.AddHours(12).AddMinutes(1);
            Assert.StartsWith("/beheer/inloggen", (await portaal.GetAsync("/beheer")).Locatie, StringComparison.Ordinal);

            // Signing in again starts a new session of 12 hours.
            Assert.Equal("/beheer", (await portaal.InloggenAsync(email, Wachtwoord)).Locatie);
            Assert.Equal(HttpStatusCode.OK, (await portaal.GetAsync("/beheer")).Status);
        }
        finally
        {
            server.Verstelbaar.Nu = SociaalNetwerkServer.Nu;
        }

        // The expired row was deleted when the new session was stored.
        Assert.Equal(1, await SessiesAsync(id));
    }

    [Fact]
    public async Task DisablingAnAccountRemovesItsSessions()
    {
        var (email, id) = await AccountAsync();
        using var portaal = new Portaal(server);
        await portaal.InloggenAsync(email, Wachtwoord);
        Assert.Equal(1, await SessiesAsync(id));
        await using (var scope = server.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<AccountBeheer>().SchakelUitAsync(email));
        }

        Assert.Equal(0, await SessiesAsync(id));
        Assert.StartsWith("/beheer/inloggen", (await portaal.GetAsync("/beheer")).Locatie, StringComparison.Ordinal);
    }
}

/// <summary>A server whose portal sessions last 2 hours at most and end after 1 hour without use, on a clock a test sets.</summary>
public sealed class KorteSessieServer : SociaalNetwerkServer
{
    public VerstelbareKlok Verstelbaar { get; } = new(Nu);

    public override TimeProvider Klok => Verstelbaar;

    protected override IDictionary<string, string?> Configuratie => new Dictionary<string, string?>
    {
        ["Beheer:SessieMaximaleDuur"] = "02:00:00",
        ["Beheer:SessieInactiefNa"] = "01:00:00",
    };
}

/// <summary>The session's limits are settings (<c>Beheer:SessieMaximaleDuur</c>, <c>Beheer:SessieInactiefNa</c>), not constants.</summary>
public sealed class PortaalSessieInstellingTests(KorteSessieServer server) : IClassFixture<KorteSessieServer>
{
    [Fact]
    public async Task TheConfiguredLimitsEndASessionUsedAllTheTimeAndAnIdleOne()
    {
        var ingelogd = await PortaalAccounts.IngelogdAsync(server, Rol.Redacteur, 1);
        using var portaal = ingelogd.Portaal;
        var email = ingelogd.Email;
        try
        {
            // Used every 50 minutes it stays open (the sliding expiry of an hour), until 2 hours after sign-in.
            server.Verstelbaar.Nu = SociaalNetwerkServer.Nu.AddMinutes(50);
            Assert.Equal(HttpStatusCode.OK, (await portaal.GetAsync("/beheer")).Status);
            server.Verstelbaar.Nu = SociaalNetwerkServer.Nu.AddMinutes(100);
            Assert.Equal(HttpStatusCode.OK, (await portaal.GetAsync("/beheer")).Status);
            server.Verstelbaar.Nu = SociaalNetwerkServer.Nu.AddMinutes(121);
            Assert.StartsWith("/beheer/inloggen", (await portaal.GetAsync("/beheer")).Locatie, StringComparison.Ordinal);

            // Signed in again and left alone for an hour: ended.
            Assert.Equal("/beheer", (await portaal.InloggenAsync(email, PortaalAccounts.Wachtwoord)).Locatie);
            Assert.Equal(HttpStatusCode.OK, (await portaal.GetAsync("/beheer")).Status);
            server.Verstelbaar.Nu = SociaalNetwerkServer.Nu.AddMinutes(182);
            Assert.StartsWith("/beheer/inloggen", (await portaal.GetAsync("/beheer")).Locatie, StringComparison.Ordinal);
        }
        finally
        {
            server.Verstelbaar.Nu = SociaalNetwerkServer.Nu;
        }
    }
}
