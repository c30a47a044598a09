using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// The server of the read cache's tests: its own database, so the statement count sees only its requests; and a count
/// of its compressions (<see cref="Compressieteller"/>), by the cache and by the compression middleware.
/// </summary>
public sealed class AntwoordcacheServer : SociaalNetwerkServer
{
    public Compressieteller Compressies { get; } = new();

    protected override void ConfigureerDiensten(IServiceCollection services) => Compressies.Registreer(services);
}

/// <summary>
/// The server's copies of anonymous answers (<c>Antwoordcache</c>): a repeated GET, a persisted document and a 304 cost
/// reading the data versions and nothing else; every write makes the next read of what it changed fresh (a reactie only
/// what reads reacties); the key holds the variables and the language; a caller with a key never gets a shared copy.
/// </summary>
public sealed partial class AntwoordcacheTests(AntwoordcacheServer server) : IClassFixture<AntwoordcacheServer>
{
    private const string Organisatie = "query($id: ID!) { node(id: $id) { ... on Organisatie { id omschrijving } } }";

    private readonly HttpClient _client = server.MaakClient();

    private static string Wijken => "/graphql?documentId=" + PersistedDocumentTests.Id("WidgetWijken");

    private static string Pad(string query, object? variabelen = null) =>
        "/graphql?query=" + Uri.EscapeDataString(query)
        + (variabelen is null ? string.Empty : "&variables=" + Uri.EscapeDataString(System.Text.Json.JsonSerializer.Serialize(variabelen)));

