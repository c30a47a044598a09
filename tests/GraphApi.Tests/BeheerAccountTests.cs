using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;
using SociaalNetwerk.Schema.Accounts;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>The server of the portal tests: its own database and a clock the expiry test can move.</summary>
public sealed class BeheerServer : SociaalNetwerkServer
{
    public VerstelbareKlok Verstelbaar { get; } = new(Nu);

    public override TimeProvider Klok => Verstelbaar;
}

public sealed class VerstelbareKlok(DateTimeOffset nu) : TimeProvider
{
    public DateTimeOffset Nu { get; set; } = nu;

    public override DateTimeOffset GetUtcNow() => Nu;
}

/// <summary>A server whose sign-in form takes 3 posts a minute per address.</summary>
public sealed class KrappeInlogServer : SociaalNetwerkServer
{
    protected override IDictionary<string, string?> Configuratie => new Dictionary<string, string?> { ["Beheer:InlogPogingenPerMinuut"] = "3" };
}

/// <summary>The sign-in form is rate-limited per client address.</summary>
public sealed class BeheerInlogLimietTests(KrappeInlogServer server) : IClassFixture<KrappeInlogServer>
{
    [Fact]
    public async Task TheFourthSignInWithinAMinuteIsRefusedWith429()
    {
        using var portaal = new Portaal(server);
        var pagina = await portaal.GetAsync("/beheer/inloggen");
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await portaal.PostAsync("/beheer/inloggen", pagina.Token, ("email", "niemand@partner.example"), ("wachtwoord", "fout"))).Status);
        }

        var vierde = await portaal.PostAsync("/beheer/inloggen", pagina.Token, ("email", "niemand@partner.example"), ("wachtwoord", "fout"));
        Assert.Equal(HttpStatusCode.TooManyRequests, vierde.Status);
        Assert.Contains("Te veel pogingen", vierde.Html, StringComparison.Ordinal);
        Assert.Equal("60", vierde.Bericht.Headers.GetValues("Retry-After").Single());

        // Pages themselves are not limited.
        Assert.Equal(HttpStatusCode.OK, (await portaal.GetAsync("/beheer/inloggen")).Status);
    }
}

/// <summary>
/// Accounts and the portal's account pages (issue 11), as a person uses them: real HTTP with cookies and forms, links
/// taken from the <c>.eml</c> files the server writes, the CLI run as a process on the server's database.
/// </summary>
public sealed class BeheerAccountTests(BeheerServer server) : IClassFixture<BeheerServer>
{
    private const string Wachtwoord = "een lang genoeg wachtwoord";

    private static string NieuwAdres() => $"p{Guid.NewGuid():N}"[..12] + "@partner.example";

