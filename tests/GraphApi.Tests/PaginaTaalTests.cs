using System.Net;
using System.Text.RegularExpressions;
using Ical.Net;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// The pages and the calendar feeds in six languages (issue 10): <c>?taal=</c> wins over <c>Accept-Language</c>, an
/// unknown language is Dutch, Arabic is right to left, links keep <c>taal</c>, and every text of <c>Teksten.resx</c>
/// has a translation with the same placeholders.
/// </summary>
[Collection(ServerCollectie.Naam)]
public sealed partial class PaginaTaalTests(SociaalNetwerkServer server)
{
    private readonly HttpClient _client = server.MaakClient();

    private async Task<(HttpResponseMessage Antwoord, string Html)> HaalAsync(string pad, string? acceptLanguage = null)
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, pad);
        if (acceptLanguage is not null)
        {
            verzoek.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        var antwoord = await _client.SendAsync(verzoek);
        var html = await antwoord.Content.ReadAsStringAsync();
        Assert.True(antwoord.StatusCode == HttpStatusCode.OK, $"{pad}: {antwoord.StatusCode}\n{html}");
        return (antwoord, html);
    }

    private async Task<string> VoegToeAsync(TestPartners partners)
    {
        const string toevoegen = "mutation($invoer: ActiviteitInvoer!) { activiteitToevoegen(invoer: $invoer) { gelukt activiteit { id } } }";
        var invoer = partners.WekelijkseActiviteit("Taaltest");
        invoer["kosten"] = new { bedragInCenten = 250 };
        var resultaat = (await _client.GraphQLAsync(toevoegen, new { invoer }, sleutel: partners.RedacteurA)).ZonderFouten().Data["activiteitToevoegen"]!;
        Assert.True(resultaat["gelukt"]!.GetValue<bool>(), resultaat.ToJsonString());
        return resultaat["activiteit"]!["id"]!.GetValue<string>();
    }

    [Fact]
    public async Task TheArabicAgendaIsRightToLeftInArabic()
    {
        var partners = await TestPartners.MaakAsync(server);
        await VoegToeAsync(partners);
        var (antwoord, html) = await HaalAsync("/agenda?taal=ar&aantal=50");

        Assert.Equal(["ar"], antwoord.Content.Headers.ContentLanguage);
        Assert.Contains("Accept-Language", antwoord.Headers.Vary);
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>جدول الأنشطة</h1>", html, StringComparison.Ordinal);
        Assert.Contains("اعرض الأنشطة", html, StringComparison.Ordinal);
        Assert.Contains(">غدًا، الثلاثاء 24 نوفمبر</h2>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Toon activiteiten", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AcceptLanguageGivesThePageInThatLanguageWithDatesInThatLanguage()
    {
        var partners = await TestPartners.MaakAsync(server);
        var id = await VoegToeAsync(partners);

        var (antwoord, html) = await HaalAsync($"/activiteiten/{id}", "pl-PL,pl;q=0.9,en;q=0.5");
        var (_, agenda) = await HaalAsync("/agenda?aantal=50", "pl");

        Assert.Equal(["pl"], antwoord.Content.Headers.ContentLanguage);
        Assert.Contains("<html lang=\"pl\">", html, StringComparison.Ordinal);
        Assert.Contains("Co będziemy robić?", html, StringComparison.Ordinal);
        Assert.Contains("wtorek 24 listopada", html, StringComparison.Ordinal);
        Assert.Contains("2,50 €", html, StringComparison.Ordinal);
        Assert.Contains("Taaltest", html, StringComparison.Ordinal); // partner data stays as entered
        Assert.Contains("Jutro, wtorek 24 listopada", agenda, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    [InlineData("tr")]
    [InlineData("ar")]
    [InlineData("pl")]
    [InlineData("uk")]
    public async Task EveryChoiceOfTheFilterFormsHasATextOfItsOwnInEveryLanguage(string taal)
    {
        // "Everyone" for no choice next to "Everyone" for the doelgroep IEDEREEN: two options that look the same and
        // show different activities.
        foreach (var pad in new[] { "/agenda", "/organisaties" })
        {
            var (_, html) = await HaalAsync($"{pad}?taal={taal}");
            foreach (Match keuzelijst in Keuzelijst().Matches(html))
            {
                var opties = Optie().Matches(keuzelijst.Groups["opties"].Value).Select(m => m.Groups["tekst"].Value.Trim()).ToList();
                Assert.True(opties.Count == opties.Distinct().Count(), $"{pad}?taal={taal}, {keuzelijst.Groups["naam"].Value}: {string.Join(" | ", opties)}");
            }
        }
    }

    [GeneratedRegex("<select[^>]*name=\"(?<naam>[^\"]+)\"[^>]*>(?<opties>.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex Keuzelijst();

    [GeneratedRegex("<option[^>]*>(?<tekst>[^<]*)</option>")]
    private static partial Regex Optie();

    [Theory]
    [InlineData("/agenda?taal=xx", "pl")]
    [InlineData("/organisaties?taal=", "tr")]
    [InlineData("/agenda/afdrukken?taal=nl", "ar")]
    public async Task AnUnknownOrDutchTaalGivesDutchWhateverAcceptLanguageSays(string pad, string acceptLanguage)
    {
        var (antwoord, html) = await HaalAsync(pad, acceptLanguage);

        var verwacht = pad.EndsWith("taal=", StringComparison.Ordinal) ? acceptLanguage : "nl";
        Assert.Equal([verwacht], antwoord.Content.Headers.ContentLanguage);
        Assert.Contains($"<html lang=\"{verwacht}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TaalWinsOverAcceptLanguageAndEveryLinkKeepsIt()
    {
        var partners = await TestPartners.MaakAsync(server);
        var id = await VoegToeAsync(partners);

        var (antwoord, html) = await HaalAsync("/agenda?taal=TR&aantal=1", "pl");
        var (_, organisaties) = await HaalAsync("/organisaties?taal=uk&aantal=1");
        var (_, activiteit) = await HaalAsync($"/activiteiten/{id}?taal=en");

        Assert.Equal(["tr"], antwoord.Content.Headers.ContentLanguage);
        Assert.Contains("<h1>Etkinlik takvimi</h1>", html, StringComparison.Ordinal);
        var volgende = VolgendeLink().Match(html);
        Assert.True(volgende.Success, html);
        Assert.Contains("&amp;taal=tr&amp;na=", volgende.Groups["href"].Value, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"taal\" value=\"tr\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/organisaties?taal=tr\">Kuruluşlar</a>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/agenda/afdrukken?taal=tr\">Bu takvimi yazdır</a>", html, StringComparison.Ordinal);
        Assert.Matches("href=\"/activiteiten/[^\"?]+\\?taal=tr\"", html);
        Assert.Matches("href=\"/agenda.ics\\?taal=tr\"", html);

        Assert.Contains("<input type=\"hidden\" name=\"taal\" value=\"uk\"", organisaties, StringComparison.Ordinal);
        Assert.Contains("Соціальна карта", organisaties, StringComparison.Ordinal);
        var verder = VolgendeLink().Match(organisaties);
        Assert.True(verder.Success, organisaties);
        Assert.Contains("taal=uk", verder.Groups["href"].Value, StringComparison.Ordinal);

        Assert.Contains("What will we do?", activiteit, StringComparison.Ordinal);
        Assert.Contains($"href=\"/activiteiten/{id}.ics?taal=en\"", activiteit, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/agenda?taal=en\">Go to the calendar</a>", activiteit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnErrorPageIsInTheChosenLanguage()
    {
        var antwoord = await _client.GetAsync("/agenda?taal=ar&periode=eeuwig");
        var html = await antwoord.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        Assert.Equal(["ar"], antwoord.Content.Headers.ContentLanguage);
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
        Assert.Contains("‘eeuwig’ ليس فترة", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCalendarFeedsFollowTaalAndTheirETagDiffersPerLanguage()
    {
        var partners = await TestPartners.MaakAsync(server);
        var id = await VoegToeAsync(partners);
        (await _client.GraphQLAsync("mutation($id: ID!) { activiteitAnnuleren(id: $id, reden: \"Ziek\") { gelukt } }", new { id }, sleutel: partners.RedacteurA)).ZonderFouten();

        var engels = await _client.GetAsync($"/activiteiten/{id}.ics?taal=en");
        var nederlands = await _client.GetAsync($"/activiteiten/{id}.ics", HttpCompletionOption.ResponseContentRead);
        var agenda = await _client.GetAsync("/agenda.ics?taal=en");
        using var metAcceptLanguage = new HttpRequestMessage(HttpMethod.Get, $"/activiteiten/{id}.ics");
        metAcceptLanguage.Headers.AcceptLanguage.ParseAdd("en");
        var welNederlands = await _client.SendAsync(metAcceptLanguage);

        var item = Assert.Single(Calendar.Load(await engels.Content.ReadAsStringAsync())!.Events);
        Assert.Equal(["en"], engels.Content.Headers.ContentLanguage);
        Assert.StartsWith("Cancelled: Ziek", item.Description, StringComparison.Ordinal);
        Assert.Contains("Organisation: " + partners.NaamA, item.Description, StringComparison.Ordinal);
        Assert.Contains("Cost: €2.50.", item.Description, StringComparison.Ordinal);
        Assert.Contains("Koffie en een praatje, elke dinsdag.", item.Description, StringComparison.Ordinal);

        var nlItem = Assert.Single(Calendar.Load(await nederlands.Content.ReadAsStringAsync())!.Events);
        Assert.StartsWith("Geannuleerd: Ziek", nlItem.Description, StringComparison.Ordinal);
        Assert.Contains("Kosten: € 2,50.", nlItem.Description, StringComparison.Ordinal);
        Assert.Equal(["nl"], nederlands.Content.Headers.ContentLanguage);
        Assert.NotEqual(engels.Headers.ETag, nederlands.Headers.ETag);
        Assert.Equal(nederlands.Headers.ETag, welNederlands.Headers.ETag);

        Assert.Equal(HttpStatusCode.OK, agenda.StatusCode);
        Assert.Contains("X-WR-CALNAME:Calendar Sociaal Netwerk Zoetermeer", await agenda.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [GeneratedRegex("<a href=\"(?<href>[^\"]+)\" rel=\"next\">")]
    private static partial Regex VolgendeLink();
}
