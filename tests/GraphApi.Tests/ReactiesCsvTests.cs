using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CsvHelper;
using Microsoft.Extensions.DependencyInjection;
using SociaalNetwerk.GraphApi.Export;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Participatie;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>The team's CSV export: what Excel needs, one row per reactie, one column per vraag, only for the team.</summary>
[Collection(ServerCollectie.Naam)]
public sealed class ReactiesCsvTests(SociaalNetwerkServer server)
{
    private const string Indienen = "mutation($invoer: ReactieInvoer!) { reactieIndienen(invoer: $invoer) { gelukt fouten { code bericht } } }";

    [Fact]
    public async Task TheTeamDownloadsEveryReactieAsCsvThatExcelOpens()
    {
        var uitvraag = await TestUitvraag.MaakAsync(server);
        using var client = server.MaakClient();
        var eerste = uitvraag.GeldigeReactie();
        eerste["contact"] = new { toestemming = true, naam = "Fatima el Amrani", email = "fatima@example.nl" };
        await DienInAsync(client, eerste);

        // A hostile open answer: a formula, the delimiter, quotes and a line break must all survive as text.
        var vijandig = uitvraag.GeldigeReactie();
        vijandig["antwoorden"] = new object[]
        {
            new { vraagId = uitvraag.Factoren, factoren = new object[] { new { soort = "REMMEND", optieId = uitvraag.FactorOpties[1] } } },
            new { vraagId = uitvraag.EenKeuze, optieIds = new[] { uitvraag.EenKeuzeOpties[0] } },
            new { vraagId = uitvraag.Schaal, getal = 2 },
            new { vraagId = uitvraag.Open, tekst = "=HYPERLINK(\"x\";1); \"ja\"\nnee" },
        };
        await DienInAsync(client, vijandig);

        var papier = uitvraag.GeldigeReactie();
        papier["kanaal"] = "PAPIER";
        papier["wijk"] = "oosterheem";
        papier["formuliernummer"] = 101;
        await DienInAsync(client, papier, uitvraag.TeamSleutel);

        using var antwoord = await HaalAsync(client, uitvraag.Id, uitvraag.TeamSleutel);

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal("text/csv", antwoord.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", antwoord.Content.Headers.ContentType?.CharSet);
        Assert.Equal("attachment", antwoord.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Contains("no-store", antwoord.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        var bytes = await antwoord.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);

        var rijen = Lees(bytes);
        Assert.Equal(
            ["Reactie", "Ingediend op", "Kanaal", "Formuliernummer", "Taal", "Wijk", "Doelgroep", "Naam", "E-mail", "Telefoon",
             "1. Wat helpt en wat remt?", "2. Hoe vaak doet u mee?", "3. Wat heeft u nodig?", "4. Hoe sterk is uw buurt?", "5. Nog iets?"],
            rijen[0]);
        Assert.Equal(4, rijen.Count);
        Assert.All(rijen, rij => Assert.Equal(15, rij.Length));

        var (een, twee, drie) = (rijen[1], rijen[2], rijen[3]);
        Assert.Equal("2026-11-23 09:00", een[1]);
        // An online reactie has no formulier number: an empty cell.
        Assert.Equal(["Online", "", "nl", "Seghwaert", "Inwoners", "Fatima el Amrani", "fatima@example.nl", ""], een[2..10]);
        Assert.Equal("Helpt: Een vaste plek — Houdt tegen: Te weinig bankjes", een[10]);
        Assert.Equal(["Soms", "Informatie | Gezelschap", "4", "Meer ontmoeting graag."], een[11..]);

        Assert.Equal("Houdt tegen: Te weinig tijd", twee[10]);
        Assert.Equal(["Nooit", "", "2"], twee[11..14]);
        Assert.Equal("'=HYPERLINK(\"x\";1); \"ja\"\nnee", twee[14]);

        Assert.Equal(["Op papier", "101", "nl", "Oosterheem"], drie[2..6]);
        Assert.True(int.Parse(een[0], CultureInfo.InvariantCulture) < int.Parse(drie[0], CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task OnlyTheTeamOfTheTrajectAndBeheerdersMayDownload()
    {
        var uitvraag = await TestUitvraag.MaakAsync(server);
        var sleutels = server.Services.GetRequiredService<ApiSleutels>();
        var (beheerder, _) = await sleutels.MaakAsync(Rol.Beheerder, null, null, "csv-test beheerder");
        var (redacteur, _) = await sleutels.MaakAsync(Rol.Redacteur, 1, null, "csv-test redacteur");
        using var client = server.MaakClient();

        await VerwachtFoutAsync(client, uitvraag.Id, null, HttpStatusCode.Unauthorized, FoutCodes.NietAangemeld);
        await VerwachtFoutAsync(client, uitvraag.Id, uitvraag.AnderTeamSleutel, HttpStatusCode.Forbidden, FoutCodes.GeenToegang);
        await VerwachtFoutAsync(client, uitvraag.Id, redacteur, HttpStatusCode.Forbidden, FoutCodes.GeenToegang);
        await VerwachtFoutAsync(client, GlobalId.Maak(nameof(Uitvraag), 999_999), uitvraag.TeamSleutel, HttpStatusCode.NotFound, FoutCodes.NietGevonden);
        await VerwachtFoutAsync(client, "geen-id", uitvraag.TeamSleutel, HttpStatusCode.NotFound, FoutCodes.OngeldigeId);

        using var alsBeheerder = await HaalAsync(client, uitvraag.Id, beheerder);
        Assert.Equal(HttpStatusCode.OK, alsBeheerder.StatusCode);
        Assert.Single(Lees(await alsBeheerder.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public async Task ErrorsAreLocalised()
    {
        var uitvraag = await TestUitvraag.MaakAsync(server);
        using var client = server.MaakClient();
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, Pad(uitvraag.Id));
        verzoek.Headers.AcceptLanguage.ParseAdd("en");

        using var antwoord = await client.SendAsync(verzoek);

        var fout = JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!["errors"]![0]!;
        Assert.Equal(FoutCodes.NietAangemeld, fout["extensions"]!["code"]!.GetValue<string>());
        Assert.StartsWith("This needs an API key", fout["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Bearer", antwoord.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task TheExportReadsReactiesInPagesSoTheStatementCountDoesNotGrowWithEachReactie()
    {
        var klein = await TestUitvraag.MaakAsync(server);
        var groot = await TestUitvraag.MaakAsync(server);
        using var client = server.MaakClient();
        await DienInAsync(client, klein.GeldigeReactie());
        for (var i = 0; i < 40; i++)
        {
            await DienInAsync(client, groot.GeldigeReactie());
        }

        async Task<int> TelAsync(TestUitvraag uitvraag)
        {
            server.SqlTeller.Reset();
            using var antwoord = await HaalAsync(client, uitvraag.Id, uitvraag.TeamSleutel);
            var aantal = server.SqlTeller.Aantal;
            Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
            Assert.Equal(uitvraag == klein ? 2 : 41, Lees(await antwoord.Content.ReadAsByteArrayAsync()).Count);
            return aantal;
        }

        Assert.Equal(await TelAsync(klein), await TelAsync(groot));
        Assert.True(ReactiesCsv.Pagina > 40);
    }

    private static string Pad(string id) => ExportEndpoints.ReactiesPad.Replace("{id}", Uri.EscapeDataString(id), StringComparison.Ordinal);

    private static async Task<HttpResponseMessage> HaalAsync(HttpClient client, string id, string? sleutel)
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, Pad(id));
        if (sleutel is not null)
        {
            verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", sleutel);
        }

        return await client.SendAsync(verzoek);
    }

    private static async Task VerwachtFoutAsync(HttpClient client, string id, string? sleutel, HttpStatusCode status, string code)
    {
        using var antwoord = await HaalAsync(client, id, sleutel);
        Assert.Equal(status, antwoord.StatusCode);
        var body = JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!;
        Assert.Equal(code, body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(body["errors"]![0]!["message"]!.GetValue<string>()));
    }

    private static async Task DienInAsync(HttpClient client, Dictionary<string, object?> invoer, string? sleutel = null)
    {
        var antwoord = (await client.GraphQLAsync(Indienen, new { invoer }, sleutel: sleutel)).ZonderFouten();
        Assert.True(antwoord.Data["reactieIndienen"]!["gelukt"]!.GetValue<bool>(), antwoord.Body.ToJsonString());
    }

    /// <summary>Parses the file the way a spreadsheet does: UTF-8 with BOM, semicolons, quoted fields.</summary>
    private static List<string[]> Lees(byte[] bytes)
    {
        using var lezer = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvParser(lezer, new CsvHelper.Configuration.CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ";" });
        var rijen = new List<string[]>();
        while (csv.Read())
        {
            rijen.Add(csv.Record!);
        }

        return rijen;
    }
}
