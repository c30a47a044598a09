using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// "Make key" clicked twice (round 9): the form carries a one-time key (EenmaalPerFormulier), so the second post makes no
/// second key and its answer leads to the page that shows the one key made, even when the browser dropped the first answer.
/// </summary>
public sealed class SleutelDubbelklikTests(BeheerServer server) : IClassFixture<BeheerServer>
{
    [Fact]
    public async Task TheNewKeyFormSentTwiceMakesOneKeyAndBothAnswersLeadToThePageThatShowsIt()
    {
        var (redacteur, _) = await PortaalAccounts.IngelogdAsync(server, Rol.Redacteur, 1);
        using var _r = redacteur;
        var omschrijving = "dubbelklik " + Guid.NewGuid().ToString("N")[..8];
        var pagina = await redacteur.GetAsync("/beheer/sleutels");
        var formulier = Regex.Match(pagina.Html, "name=\"formulier\" value=\"([0-9a-f]{32})\"").Groups[1].Value;
        Assert.NotEmpty(formulier);

        // A double click: the same form twice; the browser shows the answer to the second.
        var eerste = await redacteur.PostAsync("/beheer/sleutels", pagina.Token, ("omschrijving", omschrijving), ("organisatie", "1"), ("formulier", formulier));
        // The first answer never reached the page: the browser dropped it with its cookie.
        redacteur.Koekjes.Add(server.Adres, new Cookie("sn_beheer_sleutel", "weg", "/beheer/sleutels/gemaakt"));

        var tweede = await redacteur.PostAsync("/beheer/sleutels", pagina.Token, ("omschrijving", omschrijving), ("organisatie", "1"), ("formulier", formulier));
        Assert.Equal("/beheer/sleutels/gemaakt", eerste.Locatie);
        Assert.Equal("/beheer/sleutels/gemaakt", tweede.Locatie);
        await using (var db = await server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>().CreateDbContextAsync())
        {
            Assert.Equal(1, await db.ApiSleutels.CountAsync(s => s.Omschrijving == omschrijving));
        }

        // The page after the second answer shows the one key, once.
        var getoond = await redacteur.GetAsync(tweede.Locatie!);
        Assert.Matches("<code class=\"sleutel\">sn_[a-z0-9]+_[a-z0-9]+</code>", getoond.Html);
        Assert.DoesNotMatch("<code class=\"sleutel\">sn_", (await redacteur.GetAsync(tweede.Locatie!)).Html);

        // A new form (its page again) makes a new key.
        var opnieuw = await redacteur.GetAsync("/beheer/sleutels");
        Assert.DoesNotContain(formulier, opnieuw.Html, StringComparison.Ordinal);
    }
}
