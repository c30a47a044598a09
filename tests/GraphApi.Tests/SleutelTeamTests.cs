using SociaalNetwerk.Schema.Accounts;
using SociaalNetwerk.Schema.Toegang;
using SociaalNetwerk.Schema.Wijzigingen;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// A participatietraject team manages its own API keys at <c>/beheer/sleutels</c>, over real HTTP as a person without
/// JavaScript: it makes, sees and revokes the trajectteam keys of its own trajecten (which work on GraphQL for that
/// traject only), and nothing else; a form sent by hand for another traject or role is refused and changes nothing.
/// </summary>
public sealed partial class SleutelTeamTests(BeheerServer server) : IClassFixture<BeheerServer>
{
    private const int EigenTraject = 1;
    private const int AnderTraject = 2;
    private const int DerdeTraject = 3;

    private const string AantalReacties = "query($id: ID!) { uitvraag(id: $id) { aantalReacties } }";

    [Fact]
    public async Task ATeamMakesAKeyForItsTrajectThatWorksThereOnlyAndRevokesIt()
    {
        var (team, email) = await PortaalAccounts.IngelogdAsync(server, Rol.Trajectteam, traject: EigenTraject);
        using var _t = team;
        var andere = await AndereSleutelsAsync();

        // In the navigation; the form has no role or organisation, and offers only the team's own traject.
        Assert.Contains("href=\"/beheer/sleutels\"", (await team.GetAsync("/beheer")).Html, StringComparison.Ordinal);
        var pagina = await team.GetAsync("/beheer/sleutels");
        Assert.Equal(HttpStatusCode.OK, pagina.Status);
        Assert.DoesNotContain("name=\"rol\"", pagina.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"organisatie\"", pagina.Html, StringComparison.Ordinal);
        Assert.Equal([EigenTraject.ToString(System.Globalization.CultureInfo.InvariantCulture)], TrajectOpties(pagina.Html));
        Assert.All(andere, k => Assert.DoesNotContain(k, pagina.Html, StringComparison.Ordinal));

        var gemaakt = await team.PostAsync("/beheer/sleutels", pagina.Token, ("omschrijving", "invoer uit ons eigen programma"), ("traject", "1"));
        Assert.True(gemaakt.Status == HttpStatusCode.Redirect, gemaakt.Tekst);
        gemaakt = await team.GetAsync(gemaakt.Locatie!);
        var sleutel = SleutelCode().Match(gemaakt.Html).Groups[1].Value;
        Assert.NotEmpty(sleutel);
        var kenmerk = Kenmerk(sleutel);

        // On GraphQL it is the team of its traject: the number of reacties of its own uitvraag, not of another traject's.
        var (eigen, ander) = await UitvragenAsync();
        var client = server.MaakClient();
        Assert.NotNull((await client.GraphQLAsync(AantalReacties, new { id = eigen }, sleutel: sleutel)).ZonderFouten().Data["uitvraag"]!["aantalReacties"]);
        Assert.Equal("FORBIDDEN", (await client.GraphQLAsync(AantalReacties, new { id = ander }, sleutel: sleutel)).EersteCode);

        // The list shows it, as the team of the traject, and still none of the others.
        var lijst = await team.GetAsync("/beheer/sleutels");
        var rij = Regex.Match(lijst.Html, $"<tr>\\s*<td><code>{Regex.Escape(kenmerk)}</code></td>.*?</tr>", RegexOptions.Singleline).Value;
        Assert.Contains("Team van het participatietraject Visie Sterke Sociale Basis", rij, StringComparison.Ordinal);
        Assert.Contains("invoer uit ons eigen programma", rij, StringComparison.Ordinal);
        Assert.All(andere, k => Assert.DoesNotContain(k, lijst.Html, StringComparison.Ordinal));

        var ingetrokken = await team.PostAsync($"/beheer/sleutels/{kenmerk}/intrekken", lijst.Token);
        Assert.Equal(HttpStatusCode.OK, ingetrokken.Status);
        Assert.Contains($"De sleutel {kenmerk} is ingetrokken", ingetrokken.Tekst, StringComparison.Ordinal);
        Assert.Equal("INVALID_API_KEY", (await client.GraphQLAsync(AantalReacties, new { id = eigen }, sleutel: sleutel)).EersteCode);

        // The audit log names the team member, in its team role, for both.
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>().CreateDbContextAsync();
        var id = await db.ApiSleutels.Where(s => s.Kenmerk == kenmerk).Select(s => s.Id).SingleAsync();
        var regels = await db.Wijzigingen.AsNoTracking().Where(w => w.ObjectType == nameof(ApiSleutel) && w.ObjectId == id).OrderBy(w => w.Volgnummer).ToListAsync();
        Assert.Equal([WijzigingSoort.Toegevoegd, WijzigingSoort.Gewijzigd], regels.Select(r => r.Soort));
        Assert.All(regels, r => Assert.Equal(email, r.DoorNaam));
        Assert.All(regels, r => Assert.Equal(Rol.Trajectteam, r.Rol));
    }

