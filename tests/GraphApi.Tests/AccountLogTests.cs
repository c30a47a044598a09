using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;
using SociaalNetwerk.Schema.Accounts;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Toegang;
using SociaalNetwerk.Schema.Wijzigingen;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// Account changes are recorded in the audit log (issue 11), as object type <c>Account</c>: inviting (with role and
/// scope), accepting, a role granted and taken away, disabling, and a trajectteam account's own new traject. Who, when,
/// which account and what changed; never a password hash, security stamp or invitation token. Beheerders only.
/// </summary>
public sealed class AccountLogTests(BeheerServer server) : IClassFixture<BeheerServer>
{
    private async Task<List<Wijziging>> RegelsAsync(int accountId)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>().CreateDbContextAsync();
        return await db.Wijzigingen.AsNoTracking().Include(w => w.Organisaties)
            .Where(w => w.ObjectType == "Account" && w.ObjectId == accountId).OrderBy(w => w.Volgnummer).ToListAsync();
    }

    private async Task<Account> AccountAsync(string email)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>().CreateDbContextAsync();
        return await db.Users.AsNoTracking().Include(a => a.Rollen).SingleAsync(a => a.Email == email);
    }

    private static string? Nieuw(Wijziging w, string veld) => w.Velden.SingleOrDefault(v => v.Veld == veld)?.Nieuw;

    private static string? Oud(Wijziging w, string veld) => w.Velden.SingleOrDefault(v => v.Veld == veld)?.Oud;

    [Fact]
    public async Task InvitingAcceptingGrantingRevokingAndDisablingInThePortalEachLeaveOneEntryWithoutSecrets()
    {
        var (beheerder, beheerderEmail) = await PortaalAccounts.IngelogdAsync(server, Rol.Beheerder);
        using var _b = beheerder;
        var email = PortaalAccounts.NieuwAdres();

        // Invite: a new account, redacteur of organisation 1.
        var pagina = await beheerder.GetAsync("/beheer/accounts");
        var uitgenodigd = await beheerder.PostAsync("/beheer/accounts", pagina.Token, ("email", email), ("rol", "Redacteur"), ("organisatie", "1"));
        Assert.Equal(HttpStatusCode.OK, uitgenodigd.Status);
        var id = (await AccountAsync(email)).Id;
        var regels = await RegelsAsync(id);
        var uitnodiging = Assert.Single(regels);
        Assert.Equal(WijzigingSoort.Toegevoegd, uitnodiging.Soort);
        Assert.Equal(beheerderEmail, uitnodiging.DoorNaam);
        Assert.Equal(Rol.Beheerder, uitnodiging.Rol);
        Assert.Equal(email, Nieuw(uitnodiging, "email"));
        Assert.Equal("UITGENODIGD", Nieuw(uitnodiging, "status"));
        Assert.Equal("REDACTEUR", Nieuw(uitnodiging, "rol"));
        Assert.Equal(GlobalId.Maak("Organisatie", 1), Nieuw(uitnodiging, "organisatieId"));
        Assert.NotNull(Nieuw(uitnodiging, "uitgenodigdOp"));
        Assert.Empty(uitnodiging.Organisaties);

        // Accept: the person sets a password; the entry is theirs.
        var link = Portaal.LinkUitMail(server, email);
        using (var persoon = new Portaal(server))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await persoon.VulInAsync(link, ("wachtwoord", PortaalAccounts.Wachtwoord), ("herhaling", PortaalAccounts.Wachtwoord))).Status);
        }

        regels = await RegelsAsync(id);
        Assert.Equal(2, regels.Count);
        Assert.Equal(WijzigingSoort.Gewijzigd, regels[1].Soort);
        Assert.Equal(email, regels[1].DoorNaam);
        Assert.Equal(AccountGebruikers.Kenmerk(id), regels[1].DoorKenmerk);
        Assert.Equal(("UITGENODIGD", "ACTIEF"), (Oud(regels[1], "status"), Nieuw(regels[1], "status")));
        Assert.Single(regels[1].Velden);

        // Grant a further role: trajectteam of traject 1.
        pagina = await beheerder.GetAsync("/beheer/accounts");
        Assert.Equal(HttpStatusCode.OK, (await beheerder.PostAsync("/beheer/accounts", pagina.Token, ("email", email), ("rol", "Trajectteam"), ("traject", "1"))).Status);
        regels = await RegelsAsync(id);
        Assert.Equal(3, regels.Count);
        Assert.Equal(beheerderEmail, regels[2].DoorNaam);
        Assert.Equal("TRAJECTTEAM", Nieuw(regels[2], "rol"));
        Assert.Equal(GlobalId.Maak("Participatietraject", 1), Nieuw(regels[2], "participatietrajectId"));
        Assert.Null(Oud(regels[2], "rol"));

        // Take it away again.
        var rolId = (await AccountAsync(email)).Rollen.Single(r => r.Rol == Rol.Trajectteam).Id;
        pagina = await beheerder.GetAsync("/beheer/accounts");
        Assert.Equal(HttpStatusCode.OK, (await beheerder.PostAsync($"/beheer/accounts/{id}/rollen/{rolId}/verwijderen", pagina.Token)).Status);
        regels = await RegelsAsync(id);
        Assert.Equal(4, regels.Count);
        Assert.Equal(("TRAJECTTEAM", null), (Oud(regels[3], "rol"), Nieuw(regels[3], "rol")));
        Assert.Equal(GlobalId.Maak("Participatietraject", 1), Oud(regels[3], "participatietrajectId"));

        // Disable.
        pagina = await beheerder.GetAsync("/beheer/accounts");
        Assert.Equal(HttpStatusCode.OK, (await beheerder.PostAsync($"/beheer/accounts/{id}/uitschakelen", pagina.Token)).Status);
        regels = await RegelsAsync(id);
        Assert.Equal(5, regels.Count);
        Assert.Equal(beheerderEmail, regels[4].DoorNaam);
        Assert.Equal(("ACTIEF", "UITGESCHAKELD"), (Oud(regels[4], "status"), Nieuw(regels[4], "status")));
        Assert.NotNull(Nieuw(regels[4], "uitgeschakeldOp"));
        Assert.All(regels, r => Assert.Empty(r.Organisaties));

        // No secret anywhere in the stored log, nor on the page.
        var account = await AccountAsync(email);
        var code = link[(link.LastIndexOf('/') + 1)..];
        var token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code)).Split(':', 2)[1];
        string[] geheimen = [account.PasswordHash!, account.SecurityStamp!, account.ConcurrencyStamp!, code, token];
        string log;
        await using (var db = await server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>().CreateDbContextAsync())
        {
            log = JsonSerializer.Serialize(await db.Wijzigingen.AsNoTracking().ToListAsync());
        }

        var html = (await beheerder.GetAsync("/beheer/wijzigingen?objectType=Account")).Html;
        Assert.Contains(email, html, StringComparison.Ordinal);
        foreach (var geheim in geheimen)
        {
            Assert.DoesNotContain(geheim, log, StringComparison.Ordinal);
            Assert.DoesNotContain(geheim, html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("passwordHash", log, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("securityStamp", log, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ARedacteurDoesNotSeeAccountEntriesButABeheerderDoesThroughGraphQL()
    {
        // An account entry about a redacteur of organisation 1, made now.
        var (redacteur, email) = await PortaalAccounts.IngelogdAsync(server, Rol.Redacteur, 1);
        using var _r = redacteur;
        var id = (await AccountAsync(email)).Id;
        Assert.Equal(2, (await RegelsAsync(id)).Count); // invited (no one: in-process without door) and accepted

        var pagina = await redacteur.GetAsync("/beheer/wijzigingen");
        Assert.Equal(HttpStatusCode.OK, pagina.Status);
        Assert.DoesNotContain("<option value=\"Account\"", pagina.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(email, pagina.Html, StringComparison.Ordinal);
        var gefilterd = await redacteur.GetAsync("/beheer/wijzigingen?objectType=Account");
        Assert.Equal(HttpStatusCode.OK, gefilterd.Status);
        Assert.Contains("Er zijn geen wijzigingen.", gefilterd.Html, StringComparison.Ordinal);

        const string Lijst = "query($filter: WijzigingFilter) { wijzigingen(filter: $filter, first: 100) { totalCount nodes { objectType objectId door soort velden { veld oud nieuw } } } }";
        var sleutels = server.Services.GetRequiredService<ApiSleutels>();
        var (redacteurSleutel, _) = await sleutels.MaakAsync(Rol.Redacteur, 1, null, "test");
        var (beheerderSleutel, _) = await sleutels.MaakAsync(Rol.Beheerder, null, null, "test");
        using var client = server.MaakClient();
        var filter = new { objectType = "Account" };
        var alsRedacteur = (await client.GraphQLAsync(Lijst, new { filter }, sleutel: redacteurSleutel)).ZonderFouten().Data["wijzigingen"]!;
        Assert.Equal(0, alsRedacteur["totalCount"]!.GetValue<int>());
        var object_ = new { @object = GlobalId.Maak("Account", id) };
        Assert.Equal(0, (await client.GraphQLAsync(Lijst, new { filter = object_ }, sleutel: redacteurSleutel)).ZonderFouten().Data["wijzigingen"]!["totalCount"]!.GetValue<int>());

        var alsBeheerder = (await client.GraphQLAsync(Lijst, new { filter = object_ }, sleutel: beheerderSleutel)).ZonderFouten().Data["wijzigingen"]!;
        Assert.Equal(2, alsBeheerder["totalCount"]!.GetValue<int>());
        Assert.All(alsBeheerder["nodes"]!.AsArray(), n => Assert.Equal("Account", n!["objectType"]!.GetValue<string>()));
        Assert.Equal(email, alsBeheerder["nodes"]![0]!["door"]!.GetValue<string>());
    }

    [Fact]
    public async Task ATrajectteamAccountMakingATrajectIsLoggedAsTheRoleItGaveItself()
    {
        var (team, email) = await PortaalAccounts.IngelogdAsync(server, Rol.Trajectteam, traject: 1);
        using var _t = team;
        var id = (await AccountAsync(email)).Id;
        var voor = (await RegelsAsync(id)).Count;
        var nieuw = await team.VulInAsync("/beheer/trajecten/nieuw", ("naam", "Logtraject " + Guid.NewGuid().ToString("N")[..6]), ("omschrijving", "Wat maakt de buurt sterk?"), ("onderwerp", "Sociale basis"), ("fase", "Voorbereiding"));
        Assert.Equal(HttpStatusCode.Redirect, nieuw.Status);
        var traject = int.Parse(nieuw.Locatie![(nieuw.Locatie!.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture);

        var regels = await RegelsAsync(id);
        Assert.Equal(voor + 1, regels.Count);
        var regel = regels[^1];
        Assert.Equal(WijzigingSoort.Gewijzigd, regel.Soort);
        Assert.Equal(email, regel.DoorNaam);
        Assert.Equal(Rol.Trajectteam, regel.Rol);
        Assert.Equal("TRAJECTTEAM", Nieuw(regel, "rol"));
        Assert.Equal(GlobalId.Maak("Participatietraject", traject), Nieuw(regel, "participatietrajectId"));
    }
}
