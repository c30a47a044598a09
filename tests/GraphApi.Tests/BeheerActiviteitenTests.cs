using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;
using SociaalNetwerk.Schema.Accounts;
using SociaalNetwerk.Schema.Agenda;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>The server of the activity pages' tests: its own database, so the statement count sees only its requests.</summary>
public sealed class BeheerActiviteitenServer : SociaalNetwerkServer;

/// <summary>
/// The portal's activity pages (issue 11) as a volunteer uses them without JavaScript: real HTTP with cookies and
/// forms, an account made by invitation (the service the CLI calls) with its password set through the link, the result
/// checked through the public GraphQL API and <c>/agenda</c>.
/// </summary>
public sealed partial class BeheerActiviteitenTests(BeheerActiviteitenServer server) : IClassFixture<BeheerActiviteitenServer>
{
    private const string Wachtwoord = "een lang genoeg wachtwoord";

    private const string Data = "query($id: ID!) { activiteit(id: $id) { titel status volgendeVoorkomens(aantal: 5) { start eind status } } }";

    private readonly HttpClient _client = server.MaakClient();

    /// <summary>A signed-in redacteur of <paramref name="organisatie"/> (a global id).</summary>
    private async Task<Portaal> RedacteurAsync(string organisatie)
    {
        var email = $"r{Guid.NewGuid():N}"[..12] + "@partner.example";
        string link;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var (_, code) = await scope.ServiceProvider.GetRequiredService<AccountBeheer>().NodigUitAsync(email, Rol.Redacteur, GlobalId.LeesInt(organisatie, "Organisatie"), null);
            link = "/beheer/uitnodiging/" + code;
        }

