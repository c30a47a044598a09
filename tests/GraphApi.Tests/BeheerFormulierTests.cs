using System.Text.RegularExpressions;
using SociaalNetwerk.Schema.Accounts;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// The portal's editing forms as a person meets them (round 9): a new API key made once and shown once
/// (Post/Redirect/Get), the forms checked by the server only (novalidate: no browser bubbles in the browser's language),
/// with the portal's messages in the summary and at the field, nothing stored and the input kept, and a page with errors
/// saying so in its title.
/// </summary>
public sealed partial class BeheerFormulierTests(BeheerServer server) : IClassFixture<BeheerServer>
{
    private static string Kenmerk() => Guid.NewGuid().ToString("N")[..8];

    private async Task<T> TelAsync<T>(Func<SociaalNetwerkDbContext, Task<T>> tel)
    {
        var databank = server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>();
        await using var db = await databank.CreateDbContextAsync();
        return await tel(db);
    }

    [GeneratedRegex("<title>([^<]*)</title>")]
    private static partial Regex Titel();

    [GeneratedRegex("<code class=\"sleutel\">(sn_[a-z0-9]+_[a-z0-9]+)</code>")]
    private static partial Regex Sleutel();

    private static string TitelVan(PortaalAntwoord pagina) => WebUtility.HtmlDecode(Titel().Match(pagina.Html).Groups[1].Value);

    /// <summary>The form on the page whose action is <paramref name="actie"/>, from its opening tag.</summary>
    private static string FormulierTag(PortaalAntwoord pagina, string actie) =>
        Regex.Match(pagina.Html, "<form method=\"post\" action=\"" + Regex.Escape(actie) + "\"[^>]*>").Value;

    [Fact]
    public async Task ANewKeyIsMadeByThePostShownOnceOnThePageAfterItAndAReloadMakesNoSecondKeyNorShowsItAgain()
    {
        var (redacteur, _) = await PortaalAccounts.IngelogdAsync(server, Rol.Redacteur, 1);
        using var _r = redacteur;
        var omschrijving = "herlaadproef " + Kenmerk();
        var pagina = await redacteur.GetAsync("/beheer/sleutels");

        // The POST makes the key and redirects; its answer has no key, the address no secret.
        var gemaakt = await redacteur.PostAsync("/beheer/sleutels", pagina.Token, ("omschrijving", omschrijving), ("organisatie", "1"));
        Assert.Equal(HttpStatusCode.Redirect, gemaakt.Status);
        Assert.Equal("/beheer/sleutels/gemaakt", gemaakt.Locatie);
        Assert.DoesNotMatch(Sleutel(), gemaakt.Html);

        // The page after it shows the key, once.
        var getoond = await redacteur.GetAsync(gemaakt.Locatie!);
        Assert.Equal(HttpStatusCode.OK, getoond.Status);
        var sleutel = Sleutel().Match(getoond.Html).Groups[1].Value;
        Assert.NotEmpty(sleutel);
        var geheim = sleutel[(sleutel.LastIndexOf('_') + 1)..];
        Assert.Equal(1, await TelAsync(db => db.ApiSleutels.CountAsync(s => s.Omschrijving == omschrijving)));

        // A reload (or back and forward): no key, no secret, a clear message; still one key.
        var herladen = await redacteur.GetAsync(gemaakt.Locatie!);
        Assert.Equal(HttpStatusCode.OK, herladen.Status);
        Assert.DoesNotContain(geheim, herladen.Html, StringComparison.Ordinal);
        Assert.DoesNotMatch(Sleutel(), herladen.Html);
        Assert.Contains("Deze sleutel is al getoond", herladen.Tekst, StringComparison.Ordinal);
        Assert.Equal(1, await TelAsync(db => db.ApiSleutels.CountAsync(s => s.Omschrijving == omschrijving)));
        var lijst = await redacteur.GetAsync("/beheer/sleutels");
        Assert.Single(Regex.Matches(lijst.Html, Regex.Escape(omschrijving)));
        Assert.DoesNotContain(geheim, lijst.Html, StringComparison.Ordinal);

        // The cookie that carried it is not readable by script, only for that page, and protected.
        var koekjes = gemaakt.Bericht.Headers.GetValues("Set-Cookie").Where(c => c.StartsWith("sn_beheer_sleutel=", StringComparison.Ordinal)).ToList();
        var koekje = Assert.Single(koekjes);
        Assert.Contains("path=/beheer/sleutels/gemaakt", koekje, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", koekje, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(geheim, koekje, StringComparison.Ordinal);

        // In English too.
        var engels = await redacteur.GetAsync("/beheer/sleutels/gemaakt?taal=en");
        Assert.Contains("This key has already been shown", engels.Tekst, StringComparison.Ordinal);

        // Another account never sees it, even with the cookie.
        var (ander, _) = await PortaalAccounts.IngelogdAsync(server, Rol.Redacteur, 1);
        using var _a = ander;
        var tweede = await redacteur.PostAsync("/beheer/sleutels", lijst.Token, ("omschrijving", omschrijving + " twee"), ("organisatie", "1"));
        var waarde = tweede.Bericht.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("sn_beheer_sleutel=", StringComparison.Ordinal)).Split(';')[0]["sn_beheer_sleutel=".Length..];
        ander.Koekjes.Add(server.Adres, new Cookie("sn_beheer_sleutel", waarde, "/beheer/sleutels/gemaakt"));
        var vreemd = await ander.GetAsync("/beheer/sleutels/gemaakt");
        Assert.DoesNotMatch(Sleutel(), vreemd.Html);
        Assert.Contains("Deze sleutel is al getoond", vreemd.Tekst, StringComparison.Ordinal);

        // Its own account still gets that key, once.
        Assert.Matches(Sleutel(), (await redacteur.GetAsync("/beheer/sleutels/gemaakt")).Html);
    }

