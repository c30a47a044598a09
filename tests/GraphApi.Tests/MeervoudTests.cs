using System.Globalization;
using SociaalNetwerk.Schema.Resources;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// Counts in the pages and the API's messages take the CLDR plural form of their language (issue 10): Polish and
/// Ukrainian say "2 tygodnie" but "5 tygodni" and "22 tygodnie", Arabic has its own forms for one, two, 3–10 and 11–99.
/// </summary>
[Collection(ServerCollectie.Naam)]
public sealed partial class MeervoudTests(SociaalNetwerkServer server)
{
    private readonly HttpClient _client = server.MaakClient();

    /// <summary>Per count: the room, the number of times, and (from 2 on) every N weeks.</summary>
    public static TheoryData<string, int, string, string, string?> Activiteiten() => new()
    {
        { "pl", 1, "Jest miejsce dla 1 osoby.", "łącznie 1 raz", null },
        { "pl", 2, "Są miejsca dla 2 osób.", "łącznie 2 razy", "Co 2 tygodnie" },
        { "pl", 5, "Są miejsca dla 5 osób.", "łącznie 5 razy", "Co 5 tygodni" },
        { "pl", 22, "Są miejsca dla 22 osób.", "łącznie 22 razy", "Co 22 tygodnie" },
        { "uk", 1, "Є місце для 1 особи.", "усього 1 раз", null },
        { "uk", 2, "Є місця для 2 осіб.", "усього 2 рази", "Кожні 2 тижні" },
        { "uk", 5, "Є місця для 5 осіб.", "усього 5 разів", "Кожні 5 тижнів" },
        { "uk", 22, "Є місця для 22 осіб.", "усього 22 рази", "Кожні 22 тижні" },
        { "ar", 1, "يوجد مكان لشخص واحد.", "مرة واحدة في المجموع", null },
        { "ar", 2, "يوجد مكان لشخصين.", "مرتان في المجموع", "كل أسبوعين" },
        { "ar", 5, "يوجد مكان لـ 5 أشخاص.", "5 مرات في المجموع", "كل 5 أسابيع" },
        { "ar", 22, "يوجد مكان لـ 22 شخصًا.", "22 مرةً في المجموع", "كل 22 أسبوعًا" },
        { "nl", 1, "Er is plaats voor 1 persoon.", "1 keer in totaal", null },
        { "nl", 22, "Er is plaats voor 22 personen.", "22 keer in totaal", "Om de 22 weken" },
    };

