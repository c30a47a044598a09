using System.Text.Json.Nodes;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>A server that accepts three reacties per client address per minute (the standard test server: 100,000).</summary>
public sealed class ZuinigeServer : SociaalNetwerkServer
{
    public const int Limiet = 3;

    protected override IDictionary<string, string?> Configuratie => new Dictionary<string, string?> { ["Participatie:InzendingenPerMinuut"] = Limiet.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}

/// <summary>
/// The limit stops a client that sends more new reacties than a person could, but never costs a respondent their
/// ontvangstcode: a retry of a reactie that is already stored (same key, same content) stores nothing new, so it is
/// not limited. (A used key with other content is limited: <see cref="SleutelHergebruikLimietTests"/>.)
/// The test needs less than the limiter's one-minute window.
/// </summary>
public sealed class InzendLimietTests(ZuinigeServer server) : IClassFixture<ZuinigeServer>
{
    private const string Indienen = "mutation($invoer: ReactieInvoer!) { reactieIndienen(invoer: $invoer) { gelukt ontvangstcode ingediendOp } }";
    private const string Intrekken = "mutation($code: String!) { reactieIntrekken(ontvangstcode: $code) { ingetrokken } }";

    [Fact]
    public async Task AfterThreeReactiesTheNextIsRefusedInTheRequestLanguageButARetryOfAStoredOneStillGetsItsFirstResult()
    {
        using var client = server.MaakClient();
        var uitvraag = await TestUitvraag.MaakAsync(server);
        var toegestaan = new List<JsonNode>();
        var eersteSleutel = Guid.NewGuid().ToString();
        for (var i = 1; i <= ZuinigeServer.Limiet; i++)
        {
            toegestaan.Add((await client.GraphQLAsync(Indienen, new { invoer = uitvraag.GeldigeReactie(i == 1 ? eersteSleutel : null) })).ZonderFouten().Data["reactieIndienen"]!);
        }

        var teVeel = await client.GraphQLAsync(Indienen, new { invoer = uitvraag.GeldigeReactie() });
        var teVeelEngels = await client.GraphQLAsync(Indienen, new { invoer = uitvraag.GeldigeReactie() }, taal: "en");
        var opnieuw = (await client.GraphQLAsync(Indienen, new { invoer = uitvraag.GeldigeReactie(eersteSleutel) })).ZonderFouten().Data["reactieIndienen"]!;
        var intrekken = await client.GraphQLAsync(Intrekken, new { code = toegestaan[1]["ontvangstcode"]!.GetValue<string>() });

        Assert.All(toegestaan, r => Assert.True(r["gelukt"]!.GetValue<bool>()));
        Assert.Equal(ZuinigeServer.Limiet, toegestaan.Select(r => r["ontvangstcode"]!.GetValue<string>()).Distinct().Count());
        Assert.Equal("RATE_LIMITED", teVeel.EersteCode);
        Assert.Equal("U heeft in korte tijd te veel reacties verstuurd. Wacht een minuut en probeer het opnieuw.", teVeel.EersteBericht);
        Assert.Null(teVeel.Body["data"]);
        Assert.Equal("RATE_LIMITED", teVeelEngels.EersteCode);
        Assert.Equal("You sent too many responses in a short time. Wait a minute and try again.", teVeelEngels.EersteBericht);

        // The retry after a lost answer: the same code and time as the first time, and nothing stored twice.
        Assert.True(opnieuw["gelukt"]!.GetValue<bool>());
        Assert.Equal(toegestaan[0]["ontvangstcode"]!.GetValue<string>(), opnieuw["ontvangstcode"]!.GetValue<string>());
        Assert.Equal(toegestaan[0]["ingediendOp"]!.GetValue<string>(), opnieuw["ingediendOp"]!.GetValue<string>());

        // Withdrawing counts towards the same limit.
        Assert.Equal("RATE_LIMITED", intrekken.EersteCode);
        Assert.Equal(ZuinigeServer.Limiet, await uitvraag.AantalReactiesAsync(server));
    }

    [Fact]
    public async Task TheTeamEntersAStackOfPaperFormsFromOneAddressWithoutHittingTheLimit()
    {
        using var client = server.MaakClient();
        var uitvraag = await TestUitvraag.MaakAsync(server);
        const int Stapel = ZuinigeServer.Limiet * 3;

        for (var i = 1; i <= Stapel; i++)
        {
            // One UUID per paper form, as the team's entry tool makes it.
            var invoer = uitvraag.GeldigeReactie(Guid.NewGuid().ToString());
            invoer["kanaal"] = "PAPIER";
            var antwoord = (await client.GraphQLAsync(Indienen, new { invoer }, sleutel: uitvraag.TeamSleutel)).ZonderFouten();
            Assert.True(antwoord.Data["reactieIndienen"]!["gelukt"]!.GetValue<bool>());
        }

        // Someone else's key gets no such exemption: the other team is an ordinary respondent here. (Whether the other
        // test in this class used up the window first or not, one more than the limit is always too many.)
        var ander = new List<GraphQLAntwoord>();
        for (var i = 0; i <= ZuinigeServer.Limiet; i++)
        {
            ander.Add(await client.GraphQLAsync(Indienen, new { invoer = uitvraag.GeldigeReactie() }, sleutel: uitvraag.AnderTeamSleutel));
        }

        Assert.Equal("RATE_LIMITED", ander[^1].EersteCode);
        Assert.Equal(Stapel + ander.Count(a => a.EersteCode is null), await uitvraag.AantalReactiesAsync(server));
    }
}
