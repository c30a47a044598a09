using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;

namespace SociaalNetwerk.GraphApi.Tests;

[Collection(ServerCollectie.Naam)]
public sealed class NetwerkTests(SociaalNetwerkServer server)
{
    private readonly HttpClient _client = server.MaakClient();

    [Fact]
    public async Task TheFiveNetworksOfTheMissionAreThereWithTheirGroups()
    {
        var netwerken = (await _client.GraphQLAsync("{ netwerken { naam groepen { naam soort } leden { rol } } }")).ZonderFouten().Data["netwerken"]!.AsArray();
        var namen = netwerken.Select(n => n!["naam"]!.GetValue<string>()).ToList();

        foreach (var verwacht in new[] { "Community tegen Eenzaamheid", "Samen ZoeterMeer Gezond", "inZet", "Huis van Actief Burgerschap", "Meerpunten", "Eten en Ontmoeten" })
        {
            Assert.Contains(namen, n => n.Contains(verwacht, StringComparison.OrdinalIgnoreCase));
        }

        var szmg = netwerken.First(n => n!["naam"]!.GetValue<string>().Contains("Samen ZoeterMeer Gezond", StringComparison.Ordinal))!;
        var kerngroepen = szmg["groepen"]!.AsArray().Where(g => g!["soort"]!.GetValue<string>() == "KERNGROEP").Select(g => g!["naam"]!.GetValue<string>());
        Assert.Equal(["Acute Zorg", "Chronische Zorg", "GGZ", "Preventie"], kerngroepen.Order());
        Assert.True(szmg["leden"]!.AsArray().Count >= 19);
    }