        var portaal = new Portaal(server);
        Assert.Equal(HttpStatusCode.Redirect, (await portaal.VulInAsync(link, ("wachtwoord", Wachtwoord), ("herhaling", Wachtwoord))).Status);
        return portaal;
    }

    /// <summary>Three Tuesdays at 10:00–12:00 local time from 16 March 2027, across the change to summer time on 28 March.</summary>
    private static (string, string)[] Wekelijks(TestPartners partners, string titel) =>
    [
        ("titel", titel), ("omschrijving", "Koffie en een praatje."), ("soort", "Inloopspreekuur"), ("thema", "WonenEnBuurt"),
        ("organisatie", GlobalId.LeesInt(partners.A, "Organisatie").ToString(CultureInfo.InvariantCulture)),
        ("locatie", GlobalId.LeesInt(partners.LocatieId, "Locatie").ToString(CultureInfo.InvariantCulture)),
        ("datum", "2027-03-16"), ("begintijd", "10:00"), ("eindtijd", "12:00"),
        ("herhaling", "wekelijks"), ("interval", "1"), ("weekdag", "2"), ("einde", "aantal"), ("aantal", "3"),
        ("kosten", "2,50"), ("aanmelding", "NietNodig"), ("rolstoel", "1"), ("talen", "nl, ar"),
    ];

    private async Task<int> AantalAsync(string titel)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>().CreateDbContextAsync();
        return await db.Activiteiten.CountAsync(a => a.Titel == titel);
    }

    private static string IdUit(string? locatie) =>
        Uri.UnescapeDataString(Assert.Single(ActiviteitAdres().Matches(locatie ?? string.Empty)).Groups[1].Value);

    [Fact]
    public async Task ARedacteurPreviewsAndAddsAWeeklyActivityInLocalTimeThatTheAgendaShowsAtTheRightInstants()
    {
        var partners = await TestPartners.MaakAsync(server);
        using var portaal = await RedacteurAsync(partners.A);
        var titel = "Buurtkoffie " + Guid.NewGuid().ToString("N")[..6];
        var nieuw = await portaal.GetAsync("/beheer/activiteiten/nieuw");
        Assert.Equal(HttpStatusCode.OK, nieuw.Status);
        Assert.Contains(partners.NaamA, nieuw.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("tabindex=\"1", nieuw.Html, StringComparison.Ordinal);

        // "Bekijk data": the rule in words and the dates, in local time across the clock change; nothing stored.
        var voorbeeld = await portaal.PostAsync("/beheer/activiteiten/nieuw", nieuw.Token, [.. Wekelijks(partners, titel), ("actie", "bekijk")]);
        Assert.Equal(HttpStatusCode.OK, voorbeeld.Status);
        Assert.Contains("Elke week op dinsdag, van 10:00 tot 12:00, 3 keer in totaal.", WebUtility.HtmlDecode(voorbeeld.Tekst), StringComparison.Ordinal);
        Assert.Contains("dinsdag 16 maart 2027, 10:00 – 12:00", WebUtility.HtmlDecode(voorbeeld.Tekst), StringComparison.Ordinal);
        Assert.Contains("dinsdag 30 maart 2027, 10:00 – 12:00", WebUtility.HtmlDecode(voorbeeld.Tekst), StringComparison.Ordinal);
        Assert.Equal(0, await AantalAsync(titel));

        var opgeslagen = await portaal.PostAsync("/beheer/activiteiten/nieuw", voorbeeld.Token, [.. Wekelijks(partners, titel), ("actie", "opslaan")]);
        Assert.Equal(HttpStatusCode.Redirect, opgeslagen.Status);
        var id = IdUit(opgeslagen.Locatie);
        var pagina = await portaal.GetAsync(opgeslagen.Locatie!);
        Assert.Equal(HttpStatusCode.OK, pagina.Status);
        Assert.Contains("De activiteit is opgeslagen.", WebUtility.HtmlDecode(pagina.Tekst), StringComparison.Ordinal);
        Assert.Contains($"value=\"{titel}\"", pagina.Html, StringComparison.Ordinal);

        // The same instants through the API: 09:00 UTC in winter time, 08:00 UTC after the clocks went forward.
        var data = await DataAsync(id);
        Assert.Equal(
            [("2027-03-16T09:00:00Z", "GEPLAND"), ("2027-03-23T09:00:00Z", "GEPLAND"), ("2027-03-30T08:00:00Z", "GEPLAND")],
            data.Select(d => (Utc(d.Start), d.Status)));
        var agenda = (await _client.GraphQLAsync("query($o: ID!) { agenda(filter: { organisaties: [$o] }) { nodes { start activiteit { titel } } } }", new { o = partners.A }))
            .ZonderFouten().Data["agenda"]!["nodes"]!.AsArray();
        Assert.Equal(["2027-03-16T09:00:00Z", "2027-03-23T09:00:00Z", "2027-03-30T08:00:00Z"], agenda.Select(n => Utc(n!["start"]!.GetValue<string>())));
        Assert.All(agenda, n => Assert.Equal(titel, n!["activiteit"]!["titel"]!.GetValue<string>()));
        var openbaar = await _client.GetStringAsync($"/agenda?organisatie={Uri.EscapeDataString(partners.A)}");
        Assert.Contains(titel, openbaar, StringComparison.Ordinal);

        // Cancel one date from the list of dates: the API shows that occurrence cancelled, the others not; then restore it.
        var annuleren = await portaal.PostAsync($"/beheer/activiteiten/{Uri.EscapeDataString(id)}/datum", pagina.Token, ("start", "2027-03-23T09:00:00Z"), ("actie", "annuleren"));
        Assert.Equal(HttpStatusCode.Redirect, annuleren.Status);
        Assert.Equal(["GEPLAND", "GEANNULEERD", "GEPLAND"], (await DataAsync(id)).Select(d => d.Status));
        var metGeannuleerd = await portaal.GetAsync(annuleren.Locatie!);
        Assert.Contains("Deze datum gaat toch door", metGeannuleerd.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await portaal.PostAsync($"/beheer/activiteiten/{Uri.EscapeDataString(id)}/datum", pagina.Token, ("start", "2027-03-23T09:00:00Z"), ("actie", "herstellen"))).Status);
        Assert.Equal(["GEPLAND", "GEPLAND", "GEPLAND"], (await DataAsync(id)).Select(d => d.Status));

        // Edit the title; cancel the whole activity with a reason and restore it.
        var gewijzigd = await portaal.PostAsync($"/beheer/activiteiten/{Uri.EscapeDataString(id)}", pagina.Token, [.. Wekelijks(partners, titel + " (nieuw)").Where(v => v.Item1 != "organisatie"), ("actie", "opslaan")]);
        Assert.Equal(HttpStatusCode.Redirect, gewijzigd.Status);
        Assert.Equal(titel + " (nieuw)", await TitelAsync(id));
        Assert.Equal(HttpStatusCode.Redirect, (await portaal.PostAsync($"/beheer/activiteiten/{Uri.EscapeDataString(id)}/annuleren", pagina.Token, ("reden", "De vrijwilliger is ziek"))).Status);
        Assert.Equal(["GEANNULEERD", "GEANNULEERD", "GEANNULEERD"], (await DataAsync(id)).Select(d => d.Status));
        Assert.Contains("De vrijwilliger is ziek", (await portaal.GetAsync($"/beheer/activiteiten/{Uri.EscapeDataString(id)}")).Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await portaal.PostAsync($"/beheer/activiteiten/{Uri.EscapeDataString(id)}/herstellen", pagina.Token)).Status);
        Assert.Equal(["GEPLAND", "GEPLAND", "GEPLAND"], (await DataAsync(id)).Select(d => d.Status));

        // The list, the dashboard and a copy.
        var lijst = await portaal.GetAsync("/beheer/activiteiten");
        Assert.Contains(titel + " (nieuw)", lijst.Html, StringComparison.Ordinal);
        Assert.Contains("dinsdag 16 maart 2027, 10:00", WebUtility.HtmlDecode(lijst.Tekst), StringComparison.Ordinal);
        var start = await portaal.GetAsync("/beheer");
        Assert.Contains(titel + " (nieuw)", start.Html, StringComparison.Ordinal);
        Assert.Contains("Recente wijzigingen", start.Html, StringComparison.Ordinal);
        var kopie = await portaal.GetAsync($"/beheer/activiteiten/nieuw?kopie={Uri.EscapeDataString(id)}");
        Assert.Equal(HttpStatusCode.OK, kopie.Status);
        Assert.Contains($"value=\"{titel} (nieuw)\"", kopie.Html, StringComparison.Ordinal);
        Assert.Contains("action=\"/beheer/activiteiten/nieuw\"", kopie.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryFirstMondayUntilADateIsPreviewedInWordsAndInEnglish()
    {
        var partners = await TestPartners.MaakAsync(server);
        using var portaal = await RedacteurAsync(partners.A);
        var maandelijks = Wekelijks(partners, "Eerste maandag").Where(v => v.Item1 is not ("weekdag" or "aantal")).Select(v => v.Item1 switch
        {
            "datum" => ("datum", "2026-12-07"),
            "herhaling" => ("herhaling", "maandelijks"),
            "einde" => ("einde", "datum"),
            _ => v,
        }).Concat([("weekVanDeMaand", "1"), ("totEnMet", "2027-03-01"), ("actie", "bekijk")]).ToArray();
        var nieuw = await portaal.GetAsync("/beheer/activiteiten/nieuw");

        var voorbeeld = await portaal.PostAsync("/beheer/activiteiten/nieuw", nieuw.Token, maandelijks);
        Assert.Equal(HttpStatusCode.OK, voorbeeld.Status);
        var tekst = WebUtility.HtmlDecode(voorbeeld.Tekst);
        Assert.Contains("Elke maand op de eerste maandag, van 10:00 tot 12:00, tot en met maandag 1 maart 2027.", tekst, StringComparison.Ordinal);
        Assert.Equal(
            ["2026-12-07T10:00:00+01:00", "2027-01-04T10:00:00+01:00", "2027-02-01T10:00:00+01:00", "2027-03-01T10:00:00+01:00"],
            Datums().Matches(voorbeeld.Html[voorbeeld.Html.IndexOf("class=\"voorbeeld\"", StringComparison.Ordinal)..]).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)));
        Assert.Equal(0, await AantalAsync("Eerste maandag"));

        var engels = await portaal.GetAsync("/beheer/activiteiten/nieuw?taal=en");
        Assert.Contains("<html lang=\"en\"", engels.Html, StringComparison.Ordinal);
        var preview = await portaal.PostAsync("/beheer/activiteiten/nieuw?taal=en", engels.Token, maandelijks);
        Assert.Contains("Show dates", preview.Html, StringComparison.Ordinal);
        Assert.Contains("This is a preview: nothing has been saved yet.", preview.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FieldErrorsAreShownAtTheFieldAndInTheSummaryAndNothingIsStored()
    {
        var partners = await TestPartners.MaakAsync(server);
        using var portaal = await RedacteurAsync(partners.A);
        var titel = "Foutje " + Guid.NewGuid().ToString("N")[..6];
        var nieuw = await portaal.GetAsync("/beheer/activiteiten/nieuw");

        // No description, an end before the start: the domain's messages, at their fields, and the form as it was typed.
        var velden = Wekelijks(partners, titel).Select(v => v.Item1 switch { "omschrijving" => ("omschrijving", ""), "eindtijd" => ("eindtijd", "09:00"), _ => v }).ToArray();
        var fout = await portaal.PostAsync("/beheer/activiteiten/nieuw", nieuw.Token, [.. velden, ("actie", "opslaan")]);
        Assert.Equal(HttpStatusCode.BadRequest, fout.Status);
        Assert.Contains("class=\"foutsamenvatting\"", fout.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"#omschrijving\"", fout.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"#eindtijd\"", fout.Html, StringComparison.Ordinal);
        Assert.Matches("<p id=\"fout-omschrijving\" class=\"veldfout\">\\s*<span>Vul &#x27;Omschrijving&#x27; in.</span>", fout.Html);
        Assert.Matches("<p id=\"fout-eindtijd\" class=\"veldfout\">\\s*<span>Het einde moet na het begin liggen.</span>", fout.Html);
        Assert.Contains("id=\"omschrijving\" name=\"omschrijving\" rows=\"6\" required maxlength=\"4000\" aria-invalid=\"true\" aria-describedby=\"fout-omschrijving\"", fout.Html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{titel}\"", fout.Html, StringComparison.Ordinal);
        Assert.Equal(0, await AantalAsync(titel));

        // A time the clock skips (the night of 28 March 2027) gets a clear message, never an offset question.
        var zomertijd = Wekelijks(partners, titel).Select(v => v.Item1 switch { "datum" => ("datum", "2027-03-28"), "begintijd" => ("begintijd", "02:30"), "eindtijd" => ("eindtijd", "04:00"), "weekdag" => ("weekdag", "0"), _ => v }).ToArray();
        var gat = await portaal.PostAsync("/beheer/activiteiten/nieuw", fout.Token, [.. zomertijd, ("actie", "bekijk")]);
        Assert.Equal(HttpStatusCode.BadRequest, gat.Status);
        Assert.Contains("28 maart 2027, 02:30 bestaat niet: die nacht gaat de klok van 2:00 naar 3:00 (zomertijd).", WebUtility.HtmlDecode(gat.Tekst), StringComparison.Ordinal);
        Assert.Contains("href=\"#begintijd\"", gat.Html, StringComparison.Ordinal);

        // The recurrence's own rule: the first date must be one of the chosen weekdays.
        var verkeerdeDag = Wekelijks(partners, titel).Select(v => v.Item1 == "weekdag" ? ("weekdag", "4") : v).ToArray();
        var dag = await portaal.PostAsync("/beheer/activiteiten/nieuw", gat.Token, [.. verkeerdeDag, ("actie", "bekijk")]);
        Assert.Equal(HttpStatusCode.BadRequest, dag.Status);
        Assert.Contains("href=\"#weekdagen\"", dag.Html, StringComparison.Ordinal);
        Assert.Equal(0, await AantalAsync(titel));
    }

    [Fact]
    public async Task AnotherOrganisationsRedacteurGetsA403PageAndAnonymousVisitorsAreSentToSignIn()
    {
        var partners = await TestPartners.MaakAsync(server);
        using var a = await RedacteurAsync(partners.A);
        using var b = await RedacteurAsync(partners.B);
        var titel = "Van A " + Guid.NewGuid().ToString("N")[..6];
        var nieuw = await a.GetAsync("/beheer/activiteiten/nieuw");
        var id = IdUit((await a.PostAsync("/beheer/activiteiten/nieuw", nieuw.Token, [.. Wekelijks(partners, titel), ("actie", "opslaan")])).Locatie);
        var pad = $"/beheer/activiteiten/{Uri.EscapeDataString(id)}";

        var bekijken = await b.GetAsync(pad);
        Assert.Equal(HttpStatusCode.Forbidden, bekijken.Status);
        Assert.Contains("Foutcode: FORBIDDEN", WebUtility.HtmlDecode(bekijken.Tekst), StringComparison.Ordinal);
        Assert.DoesNotContain(titel, bekijken.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await b.GetAsync($"/beheer/activiteiten/nieuw?kopie={Uri.EscapeDataString(id)}")).Status);
        var eigen = await b.GetAsync("/beheer/activiteiten");
        Assert.DoesNotContain(titel, eigen.Html, StringComparison.Ordinal);

        // B's own valid token does not let B change, cancel or cancel a date of A's activity.
        Assert.Equal(HttpStatusCode.Forbidden, (await b.PostAsync(pad, eigen.Token, [.. Wekelijks(partners, "Overgenomen"), ("actie", "opslaan")])).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await b.PostAsync(pad + "/annuleren", eigen.Token, ("reden", "weg"))).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await b.PostAsync(pad + "/datum", eigen.Token, ("start", "2027-03-23T09:00:00Z"), ("actie", "annuleren"))).Status);
        Assert.Equal(titel, await TitelAsync(id));
        Assert.All(await DataAsync(id), d => Assert.Equal("GEPLAND", d.Status));

        // B cannot add an activity for A either.
        var bNieuw = await b.GetAsync("/beheer/activiteiten/nieuw");
        Assert.DoesNotContain(partners.NaamA, bNieuw.Html, StringComparison.Ordinal);
        var namens = await b.PostAsync("/beheer/activiteiten/nieuw", bNieuw.Token, [.. Wekelijks(partners, titel + " B"), ("actie", "opslaan")]);
        Assert.Equal(HttpStatusCode.BadRequest, namens.Status);
        Assert.Contains("href=\"#organisatie\"", namens.Html, StringComparison.Ordinal);
        Assert.Equal(0, await AantalAsync(titel + " B"));

        using var anoniem = new Portaal(server);
        foreach (var route in new[] { "/beheer/activiteiten", "/beheer/activiteiten/nieuw", pad })
        {
            var antwoord = await anoniem.GetAsync(route);
            Assert.Equal(HttpStatusCode.Redirect, antwoord.Status);
            Assert.Equal("/beheer/inloggen?terug=" + Uri.EscapeDataString(route), antwoord.Locatie);
        }

        var inloggen = await anoniem.GetAsync("/beheer/inloggen");
        Assert.Equal(HttpStatusCode.Redirect, (await anoniem.PostAsync(pad + "/annuleren", inloggen.Token, ("reden", "weg"))).Status);
        Assert.All(await DataAsync(id), d => Assert.Equal("GEPLAND", d.Status));
    }

    [Fact]
    public async Task HostileValuesInEveryFieldAndRouteAreNeverA500()
    {
        var partners = await TestPartners.MaakAsync(server);
        using var portaal = await RedacteurAsync(partners.A);
        var nieuw = await portaal.GetAsync("/beheer/activiteiten/nieuw");
        var id = IdUit((await portaal.PostAsync("/beheer/activiteiten/nieuw", nieuw.Token, [.. Wekelijks(partners, "Onzin " + Guid.NewGuid().ToString("N")[..6]), ("actie", "opslaan")])).Locatie);
        var pad = $"/beheer/activiteiten/{Uri.EscapeDataString(id)}";
        var onzin = new Onzin(11);
        var waarden = Onzin.Grenswaarden.Concat(onzin.Willekeurig(20)).Concat(["2027-03-28", "02:30", "2026-10-25", "9999-12-31", "0001-01-01", "23:59", "-1", "0", "2147483647", "99999999999"]).ToList();
        var velden = Wekelijks(partners, "x").Select(v => v.Item1).Concat(["weekVanDeMaand", "totEnMet", "capaciteit", "aanmeldLink", "aanmeldEmail", "contactEmail", "onlineLink", "doelgroep"]).Distinct().ToList();
        List<string> fouten = [];
        foreach (var veld in velden)
        {
            foreach (var waarde in waarden)
            {
                foreach (var (doel, actie) in new[] { ("/beheer/activiteiten/nieuw", "bekijk"), (pad, "bekijk"), (pad, "opslaan") })
                {
                    var antwoord = await portaal.PostAsync(doel, nieuw.Token, [.. Wekelijks(partners, "Onzin").Where(v => v.Item1 != veld), (veld, waarde), ("actie", actie), ("einde", veld == "totEnMet" ? "datum" : "aantal")]);
                    if ((int)antwoord.Status >= 500)
                    {
                        fouten.Add($"{doel} {veld}={waarde}: {(int)antwoord.Status}");
                    }
                }
            }
        }

        foreach (var waarde in waarden)
        {
            foreach (var antwoord in new[]
            {
                await portaal.GetAsync($"/beheer/activiteiten/{Onzin.Codeer(waarde)}"),
                await portaal.GetAsync($"/beheer/activiteiten?pagina={Onzin.Codeer(waarde)}&organisatie={Onzin.Codeer(waarde)}"),
                await portaal.GetAsync($"/beheer/activiteiten/nieuw?kopie={Onzin.Codeer(waarde)}"),
                await portaal.PostAsync(pad + "/datum", nieuw.Token, ("start", waarde), ("actie", "annuleren")),
                await portaal.PostAsync(pad + "/annuleren", nieuw.Token, ("reden", waarde + new string('x', waarde.Length % 600))),
            })
            {
                if ((int)antwoord.Status >= 500)
                {
                    fouten.Add($"{waarde}: {(int)antwoord.Status} {antwoord.Bericht.RequestMessage?.RequestUri}");
                }
            }
        }

        // A NUL in any value makes the whole form unreadable: refused like a forged form, on every portal form.
        foreach (var doel in new[] { "/beheer/activiteiten/nieuw", pad, "/beheer/inloggen" })
        {
            var antwoord = await portaal.PostAsync(doel, nieuw.Token, ("titel", "a\0b"), ("email", "\0"), ("actie", "opslaan"));
            Assert.Equal(HttpStatusCode.BadRequest, antwoord.Status);
            Assert.Contains("Foutcode: ANTIFORGERY_INVALID", WebUtility.HtmlDecode(antwoord.Tekst), StringComparison.Ordinal);
        }

        Assert.True(fouten.Count == 0, string.Join("\n", fouten.Take(20)));
    }

    [Fact]
    public async Task AFormWithoutItsAntiforgeryTokenIsRefusedAndNothingIsStored()
    {
        var partners = await TestPartners.MaakAsync(server);
        using var portaal = await RedacteurAsync(partners.A);
        var titel = "Vervalst " + Guid.NewGuid().ToString("N")[..6];
        await portaal.GetAsync("/beheer/activiteiten/nieuw");

        var vervalst = await portaal.PostAsync("/beheer/activiteiten/nieuw", null, [.. Wekelijks(partners, titel), ("actie", "opslaan")]);
        Assert.Equal(HttpStatusCode.BadRequest, vervalst.Status);
        Assert.Contains("Foutcode: ANTIFORGERY_INVALID", WebUtility.HtmlDecode(vervalst.Tekst), StringComparison.Ordinal);
        Assert.Equal(0, await AantalAsync(titel));

        var fout = await portaal.PostAsync("/beheer/activiteiten/nieuw", "geen-echt-token", [.. Wekelijks(partners, titel), ("actie", "opslaan")]);
        Assert.Equal(HttpStatusCode.BadRequest, fout.Status);
        Assert.Equal(0, await AantalAsync(titel));
    }

    [Fact]
    public async Task TheListTakesTheSameNumberOfStatementsFor5And50Activities()
    {
        var partners = await TestPartners.MaakAsync(server);
        using var portaal = await RedacteurAsync(partners.A);
        await VoegToeAsync(partners, 5);
        var bij5 = await TelAsync(portaal);
        await VoegToeAsync(partners, 45);
        var bij50 = await TelAsync(portaal);

        Assert.Equal(bij5.Aantal, bij50.Aantal);
        Assert.Contains("50 activiteiten", WebUtility.HtmlDecode(bij50.Pagina.Tekst), StringComparison.Ordinal);
        Assert.Equal(ActiviteitenPerPagina, Regex.Count(bij50.Pagina.Html, "<tr>\\s*<td>"));
        Assert.Contains("Pagina 1 van 2", WebUtility.HtmlDecode(bij50.Pagina.Tekst), StringComparison.Ordinal);
        var tweede = await portaal.GetAsync("/beheer/activiteiten?pagina=2");
        Assert.Equal(ActiviteitenPerPagina, Regex.Count(tweede.Html, "<tr>\\s*<td>"));
    }

    private const int ActiviteitenPerPagina = 25;

    private async Task<(int Aantal, PortaalAntwoord Pagina)> TelAsync(Portaal portaal)
    {
        await portaal.GetAsync("/beheer/activiteiten");
        server.SqlTeller.Reset();
        var pagina = await portaal.GetAsync("/beheer/activiteiten");
        Assert.Equal(HttpStatusCode.OK, pagina.Status);
        return (server.SqlTeller.Aantal, pagina);
    }

    /// <summary>Activities of A straight in the database, each with two dates, one of them cancelled.</summary>
    private async Task VoegToeAsync(TestPartners partners, int aantal)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>().CreateDbContextAsync();
        var organisatie = await db.Organisaties.SingleAsync(o => o.Id == GlobalId.LeesInt(partners.A, "Organisatie"));
        for (var i = 0; i < aantal; i++)
        {
            var start = new DateTime(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc).AddDays(i);
            db.Activiteiten.Add(new Activiteit
            {
                Titel = $"Telling {i}",
                Omschrijving = "Voor de telling.",
                Start = start,
                Eind = start.AddHours(2),
                Organisatoren = [organisatie],
                LocatieId = GlobalId.LeesInt(partners.LocatieId, "Locatie"),
                Voorkomens = [new Voorkomen { Start = start, Eind = start.AddHours(2) }, new Voorkomen { Start = start.AddDays(7), Eind = start.AddDays(7).AddHours(2), Geannuleerd = true }],
            });
        }

        await db.SaveChangesAsync();
    }

    private async Task<List<(string Start, string Status)>> DataAsync(string id) =>
        [.. (await _client.GraphQLAsync(Data, new { id })).ZonderFouten().Data["activiteit"]!["volgendeVoorkomens"]!.AsArray()
            .Select(v => (v!["start"]!.GetValue<string>(), v["status"]!.GetValue<string>()))];

    private async Task<string> TitelAsync(string id) =>
        (await _client.GraphQLAsync(Data, new { id })).ZonderFouten().Data["activiteit"]!["titel"]!.GetValue<string>();

    private static string Utc(string tijdstip) =>
        DateTimeOffset.Parse(tijdstip, CultureInfo.InvariantCulture).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    [Fact]
    public async Task TheSameNewActivityFormSentTwiceStoresOneActivityAndEveryAnswerLeadsToIt()
    {
        var partners = await TestPartners.MaakAsync(server);
        using var portaal = await RedacteurAsync(partners.A);
        var titel = "Dubbelklik " + Guid.NewGuid().ToString("N")[..6];

        // The form as the browser sends it: every field of the page, the hidden ones too. First with a mistake: the
        // form comes back as it was, with the same hidden fields.
        var nieuw = await portaal.GetAsync("/beheer/activiteiten/nieuw");
        var fout = await portaal.PostAsync("/beheer/activiteiten/nieuw", nieuw.Token, [.. Verborgen(nieuw.Html), .. Wekelijks(partners, titel).Where(v => v.Item1 != "eindtijd"), ("actie", "opslaan")]);
        Assert.Equal(HttpStatusCode.BadRequest, fout.Status);
        Assert.Equal(Verborgen(nieuw.Html), Verborgen(fout.Html));
        Assert.Contains(Verborgen(nieuw.Html), v => v.Item1 == "sleutel");
        (string, string)[] formulier = [.. Verborgen(fout.Html), .. Wekelijks(partners, titel), ("actie", "opslaan")];

        // A double click: the same form twice at once; then sent once more later (back, and "Opslaan" again).
        var antwoorden = await Task.WhenAll(
            portaal.PostAsync("/beheer/activiteiten/nieuw", fout.Token, formulier),
            portaal.PostAsync("/beheer/activiteiten/nieuw", fout.Token, formulier));
        var later = await portaal.PostAsync("/beheer/activiteiten/nieuw", fout.Token, formulier);
        Assert.All(antwoorden.Append(later), a => Assert.Equal(HttpStatusCode.Redirect, a.Status));
        Assert.Equal(1, await AantalAsync(titel));
        Assert.Equal(IdUit(antwoorden[0].Locatie), IdUit(antwoorden[1].Locatie));
        Assert.Equal(IdUit(antwoorden[0].Locatie), IdUit(later.Locatie));

        // A new form is a new activity, with the same content too.
        var tweede = await portaal.GetAsync("/beheer/activiteiten/nieuw");
        Assert.NotEqual(Verborgen(nieuw.Html), Verborgen(tweede.Html));
        var opnieuw = await portaal.PostAsync("/beheer/activiteiten/nieuw", tweede.Token, [.. Verborgen(tweede.Html), .. Wekelijks(partners, titel), ("actie", "opslaan")]);
        Assert.Equal(HttpStatusCode.Redirect, opnieuw.Status);
        Assert.Equal(2, await AantalAsync(titel));
    }

    /// <summary>The hidden fields of the activity form, as a browser sends them (the antiforgery token aside).</summary>
    private static (string, string)[] Verborgen(string html) =>
        [.. VerborgenVeld().Matches(html).Select(m => (m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value))).Where(v => v.Item1 is not ("__sn_formulier" or "organisatieWas"))];

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"\\s*/?>")]
    private static partial Regex VerborgenVeld();

    [GeneratedRegex("<time datetime=\"([^\"]+)\">")]
    private static partial Regex Datums();

    [GeneratedRegex("^/beheer/activiteiten/([^?]+)\\?klaar=opgeslagen$")]
    private static partial Regex ActiviteitAdres();
}
