using SociaalNetwerk.Schema.Agenda;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>The host's commands, run as a user runs them: the built GraphApi with arguments, on a real database file.</summary>
public sealed class CliTests : IAsyncLifetime
{
    private readonly TijdelijkeMap _map = new("sociaalnetwerk-cli");

    /// <summary>An empty database (no file yet; on PostgreSQL a database without tables): the CLI migrates it.</summary>
    private TestDatabank _databank = null!;

    public async Task InitializeAsync()
    {
        _databank = await TestDatabank.MaakAsync(_map.Pad, gemigreerd: false);
    }

    public async Task DisposeAsync()
    {
        await _databank.DisposeAsync();
        _map.Dispose();
    }

    private Task<(int Code, string Uitvoer)> VoerUitAsync(params string[] argumenten) => GebouwdeApp.VoerUitAsync(_databank.Instellingen, argumenten);

    private long Tel(string tabel) => _databank.Tel(tabel);

    [Fact]
    public async Task DemoDataResetFillsAnEmptyDatabaseAndReplacesChangedData()
    {
        var eerste = await VoerUitAsync("demo-data", "reset");
        Assert.True(eerste.Code == 0, eerste.Uitvoer);
        Assert.Contains("demogegevens zijn opnieuw geladen", eerste.Uitvoer, StringComparison.Ordinal);
        var activiteiten = Tel("Activiteiten");
        Assert.True(activiteiten >= 60);
        Assert.True(Tel("Voorkomens") > activiteiten);

        using (var verbinding = _databank.Open())
        {
            using var opdracht = verbinding.CreateCommand();
            opdracht.CommandText = "DELETE FROM \"Voorkomens\"; DELETE FROM \"ActiviteitOrganisatoren\"; DELETE FROM \"Activiteiten\";";
            opdracht.ExecuteNonQuery();
        }

        var tweede = await VoerUitAsync("demo-data", "reset");
        Assert.True(tweede.Code == 0, tweede.Uitvoer);
        Assert.Equal(activiteiten, Tel("Activiteiten"));
    }

    /// <summary>
    /// <c>--schaal 3 --geschiedenis 365</c>: three times the activities (each copy elsewhere, so the wijken's agendas
    /// grow too), and a year of past occurrences in the table, with the dates from today on as in the ordinary set.
    /// </summary>
    [Fact]
    public async Task DemoDataResetScalesTheActivitiesAndAddsAYearOfHistory()
    {
        var gewoon = await VoerUitAsync("demo-data", "reset");
        Assert.True(gewoon.Code == 0, gewoon.Uitvoer);
        var activiteiten = Tel("Activiteiten");
        var eenmalig = TelActiviteiten("\"Herhaling\" IS NULL");
        var nu = DateTime.UtcNow;
        var gewoonVerleden = TelVoorkomens("\"Start\" < @tot", nu.AddDays(-1));
        var gewoonTitels = TelTitels();

        var geschaald = await VoerUitAsync("demo-data", "reset", "--schaal", "3", "--geschiedenis", "365");

        Assert.True(geschaald.Code == 0, geschaald.Uitvoer);
        Assert.Contains("3 keer, met 365 dagen geschiedenis", geschaald.Uitvoer, StringComparison.Ordinal);
        Assert.Equal(0, gewoonVerleden);
        Assert.Equal(3 * activiteiten + (3 * eenmalig), Tel("Activiteiten")); // and an earlier edition of each one-off
        Assert.True(TelTitels() > 2 * gewoonTitels, "de kopieën hebben andere titels (hun wijk)");
        Assert.Equal(Tel("Activiteiten"), TelVoorkomens("1 = 1", nu, "COUNT(DISTINCT \"ActiviteitId\")"));

        // A year back: every open series has occurrences from (at least) a year ago, and past one-offs fill the year.
        Assert.True(TelVoorkomens("\"Start\" < @tot", nu.AddDays(-364)) >= 3 * 20, "voorkomens van een jaar geleden");
        Assert.True(TelVoorkomens("\"Start\" < @tot", nu) > 3 * 1000, "een jaar voorkomens in het verleden");
        Assert.Equal(0, TelVoorkomens("\"Start\" < @tot", nu.AddDays(-366 - 62)));
        Assert.True(TelVoorkomens("\"Start\" >= @tot", nu) > Tel("Activiteiten"), "en de komende tijd");

        // Planned as far as the server plans, and noted so: its background planner has nothing to re-plan from scratch.
        Assert.Equal(0, TelActiviteiten("\"VoorkomensTot\" IS NULL"));

        // Each series up to its own day of the week, as the server plans it (VoorkomenPlanner.PlanTotVoor: midnight UTC
        // of a day congruent to its id modulo 7), so the server's daily pass extends about a seventh of them, not all.
        await using var db = _databank.Keuze.MaakContext();
        var horizons = await db.Activiteiten.AsNoTracking().Where(a => a.VoorkomensTot < VoorkomenPlanner.Compleet)
            .Select(a => new { a.Id, Tot = a.VoorkomensTot!.Value }).ToListAsync();
        Assert.All(horizons, h => Assert.Equal((h.Tot.TimeOfDay, (h.Tot - DateTime.UnixEpoch).Days % 7), (TimeSpan.Zero, h.Id % 7)));
        Assert.All(horizons, h => Assert.InRange(h.Tot - nu, VoorkomenPlanner.Horizon - VoorkomenPlanner.Verlengmarge, VoorkomenPlanner.Horizon + TimeSpan.FromHours(1)));
        var perDag = horizons.GroupBy(h => h.Tot).Select(g => g.Count()).ToList();
        Assert.Equal(7, perDag.Count);
        Assert.All(perDag, aantal => Assert.InRange(aantal, horizons.Count / 14, horizons.Count * 2 / 7));
    }