    [Theory]
    [MemberData(nameof(Activiteiten))]
    public async Task TheActivityPageCountsInTheFormOfItsLanguage(string taal, int aantal, string plaatsen, string keren, string? weken)
    {
        var partners = await TestPartners.MaakAsync(server);
        var invoer = partners.WekelijkseActiviteit($"Meervoud {taal} {aantal}");
        invoer["aanmelding"] = new { wijze = "VIA_LINK", link = "https://example.org/aanmelden", capaciteit = aantal };
        invoer["herhaling"] = new { frequentie = "WEKELIJKS", aantal, interval = aantal };
        const string toevoegen = "mutation($invoer: ActiviteitInvoer!) { activiteitToevoegen(invoer: $invoer) { gelukt fouten { veld code } activiteit { id } } }";
        var resultaat = (await _client.GraphQLAsync(toevoegen, new { invoer }, sleutel: partners.RedacteurA)).ZonderFouten().Data["activiteitToevoegen"]!;
        Assert.True(resultaat["gelukt"]!.GetValue<bool>(), resultaat.ToJsonString());

        var html = await HaalAsync($"/activiteiten/{resultaat["activiteit"]!["id"]!.GetValue<string>()}?taal={taal}");

        Assert.Contains($"<p>{plaatsen}</p>", html, StringComparison.Ordinal);
        Assert.Contains(keren, html, StringComparison.Ordinal);
        if (weken is not null)
        {
            Assert.Contains(weken, html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("pl", 1, "Najbliższy 1 dzień")]
    [InlineData("pl", 2, "Najbliższe 2 dni")]
    [InlineData("pl", 5, "Najbliższe 5 dni")]
    [InlineData("pl", 22, "Najbliższe 22 dni")]
    [InlineData("uk", 1, "Найближчий 1 день")]
    [InlineData("uk", 2, "Найближчі 2 дні")]
    [InlineData("uk", 5, "Найближчі 5 днів")]
    [InlineData("uk", 22, "Найближчі 22 дні")]
    [InlineData("ar", 1, "اليوم القادم")]
    [InlineData("ar", 2, "اليومان القادمان")]
    [InlineData("ar", 5, "الأيام الـ 5 القادمة")]
    [InlineData("ar", 22, "الـ 22 يومًا القادمة")]
    public async Task TheAgendaNamesItsPeriodAndCountsItsActivitiesInTheFormOfItsLanguage(string taal, int dagen, string periode)
    {
        var html = await HaalAsync($"/agenda?periode={dagen}&taal={taal}");

        Assert.Contains($"selected>{periode}</option>", html, StringComparison.Ordinal);
        var gevonden = Gevonden().Match(html);
        Assert.True(gevonden.Success, html);
        var vormen = GevondenVormen[taal];
        if (Getal().Match(gevonden.Groups[1].Value) is { Success: true } getal)
        {
            var totaal = int.Parse(getal.Value, CultureInfo.InvariantCulture);
            Assert.Equal(vormen[Meervoud.Categorie(totaal, CultureInfo.GetCultureInfo(taal))].Replace("{0}", getal.Value, StringComparison.Ordinal), gevonden.Groups[1].Value);
        }
        else
        {
            Assert.Contains(gevonden.Groups[1].Value, vormen.Values);
        }
    }

    /// <summary>"Agenda.Gevonden" per category, written out here so that a wrong form in the resx shows.</summary>
    private static readonly Dictionary<string, Dictionary<string, string>> GevondenVormen = new()
    {
        ["pl"] = new() { ["one"] = "Znaleziono {0} wydarzenie", ["few"] = "Znaleziono {0} wydarzenia", ["many"] = "Znaleziono {0} wydarzeń" },
        ["uk"] = new() { ["one"] = "Знайдено {0} захід", ["few"] = "Знайдено {0} заходи", ["many"] = "Знайдено {0} заходів" },
        ["ar"] = new() { ["zero"] = "لم نجد أي نشاط", ["one"] = "وجدنا نشاطًا واحدًا", ["two"] = "وجدنا نشاطين", ["few"] = "وجدنا {0} أنشطة", ["many"] = "وجدنا {0} نشاطًا", ["other"] = "وجدنا {0} نشاط" },
    };

    [Theory]
    [InlineData("pl", 102, "Wyszukiwane hasło jest za długie: ma 102 znaki. Maksimum: 100.")]
    [InlineData("pl", 105, "Wyszukiwane hasło jest za długie: ma 105 znaków. Maksimum: 100.")]
    [InlineData("pl", 122, "Wyszukiwane hasło jest za długie: ma 122 znaki. Maksimum: 100.")]
    [InlineData("uk", 101, "Пошуковий запит задовгий: він має 101 символ. Максимум: 100.")]
    [InlineData("uk", 102, "Пошуковий запит задовгий: він має 102 символи. Максимум: 100.")]
    [InlineData("uk", 105, "Пошуковий запит задовгий: він має 105 символів. Максимум: 100.")]
    [InlineData("ar", 101, "عبارة البحث طويلة جدًا: فيها 101 حرف. الحد الأقصى: 100.")]
    [InlineData("ar", 103, "عبارة البحث طويلة جدًا: فيها 103 أحرف. الحد الأقصى: 100.")]
    [InlineData("ar", 111, "عبارة البحث طويلة جدًا: فيها 111 حرفًا. الحد الأقصى: 100.")]
    [InlineData("nl", 101, "De zoekterm is 101 tekens lang; het maximum is 100.")]
    [InlineData("en", 101, "The search term is 101 characters long; the maximum is 100.")]
    public async Task TheApiCountsInTheFormOfTheRequestsLanguage(string taal, int lengte, string bericht)
    {
        var antwoord = await _client.GraphQLAsync("query($z: String) { agenda(filter: { zoekterm: $z }) { totalCount } }", new { z = new string('a', lengte) }, taal: taal);

        Assert.Equal("SEARCH_TERM_TOO_LONG", antwoord.EersteCode);
        Assert.Equal(bericht, antwoord.EersteBericht);
    }

    [Theory]
    [InlineData("pl", "Ten okres jest za długi: 101 dni. Wybierz najwyżej 92 dni.")]
    [InlineData("uk", "Цей період задовгий: 101 день. Виберіть щонайбільше 92 дні.")]
    [InlineData("ar", "هذه الفترة طويلة جدًا: 101 يوم. اختر 92 يومًا على الأكثر.")]
    [InlineData("nl", "Deze periode is te lang: 101 dagen. Kies hoogstens 92 dagen.")]
    public async Task AnErrorPageCountsInTheFormOfItsLanguage(string taal, string bericht)
    {
        var antwoord = await _client.GetAsync($"/agenda/afdrukken?van=2026-12-01&tot=2027-03-11&taal={taal}");
        var html = await antwoord.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        Assert.Contains(bericht, html, StringComparison.Ordinal);
    }

    /// <summary>"Choose at most N options" for a one-choice question (1) and a several-choices question with at most 2.</summary>
    [Theory]
    [InlineData("nl", "kies hoogstens 1 optie.", "kies hoogstens 2 opties.")]
    [InlineData("en", "choose at most 1 option.", "choose at most 2 options.")]
    [InlineData("tr", "en fazla 1 seçenek seçin.", "en fazla 2 seçenek seçin.")]
    [InlineData("pl", "wybierz najwyżej 1 opcję.", "wybierz najwyżej 2 opcje.")]
    [InlineData("uk", "виберіть щонайбільше 1 варіант.", "виберіть щонайбільше 2 варіанти.")]
    [InlineData("ar", "اختر خيار واحد على الأكثر.", "اختر خياران على الأكثر.")]
    public async Task TooManyChoicesCountsTheOptionsInTheFormOfTheRequestsLanguage(string taal, string een, string twee)
    {
        var uitvraag = await TestUitvraag.MaakAsync(server);
        var invoer = uitvraag.GeldigeReactie();
        var antwoorden = (object[])invoer["antwoorden"]!;
        antwoorden[1] = new { vraagId = uitvraag.EenKeuze, optieIds = uitvraag.EenKeuzeOpties.Take(2).ToArray() };
        antwoorden[2] = new { vraagId = uitvraag.MeerdereKeuzes, optieIds = uitvraag.MeerdereKeuzesOpties.Take(3).ToArray() };

        var antwoord = (await _client.GraphQLAsync("mutation($invoer: ReactieInvoer!) { reactieIndienen(invoer: $invoer) { gelukt fouten { code bericht } } }", new { invoer }, taal)).ZonderFouten();

        var fouten = antwoord.Data["reactieIndienen"]!["fouten"]!.AsArray().Select(f => (f!["code"]!.GetValue<string>(), f["bericht"]!.GetValue<string>())).ToList();
        Assert.Equal(2, fouten.Count);
        Assert.All(fouten, f => Assert.Equal("TOO_MANY_CHOICES", f.Item1));
        Assert.EndsWith(" " + een, fouten[0].Item2, StringComparison.Ordinal);
        Assert.EndsWith(" " + twee, fouten[1].Item2, StringComparison.Ordinal);
    }

    /// <summary>A question may have at most 30 options: Polish and Ukrainian say it in their "many" form, Arabic in its 11–99 form.</summary>
    [Theory]
    [InlineData("nl", "'opties' mag hoogstens 30 opties hebben.")]
    [InlineData("en", "'opties' may have at most 30 options.")]
    [InlineData("tr", "'opties' en fazla 30 seçenek içerebilir.")]
    [InlineData("pl", "'opties' może mieć najwyżej 30 opcji.")]
    [InlineData("uk", "'opties' може мати щонайбільше 30 варіантів.")]
    [InlineData("ar", "'opties' يمكن أن يحتوي على 30 خيارًا على الأكثر.")]
    public async Task TooManyOptionsCountsThemInTheFormOfTheRequestsLanguage(string taal, string bericht)
    {
        var uitvraag = await TestUitvraag.MaakAsync(server, UitvraagStatus.Concept);
        var invoer = new
        {
            type = "MEERDERE_KEUZES",
            tekst = new { nl = "Te veel?" },
            opties = Enumerable.Range(1, Schema.Participatie.VraagRedactie.MaxOpties + 1).Select(i => new { tekst = new { nl = $"Optie {i}" } }).ToArray(),
        };

        var antwoord = (await _client.GraphQLAsync(
            "mutation($uitvraagId: ID!, $invoer: VraagInvoer!) { vraagToevoegen(uitvraagId: $uitvraagId, invoer: $invoer) { gelukt fouten { veld code bericht } } }",
            new { uitvraagId = uitvraag.Id, invoer }, taal, sleutel: uitvraag.TeamSleutel)).ZonderFouten();

        var fout = Assert.Single(antwoord.Data["vraagToevoegen"]!["fouten"]!.AsArray())!;
        Assert.Equal("TOO_MANY_OPTIONS", fout["code"]!.GetValue<string>());
        Assert.Equal(bericht, fout["bericht"]!.GetValue<string>());
    }

    private async Task<string> HaalAsync(string pad)
    {
        var antwoord = await _client.GetAsync(pad);
        var html = await antwoord.Content.ReadAsStringAsync();
        Assert.True(antwoord.StatusCode == HttpStatusCode.OK, $"{pad}: {antwoord.StatusCode}\n{html}");
        return html;
    }

    [GeneratedRegex("<p class=\"aantal\">([^<]*)</p>")]
    private static partial Regex Gevonden();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Getal();
}
