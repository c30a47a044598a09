using SociaalNetwerk.Schema.Accounts;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// Findings of a security review (OWASP ASVS level 2) against the running server, each proven over real HTTP: what an
/// anonymous client or a key of another organisation could do that it should not, and input that made the server fail.
/// </summary>
[Collection(ServerCollectie.Naam)]
public sealed class BeveiligingsTests(SociaalNetwerkServer server)
{
    private readonly HttpClient _client = server.MaakClient();

    /// <summary>
    /// A GraphQL string with a <c>\u</c> escape of half a surrogate pair (<c>"\ud800"</c>): a syntax error in the GraphQL
    /// specification that the parser let through. Anonymous, 72 bytes, and every text argument was an internal error
    /// (the search of the agenda, the social map and the locations; a reactie) with a stack trace in the log.
    /// </summary>
    public static TheoryData<string, string, int, int> LosseSurrogaten => new()
    {
        { "search of the social map", "{ organisaties(filter: { zoekterm: \"a\\ud800\" }) { nodes { id } } }", 1, 36 },
        { "search of the agenda", "{ agenda(filter: { zoekterm: \"\\udc00\" }) { nodes { id } } }", 1, 30 },
        { "search of the locations", "{ locaties(filter: { zoekterm: \"x\\udc00y\" }) { nodes { id } } }", 1, 32 },
        { "a high half at the end", "{ organisaties(filter: { zoekterm: \"\\ud83d\" }) { nodes { id } } }", 1, 36 },
        {
            "a reactie", """
            mutation {
              reactieIndienen(invoer: { uitvraagId: "VWl0dnJhYWc6MQ", idempotentieSleutel: "0f0e7d3c-1111-4c4c-8888-123456789abc",
                antwoorden: [{ vraagId: "VnJhYWc6NQ", tekst: "open \ud800 tekst" }] }) { gelukt }
            }
            """, 3, 50
        },
        { "in a fragment that is never used", "{ __typename } fragment F on Query { organisaties(filter: { zoekterm: \"\\ud800\" }) { totalCount } }", 1, 71 },
        { "in a variable's default", "query($z: String = \"\\udfff\") { organisaties(filter: { zoekterm: $z }) { nodes { id } } }", 1, 20 },
    };

    [Theory]
    [MemberData(nameof(LosseSurrogaten))]
    public async Task AStringWithALoneSurrogateEscapeIsASyntaxErrorAtItsPlaceNotAnInternalError(string geval, string query, int regel, int kolom)
    {
        var antwoord = await _client.GraphQLAsync(query);

        Assert.True(antwoord.EersteCode == "SYNTAX_ERROR", geval + ": " + antwoord.Body.ToJsonString());
        Assert.Equal(HttpStatusCode.BadRequest, antwoord.Status);
        Assert.Single(antwoord.Errors!);
        Assert.Null(antwoord.Body["data"]);
        var plaats = antwoord.Errors![0]!["locations"]![0]!;
        Assert.Equal((regel, kolom), (plaats["line"]!.GetValue<int>(), plaats["column"]!.GetValue<int>()));
        Assert.Equal($"De GraphQL-query kan niet worden gelezen: de tekst op regel {regel}, kolom {kolom} bevat een \\u-code die geen teken is (een losse helft van een surrogaatpaar, zoals \\ud800). Schrijf het teken zelf of een volledig paar.", antwoord.EersteBericht);

        var engels = await _client.GraphQLAsync(query, taal: "en");
        Assert.StartsWith("The GraphQL query cannot be read: the string at line", engels.EersteBericht, StringComparison.Ordinal);
    }

    /// <summary>
    /// A person who leaves (the account disabled) or changes tasks (a role taken away) kept every API key they had made
    /// in the portal: a volunteer's redacteur key went on editing the organisation's activities, a trajectteam member's
    /// key went on reading the raw reacties. Those keys are now revoked with the account or the role; keys made by
    /// others (the command line, another account) stay.
    /// </summary>
    [Fact]
    public async Task TheKeysAPersonMadeInThePortalStopWorkingWhenTheAccountIsDisabledOrTheRoleTakenAway()
    {
        var (portaal, email) = await PortaalAccounts.IngelogdAsync(server, Rol.Redacteur, organisatie: 1);
        using var sessie = portaal;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountBeheer>().NodigUitAsync(email, Rol.Trajectteam, null, 1);
        }

