using System.Net;
using System.Text;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;

namespace SociaalNetwerk.GraphApi.Tests;

[Collection(ServerCollectie.Naam)]
public sealed class FoutTests(SociaalNetwerkServer server)
{
    private readonly HttpClient _client = server.MaakClient();

    [Theory]
    [InlineData("{ agenda(first: 101) { totalCount } }", "FIRST_OUT_OF_RANGE", "'first' is 101, maar moet tussen 0 en 100 liggen.")]
    [InlineData("{ agenda(first: -1) { totalCount } }", "FIRST_OUT_OF_RANGE", "'first' is -1, maar moet tussen 0 en 100 liggen.")]
    [InlineData("{ organisaties(first: 1000) { totalCount } }", "FIRST_OUT_OF_RANGE", "'first' is 1000, maar moet tussen 0 en 100 liggen.")]
    [InlineData("{ agenda(filter: { vanaf: \"2026-12-10\", tot: \"2026-12-01\" }) { totalCount } }", "INVALID_DATE_RANGE", "'tot' (2026-12-01T00:00:00+01:00) ligt vóór 'vanaf' (2026-12-10T00:00:00+01:00). Kies een 'tot' na 'vanaf'.")]
    [InlineData("{ agenda(filter: { vanaf: \"volgende week\" }) { totalCount } }", "INVALID_DATE", "'volgende week' is geen geldig tijdstip. Gebruik bijvoorbeeld 2026-12-01 of 2026-12-01T10:00:00+01:00.")]
    [InlineData("{ agenda(filter: { vanaf: \"2026-13-45\" }) { totalCount } }", "INVALID_DATE", "'2026-13-45' is geen geldig tijdstip. Gebruik bijvoorbeeld 2026-12-01 of 2026-12-01T10:00:00+01:00.")]
    [InlineData("{ agenda(filter: { wijken: [\"atlantis\"] }) { totalCount } }", "UNKNOWN_WIJK", "De wijk 'atlantis' bestaat niet. Kies uit: buytenwegh, centrum, de-leyens, dorp, driemanspolder, meerzicht, noordhove, oosterheem, palenstein, rokkeveen, seghwaert.")]
    [InlineData("{ agenda(after: \"niet-een-cursor\") { totalCount } }", "INVALID_CURSOR", "De cursor in 'after' is ongeldig. Gebruik een cursor uit 'pageInfo.endCursor' of 'edges.cursor' van deze lijst.")]
    [InlineData("{ agenda(filter: { organisaties: [\"bestaat-niet\"] }) { totalCount } }", "INVALID_ID", "De id 'bestaat-niet' is geen geldige id van een Organisatie.")]
    [InlineData("{ node(id: \"%%%\") { id } }", "INVALID_ID", "De id '%%%' is geen geldige id van een Node.")]
    public async Task BadInputGetsAClearDutchErrorWithAStableCode(string query, string code, string bericht)
    {
        var antwoord = await _client.GraphQLAsync(query);

        Assert.Equal(code, antwoord.EersteCode);
        Assert.Equal(bericht, antwoord.EersteBericht);
        Assert.DoesNotContain("   at ", antwoord.Body.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ErrorsAreInEnglishWhenTheClientAsksForEnglish()
    {
        var antwoord = await _client.GraphQLAsync("{ agenda(first: 500) { totalCount } }", taal: "en-GB");

        Assert.Equal("FIRST_OUT_OF_RANGE", antwoord.EersteCode);
        Assert.Equal("'first' is 500, but must be between 0 and 100.", antwoord.EersteBericht);
    }

    [Fact]
    public async Task UnknownEnumValueIsAValidationError()
    {
        var antwoord = await _client.GraphQLAsync("{ agenda(filter: { themas: [KOKEN] }) { totalCount } }");

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.Status);
        Assert.Equal("ARGUMENTS_OF_CORRECT_TYPE", antwoord.EersteCode);
        Assert.Contains("KOKEN", antwoord.EersteBericht, StringComparison.Ordinal);
        Assert.Null(antwoord.Body["data"]);
    }

    [Fact]
    public async Task UnknownFieldIsExplainedInDutch()
    {
        var antwoord = await _client.GraphQLAsync("{ agenda { bestaatNiet } }");

        Assert.Equal("FIELDS_ON_CORRECT_TYPE", antwoord.EersteCode);
        Assert.Equal("Het veld 'bestaatNiet' bestaat niet op type 'VoorkomenConnection'.", antwoord.EersteBericht);
    }

    [Fact]
    public async Task UnknownIdsGiveNullNotAnError()
    {
        var onbekend = Convert.ToBase64String(Encoding.UTF8.GetBytes("Activiteit:999999")).TrimEnd('=');
        var antwoord = (await _client.GraphQLAsync($"{{ activiteit(id: \"{onbekend}\") {{ id }} wijk(slug: \"atlantis\") {{ id }} node(id: \"{onbekend}\") {{ id }} }}")).ZonderFouten();

        Assert.Null(antwoord.Data["activiteit"]);
        Assert.Null(antwoord.Data["wijk"]);
        Assert.Null(antwoord.Data["node"]);
    }

    [Fact]
    public async Task TooDeepQueriesAreRejected()
    {
        var antwoord = await _client.GraphQLAsync("""
            { netwerken { leden { organisatie { lidmaatschappen { netwerk { leden { organisatie { lidmaatschappen { netwerk { leden { organisatie { lidmaatschappen { netwerk { leden { organisatie { naam } } } } } } } } } } } } } } } }
            """);

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.Status);
        Assert.Equal("MAX_DEPTH_EXCEEDED", antwoord.EersteCode);
        Assert.StartsWith("De query is te diep genest: 16 niveaus, het maximum is 15.", antwoord.EersteBericht, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TooComplexQueriesAreRejected()
    {
        var antwoord = await _client.GraphQLAsync("""
            { agenda(first: 100) { nodes { activiteit { organisatoren { activiteiten(first: 100) { nodes { organisatoren { naam omschrijving website } } } } } } } }
            """);

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.Status);
        Assert.Equal("MAX_COMPLEXITY_EXCEEDED", antwoord.EersteCode);
    }

    [Fact]
    public async Task InvalidJsonIsABadRequest()
    {
        var antwoord = await _client.PostRuwAsync("{ \"query\": ");

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.Status);
        Assert.Equal("INVALID_JSON", antwoord.EersteCode);
        Assert.StartsWith("De body is geen geldige JSON", antwoord.EersteBericht, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data")]
    public async Task OnlyJsonBodiesAreAccepted(string contentType)
    {
        var antwoord = await _client.PostRuwAsync("{\"query\":\"{ wijken { naam } }\"}", contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, antwoord.Status);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", antwoord.EersteCode);
    }

    [Fact]
    public async Task BatchedOperationsAreRefused()
    {
        var antwoord = await _client.PostRuwAsync("[{\"query\":\"{ wijken { naam } }\"},{\"query\":\"{ netwerken { naam } }\"}]");

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.Status);
        Assert.Equal("BATCHING_NOT_SUPPORTED", antwoord.EersteCode);
    }

    [Fact]
    public async Task OversizedRequestsAreRefused()
    {
        var groot = "{\"query\":\"{ wijken { naam } }\",\"variables\":{\"x\":\"" + new string('a', 70_000) + "\"}}";
        var antwoord = await _client.PostRuwAsync(groot);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, antwoord.Status);
        Assert.Equal("REQUEST_TOO_LARGE", antwoord.EersteCode);
    }