    /// <summary>Invites in-process (the same service the CLI calls) and returns the invitation path.</summary>
    private async Task<string> NodigUitAsync(string email, Rol rol, int? organisatie = null, int? traject = null)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var (_, code) = await scope.ServiceProvider.GetRequiredService<AccountBeheer>().NodigUitAsync(email, rol, organisatie, traject);
        return "/beheer/uitnodiging/" + code;
    }

    /// <summary>An active account with <see cref="Wachtwoord"/>.</summary>
    private async Task<string> AccountAsync(Rol rol = Rol.Redacteur, int? organisatie = 1)
    {
        var email = NieuwAdres();
        var link = await NodigUitAsync(email, rol, organisatie);
        using var portaal = new Portaal(server);
        Assert.Equal(HttpStatusCode.Redirect, (await portaal.VulInAsync(link, ("wachtwoord", Wachtwoord), ("herhaling", Wachtwoord))).Status);
        return email;
    }

    [Fact]
    public async Task AnInvitationFromTheCliLetsThePersonSetAPasswordSignInSeeTheirRolesAndSignOut()
    {
        var email = NieuwAdres();
        var cli = await VoerCliUitAsync("accounts", "invite", "--email", email, "--rol", "redacteur", "--organisatie", "2");
        Assert.True(cli.Code == 0, cli.Uitvoer);
        var link = Portaal.LinkUitMail(server, email);
        Assert.Contains(server.Adres.AbsoluteUri.TrimEnd('/') + link, cli.Uitvoer, StringComparison.Ordinal);
        var mail = Assert.Single(Portaal.Mails(server, email));
        Assert.Contains("redacteur", mail.TextBody, StringComparison.Ordinal);

        using var portaal = new Portaal(server);
        var pagina = await portaal.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, pagina.Status);
        Assert.Contains(email, pagina.Html, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", pagina.Bericht.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("no-referrer", pagina.Bericht.Headers.GetValues("Referrer-Policy").Single());

        // Two different passwords: the error summary, nothing set.
        var verschillend = await portaal.PostAsync(link, pagina.Token, ("wachtwoord", Wachtwoord), ("herhaling", Wachtwoord + "x"));
        Assert.Equal(HttpStatusCode.BadRequest, verschillend.Status);
        Assert.Contains("niet gelijk", verschillend.Html, StringComparison.Ordinal);
        Assert.Contains("foutsamenvatting", verschillend.Html, StringComparison.Ordinal);

        // The message at the repetition, where the mistake is, and the summary's link to it; the first field is not marked.
        Assert.Contains("<a href=\"#herhaling\">", verschillend.Html, StringComparison.Ordinal);
        Assert.Matches("<span class=\"veldfout\" id=\"fout-herhaling\">[^<]*niet gelijk", verschillend.Html);
        Assert.Matches("id=\"herhaling\"[^>]*aria-invalid=\"true\" aria-describedby=\"fout-herhaling\"", verschillend.Html);
        Assert.DoesNotMatch("id=\"wachtwoord\"[^>]*aria-invalid", verschillend.Html);

        var gezet = await portaal.PostAsync(link, verschillend.Token, ("wachtwoord", Wachtwoord), ("herhaling", Wachtwoord));
        Assert.Equal(HttpStatusCode.Redirect, gezet.Status);
        Assert.Equal("/beheer", gezet.Locatie);
        var koekje = Assert.Single(gezet.Bericht.Headers.GetValues("Set-Cookie"), c => c.StartsWith("sn_beheer=", StringComparison.Ordinal));
        Assert.Contains("httponly", koekje, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", koekje, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/beheer", koekje, StringComparison.OrdinalIgnoreCase);

        var start = await portaal.GetAsync("/beheer");
        Assert.Equal(HttpStatusCode.OK, start.Status);
        Assert.Contains(email, start.Html, StringComparison.Ordinal);
        Assert.Contains("Redacteur van inZet", start.Tekst, StringComparison.Ordinal);

        // The link worked once.
        Assert.Equal(HttpStatusCode.BadRequest, (await new Portaal(server).GetAsync(link)).Status);

        // The same form sent again by the same browser (a double click, back and again): on to the portal, not "this
        // link does not work"; from another browser the refusal says what to do when the password was set already.
        var nogmaals = await portaal.PostAsync(link, verschillend.Token, ("wachtwoord", Wachtwoord), ("herhaling", Wachtwoord));
        Assert.Equal(HttpStatusCode.Redirect, nogmaals.Status);
        Assert.Equal("/beheer", nogmaals.Locatie);
        using (var ander = new Portaal(server))
        {
            var geweigerd = await ander.PostAsync(link, (await ander.GetAsync("/beheer/inloggen")).Token, ("wachtwoord", Wachtwoord), ("herhaling", Wachtwoord));
            Assert.Equal(HttpStatusCode.BadRequest, geweigerd.Status);
            Assert.Contains("al een wachtwoord ingesteld? Log dan in", geweigerd.Tekst, StringComparison.Ordinal);
        }

        var uit = await portaal.PostAsync("/beheer/uitloggen", start.Token);
        Assert.Equal(HttpStatusCode.Redirect, uit.Status);
        Assert.StartsWith("/beheer/inloggen", (await portaal.GetAsync("/beheer")).Locatie, StringComparison.Ordinal);

        // And signing in again with the password works, in English too.
        using var opnieuw = new Portaal(server);
        Assert.Equal(HttpStatusCode.Redirect, (await opnieuw.InloggenAsync(email, Wachtwoord)).Status);
        var engels = await opnieuw.GetAsync("/beheer?taal=en");
        Assert.Contains("Editor of inZet", engels.Tekst, StringComparison.Ordinal);
        Assert.Equal("en", engels.Bericht.Content.Headers.ContentLanguage.Single());

        var lijst = await VoerCliUitAsync("accounts", "list");
        Assert.Contains($"{email}  actief  redacteur organisatie 2", lijst.Uitvoer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCliRefusesAWrongAddressOrScopeAndAnUnknownAccountWithAClearMessage()
    {
        var email = NieuwAdres();
        var geenAdres = await VoerCliUitAsync("accounts", "invite", "--email", "geen-adres", "--rol", "redacteur", "--organisatie", "2");
        Assert.Equal(2, geenAdres.Code);
        Assert.Contains("'geen-adres' is geen geldig e-mailadres.", geenAdres.Uitvoer, StringComparison.Ordinal);

        var verkeerd = await VoerCliUitAsync("accounts", "invite", "--email", email, "--rol", "beheerder", "--organisatie", "2");
        Assert.Equal(2, verkeerd.Code);
        Assert.Contains("Een beheerder hoort niet bij een organisatie", verkeerd.Uitvoer, StringComparison.Ordinal);

        var onbekend = await VoerCliUitAsync("accounts", "invite", "--email", email, "--rol", "redacteur", "--organisatie", "9999");
        Assert.Equal(2, onbekend.Code);
        Assert.Contains("Er is geen organisatie met nummer 9999.", onbekend.Uitvoer, StringComparison.Ordinal);
        Assert.Empty(Portaal.Mails(server, email));

        var uit = await VoerCliUitAsync("accounts", "disable", "--email", email);
        Assert.Equal(1, uit.Code);
        Assert.Contains("Er is geen actief account", uit.Uitvoer, StringComparison.Ordinal);
        Assert.DoesNotContain(email, (await VoerCliUitAsync("accounts", "list")).Uitvoer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnInvitationExpiresAfterSevenDaysAndAWrongCodeIsRefused()
    {
        var link = await NodigUitAsync(NieuwAdres(), Rol.Trajectteam, traject: 1);
        using var portaal = new Portaal(server);
        Assert.Equal(HttpStatusCode.OK, (await portaal.GetAsync(link)).Status);
        var token = (await portaal.GetAsync(link)).Token;
        try
        {
            server.Verstelbaar.Nu = SociaalNetwerkServer.Nu.AddDays(7).AddMinutes(1);
            var verlopen = await portaal.GetAsync(link);
            Assert.Equal(HttpStatusCode.BadRequest, verlopen.Status);
            Assert.Contains("verlopen", verlopen.Html, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.BadRequest, (await portaal.PostAsync(link, token, ("wachtwoord", Wachtwoord), ("herhaling", Wachtwoord))).Status);
        }
        finally
        {
            server.Verstelbaar.Nu = SociaalNetwerkServer.Nu;
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await portaal.GetAsync(link + "x")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await portaal.GetAsync("/beheer/uitnodiging/bm9nIGVlbg")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await portaal.GetAsync("/beheer/uitnodiging/%25%25")).Status);
    }

    [Fact]
    public async Task FiveWrongPasswordsLockTheAccountWithTheSameAnswerAsAnUnknownAddress()
    {
        var email = await AccountAsync();
        using var portaal = new Portaal(server);
        var onbekend = await portaal.InloggenAsync(NieuwAdres(), Wachtwoord);
        Assert.Equal(HttpStatusCode.BadRequest, onbekend.Status);
        Assert.Contains("Inloggen is niet gelukt", onbekend.Html, StringComparison.Ordinal);

        for (var i = 0; i < AccountsServiceCollectionExtensions.MaximaalMislukt; i++)
        {
            var fout = await portaal.InloggenAsync(email, "fout wachtwoord " + i);
            Assert.Equal(HttpStatusCode.BadRequest, fout.Status);
            Assert.Equal(onbekend.Tekst, fout.Tekst);
        }

        // Now even the right password is refused, with the same words.
        var geblokkeerd = await portaal.InloggenAsync(email, Wachtwoord);
        Assert.Equal(HttpStatusCode.BadRequest, geblokkeerd.Status);
        Assert.Equal(onbekend.Tekst, geblokkeerd.Tekst);
        Assert.Null(Koekje(geblokkeerd));
        Assert.NotNull(LeesLockout(email));
    }

    [Fact]
    public async Task APasswordResetMailsALinkOnlyForAnExistingAccountAndAnswersTheSameForBoth()
    {
        var email = await AccountAsync();
        var onbekend = NieuwAdres();
        using var portaal = new Portaal(server);

        var voorOnbekend = await portaal.VulInAsync("/beheer/wachtwoord-vergeten", ("email", onbekend));
        var voorBekend = await portaal.VulInAsync("/beheer/wachtwoord-vergeten", ("email", email.ToUpperInvariant()));
        Assert.Equal(HttpStatusCode.OK, voorBekend.Status);
        Assert.Equal(voorOnbekend.Status, voorBekend.Status);
        Assert.Equal(voorOnbekend.Tekst, voorBekend.Tekst);

        // The mail is written in the background, after the answer.
        Assert.Single(await Portaal.WachtOpMailsAsync(server, email));
        Assert.Empty(Portaal.Mails(server, onbekend));
        var link = Portaal.LinkUitMail(server, email);
        Assert.StartsWith("/beheer/wachtwoord-herstellen/", link, StringComparison.Ordinal);
        const string nieuw = "een heel ander wachtwoord";
        var te_kort = await portaal.VulInAsync(link, ("wachtwoord", "kort"), ("herhaling", "kort"));
        Assert.Equal(HttpStatusCode.BadRequest, te_kort.Status);
        Assert.Contains("minstens 12 tekens", te_kort.Html, StringComparison.Ordinal);
        Assert.Matches("id=\"wachtwoord\"[^>]*aria-invalid=\"true\" aria-describedby=\"fout-wachtwoord\"", te_kort.Html);
        Assert.Equal(HttpStatusCode.OK, (await portaal.PostAsync(link, te_kort.Token, ("wachtwoord", nieuw), ("herhaling", nieuw))).Status);

        // Used once: refused the second time.
        var nogmaals = await portaal.VulInAsync(link, ("wachtwoord", nieuw + "!"), ("herhaling", nieuw + "!"));
        Assert.Equal(HttpStatusCode.BadRequest, nogmaals.Status);
        Assert.Contains("verlopen, al gebruikt", nogmaals.Html, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.BadRequest, (await new Portaal(server).InloggenAsync(email, Wachtwoord)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await new Portaal(server).InloggenAsync(email, nieuw)).Status);
    }

    [Fact]
    public async Task AFormWithoutItsAntiforgeryTokenIsRefusedWithAClearPage()
    {
        var email = await AccountAsync();
        using var portaal = new Portaal(server);
        await portaal.GetAsync("/beheer/inloggen");

        var zonder = await portaal.PostAsync("/beheer/inloggen", null, ("email", email), ("wachtwoord", Wachtwoord));
        Assert.Equal(HttpStatusCode.BadRequest, zonder.Status);
        Assert.Contains("Foutcode: ANTIFORGERY_INVALID", zonder.Html, StringComparison.Ordinal);
        Assert.Contains("Formulier geweigerd", zonder.Html, StringComparison.Ordinal);
        Assert.Null(Koekje(zonder));

        var vervalst = await portaal.PostAsync("/beheer/inloggen", "CfDJ8vervalst", ("email", email), ("wachtwoord", Wachtwoord));
        Assert.Equal(HttpStatusCode.BadRequest, vervalst.Status);
        Assert.Contains("Foutcode: ANTIFORGERY_INVALID", vervalst.Html, StringComparison.Ordinal);

        // Signed in, sign-out without the token leaves the session as it is.
        Assert.Equal(HttpStatusCode.Redirect, (await portaal.InloggenAsync(email, Wachtwoord)).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await portaal.PostAsync("/beheer/uitloggen", null)).Status);
        Assert.Equal(HttpStatusCode.OK, (await portaal.GetAsync("/beheer")).Status);
    }

    [Fact]
    public async Task AnonymousVisitorsGoToTheSignInPageAndBackButOnlyToALocalPortalAddress()
    {
        var email = await AccountAsync();
        using var portaal = new Portaal(server);
        var weg = await portaal.GetAsync("/beheer?taal=en");
        Assert.Equal(HttpStatusCode.Redirect, weg.Status);
        Assert.Equal("/beheer/inloggen?taal=en&terug=%2Fbeheer%3Ftaal%3Den", weg.Locatie);

        var inlog = await portaal.GetAsync(weg.Locatie!);
        Assert.Contains("Sign in", inlog.Html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", inlog.Html, StringComparison.Ordinal);

        // The portal speaks Dutch and English; another language is Dutch throughout, frame included.
        var arabisch = await portaal.GetAsync("/beheer/inloggen?taal=ar");
        Assert.Contains("<html lang=\"nl\">", arabisch.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("rtl", arabisch.Html, StringComparison.Ordinal);
        var terug = await portaal.PostAsync("/beheer/inloggen", inlog.Token, ("email", email), ("wachtwoord", Wachtwoord), ("terug", "/beheer?taal=en"));
        Assert.Equal("/beheer?taal=en", terug.Locatie);

        foreach (var vreemd in new[] { "https://evil.example/", "//evil.example/beheer", "/\\evil.example", "/agenda", "/beheerder" })
        {
            using var ander = new Portaal(server);
            var pagina = await ander.GetAsync("/beheer/inloggen?terug=" + Uri.EscapeDataString(vreemd));
            Assert.DoesNotContain("evil", pagina.Html, StringComparison.Ordinal);
            var na = await ander.PostAsync("/beheer/inloggen", pagina.Token, ("email", email), ("wachtwoord", Wachtwoord), ("terug", vreemd));
            Assert.Equal("/beheer", na.Locatie);
        }
    }

    [Fact]
    public async Task TheGraphQLEndpointDoesNotAcceptThePortalCookie()
    {
        var email = await AccountAsync(Rol.Beheerder, organisatie: null);
        using var portaal = new Portaal(server);
        var inlog = await portaal.InloggenAsync(email, Wachtwoord);
        var koekje = Koekje(inlog)!;
        Assert.Equal(HttpStatusCode.OK, (await portaal.GetAsync("/beheer/tweestaps")).Status);

        // The browser would not even send it (path /beheer); a client that does gets no rights from it.
        using var verzoek = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"mutation { netwerkToevoegen(invoer: { naam: \"Via cookie\" }) { gelukt } }"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        verzoek.Headers.Add("Cookie", koekje);
        var antwoord = await server.MaakClient().StuurAsync(verzoek);
        Assert.Equal("UNAUTHENTICATED", antwoord.EersteCode);

        // Nor does a GraphQL request from a signed-in browser session carry any rights.
        var viaSessie = await portaal.Client.GraphQLAsync("mutation { netwerkToevoegen(invoer: { naam: \"Via sessie\" }) { gelukt } }");
        Assert.Equal("UNAUTHENTICATED", viaSessie.EersteCode);
    }

    [Fact]
    public async Task ADisabledAccountLosesItsSessionAndCannotSignIn()
    {
        var email = await AccountAsync();
        using var portaal = new Portaal(server);
        Assert.Equal(HttpStatusCode.Redirect, (await portaal.InloggenAsync(email, Wachtwoord)).Status);
        Assert.Equal(HttpStatusCode.OK, (await portaal.GetAsync("/beheer")).Status);

        await using (var scope = server.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<AccountBeheer>().SchakelUitAsync(email));
        }

        Assert.Equal(HttpStatusCode.Redirect, (await portaal.GetAsync("/beheer")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await new Portaal(server).InloggenAsync(email, Wachtwoord)).Status);
    }

    [Fact]
    public async Task ABeheerderMustSetUpAnAuthenticatorAndThenSignsInWithItsCodeOrARecoveryCode()
    {
        var email = await AccountAsync(Rol.Beheerder, organisatie: null);
        using var portaal = new Portaal(server);
        Assert.Equal(HttpStatusCode.Redirect, (await portaal.InloggenAsync(email, Wachtwoord)).Status);
        Assert.Equal("/beheer/tweestaps", (await portaal.GetAsync("/beheer")).Locatie);

        var instellen = await portaal.GetAsync("/beheer/tweestaps");
        Assert.Equal(HttpStatusCode.OK, instellen.Status);
        Assert.Contains("<svg class=\"qr\"", instellen.Html, StringComparison.Ordinal);
        var sleutel = System.Text.RegularExpressions.Regex.Match(instellen.Html, "Sleutel: ([a-z2-7 ]+)<").Groups[1].Value.Replace(" ", string.Empty, StringComparison.Ordinal);
        Assert.True(sleutel.Length >= 16, instellen.Html);

        var fout = await portaal.PostAsync("/beheer/tweestaps", instellen.Token, ("code", Totp.Code(sleutel) == "000000" ? "111111" : "000000"));
        Assert.Equal(HttpStatusCode.BadRequest, fout.Status);
        Assert.True(fout.Html.Contains("Foutcode: CODE_INVALID", StringComparison.Ordinal), fout.Tekst);

        var aan = await portaal.PostAsync("/beheer/tweestaps", fout.Token, ("code", Totp.Code(sleutel)));
        Assert.Equal(HttpStatusCode.OK, aan.Status);
        var herstelcodes = System.Text.RegularExpressions.Regex.Matches(aan.Html, "<code>([^<]+)</code>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(10, herstelcodes.Count);
        Assert.Equal(HttpStatusCode.OK, (await portaal.GetAsync("/beheer")).Status);

        // The password alone is no longer enough.
        using var tweede = new Portaal(server);
        var stap = await tweede.InloggenAsync(email, Wachtwoord);
        Assert.Equal("/beheer/inloggen/code", stap.Locatie);
        Assert.Null(Koekje(stap));
        Assert.StartsWith("/beheer/inloggen", (await tweede.GetAsync("/beheer")).Locatie, StringComparison.Ordinal);
        var codePagina = await tweede.GetAsync("/beheer/inloggen/code");
        var verkeerd = await tweede.PostAsync("/beheer/inloggen/code", codePagina.Token, ("code", "12345"));
        Assert.Equal(HttpStatusCode.BadRequest, verkeerd.Status);
        var binnen = await tweede.PostAsync("/beheer/inloggen/code", verkeerd.Token, ("code", Totp.Code(sleutel, 1)));
        Assert.Equal("/beheer", binnen.Locatie);
        Assert.Equal(HttpStatusCode.OK, (await tweede.GetAsync("/beheer")).Status);

        using var derde = new Portaal(server);
        await derde.InloggenAsync(email, Wachtwoord);
        var herstel = await derde.VulInAsync("/beheer/inloggen/code", ("code", herstelcodes[0]));
        Assert.Equal("/beheer", herstel.Locatie);

        // A recovery code works once.
        using var vierde = new Portaal(server);
        await vierde.InloggenAsync(email, Wachtwoord);
        Assert.Equal(HttpStatusCode.BadRequest, (await vierde.VulInAsync("/beheer/inloggen/code", ("code", herstelcodes[0]))).Status);
    }

    [Fact]
    public async Task SigningOutEverywhereEndsTheOtherSessionsToo()
    {
        var email = await AccountAsync();
        using var laptop = new Portaal(server);
        using var telefoon = new Portaal(server);
        await laptop.InloggenAsync(email, Wachtwoord);
        await telefoon.InloggenAsync(email, Wachtwoord);
        var start = await laptop.GetAsync("/beheer");
        Assert.Equal(HttpStatusCode.OK, (await telefoon.GetAsync("/beheer")).Status);

        Assert.Equal(HttpStatusCode.Redirect, (await laptop.PostAsync("/beheer/uitloggen", start.Token, ("overal", "1"))).Status);

        Assert.StartsWith("/beheer/inloggen", (await telefoon.GetAsync("/beheer")).Locatie, StringComparison.Ordinal);
        Assert.Equal("/beheer", (await telefoon.InloggenAsync(email, Wachtwoord)).Locatie);
    }

    [Fact]
    public async Task ARedacteurMaySignInWithoutTwoFactor()
    {
        var email = await AccountAsync();
        using var portaal = new Portaal(server);
        Assert.Equal("/beheer", (await portaal.InloggenAsync(email, Wachtwoord)).Locatie);
        var start = await portaal.GetAsync("/beheer");
        Assert.Equal(HttpStatusCode.OK, start.Status);
        Assert.Contains("Tweestapsverificatie instellen", start.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATrajectteamReadsPersonalDataSoItMustSetUpTwoFactorBeforeItSeesTheResults()
    {
        var u = await TestUitvraag.MaakAsync(server);
        var email = NieuwAdres();
        var link = await NodigUitAsync(email, Rol.Trajectteam, traject: u.TrajectId);
        using (var uitnodiging = new Portaal(server))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await uitnodiging.VulInAsync(link, ("wachtwoord", Wachtwoord), ("herhaling", Wachtwoord))).Status);
        }

        // First sign-in: the password is enough to get in, and then two-factor comes before anything else.
        using var portaal = new Portaal(server);
        var resultaten = $"/beheer/uitvragen/{u.Id}/resultaten";
        var inlog = await portaal.GetAsync("/beheer/inloggen?terug=" + Uri.EscapeDataString(resultaten));
        var binnen = await portaal.PostAsync("/beheer/inloggen", inlog.Token, ("email", email), ("wachtwoord", Wachtwoord), ("terug", resultaten));
        Assert.Equal(resultaten, binnen.Locatie);
        foreach (var pad in new[] { resultaten, $"/beheer/uitvragen/{u.Id}/reacties.csv", "/beheer/uitvragen", "/beheer" })
        {
            var weg = await portaal.GetAsync(pad);
            Assert.True(weg.Status == HttpStatusCode.Redirect && weg.Locatie == "/beheer/tweestaps", $"{pad}: {weg.Status} {weg.Locatie}");
        }

        var instellen = await portaal.GetAsync("/beheer/tweestaps");
        Assert.Equal(HttpStatusCode.OK, instellen.Status);
        Assert.Contains("persoonsgegevens", instellen.Html, StringComparison.Ordinal);
        await PortaalAccounts.TweestapsAanAsync(portaal);
        Assert.Equal(HttpStatusCode.OK, (await portaal.GetAsync(resultaten)).Status);

        // From now on the password alone is not enough.
        using var tweede = new Portaal(server);
        Assert.Equal("/beheer/inloggen/code", (await tweede.InloggenAsync(email, Wachtwoord)).Locatie);
        Assert.StartsWith("/beheer/inloggen", (await tweede.GetAsync(resultaten)).Locatie, StringComparison.Ordinal);
    }

    /// <summary>
    /// The sign-in and account forms have no browser validation (bubbles in the browser's language, unlike the rest of
    /// the page): the server names every empty or invalid field in the portal's language, in the error summary with a
    /// link to the field and at the field itself (aria-invalid, aria-describedby), as the activity form does.
    /// </summary>
    [Fact]
    public async Task TheSignInAndAccountFormsLeaveValidationToTheServerWhichNamesEveryEmptyOrInvalidField()
    {
        using var portaal = new Portaal(server);

        var leeg = await portaal.VulInAsync("/beheer/inloggen", ("email", ""), ("wachtwoord", ""));
        Assert.Equal(HttpStatusCode.BadRequest, leeg.Status);
        VeldFout(leeg, "email", "Vul je e-mailadres in.");
        VeldFout(leeg, "wachtwoord", "Vul je wachtwoord in.");
        Assert.DoesNotContain("Inloggen is niet gelukt", leeg.Html, StringComparison.Ordinal);
        var ongeldig = await portaal.VulInAsync("/beheer/inloggen", ("email", "geen adres"), ("wachtwoord", "iets"));
        VeldFout(ongeldig, "email", "Vul een geldig e-mailadres in");
        Assert.Matches("id=\"email\"[^>]*value=\"geen adres\"", ongeldig.Html);
        var engels = await portaal.VulInAsync("/beheer/inloggen?taal=en", ("email", ""), ("wachtwoord", ""));
        VeldFout(engels, "email", "Enter your email address.");
        VeldFout(engels, "wachtwoord", "Enter your password.");

        var vergeten = await portaal.VulInAsync("/beheer/wachtwoord-vergeten", ("email", ""));
        Assert.Equal(HttpStatusCode.BadRequest, vergeten.Status);
        VeldFout(vergeten, "email", "Vul je e-mailadres in.");
        var vergetenOngeldig = await portaal.VulInAsync("/beheer/wachtwoord-vergeten", ("email", "iemand@"));
        VeldFout(vergetenOngeldig, "email", "Vul een geldig e-mailadres in");

        // A new password: empty, and the repetition empty.
        var uitnodiging = await NodigUitAsync(NieuwAdres(), Rol.Redacteur, 1);
        var zonder = await portaal.VulInAsync(uitnodiging, ("wachtwoord", ""), ("herhaling", ""));
        Assert.Equal(HttpStatusCode.BadRequest, zonder.Status);
        Assert.Contains("<a href=\"#wachtwoord\">", zonder.Html, StringComparison.Ordinal);
        Assert.Matches("<span class=\"veldfout\" id=\"fout-wachtwoord\">[^<]*minstens 12 tekens", zonder.Html);
        var zonderHerhaling = await portaal.PostAsync(uitnodiging, zonder.Token, ("wachtwoord", Wachtwoord), ("herhaling", ""));
        Assert.Matches("<span class=\"veldfout\" id=\"fout-herhaling\">[^<]*nog een keer", zonderHerhaling.Html);
        Assert.Contains("<a href=\"#herhaling\">", zonderHerhaling.Html, StringComparison.Ordinal);

        // Two-factor: setting it up, and signing in with a code.
        var email = await AccountAsync(Rol.Beheerder, organisatie: null);
        using var beheerder = new Portaal(server);
        await beheerder.InloggenAsync(email, Wachtwoord);
        var instellen = await beheerder.GetAsync("/beheer/tweestaps");
        Assert.Contains("novalidate", instellen.Html, StringComparison.Ordinal);
        var codeLeeg = await beheerder.PostAsync("/beheer/tweestaps", instellen.Token, ("code", ""));
        Assert.Equal(HttpStatusCode.BadRequest, codeLeeg.Status);
        VeldFout(codeLeeg, "code", "Vul de code van zes cijfers uit de app in.");
        await PortaalAccounts.TweestapsAanAsync(beheerder);
        using var metCode = new Portaal(server);
        Assert.Equal("/beheer/inloggen/code", (await metCode.InloggenAsync(email, Wachtwoord)).Locatie);
        var stap = await metCode.VulInAsync("/beheer/inloggen/code", ("code", " "));
        Assert.Equal(HttpStatusCode.BadRequest, stap.Status);
        VeldFout(stap, "code", "Vul de code uit de app of een herstelcode in.");
        Assert.Null(LeesLockout(email));

        // Every one of these forms, as the browser gets it.
        foreach (var pagina in new[] { leeg, vergeten, zonder, stap, await new Portaal(server).GetAsync(HerstelLink()) })
        {
            Assert.Matches("<form method=\"post\" action=\"[^\"]*\" class=\"formulier\" novalidate>", pagina.Html);
        }

        string HerstelLink() => "/beheer/wachtwoord-herstellen/ongeldig";
    }

    /// <summary>The message in the error summary (a link to the field) and at the field, which points to it.</summary>
    private static void VeldFout(PortaalAntwoord pagina, string veld, string tekst)
    {
        Assert.Contains("foutsamenvatting", pagina.Html, StringComparison.Ordinal);
        Assert.Matches($"<a href=\"#{veld}\">{Regex.Escape(tekst)}", pagina.Html);
        Assert.Matches($"<span class=\"veldfout\" id=\"{veld}-fout\">{Regex.Escape(tekst)}", pagina.Html);
        Assert.Matches($"<input id=\"{veld}\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"{veld}-fout\"|<input id=\"{veld}\"[^>]*aria-describedby=\"{veld}-fout\"[^>]*aria-invalid=\"true\"", pagina.Html);
    }

    private static string? Koekje(PortaalAntwoord antwoord) =>
        antwoord.Bericht.Headers.TryGetValues("Set-Cookie", out var koekjes)
            ? koekjes.Where(c => c.StartsWith("sn_beheer=", StringComparison.Ordinal)).Select(c => c.Split(';')[0]).FirstOrDefault()
            : null;

    private string? LeesLockout(string email)
    {
        using var verbinding = server.Databank.Open();
        using var opdracht = verbinding.CreateCommand();
        opdracht.CommandText = "SELECT \"LockoutEnd\" FROM \"Accounts\" WHERE \"NormalizedEmail\" = @e";
        var parameter = opdracht.CreateParameter();
        parameter.ParameterName = "e";
        parameter.Value = email.ToUpperInvariant();
        opdracht.Parameters.Add(parameter);
        return opdracht.ExecuteScalar() is { } waarde and not DBNull ? Convert.ToString(waarde, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>The CLI on the server's database, with the server's public address for the links it prints.</summary>
    private Task<(int Code, string Uitvoer)> VoerCliUitAsync(params string[] argumenten) =>
        GebouwdeApp.VoerUitAsync([.. server.Databank.Instellingen, new("PubliekeUrl", server.Adres.AbsoluteUri)], argumenten);
}