    [Fact]
    public async Task TheKeysFormIsCheckedByTheServerOnlyWithThePortalsMessagesAndMakesNothing()
    {
        var (redacteur, _) = await PortaalAccounts.IngelogdAsync(server, Rol.Redacteur, 1);
        using var _r = redacteur;
        var pagina = await redacteur.GetAsync("/beheer/sleutels");
        Assert.Contains("novalidate", FormulierTag(pagina, "/beheer/sleutels"), StringComparison.Ordinal);
        var voor = await TelAsync(db => db.ApiSleutels.CountAsync());

        var teLang = new string('x', 201);
        var fout = await redacteur.PostAsync("/beheer/sleutels", pagina.Token, ("omschrijving", teLang), ("organisatie", "1"));
        Assert.Equal(HttpStatusCode.BadRequest, fout.Status);
        Assert.Contains("Er is een probleem", fout.Tekst, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#omschrijving\">Geef aan voor wie de sleutel is (hoogstens 200 tekens).</a>", fout.Html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"omschrijving-fout\"", fout.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"" + teLang + "\"", fout.Html, StringComparison.Ordinal);
        Assert.StartsWith("Fout: ", TitelVan(fout), StringComparison.Ordinal);

        var engels = await redacteur.PostAsync("/beheer/sleutels?taal=en", fout.Token, ("omschrijving", ""), ("organisatie", "1"));
        Assert.Contains("Say who the key is for", engels.Tekst, StringComparison.Ordinal);
        Assert.StartsWith("Error: ", TitelVan(engels), StringComparison.Ordinal);
        Assert.Equal(voor, await TelAsync(db => db.ApiSleutels.CountAsync()));
    }

    [Fact]
    public async Task TheOrganisationFormsAreCheckedByTheServerOnlyWithThePortalsMessagesStoreNothingAndKeepTheInput()
    {
        var (beheerder, _) = await PortaalAccounts.IngelogdAsync(server, Rol.Beheerder);
        using var _b = beheerder;

        // Adding: an empty name and kind.
        var lijst = await beheerder.GetAsync("/beheer/organisaties");
        Assert.Contains("novalidate", FormulierTag(lijst, "/beheer/organisaties"), StringComparison.Ordinal);
        var aantal = await TelAsync(db => db.Organisaties.CountAsync());
        var leeg = await beheerder.PostAsync("/beheer/organisaties", lijst.Token, ("naam", ""), ("soort", ""));
        Assert.Equal(HttpStatusCode.BadRequest, leeg.Status);
        Assert.Contains("Er is een probleem", leeg.Tekst, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#naam\">Vul &#x27;Naam&#x27; in; dit veld is verplicht.</a>", leeg.Html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"naam-fout\"", leeg.Html, StringComparison.Ordinal);
        Assert.StartsWith("Fout: ", TitelVan(leeg), StringComparison.Ordinal);
        Assert.Equal(aantal, await TelAsync(db => db.Organisaties.CountAsync()));

        // Editing: no name, a website and e-mail address the browser would have refused, a name too long.
        var pagina = await beheerder.GetAsync("/beheer/organisatie/2");
        Assert.Contains("novalidate", FormulierTag(pagina, "/beheer/organisatie/2"), StringComparison.Ordinal);
        var voor = await TelAsync(db => db.Organisaties.AsNoTracking().SingleAsync(o => o.Id == 2));
        var fout = await beheerder.PostAsync("/beheer/organisatie/2", pagina.Token,
            ("naam", ""), ("soort", voor.Soort.ToString()), ("website", "geen link"), ("email", "geen adres"), ("omschrijving", "Nieuwe omschrijving"));
        Assert.Equal(HttpStatusCode.BadRequest, fout.Status);
        var tekst = WebUtility.HtmlDecode(fout.Html);
        Assert.Contains("<a href=\"#naam\">Vul 'Naam' in; dit veld is verplicht.</a>", tekst, StringComparison.Ordinal);
        Assert.Contains("'geen link' is geen geldige link.", tekst, StringComparison.Ordinal);
        Assert.Contains("'geen adres' is geen geldig e-mailadres.", tekst, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"website-fout\"", fout.Html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"email-fout\"", fout.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"geen link\"", fout.Html, StringComparison.Ordinal);
        Assert.Contains("Nieuwe omschrijving</textarea>", fout.Html, StringComparison.Ordinal);
        Assert.StartsWith("Fout: ", TitelVan(fout), StringComparison.Ordinal);
        var na = await TelAsync(db => db.Organisaties.AsNoTracking().SingleAsync(o => o.Id == 2));
        Assert.Equal((voor.Naam, voor.Website, voor.Email, voor.Omschrijving), (na.Naam, na.Website, na.Email, na.Omschrijving));

        // In English: the portal's language, not the browser's.
        var engels = await beheerder.PostAsync("/beheer/organisatie/2?taal=en", fout.Token, ("naam", voor.Naam), ("soort", voor.Soort.ToString()), ("email", "geen adres"));
        Assert.Contains("'geen adres' is not a valid e-mail address.", WebUtility.HtmlDecode(engels.Html), StringComparison.Ordinal);
        Assert.StartsWith("Error: ", TitelVan(engels), StringComparison.Ordinal);

        // A page without errors keeps its own title.
        Assert.DoesNotContain("Fout", TitelVan(await beheerder.GetAsync("/beheer/organisatie/2")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheInvitationFormIsCheckedByTheServerOnlyAndInvitesNobody()
    {
        var (beheerder, _) = await PortaalAccounts.IngelogdAsync(server, Rol.Beheerder);
        using var _b = beheerder;
        var pagina = await beheerder.GetAsync("/beheer/accounts");
        Assert.Contains("novalidate", FormulierTag(pagina, "/beheer/accounts"), StringComparison.Ordinal);
        var aantal = await TelAsync(db => db.Users.CountAsync());

        var leeg = await beheerder.PostAsync("/beheer/accounts", pagina.Token, ("email", ""), ("rol", "Beheerder"));
        Assert.Equal(HttpStatusCode.BadRequest, leeg.Status);
        Assert.Contains("<a href=\"#email\">Vul een geldig e-mailadres in, zoals naam@organisatie.nl.</a>", leeg.Html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"email-fout\"", leeg.Html, StringComparison.Ordinal);
        Assert.StartsWith("Fout: ", TitelVan(leeg), StringComparison.Ordinal);

        // Longer than an address can be (the browser's maxlength=254).
        var teLang = new string('a', 250) + "@partner.example";
        var lang = await beheerder.PostAsync("/beheer/accounts", leeg.Token, ("email", teLang), ("rol", "Beheerder"));
        Assert.Equal(HttpStatusCode.BadRequest, lang.Status);
        Assert.Contains("<a href=\"#email\">", lang.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"" + teLang + "\"", lang.Html, StringComparison.Ordinal);
        Assert.Equal(aantal, await TelAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task TheNetworkFormsAreCheckedByTheServerOnlyStoreNothingAndKeepTheInput()
    {
        var (beheerder, _) = await PortaalAccounts.IngelogdAsync(server, Rol.Beheerder);
        using var _b = beheerder;
        var lijst = await beheerder.GetAsync("/beheer/netwerken");
        Assert.Contains("novalidate", FormulierTag(lijst, "/beheer/netwerken"), StringComparison.Ordinal);
        var aantal = await TelAsync(db => db.Netwerken.CountAsync());

        var fout = await beheerder.PostAsync("/beheer/netwerken", lijst.Token, ("naam", ""), ("website", "geen link"), ("omschrijving", "Wie doet wat"));
        Assert.Equal(HttpStatusCode.BadRequest, fout.Status);
        var tekst = WebUtility.HtmlDecode(fout.Html);
        Assert.Contains("<a href=\"#naam\">Vul 'Naam' in; dit veld is verplicht.</a>", tekst, StringComparison.Ordinal);
        Assert.Contains("'geen link' is geen geldige link.", tekst, StringComparison.Ordinal);
        Assert.Contains("value=\"geen link\"", fout.Html, StringComparison.Ordinal);
        Assert.StartsWith("Fout: ", TitelVan(fout), StringComparison.Ordinal);
        Assert.Equal(aantal, await TelAsync(db => db.Netwerken.CountAsync()));

        // A network, then its group and member forms with errors: nothing added, what was chosen kept.
        var naam = "Netwerk " + Kenmerk();
        var toegevoegd = await beheerder.PostAsync("/beheer/netwerken", fout.Token, ("naam", naam));
        Assert.Equal(HttpStatusCode.Redirect, toegevoegd.Status);
        var pad = toegevoegd.Locatie!;
        var netwerk = await beheerder.GetAsync(pad);
        Assert.Contains("novalidate", FormulierTag(netwerk, pad + "/groepen"), StringComparison.Ordinal);
        Assert.Contains("novalidate", FormulierTag(netwerk, pad + "/leden"), StringComparison.Ordinal);
        var groepen = await TelAsync(db => db.NetwerkGroepen.CountAsync());
        var groep = await beheerder.PostAsync(pad + "/groepen", netwerk.Token, ("groep.naam", ""), ("groep.soort", "Werkgroep"));
        Assert.Equal(HttpStatusCode.BadRequest, groep.Status);
        Assert.Contains("<a href=\"#groep-naam\">Vul 'Naam van de groep' in; dit veld is verplicht.</a>", WebUtility.HtmlDecode(groep.Html), StringComparison.Ordinal);
        Assert.Contains("<option value=\"Werkgroep\" selected", groep.Html, StringComparison.Ordinal);
        Assert.StartsWith("Fout: ", TitelVan(groep), StringComparison.Ordinal);
        Assert.Equal(groepen, await TelAsync(db => db.NetwerkGroepen.CountAsync()));

        var lid = await beheerder.PostAsync(pad + "/leden", groep.Token, ("lid.organisatieId", ""), ("lid.rol", "Trekker"));
        Assert.Equal(HttpStatusCode.BadRequest, lid.Status);
        Assert.Contains("<a href=\"#lid-organisatieId\">", lid.Html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Trekker\" selected", lid.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheLocationFormIsCheckedByTheServerOnlyAndStoresNothing()
    {
        var (redacteur, _) = await PortaalAccounts.IngelogdAsync(server, Rol.Redacteur, 1);
        using var _r = redacteur;
        var pagina = await redacteur.GetAsync("/beheer/locaties/nieuw");
        Assert.Contains("novalidate", FormulierTag(pagina, "/beheer/locaties/nieuw"), StringComparison.Ordinal);
        var aantal = await TelAsync(db => db.Locaties.CountAsync());
        var fout = await redacteur.PostAsync("/beheer/locaties/nieuw", pagina.Token, ("naam", ""), ("adres", "Vliegerpad 1"), ("postcode", "geen"), ("plaats", ""), ("wijk", ""));
        Assert.Equal(HttpStatusCode.BadRequest, fout.Status);
        Assert.Contains("Er is een probleem", fout.Tekst, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#naam\">", fout.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"Vliegerpad 1\"", fout.Html, StringComparison.Ordinal);
        Assert.StartsWith("Fout: ", TitelVan(fout), StringComparison.Ordinal);
        Assert.Equal(aantal, await TelAsync(db => db.Locaties.CountAsync()));
    }

    [Fact]
    public async Task TheActivityAndUitvraagFormsWithErrorsSayFoutInTheirTitle()
    {
        var (redacteur, _) = await PortaalAccounts.IngelogdAsync(server, Rol.Redacteur, 1);
        using var _r = redacteur;
        var nieuw = await redacteur.GetAsync("/beheer/activiteiten/nieuw");
        Assert.DoesNotContain("Fout", TitelVan(nieuw), StringComparison.Ordinal);
        var fout = await redacteur.PostAsync("/beheer/activiteiten/nieuw", nieuw.Token, ("titel", ""), ("actie", "opslaan"));
        Assert.Equal(HttpStatusCode.BadRequest, fout.Status);
        Assert.StartsWith("Fout: ", TitelVan(fout), StringComparison.Ordinal);

        var (team, _) = await PortaalAccounts.IngelogdAsync(server, Rol.Trajectteam, traject: 1);
        using var _t = team;
        var traject = await team.GetAsync("/beheer/trajecten/1");
        Assert.Equal(HttpStatusCode.OK, traject.Status);
        var trajectFout = await team.PostAsync("/beheer/trajecten/1", traject.Token, ("naam", ""), ("omschrijving", ""), ("onderwerp", ""), ("fase", ""));
        Assert.Equal(HttpStatusCode.BadRequest, trajectFout.Status);
        Assert.StartsWith("Fout: ", TitelVan(trajectFout), StringComparison.Ordinal);
    }
}
