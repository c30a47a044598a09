using Microsoft.AspNetCore.Http;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>The server of the submission statement counts: its own database, so the counts see only these requests.</summary>
public sealed class ReactieStatementServer : SociaalNetwerkServer;

/// <summary>
/// What a submission costs in SQL statements: before it waits for the writer, reading the general data version (the
/// uitvraag's definition and the wijken are kept per version) and looking up its idempotency key; in the writer, per
/// group, one count of the limit per address, one change of the reacties version, and the inserts. An edit of the
/// uitvraag, through the product, is seen by the very next submission.
/// </summary>
public sealed class ReactieStatementTests(ReactieStatementServer server) : IClassFixture<ReactieStatementServer>
{
    private const string Indienen = "mutation($invoer: ReactieInvoer!) { reactieIndienen(invoer: $invoer) { gelukt ontvangstcode fouten { code } } }";

    private readonly HttpClient _client = server.MaakClient();

    private async Task<JsonNode> DienInAsync(Dictionary<string, object?> invoer) =>
        (await _client.GraphQLAsync(Indienen, new { invoer })).ZonderFouten().Data["reactieIndienen"]!;

    private static string Lijst(IEnumerable<SqlOpdracht> opdrachten) => string.Join(Environment.NewLine, opdrachten.Select(o => o.Tekst.ReplaceLineEndings(" ")));

    [Fact]
    public async Task ASubmissionReadsTheDataVersionAndItsKeyBeforeTheWriterAndNotTheUitvraagAgain()
    {
        var u = await TestUitvraag.MaakAsync(server);
        Assert.True((await DienInAsync(u.GeldigeReactie()))["gelukt"]!.GetValue<bool>());
        var verzoeken = server.Services.GetRequiredService<IHttpContextAccessor>();
        server.SqlTeller.TelAlleenAls(() => verzoeken.HttpContext is not null);
        server.SqlTeller.Reset();

        var tweede = await DienInAsync(u.GeldigeReactie());

        var opdrachten = server.SqlTeller.Opdrachten;
        Assert.True(tweede["gelukt"]!.GetValue<bool>());
        Assert.True(opdrachten.Count == 2, Lijst(opdrachten));
        Assert.Contains("\"Dataversie\"", opdrachten[0].Tekst, StringComparison.Ordinal);
        Assert.Contains("\"Reacties\"", opdrachten[1].Tekst, StringComparison.Ordinal);
        Assert.DoesNotContain(opdrachten, o => o.Tekst.Contains("\"Uitvragen\"", StringComparison.Ordinal) || o.Tekst.Contains("\"Wijken\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheNextSubmissionAfterAnEditSeesTheEdit()
    {
        var u = await TestUitvraag.MaakAsync(server);
        Assert.True((await DienInAsync(u.GeldigeReactie()))["gelukt"]!.GetValue<bool>());

        (await _client.GraphQLAsync(
            "mutation($id: ID!) { uitvraagStatusWijzigen(id: $id, status: GESLOTEN) { status } }",
            new { id = u.Id },
            sleutel: u.TeamSleutel)).ZonderFouten();
        var gesloten = await _client.GraphQLAsync(Indienen, new { invoer = u.GeldigeReactie() });

        Assert.Equal("UITVRAAG_NOT_OPEN", gesloten.EersteCode);
    }

    [Fact]
    public async Task TheWriterCountsTheLimitOncePerAddressAndChangesTheReactiesVersionOncePerGroup()
    {
        var u = await TestUitvraag.MaakAsync(server);
        Assert.True((await DienInAsync(u.GeldigeReactie()))["gelukt"]!.GetValue<bool>());

        // Everything, also the writer's own statements (which belong to no request), and those that return no rows.
        server.SqlTeller.TelAlleenAls(() => true);
        server.SqlTeller.OokZonderRijen = true;
        server.SqlTeller.Reset();
        try
        {
            const int Aantal = 32;
            var antwoorden = await Task.WhenAll(Enumerable.Range(0, Aantal).Select(_ => Task.Run(() => DienInAsync(u.GeldigeReactie()))));
            var opdrachten = server.SqlTeller.Opdrachten;
            var limiet = opdrachten.Count(o => o.Tekst.Contains("\"Inzendtellingen\"", StringComparison.Ordinal));
            var reactieversie = opdrachten.Count(o => o.Tekst.Contains("INSERT INTO \"Dataversie\"", StringComparison.Ordinal)
                && o.Parameters.Any(p => Equals(p.Waarde, (int)Gebied.Reacties)));
            var algemeen = opdrachten.Count(o => o.Tekst.Contains("INSERT INTO \"Dataversie\"", StringComparison.Ordinal)
                && o.Parameters.Any(p => Equals(p.Waarde, (int)Gebied.Algemeen)));

            Assert.All(antwoorden, a => Assert.True(a["gelukt"]!.GetValue<bool>(), a.ToJsonString()));
            Assert.Equal(Aantal + 1, await u.AantalReactiesAsync(server));

            // One address: each group of the writer counts it once and changes the reacties version once, whatever the grouping.
            Assert.InRange(limiet, 1, Aantal);
            Assert.True(limiet == reactieversie, $"{limiet} counts of the limit, {reactieversie} changes of the reacties version");
            Assert.Equal(0, algemeen);
        }
        finally
        {
            var verzoeken = server.Services.GetRequiredService<IHttpContextAccessor>();
            server.SqlTeller.TelAlleenAls(() => verzoeken.HttpContext is not null);
            server.SqlTeller.OokZonderRijen = false;
        }
    }
}