    /// <summary>A wrong scale or history is refused with exit code 2 and a Dutch message, before anything is touched.</summary>
    [Theory]
    [InlineData("--schaal", "0", "--schaal is een geheel getal van 1 tot 1000")]
    [InlineData("--schaal", "1001", "--schaal is een geheel getal van 1 tot 1000")]
    [InlineData("--schaal", "abc", "'abc' is dat niet")]
    [InlineData("--schaal", "2.5", "'2.5' is dat niet")]
    [InlineData("--schaal", " 2", "' 2' is dat niet")]
    [InlineData("--schaal", "+2", "'+2' is dat niet")]
    [InlineData("--geschiedenis", "-1", "--geschiedenis is een aantal dagen van 0 tot 3653. '-1' is dat niet")]
    [InlineData("--geschiedenis", "3654", "--geschiedenis is een aantal dagen van 0 tot 3653")]
    [InlineData("--geschiedenis", "99999999999", "--geschiedenis is een aantal dagen")]
    [InlineData("--geschiedenis", "１０", "--geschiedenis is een aantal dagen")]
    public async Task AWrongScaleOrHistoryIsRefusedWithCode2AndTouchesNothing(string optie, string waarde, string melding)
    {
        var resultaat = await VoerUitAsync("demo-data", "reset", $"{optie}={waarde}");

        AssertNederlandseFout(resultaat, melding);
        Assert.Equal(2, resultaat.Code);
        Assert.False(_databank.HeeftTabellen());
    }

