using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.Participatie;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// The printable questionnaire <c>/uitvragen/{id}/afdrukken</c> (issue 12) over real HTTP: every question type with
/// boxes and lines, the profile and contact questions, numbered copies each with a QR code to the online version,
/// every complete language (Arabic right to left) and a 400 page with a stable code for any other, bounds on the
/// numbers, concepts only for their team, no scripts and the strict CSP.
/// </summary>
[Collection(ServerCollectie.Naam)]
public sealed partial class FormulierAfdrukTests(SociaalNetwerkServer server)
{
    private readonly HttpClient _client = server.MaakClient();

    /// <summary>An uitvraag with one question of every type, complete in Dutch, English and Arabic; Turkish only in its title.</summary>
    private async Task<(string Id, Uitvraag Uitvraag, string TeamSleutel, string AnderTeamSleutel)> MaakAsync(
        UitvraagStatus status = UitvraagStatus.Open, bool volledigEngels = true)
    {
        var nu = SociaalNetwerkServer.Nu.UtcDateTime;
        static Vertaalbaar Drie(string nl) => Vertaalbaar.Van(nl, "EN " + nl, "عربي " + nl);
        var uitvraag = new Uitvraag
        {
            Titel = Vertaalbaar.Van("Formuliertest", "Form test", "اختبار الاستمارة", "Form testi"),
            Inleiding = Drie("Waarom we dit vragen."),
            Privacyverklaring = Drie("Uw antwoorden zijn veilig."),
            Doelgroepen = [UitvraagDoelgroep.Inwoners, UitvraagDoelgroep.Vrijwilligers],
            OpenVanaf = nu.AddDays(-1),
            OpenTot = nu.AddDays(30),
            Status = status,
            ContactgegevensVragen = true,
            ProfielvraagWijk = true,
            ProfielvraagDoelgroep = true,
            Vragen = TestUitvraag.VijfVragen(Drie, Drie),
        };
        uitvraag.Vragen[2].Toelichting = Drie("Denk aan deze maand.");
        uitvraag.Vragen[3].SchaalLabelMin = Drie("Heel zwak");
        uitvraag.Vragen[3].SchaalLabelMax = Drie("Heel sterk");
        uitvraag.Vragen[4].MaxLengte = 500;
        if (!volledigEngels)
        {
            uitvraag.Vragen[1].Opties[2].Tekst = Vertaalbaar.Van("Vaak", ar: "غالبًا");
        }

        var (team, anderTeam) = await TestUitvraag.BewaarAsync(server, uitvraag);
        return (GlobalId.Maak(nameof(Uitvraag), uitvraag.Id), uitvraag, team, anderTeam);
    }