        // A trajectteam reads personal data: two-factor before anything else.
        await PortaalAccounts.TweestapsAanAsync(portaal);

        var redacteur = await MaakSleutelAsync(portaal, ("rol", "Redacteur"), ("organisatie", "1"));
        var team = await MaakSleutelAsync(portaal, ("rol", "Trajectteam"), ("traject", "1"));
        string anders;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            (anders, _) = await scope.ServiceProvider.GetRequiredService<ApiSleutels>().MaakAsync(Rol.Redacteur, 1, null, "website, gemaakt door iemand anders");
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], [await StatusAsync(redacteur), await StatusAsync(team), await StatusAsync(anders)]);

        // The trajectteam role is taken away: its key goes, the redacteur key stays.
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<AccountBeheer>();
            var account = (await accounts.ZoekAsync(email))!;
            Assert.True(await accounts.NeemRolAfAsync(account.Id, account.Rollen.Single(r => r.Rol == Rol.Trajectteam).Id, AccountLog.Cli));
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Unauthorized, HttpStatusCode.OK], [await StatusAsync(redacteur), await StatusAsync(team), await StatusAsync(anders)]);

        // The account is disabled: its other key goes too; the key someone else made for the organisation stays.
        await using (var scope = server.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<AccountBeheer>().SchakelUitAsync(email, AccountLog.Cli));
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.OK], [await StatusAsync(redacteur), await StatusAsync(team), await StatusAsync(anders)]);
    }

    private static async Task<string> MaakSleutelAsync(Portaal portaal, params (string Naam, string Waarde)[] velden)
    {
        var gemaakt = await portaal.VulInAsync("/beheer/sleutels", [("omschrijving", "sleutel van " + velden[0].Waarde), .. velden]);
        Assert.Equal(HttpStatusCode.Redirect, gemaakt.Status);
        gemaakt = await portaal.GetAsync(gemaakt.Locatie!);
        var sleutel = Regex.Match(gemaakt.Html, "<code class=\"sleutel\">(sn_[a-z0-9]+_[a-z0-9]+)</code>").Groups[1].Value;
        Assert.NotEmpty(sleutel);
        return sleutel;
    }

    private async Task<HttpStatusCode> StatusAsync(string sleutel) => (await _client.GraphQLAsync("{ __typename }", sleutel: sleutel)).Status;

    [Fact]
    public async Task AnEscapedSurrogatePairAndOtherEscapesStillWork()
    {
        // 😀 as the pair \ud83d\ude00 and é as \u00e9: characters, so the search simply runs.
        (await _client.GraphQLAsync("{ organisaties(filter: { zoekterm: \"\\ud83d\\ude00 caf\\u00e9\" }) { nodes { id } } }")).ZonderFouten();
    }
}

/// <summary>The portal's password reset while the mail server cannot be reached (<c>Mail:Host</c> set, nothing listening).</summary>
public sealed class HerstelmailBeveiligingsTests
{
    /// <summary>
    /// "Wachtwoord vergeten" answers the same for every address (docs/beheer.md), so nobody learns who has an account.
    /// When the mail could not be sent, an existing account got a 500 and an unknown address the normal page: the
    /// address list of the portal could be read off while the mail server was down.
    /// </summary>
    [Fact]
    public async Task AFailingMailServerDoesNotTellWhichAddressHasAnAccount()
    {
        IAsyncLifetime levensloop = new VasteConfiguratieServer([new("Mail:Host", "127.0.0.1"), new("Mail:Port", "1")]);
        var server = (SociaalNetwerkServer)levensloop;
        try
        {
            await levensloop.InitializeAsync();
            var (ingelogd, email) = await PortaalAccounts.IngelogdAsync(server, Rol.Redacteur, organisatie: 1);
            ingelogd.Dispose();
            using var portaal = new Portaal(server);

            var voorOnbekend = await portaal.VulInAsync("/beheer/wachtwoord-vergeten", ("email", PortaalAccounts.NieuwAdres()));
            var voorBekend = await portaal.VulInAsync("/beheer/wachtwoord-vergeten", ("email", email));

            Assert.Equal(HttpStatusCode.OK, voorOnbekend.Status);
            Assert.Equal(voorOnbekend.Status, voorBekend.Status);
            Assert.Equal(voorOnbekend.Tekst, voorBekend.Tekst);
        }
        finally
        {
            await levensloop.DisposeAsync();
        }
    }
}