    private long TelActiviteiten(string voorwaarde)
    {
        using var verbinding = _databank.Open();
        using var opdracht = verbinding.CreateCommand();
        opdracht.CommandText = "SELECT COUNT(*) FROM \"Activiteiten\" WHERE " + voorwaarde;
        return Convert.ToInt64(opdracht.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private long TelTitels()
    {
        using var verbinding = _databank.Open();
        using var opdracht = verbinding.CreateCommand();
        opdracht.CommandText = "SELECT COUNT(DISTINCT \"Titel\") FROM \"Activiteiten\"";
        return Convert.ToInt64(opdracht.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private long TelVoorkomens(string voorwaarde, DateTime tot, string telling = "COUNT(*)")
    {
        using var verbinding = _databank.Open();
        using var opdracht = verbinding.CreateCommand();
        opdracht.CommandText = $"SELECT {telling} FROM \"Voorkomens\" WHERE {voorwaarde}";
        var parameter = opdracht.CreateParameter();
        parameter.ParameterName = "@tot";
        parameter.Value = TestDatabank.IsPostgreSql ? tot : tot.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        opdracht.Parameters.Add(parameter);
        return Convert.ToInt64(opdracht.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task AnUnknownCommandIsRefusedAndChangesNothing()
    {
        var resultaat = await VoerUitAsync("demo-data", "wis-alles");

        Assert.NotEqual(0, resultaat.Code);
        Assert.Contains("wis-alles", resultaat.Uitvoer, StringComparison.Ordinal);
        Assert.False(_databank.HeeftTabellen());
    }

    /// <summary>A wrong role or id is a clear message and a non-zero exit code, never an exception, and creates nothing.</summary>
    [Theory]
    [InlineData("99", null, null, "'99' is geen rol")]
    [InlineData("beheerder,redacteur", null, null, "'beheerder,redacteur' is geen rol")]
    [InlineData("", null, null, "'' is geen rol")]
    [InlineData("redacteur", "abc", null, "'abc' is geen id van een Organisatie")]
    [InlineData("redacteur", "2147483648", null, "'2147483648' is geen id van een Organisatie")]
    [InlineData("redacteur", "-1", null, "'-1' is geen id van een Organisatie")]
    [InlineData("redacteur", "%00１\u202e", null, "is geen id van een Organisatie")]
    [InlineData("trajectteam", null, "QWN0aXZpdGVpdDox", "'QWN0aXZpdGVpdDox' is geen id van een Participatietraject")]
    public async Task AWrongRoleOrIdIsAClearMessageAndChangesNothing(string rol, string? organisatie, string? traject, string melding)
    {
        string[] argumenten =
        [
            "keys", "create", "--rol", rol, "--omschrijving", "test",
            .. organisatie is null ? Array.Empty<string>() : ["--organisatie", organisatie],
            .. traject is null ? Array.Empty<string>() : ["--traject", traject],
        ];

        var resultaat = await VoerUitAsync(argumenten);

        Assert.NotEqual(0, resultaat.Code);
        Assert.Contains(melding, resultaat.Uitvoer, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", resultaat.Uitvoer, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", resultaat.Uitvoer, StringComparison.Ordinal);
        Assert.False(_databank.HeeftTabellen());
    }

    /// <summary>
    /// <c>accounts invite</c> and <c>accounts disable</c> each leave one <c>Account</c> entry in the audit log, by "cli",
    /// with the role and the state; the invitation token and the security stamp are nowhere in the log.
    /// </summary>
    [Fact]
    public async Task AccountsInviteAndDisableAreLoggedByTheCliWithoutSecrets()
    {
        var uitgenodigd = await VoerUitAsync("accounts", "invite", "--email", "log@partner.example", "--rol", "beheerder");
        Assert.True(uitgenodigd.Code == 0, uitgenodigd.Uitvoer);
        var link = uitgenodigd.Uitvoer.Split('\n').Select(r => r.Trim()).Single(r => r.Contains("/beheer/uitnodiging/", StringComparison.Ordinal));
        var uit = await VoerUitAsync("accounts", "disable", "--email", "log@partner.example");
        Assert.True(uit.Code == 0, uit.Uitvoer);

        using var verbinding = _databank.Open();
        using var opdracht = verbinding.CreateCommand();
        opdracht.CommandText = """
            SELECT w."DoorKenmerk", w."DoorNaam", w."Soort", w."Velden", a."SecurityStamp"
            FROM "Wijzigingen" w JOIN "Accounts" a ON a."Id" = w."ObjectId"
            WHERE w."ObjectType" = 'Account' ORDER BY w."Volgnummer"
            """;
        using var lezer = opdracht.ExecuteReader();
        List<(string Door, string Naam, string Soort, string Velden, string Stempel)> regels = [];
        while (lezer.Read())
        {
            // PostgreSQL's jsonb writes a space after each colon; SQLite keeps the text as written.
            regels.Add((lezer.GetString(0), lezer.GetString(1), lezer.GetString(2), lezer.GetString(3).Replace("\": ", "\":", StringComparison.Ordinal), lezer.GetString(4)));
        }

        Assert.Equal(2, regels.Count);
        Assert.All(regels, r => Assert.Equal(("cli", "cli"), (r.Door, r.Naam)));
        Assert.Contains("\"Nieuw\":\"BEHEERDER\"", regels[0].Velden, StringComparison.Ordinal);
        Assert.Contains("\"Nieuw\":\"UITGENODIGD\"", regels[0].Velden, StringComparison.Ordinal);
        Assert.Contains("log@partner.example", regels[0].Velden, StringComparison.Ordinal);
        Assert.Contains("\"Nieuw\":\"UITGESCHAKELD\"", regels[1].Velden, StringComparison.Ordinal);
        var code = link[(link.LastIndexOf('/') + 1)..];
        foreach (var (_, _, _, velden, stempel) in regels)
        {
            Assert.DoesNotContain(code, velden, StringComparison.Ordinal);
            Assert.DoesNotContain(stempel, velden, StringComparison.Ordinal);
        }
    }

    /// <summary>English that System.CommandLine or the code used to print; none of it may reach a user.</summary>
    private static readonly string[] Engels = ["Unrecognized", "Required", "required", "Usage", "Options", "Commands", "Description", "does not exist", "needs exactly", "Show help", "Exception", "   at "];

    private static void AssertNederlandseFout((int Code, string Uitvoer) resultaat, string melding)
    {
        Assert.NotEqual(0, resultaat.Code);
        Assert.Contains(melding, resultaat.Uitvoer, StringComparison.Ordinal);
        foreach (var engels in Engels)
        {
            Assert.DoesNotContain(engels, resultaat.Uitvoer, StringComparison.Ordinal);
        }
    }

    /// <summary>Mistakes in the arguments are refused in Dutch before the database is touched, with a non-zero exit code.</summary>
    [Theory]
    [InlineData(new[] { "demo-data", "wis-alles" }, "Onbekend commando of argument 'wis-alles'.")]
    [InlineData(new[] { "keys" }, "Geef een commando op.")]
    [InlineData(new[] { "keys", "create", "--omschrijving", "test" }, "De optie --rol is verplicht.")]
    [InlineData(new[] { "keys", "create", "--rol", "beheerder" }, "De optie --omschrijving is verplicht.")]
    [InlineData(new[] { "keys", "create", "--rol", "beheerder", "--omschrijving" }, "Na de optie --omschrijving hoort een waarde.")]
    [InlineData(new[] { "keys", "create", "--rol", "beheerder", "--omschrijving", "" }, "Geef met --omschrijving aan voor wie de sleutel is")]
    [InlineData(new[] { "keys", "create", "--rol", "beheerder", "--omschrijving", "  " }, "Geef met --omschrijving aan voor wie de sleutel is")]
    [InlineData(new[] { "keys", "create", "--rol", "redacteur", "--omschrijving", "test" }, "Een redacteur hoort bij een organisatie: geef --organisatie op.")]
    [InlineData(new[] { "keys", "create", "--rol", "redacteur", "--organisatie", "2", "--traject", "1", "--omschrijving", "test" }, "Een redacteur hoort bij een organisatie, niet bij een traject: laat --traject weg.")]
    [InlineData(new[] { "keys", "create", "--rol", "trajectteam", "--omschrijving", "test" }, "Een trajectteam hoort bij een participatietraject: geef --traject op.")]
    [InlineData(new[] { "keys", "create", "--rol", "beheerder", "--organisatie", "2", "--omschrijving", "test" }, "Een beheerder hoort niet bij een organisatie of traject")]
    [InlineData(new[] { "keys", "revoke" }, "Bij het commando revoke hoort een waarde.")]
    public async Task AMistakeInTheArgumentsIsRefusedInDutchBeforeTheDatabase(string[] argumenten, string melding)
    {
        var resultaat = await VoerUitAsync(argumenten);

        AssertNederlandseFout(resultaat, melding);
        Assert.False(_databank.HeeftTabellen());
    }

    /// <summary>What only the database can tell is refused in Dutch too, and stores nothing.</summary>
    [Theory]
    [InlineData(new[] { "keys", "create", "--rol", "redacteur", "--organisatie", "999", "--omschrijving", "test" }, "Er is geen organisatie met nummer 999.")]
    [InlineData(new[] { "keys", "create", "--rol", "redacteur", "--organisatie", "T3JnYW5pc2F0aWU6OTk5", "--omschrijving", "test" }, "Er is geen organisatie met nummer 999.")]
    [InlineData(new[] { "keys", "create", "--rol", "trajectteam", "--traject", "999", "--omschrijving", "test" }, "Er is geen participatietraject met nummer 999.")]
    [InlineData(new[] { "keys", "revoke", "sn_onbekend99" }, "Er is geen actieve sleutel met kenmerk 'sn_onbekend99'.")]
    public async Task AnUnknownOrganisationTrajectOrKeyIsRefusedInDutch(string[] argumenten, string melding)
    {
        var resultaat = await VoerUitAsync(argumenten);

        AssertNederlandseFout(resultaat, melding);
        Assert.Equal(0, Tel("ApiSleutels"));
    }

    [Fact]
    public async Task HelpIsDutch()
    {
        var algemeen = await VoerUitAsync("--help");
        var maak = await VoerUitAsync("keys", "create", "--help");

        foreach (var (code, uitvoer) in new[] { algemeen, maak })
        {
            Assert.True(code == 0, uitvoer);
            Assert.Contains("Beschrijving:", uitvoer, StringComparison.Ordinal);
            Assert.Contains("Gebruik:", uitvoer, StringComparison.Ordinal);
            Assert.Contains("Opties:", uitvoer, StringComparison.Ordinal);
            Assert.Contains("[opties]", uitvoer, StringComparison.Ordinal);
            Assert.Contains("Toont deze hulp.", uitvoer, StringComparison.Ordinal);
            foreach (var engels in Engels.Append("[options]").Append("REQUIRED"))
            {
                Assert.DoesNotContain(engels, uitvoer, StringComparison.Ordinal);
            }
        }

        Assert.Contains("Commando's:", algemeen.Uitvoer, StringComparison.Ordinal);
        Assert.Contains("--rol <beheerder|redacteur|trajectteam> (vereist)", maak.Uitvoer, StringComparison.Ordinal);
        Assert.False(_databank.HeeftTabellen());
    }

    [Fact]
    public async Task CreatingListingAndRevokingAKeyIsReportedInDutch()
    {
        var maak = await VoerUitAsync("keys", "create", "--rol", "redacteur", "--organisatie", "2", "--omschrijving", "website inZet");
        Assert.True(maak.Code == 0, maak.Uitvoer);
        var kenmerk = System.Text.RegularExpressions.Regex.Match(maak.Uitvoer, @"Sleutel (sn_[a-z0-9]+) \(redacteur\) gemaakt\.").Groups[1].Value;
        Assert.NotEmpty(kenmerk);

        var lijst = await VoerUitAsync("keys", "list");
        Assert.Contains($"{kenmerk}  redacteur organisatie 2  actief  website inZet", lijst.Uitvoer, StringComparison.Ordinal);

        var trekIn = await VoerUitAsync("keys", "revoke", kenmerk);
        Assert.True(trekIn.Code == 0, trekIn.Uitvoer);
        Assert.Contains($"De sleutel {kenmerk} is ingetrokken.", trekIn.Uitvoer, StringComparison.Ordinal);

        AssertNederlandseFout(await VoerUitAsync("keys", "revoke", kenmerk), $"Er is geen actieve sleutel met kenmerk '{kenmerk}'.");
    }
}
