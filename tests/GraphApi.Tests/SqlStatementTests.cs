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

        Assert.Equal(vijf, vijftig);
        Assert.True(vijftig <= 5, $"{vijftig} statements");
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
