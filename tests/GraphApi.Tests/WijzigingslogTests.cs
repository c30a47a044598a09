using SociaalNetwerk.Schema.Accounts;
using SociaalNetwerk.Schema.Netwerken;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// The audit log (issue 11): every change through the API (and the domain services the portal calls) leaves one entry
/// with who, when, which object and which fields; refused changes leave none; only beheerders and the redacteuren of
/// the object's organisations read it, through <c>wijzigingen</c>.
/// </summary>
[Collection(ServerCollectie.Naam)]
public sealed class WijzigingslogTests(SociaalNetwerkServer server)
{
    private const string Lijst = """
        query($filter: WijzigingFilter, $first: Int, $after: String) {
          wijzigingen(filter: $filter, first: $first, after: $after) {
            totalCount
            pageInfo { hasNextPage endCursor }
            nodes { volgnummer tijdstip door doorKenmerk soort objectType objectId organisatieIds velden { veld oud nieuw lang } }
          }
        }
        """;

    private readonly HttpClient _client = server.MaakClient();

    private async Task<JsonNode> WijzigingenAsync(string sleutel, object? filter, int? first = null, string? after = null) =>
        (await _client.GraphQLAsync(Lijst, new { filter, first, after }, sleutel: sleutel)).ZonderFouten().Data["wijzigingen"]!;

    private static JsonNode? Veld(JsonNode wijziging, string naam) => wijziging["velden"]!.AsArray().FirstOrDefault(v => v!["veld"]!.GetValue<string>() == naam);

    private static string Tekst(JsonNode? node, string naam) => node![naam]!.GetValue<string>();

    private async Task<string> NieuweActiviteitAsync(TestPartners partners)
    {
        var antwoord = (await _client.GraphQLAsync(
            "mutation($invoer: ActiviteitInvoer!) { activiteitToevoegen(invoer: $invoer) { gelukt activiteit { id } } }",
            new { invoer = partners.WekelijkseActiviteit() }, sleutel: partners.RedacteurA)).ZonderFouten();
        return antwoord.Data["activiteitToevoegen"]!["activiteit"]!["id"]!.GetValue<string>();
    }

