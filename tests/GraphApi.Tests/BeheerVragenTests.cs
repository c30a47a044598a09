using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Participatie;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// The questions of an uitvraag in the portal (issue 12), as a browser without JavaScript: list in order, add (with
/// field errors), change, move up and down, remove, the preview link, and the frozen state once there are reacties.
/// </summary>
[Collection(ServerCollectie.Naam)]
public sealed class BeheerVragenTests(SociaalNetwerkServer server)
{
    private static string Pad(TestUitvraag uitvraag) => $"/beheer/uitvragen/{uitvraag.Id}/vragen";

    private static (string, string)[] Vraag(string type, string nl, string? en = null, params string[] opties) =>
    [
        ("type", type), ("tekst.nl", nl), ("tekst.en", en ?? string.Empty),
        .. opties.SelectMany((o, i) => new[] { ($"opties[{i}].id", string.Empty), ($"opties[{i}].positie", string.Empty), ($"opties[{i}].tekst.nl", o) }),
    ];

    private static List<string> Volgorde(string html, params string[] teksten) =>
        [.. teksten.Where(t => html.Contains(t, StringComparison.Ordinal)).OrderBy(t => html.IndexOf(t, StringComparison.Ordinal))];

    [Fact]
    public async Task TheTeamAddsChangesMovesAndRemovesQuestionsWithPlainForms()
    {
        var uitvraag = await TestUitvraag.MaakAsync(server, UitvraagStatus.Concept);
        var (portaal, _) = await PortaalAccounts.IngelogdAsync(server, Rol.Trajectteam, traject: uitvraag.TrajectId);

        var lijst = await portaal.GetAsync(Pad(uitvraag));
        Assert.Equal(HttpStatusCode.OK, lijst.Status);
        Assert.Equal(["Wat helpt en wat remt?", "Hoe vaak doet u mee?", "Wat heeft u nodig?", "Hoe sterk is uw buurt?", "Nog iets?"],
            Volgorde(lijst.Html, "Nog iets?", "Hoe sterk is uw buurt?", "Wat heeft u nodig?", "Hoe vaak doet u mee?", "Wat helpt en wat remt?"));
        Assert.Contains($"/uitvragen/{uitvraag.Id}/proef/", lijst.Html, StringComparison.Ordinal);
        Assert.Contains("7 december 2026", lijst.Tekst, StringComparison.Ordinal);
        Assert.DoesNotContain("De vragen liggen vast", lijst.Tekst, StringComparison.Ordinal);

        // One option is too few: the error at its field and in the summary, nothing stored.
        var fout = await portaal.PostAsync(Pad(uitvraag), lijst.Token, Vraag("EenKeuze", "Woont u in Seghwaert?", null, "Ja"));
        Assert.Equal(HttpStatusCode.BadRequest, fout.Status);
        Assert.Contains("heeft minstens 2 opties nodig.", fout.Tekst, StringComparison.Ordinal);
        Assert.DoesNotContain("NOT_APPLICABLE", fout.Tekst, StringComparison.Ordinal);
        Assert.Contains("href=\"#opties\"", fout.Html, StringComparison.Ordinal);
        Assert.Contains("TOO_FEW_OPTIONS", fout.Tekst, StringComparison.Ordinal);
        Assert.Contains("value=\"Woont u in Seghwaert?\"", fout.Html, StringComparison.Ordinal);
        Assert.Equal(5, (await portaal.GetAsync(Pad(uitvraag))).Html.Split("<li id=\"vraag-").Length - 1);

        var toegevoegd = await portaal.PostAsync(Pad(uitvraag), lijst.Token, Vraag("EenKeuze", "Woont u in Seghwaert?", "Do you live in Seghwaert?", "Ja", "Nee"));
        Assert.Equal(HttpStatusCode.Redirect, toegevoegd.Status);
        lijst = await portaal.GetAsync(Pad(uitvraag));
        Assert.Equal(["Nog iets?", "Woont u in Seghwaert?"], Volgorde(lijst.Html, "Woont u in Seghwaert?", "Nog iets?"));
        var nieuw = GlobalId.Maak("Vraag", await LaatsteVraagAsync(uitvraag));

        // Up one place: question 6 becomes 5.
        Assert.Equal(HttpStatusCode.Redirect, (await portaal.PostAsync($"{Pad(uitvraag)}/{nieuw}/verplaatsen", lijst.Token, ("naar", "5"))).Status);
        Assert.Equal(["Woont u in Seghwaert?", "Nog iets?"], Volgorde((await portaal.GetAsync(Pad(uitvraag))).Html, "Woont u in Seghwaert?", "Nog iets?"));

        // Change it: another wording, an option more, in the order of the positions.
        var bewerk = await portaal.GetAsync($"{Pad(uitvraag)}/{nieuw}");
        Assert.Equal(HttpStatusCode.OK, bewerk.Status);
        Assert.Contains("value=\"Do you live in Seghwaert?\"", bewerk.Html, StringComparison.Ordinal);
        var ids = System.Text.RegularExpressions.Regex.Matches(bewerk.Html, "name=\"opties\\[(\\d)\\]\\.id\" value=\"([^\"]*)\"").Select(m => m.Groups[2].Value).ToList();
        Assert.Equal(5, ids.Count);
        var gewijzigd = await portaal.PostAsync($"{Pad(uitvraag)}/{nieuw}", bewerk.Token,
            ("type", "EenKeuze"), ("verplicht", "ja"), ("tekst.nl", "Woont u in Seghwaert of Noordhove?"),
            ("opties[0].id", ids[0]), ("opties[0].positie", "2"), ("opties[0].tekst.nl", "Ja"),
            ("opties[1].id", ids[1]), ("opties[1].positie", "3"), ("opties[1].tekst.nl", "Nee"),
            ("opties[2].id", string.Empty), ("opties[2].positie", "1"), ("opties[2].tekst.nl", "Weet ik niet"));
        Assert.Equal(HttpStatusCode.Redirect, gewijzigd.Status);
        lijst = await portaal.GetAsync(Pad(uitvraag));
        Assert.Equal(["Weet ik niet", "Ja", "Nee"], Volgorde(lijst.Html, "<li lang=\"nl\">Ja</li>", "<li lang=\"nl\">Nee</li>", "<li lang=\"nl\">Weet ik niet</li>").Select(t => t[14..^5]));
        Assert.Contains("Woont u in Seghwaert of Noordhove?", lijst.Html, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await portaal.PostAsync($"{Pad(uitvraag)}/{nieuw}/verwijderen", lijst.Token)).Status);
        lijst = await portaal.GetAsync(Pad(uitvraag));
        Assert.DoesNotContain("Seghwaert of Noordhove", lijst.Html, StringComparison.Ordinal);
        Assert.Equal(5, lijst.Html.Split("<li id=\"vraag-").Length - 1);
    }

    [Fact]
    public async Task AFrozenUitvraagExplainsItselfAndTakesOnlyWordingFixes()
    {
        var uitvraag = await TestUitvraag.MaakAsync(server);
        using var client = server.MaakClient();
        (await client.GraphQLAsync("mutation($invoer: ReactieInvoer!) { reactieIndienen(invoer: $invoer) { gelukt } }", new { invoer = uitvraag.GeldigeReactie() })).ZonderFouten();
        var (portaal, _) = await PortaalAccounts.IngelogdAsync(server, Rol.Trajectteam, traject: uitvraag.TrajectId);

        var lijst = await portaal.GetAsync(Pad(uitvraag));
        Assert.Equal(HttpStatusCode.OK, lijst.Status);
        Assert.Contains("De vragen liggen vast", lijst.Tekst, StringComparison.Ordinal);
        Assert.Contains("maak dan een kopie van de uitvraag", lijst.Tekst, StringComparison.Ordinal);
        Assert.DoesNotContain("/verwijderen\"", lijst.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Vraag toevoegen", lijst.Tekst, StringComparison.Ordinal);

        // A crafted form is refused all the same.
        var weg = await portaal.PostAsync($"{Pad(uitvraag)}/{uitvraag.Open}/verwijderen", lijst.Token);
        Assert.Equal(HttpStatusCode.BadRequest, weg.Status);
        Assert.Contains("Op deze uitvraag is al gereageerd: de vragen en hun opties liggen vast.", weg.Tekst, StringComparison.Ordinal);
        Assert.Contains("Nog iets?", (await portaal.GetAsync(Pad(uitvraag))).Html, StringComparison.Ordinal);

        var bewerk = await portaal.GetAsync($"{Pad(uitvraag)}/{uitvraag.EenKeuze}");
        Assert.Contains("<select id=\"type\" name=\"type\" disabled", bewerk.Html, StringComparison.Ordinal);
        var opties = uitvraag.EenKeuzeOpties;
        var fix = await portaal.PostAsync($"{Pad(uitvraag)}/{uitvraag.EenKeuze}", bewerk.Token,
            ("tekst.nl", "Hoe vaak doet u mee? (typfout verbeterd)"), ("tekst.en", "EN Hoe vaak doet u mee?"),
            ("opties[0].id", opties[0]), ("opties[0].tekst.nl", "Nooit"),
            ("opties[1].id", opties[1]), ("opties[1].tekst.nl", "Soms"),
            ("opties[2].id", opties[2]), ("opties[2].tekst.nl", "Heel vaak"));
        Assert.Equal(HttpStatusCode.Redirect, fix.Status);
        lijst = await portaal.GetAsync(Pad(uitvraag));
        Assert.Contains("Hoe vaak doet u mee? (typfout verbeterd)", lijst.Html, StringComparison.Ordinal);
        Assert.Contains("<li lang=\"nl\">Heel vaak</li>", lijst.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheLinksBetweenTheUitvraagPageAndItsQuestionsLead()
    {
        var uitvraag = await TestUitvraag.MaakAsync(server, UitvraagStatus.Concept);
        var nummer = GlobalId.LeesInt(uitvraag.Id, nameof(Uitvraag)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var (portaal, _) = await PortaalAccounts.IngelogdAsync(server, Rol.Trajectteam, traject: uitvraag.TrajectId);

        // The uitvraag page links its questions by number, as the portal's other pages: that page opens.
        var pagina = await portaal.GetAsync($"/beheer/uitvragen/{nummer}");
        Assert.Contains($"href=\"/beheer/uitvragen/{nummer}/vragen\"", pagina.Html, StringComparison.Ordinal);
        var vragen = await portaal.GetAsync($"/beheer/uitvragen/{nummer}/vragen");
        Assert.Equal(HttpStatusCode.OK, vragen.Status);
        Assert.Contains("Wat helpt en wat remt?", vragen.Tekst, StringComparison.Ordinal);

        // And back: the questions page (by either id) links the uitvraag page by number.
        foreach (var pad in new[] { $"/beheer/uitvragen/{nummer}/vragen", Pad(uitvraag) })
        {
            var html = (await portaal.GetAsync(pad)).Html;
            Assert.Contains($"href=\"/beheer/uitvragen/{nummer}\"", html, StringComparison.Ordinal);
            Assert.Contains($"action=\"/beheer/uitvragen/{nummer}/vragen\"", html, StringComparison.Ordinal);
        }

        // A question added on the page found by number lands in the list.
        var toegevoegd = await portaal.PostAsync($"/beheer/uitvragen/{nummer}/vragen", vragen.Token, Vraag("OpenTekst", "Wat mist u?", "What do you miss?"));
        Assert.Equal(HttpStatusCode.Redirect, toegevoegd.Status);
        Assert.Contains("Wat mist u?", (await portaal.GetAsync($"/beheer/uitvragen/{nummer}/vragen")).Tekst, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherTrajectsTeamAndRedacteurenAreRefused()
    {
        var uitvraag = await TestUitvraag.MaakAsync(server);
        var (ander, _) = await PortaalAccounts.IngelogdAsync(server, Rol.Trajectteam, traject: uitvraag.TrajectId + 1);
        var geweigerd = await ander.GetAsync(Pad(uitvraag));
        Assert.Equal(HttpStatusCode.Forbidden, geweigerd.Status);
        Assert.DoesNotContain("Nog iets?", geweigerd.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("/proef/", geweigerd.Html, StringComparison.Ordinal);

        var (team, _) = await PortaalAccounts.IngelogdAsync(server, Rol.Trajectteam, traject: uitvraag.TrajectId);
        Assert.Equal(HttpStatusCode.NotFound, (await team.GetAsync("/beheer/uitvragen/VWl0dnJhYWc6OTk5OTk5/vragen")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await team.GetAsync($"{Pad(uitvraag)}/VnJhYWc6OTk5OTk5")).Status);
    }

    private async Task<int> LaatsteVraagAsync(TestUitvraag uitvraag)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>().CreateDbContextAsync();
        var id = GlobalId.LeesInt(uitvraag.Id, nameof(Uitvraag));
        return await db.Vragen.Where(v => v.UitvraagId == id).MaxAsync(v => v.Id);
    }
}
