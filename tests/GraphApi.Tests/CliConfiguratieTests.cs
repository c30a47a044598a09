namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// The built GraphApi as an operator runs it, with a wrong setting or a mistyped command: a Dutch message and a stable
/// exit code, never a stack trace, never a server that starts where a command was meant, and nothing in the database.
/// </summary>
[Trait(TestDatabank.Kenmerk, TestDatabank.Onafhankelijk)]
public sealed class CliConfiguratieTests : IDisposable
{
    private readonly TijdelijkeMap _map = new("sociaalnetwerk-cli-configuratie");

    private string Bestand => Path.Combine(_map.Pad, "sociaalnetwerk.db");

    public void Dispose() => _map.Dispose();

    private Task<(int Code, string Uitvoer)> VoerUitAsync(IEnumerable<KeyValuePair<string, string>> extra, params string[] argumenten) =>
        GebouwdeApp.VoerUitAsync([.. GebouwdeApp.Sqlite(Bestand), new("Database:Map", _map.Pad), .. extra], argumenten);

    /// <summary>
    /// A typo in a command (or <c>help</c>) used to start the web server with the typo as an ignored argument: in a
    /// cron job a second server on the database, from a shell a command that never ends.
    /// </summary>
    [Theory]
    [InlineData("bakcup", "/tmp/x.db")]
    [InlineData("key", "list")]
    [InlineData("Keys")]
    public async Task AMistypedCommandIsRefusedAndStartsNoServer(params string[] argumenten)
    {
        var resultaat = await VoerUitAsync([], argumenten);

        Assert.Equal(1, resultaat.Code);
        Assert.Contains($"Onbekend commando of argument '{argumenten[0]}'.", resultaat.Uitvoer, StringComparison.Ordinal);
        Assert.Contains("Zie --help", resultaat.Uitvoer, StringComparison.Ordinal);
        Assert.DoesNotContain("draait op", resultaat.Uitvoer, StringComparison.Ordinal);
        Assert.False(File.Exists(Bestand));
    }

    [Fact]
    public async Task HelpAsAWordShowsTheHelp()
    {
        var algemeen = await VoerUitAsync([], "help");
        var sleutels = await VoerUitAsync([], "help", "keys", "create");

        Assert.True(algemeen.Code == 0, algemeen.Uitvoer);
        Assert.Contains("Commando's:", algemeen.Uitvoer, StringComparison.Ordinal);
        Assert.True(sleutels.Code == 0, sleutels.Uitvoer);
        Assert.Contains("--rol <beheerder|redacteur|trajectteam> (vereist)", sleutels.Uitvoer, StringComparison.Ordinal);
        Assert.False(File.Exists(Bestand));
    }