    [Fact]
    public async Task ATeamCannotMakeOrRevokeAKeyOfAnotherTrajectOrRoleAndNothingChanges()
    {
        var (team, _) = await PortaalAccounts.IngelogdAsync(server, Rol.Trajectteam, traject: EigenTraject);
        using var _t = team;
        var andere = await AndereSleutelsAsync();
        var voor = await SleutelsAsync();
        var pagina = await team.GetAsync("/beheer/sleutels");

        // Another traject, sent by hand: the page again with the message at the traject field.
        var ander = await team.PostAsync("/beheer/sleutels", pagina.Token, ("omschrijving", "gekaapt"), ("traject", "2"));
        Assert.Equal(HttpStatusCode.BadRequest, ander.Status);
        Assert.Contains("<span class=\"veldfout\" id=\"traject-fout\">Je kunt alleen sleutels maken voor een traject waarvan je in het team zit.</span>", ander.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"gekaapt\"", ander.Html, StringComparison.Ordinal);
        var engels = await team.PostAsync("/beheer/sleutels?taal=en", ander.Token, ("omschrijving", "gekaapt"), ("traject", "2"));
        Assert.Equal(HttpStatusCode.BadRequest, engels.Status);
        Assert.Contains("You can only create keys for a participation process whose team you are in.", engels.Tekst, StringComparison.Ordinal);

        // A beheerder or redacteur key, sent by hand (even with the team's own traject): refused at the role.
        (string, string)[][] vervalst =
        [
            [("omschrijving", "gekaapt"), ("rol", "Beheerder"), ("traject", "1")],
            [("omschrijving", "gekaapt"), ("rol", "Redacteur"), ("organisatie", "1")],
            [("omschrijving", "gekaapt"), ("rol", "Trajectteam"), ("traject", "2")],
        ];
        foreach (var velden in vervalst)
        {
            var vals = await team.PostAsync("/beheer/sleutels", pagina.Token, velden);
            Assert.Equal(HttpStatusCode.BadRequest, vals.Status);
            Assert.Contains("class=\"foutsamenvatting\"", vals.Html, StringComparison.Ordinal);
            Assert.DoesNotContain("class=\"sleutel\"", vals.Html, StringComparison.Ordinal);
        }

        var rol = await team.PostAsync("/beheer/sleutels", pagina.Token, ("omschrijving", "gekaapt"), ("rol", "Beheerder"), ("traject", "1"));
        Assert.Contains("<span class=\"veldfout\" id=\"rol-fout\">Je kunt geen sleutel met deze rol maken.</span>", rol.Html, StringComparison.Ordinal);
        Assert.Contains("<p id=\"rol\"", rol.Html, StringComparison.Ordinal);

        // Another traject's key and a redacteur's key: not found for the team, and still active.
        foreach (var kenmerk in andere)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await team.PostAsync($"/beheer/sleutels/{kenmerk}/intrekken", pagina.Token)).Status);
        }

        Assert.Equal(voor, await SleutelsAsync());
    }

    [Fact]
    public async Task ATeamOfTwoTrajectenChoosesBetweenThemAndARedacteurTooChoosesTheRole()
    {
        var (team, email) = await PortaalAccounts.IngelogdAsync(server, Rol.Trajectteam, traject: EigenTraject);
        using var _t = team;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountBeheer>().NodigUitAsync(email, Rol.Trajectteam, null, DerdeTraject);
        }

        // Both its trajecten, without an empty choice; not the third.
        var pagina = await team.GetAsync("/beheer/sleutels");
        Assert.Equal(HttpStatusCode.OK, pagina.Status);
        Assert.Equal(["1", "3"], TrajectOpties(pagina.Html).Order());
        Assert.DoesNotContain("name=\"rol\"", pagina.Html, StringComparison.Ordinal);
        var gemaakt = await team.PostAsync("/beheer/sleutels", pagina.Token, ("omschrijving", "enquete van het derde traject"), ("traject", "3"));
        Assert.Equal(HttpStatusCode.Redirect, gemaakt.Status);
        gemaakt = await team.GetAsync(gemaakt.Locatie!);
        var kenmerk = Kenmerk(SleutelCode().Match(gemaakt.Html).Groups[1].Value);
        await using (var db = await server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>().CreateDbContextAsync())
        {
            var gegevens = await db.ApiSleutels.SingleAsync(s => s.Kenmerk == kenmerk);
            Assert.Equal((Rol.Trajectteam, (int?)DerdeTraject), (gegevens.Rol, gegevens.ParticipatietrajectId));
        }

        Assert.Contains(kenmerk, (await team.GetAsync("/beheer/sleutels")).Html, StringComparison.Ordinal);

        // Also redacteur of an organisation: the form asks for the role, with only these two.
        await using (var scope = server.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountBeheer>().NodigUitAsync(email, Rol.Redacteur, 1, null);
        }

        var beide = await team.GetAsync("/beheer/sleutels");
        var rollen = Regex.Match(beide.Html, "<select id=\"rol\".*?</select>", RegexOptions.Singleline).Value;
        Assert.Equal(["Redacteur", "Trajectteam"], Regex.Matches(rollen, "<option value=\"([A-Za-z]+)\"").Select(m => m.Groups[1].Value));
        Assert.Equal(["1"], Regex.Matches(Regex.Match(beide.Html, "<select id=\"organisatie\".*?</select>", RegexOptions.Singleline).Value, "<option value=\"(\\d*)\"").Select(m => m.Groups[1].Value));
        var redacteur = await team.PostAsync("/beheer/sleutels", beide.Token, ("omschrijving", "website"), ("rol", "Redacteur"), ("organisatie", "1"), ("traject", "1"));
        Assert.Equal(HttpStatusCode.Redirect, redacteur.Status);
        var zonderRol = await team.PostAsync("/beheer/sleutels", beide.Token, ("omschrijving", "website"), ("organisatie", "1"), ("traject", "1"));
        Assert.Equal(HttpStatusCode.BadRequest, zonderRol.Status);
        Assert.Contains("id=\"rol-fout\"", zonderRol.Html, StringComparison.Ordinal);
    }

    /// <summary>Keys the team of <see cref="EigenTraject"/> may not manage: another traject's, a redacteur's, a beheerder's.</summary>
    private async Task<string[]> AndereSleutelsAsync()
    {
        var sleutels = server.Services.GetRequiredService<ApiSleutels>();
        return
        [
            (await sleutels.MaakAsync(Rol.Trajectteam, null, AnderTraject, "tool van een ander traject")).Gegevens.Kenmerk,
            (await sleutels.MaakAsync(Rol.Redacteur, 1, null, "website van de organisatie")).Gegevens.Kenmerk,
            (await sleutels.MaakAsync(Rol.Beheerder, null, null, "beheer")).Gegevens.Kenmerk,
        ];
    }

    /// <summary>Every key as it is stored: kenmerk, role, scope, revoked or not.</summary>
    private async Task<string> SleutelsAsync()
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>().CreateDbContextAsync();
        var alle = await db.ApiSleutels.AsNoTracking().OrderBy(s => s.Id).ToListAsync();
        return string.Join("\n", alle.Select(s => $"{s.Kenmerk} {s.Rol} {s.OrganisatieId} {s.ParticipatietrajectId} {s.IngetrokkenOp}"));
    }

    /// <summary>An uitvraag of the team's own traject and a visible one of another traject, as GraphQL ids.</summary>
    private async Task<(string Eigen, string Ander)> UitvragenAsync()
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>().CreateDbContextAsync();
        var eigen = await db.Uitvragen.Where(u => u.ParticipatietrajectId == EigenTraject && u.Status != UitvraagStatus.Concept).Select(u => u.Id).FirstAsync();
        var ander = await db.Uitvragen.Where(u => u.ParticipatietrajectId == AnderTraject && u.Status != UitvraagStatus.Concept).Select(u => u.Id).FirstAsync();
        return (GlobalId.Maak(nameof(Uitvraag), eigen), GlobalId.Maak(nameof(Uitvraag), ander));
    }

    /// <summary>The public part of a key: <c>sn_…</c> before the secret.</summary>
    private static string Kenmerk(string sleutel) => sleutel[..sleutel.LastIndexOf('_')];

    private static List<string> TrajectOpties(string html) =>
        [.. Regex.Matches(Regex.Match(html, "<select id=\"traject\".*?</select>", RegexOptions.Singleline).Value, "<option value=\"(\\d*)\"").Select(m => m.Groups[1].Value)];

    [GeneratedRegex("<code class=\"sleutel\">(sn_[a-z0-9]+_[a-z0-9]+)</code>")]
    private static partial Regex SleutelCode();
}
