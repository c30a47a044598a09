using System.Globalization;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// <c>database copy</c>: a whole installation moves to an empty database of the other provider and back, and a real
/// server on the copy answers as the original did. In a SQLite run with a PostgreSQL cluster at hand
/// (<c>SN_TEST_POSTGRES</c>) the trip goes SQLite → PostgreSQL → SQLite, in the PostgreSQL run PostgreSQL → SQLite →
/// PostgreSQL; without a cluster SQLite → SQLite → SQLite, which still exercises the generic copy, the ordering, the
/// sequences and the verification.
/// </summary>
public sealed class DatabaseKopieTests : IAsyncLifetime
{
    private readonly TijdelijkeMap _map = new("sociaalnetwerk-kopie");

    private readonly List<TestDatabank> _databanken = [];

    /// <summary>The provider of the middle of the round trip: the other one when a cluster is at hand.</summary>
    private static DatabaseProvider Tussen => TestDatabank.IsPostgreSql
        ? DatabaseProvider.Sqlite
        : TestDatabank.PostgreSqlBeschikbaar ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var databank in _databanken)
        {
            await databank.DisposeAsync();
        }

        _map.Dispose();
    }

    private string Map(string naam)
    {
        var map = Path.Combine(_map.Pad, naam);
        Directory.CreateDirectory(map);
        return map;
    }

    /// <summary>A database of the run's provider, migrated (PostgreSQL) or not yet there (SQLite): a server seeds it.</summary>
    private async Task<TestDatabank> BronAsync(string naam)
    {
        var databank = await TestDatabank.MaakAsync(Map(naam));
        _databanken.Add(databank);
        return databank;
    }

    private async Task<TestDatabank> LeegAsync(string naam, DatabaseProvider provider)
    {
        var databank = await TestDatabank.MaakLeegAsync(Map(naam), provider);
        _databanken.Add(databank);
        return databank;
    }

    /// <summary>Starts the real server on a database that outlives it.</summary>
    private static async Task<VasteConfiguratieServer> StartAsync(TestDatabank databank)
    {
        var server = new VasteConfiguratieServer(databank.Instellingen);
        await server.InitializeAsync();
        return server;
    }

    private static Task StopAsync(VasteConfiguratieServer server) => ((IAsyncLifetime)server).DisposeAsync();

    /// <summary>The built GraphApi with <paramref name="argumenten"/>, configured for <paramref name="databank"/> as an operator would.</summary>
    private static Task<(int Code, string Uitvoer)> CliAsync(TestDatabank databank, params string[] argumenten) => GebouwdeApp.VoerUitAsync(databank.Instellingen, argumenten);

    private static Task<(int Code, string Uitvoer)> KopieerAsync(TestDatabank bron, TestDatabank doel) =>
        CliAsync(bron, "database", "copy", "--naar", doel.Keuze.Provider == DatabaseProvider.PostgreSql ? "PostgreSQL" : "Sqlite", "--verbinding", doel.Keuze.ConnectionString, "--batch", "97");

    /// <summary>The rows of the count table the command prints: table, source, target.</summary>
    private static Dictionary<string, (long Bron, long Doel)> Tellingen(string uitvoer) =>
        Regex.Matches(uitvoer, @"^(\w+)\s+(\d+)\s+(\d+)\s*$", RegexOptions.Multiline)
            .ToDictionary(m => m.Groups[1].Value, m => (long.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), long.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture)));

    private const string Agenda = """
        query($filter: AgendaFilter, $after: String) { agenda(first: 40, filter: $filter, after: $after) {
          totalCount pageInfo { hasNextPage endCursor }
          nodes { id start eind status activiteit { id titel omschrijving soort organisatoren { naam } locatie { naam wijk { slug } } kosten { gratis bedragInCenten } } } } }
        """;

    private const string Resultaten = """
        query($id: ID!) { uitvraag(id: $id) { titel resultaten {
          totaal { aantal weergave } perWijk { wijk { slug } telling { aantal } }
          vragen { vraag { nummer type } opties { optie { tekst } telling { aantal } } schaal { gemiddelde mediaan }
                   helpendeFactoren { tekst telling { aantal } } remmendeFactoren { tekst telling { aantal } } openAntwoorden } } } }
        """;

    private const string Wijzigingen = """
        { wijzigingen(first: 100) { totalCount nodes { volgnummer tijdstip door doorKenmerk soort objectType objectId organisatieIds velden { veld oud nieuw lang } } } }
        """;

    private const string Indienen = "mutation($invoer: ReactieInvoer!) { reactieIndienen(invoer: $invoer) { gelukt fouten { code bericht } } }";

    private const string Toevoegen = "mutation($invoer: ActiviteitInvoer!) { activiteitToevoegen(invoer: $invoer) { gelukt fouten { veld code } activiteit { id } } }";

    /// <summary>What the tests compare: the agenda (two pages), searches with and without accents, results, the audit log.</summary>
    private static async Task<List<string>> VraagAllesAsync(SociaalNetwerkServer server, TestUitvraag uitvraag, string beheerder)
    {
        using var client = server.MaakClient();
        async Task<JsonNode> Vraag(string query, object? variabelen = null, string? sleutel = null) =>
            (await client.GraphQLAsync(query, variabelen, sleutel: sleutel)).ZonderFouten().Data;

        var eerste = await Vraag(Agenda);
        var tweede = await Vraag(Agenda, new { after = eerste["agenda"]!["pageInfo"]!["endCursor"]!.GetValue<string>() });
        return
        [
            eerste.ToJsonString(),
            tweede.ToJsonString(),
            (await Vraag(Agenda, new { filter = new { zoekterm = "taalcafé" } })).ToJsonString(),
            (await Vraag(Agenda, new { filter = new { zoekterm = "TAALCAFE" } })).ToJsonString(),
            (await Vraag(Agenda, new { filter = new { zoekterm = "één keer" } })).ToJsonString(),
            (await Vraag(Resultaten, new { id = uitvraag.Id }, uitvraag.TeamSleutel)).ToJsonString(),
            (await Vraag(Wijzigingen, sleutel: beheerder)).ToJsonString(),
        ];
    }

    [Fact]
    public async Task AnInstallationMovesToTheOtherProviderAndBackAndAServerOnTheCopyAnswersTheSame()
    {
        var origineel = await BronAsync("origineel");
        var tussen = await LeegAsync("tussen", Tussen);
        var terug = await LeegAsync("terug", TestDatabank.Provider);

        // The original: demo data plus an account (invited before the server starts: the CLI plans occurrences with
        // the real clock, the server with its fixed one, and every server below starts with that same clock) and
        // what respondents and partners wrote through GraphQL.
        var uitgenodigd = await CliAsync(origineel, "accounts", "invite", "--email", "kopie@partner.example", "--rol", "beheerder");
        Assert.True(uitgenodigd.Code == 0, uitgenodigd.Uitvoer);
        var server = await StartAsync(origineel);
        var partners = await TestPartners.MaakAsync(server);
        var uitvraag = await TestUitvraag.MaakAsync(server);
        var beheerder = (await server.Services.GetRequiredService<ApiSleutels>().MaakAsync(Rol.Beheerder, null, null, "kopie")).Sleutel;
        using (var client = server.MaakClient())
        {
            var activiteit = partners.WekelijkseActiviteit("Taalcafé Rokkeveen – één keer per week");
            activiteit["omschrijving"] = "Ça va? Koffie, thee en Nederlands oefenen: ‘gezellig’ 😊";
            var toegevoegd = (await client.GraphQLAsync(Toevoegen, new { invoer = activiteit }, sleutel: partners.RedacteurA)).ZonderFouten().Data["activiteitToevoegen"]!;
            Assert.True(toegevoegd["gelukt"]!.GetValue<bool>(), toegevoegd.ToJsonString());
            foreach (var (wijk, keuze, open) in new[] { ("seghwaert", 1, "Ontmoeting in het café, één keer 😊"), ("oosterheem", 2, "Meer bankjes aan de Ëmmaweg") })
            {
                var invoer = uitvraag.Reactie(wijk, "INWONERS", keuze, [0, 2], 4, [uitvraag.Helpend(0), TestUitvraag.Remmend("Te weinig ‘groen’")], open);
                var ingediend = (await client.GraphQLAsync(Indienen, new { invoer })).ZonderFouten().Data["reactieIndienen"]!;
                Assert.True(ingediend["gelukt"]!.GetValue<bool>(), ingediend.ToJsonString());
            }
        }

        await StopAsync(server);

        // There and back, each verified by counts per table.
        var heen = await KopieerAsync(origineel, tussen);
        Assert.True(heen.Code == 0, heen.Uitvoer);
        var weer = await KopieerAsync(tussen, terug);
        Assert.True(weer.Code == 0, weer.Uitvoer);
        foreach (var uitvoer in new[] { heen.Uitvoer, weer.Uitvoer })
        {
            Assert.Contains("Zorg dat de server (en elke andere instantie) stilstaat", uitvoer, StringComparison.Ordinal);
            var tellingen = Tellingen(uitvoer);
            foreach (var tabel in new[] { "Activiteiten", "Voorkomens", "Reacties", "Antwoorden", "Wijzigingen", "WijzigingOrganisaties", "Accounts", "AccountRollen", "ApiSleutels", "ActiviteitOrganisatoren" })
            {
                Assert.True(tellingen.TryGetValue(tabel, out var telling) && telling.Bron > 0 && telling.Bron == telling.Doel, $"{tabel}: {uitvoer}");
            }

            Assert.All(tellingen.Values, t => Assert.Equal(t.Bron, t.Doel));
        }

        Assert.Equal(Tellingen(heen.Uitvoer), Tellingen(weer.Uitvoer));

        // Every start plans the occurrences of recurring activities anew, with new numbers from the table's sequence. The
        // original, started again, answers first; the copies keep each sequence where the original's was (also past
        // deleted rows), so their first start hands out the same numbers and the answers, occurrence ids and cursors
        // included, are identical.
        server = await StartAsync(origineel);
        var voor = await VraagAllesAsync(server, uitvraag, beheerder);
        await StopAsync(server);

        // A server on the copy in the middle and on the copy back answers as the original did, and goes on numbering.
        foreach (var kopie in new[] { tussen, terug })
        {
            var opKopie = await StartAsync(kopie);
            try
            {
                var na = await VraagAllesAsync(opKopie, uitvraag, beheerder);
                for (var i = 0; i < voor.Count; i++)
                {
                    Assert.Equal(voor[i], na[i]);
                }

                using var client = opKopie.MaakClient();
                var invoer = uitvraag.Reactie("seghwaert", "INWONERS", 0, [], 3, [uitvraag.Helpend(1)], "Na de kopie");
                var ingediend = (await client.GraphQLAsync(Indienen, new { invoer })).ZonderFouten().Data["reactieIndienen"]!;
                Assert.True(ingediend["gelukt"]!.GetValue<bool>(), ingediend.ToJsonString());
                var toegevoegd = (await client.GraphQLAsync(Toevoegen, new { invoer = partners.WekelijkseActiviteit("Na de kopie") }, sleutel: partners.RedacteurA)).ZonderFouten().Data["activiteitToevoegen"]!;
                Assert.True(toegevoegd["gelukt"]!.GetValue<bool>(), toegevoegd.ToJsonString());
                var log = (await client.GraphQLAsync(Wijzigingen, sleutel: beheerder)).ZonderFouten().Data["wijzigingen"]!["nodes"]!.AsArray();
                var volgnummers = log.Select(n => n!["volgnummer"]!.GetValue<int>()).ToList();
                Assert.Equal(volgnummers.Distinct().Count(), volgnummers.Count);
                Assert.Equal(volgnummers.Max(), log[0]!["volgnummer"]!.GetValue<int>());
            }
            finally
            {
                await StopAsync(opKopie);
            }
        }

        var accounts = await CliAsync(terug, "accounts", "list");
        Assert.Contains("kopie@partner.example  uitgenodigd  beheerder", accounts.Uitvoer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANonEmptyTargetIsRefusedAndNothingIsWritten()
    {
        var bron = await BronAsync("bron");
        var gereset = await CliAsync(bron, "demo-data", "reset");
        Assert.True(gereset.Code == 0, gereset.Uitvoer);
        var doel = await LeegAsync("doel", TestDatabank.Provider);

        var eerste = await KopieerAsync(bron, doel);
        Assert.True(eerste.Code == 0, eerste.Uitvoer);
        var activiteiten = doel.Tel("Activiteiten");
        var wijzigingen = doel.Tel("Wijzigingen");
        Assert.True(activiteiten > 0);

        var tweede = await KopieerAsync(bron, doel);

        Assert.Equal(3, tweede.Code);
        Assert.Contains("Het doel is niet leeg", tweede.Uitvoer, StringComparison.Ordinal);
        Assert.Contains("Er is niets geschreven.", tweede.Uitvoer, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", tweede.Uitvoer, StringComparison.Ordinal);
        Assert.Empty(Tellingen(tweede.Uitvoer));
        Assert.Equal(activiteiten, doel.Tel("Activiteiten"));
        Assert.Equal(wijzigingen, doel.Tel("Wijzigingen"));

        // A table of something else in the target is refused as well, and the source itself is never a target.
        var vreemd = await LeegAsync("vreemd", TestDatabank.Provider);
        using (var verbinding = vreemd.Open())
        {
            using var opdracht = verbinding.CreateCommand();
            opdracht.CommandText = "CREATE TABLE \"Klanten\" (\"Id\" INTEGER PRIMARY KEY)";
            opdracht.ExecuteNonQuery();
        }

        var naarVreemd = await KopieerAsync(bron, vreemd);
        Assert.Equal(3, naarVreemd.Code);
        Assert.Contains("Klanten (hoort niet bij Sociaal Netwerk)", naarVreemd.Uitvoer, StringComparison.Ordinal);
        Assert.Equal(0, vreemd.Tel("Klanten"));
        Assert.False(TabelBestaat(vreemd, "Activiteiten"));

        var naarZichzelf = await KopieerAsync(bron, bron);
        Assert.Equal(3, naarZichzelf.Code);
    }

    private static bool TabelBestaat(TestDatabank databank, string tabel)
    {
        using var verbinding = databank.Open();
        using var opdracht = verbinding.CreateCommand();
        opdracht.CommandText = TestDatabank.IsPostgreSql
            ? $"SELECT COUNT(*) FROM information_schema.tables WHERE table_name = '{tabel}'"
            : $"SELECT COUNT(*) FROM sqlite_master WHERE name = '{tabel}'";
        return Convert.ToInt64(opdracht.ExecuteScalar(), CultureInfo.InvariantCulture) > 0;
    }

    /// <summary>Wrong arguments are refused in Dutch before any database is touched; the help is Dutch.</summary>
    [Theory]
    [InlineData(new[] { "database", "copy", "--naar", "Oracle", "--verbinding", "Data Source=x.db" }, "'Oracle' is geen soort database: kies PostgreSQL of Sqlite.")]
    [InlineData(new[] { "database", "copy", "--naar", "PostgreSQL" }, "De optie --verbinding is verplicht.")]
    [InlineData(new[] { "database", "copy", "--verbinding", "Data Source=x.db" }, "De optie --naar is verplicht.")]
    [InlineData(new[] { "database", "copy", "--naar", "Sqlite", "--verbinding", " " }, "Geef met --verbinding de connection string van de lege doeldatabase.")]
    [InlineData(new[] { "database", "copy", "--naar", "PostgreSQL", "--verbinding", "Hots=db" }, "--verbinding is geen geldige connection string voor PostgreSQL")]
    [InlineData(new[] { "database", "copy", "--naar", "Sqlite", "--verbinding", "Data Source=x.db", "--batch", "0" }, "--batch is een aantal rijen van 1 tot 100000.")]
    public async Task WrongArgumentsAreRefusedInDutch(string[] argumenten, string melding)
    {
        var bron = await BronAsync("bron");

        var resultaat = await CliAsync(bron, argumenten);

        Assert.NotEqual(0, resultaat.Code);
        Assert.Contains(melding, resultaat.Uitvoer, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", resultaat.Uitvoer, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(AppContext.BaseDirectory, "x.db")));
    }

    [Fact]
    public async Task TheHelpIsDutchAndSaysToStopTheServer()
    {
        var bron = await BronAsync("bron");

        var hulp = await CliAsync(bron, "database", "copy", "--help");

        Assert.True(hulp.Code == 0, hulp.Uitvoer);
        Assert.Contains("Zet de server eerst stil.", hulp.Uitvoer, StringComparison.Ordinal);
        Assert.Contains("--naar <PostgreSQL|Sqlite> (vereist)", hulp.Uitvoer, StringComparison.Ordinal);
        Assert.Contains("Opties:", hulp.Uitvoer, StringComparison.Ordinal);
    }
}
