using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// Error messages for the people who meet them: a web editor who typed a wijk into a widget attribute or a link, and a
/// developer whose body is not valid JSON. The message says what is wrong and what to do, in the request's language,
/// without GraphQL jargon or System.Text.Json's English; the code stays the same.
/// </summary>
[Collection(ServerCollectie.Naam)]
public sealed class FoutTekstTests(SociaalNetwerkServer server)
{
    private readonly HttpClient _client = server.MaakClient();

    [Theory]
    [InlineData("nl", "De wijk 'atlantis' bestaat niet. Kies uit: {0}.")]
    [InlineData("en", "There is no neighbourhood (wijk) 'atlantis'. Choose from: {0}.")]
    [InlineData("tr", "'atlantis' adında bir mahalle yok. Şunlardan birini seçin: {0}.")]
    [InlineData("ar", "لا يوجد حيّ باسم 'atlantis'. اختر واحدًا من: {0}.")]
    [InlineData("pl", "Nie ma dzielnicy 'atlantis'. Wybierz jedną z: {0}.")]
    [InlineData("uk", "Району 'atlantis' немає. Виберіть один із: {0}.")]
    public async Task AnUnknownWijkNamesTheValueAndTheWijkenThatExistInEveryLanguage(string taal, string bericht)
    {
        var wijken = await WijkenAsync();

        var antwoord = await _client.GraphQLAsync("{ agenda(filter: { wijken: [\"oosterheem\", \"atlantis\"] }) { totalCount } }", taal: taal);

        Assert.Equal("UNKNOWN_WIJK", antwoord.EersteCode);
        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, bericht, wijken), antwoord.EersteBericht);
        Assert.DoesNotContain("{", antwoord.EersteBericht, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownWijkInALinkNamesTheWijkenThatExistOnThePageInJsonAndInTheFeed()
    {
        var wijken = await WijkenAsync();
        Assert.True(wijken.Length > 80, "the list is longer than the part of a value a page shows");

        using var pagina = new HttpRequestMessage(HttpMethod.Get, "/agenda?wijk=atlantis");
        pagina.Headers.Accept.ParseAdd("text/html");
        using var html = await _client.SendAsync(pagina);
        Assert.Equal(HttpStatusCode.BadRequest, html.StatusCode);
        Assert.Contains($"De wijk ‘atlantis’ kennen we niet. Kies uit: {wijken}.", System.Net.WebUtility.HtmlDecode(await html.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        using var json = new HttpRequestMessage(HttpMethod.Get, "/organisaties?wijk=atlantis");
        json.Headers.Accept.ParseAdd("application/json");
        json.Headers.AcceptLanguage.ParseAdd("en");
        using var probleem = await _client.SendAsync(json);
        var detail = JsonNode.Parse(await probleem.Content.ReadAsStringAsync())!;
        Assert.Equal("UNKNOWN_WIJK", detail["code"]!.GetValue<string>());
        Assert.Equal($"There is no neighbourhood (wijk) 'atlantis'. Choose from: {wijken}.", detail["detail"]!.GetValue<string>());

        using var feed = await _client.GetAsync("/agenda.ics?wijk=atlantis");
        var body = JsonNode.Parse(await feed.Content.ReadAsStringAsync())!;
        Assert.Equal($"De wijk 'atlantis' bestaat niet. Kies uit: {wijken}.", body["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/agenda?thema=koken", "nl", "‘koken’ kennen we niet als thema. Kies uit: eenzaamheid-en-ontmoeting, gezondheid-en-bewegen, geldzaken-en-schulden, taal-en-digitale-vaardigheden, jeugd, vrijwilligerswerk, mantelzorg, wonen-en-buurt, werk-en-dagbesteding, inclusie.")]
    [InlineData("/organisaties?thema=koken", "en", "We do not know ‘koken’ as thema. Choose from: eenzaamheid-en-ontmoeting, gezondheid-en-bewegen, ")]
    [InlineData("/agenda?doelgroep=senioren", "nl", "‘senioren’ kennen we niet als doelgroep. Kies uit: iedereen, ouderen, jongeren, kinderen, ouders, mantelzorgers, vrijwilligers, nieuwkomers, laaggeletterden, mensen-met-beperking, werkende-minima, professionals.")]
    public async Task AnUnknownThemaOrDoelgroepInALinkNamesTheValuesItTakes(string pad, string taal, string bericht)
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, pad);
        verzoek.Headers.Accept.ParseAdd("text/html");
        verzoek.Headers.AcceptLanguage.ParseAdd(taal);
        using var antwoord = await _client.SendAsync(verzoek);

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        Assert.Contains(bericht, System.Net.WebUtility.HtmlDecode(await antwoord.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl", "x", "De body is geen geldige JSON: op regel 1, kolom 1 (JSON-pad $) staat 'x'. Zet namen en teksten tussen dubbele aanhalingstekens (\").")]
    [InlineData("nl", "", "De body is geen geldige JSON: er staat niets in. Stuur een JSON-object met 'query' of 'documentId'.")]
    [InlineData("nl", "{\"query\": \"{ a }\", }", "De body is geen geldige JSON: op regel 1, kolom 20 (JSON-pad $.query) staat een komma vlak voor '}'. Haal die komma weg.")]
    [InlineData("nl", "{\"query\": \"{ a }\"", "De body is geen geldige JSON: de tekst houdt op regel 1, kolom 18 (JSON-pad $.query) op voordat alles is afgesloten. Er ontbreekt een }, ] of \".")]
    [InlineData("nl", "{\"query\": \"{ a }\"} x", "De body is geen geldige JSON: na het einde van de JSON-waarde staat op regel 1, kolom 20 nog 'x'. Stuur één JSON-object.")]
    [InlineData("nl", "{\n  \"query\": \"{ wijken { naam } }\",\n  \"variables\": { \"naam\": \"Zoë\" ; }\n}", "De body is geen geldige JSON: op regel 3, kolom 32 (JSON-pad $.variables.naam) staat ';', en dat kan daar niet.")]
    [InlineData("nl", "{\"query\": \"{ a\n}\"}", "De body is geen geldige JSON: op regel 1, kolom 15 (JSON-pad $.query) staat een onzichtbaar teken (U+000A) in een tekst. Schrijf een regeleinde als \\n en een tab als \\t.")]
    [InlineData("nl", "{'query': '{ a }'}", "De body is geen geldige JSON: op regel 1, kolom 2 (JSON-pad $) staat '''. Zet namen en teksten tussen dubbele aanhalingstekens (\").")]
    [InlineData("en", "x", "The body is not valid JSON: at line 1, column 1 (JSON path $) there is 'x'. Put names and strings between double quotes (\").")]
    [InlineData("en", "{\"query\": \"{ a }\", }", "The body is not valid JSON: at line 1, column 20 (JSON path $.query) there is a comma just before '}'. Remove that comma.")]
    [InlineData("en", "{\"query\": \"{ a }\"", "The body is not valid JSON: the text ends at line 1, column 18 (JSON path $.query) before everything is closed. A }, ] or \" is missing.")]
    [InlineData("en", "{\n  \"query\": \"{ wijken { naam } }\",\n  \"variables\": { \"naam\": \"Zoë\" ; }\n}", "The body is not valid JSON: at line 3, column 32 (JSON path $.variables.naam) there is ';', which is not allowed there.")]
    public async Task AMalformedBodySaysWhatIsWrongAndWhereInTheRequestsLanguage(string taal, string body, string bericht)
    {
        var antwoord = await PostAsync(Encoding.UTF8.GetBytes(body), taal);

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.Status);
        Assert.Equal("INVALID_JSON", antwoord.EersteCode);
        Assert.Equal(bericht, antwoord.EersteBericht);
    }

    [Theory]
    [InlineData("nl", "\"{ wijken { slug } }\"", "Het verzoek is ongeldig: de body moet één JSON-object zijn met 'query' of 'documentId'.")]
    [InlineData("nl", "{\"query\": 1}", "Het verzoek is ongeldig: 'query' moet een tekst (string) zijn.")]
    [InlineData("nl", "{\"query\": \"{ wijken { slug } }\", \"variables\": [1]}", "Het verzoek is ongeldig: 'variables' moet een JSON-object zijn (of null).")]
    [InlineData("en", "{\"query\": \"{ wijken { slug } }\", \"operationName\": true}", "The request is invalid: 'operationName' must be a string.")]
    public async Task ABodyOfTheWrongShapeSaysWhatToSendInTheRequestsLanguage(string taal, string body, string bericht)
    {
        var antwoord = await PostAsync(Encoding.UTF8.GetBytes(body), taal);

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.Status);
        Assert.Equal("INVALID_REQUEST", antwoord.EersteCode);
        Assert.Equal(bericht, antwoord.EersteBericht);
    }

    [Fact]
    public async Task TooDeepJsonAndBytesThatAreNoUtf8AreExplainedWithoutSystemTextJsonsEnglish()
    {
        var diep = await PostAsync(Encoding.UTF8.GetBytes("{\"query\": \"{ a }\", \"variables\": {\"x\": " + new string('[', 70) + new string(']', 70) + "}}"), "nl");
        Assert.Equal("INVALID_JSON", diep.EersteCode);
        Assert.Equal("De body is geen geldige JSON: op regel 1, kolom 101 (JSON-pad $…[0][0][0][0][0][0][0]) is de JSON dieper genest dan 64 niveaus.", diep.EersteBericht);

        var bytes = await PostAsync([.. "{\"query\": \""u8, 0xFF, .. "\"}"u8], "en");
        Assert.Equal("INVALID_JSON", bytes.EersteCode);
        Assert.Equal("The body is not valid JSON: at line 1, column 12 there are bytes that are not UTF-8. Send the text as UTF-8.", bytes.EersteBericht);

        using var get = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ wijken { slug } }") + "&variables=" + Uri.EscapeDataString("{x"));
        get.Headers.Accept.ParseAdd("application/json");
        var parameter = await _client.StuurAsync(get);
        Assert.Equal("INVALID_JSON", parameter.EersteCode);
        Assert.Equal("De parameter 'variables' is geen geldige JSON: op regel 1, kolom 2 (JSON-pad $) staat 'x'. Zet namen en teksten tussen dubbele aanhalingstekens (\").", parameter.EersteBericht);

        foreach (var antwoord in new[] { diep, bytes, parameter })
        {
            var tekst = antwoord.EersteBericht!;
            Assert.DoesNotContain("LineNumber", tekst, StringComparison.Ordinal);
            Assert.DoesNotContain("BytePositionInLine", tekst, StringComparison.Ordinal);
            Assert.DoesNotContain("maximum configured depth", tekst, StringComparison.Ordinal);
            Assert.DoesNotContain("invalid", tekst, StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>The slugs of the wijken, in the order the message lists them.</summary>
    private async Task<string> WijkenAsync()
    {
        var wijken = (await _client.GraphQLAsync("{ wijken { slug } }")).ZonderFouten().Data["wijken"]!.AsArray().Select(w => w!["slug"]!.GetValue<string>());
        return string.Join(", ", wijken.Order(StringComparer.Ordinal));
    }

    private async Task<GraphQLAntwoord> PostAsync(byte[] body, string taal)
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) };
        verzoek.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");
        verzoek.Headers.AcceptLanguage.ParseAdd(taal);
        return await _client.StuurAsync(verzoek);
    }
}