    [Fact]
    public async Task OrganisatiesAreSortedByNameAndPageWithoutGapsOrDoubles()
    {
        var namen = new List<string>();
        string? after = null;
        do
        {
            var pagina = (await _client.GraphQLAsync("query($after: String) { organisaties(first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { naam } } }", new { after }))
                .ZonderFouten().Data["organisaties"]!;
            namen.AddRange(pagina.Nodes().Select(n => n["naam"]!.GetValue<string>()));
            after = pagina["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? pagina["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);

        Assert.True(namen.Count >= 40);
        Assert.Equal(namen.Count, namen.Distinct().Count());
        Assert.Equal(namen.OrderBy(n => SociaalNetwerk.Schema.Kenmerken.Zoektekst.Normaliseer(n), StringComparer.Ordinal), namen);
    }

    [Fact]
    public async Task OrganisatiesCanBeFilteredByWijkThemaAndName()
    {
        var antwoord = (await _client.GraphQLAsync("""
            { organisaties(first: 100, filter: { wijken: ["palenstein"], themas: [GELDZAKEN_EN_SCHULDEN] }) { nodes { naam wijken { slug } themas } }
              opNaam: organisaties(filter: { zoekterm: "INZET" }) { nodes { naam } } }
            """)).ZonderFouten();

        var gevonden = antwoord.Data["organisaties"]!.Nodes().ToList();
        Assert.NotEmpty(gevonden);
        Assert.All(gevonden, o =>
        {
            Assert.Contains("palenstein", o["wijken"]!.AsArray().Select(w => w!["slug"]!.GetValue<string>()));
            Assert.Contains("GELDZAKEN_EN_SCHULDEN", o["themas"]!.AsArray().Select(t => t!.GetValue<string>()));
        });
        Assert.Contains(antwoord.Data["opNaam"]!.Nodes(), o => o["naam"]!.GetValue<string>() == "inZet");
    }

    [Fact]
    public async Task LabelsFollowAcceptLanguage()
    {
        const string Query = "{ agenda(first: 1, filter: { soorten: [MAALTIJD] }) { nodes { activiteit { soort } } } woordenlijst { activiteitSoorten { code label } } }";
        var nl = (await _client.GraphQLAsync(Query)).ZonderFouten();
        var en = (await _client.GraphQLAsync(Query, taal: "en")).ZonderFouten();

        static string Label(JsonNode data) => data["woordenlijst"]!["activiteitSoorten"]!.AsArray()
            .Single(w => w!["code"]!.GetValue<string>() == data["agenda"]!.Nodes().Single()["activiteit"]!["soort"]!.GetValue<string>())!["label"]!.GetValue<string>();
        Assert.Equal("Maaltijd", Label(nl.Data));
        Assert.Equal("Meal", Label(en.Data));
    }

    [Fact]
    public async Task AWildcardOrAnotherLanguageInAcceptLanguageGetsDutchWithoutAnExceptionInTheServer()
    {
        // Node's fetch sends "Accept-Language: *"; ASP.NET Core's localisation looked every name up as a culture and
        // threw (and caught) an exception for "*" on each such request.
        async Task<string> LabelAsync(string acceptLanguage)
        {
            using var verzoek = new HttpRequestMessage(HttpMethod.Post, "/graphql")
            {
                Content = JsonContent.Create(new { query = "{ woordenlijst { activiteitSoorten { code label } } }" }),
            };
            verzoek.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
            using var antwoord = await _client.SendAsync(verzoek);
            var data = JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!["data"]!;
            return data["woordenlijst"]!["activiteitSoorten"]!.AsArray().Single(w => w!["code"]!.GetValue<string>() == "MAALTIJD")!["label"]!.GetValue<string>();
        }

        var geworpen = 0;
        void Tel(object? bron, System.Runtime.ExceptionServices.FirstChanceExceptionEventArgs e)
        {
            if (e.Exception is System.Globalization.CultureNotFoundException { InvalidCultureName: "*" or "xx-Onzin" })
            {
                Interlocked.Increment(ref geworpen);
            }
        }

        AppDomain.CurrentDomain.FirstChanceException += Tel;
        try
        {
            Assert.Equal("Maaltijd", await LabelAsync("*"));
            Assert.Equal("Maaltijd", await LabelAsync("xx-Onzin, de-DE;q=0.9"));
            Assert.Equal("Meal", await LabelAsync("*, en-GB;q=0.8"));
            Assert.Equal("Meal", await LabelAsync("xx-Onzin, en"));
        }
        finally
        {
            AppDomain.CurrentDomain.FirstChanceException -= Tel;
        }

        Assert.Equal(0, geworpen);
    }

    [Fact]
    public async Task TheSameDocumentFollowsItsIncludeAndSkipVariablesOnEveryRequest()
    {
        // The execution collects a selection's fields once per document (OnthoudendeUitvoering), but not when the
        // document has directives: what @include and @skip let through depends on each request's variables.
        const string Query = """
            query($met: Boolean!, $zonder: Boolean!) { agenda(first: 3) { nodes { id ...Activiteit } } }
            fragment Activiteit on Voorkomen { activiteit { titel soort @include(if: $met) locatie @skip(if: $zonder) { naam } } }
            """;
        foreach (var (met, zonder) in new[] { (true, false), (false, true), (true, true), (false, false) })
        {
            var nodes = (await _client.GraphQLAsync(Query, new { met, zonder })).ZonderFouten().Data["agenda"]!.Nodes().ToList();
            Assert.Equal(3, nodes.Count);
            Assert.All(nodes, n =>
            {
                var activiteit = n["activiteit"]!.AsObject();
                Assert.True(activiteit.ContainsKey("titel"));
                Assert.Equal(met, activiteit.ContainsKey("soort"));
                Assert.Equal(!zonder, activiteit.ContainsKey("locatie"));
            });
        }
    }

    [Fact]
    public async Task EveryObjectCanBeFetchedAgainByItsNodeId()
    {
        var ids = (await _client.GraphQLAsync("""
            { agenda(first: 1) { nodes { id activiteit { id locatie { id wijk { id } } organisatoren { id } } } }
              netwerken { id groepen { id } } }
            """)).ZonderFouten().Data;
        var voorkomen = ids["agenda"]!.Nodes().Single();
        var gezocht = new[]
        {
            voorkomen["id"]!.GetValue<string>(),
            voorkomen["activiteit"]!["id"]!.GetValue<string>(),
            voorkomen["activiteit"]!["organisatoren"]![0]!["id"]!.GetValue<string>(),
            ids["netwerken"]![0]!["id"]!.GetValue<string>(),
            ids["netwerken"]![0]!["groepen"]![0]!["id"]!.GetValue<string>(),
        };

        var nodes = (await _client.GraphQLAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id __typename } }", new { ids = gezocht })).ZonderFouten().Data["nodes"]!.AsArray();

        Assert.Equal(gezocht, nodes.Select(n => n!["id"]!.GetValue<string>()));
        Assert.Equal(["Voorkomen", "Activiteit", "Organisatie", "Netwerk", "NetwerkGroep"], nodes.Select(n => n!["__typename"]!.GetValue<string>()));
    }
}
