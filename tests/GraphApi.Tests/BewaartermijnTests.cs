using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;
using SociaalNetwerk.Schema.Participatie;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>After the retention period, contact details and open answers are gone; everything the results need stays.</summary>
[Collection(ServerCollectie.Naam)]
public sealed class BewaartermijnTests(SociaalNetwerkServer server)
{
    private const string Indienen = "mutation($invoer: ReactieInvoer!) { reactieIndienen(invoer: $invoer) { gelukt fouten { code } } }";

    private const string Reacties = """
        query($id: ID!) {
          uitvraag(id: $id) {
            reacties {
              nodes {
                kanaal contactNaam contactEmail contactTelefoon persoonsgegevensVerwijderdOp
                antwoorden { vraagId tekst getal factorSoort optie { id } }
              }
            }
          }
        }
        """;

    private readonly HttpClient _client = server.MaakClient();

    [Fact]
    public async Task ThePurgeRemovesContactDetailsAndOpenAnswersOfUitvragenPastTheirTermAndKeepsTheRest()
    {
        // Both closed 40 days before the test clock's now: one kept personal data for 30 days (passed ten days
        // ago), the other for 60 days (twenty days to go). The team enters their paper and conversation forms.
        var nu = SociaalNetwerkServer.Nu.UtcDateTime;
        var periode = (nu.AddDays(-70), nu.AddDays(-40));
        var verlopen = await TestUitvraag.MaakAsync(server, UitvraagStatus.Gesloten, periode: periode, bewaartermijnDagen: 30);
        var binnenTermijn = await TestUitvraag.MaakAsync(server, UitvraagStatus.Gesloten, periode: periode, bewaartermijnDagen: 60);

        await VoerInAsync(verlopen, "PAPIER", new { toestemming = true, naam = "Fatima Amrani", email = "fatima@mail.example", telefoon = "079 000 11 22" }, metOpenAntwoord: true);
        await VoerInAsync(verlopen, "GESPREK", new { toestemming = true, email = "kees@mail.example" }, metOpenAntwoord: true);
        await VoerInAsync(verlopen, "PAPIER", null, metOpenAntwoord: false);
        await VoerInAsync(binnenTermijn, "PAPIER", new { toestemming = true, naam = "Ria de Graaf", telefoon = "079 000 33 44" }, metOpenAntwoord: true);

        var opruimer = server.Services.GetRequiredService<BewaartermijnOpruimer>();
        var eerste = await opruimer.RuimOpAsync(CancellationToken.None);
        var tweede = await opruimer.RuimOpAsync(CancellationToken.None);

        Assert.Equal(new OpruimResultaat(Reacties: 3, OpenAntwoorden: 2), eerste);
        Assert.Equal(new OpruimResultaat(Reacties: 0, OpenAntwoorden: 0), tweede);

        var opgeruimd = await ReactiesAsync(verlopen);
        Assert.Equal(3, opgeruimd.Count);
        Assert.All(opgeruimd, r =>
        {
            Assert.Null(r["contactNaam"]);
            Assert.Null(r["contactEmail"]);
            Assert.Null(r["contactTelefoon"]);
            Assert.Equal("2026-11-23T09:00:00+01:00", r["persoonsgegevensVerwijderdOp"]!.GetValue<string>());
        });
        Assert.Equal(["PAPIER", "GESPREK", "PAPIER"], opgeruimd.Select(r => r["kanaal"]!.GetValue<string>()));

        // The open answers' rows stay, without text; every other answer is untouched, own factor included.
        Assert.Equal([7, 7, 6], opgeruimd.Select(r => r["antwoorden"]!.AsArray().Count));
        var antwoorden = opgeruimd.SelectMany(r => r["antwoorden"]!.AsArray()).Select(a => a!).ToList();
        Assert.Equal(2, antwoorden.Count(a => a["vraagId"]!.GetValue<string>() == verlopen.Open));
        Assert.All(antwoorden.Where(a => a["vraagId"]!.GetValue<string>() == verlopen.Open), a => Assert.Null(a["tekst"]));
        Assert.Equal(["Te weinig bankjes", "Te weinig bankjes", "Te weinig bankjes"], antwoorden.Where(a => a["tekst"] is not null).Select(a => a["tekst"]!.GetValue<string>()));
        Assert.Equal([4, 4, 4], antwoorden.Where(a => a["getal"] is not null).Select(a => a["getal"]!.GetValue<int>()));
        Assert.Equal(12, antwoorden.Count(a => a["optie"] is not null));
        Assert.Equal(6, antwoorden.Count(a => a["factorSoort"] is not null));

        var bewaard = Assert.Single(await ReactiesAsync(binnenTermijn));
        Assert.Equal("Ria de Graaf", bewaard["contactNaam"]!.GetValue<string>());
        Assert.Equal("079 000 33 44", bewaard["contactTelefoon"]!.GetValue<string>());
        Assert.Null(bewaard["persoonsgegevensVerwijderdOp"]);
        Assert.Equal("Meer ontmoeting graag.", bewaard["antwoorden"]!.AsArray().Single(a => a!["vraagId"]!.GetValue<string>() == binnenTermijn.Open)!["tekst"]!.GetValue<string>());
    }

    [Fact]
    public void TheServerRunsThePurgeInTheBackground() =>
        Assert.Single(server.Services.GetServices<IHostedService>().OfType<BewaartermijnService>());

    private async Task VoerInAsync(TestUitvraag uitvraag, string kanaal, object? contact, bool metOpenAntwoord)
    {
        var invoer = uitvraag.GeldigeReactie();
        invoer["kanaal"] = kanaal;
        invoer["contact"] = contact;
        if (!metOpenAntwoord)
        {
            invoer["antwoorden"] = ((object[])invoer["antwoorden"]!)[..4];
        }

        var resultaat = (await _client.GraphQLAsync(Indienen, new { invoer }, sleutel: uitvraag.TeamSleutel)).ZonderFouten().Data["reactieIndienen"]!;
        Assert.True(resultaat["gelukt"]!.GetValue<bool>(), resultaat.ToJsonString());
    }

    private async Task<List<JsonNode>> ReactiesAsync(TestUitvraag uitvraag) =>
        [.. (await _client.GraphQLAsync(Reacties, new { id = uitvraag.Id }, sleutel: uitvraag.TeamSleutel)).ZonderFouten().Data["uitvraag"]!["reacties"]!.Nodes()];
}