    [Fact]
    public async Task EveryChangeOfAnActivityIsLoggedWithWhoWhenAndOldToNew()
    {
        var partners = await TestPartners.MaakAsync(server);
        var activiteit = await NieuweActiviteitAsync(partners);
        (await _client.GraphQLAsync(
            "mutation($id: ID!, $invoer: ActiviteitInvoer!) { activiteitWijzigen(id: $id, invoer: $invoer) { gelukt } }",
            new { id = activiteit, invoer = new { titel = "Testinloop nieuw", omschrijving = "Een andere omschrijving.", onlineLink = "https://meet.example/inloop" } }, sleutel: partners.RedacteurA)).ZonderFouten();
        (await _client.GraphQLAsync(
            "mutation($id: ID!) { voorkomenAnnuleren(activiteitId: $id, start: \"2026-12-01T10:00:00+01:00\") { gelukt } }",
            new { id = activiteit }, sleutel: partners.RedacteurA)).ZonderFouten();
        (await _client.GraphQLAsync("mutation($id: ID!) { activiteitAnnuleren(id: $id, reden: \"Ziek\") { gelukt } }", new { id = activiteit }, sleutel: partners.RedacteurA)).ZonderFouten();

        var log = await WijzigingenAsync(partners.RedacteurA, new { @object = activiteit });
        var nodes = log.Nodes().ToList();
        Assert.Equal(["GEANNULEERD", "GEWIJZIGD", "GEWIJZIGD", "TOEGEVOEGD"], nodes.Select(n => Tekst(n, "soort")));
        Assert.Equal(4, log["totalCount"]!.GetValue<int>());
        var volgnummers = nodes.Select(n => n["volgnummer"]!.GetValue<int>()).ToList();
        Assert.Equal(volgnummers.OrderDescending(), volgnummers);
        Assert.All(nodes, n =>
        {
            Assert.Equal("Activiteit", Tekst(n, "objectType"));
            Assert.Equal(activiteit, Tekst(n, "objectId"));
            Assert.Equal("redacteur A", Tekst(n, "door"));
            Assert.Equal(partners.RedacteurA[..partners.RedacteurA.LastIndexOf('_')], Tekst(n, "doorKenmerk"));
            Assert.Equal("2026-11-23T09:00:00+01:00", Tekst(n, "tijdstip"));
            Assert.Equal([partners.A], n["organisatieIds"]!.AsArray().Select(o => o!.GetValue<string>()));
        });

        var toegevoegd = nodes[3];
        Assert.Null(Veld(toegevoegd, "titel")!["oud"]);
        Assert.Equal("Testinloop", Tekst(Veld(toegevoegd, "titel"), "nieuw"));
        Assert.Equal("INLOOPSPREEKUUR", Tekst(Veld(toegevoegd, "soort"), "nieuw"));
        Assert.Equal("WEKELIJKS", Tekst(Veld(toegevoegd, "herhaling.frequentie"), "nieuw"));
        Assert.Equal(partners.A, Tekst(Veld(toegevoegd, "organisatoren"), "nieuw"));
        Assert.Equal(partners.LocatieId, Tekst(Veld(toegevoegd, "locatieId"), "nieuw"));

        var gewijzigd = nodes[2];
        Assert.Equal(["omschrijving", "onlineLink", "titel"], gewijzigd["velden"]!.AsArray().Select(v => Tekst(v, "veld")));
        Assert.Equal(("Testinloop", "Testinloop nieuw"), (Tekst(Veld(gewijzigd, "titel"), "oud"), Tekst(Veld(gewijzigd, "titel"), "nieuw")));
        Assert.Null(Veld(gewijzigd, "onlineLink")!["oud"]);
        Assert.Equal("https://meet.example/inloop", Tekst(Veld(gewijzigd, "onlineLink"), "nieuw"));
        // A long text (up to 4000 characters) is only marked as changed.
        var omschrijving = Veld(gewijzigd, "omschrijving")!;
        Assert.True(omschrijving["lang"]!.GetValue<bool>());
        Assert.Null(omschrijving["oud"]);
        Assert.Null(omschrijving["nieuw"]);

        var datum = Assert.Single(nodes[1]["velden"]!.AsArray())!;
        Assert.Equal(("herhaling.geannuleerdeDatums", "2026-12-01"), (Tekst(datum, "veld"), Tekst(datum, "nieuw")));

        Assert.Equal(("GEPLAND", "GEANNULEERD"), (Tekst(Veld(nodes[0], "status"), "oud"), Tekst(Veld(nodes[0], "status"), "nieuw")));
        Assert.Equal("Ziek", Tekst(Veld(nodes[0], "annuleringReden"), "nieuw"));
    }

    [Fact]
    public async Task ARefusedOrForbiddenChangeLeavesNoEntry()
    {
        var partners = await TestPartners.MaakAsync(server);
        var activiteit = await NieuweActiviteitAsync(partners);
        const string Wijzigen = "mutation($id: ID!, $invoer: ActiviteitInvoer!) { activiteitWijzigen(id: $id, invoer: $invoer) { gelukt fouten { veld code } } }";

        var geweigerd = (await _client.GraphQLAsync(Wijzigen, new { id = activiteit, invoer = new { titel = "", onlineLink = "https://meet.example/inloop" } }, sleutel: partners.RedacteurA)).ZonderFouten();
        Assert.False(geweigerd.Data["activiteitWijzigen"]!["gelukt"]!.GetValue<bool>());
        var verboden = await _client.GraphQLAsync(Wijzigen, new { id = activiteit, invoer = new { titel = "Van B" } }, sleutel: partners.RedacteurB);
        Assert.Equal("FORBIDDEN", verboden.EersteCode);
        // A change that changes nothing is no change either.
        (await _client.GraphQLAsync(Wijzigen, new { id = activiteit, invoer = new { titel = "Testinloop" } }, sleutel: partners.RedacteurA)).ZonderFouten();

        var log = await WijzigingenAsync(partners.Beheerder, new { @object = activiteit });
        Assert.Equal(["TOEGEVOEGD"], log.Nodes().Select(n => Tekst(n, "soort")));
    }

