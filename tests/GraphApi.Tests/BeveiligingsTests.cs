using System.Net;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;

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
            var (ingelogd, email) = await PortaalAccounts.IngelogdAsync(server, Schema.Toegang.Rol.Redacteur, organisatie: 1);
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
