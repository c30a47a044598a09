using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>The portal writes through the same database layer as the API: the server's copies of answers follow it.</summary>
public sealed partial class BeheerActiviteitenTests
{
    [Fact]
    public async Task ASaveInThePortalMakesTheNextPublicGetFresh()
    {
        var partners = await TestPartners.MaakAsync(server);
        using var portaal = await RedacteurAsync(partners.A);
        var titel = "Cachekoffie " + Guid.NewGuid().ToString("N")[..6];
        var nieuw = await portaal.GetAsync("/beheer/activiteiten/nieuw");
        var opgeslagen = await portaal.PostAsync("/beheer/activiteiten/nieuw", nieuw.Token, [.. Wekelijks(partners, titel), ("actie", "opslaan")]);
        var id = IdUit(opgeslagen.Locatie);
        var pad = "/graphql?query=" + Uri.EscapeDataString(Data) + "&variables=" + Uri.EscapeDataString($$"""{"id":"{{id}}"}""");

        async Task<(string Titel, int Statements)> TitelViaGetAsync()
        {
            using var verzoek = new HttpRequestMessage(HttpMethod.Get, pad);
            verzoek.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/graphql-response+json"));
            server.SqlTeller.Reset();
            using var antwoord = await _client.SendAsync(verzoek);
            Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
            var titel = JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!["data"]!["activiteit"]!["titel"]!.GetValue<string>();
            return (titel, server.SqlTeller.Aantal);
        }

        var (voor, _) = await TitelViaGetAsync();
        var (bewaard, statements) = await TitelViaGetAsync();
        var pagina = await portaal.GetAsync(opgeslagen.Locatie!);
        var gewijzigd = await portaal.PostAsync(
            $"/beheer/activiteiten/{Uri.EscapeDataString(id)}", pagina.Token, [.. Wekelijks(partners, titel + " (anders)").Where(v => v.Item1 != "organisatie"), ("actie", "opslaan")]);
        var (na, _) = await TitelViaGetAsync();

        Assert.Equal(titel, voor);
        Assert.Equal(titel, bewaard);
        Assert.Equal(1, statements);
        Assert.Equal(HttpStatusCode.Redirect, gewijzigd.Status);
        Assert.Equal(titel + " (anders)", na);
    }
}
