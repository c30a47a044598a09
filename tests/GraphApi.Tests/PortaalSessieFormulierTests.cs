using System.Text.RegularExpressions;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// A portal form posted after the session ended (round 9): after signing in again the person lands on the page the form
/// was on (never on an address that only takes a POST: a 405), and what was typed is put back in that form for the same
/// account only, once, never sent by itself.
/// </summary>
public sealed partial class PortaalSessieFormulierTests(BeheerServer server) : IClassFixture<BeheerServer>
{
    private const string Wachtwoord = PortaalAccounts.Wachtwoord;

    [GeneratedRegex("name=\"terug\" value=\"([^\"]*)\"")]
    private static partial Regex TerugVeld();

    /// <summary>Ends every session of the account, as "sign out everywhere" on another device does (or the session's end).</summary>
    private async Task EindigSessiesAsync(string email)
    {
        using var ander = new Portaal(server);
        Assert.Equal("/beheer", (await ander.InloggenAsync(email, Wachtwoord)).Locatie);
        var start = await ander.GetAsync("/beheer");
        Assert.Equal(HttpStatusCode.Redirect, (await ander.PostAsync("/beheer/uitloggen", start.Token, ("overal", "1"))).Status);
    }

    /// <summary>The return address in a redirect to the sign-in page.</summary>
    private static string TerugIn(PortaalAntwoord antwoord)
    {
        Assert.Equal(HttpStatusCode.Redirect, antwoord.Status);
        Assert.StartsWith("/beheer/inloggen?", antwoord.Locatie, StringComparison.Ordinal);
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(new Uri("http://x"), antwoord.Locatie).Query);
        return query["terug"].ToString();
    }

    /// <summary>Follows the redirect to the sign-in page and signs in there (its form carries the return address); the answer's redirect.</summary>
    private static async Task<(PortaalAntwoord Inlogpagina, PortaalAntwoord Ingelogd)> LogInViaAsync(Portaal portaal, string inloggen, string email)
    {
        var pagina = await portaal.GetAsync(inloggen);
        Assert.Equal(HttpStatusCode.OK, pagina.Status);
        var terug = WebUtility.HtmlDecode(TerugVeld().Match(pagina.Html).Groups[1].Value);
        return (pagina, await portaal.PostAsync("/beheer/inloggen", pagina.Token, ("email", email), ("wachtwoord", Wachtwoord), ("terug", terug)));
    }

    [Fact]
    public async Task AFormPostedToAPostOnlyAddressAfterTheSessionEndedReturnsToThePageTheFormWasOnNotTo405()
    {
        var (beheerder, beheerderEmail) = await PortaalAccounts.IngelogdAsync(server, Rol.Beheerder);
        using var _b = beheerder;
        var (kijker, _) = await PortaalAccounts.IngelogdAsync(server, Rol.Beheerder);
        using var _k = kijker;
        var token = (await beheerder.GetAsync("/beheer/accounts")).Token;
        using (var scope = server.Services.CreateScope())
        {
            // "Sign out everywhere" needs the code of a beheerder; a new security stamp ends its sessions as well.
            var gebruikers = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Schema.Accounts.Account>>();
            await gebruikers.UpdateSecurityStampAsync((await gebruikers.FindByEmailAsync(beheerderEmail))!);
        }

        (string Post, string Pagina)[] routes =
        [
            ("/beheer/sleutels/abcdef12/intrekken", "/beheer/sleutels"),
            ("/beheer/netwerken/1/groepen", "/beheer/netwerken/1"),
            ("/beheer/netwerken/1/leden", "/beheer/netwerken/1"),
            ("/beheer/netwerken/1/leden/1/verwijderen", "/beheer/netwerken/1"),
            ("/beheer/accounts/1/uitschakelen", "/beheer/accounts"),
            ("/beheer/accounts/1/rollen/1/verwijderen", "/beheer/accounts"),
            ("/beheer/activiteiten/1/datum", "/beheer/activiteiten/1"),
            ("/beheer/activiteiten/1/annuleren", "/beheer/activiteiten/1"),
            ("/beheer/uitvragen/1/status", "/beheer/uitvragen/1"),
            ("/beheer/uitvragen/1/vragen/1/verplaatsen", "/beheer/uitvragen/1/vragen"),
            ("/beheer/uitvragen/1/vragen/1/verwijderen", "/beheer/uitvragen/1/vragen"),
            ("/beheer/organisatie/1", "/beheer/organisatie/1"),
            ("/beheer/sleutels/abcdef12/intrekken?taal=en", "/beheer/sleutels?taal=en"),
        ];
        foreach (var (post, pagina) in routes)
        {
            var antwoord = await beheerder.PostAsync(post, token);
            Assert.Equal(pagina, TerugIn(antwoord));

            // That page takes a GET (whatever it then shows for these made-up numbers): never a 405.
            Assert.NotEqual(HttpStatusCode.MethodNotAllowed, (await kijker.GetAsync(pagina)).Status);
        }
    }

    [Fact]
    public async Task AfterSigningInAgainAfterAPostOnlyFormThePersonLandsOnItsPage()
    {
        var (redacteur, email) = await PortaalAccounts.IngelogdAsync(server, Rol.Redacteur, 1);
        using var _r = redacteur;
        var token = (await redacteur.GetAsync("/beheer/sleutels")).Token;
        await EindigSessiesAsync(email);

        var antwoord = await redacteur.PostAsync("/beheer/sleutels/abcdef12/intrekken", token);
        Assert.Equal("/beheer/sleutels", TerugIn(antwoord));
        var (_, ingelogd) = await LogInViaAsync(redacteur, antwoord.Locatie!, email);
        Assert.Equal("/beheer/sleutels", ingelogd.Locatie);
        Assert.Equal(HttpStatusCode.OK, (await redacteur.GetAsync(ingelogd.Locatie!)).Status);
    }

    [Fact]
    public async Task WhatWasTypedWhenTheSessionEndedIsPutBackInTheFormAfterSigningInOnceAndForThatAccountOnly()
    {
        var (redacteur, email) = await PortaalAccounts.IngelogdAsync(server, Rol.Redacteur, 1);
        using var _r = redacteur;
        var omschrijving = "Bewaarde tekst " + Guid.NewGuid().ToString("N")[..8] + " <&> \"aanhalingstekens\"";
        var pagina = await redacteur.GetAsync("/beheer/organisatie/1");
        Assert.DoesNotContain(WebUtility.HtmlEncode(omschrijving), pagina.Html, StringComparison.Ordinal);
        await EindigSessiesAsync(email);

        var antwoord = await redacteur.PostAsync("/beheer/organisatie/1", pagina.Token,
            ("omschrijving", omschrijving), ("website", "https://bewaard.example"), ("themas", "Jeugd"), ("themas", "Mantelzorg"));
        Assert.Equal("/beheer/organisatie/1", TerugIn(antwoord));

        // The sign-in page says why, and that the input comes back.
        var (inlogpagina, ingelogd) = await LogInViaAsync(redacteur, antwoord.Locatie!, email);
        Assert.Contains("Je sessie was verlopen", inlogpagina.Tekst, StringComparison.Ordinal);
        Assert.Contains("wat je had ingevuld", inlogpagina.Tekst, StringComparison.Ordinal);
        Assert.Equal("/beheer/organisatie/1", ingelogd.Locatie);

        // The form shows it, with a notice; nothing was stored.
        var terug = await redacteur.GetAsync("/beheer/organisatie/1");
        Assert.Equal(HttpStatusCode.OK, terug.Status);
        Assert.Contains("Je invoer is teruggezet; controleer hem en verstuur het formulier opnieuw", terug.Tekst, StringComparison.Ordinal);
        Assert.Equal(omschrijving, WebUtility.HtmlDecode(Regex.Match(terug.Html, "<textarea[^>]*name=\"omschrijving\"[^>]*>([^<]*)</textarea>").Groups[1].Value));
        Assert.Matches("name=\"website\"[^>]*value=\"https://bewaard.example\"", terug.Html);
        Assert.Matches("<input[^>]*value=\"Jeugd\"[^>]*\\schecked", terug.Html);
        Assert.Matches("<input[^>]*value=\"Mantelzorg\"[^>]*\\schecked", terug.Html);
        Assert.DoesNotMatch("<input[^>]*value=\"Inclusie\"[^>]*\\schecked", terug.Html);
        await using (var db = await server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>().CreateDbContextAsync())
        {
            Assert.NotEqual(omschrijving, await db.Organisaties.Where(o => o.Id == 1).Select(o => o.Omschrijving).SingleAsync());
        }

        // Once: a reload shows the stored data.
        var herladen = await redacteur.GetAsync("/beheer/organisatie/1");
        Assert.DoesNotContain("Je invoer is teruggezet", herladen.Tekst, StringComparison.Ordinal);
        Assert.DoesNotContain("bewaard.example", herladen.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherAccountSigningInInThatBrowserGetsNothingAndTheInputIsGone()
    {
        var (a, emailA) = await PortaalAccounts.IngelogdAsync(server, Rol.Redacteur, 1);
        using var _a = a;
        var (b, emailB) = await PortaalAccounts.IngelogdAsync(server, Rol.Redacteur, 1);
        b.Dispose();
        var geheim = "Alleen voor A " + Guid.NewGuid().ToString("N")[..8];
        var pagina = await a.GetAsync("/beheer/organisatie/1");
        await EindigSessiesAsync(emailA);
        var antwoord = await a.PostAsync("/beheer/organisatie/1", pagina.Token, ("omschrijving", geheim));
        Assert.Equal("/beheer/organisatie/1", TerugIn(antwoord));

        // B signs in in the same browser: the form shows B nothing of A's.
        var (_, ingelogdB) = await LogInViaAsync(a, antwoord.Locatie!, emailB);
        Assert.Equal("/beheer/organisatie/1", ingelogdB.Locatie);
        var vanB = await a.GetAsync("/beheer/organisatie/1");
        Assert.DoesNotContain(geheim, vanB.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Je invoer is teruggezet", vanB.Tekst, StringComparison.Ordinal);

        // And it is gone: A, signing in again, does not get it either.
        Assert.Equal("/beheer", (await a.InloggenAsync(emailA, Wachtwoord)).Locatie);
        Assert.DoesNotContain(geheim, (await a.GetAsync("/beheer/organisatie/1")).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOversizedFormParksNothingButStillReturnsToItsPage()
    {
        var (redacteur, email) = await PortaalAccounts.IngelogdAsync(server, Rol.Redacteur, 1);
        using var _r = redacteur;
        var pagina = await redacteur.GetAsync("/beheer/organisatie/1");
        await EindigSessiesAsync(email);

        var groot = "groot" + new string('x', 40 * 1024);
        var antwoord = await redacteur.PostAsync("/beheer/organisatie/1", pagina.Token, ("omschrijving", groot));
        Assert.Equal("/beheer/organisatie/1", TerugIn(antwoord));
        Assert.False(antwoord.Bericht.Headers.TryGetValues("Set-Cookie", out var koekjes) && koekjes.Any(k => k.StartsWith("sn_beheer_invoer=", StringComparison.Ordinal) && !k.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase)));

        var (inlogpagina, ingelogd) = await LogInViaAsync(redacteur, antwoord.Locatie!, email);
        Assert.Contains("Je sessie was verlopen", inlogpagina.Tekst, StringComparison.Ordinal);
        Assert.DoesNotContain("wat je had ingevuld", inlogpagina.Tekst, StringComparison.Ordinal);
        var terug = await redacteur.GetAsync(ingelogd.Locatie!);
        Assert.Equal(HttpStatusCode.OK, terug.Status);
        Assert.DoesNotContain("groot", terug.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Je invoer is teruggezet", terug.Tekst, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheNewActivityFormGetsItsInputBackInEnglishToo()
    {
        var (redacteur, email) = await PortaalAccounts.IngelogdAsync(server, Rol.Redacteur, 1);
        using var _r = redacteur;
        var titel = "Bewaarde koffie " + Guid.NewGuid().ToString("N")[..8];
        var pagina = await redacteur.GetAsync("/beheer/activiteiten/nieuw?taal=en");
        await EindigSessiesAsync(email);

        var antwoord = await redacteur.PostAsync("/beheer/activiteiten/nieuw?taal=en", pagina.Token,
            ("titel", titel), ("omschrijving", "Elke week koffie"), ("datum", "2030-05-01"), ("actie", "opslaan"));
        Assert.Equal("/beheer/activiteiten/nieuw?taal=en", TerugIn(antwoord));
        var (inlogpagina, ingelogd) = await LogInViaAsync(redacteur, antwoord.Locatie!, email);
        Assert.Contains("Your session had expired", inlogpagina.Tekst, StringComparison.Ordinal);
        Assert.Equal("/beheer/activiteiten/nieuw?taal=en", ingelogd.Locatie);

        var terug = await redacteur.GetAsync(ingelogd.Locatie!);
        Assert.Contains("Your input has been put back; check it and send it again", terug.Tekst, StringComparison.Ordinal);
        Assert.Matches("name=\"titel\"[^>]*value=\"" + Regex.Escape(titel) + "\"", terug.Html);
        Assert.Matches("name=\"datum\"[^>]*value=\"2030-05-01\"", terug.Html);
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>().CreateDbContextAsync();
        Assert.False(await db.Activiteiten.AnyAsync(x => x.Titel == titel));
    }

    [Fact]
    public async Task TheNewUitvraagFormOfATrajectteamGetsItsInputBackAfterSigningInWithTheCode()
    {
        var email = PortaalAccounts.NieuwAdres();
        string? uitnodiging;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            (_, uitnodiging) = await scope.ServiceProvider.GetRequiredService<Schema.Accounts.AccountBeheer>().NodigUitAsync(email, Rol.Trajectteam, null, 1);
        }

        using var team = new Portaal(server);
        Assert.Equal(HttpStatusCode.Redirect, (await team.VulInAsync("/beheer/uitnodiging/" + uitnodiging, ("wachtwoord", Wachtwoord), ("herhaling", Wachtwoord))).Status);
        var instellen = await team.GetAsync("/beheer/tweestaps");
        var sleutel = Regex.Match(instellen.Html, "Sleutel: ([a-z2-7 ]+)<").Groups[1].Value.Replace(" ", string.Empty, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await team.PostAsync("/beheer/tweestaps", instellen.Token, ("code", Totp.Code(sleutel)))).Status);

        var titel = "Bewaarde uitvraag " + Guid.NewGuid().ToString("N")[..8];
        var pagina = await team.GetAsync("/beheer/uitvragen/nieuw?traject=1");
        Assert.Equal(HttpStatusCode.OK, pagina.Status);
        using (var scope = server.Services.CreateScope())
        {
            // The session ends (a new security stamp, as "sign out everywhere" gives).
            var gebruikers = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Schema.Accounts.Account>>();
            await gebruikers.UpdateSecurityStampAsync((await gebruikers.FindByEmailAsync(email))!);
        }

        // Posted where the page's form posts (as a browser does).
        var actie = WebUtility.HtmlDecode(Regex.Match(pagina.Html, "<form method=\"post\" action=\"(/beheer/uitvragen/nieuw[^\"]*)\"").Groups[1].Value);
        var antwoord = await team.PostAsync(actie, pagina.Token, ("traject", "1"), ("titel.nl", titel), ("bewaartermijnDagen", "99"));
        Assert.Equal("/beheer/uitvragen/nieuw?traject=1", TerugIn(antwoord));
        var (_, stap) = await LogInViaAsync(team, antwoord.Locatie!, email);
        Assert.StartsWith("/beheer/inloggen/code", stap.Locatie, StringComparison.Ordinal);
        var codePagina = await team.GetAsync(stap.Locatie!);
        var terugNa = WebUtility.HtmlDecode(TerugVeld().Match(codePagina.Html).Groups[1].Value);
        var binnen = await team.PostAsync("/beheer/inloggen/code", codePagina.Token, ("code", Totp.Code(sleutel, 1)), ("terug", terugNa));
        Assert.Equal("/beheer/uitvragen/nieuw?traject=1", binnen.Locatie);

        var terug = await team.GetAsync(binnen.Locatie!);
        Assert.Contains("Je invoer is teruggezet", terug.Tekst, StringComparison.Ordinal);
        Assert.Matches("name=\"titel.nl\"[^>]*value=\"" + Regex.Escape(titel) + "\"", terug.Html);
        Assert.Matches("name=\"bewaartermijnDagen\"[^>]*value=\"99\"", terug.Html);
    }
}
