using System.Text.Json.Nodes;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;
using SociaalNetwerk.Schema.Data;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// The agenda page and the loaders run as EF Core compiled queries (<see cref="GecompileerdeQueries"/>), and the
/// ordinary way once the bound is reached. Both ways must give the same answer with the same number of statements.
/// </summary>
[Collection(ServerCollectie.Naam)]
public sealed class GecompileerdeQueriesTests(SociaalNetwerkServer server)
{
    // The widget's selection (page, organisers by join table, location and wijk by id), and the same for organisations
    // (their wijken by join table, activities' organisers).
    private const string Agenda = """
        query($filter: AgendaFilter, $after: String) { agenda(filter: $filter, first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor }
            nodes { id start eind status activiteit { id titel online organisatoren { id naam }
                locatie { id naam adres wijk { id naam } } kosten { gratis bedragInCenten } } } } }
        """;

    private const string Organisaties = "{ organisaties(first: 6) { nodes { naam wijken { naam } activiteiten(first: 2) { nodes { titel organisatoren { naam } } } } } }";

    private readonly HttpClient _client = server.MaakClient();

    private async Task<(string Antwoord, int Statements)> VraagAsync(string query, object? variabelen = null)
    {
        server.SqlTeller.Reset();
        var antwoord = (await _client.GraphQLAsync(query, variabelen)).ZonderFouten();
        return (antwoord.Data.ToJsonString(), server.SqlTeller.Aantal);
    }

    // One moment for every request, so an occurrence that ends in between cannot make the answers differ.
    private readonly object _filter = new { vanaf = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture) };

    private async Task<List<(string Antwoord, int Statements)>> AllesAsync()
    {
        var eerste = await VraagAsync(Agenda, new { filter = _filter });
        var cursor = JsonNode.Parse(eerste.Antwoord)!["agenda"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        return [eerste, await VraagAsync(Agenda, new { filter = _filter, after = cursor }), await VraagAsync(Organisaties)];
    }

    [Fact]
    public async Task CompiledAndOrdinaryQueriesGiveTheSameAnswersWithTheSameStatements()
    {
        var gecompileerd = await AllesAsync();
        List<(string Antwoord, int Statements)> gewoon;
        GecompileerdeQueries.Uitgeschakeld = true;
        try
        {
            gewoon = await AllesAsync();
        }
        finally
        {
            GecompileerdeQueries.Uitgeschakeld = false;
        }

        Assert.True(GecompileerdeQueries.Aantal > 0);
        Assert.Equal(gewoon, gecompileerd);
        Assert.Contains("\"organisatoren\":[{", gecompileerd[0].Antwoord, StringComparison.Ordinal);
        Assert.Contains("\"wijk\":{", gecompileerd[0].Antwoord, StringComparison.Ordinal);
        Assert.Contains("\"wijken\":[{", gecompileerd[2].Antwoord, StringComparison.Ordinal);
    }
}