    [Fact]
    public async Task MutationsOverGetAreNotAllowed()
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("mutation { __typename }"));
        using var antwoord = await _client.SendAsync(verzoek);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, antwoord.StatusCode);
        Assert.Contains("POST", antwoord.Content.Headers.Allow);
    }

    [Fact]
    public async Task QueriesWorkOverGet()
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("query($slug: String!) { wijk(slug: $slug) { naam } }") + "&variables=" + Uri.EscapeDataString("{\"slug\":\"oosterheem\"}"));
        var antwoord = (await _client.StuurAsync(verzoek)).ZonderFouten();

        Assert.Equal("Oosterheem", antwoord.Data["wijk"]!["naam"]!.GetValue<string>());
    }

    [Fact]
    public async Task BrowsersGetGraphiQLFromTheServerItselfUnderAStrictPolicy()
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        verzoek.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");
        using var antwoord = await _client.SendAsync(verzoek);
        var html = await antwoord.Content.ReadAsStringAsync();
        // The page links to the fingerprinted address (CompressieTests); the plain address works too.
        using var script = await _client.GetAsync("/graphiql/graphiql.min.js");

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Matches(@"src=""/graphiql/graphiql\.min\.[a-z0-9]+\.js""", html);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", antwoord.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }

    private const string Themas = "EENZAAMHEID_EN_ONTMOETING, GEZONDHEID_EN_BEWEGEN, GELDZAKEN_EN_SCHULDEN, TAAL_EN_DIGITALE_VAARDIGHEDEN, JEUGD, VRIJWILLIGERSWERK, MANTELZORG, WONEN_EN_BUURT, WERK_EN_DAGBESTEDING, INCLUSIE";

    private const string AgendaFilterVelden = "vanaf, tot, periode, wijken, themas, kernopgaven, doelgroepen, organisaties, netwerken, soorten, zoekterm, gratis, rolstoeltoegankelijk, online";

    /// <summary>
    /// GraphQL.NET explains an invalid value in English ("Unable to convert 'KOKEN' to 'Thema'"); the client gets that
    /// explanation in its own language, with the values or fields it can choose from.
    /// </summary>
    [Theory]
    [InlineData("nl", "query($t: [Thema!]) { agenda(filter: { themas: $t }) { totalCount } }", """{ "t": ["KOKEN"] }""", "INVALID_VALUE", "De variabele '$t[0]' heeft een ongeldige waarde. ('KOKEN' is geen Thema; kies een van: " + Themas + ")")]
    [InlineData("en", "query($t: [Thema!]) { agenda(filter: { themas: $t }) { totalCount } }", """{ "t": ["KOKEN"] }""", "INVALID_VALUE", "Variable '$t[0]' has an invalid value. ('KOKEN' is not a Thema; choose one of: " + Themas + ")")]
    [InlineData("ar", "query($t: [Thema!]) { agenda(filter: { themas: $t }) { totalCount } }", """{ "t": ["KOKEN"] }""", "INVALID_VALUE", "قيمة المتغير '$t[0]' غير صالحة. ('KOKEN' ليست قيمة من النوع Thema؛ اختر واحدة من: " + Themas + ")")]
    [InlineData("nl", "{ agenda(filter: { themas: [KOKEN] }) { totalCount } }", "{}", "ARGUMENTS_OF_CORRECT_TYPE", "Ongeldige waarde voor 'filter.themas': verwacht Thema, gekregen KOKEN. (kies een van: " + Themas + ")")]
    [InlineData("en", "{ agenda(filter: { themas: [KOKEN] }) { totalCount } }", "{}", "ARGUMENTS_OF_CORRECT_TYPE", "Invalid value for 'filter.themas': expected Thema, got KOKEN. (choose one of: " + Themas + ")")]
    [InlineData("ar", "{ agenda(filter: { themas: [KOKEN] }) { totalCount } }", "{}", "ARGUMENTS_OF_CORRECT_TYPE", "قيمة غير صالحة لـ 'filter.themas': المتوقع Thema، والمُرسَل KOKEN. (اختر واحدة من: " + Themas + ")")]
    [InlineData("nl", "{ agenda(first: 2147483648) { totalCount } }", "{}", "ARGUMENTS_OF_CORRECT_TYPE", "Ongeldige waarde voor 'first': verwacht Int, gekregen 2147483648.")]
    [InlineData("en", "{ agenda(filter: { gratis: 3 }) { totalCount } }", "{}", "ARGUMENTS_OF_CORRECT_TYPE", "Invalid value for 'filter.gratis': expected Boolean, got 3.")]
    [InlineData("nl", "query($f: AgendaFilter) { agenda(filter: $f) { totalCount } }", """{ "f": { "bestaatNiet": 1 } }""", "INVALID_VALUE", "De variabele '$f' heeft een ongeldige waarde. (AgendaFilter heeft geen veld 'bestaatNiet'; kies uit: " + AgendaFilterVelden + ")")]
    [InlineData("en", "query($f: AgendaFilter) { agenda(filter: $f) { totalCount } }", """{ "f": { "bestaatNiet": 1 } }""", "INVALID_VALUE", "Variable '$f' has an invalid value. (AgendaFilter has no field 'bestaatNiet'; choose from: " + AgendaFilterVelden + ")")]
    [InlineData("ar", "query($f: AgendaFilter) { agenda(filter: $f) { totalCount } }", """{ "f": { "bestaatNiet": 1 } }""", "INVALID_VALUE", "قيمة المتغير '$f' غير صالحة. (لا يحتوي AgendaFilter على الحقل 'bestaatNiet'؛ اختر من: " + AgendaFilterVelden + ")")]
    [InlineData("nl", "query($n: Int) { agenda(first: $n) { totalCount } }", """{ "n": "abc" }""", "INVALID_VALUE", "De variabele '$n' heeft een ongeldige waarde. ('abc' is geen geldige waarde van het type Int)")]
    [InlineData("en", "query($n: Int) { agenda(first: $n) { totalCount } }", """{ "n": "abc" }""", "INVALID_VALUE", "Variable '$n' has an invalid value. ('abc' is not a valid value of type Int)")]
    [InlineData("ar", "query($n: Int) { agenda(first: $n) { totalCount } }", """{ "n": "abc" }""", "INVALID_VALUE", "قيمة المتغير '$n' غير صالحة. ('abc' ليست قيمة صالحة من النوع Int)")]
    [InlineData("nl", "{ agenda(filter: { bestaatNiet: 1 }) { totalCount } }", "{}", "ARGUMENTS_OF_CORRECT_TYPE", "Het argument 'filter' heeft een ongeldige waarde. (het veld 'bestaatNiet' bestaat hier niet)")]
    [InlineData("en", "{ agenda(filter: { bestaatNiet: 1 }) { totalCount } }", "{}", "ARGUMENTS_OF_CORRECT_TYPE", "Argument 'filter' has an invalid value. (there is no field 'bestaatNiet' here)")]
    [InlineData("ar", "{ agenda(filter: { bestaatNiet: 1 }) { totalCount } }", "{}", "ARGUMENTS_OF_CORRECT_TYPE", "قيمة الوسيط 'filter' غير صالحة. (الحقل 'bestaatNiet' غير موجود هنا)")]
    [InlineData("nl", "query($t: Thema!) { agenda(filter: { themas: [$t] }) { totalCount } }", """{ "t": null }""", "INVALID_VALUE", "De variabele '$t' heeft een ongeldige waarde. (een waarde is verplicht, null mag niet)")]
    [InlineData("en", "query($t: Thema!) { agenda(filter: { themas: [$t] }) { totalCount } }", """{ "t": null }""", "INVALID_VALUE", "Variable '$t' has an invalid value. (a value is required, null is not allowed)")]
    [InlineData("ar", "query($t: Thema!) { agenda(filter: { themas: [$t] }) { totalCount } }", """{ "t": null }""", "INVALID_VALUE", "قيمة المتغير '$t' غير صالحة. (القيمة مطلوبة، ولا يُسمح بـ null)")]
    public async Task InvalidValuesAreExplainedInTheRequestsLanguage(string taal, string query, string variabelen, string code, string bericht)
    {
        var antwoord = await _client.GraphQLAsync(query, System.Text.Json.Nodes.JsonNode.Parse(variabelen), taal: taal);

        Assert.Equal(code, antwoord.EersteCode);
        Assert.Equal(bericht, antwoord.EersteBericht);
        Assert.DoesNotMatch("Unable to convert|Unrecognized input|Unknown field|non-null|Expected type", antwoord.EersteBericht);
    }

    /// <summary>
    /// A value in the variables that GraphQL.NET's JSON reader refuses (half a surrogate pair; the JSON itself is
    /// valid): the answer names the member and what to fix, not an internal type ("GraphQL.Inputs").
    /// </summary>
    [Theory]
    [InlineData("variables")]
    [InlineData("extensions")]
    public async Task AValueTheReaderRefusesNamesItsMemberAndNotAnInternalType(string lid)
    {
        // The JSON text has the escape \ud800 (six characters), a valid JSON string that decodes to half a pair.
        var waarde = """{"s":"\ud800"}""";
        var body = lid == "variables"
            ? """{"query":"query($s: String) { organisaties(zoek: $s) { totalCount } }","variables":""" + waarde + "}"
            : """{"query":"{ wijken { slug } }","extensions":""" + waarde + "}";
        using var verzoek = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        verzoek.Headers.AcceptLanguage.ParseAdd("en");
        using var antwoord = await _client.SendAsync(verzoek);
        var fout = System.Text.Json.Nodes.JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!["errors"]![0]!;

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        Assert.Equal("INVALID_REQUEST", (string?)fout["extensions"]!["code"]);
        Assert.Equal($"The request is invalid: '{lid}' holds a value that cannot be read: every string must be valid Unicode (no half surrogate pair such as \\ud800) and every number finite.", (string?)fout["message"]);
    }
}
