using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;
using SociaalNetwerk.Schema.Accounts;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Toegang;
using SociaalNetwerk.Schema.Wijken;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// <c>/beheer/locaties</c> (issue 11) as a person uses it, without JavaScript: sign in, search the list, add and change a
/// location through the forms (and see it in GraphQL), field errors at the field and in the summary, antiforgery, and
/// who may open the pages.
/// </summary>
public sealed class BeheerLocatieTests(BeheerServer server) : IClassFixture<BeheerServer>
{
    private const string Wachtwoord = "een lang genoeg wachtwoord";

    private static string Kenmerk() => Guid.NewGuid().ToString("N")[..8];

    /// <summary>A signed-in portal for a new account with one role (invited in-process, as the CLI does, password set through the invitation page).</summary>
    private async Task<Portaal> AangemeldAsync(Rol rol, int? organisatie = null, int? traject = null, string? email = null)
    {
        email ??= $"l{Guid.NewGuid():N}"[..12] + "@partner.example";
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var (_, code) = await scope.ServiceProvider.GetRequiredService<AccountBeheer>().NodigUitAsync(email, rol, organisatie, traject);
            using var uitnodiging = new Portaal(server);
            Assert.Equal(HttpStatusCode.Redirect, (await uitnodiging.VulInAsync("/beheer/uitnodiging/" + code, ("wachtwoord", Wachtwoord), ("herhaling", Wachtwoord))).Status);
        }

        var portaal = new Portaal(server);
        Assert.Equal(HttpStatusCode.Redirect, (await portaal.InloggenAsync(email, Wachtwoord)).Status);
        if (rol == Rol.Trajectteam)
        {
            // A trajectteam reads personal data: two-factor first.
            await PortaalAccounts.TweestapsAanAsync(portaal);
        }