    [Fact]
    public async Task AChangeWhoseTransactionIsRolledBackLeavesNoEntry()
    {
        var kenmerk = "sn_" + Guid.NewGuid().ToString("N")[..10];
        var naam = "Teruggedraaid " + kenmerk;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var bewerker = scope.ServiceProvider.GetRequiredService<Schema.Redactie.Bewerker>();
            // Stored and logged, then something fails inside the same transaction (as the occurrences of an activity could).
            await Assert.ThrowsAsync<InvalidOperationException>(() => bewerker.VoegToeAsync(
                new Gebruiker(Rol.Beheerder, null, null, kenmerk), true,
                _ => Task.FromResult(new Netwerk { Naam = naam }),
                (_, _) => Task.CompletedTask,
                CancellationToken.None,
                opgeslagen: (_, _) => throw new InvalidOperationException("na het opslaan")));
        }

        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>().CreateDbContextAsync();
        Assert.False(await db.Netwerken.AnyAsync(n => n.Naam == naam));
        Assert.False(await db.Wijzigingen.AnyAsync(w => w.DoorKenmerk == kenmerk));
    }

    [Fact]
    public async Task ARedacteurReadsOnlyItsOwnOrganisationsEntriesAndOthersNothing()
    {
        var partners = await TestPartners.MaakAsync(server);
        var activiteit = await NieuweActiviteitAsync(partners);
        (await _client.GraphQLAsync(
            "mutation($id: ID!) { organisatieWijzigen(id: $id, invoer: { telefoon: \"079 123 45 67\" }) { gelukt } }", new { id = partners.B }, sleutel: partners.RedacteurB)).ZonderFouten();

        Assert.Empty((await WijzigingenAsync(partners.RedacteurB, new { @object = activiteit })).Nodes());
        var vanB = (await WijzigingenAsync(partners.RedacteurB, null, first: 100)).Nodes().ToList();
        Assert.NotEmpty(vanB);
        Assert.All(vanB, n => Assert.Contains(partners.B, n["organisatieIds"]!.AsArray().Select(o => o!.GetValue<string>())));
        var telefoon = Assert.Single(vanB, n => Tekst(n, "objectId") == partners.B);
        Assert.Equal("079 123 45 67", Tekst(Veld(telefoon, "telefoon"), "nieuw"));
        Assert.Equal("FORBIDDEN", (await _client.GraphQLAsync(Lijst, new { filter = new { organisatie = partners.A } }, sleutel: partners.RedacteurB)).EersteCode);

        // The beheerder reads both.
        Assert.Single((await WijzigingenAsync(partners.Beheerder, new { organisatie = partners.A, objectType = "Activiteit" })).Nodes());
        Assert.Single((await WijzigingenAsync(partners.Beheerder, new { organisatie = partners.B })).Nodes());

        var anoniem = await _client.GraphQLAsync(Lijst);
        Assert.Equal("UNAUTHENTICATED", anoniem.EersteCode);
        Assert.Null(anoniem.Body["data"]?["wijzigingen"]);
        Assert.Equal("FORBIDDEN", (await _client.GraphQLAsync(Lijst, sleutel: partners.Trajectteam)).EersteCode);

        var onbekend = await _client.GraphQLAsync(Lijst, new { filter = new { objectType = "Antwoord" } }, sleutel: partners.Beheerder);
        Assert.Equal("UNKNOWN_OBJECT_TYPE", onbekend.EersteCode);
        Assert.Contains("Antwoord", onbekend.EersteBericht, StringComparison.Ordinal);
        Assert.Equal("INVALID_CURSOR", (await _client.GraphQLAsync(Lijst, new { after = "kapot" }, sleutel: partners.Beheerder)).EersteCode);
        Assert.Equal("INVALID_ID", (await _client.GraphQLAsync(Lijst, new { filter = new { @object = "bestaat-niet" } }, sleutel: partners.Beheerder)).EersteCode);
    }

    [Fact]
    public async Task PagesFollowTheSequenceNumberAndStayStableWhileNewChangesArrive()
    {
        var partners = await TestPartners.MaakAsync(server);
        for (var i = 1; i <= 5; i++)
        {
            await WijzigTelefoonAsync(partners, i);
        }

        var filter = new { organisatie = partners.A };
        var alle = (await WijzigingenAsync(partners.RedacteurA, filter)).Nodes().Select(n => n["volgnummer"]!.GetValue<int>()).ToList();
        Assert.Equal(5, alle.Count);

        var eerste = await WijzigingenAsync(partners.RedacteurA, filter, first: 2);
        // A change between two pages comes before the first page; the next pages go on where the cursor was.
        await WijzigTelefoonAsync(partners, 6);
        var tweede = await WijzigingenAsync(partners.RedacteurA, filter, first: 2, after: eerste["pageInfo"]!["endCursor"]!.GetValue<string>());
        var derde = await WijzigingenAsync(partners.RedacteurA, filter, first: 2, after: tweede["pageInfo"]!["endCursor"]!.GetValue<string>());
        Assert.False(derde["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Equal(alle, new[] { eerste, tweede, derde }.SelectMany(p => p.Nodes()).Select(n => n["volgnummer"]!.GetValue<int>()));
        Assert.Equal(6, (await WijzigingenAsync(partners.RedacteurA, filter))["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task TheLogCostsAFixedNumberOfStatementsFor5And50Entries()
    {
        var partners = await TestPartners.MaakAsync(server);
        for (var i = 1; i <= 50; i++)
        {
            await WijzigTelefoonAsync(partners, i);
        }

        async Task<int> TelAsync(int aantal)
        {
            server.SqlTeller.Reset();
            var pagina = await WijzigingenAsync(partners.Beheerder, new { organisatie = partners.A }, first: aantal);
            Assert.Equal(aantal, pagina.Nodes().Count());
            return server.SqlTeller.Aantal;
        }

        var vijf = await TelAsync(5);
        var vijftig = await TelAsync(50);
        Assert.Equal(vijf, vijftig);
        // The key, the page, the count.
        Assert.True(vijftig <= 3, $"{vijftig} statements");
    }

    [Fact]
    public async Task AChangeByAnAccountIsLoggedWithItsAddressAndAnUitvraagStatusChangeToo()
    {
        var partners = await TestPartners.MaakAsync(server);
        var email = $"r{Guid.NewGuid():N}"[..12] + "@partner.example";
        var organisatieId = GlobalId.LeesInt(partners.A, nameof(Organisatie));
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<AccountBeheer>();
            var (account, _) = await accounts.NodigUitAsync(email, Rol.Redacteur, organisatieId, null);
            account = (await accounts.MetRollenAsync(account.Id, CancellationToken.None))!;
            // The portal calls the domain services with the account's Gebruiker, exactly like this.
            var resultaat = await scope.ServiceProvider.GetRequiredService<OrganisatieRedactie>().WijzigAsync(
                partners.A, new OrganisatieInvoer { Website = "https://a.example/" }, AccountGebruikers.VoorOrganisatie(account, organisatieId), CancellationToken.None);
            Assert.True(resultaat.Gelukt);

            var entry = Assert.Single((await WijzigingenAsync(partners.Beheerder, new { @object = partners.A })).Nodes());
            Assert.Equal(email, Tekst(entry, "door"));
            Assert.Equal(AccountGebruikers.Kenmerk(account.Id), Tekst(entry, "doorKenmerk"));
            Assert.Equal(("website", "https://a.example/"), (Tekst(entry["velden"]![0], "veld"), Tekst(entry["velden"]![0], "nieuw")));
        }

        var uitvraag = await TestUitvraag.MaakAsync(server);
        (await _client.GraphQLAsync("mutation($id: ID!) { uitvraagStatusWijzigen(id: $id, status: GESLOTEN) { status } }", new { id = uitvraag.Id }, sleutel: uitvraag.TeamSleutel)).ZonderFouten();
        var status = Assert.Single((await WijzigingenAsync(partners.Beheerder, new { @object = uitvraag.Id })).Nodes());
        Assert.Equal(("status", "OPEN", "GESLOTEN"), (Tekst(status["velden"]![0], "veld"), Tekst(status["velden"]![0], "oud"), Tekst(status["velden"]![0], "nieuw")));
    }

    /// <summary>A signed-in portal browser for a new account with one role (a beheerder with its authenticator set up).</summary>
    private async Task<Portaal> AangemeldAsync(Rol rol, int? organisatie = null, int? traject = null)
    {
        var email = $"p{Guid.NewGuid():N}"[..12] + "@partner.example";
        string code;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            code = (await scope.ServiceProvider.GetRequiredService<AccountBeheer>().NodigUitAsync(email, rol, organisatie, traject)).Code!;
        }

        var portaal = new Portaal(server);
        const string Wachtwoord = "een lang genoeg wachtwoord";
        Assert.Equal(HttpStatusCode.Redirect, (await portaal.VulInAsync("/beheer/uitnodiging/" + code, ("wachtwoord", Wachtwoord), ("herhaling", Wachtwoord))).Status);
        if (rol is Rol.Beheerder or Rol.Trajectteam)
        {
            var instellen = await portaal.GetAsync("/beheer/tweestaps");
            var sleutel = Regex.Match(instellen.Html, "Sleutel: ([a-z2-7 ]+)<").Groups[1].Value.Replace(" ", string.Empty, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await portaal.PostAsync("/beheer/tweestaps", instellen.Token, ("code", Totp.Code(sleutel)))).Status);
        }

        return portaal;
    }

    [Fact]
    public async Task ThePortalPageShowsTheLogToABeheerderAndARedacteurOfItsOwnOrganisationOnly()
    {
        var partners = await TestPartners.MaakAsync(server);
        var activiteit = await NieuweActiviteitAsync(partners);
        (await _client.GraphQLAsync(
            "mutation($id: ID!, $invoer: ActiviteitInvoer!) { activiteitWijzigen(id: $id, invoer: $invoer) { gelukt } }",
            new { id = activiteit, invoer = new { titel = "Koffie <b>&</b> praat" } }, sleutel: partners.RedacteurA)).ZonderFouten();
        (await _client.GraphQLAsync(
            "mutation($id: ID!) { organisatieWijzigen(id: $id, invoer: { telefoon: \"079 765 43 21\" }) { gelukt } }", new { id = partners.B }, sleutel: partners.RedacteurB)).ZonderFouten();
        var a = GlobalId.LeesInt(partners.A, nameof(Organisatie));

        using (var anoniem = new Portaal(server))
        {
            var weg = await anoniem.GetAsync("/beheer/wijzigingen");
            Assert.Equal(HttpStatusCode.Redirect, weg.Status);
            Assert.Equal("/beheer/inloggen?terug=%2Fbeheer%2Fwijzigingen", weg.Locatie);
        }

        using (var team = await AangemeldAsync(Rol.Trajectteam, traject: 1))
        {
            var geweigerd = await team.GetAsync("/beheer/wijzigingen");
            Assert.Equal(HttpStatusCode.Forbidden, geweigerd.Status);
            Assert.Contains("Foutcode: FORBIDDEN", geweigerd.Html, StringComparison.Ordinal);
            Assert.DoesNotContain("079 765 43 21", geweigerd.Html, StringComparison.Ordinal);
        }

        using (var redacteur = await AangemeldAsync(Rol.Redacteur, organisatie: a))
        {
            var eigen = await redacteur.GetAsync("/beheer/wijzigingen?organisatie=" + Uri.EscapeDataString(partners.A));
            Assert.Equal(HttpStatusCode.OK, eigen.Status);
            Assert.Contains("<code>titel</code>: <bdi>Testinloop</bdi> → <bdi>Koffie &lt;b&gt;&amp;&lt;/b&gt; praat</bdi>", eigen.Html, StringComparison.Ordinal);
            Assert.Contains("redacteur A", eigen.Html, StringComparison.Ordinal);
            Assert.Contains("Toegevoegd", eigen.Html, StringComparison.Ordinal);
            Assert.DoesNotContain("079 765 43 21", (await redacteur.GetAsync("/beheer/wijzigingen")).Html, StringComparison.Ordinal);
            var ander = await redacteur.GetAsync("/beheer/wijzigingen?organisatie=" + Uri.EscapeDataString(partners.B));
            Assert.Equal(HttpStatusCode.Forbidden, ander.Status);
            Assert.DoesNotContain("079 765 43 21", ander.Html, StringComparison.Ordinal);
        }

        using var beheerder = await AangemeldAsync(Rol.Beheerder);
        var alles = await beheerder.GetAsync("/beheer/wijzigingen?taal=en&organisatie=" + Uri.EscapeDataString(partners.B));
        Assert.Equal(HttpStatusCode.OK, alles.Status);
        Assert.Contains("<code>telefoon</code>: <bdi>–</bdi> → <bdi>079 765 43 21</bdi>", alles.Html, StringComparison.Ordinal);
        Assert.Contains("Changed", alles.Html, StringComparison.Ordinal);
        var activiteiten = await beheerder.GetAsync("/beheer/wijzigingen?objectType=Activiteit&organisatie=" + Uri.EscapeDataString(partners.A));
        Assert.Contains("Koffie &lt;b&gt;&amp;&lt;/b&gt; praat", activiteiten.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("079 765 43 21", activiteiten.Html, StringComparison.Ordinal);
        var onbekend = await beheerder.GetAsync("/beheer/wijzigingen?objectType=Antwoord");
        Assert.Equal(HttpStatusCode.BadRequest, onbekend.Status);
        Assert.Contains("Foutcode: UNKNOWN_OBJECT_TYPE", onbekend.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await beheerder.GetAsync("/beheer/wijzigingen?na=kapot")).Status);
    }

    [Fact]
    public async Task ThePortalPageCostsTheSameStatementsFor5And50EntriesAndPagesOn()
    {
        var partners = await TestPartners.MaakAsync(server);
        using var beheerder = await AangemeldAsync(Rol.Beheerder);
        var pad = "/beheer/wijzigingen?organisatie=" + Uri.EscapeDataString(partners.A);
        async Task<int> TelAsync()
        {
            server.SqlTeller.Reset();
            Assert.Equal(HttpStatusCode.OK, (await beheerder.GetAsync(pad)).Status);
            return server.SqlTeller.Aantal;
        }

        for (var i = 1; i <= 5; i++)
        {
            await WijzigTelefoonAsync(partners, i);
        }

        var vijf = await TelAsync();
        for (var i = 6; i <= 55; i++)
        {
            await WijzigTelefoonAsync(partners, i);
        }

        var vijftig = await TelAsync();
        Assert.Equal(vijf, vijftig);

        var eerste = await beheerder.GetAsync(pad);
        Assert.Contains("079 000 00 55", eerste.Html, StringComparison.Ordinal);
        var volgende = WebUtility.HtmlDecode(Regex.Match(eerste.Html, "<a rel=\"next\" href=\"([^\"]+)\"").Groups[1].Value);
        var tweede = await beheerder.GetAsync(volgende);
        Assert.Equal(HttpStatusCode.OK, tweede.Status);
        Assert.Contains("079 000 00 05", tweede.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("079 000 00 55", tweede.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"next\"", tweede.Html, StringComparison.Ordinal);
    }

    private async Task WijzigTelefoonAsync(TestPartners partners, int i) =>
        (await _client.GraphQLAsync(
            "mutation($id: ID!, $telefoon: String) { organisatieWijzigen(id: $id, invoer: { telefoon: $telefoon }) { gelukt } }",
            new { id = partners.A, telefoon = $"079 000 00 {i:00}" }, sleutel: partners.RedacteurA)).ZonderFouten();
}