    private async Task<(HttpResponseMessage Antwoord, string Html)> HaalAsync(string pad, string? sleutel = null, string? acceptLanguage = null, HttpClient? client = null)
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, pad);
        if (sleutel is not null)
        {
            verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", sleutel);
        }

        if (acceptLanguage is not null)
        {
            verzoek.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        var antwoord = await (client ?? _client).SendAsync(verzoek);
        return (antwoord, await antwoord.Content.ReadAsStringAsync());
    }

    private async Task<string> PaginaAsync(string pad, string taal = "nl", string? sleutel = null)
    {
        var (antwoord, html) = await HaalAsync(pad, sleutel);
        Assert.True(antwoord.StatusCode == HttpStatusCode.OK, $"{pad}: {antwoord.StatusCode}\n{html}");
        AssertIsPagina(antwoord, html, taal);
        return html;
    }

    /// <summary>A page of the server: HTML with the strict CSP, no script and no inline style, and well-formed: every element that is opened is closed, in order.</summary>
    private static void AssertIsPagina(HttpResponseMessage antwoord, string html, string taal, string csp = PaginaTests.Csp)
    {
        Assert.Equal("text/html; charset=utf-8", antwoord.Content.Headers.ContentType!.ToString());
        Assert.Equal(csp, Assert.Single(antwoord.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", Assert.Single(antwoord.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal([taal], antwoord.Content.Headers.ContentLanguage);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains(taal == "ar" ? "<html lang=\"ar\" dir=\"rtl\">" : $"<html lang=\"{taal}\">", html, StringComparison.Ordinal);
        Assert.Contains("<main id=\"inhoud\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" style=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<style", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(" on[a-z]+=", html);

        var open = new Stack<string>();
        foreach (Match tag in Tag().Matches(html))
        {
            var naam = tag.Groups["naam"].Value.ToLowerInvariant();
            if (Leeg.Contains(naam) || tag.Value.EndsWith("/>", StringComparison.Ordinal))
            {
                continue;
            }

            if (tag.Groups["sluit"].Success)
            {
                Assert.True(open.Count > 0 && open.Peek() == naam, $"</{naam}> closes <{(open.Count > 0 ? open.Peek() : "nothing")}> at {tag.Index}");
                open.Pop();
            }
            else
            {
                open.Push(naam);
            }
        }

        Assert.Empty(open);
    }

    private static readonly HashSet<string> Leeg = ["meta", "link", "br", "input", "img", "hr", "path", "rect"];

    private static List<string> Exemplaren(string html) => [.. Exemplaar().Matches(html).Select(m => m.Value)];

    private static int Aantal(string tekst, string deel) => Regex.Count(tekst, Regex.Escape(deel));

    [Fact]
    public async Task EveryQuestionTypeIsOnPaperWithBoxesAndLines()
    {
        var (id, uitvraag, _, _) = await MaakAsync();
        var html = await PaginaAsync($"/uitvragen/{id}/afdrukken");
        var exemplaar = Assert.Single(Exemplaren(html));
        var vragen = Vraag().Matches(exemplaar).ToDictionary(m => m.Groups["type"].Value, m => m.Value);
        Assert.Equal(["Factoren", "EenKeuze", "MeerdereKeuzes", "Schaal", "OpenTekst"], vragen.Keys);

        // Factoren: each offered factor a row with a box for "helps" and one for "holds back", and lines of its own.
        var factoren = vragen["Factoren"];
        Assert.Contains("<span class=\"vraagnummer\">1.</span> Wat helpt en wat remt? <span class=\"verplicht\">(verplicht)</span>", factoren, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">Helpt mij</th><th scope=\"col\">Houdt mij tegen</th>", factoren, StringComparison.Ordinal);
        foreach (var factor in new[] { "Een vaste plek", "Te weinig tijd", "Kosten" })
        {
            Assert.Contains($"<tr><th scope=\"row\">{factor}</th><td><span class=\"hokje\" aria-hidden=\"true\"></span></td><td><span class=\"hokje\" aria-hidden=\"true\"></span></td></tr>", factoren, StringComparison.Ordinal);
        }

        Assert.Contains("Iets anders? Schrijf het op", factoren, StringComparison.Ordinal);
        Assert.Equal(Paginas.FormulierPagina.EigenRegels, Aantal(factoren, "<tr class=\"eigen\">"));
        Assert.Equal(2 * (3 + Paginas.FormulierPagina.EigenRegels), Aantal(factoren, "class=\"hokje\""));
        Assert.Contains("Hoogstens 2 van elk.", factoren, StringComparison.Ordinal);

        // One choice and several choices: a box per option.
        Assert.Contains("Kruis één antwoord aan.", vragen["EenKeuze"], StringComparison.Ordinal);
        Assert.Equal(3, Aantal(vragen["EenKeuze"], "<li><span class=\"hokje\" aria-hidden=\"true\"></span> "));
        Assert.Contains("<li><span class=\"hokje\" aria-hidden=\"true\"></span> Soms</li>", vragen["EenKeuze"], StringComparison.Ordinal);
        Assert.Contains("Kruis aan wat bij u past, hoogstens 2.", vragen["MeerdereKeuzes"], StringComparison.Ordinal);
        Assert.Contains("<p class=\"hint\">Denk aan deze maand.</p>", vragen["MeerdereKeuzes"], StringComparison.Ordinal);
        Assert.Equal(4, Aantal(vragen["MeerdereKeuzes"], "class=\"hokje\""));
        Assert.DoesNotContain("(verplicht)", vragen["MeerdereKeuzes"], StringComparison.Ordinal);

        // The scale: a numbered box per value, the meaning at both ends.
        var schaal = vragen["Schaal"];
        Assert.Equal(5, Aantal(schaal, "class=\"hokje\""));
        Assert.Equal(["1", "2", "3", "4", "5"], Getal().Matches(schaal).Select(m => m.Groups[1].Value));
        Assert.Contains("<span class=\"getal\">1</span><span class=\"uiteinde\">Heel zwak</span>", schaal, StringComparison.Ordinal);
        Assert.Contains("<span class=\"getal\">5</span><span class=\"uiteinde\">Heel sterk</span>", schaal, StringComparison.Ordinal);

        // Open text: lines to write on, more for a longer answer (500 characters: 9 lines).
        Assert.Equal(9, Aantal(vragen["OpenTekst"], "<span class=\"schrijflijn\"></span>"));
        Assert.DoesNotContain("hokje", vragen["OpenTekst"], StringComparison.Ordinal);

        // Profile: every wijk and the uitvraag's doelgroepen, contact with its consent box, introduction and privacy.
        var profiel = Deel("profiel").Match(exemplaar).Value;
        await using (var db = await server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>().CreateDbContextAsync())
        {
            var wijken = await db.Wijken.Select(w => w.Naam).ToListAsync();
            Assert.NotEmpty(wijken);
            foreach (var wijk in wijken)
            {
                Assert.Contains($"<span class=\"hokje\" aria-hidden=\"true\"></span> <bdi>{WebUtility.HtmlEncode(wijk)}</bdi>", profiel, StringComparison.Ordinal);
            }

            Assert.Equal(wijken.Count + 3, Aantal(profiel, "class=\"hokje\""));
        }

        Assert.Contains("In welke wijk woont u?", profiel, StringComparison.Ordinal);
        Assert.Contains("Bij welke groep hoort u?", profiel, StringComparison.Ordinal);
        Assert.Contains("</span> Inwoners</li>", profiel, StringComparison.Ordinal);
        Assert.Contains("</span> Vrijwilligers</li>", profiel, StringComparison.Ordinal);
        Assert.Contains("</span> Zeg ik liever niet</li>", profiel, StringComparison.Ordinal);
        Assert.DoesNotContain("Professionals", profiel, StringComparison.Ordinal);

        var contact = Deel("contact").Match(exemplaar).Value;
        Assert.Contains("<p class=\"toestemming\"><span class=\"hokje\" aria-hidden=\"true\"></span> Ja, en ik geef toestemming om mijn gegevens daarvoor te bewaren.</p>", contact, StringComparison.Ordinal);
        Assert.Equal(3, Aantal(contact, "class=\"schrijflijn\""));
        Assert.Contains("Waarom we dit vragen.", exemplaar, StringComparison.Ordinal);
        Assert.Contains("Uw antwoorden zijn veilig.", Deel("privacy").Match(exemplaar).Value, StringComparison.Ordinal);

        // Without a vanaf: one copy without a number, with a box to write it in; normal print.
        Assert.Contains("<span class=\"formuliernummer\">Formulier <span class=\"invulvak\" aria-hidden=\"true\"></span></span>", exemplaar, StringComparison.Ordinal);
        Assert.Contains("<body class=\"afdrukken\">", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"stylesheet\" href=\"/paginas/formulier.css\"", html, StringComparison.Ordinal);
        var cache = (await HaalAsync($"/uitvragen/{id}/afdrukken")).Antwoord.Headers.CacheControl!;
        Assert.True(cache.Public && cache.MaxAge == TimeSpan.FromMinutes(5), cache.ToString());
        Assert.Equal(5, uitvraag.Vragen.Count);
    }

    [Fact]
    public async Task WithoutProfileOrContactQuestionsTheFormLeavesThemOut()
    {
        var (id, uitvraag, _, _) = await MaakAsync();
        await using (var db = await server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>().CreateDbContextAsync())
        {
            await db.Uitvragen.Where(u => u.Id == uitvraag.Id).ExecuteUpdateAsync(u => u
                .SetProperty(x => x.ProfielvraagWijk, false).SetProperty(x => x.ProfielvraagDoelgroep, false).SetProperty(x => x.ContactgegevensVragen, false));

            // Past the change tracker: the data version is changed here, as every write of the product does.
            await Dataversie.VerhoogAsync(db, CancellationToken.None);
        }

        var exemplaar = Assert.Single(Exemplaren(await PaginaAsync($"/uitvragen/{id}/afdrukken")));
        Assert.DoesNotMatch(Deel("profiel"), exemplaar);
        Assert.DoesNotMatch(Deel("contact"), exemplaar);
        Assert.DoesNotContain("toestemming", exemplaar, StringComparison.Ordinal);
        Assert.Matches(Deel("privacy"), exemplaar);
    }

    [Fact]
    public async Task FiftyCopiesAreNumbered101To150EachWithItsNumberAndAQrCodeToTheOnlineVersion()
    {
        var (id, _, _, _) = await MaakAsync();
        var html = await PaginaAsync($"/uitvragen/{id}/afdrukken?vanaf=101&aantal=50&groot=1");
        var exemplaren = Exemplaren(html);
        Assert.Equal(50, exemplaren.Count);
        Assert.Contains("<body class=\"afdrukken groot\">", html, StringComparison.Ordinal);

        // Dutch is the online version's own language: no taal in the address.
        var online = $"{server.Adres.GetLeftPart(UriPartial.Authority)}/uitvragen/{id}";
        var eersteQr = QrTekening.Svg().Match(exemplaren[0]).Value;
        for (var i = 0; i < exemplaren.Count; i++)
        {
            var exemplaar = exemplaren[i];
            var nummer = (101 + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.StartsWith($"<article class=\"exemplaar\" aria-labelledby=\"formulier-{i + 1}\" data-formulier=\"{nummer}\">", exemplaar, StringComparison.Ordinal);
            // The number once, in the header that repeats on every printed page of the copy; no other copy's number.
            var nummers = Nummer().Matches(exemplaar).Select(m => m.Groups[1].Value).ToList();
            Assert.Equal([nummer], nummers);
            Assert.Contains("<thead class=\"exemplaar-kop\"><tr><td><p class=\"formulierkop\">", exemplaar, StringComparison.Ordinal);
            // Every copy has all questions and its own QR code with the address printed beside it.
            Assert.Equal(5, Vraag().Count(exemplaar));
            var qr = Assert.Single(QrTekening.Svg().Matches(exemplaar)).Value;
            Assert.Equal(eersteQr, qr);
            Assert.Contains($"<bdi class=\"adres\" dir=\"ltr\">{online}</bdi>", exemplaar, StringComparison.Ordinal);
        }

        Assert.Contains($"aria-label=\"QR-code naar de vragenlijst online: {online}\"", eersteQr, StringComparison.Ordinal);
        Assert.DoesNotContain("style", eersteQr, StringComparison.OrdinalIgnoreCase);
        QrTekening.Codeert(eersteQr, online);
        // The QR code leads to the online version: the page with <sn-uitvraag>.
        var (onlineAntwoord, onlineHtml) = await HaalAsync(new Uri(online).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, onlineAntwoord.StatusCode);
        Assert.Contains($"<sn-uitvraag id=\"uitvraag\" uitvraag=\"{id}\"", onlineHtml, StringComparison.Ordinal);

        // The boundaries of a batch: one copy, 200 copies, and a batch that ends at the highest number.
        Assert.Equal(["7"], Exemplaren(await PaginaAsync($"/uitvragen/{id}/afdrukken?vanaf=7")).Select(e => Nummer().Match(e).Groups[1].Value));
        Assert.Equal(200, Exemplaren(await PaginaAsync($"/uitvragen/{id}/afdrukken?vanaf=1&aantal=200")).Count);
        Assert.Equal(["999998", "999999"], Exemplaren(await PaginaAsync($"/uitvragen/{id}/afdrukken?vanaf=999998&aantal=2")).Select(e => Nummer().Match(e).Groups[1].Value));
        // Copies without numbers: each a box to write the number in.
        Assert.All(Exemplaren(await PaginaAsync($"/uitvragen/{id}/afdrukken?aantal=3")), e => Assert.Contains("class=\"invulvak\"", e, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "Form test", "EN Hoe vaak doet u mee?", "Tick one answer.", "Helps me")]
    [InlineData("ar", "اختبار الاستمارة", "عربي Hoe vaak doet u mee?", "ضع علامة على إجابة واحدة.", "يساعدني")]
    public async Task EveryCompleteLanguagePrintsTheWholeFormInThatLanguage(string taal, string titel, string vraag, string aanwijzing, string helpt)
    {
        var (id, _, _, _) = await MaakAsync();
        var html = await PaginaAsync($"/uitvragen/{id}/afdrukken?taal={taal}&vanaf=5&aantal=2", taal);
        var exemplaren = Exemplaren(html);
        Assert.Equal(2, exemplaren.Count);
        Assert.Contains($"<h2 id=\"formulier-1\"><bdi>{titel}</bdi></h2>", exemplaren[0], StringComparison.Ordinal);
        Assert.Contains(vraag, exemplaren[1], StringComparison.Ordinal);
        Assert.Contains(aanwijzing, exemplaren[1], StringComparison.Ordinal);
        Assert.Contains(helpt, exemplaren[1], StringComparison.Ordinal);
        Assert.DoesNotContain("Kruis één antwoord aan.", html, StringComparison.Ordinal);
        Assert.Equal(["5", "6"], exemplaren.Select(e => Nummer().Match(e).Groups[1].Value));
        // The QR code opens the online version in the same language.
        Assert.Contains($"/uitvragen/{id}?taal={taal}</bdi>", exemplaren[0], StringComparison.Ordinal);
        var (online, onlineHtml) = await HaalAsync($"/uitvragen/{id}?taal={taal}");
        Assert.Equal(HttpStatusCode.OK, online.StatusCode);
        Assert.Contains($"<title>{titel} – ", onlineHtml, StringComparison.Ordinal);
        Assert.Contains($"uitvraag=\"{id}\" kopniveau=\"1\" lang=\"{taal}\">", onlineHtml, StringComparison.Ordinal);
        // Links to the other complete languages, keeping the copies; never to Turkish, which is incomplete.
        Assert.Contains($"href=\"/uitvragen/{id}/afdrukken?vanaf=5&amp;aantal=2&amp;taal=nl\" lang=\"nl\" hreflang=\"nl\">Nederlands</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("taal=tr", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tr", "tr", "Bu anket ‘Türkçe’ dilinde yok. Şu dillerden birini seçin: Felemenkçe, İngilizce ve Arapça.")]
    [InlineData("xx", "nl", "Deze vragenlijst is er niet in de taal ‘xx’. Kies een van deze talen: Nederlands, Engels en Arabisch.")]
    [InlineData("pl", "pl", "Ta ankieta nie jest dostępna w języku ‘polski’.")]
    public async Task AnIncompleteOrUnknownLanguageIsALocalised400Page(string taal, string paginaTaal, string bericht)
    {
        var (id, _, _, _) = await MaakAsync();
        var (antwoord, html) = await HaalAsync($"/uitvragen/{id}/afdrukken?taal={taal}");
        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        AssertIsPagina(antwoord, html, paginaTaal);
        Assert.Contains(bericht, html, StringComparison.Ordinal);
        Assert.Contains("LANGUAGE_NOT_AVAILABLE", html, StringComparison.Ordinal);
        Assert.True(antwoord.Headers.CacheControl!.NoCache, antwoord.Headers.CacheControl.ToString());
    }

    [Fact]
    public async Task OneMissingTranslationMakesALanguageIncompleteAndABrowserInThatLanguageGetsTheDutchForm()
    {
        var (id, _, _, _) = await MaakAsync(volledigEngels: false);
        var (antwoord, _) = await HaalAsync($"/uitvragen/{id}/afdrukken?taal=en");
        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        var arabisch = await PaginaAsync($"/uitvragen/{id}/afdrukken?taal=ar", "ar");
        Assert.DoesNotContain("taal=en", arabisch, StringComparison.Ordinal);

        // An English browser without ?taal= is sent to the Dutch form (never half English, half Dutch), keeping the copies.
        using var zonderDoorsturen = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.Adres };
        var (doorgestuurd, _) = await HaalAsync($"/uitvragen/{id}/afdrukken?vanaf=3&aantal=2", acceptLanguage: "en", client: zonderDoorsturen);
        Assert.Equal(HttpStatusCode.Redirect, doorgestuurd.StatusCode);
        Assert.Equal($"/uitvragen/{id}/afdrukken?vanaf=3&aantal=2&taal=nl", doorgestuurd.Headers.Location!.OriginalString);

        // An Arabic browser gets the Arabic form, which is complete.
        var (arabischeBrowser, html) = await HaalAsync($"/uitvragen/{id}/afdrukken", acceptLanguage: "ar", client: zonderDoorsturen);
        Assert.Equal(HttpStatusCode.OK, arabischeBrowser.StatusCode);
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("aantal=0", "INVALID_NUMBER", "‘0’ is geen goed aantal. Kies een getal van 1 tot en met 200.")]
    [InlineData("aantal=201", "INVALID_NUMBER", "‘201’ is geen goed aantal.")]
    [InlineData("aantal=veel", "INVALID_NUMBER", "‘veel’ is geen goed aantal.")]
    [InlineData("aantal=-5", "INVALID_NUMBER", "‘-5’ is geen goed aantal.")]
    [InlineData("vanaf=0", "INVALID_FORM_NUMBER", "‘0’ is geen goed formuliernummer. Kies een nummer van 1 tot en met 999999.")]
    [InlineData("vanaf=1e3", "INVALID_FORM_NUMBER", "‘1e3’ is geen goed formuliernummer.")]
    [InlineData("vanaf=%3Cb%3E", "INVALID_FORM_NUMBER", "‘&lt;b&gt;’ is geen goed formuliernummer.")]
    [InlineData("vanaf=99999999999999999999", "INVALID_FORM_NUMBER", "is geen goed formuliernummer.")]
    [InlineData("vanaf=999990&aantal=50", "INVALID_FORM_NUMBER", "‘999990’ is geen goed formuliernummer. Kies een nummer van 1 tot en met 999950.")]
    public async Task BadNumbersAreA400PageWithTheCode(string query, string code, string bericht)
    {
        var (id, _, _, _) = await MaakAsync();
        var (antwoord, html) = await HaalAsync($"/uitvragen/{id}/afdrukken?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        AssertIsPagina(antwoord, html, "nl");
        Assert.Contains("<h1>Deze link klopt niet</h1>", html, StringComparison.Ordinal);
        Assert.Contains(bericht, html, StringComparison.Ordinal);
        Assert.Contains($"Foutcode: {code}", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);

        // In English too.
        var (engels, engelseHtml) = await HaalAsync($"/uitvragen/{id}/afdrukken?{query}&taal=en");
        Assert.Equal(HttpStatusCode.BadRequest, engels.StatusCode);
        Assert.Contains("<h1>", engelseHtml, StringComparison.Ordinal);
        Assert.Contains(code == "INVALID_NUMBER" ? "is not a valid number" : "is not a valid form number", engelseHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AConceptIsOnlyForItsTeamAndAClosedUitvraagCanStillBePrinted()
    {
        var (concept, _, team, anderTeam) = await MaakAsync(UitvraagStatus.Concept);
        foreach (var sleutel in new[] { null, anderTeam })
        {
            var (antwoord, html) = await HaalAsync($"/uitvragen/{concept}/afdrukken", sleutel);
            Assert.Equal(HttpStatusCode.NotFound, antwoord.StatusCode);
            AssertIsPagina(antwoord, html, "nl");
            Assert.Contains("De vragenlijst die u zoekt bestaat niet (meer).", html, StringComparison.Ordinal);
            Assert.Contains("Foutcode: NOT_FOUND", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Formuliertest", html, StringComparison.Ordinal);
        }

        var (teamAntwoord, teamHtml) = await HaalAsync($"/uitvragen/{concept}/afdrukken", team);
        Assert.Equal(HttpStatusCode.OK, teamAntwoord.StatusCode);
        Assert.Contains("Dit is een concept.", teamHtml, StringComparison.Ordinal);
        Assert.True(teamAntwoord.Headers.CacheControl is { Private: true, NoStore: true, Public: false }, teamAntwoord.Headers.CacheControl?.ToString());

        var (gesloten, _, _, _) = await MaakAsync(UitvraagStatus.Gesloten);
        var html2 = await PaginaAsync($"/uitvragen/{gesloten}/afdrukken?vanaf=1&aantal=2");
        Assert.Equal(2, Exemplaren(html2).Count);
        Assert.Contains("Deze vragenlijst is gesloten.", html2, StringComparison.Ordinal);
        Assert.DoesNotContain("U kunt reageren tot", html2, StringComparison.Ordinal);
    }

    /// <summary>The portal's CSP: the pages' own, never in a frame.</summary>
    private const string PortaalCsp = "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    [Fact]
    public async Task ItsTeamPrintsAConceptFromThePortalAndNobodyElseDoes()
    {
        var (concept, uitvraag, _, _) = await MaakAsync(UitvraagStatus.Concept);
        int anderTraject;
        await using (var db = await server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>().CreateDbContextAsync())
        {
            var ander = new Participatietraject { Naam = "Vreemd traject " + Guid.NewGuid().ToString("N")[..6], Omschrijving = "Test", Onderwerp = "Test" };
            db.Participatietrajecten.Add(ander);
            await db.SaveChangesAsync();
            anderTraject = ander.Id;
        }

        var pad = $"/beheer/uitvragen/{uitvraag.Id}/afdrukken";
        using var team = (await PortaalAccounts.IngelogdAsync(server, Rol.Trajectteam, traject: uitvraag.ParticipatietrajectId)).Portaal;

        // The uitvraag's portal page links to the print page the team can open.
        Assert.Contains($"href=\"{pad}\"", (await team.GetAsync($"/beheer/uitvragen/{uitvraag.Id}")).Html, StringComparison.Ordinal);

        // The same page and query as in public: numbered copies, large print, a complete language; never cached.
        var afdruk = await team.GetAsync(pad + "?vanaf=101&aantal=3&groot=1&taal=en");
        Assert.True(afdruk.Status == HttpStatusCode.OK, afdruk.Html);
        AssertIsPagina(afdruk.Bericht, afdruk.Html, "en", PortaalCsp);
        Assert.Equal(["101", "102", "103"], Exemplaren(afdruk.Html).Select(e => Nummer().Match(e).Groups[1].Value));
        Assert.Contains("<body class=\"afdrukken groot\">", afdruk.Html, StringComparison.Ordinal);
        Assert.Contains("This is a draft.", afdruk.Html, StringComparison.Ordinal);
        Assert.Contains("EN Waarom we dit vragen.", afdruk.Html, StringComparison.Ordinal);
        Assert.True(afdruk.Bericht.Headers.CacheControl is { NoStore: true, Public: false }, afdruk.Bericht.Headers.CacheControl?.ToString());
        // Its form and links stay on the portal's page (the public one refuses a concept).
        Assert.Contains($"<form class=\"filters\" method=\"get\" action=\"{pad}\">", afdruk.Html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{pad}?vanaf=101&amp;aantal=3&amp;taal=en\"", afdruk.Html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{pad}?vanaf=101&amp;aantal=3&amp;groot=1&amp;taal=nl\" lang=\"nl\"", afdruk.Html, StringComparison.Ordinal);
        Assert.DoesNotContain($"\"/uitvragen/{concept}/afdrukken", afdruk.Html, StringComparison.Ordinal);

        // The API's id works too; a bad query gets the print page's own 400 with its code.
        Assert.Equal(HttpStatusCode.OK, (await team.GetAsync($"/beheer/uitvragen/{concept}/afdrukken?taal=nl")).Status);
        var fout = await team.GetAsync(pad + "?vanaf=0");
        Assert.Equal(HttpStatusCode.BadRequest, fout.Status);
        Assert.Contains("Foutcode: INVALID_FORM_NUMBER", fout.Html, StringComparison.Ordinal);
        var taal = await team.GetAsync(pad + "?taal=tr");
        Assert.Equal(HttpStatusCode.BadRequest, taal.Status);
        Assert.Contains("LANGUAGE_NOT_AVAILABLE", taal.Html, StringComparison.Ordinal);
        Assert.Equal("no-store", taal.Bericht.Headers.CacheControl?.ToString());

        // The team of another traject and a redacteur: the portal's 403, nothing of the uitvraag.
        using var vreemd = (await PortaalAccounts.IngelogdAsync(server, Rol.Trajectteam, traject: anderTraject)).Portaal;
        using var redacteur = (await PortaalAccounts.IngelogdAsync(server, Rol.Redacteur, organisatie: 1)).Portaal;
        foreach (var wie in new[] { vreemd, redacteur })
        {
            foreach (var weg in new[] { pad, $"/beheer/uitvragen/{concept}/afdrukken?vanaf=1&aantal=2", "/beheer/uitvragen/999999/afdrukken" })
            {
                var geweigerd = await wie.GetAsync(weg);
                Assert.Equal(HttpStatusCode.Forbidden, geweigerd.Status);
                Assert.Contains("Foutcode: FORBIDDEN", geweigerd.Html, StringComparison.Ordinal);
                Assert.DoesNotContain("Formuliertest", geweigerd.Html, StringComparison.Ordinal);
                Assert.Equal("no-store", geweigerd.Bericht.Headers.CacheControl?.ToString());
            }
        }

        // Anonymous: to the sign-in page and back.
        using var anoniem = new Portaal(server);
        var inloggen = await anoniem.GetAsync(pad + "?vanaf=5");
        Assert.Equal(HttpStatusCode.Redirect, inloggen.Status);
        Assert.StartsWith("/beheer/inloggen?terug=", inloggen.Locatie, StringComparison.Ordinal);
        Assert.DoesNotContain("Formuliertest", inloggen.Html, StringComparison.Ordinal);

        // The public address still refuses the concept, also from the team's browser (its cookie is only for /beheer).
        foreach (var client in new[] { team.Client, _client })
        {
            using var antwoord = await client.GetAsync($"/uitvragen/{concept}/afdrukken");
            Assert.Equal(HttpStatusCode.NotFound, antwoord.StatusCode);
            Assert.Contains("Foutcode: NOT_FOUND", await antwoord.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("!!", HttpStatusCode.NotFound, "INVALID_ID")]
    [InlineData("VWl0dnJhYWc6OTk5OTk5", HttpStatusCode.NotFound, "NOT_FOUND")]
    [InlineData("QWN0aXZpdGVpdDox", HttpStatusCode.NotFound, "NOT_FOUND")]
    public async Task AnUnknownOrMalformedIdIsAnErrorPage(string id, HttpStatusCode status, string code)
    {
        var (antwoord, html) = await HaalAsync($"/uitvragen/{id}/afdrukken");
        Assert.Equal(status, antwoord.StatusCode);
        AssertIsPagina(antwoord, html, "nl");
        Assert.Contains($"Foutcode: {code}", html, StringComparison.Ordinal);
    }

    /// <summary>
    /// Prints two copies in Chromium (print-to-PDF, as a team member's browser does) and reads every page: each copy
    /// starts on a page of its own, and every page carries the number of its own copy and no other.
    /// </summary>
    [Fact]
    public async Task TwoCopiesPrintedInChromiumStartOnTheirOwnPageWithTheirNumberOnEveryPage()
    {
        var (id, _, _, _) = await MaakAsync();
        var paginas = await PdfAsync($"/uitvragen/{id}/afdrukken?vanaf=101&aantal=2&groot=1&taal=nl");

        var nummers = paginas.Select(woorden => woorden.Select((w, i) => (w, i)).Where(t => t.w == "Formulier" && t.i + 1 < woorden.Count).Select(t => woorden[t.i + 1]).ToList()).ToList();
        Assert.All(nummers, n => Assert.Single(n));
        var perPagina = nummers.Select(n => n[0]).ToList();
        var eerste = perPagina.Count(n => n == "101");
        // Large print does not fit on one page, so the number is repeated on a page after the first.
        Assert.True(eerste >= 2, $"copy 101 has {eerste} page(s): {string.Join(", ", perPagina)}");
        Assert.Equal([.. Enumerable.Repeat("101", eerste), .. Enumerable.Repeat("102", eerste)], perPagina);
        // Each copy starts with its title on a fresh page and ends with the thanks.
        Assert.Contains("Formuliertest", paginas[eerste].Skip(2));
        Assert.Contains("Bedankt", paginas[eerste - 1]);
        Assert.Contains("Bedankt", paginas[^1]);
    }

    /// <summary>The words of every page of a page of the server printed to PDF by Chromium (<c>CHROMIUM_PATH</c>, else Debian's).</summary>
    private async Task<List<List<string>>> PdfAsync(string pad)
    {
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } ingesteld ? ingesteld : "/usr/bin/chromium";
        Assert.True(File.Exists(chromium), $"Chromium is needed to print: set CHROMIUM_PATH (not found: {chromium})");
        using var map = new TijdelijkeMap("sn-formulier");
        var pdf = Path.Combine(map.Pad, "formulieren.pdf");
        var (code, uitvoer) = await Programma.VoerUitAsync(new System.Diagnostics.ProcessStartInfo(
            chromium,
            ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", $"--user-data-dir={Path.Combine(map.Pad, "profiel")}", $"--print-to-pdf={pdf}", new Uri(server.Adres, pad).AbsoluteUri]));
        Assert.True(File.Exists(pdf), $"Chromium wrote no PDF ({code}): {uitvoer}");
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(p => p.GetWords().Select(w => w.Text).ToList())];
    }

    [GeneratedRegex("<(?<sluit>/)?(?<naam>[a-zA-Z][a-zA-Z0-9]*)\\b[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("<article class=\"exemplaar\".*?</article>", RegexOptions.Singleline)]
    private static partial Regex Exemplaar();

    [GeneratedRegex("<section class=\"vraag\" data-type=\"(?<type>[A-Za-z]+)\">.*?</section>", RegexOptions.Singleline)]
    private static partial Regex Vraag();

    private static Regex Deel(string naam) => new($"<section class=\"{naam}\">.*?</section>", RegexOptions.Singleline);

    [GeneratedRegex("<span class=\"getal\">([0-9]+)</span>")]
    private static partial Regex Getal();

    [GeneratedRegex("<bdi class=\"nummer\">([0-9]+)</bdi>")]
    private static partial Regex Nummer();
}