        return portaal;
    }

    private async Task<Locatie?> ZoekAsync(string kenmerk)
    {
        var databank = server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>();
        await using var db = await databank.CreateDbContextAsync();
        return await db.Locaties.AsNoTracking().Include(l => l.Wijk).SingleOrDefaultAsync(l => l.Naam.Contains(kenmerk));
    }

    [Fact]
    public async Task ARedacteurAddsALocationThroughTheFormSeesItInGraphQLAndChangesIt()
    {
        using var portaal = await AangemeldAsync(Rol.Redacteur, organisatie: 1);
        var kenmerk = Kenmerk();

        var lijst = await portaal.GetAsync("/beheer/locaties");
        Assert.Equal(HttpStatusCode.OK, lijst.Status);
        Assert.Contains("Bibliotheek Forum", lijst.Html, StringComparison.Ordinal);

        var opgeslagen = await portaal.VulInAsync("/beheer/locaties/nieuw",
            ("naam", "Clubhuis De Vlieger " + kenmerk), ("adres", "Vliegerpad " + kenmerk), ("postcode", "2718xz"), ("plaats", ""),
            ("wijk", "rokkeveen"), ("rolstoeltoegankelijk", "ja"), ("toegankelijkheidToelichting", "Ingang aan de achterkant."));
        Assert.Equal(HttpStatusCode.Redirect, opgeslagen.Status);
        Assert.StartsWith("/beheer/locaties?opgeslagen=", opgeslagen.Locatie, StringComparison.Ordinal);
        Assert.Matches($"role=\"status\"[^>]*>[^<]*Clubhuis De Vlieger {kenmerk}[^<]*opgeslagen", (await portaal.GetAsync(opgeslagen.Locatie!)).Html);
        Assert.DoesNotContain("Nep", (await portaal.GetAsync("/beheer/locaties?opgeslagen=Nep")).Html, StringComparison.Ordinal);

        // The API sees what the form stored.
        var gevonden = (await server.MaakClient().GraphQLAsync(
            "query($z: String) { locaties(filter: { zoekterm: $z }) { nodes { id naam postcode plaats wijk { slug } rolstoeltoegankelijk ringleiding toegankelijkheidToelichting } } }",
            new { z = "clubhuis de vlieger " + kenmerk })).ZonderFouten().Data["locaties"]!["nodes"]!.AsArray();
        var locatie = Assert.Single(gevonden)!;
        Assert.Equal("2718 XZ", locatie["postcode"]!.GetValue<string>());
        Assert.Equal("Zoetermeer", locatie["plaats"]!.GetValue<string>());
        Assert.Equal("rokkeveen", locatie["wijk"]!["slug"]!.GetValue<string>());
        Assert.True(locatie["rolstoeltoegankelijk"]!.GetValue<bool>());
        Assert.False(locatie["ringleiding"]!.GetValue<bool>());
        Assert.Equal("Ingang aan de achterkant.", locatie["toegankelijkheidToelichting"]!.GetValue<string>());
        var id = locatie["id"]!.GetValue<string>();

        // Search finds it without accents or capitals; its edit page shows the stored values; a change is stored.
        var zoeken = await portaal.GetAsync("/beheer/locaties?zoek=" + Uri.EscapeDataString("CLUBHUIS DÉ vlieger " + kenmerk));
        Assert.Contains($"href=\"/beheer/locaties/{id}\"", zoeken.Html, StringComparison.Ordinal);
        var bewerk = await portaal.GetAsync("/beheer/locaties/" + id);
        Assert.Equal(HttpStatusCode.OK, bewerk.Status);
        Assert.Contains("value=\"2718 XZ\"", bewerk.Html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"rokkeveen\" selected", bewerk.Html, StringComparison.Ordinal);

        var gewijzigd = await portaal.PostAsync("/beheer/locaties/" + id, bewerk.Token,
            ("naam", "Clubhuis De Vlieger " + kenmerk), ("adres", "Vliegerpad " + kenmerk), ("postcode", "2718 XZ"), ("plaats", "Zoetermeer"),
            ("wijk", ""), ("ringleiding", "ja"), ("toegankelijkheidToelichting", ""));
        Assert.Equal(HttpStatusCode.Redirect, gewijzigd.Status);
        var na = await ZoekAsync(kenmerk);
        Assert.NotNull(na);
        Assert.Null(na.WijkId);
        Assert.False(na.Rolstoeltoegankelijk);
        Assert.True(na.Ringleiding);
        Assert.Null(na.ToegankelijkheidToelichting);
    }

    [Fact]
    public async Task AProblemIsShownAtItsFieldAndInTheSummaryWithTheTypedValuesKept()
    {
        using var portaal = await AangemeldAsync(Rol.Redacteur, organisatie: 1);
        var kenmerk = Kenmerk();

        var fout = await portaal.VulInAsync("/beheer/locaties/nieuw", ("naam", ""), ("adres", "Foutstraat " + kenmerk), ("postcode", "12345"), ("wijk", ""));

        Assert.Equal(HttpStatusCode.BadRequest, fout.Status);
        Assert.Contains("<span class=\"veldfout\" id=\"postcode-fout\">&#x27;12345&#x27; is geen geldige postcode", fout.Html.Replace("'", "&#x27;", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Matches("<input id=\"postcode\" name=\"postcode\" type=\"text\" value=\"12345\"[^>]*aria-invalid=\"true\" aria-describedby=\"postcode-fout\"", fout.Html);
        Assert.Contains("<span class=\"veldfout\" id=\"naam-fout\">", fout.Html, StringComparison.Ordinal);
        Assert.Contains("Vul 'Naam' in", WebUtility.HtmlDecode(fout.Html), StringComparison.Ordinal);
        Assert.Contains("<a href=\"#postcode\">", fout.Html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#naam\">", fout.Html, StringComparison.Ordinal);
        Assert.Contains("class=\"foutsamenvatting\" role=\"alert\"", fout.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"Foutstraat " + kenmerk + "\"", fout.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"adres-fout\"", fout.Html, StringComparison.Ordinal);
        Assert.Null(await ZoekAsync(kenmerk));

        // In English the messages are English too.
        var engels = await portaal.VulInAsync("/beheer/locaties/nieuw?taal=en", ("naam", "Zaal " + kenmerk), ("adres", "Foutstraat " + kenmerk), ("postcode", "12345"));
        Assert.Equal(HttpStatusCode.BadRequest, engels.Status);
        Assert.Contains("is not a valid Dutch postcode", engels.Html, StringComparison.Ordinal);

        // A missing field named as its label says, in English: not the API's Dutch field name.
        var leegEngels = await portaal.VulInAsync("/beheer/locaties/nieuw?taal=en", ("naam", ""), ("adres", ""), ("postcode", "2711CV"));
        Assert.Equal(HttpStatusCode.BadRequest, leegEngels.Status);
        Assert.Contains("Fill in 'Name'", WebUtility.HtmlDecode(leegEngels.Html), StringComparison.Ordinal);
        Assert.Contains("Fill in 'Street and number'", WebUtility.HtmlDecode(leegEngels.Html), StringComparison.Ordinal);
        Assert.DoesNotContain("'naam'", WebUtility.HtmlDecode(leegEngels.Html), StringComparison.Ordinal);
        Assert.DoesNotContain("'adres'", WebUtility.HtmlDecode(leegEngels.Html), StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", engels.Html, StringComparison.Ordinal);

        // A second location on a known address names the first.
        var dubbel = await portaal.VulInAsync("/beheer/locaties/nieuw", ("naam", "Tweede stadhuis " + kenmerk), ("adres", "markt 10"), ("postcode", "2711CV"));
        Assert.Equal(HttpStatusCode.BadRequest, dubbel.Status);
        Assert.Contains("Stadhuis Zoetermeer", dubbel.Html, StringComparison.Ordinal);
        Assert.Contains("DUPLICATE_LOCATION", dubbel.Html, StringComparison.Ordinal);
        Assert.Null(await ZoekAsync(kenmerk));
    }

    [Fact]
    public async Task AFormWithoutItsAntiforgeryTokenIsRefusedAndStoresNothing()
    {
        using var portaal = await AangemeldAsync(Rol.Redacteur, organisatie: 1);
        var kenmerk = Kenmerk();
        await portaal.GetAsync("/beheer/locaties/nieuw");

        var zonder = await portaal.PostAsync("/beheer/locaties/nieuw", null, ("naam", "Vervalst " + kenmerk), ("adres", "Vervalst " + kenmerk), ("postcode", "2711 AB"));
        var vervalst = await portaal.PostAsync("/beheer/locaties/nieuw", "CfDJ8vervalst", ("naam", "Vervalst " + kenmerk), ("adres", "Vervalst " + kenmerk), ("postcode", "2711 AB"));

        Assert.Equal(HttpStatusCode.BadRequest, zonder.Status);
        Assert.Contains("Foutcode: ANTIFORGERY_INVALID", zonder.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, vervalst.Status);
        Assert.Null(await ZoekAsync(kenmerk));
    }

    [Fact]
    public async Task VisitorsSignInOtherRolesGetTheRefusalPageAndARedacteurChangesOnlyLocationsItsOrganisationUses()
    {
        using var anoniem = new Portaal(server);
        var weg = await anoniem.GetAsync("/beheer/locaties/nieuw");
        Assert.Equal(HttpStatusCode.Redirect, weg.Status);
        Assert.Equal("/beheer/inloggen?terug=%2Fbeheer%2Flocaties%2Fnieuw", weg.Locatie);
        Assert.Equal(HttpStatusCode.Redirect, (await anoniem.GetAsync("/beheer/locaties")).Status);

        var traject = await TrajectAsync();
        using var team = await AangemeldAsync(Rol.Trajectteam, traject: traject);
        var geweigerd = await team.GetAsync("/beheer/locaties");
        Assert.Equal(HttpStatusCode.Forbidden, geweigerd.Status);
        Assert.Contains("Foutcode: FORBIDDEN", geweigerd.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Bibliotheek Forum", geweigerd.Html, StringComparison.Ordinal);

        // A location with an activity of organisation 1: its redacteur may change it, one of organisation 2 may not.
        var locatie = await LocatieVanOrganisatieAsync(1);
        using var eigen = await AangemeldAsync(Rol.Redacteur, organisatie: 1);
        Assert.Equal(HttpStatusCode.OK, (await eigen.GetAsync("/beheer/locaties/" + locatie)).Status);

        using var ander = await AangemeldAsync(Rol.Redacteur, organisatie: 2);
        var lijst = await ander.GetAsync("/beheer/locaties");
        Assert.Equal(HttpStatusCode.OK, lijst.Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await ander.GetAsync("/beheer/locaties/" + locatie)).Status);
        var post = await ander.PostAsync("/beheer/locaties/" + locatie, lijst.Token, ("naam", "Overgenomen"), ("adres", "Overgenomen 1"), ("postcode", "2711 AB"));
        Assert.Equal(HttpStatusCode.Forbidden, post.Status);
        var databank = server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>();
        await using var db = await databank.CreateDbContextAsync();
        Assert.DoesNotContain(await db.Locaties.Select(l => l.Naam).ToListAsync(), n => n == "Overgenomen");
        Assert.Equal(HttpStatusCode.NotFound, (await eigen.GetAsync("/beheer/locaties/" + GlobalId.Maak("Locatie", 999_999))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await eigen.GetAsync("/beheer/locaties/onzin")).Status);
    }

    [Fact]
    public async Task AnAccountWithSeveralRolesEditsAsTheRoleTheRuleAllowsAndABeheerderAfterTwoFactorEditsAll()
    {
        var locatie = await LocatieVanOrganisatieAsync(2);

        using var alleenEen = await AangemeldAsync(Rol.Redacteur, organisatie: 1);
        Assert.Equal(HttpStatusCode.Forbidden, (await alleenEen.GetAsync("/beheer/locaties/" + locatie)).Status);

        // Redacteur of 1 and of 2: the role of organisation 2, whose activity is there, may change it.
        var email = $"m{Guid.NewGuid():N}"[..12] + "@partner.example";
        using var beide = await AangemeldAsync(Rol.Redacteur, organisatie: 1, email: email);
        await using (var scope = server.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountBeheer>().NodigUitAsync(email, Rol.Redacteur, 2, null);
        }

        var bewerk = await beide.GetAsync("/beheer/locaties/" + locatie);
        Assert.Equal(HttpStatusCode.OK, bewerk.Status);
        var kenmerk = Kenmerk();
        var opgeslagen = await beide.PostAsync("/beheer/locaties/" + locatie, bewerk.Token, ("naam", "Zaal van twee " + kenmerk), ("adres", "Tweepad " + kenmerk), ("postcode", "2711 AB"));
        Assert.Equal(HttpStatusCode.Redirect, opgeslagen.Status);
        Assert.NotNull(await ZoekAsync(kenmerk));

        // A beheerder first sets up two-factor authentication, then may change every location.
        using var beheerder = await AangemeldAsync(Rol.Beheerder);
        Assert.Equal("/beheer/tweestaps", (await beheerder.GetAsync("/beheer/locaties")).Locatie);
        var instellen = await beheerder.GetAsync("/beheer/tweestaps");
        var sleutel = System.Text.RegularExpressions.Regex.Match(instellen.Html, "Sleutel: ([a-z2-7 ]+)<").Groups[1].Value.Replace(" ", string.Empty, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await beheerder.PostAsync("/beheer/tweestaps", instellen.Token, ("code", Totp.Code(sleutel)))).Status);
        Assert.Equal(HttpStatusCode.OK, (await beheerder.GetAsync("/beheer/locaties")).Status);
        Assert.Equal(HttpStatusCode.OK, (await beheerder.GetAsync("/beheer/locaties/" + locatie)).Status);
    }

    [Fact]
    public async Task TheListPageCostsTheSameNumberOfStatementsForOneLocationAndForAFullPage()
    {
        using var portaal = await AangemeldAsync(Rol.Redacteur, organisatie: 1);
        async Task<int> TelAsync(string pad)
        {
            await portaal.GetAsync(pad);
            server.SqlTeller.Reset();
            var pagina = await portaal.GetAsync(pad);
            Assert.Equal(HttpStatusCode.OK, pagina.Status);
            return server.SqlTeller.Aantal;
        }

        var een = await TelAsync("/beheer/locaties?zoek=" + Uri.EscapeDataString("bibliotheek forum"));
        var vol = await TelAsync("/beheer/locaties");

        Assert.Equal(een, vol);
    }

    private async Task<int> TrajectAsync()
    {
        var databank = server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>();
        await using var db = await databank.CreateDbContextAsync();
        return await db.Participatietrajecten.Select(t => t.Id).FirstAsync();
    }

    /// <summary>A new location with one activity of <paramref name="organisatie"/> on it, made through the API with a key of its redacteur.</summary>
    private async Task<string> LocatieVanOrganisatieAsync(int organisatie)
    {
        var (sleutel, _) = await server.Services.GetRequiredService<ApiSleutels>().MaakAsync(Rol.Redacteur, organisatie, null, "locatietest");
        using var client = server.MaakClient();
        var kenmerk = Kenmerk();
        var locatie = (await client.GraphQLAsync("mutation($adres: String!) { locatieToevoegen(invoer: { naam: \"Zaal van de gemeente\", adres: $adres, postcode: \"2711 AB\" }) { locatie { id } } }",
            new { adres = "Gemeentepad " + kenmerk }, sleutel: sleutel)).ZonderFouten().Data["locatieToevoegen"]!["locatie"]!["id"]!.GetValue<string>();
        var activiteit = (await client.GraphQLAsync("mutation($invoer: ActiviteitInvoer!) { activiteitToevoegen(invoer: $invoer) { gelukt fouten { code } } }", new
        {
            invoer = new
            {
                titel = "Spreekuur " + kenmerk,
                omschrijving = "Vragen over de wijk.",
                soort = "INLOOPSPREEKUUR",
                locatieId = locatie,
                start = "2026-11-24T10:00:00+01:00",
                eind = "2026-11-24T12:00:00+01:00",
            },
        }, sleutel: sleutel)).ZonderFouten();
        Assert.True(activiteit.Data["activiteitToevoegen"]!["gelukt"]!.GetValue<bool>(), activiteit.Body.ToJsonString());
        return locatie;
    }
}