    /// <summary>The default of an option is announced in Dutch too, once.</summary>
    [Fact]
    public async Task DefaultValuesInTheHelpAreDutch()
    {
        var reset = await VoerUitAsync([], "demo-data", "reset", "--help");
        var kopie = await VoerUitAsync([], "database", "copy", "--help");

        Assert.Contains("[standaard: 1]", reset.Uitvoer, StringComparison.Ordinal);
        Assert.Contains("[standaard: 0]", reset.Uitvoer, StringComparison.Ordinal);
        Assert.Contains("[standaard: 1000]", kopie.Uitvoer, StringComparison.Ordinal);
        foreach (var uitvoer in new[] { reset.Uitvoer, kopie.Uitvoer })
        {
            Assert.DoesNotContain("default", uitvoer, StringComparison.Ordinal);
            Assert.DoesNotContain("standaard 1", uitvoer, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// A wrong setting stops every command (and the server) with one Dutch line that names it, exit code 78, before the
    /// database is touched. Before, some crashed with a stack trace (exit 134) and others passed unnoticed: the server
    /// then reported itself ready and answered every GraphQL request with a 500.
    /// </summary>
    [Theory]
    [InlineData("GraphQL:Timeout", "abc", "GraphQL:Timeout is 'abc': dat is geen tijdsduur langer dan 00:00:00.")]
    [InlineData("GraphQL:Cache:Geheugen", "32MB", "GraphQL:Cache:Geheugen is '32MB': dat is geen geheel getal 0 of meer.")]
    [InlineData("GraphQL:MaximaleDiepte", "-1", "GraphQL:MaximaleDiepte is '-1': dat is geen geheel getal 1 of meer.")]
    [InlineData("Geheugen:RustNa", "5s", "Geheugen:RustNa is '5s': dat is geen tijdsduur 00:00:00 of langer.")]
    [InlineData("Database:MigrateAtStart", "nee", "Database:MigrateAtStart is 'nee': dat is geen true of false.")]
    [InlineData("Beheer:InlogPogingenPerMinuut", "x", "Beheer:InlogPogingenPerMinuut is 'x': dat is geen geheel getal 1 of meer.")]
    [InlineData("Mail:Port", "70000", "Mail:Port is '70000': dat is geen geheel getal van 1 tot en met 65535.")]
    [InlineData("Database:Provider", "Oracle", "Database:Provider is 'Oracle': kies Sqlite of PostgreSQL.")]
    [InlineData("PubliekeUrl", "sociaalnetwerk.zoetermeer.nl", "PubliekeUrl is 'sociaalnetwerk.zoetermeer.nl': dat is geen volledig http- of https-adres")]
    [InlineData("ForwardedHeaders:KnownProxies:0", "proxy.intern", "ForwardedHeaders:KnownProxies:0 is 'proxy.intern': dat is geen IP-adres, zoals 10.0.0.5.")]
    [InlineData("ForwardedHeaders:KnownNetworks:0", "10.0.0.0/33", "ForwardedHeaders:KnownNetworks:0 is '10.0.0.0/33': dat is geen netwerk in CIDR-notatie, zoals 10.0.0.0/8.")]
    [InlineData("ConnectionStrings:SociaalNetwerk", "Host=db;Database=sociaalnetwerk", "ConnectionStrings:SociaalNetwerk is geen SQLite-verbindingsstring")]
    [InlineData("Paginas:FrameAncestors", "https://a.example;https://b.example", "Paginas:FrameAncestors is 'https://a.example;https://b.example': geef de websites")]
    [InlineData("Beheer:SessieMaximaleDuur", "0", "Beheer:SessieMaximaleDuur is '0': dat is geen tijdsduur langer dan 00:00:00 en hoogstens 7.00:00:00.")]
    [InlineData("Beheer:SessieInactiefNa", "30.00:00:00", "Beheer:SessieInactiefNa is '30.00:00:00': dat is geen tijdsduur langer dan 00:00:00 en hoogstens 7.00:00:00.")]
    [InlineData("Beheer:SessieInactiefNa", "13:00:00", "Beheer:SessieInactiefNa (13:00:00) is langer dan Beheer:SessieMaximaleDuur (12:00:00)")]
    [InlineData("DataProtection:Certificaat", "/bestaat/niet.pfx", "DataProtection:Certificaat is '/bestaat/niet.pfx': dat bestand bestaat niet.")]
    [InlineData("Paginas:UitvraagAdres", "https://www.partner.nl/meedoen", "Paginas:UitvraagAdres is 'https://www.partner.nl/meedoen': geef een pad of een http(s)-adres met {id}")]
    public async Task AWrongSettingIsADutchSentenceAndExitCode78(string sleutel, string waarde, string melding)
    {
        foreach (var argumenten in new[] { new[] { "keys", "list" }, ["--urls", "http://127.0.0.1:0"] })
        {
            var resultaat = await VoerUitAsync([new(sleutel, waarde)], argumenten);

            AssertConfiguratiefout(resultaat, melding);
        }
    }

    [Fact]
    public async Task PostgreSqlWithoutAConnectionStringIsADutchSentence()
    {
        var resultaat = await VoerUitAsync([new("Database:Provider", "PostgreSQL"), new("ConnectionStrings:SociaalNetwerk", "")], "migrate");

        AssertConfiguratiefout(resultaat, "Database:Provider is PostgreSQL, maar ConnectionStrings:SociaalNetwerk is leeg");
    }

    /// <summary>Every wrong setting at once, so an operator fixes them in one go.</summary>
    [Fact]
    public async Task EveryWrongSettingIsNamed()
    {
        var resultaat = await VoerUitAsync([new("GraphQL:Timeout", "10s"), new("GraphQL:Wachtrij", "veel")], "keys", "list");

        AssertConfiguratiefout(resultaat, "GraphQL:Timeout is '10s'");
        Assert.Contains("GraphQL:Wachtrij is 'veel'", resultaat.Uitvoer, StringComparison.Ordinal);
    }

    /// <summary>
    /// With JSON console logs the wrong settings are JSON log entries too, one per setting with its name as a property,
    /// so a log collector reads them (they were plain text whatever the log format).
    /// </summary>
    [Fact]
    public async Task WithJsonLogsEveryWrongSettingIsAJsonLogEntryThatNamesIt()
    {
        var resultaat = await VoerUitAsync([new("Logging:Console:FormatterName", "json"), new("GraphQL:Timeout", "10s"), new("Mail:Port", "70000")], "keys", "list");

        Assert.True(resultaat.Code == 78, resultaat.Uitvoer);
        var regels = resultaat.Uitvoer.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var entries = regels.Select(r => System.Text.Json.JsonDocument.Parse(r).RootElement.Clone()).ToList();
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal("Critical", e.GetProperty("LogLevel").GetString()));
        Assert.All(entries, e => Assert.Equal(78, e.GetProperty("EventId").GetInt32()));
        Assert.Equal(["GraphQL:Timeout", "Mail:Port"], entries.Select(e => e.GetProperty("State").GetProperty("Instelling").GetString()));
        Assert.StartsWith("GraphQL:Timeout is '10s': dat is geen tijdsduur", entries[0].GetProperty("State").GetProperty("Melding").GetString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Bestand));
    }

    /// <summary>
    /// Without <c>PubliekeUrl</c> the invitation link of <c>accounts invite</c> is on the address the server listens on
    /// (the default, or <c>ASPNETCORE_URLS</c>), as the server's own links are; it used to be <c>http://localhost/…</c>,
    /// without the port, which leads nowhere.
    /// </summary>
    [Theory]
    [InlineData(null, "http://localhost:5080/beheer/uitnodiging/")]
    [InlineData("http://127.0.0.1:8123", "http://127.0.0.1:8123/beheer/uitnodiging/")]
    public async Task TheInvitationLinkIsOnTheServersAddress(string? urls, string begin)
    {
        KeyValuePair<string, string>[] extra = urls is null ? [] : [new("ASPNETCORE_URLS", urls)];

        var resultaat = await VoerUitAsync(extra, "accounts", "invite", "--email", "nieuw@partner.example", "--rol", "beheerder");

        Assert.True(resultaat.Code == 0, resultaat.Uitvoer);
        var link = resultaat.Uitvoer.Split('\n').Select(r => r.Trim()).Single(r => r.Contains("/beheer/uitnodiging/", StringComparison.Ordinal) && !r.Contains(' ', StringComparison.Ordinal));
        Assert.StartsWith(begin, link, StringComparison.Ordinal);
    }

    private void AssertConfiguratiefout((int Code, string Uitvoer) resultaat, string melding)
    {
        Assert.True(resultaat.Code == 78, resultaat.Uitvoer);
        Assert.Contains("De configuratie klopt niet:", resultaat.Uitvoer, StringComparison.Ordinal);
        Assert.Contains(melding, resultaat.Uitvoer, StringComparison.Ordinal);
        Assert.Contains("Zie Configuratie in README.md", resultaat.Uitvoer, StringComparison.Ordinal);
        foreach (var engels in new[] { "   at ", "Unhandled", "Exception", "fail:", "draait op" })
        {
            Assert.DoesNotContain(engels, resultaat.Uitvoer, StringComparison.Ordinal);
        }

        Assert.False(File.Exists(Bestand));
    }
}
