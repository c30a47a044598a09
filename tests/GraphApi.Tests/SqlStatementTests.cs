using SociaalNetwerk.Schema.Toegang;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;

namespace SociaalNetwerk.GraphApi.Tests;

[Collection(ServerCollectie.Naam)]
public sealed class SqlStatementTests(SociaalNetwerkServer server)
{
    private readonly HttpClient _client = server.MaakClient();

    private async Task<int> TelAsync(string query, string? sleutel = null)
    {
        server.SqlTeller.Reset();
        (await _client.GraphQLAsync(query, sleutel: sleutel)).ZonderFouten();
        return server.SqlTeller.Aantal;
    }

    [Fact]
    public async Task TheTranslationStateOfAListOfUitvragenCostsOneStatementForAllOfThem()
    {
        var (beheerder, _) = await server.Services.GetRequiredService<ApiSleutels>().MaakAsync(Rol.Beheerder, null, null, "sql-statement-test");
        var uitvragen = (await _client.GraphQLAsync("{ participatietrajecten { uitvragen { id } } }", sleutel: beheerder)).ZonderFouten()
            .Data["participatietrajecten"]!.AsArray().Sum(t => t!["uitvragen"]!.AsArray().Count);

        var trajecten = await TelAsync("{ participatietrajecten { id } }", beheerder);
        var zonder = await TelAsync("{ participatietrajecten { uitvragen { id } } }", beheerder);
        var met = await TelAsync("{ participatietrajecten { uitvragen { id beschikbareTalen vertaalstatus { taal compleet ontbreekt } } } }", beheerder);

        Assert.True(uitvragen >= 3, $"{uitvragen} uitvragen");
        // One batched load of the uitvragen of all the trajecten, and one of the questions with their options for all
        // the uitvragen, whatever their number (and however fast the database answers: a batch is sent only when the
        // whole level has asked for its keys).
        Assert.Equal(trajecten + 1, zonder);
        Assert.Equal(zonder + 1, met);
    }

    [Fact]
    public async Task AnAgendaPageCostsTheSameNumberOfStatementsForFiveAndFiftyItems()
    {
        const string Query = """
            { agenda(first: FIRST) {
                totalCount
                nodes { start status activiteit { titel themas organisatoren { naam } locatie { naam wijk { naam } } } } } }
            """;

        var vijf = await TelAsync(Query.Replace("FIRST", "5", StringComparison.Ordinal));
        var vijftig = await TelAsync(Query.Replace("FIRST", "50", StringComparison.Ordinal));

        // The page (with the activity, its location and the location's wijk), the count and the organisers.
        Assert.Equal(vijf, vijftig);
        Assert.Equal(3, vijftig);
    }

    [Fact]
    public async Task AnAgendaPageSharesOneConnectionForAllItsStatements()
    {
        // The widget's agenda (page with locations and wijken, count, organisers): every statement of the execution on the
        // request's connection (Verzoekcontext), opened once, instead of one connection opened and closed per statement.
        const string Query = """
            query($filter: AgendaFilter) { agenda(first: FIRST, filter: $filter) {
                totalCount
                nodes { start status activiteit { titel organisatoren { naam } locatie { naam wijk { naam } } } } } }
            """;

        foreach (var aantal in new[] { 5, 50 })
        {
            server.SqlTeller.Reset();
            (await _client.GraphQLAsync(Query.Replace("FIRST", aantal.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))).ZonderFouten();
            Assert.Equal(3, server.SqlTeller.Aantal);
            Assert.Equal(1, server.SqlTeller.Verbindingen);
        }

        // Over GET, anonymous, with a vanaf of its own (so no kept answer): the data versions for the server's answer
        // cache and the execution on the same connection (the queue had a place free).
        server.SqlTeller.Reset();
        var variabelen = "{\"filter\":{\"vanaf\":\"" + DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture) + "\"}}";
        using var get = await _client.GetAsync($"/graphql?query={Uri.EscapeDataString(Query.Replace("FIRST", "20", StringComparison.Ordinal))}&variables={Uri.EscapeDataString(variabelen)}");
        get.EnsureSuccessStatusCode();
        Assert.Equal(4, server.SqlTeller.Aantal);
        Assert.Equal(1, server.SqlTeller.Verbindingen);
    }

    [Fact]
    public async Task NestedListsAreBatchedToo()
    {
        const string Query = """
            { organisaties(first: FIRST) { nodes { naam wijken { naam } lidmaatschappen { rol netwerk { naam } groep { naam } }
                activiteiten(first: 3) { totalCount nodes { titel organisatoren { naam } } } } } }
            """;

        var vijf = await TelAsync(Query.Replace("FIRST", "5", StringComparison.Ordinal));
        var veertig = await TelAsync(Query.Replace("FIRST", "40", StringComparison.Ordinal));

        Assert.Equal(vijf, veertig);
    }

    [Fact]
    public async Task AListOfLocationsCostsTheSameNumberOfStatementsForFiveAndThirty()
    {
        const string Query = """
            { locaties(first: FIRST) { totalCount nodes { naam adres postcode wijk { naam } rolstoeltoegankelijk } pageInfo { endCursor } } }
            """;

        var vijf = await TelAsync(Query.Replace("FIRST", "5", StringComparison.Ordinal));
        var dertig = await TelAsync(Query.Replace("FIRST", "30", StringComparison.Ordinal));

        Assert.Equal(vijf, dertig);
        Assert.True(dertig <= 3, $"{dertig} statements");
    }
}