    private async Task<(HttpResponseMessage Antwoord, string Inhoud, int Statements)> HaalAsync(string pad, string taal = "nl", string? etag = null, string? sleutel = null)
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, pad);
        verzoek.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/graphql-response+json"));
        verzoek.Headers.AcceptLanguage.Add(StringWithQualityHeaderValue.Parse(taal));
        if (etag is not null)
        {
            verzoek.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(etag));
        }

        if (sleutel is not null)
        {
            verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", sleutel);
        }

        server.SqlTeller.Reset();
        var antwoord = await _client.SendAsync(verzoek);
        var inhoud = await antwoord.Content.ReadAsStringAsync();
        return (antwoord, inhoud, server.SqlTeller.Aantal);
    }

    [Fact]
    public async Task ARepeatedGetAndA304RunOnlyTheVersionStatement()
    {
        var (eerste, inhoud, uitgevoerd) = await HaalAsync(Wijken);
        var (tweede, opnieuw, bewaard) = await HaalAsync(Wijken);
        var (nietGewijzigd, leeg, voor304) = await HaalAsync(Wijken, etag: eerste.Headers.ETag!.ToString());

        Assert.Equal(HttpStatusCode.OK, eerste.StatusCode);
        Assert.True(uitgevoerd >= 2, $"{uitgevoerd} statements for the first answer");
        Assert.Equal(HttpStatusCode.OK, tweede.StatusCode);
        Assert.Equal(inhoud, opnieuw);
        Assert.Equal(eerste.Headers.ETag, tweede.Headers.ETag);
        Assert.Equal(eerste.Headers.CacheControl, tweede.Headers.CacheControl);
        Assert.Equal(1, bewaard);
        Assert.Equal(HttpStatusCode.NotModified, nietGewijzigd.StatusCode);
        Assert.Empty(leeg);
        Assert.Equal(1, voor304);
    }

    /// <summary>
    /// What that one statement is, and what it does not take: the data versions are read past EF Core
    /// (<c>Dataversielezer</c>), so a cached answer or a 304 opens no connection for a context, while an execution
    /// still opens one for all its statements.
    /// </summary>
    [Fact]
    public async Task ACachedAnswerAndA304OpenNoConnectionForAContextAndReadOnlyTheVersions()
    {
        // A document of its own (the comment), so no earlier test has its answer in the cache.
        var pad = Pad("# " + Guid.NewGuid().ToString("N") + "\n" + Organisatie, new { id = "T3JnYW5pc2F0aWU6Mg" });
        server.SqlTeller.Reset();
        var (eerste, _, _) = await HaalAsync(pad);
        var uitvoering = server.SqlTeller.Verbindingen;
        var (tweede, _, bewaard) = await HaalAsync(pad);
        var bewaardVerbindingen = server.SqlTeller.Verbindingen;
        var bewaardeOpdrachten = server.SqlTeller.Opdrachten;
        var (derde, _, voor304) = await HaalAsync(pad, etag: eerste.Headers.ETag!.ToString());
        var verbindingen304 = server.SqlTeller.Verbindingen;
        var opdrachten304 = server.SqlTeller.Opdrachten;

        Assert.Equal(HttpStatusCode.OK, eerste.StatusCode);
        Assert.Equal(1, uitvoering);
        Assert.Equal(HttpStatusCode.OK, tweede.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, derde.StatusCode);
        Assert.Equal(1, bewaard);
        Assert.Equal(1, voor304);
        Assert.Equal(0, bewaardVerbindingen);
        Assert.Equal(0, verbindingen304);
        Assert.Equal(Schema.Data.Dataversielezer.Sql, Assert.Single(bewaardeOpdrachten).Tekst);
        Assert.Equal(Schema.Data.Dataversielezer.Sql, Assert.Single(opdrachten304).Tekst);
    }

    [Fact]
    public async Task APersistedDocumentSentByPostIsKeptToo()
    {
        async Task<(string Inhoud, int Statements)> PostAsync()
        {
            server.SqlTeller.Reset();
            using var antwoord = await _client.PostAsync("/graphql", new StringContent(
                $$"""{"documentId":"{{PersistedDocumentTests.Id("WidgetWijken")}}"}""", Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
            Assert.Null(antwoord.Headers.ETag);
            return (await antwoord.Content.ReadAsStringAsync(), server.SqlTeller.Aantal);
        }

        var (eerste, _) = await PostAsync();
        var (tweede, statements) = await PostAsync();

        Assert.Equal(eerste, tweede);
        Assert.Equal(1, statements);
    }

    [Fact]
    public async Task AMutationMakesTheNextReadFreshWithAnotherEtag()
    {
        var id = new { id = "T3JnYW5pc2F0aWU6MQ" };
        var (voor, voorInhoud, _) = await HaalAsync(Pad(Organisatie, id));
        var (_, _, bewaard) = await HaalAsync(Pad(Organisatie, id));
        var omschrijving = "Gewijzigd om " + Guid.NewGuid().ToString("N");
        var sleutel = await VoorbeeldDocumenten.SleutelVoorAsync(server, "redacteur organisatie 1");
        (await _client.GraphQLAsync(
            "mutation($id: ID!, $invoer: OrganisatieInvoer!) { organisatieWijzigen(id: $id, invoer: $invoer) { gelukt } }",
            new { id = id.id, invoer = new { omschrijving } },
            sleutel: sleutel)).ZonderFouten();

        var (na, naInhoud, uitgevoerd) = await HaalAsync(Pad(Organisatie, id));
        var (opnieuw, _, _) = await HaalAsync(Pad(Organisatie, id), etag: voor.Headers.ETag!.ToString());

        Assert.Equal(1, bewaard);
        Assert.DoesNotContain(omschrijving, voorInhoud, StringComparison.Ordinal);
        Assert.Equal(omschrijving, JsonNode.Parse(naInhoud)!["data"]!["node"]!["omschrijving"]!.GetValue<string>());
        Assert.True(uitgevoerd >= 2, $"{uitgevoerd} statements after the write");
        Assert.NotEqual(voor.Headers.ETag, na.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, opnieuw.StatusCode);
        Assert.Equal(na.Headers.ETag, opnieuw.Headers.ETag);
    }

    [Fact]
    public async Task AReactieLeavesACachedAgendaAnswerAloneButMakesACachedResultsAnswerFresh()
    {
        var agenda = "/graphql?documentId=" + PersistedDocumentTests.Id("WidgetAgenda") + "&operationName=WidgetAgenda&variables="
            + Uri.EscapeDataString("""{"filter":{},"first":5}""");
        // The public results of the demo's published enquête "Huis van de Wijk Seghwaert" (240 reacties).
        var resultaten = Pad("query($id: ID!) { uitvraag(id: $id) { resultaten { totaal { aantal } } } }", new { id = GlobalId.Maak(nameof(Uitvraag), 2) });
        var u = await TestUitvraag.MaakAsync(server);
        const string Indienen = "mutation($invoer: ReactieInvoer!) { reactieIndienen(invoer: $invoer) { gelukt } }";

        // The first reactie on a server stores the secret its receipt codes are made with: a write of its own, before this test's.
        (await _client.GraphQLAsync(Indienen, new { invoer = u.GeldigeReactie() })).ZonderFouten();
        var (agendaVoor, agendaInhoud, _) = await HaalAsync(agenda);
        var (resultatenVoor, resultatenInhoud, _) = await HaalAsync(resultaten);
        var (_, _, agendaBewaard) = await HaalAsync(agenda);
        var (_, _, resultatenBewaard) = await HaalAsync(resultaten);

        // A reactie to another uitvraag, as a respondent sends it.
        var ingediend = (await _client.GraphQLAsync(Indienen, new { invoer = u.GeldigeReactie() })).ZonderFouten();
        var (agendaNa, agendaNaInhoud, agendaNaReactie) = await HaalAsync(agenda);
        var (resultatenNa, resultatenNaInhoud, resultatenNaReactie) = await HaalAsync(resultaten);

        // A demo reactie of the published enquête withdrawn with its code: its results change.
        var ingetrokken = (await _client.GraphQLAsync(
            "mutation($code: String!) { reactieIntrekken(ontvangstcode: $code) { ingetrokken } }", new { code = "DEMO-HVDW-0001" })).ZonderFouten();
        var (_, _, agendaNaIntrekken) = await HaalAsync(agenda);
        var (_, resultatenNaIntrekkenInhoud, resultatenNaIntrekken) = await HaalAsync(resultaten);

        Assert.True(ingediend.Data["reactieIndienen"]!["gelukt"]!.GetValue<bool>());
        Assert.True(ingetrokken.Data["reactieIntrekken"]!["ingetrokken"]!.GetValue<bool>());
        Assert.Equal(1, agendaBewaard);
        Assert.Equal(1, resultatenBewaard);

        // The agenda reads no reacties: still the kept answer, one statement (the versions), the same ETag.
        Assert.Equal(1, agendaNaReactie);
        Assert.Equal(agendaInhoud, agendaNaInhoud);
        Assert.Equal(agendaVoor.Headers.ETag, agendaNa.Headers.ETag);
        Assert.Equal(1, agendaNaIntrekken);

        // The results read reacties: executed again after each reactie write; the same answer (and ETag) while they are the same.
        Assert.True(resultatenNaReactie >= 2, $"{resultatenNaReactie} statements for the results after a reactie");
        Assert.Equal(resultatenInhoud, resultatenNaInhoud);
        Assert.Equal(resultatenVoor.Headers.ETag, resultatenNa.Headers.ETag);
        Assert.True(resultatenNaIntrekken >= 2, $"{resultatenNaIntrekken} statements for the results after a withdrawal");
        Assert.Equal(240, JsonNode.Parse(resultatenInhoud)!["data"]!["uitvraag"]!["resultaten"]!["totaal"]!["aantal"]!.GetValue<int>());
        Assert.Equal(239, JsonNode.Parse(resultatenNaIntrekkenInhoud)!["data"]!["uitvraag"]!["resultaten"]!["totaal"]!["aantal"]!.GetValue<int>());
    }

    [Fact]
    public async Task OtherVariablesOrAnotherLanguageGetTheirOwnAnswer()
    {
        var (_, een, _) = await HaalAsync(Pad(Organisatie, new { id = "T3JnYW5pc2F0aWU6MQ" }));
        var (_, twee, _) = await HaalAsync(Pad(Organisatie, new { id = "T3JnYW5pc2F0aWU6Mg" }));
        const string Woorden = "{ woordenlijst { themas { code label } } }";
        var (nlAntwoord, nl, _) = await HaalAsync(Pad(Woorden), taal: "nl");
        var (enAntwoord, en, _) = await HaalAsync(Pad(Woorden), taal: "en");
        var (_, nlOpnieuw, bewaard) = await HaalAsync(Pad(Woorden), taal: "nl");

        Assert.Contains("T3JnYW5pc2F0aWU6MQ", een, StringComparison.Ordinal);
        Assert.Contains("T3JnYW5pc2F0aWU6Mg", twee, StringComparison.Ordinal);
        Assert.NotEqual(nl, en);
        Assert.NotEqual(nlAntwoord.Headers.ETag, enAntwoord.Headers.ETag);
        Assert.Equal(nl, nlOpnieuw);
        Assert.Equal(1, bewaard);
    }

    [Fact]
    public async Task ACallerWithAKeyIsNeverAnsweredFromTheSharedCopy()
    {
        var partners = await TestPartners.MaakAsync(server);
        await HaalAsync(Wijken);
        var (_, _, bewaard) = await HaalAsync(Wijken);

        var (metSleutel, inhoud, uitgevoerd) = await HaalAsync(Wijken, sleutel: partners.Beheerder);
        var (_, _, daarna) = await HaalAsync(Wijken);

        Assert.Equal(1, bewaard);
        Assert.Equal(HttpStatusCode.OK, metSleutel.StatusCode);
        Assert.Contains("\"data\"", inhoud, StringComparison.Ordinal);
        Assert.Null(metSleutel.Headers.ETag);
        Assert.True(uitgevoerd >= 2, $"{uitgevoerd} statements with a key");
        Assert.Equal(1, daarna);
    }
}
