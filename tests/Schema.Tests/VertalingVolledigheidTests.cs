using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using SociaalNetwerk.Schema.Resources;
using SociaalNetwerk.Tests;

namespace SociaalNetwerk.Schema.Tests;

/// <summary>
/// Every message, label and text of the pages exists in all six languages: each key of the Dutch resx is in every
/// translation, with a non-empty value and the same placeholders, each plural text has the CLDR categories of its language, and the built satellite assemblies (of the Schema
/// project) give exactly those values. The pages' <c>Teksten</c> live in GraphApi; their use is tested there.
/// </summary>
public sealed partial class VertalingVolledigheidTests
{
    /// <summary>Each translated resx and the folder it lives in.</summary>
    private static readonly Dictionary<string, string[]> Mappen = new()
    {
        ["Berichten"] = ["src", "Schema", "Resources"],
        ["Labels"] = ["src", "Schema", "Resources"],
        ["Teksten"] = ["src", "GraphApi", "Paginas"],
    };

    public static TheoryData<string, string> Bestanden() => Paren(Mappen.Keys);

    /// <summary>The resx files whose satellite assemblies this test project loads (the Schema's own).</summary>
    public static TheoryData<string, string> SchemaBestanden() => Paren(["Berichten", "Labels"]);

    private static TheoryData<string, string> Paren(IEnumerable<string> namen)
    {
        var data = new TheoryData<string, string>();
        foreach (var naam in namen)
        {
            foreach (var taal in new[] { "en", "ar", "tr", "uk", "pl" })
            {
                data.Add(naam, taal);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Bestanden))]
    public void EveryDutchKeyIsTranslatedWithTheSamePlaceholders(string naam, string taal)
    {
        var nederlands = Enkelvoudig(Lees(naam, null));
        var alles = Lees(naam, taal);
        var vertaling = Enkelvoudig(alles);

        Assert.Empty(nederlands.Keys.Except(vertaling.Keys));
        Assert.Empty(vertaling.Keys.Except(nederlands.Keys));
        Assert.All(nederlands, paar =>
        {
            var vertaald = vertaling[paar.Key];
            Assert.False(string.IsNullOrWhiteSpace(vertaald), $"{naam}.{taal}.resx: '{paar.Key}' is empty");
            Assert.True(Plaatshouders(paar.Value).SetEquals(Plaatshouders(vertaald)), $"{naam}.{taal}.resx: '{paar.Key}' has placeholders {{{string.Join(",", Plaatshouders(vertaald))}}}, Dutch has {{{string.Join(",", Plaatshouders(paar.Value))}}}");
            _ = Meervoud.Vul(alles.GetValueOrDefault, CultureInfo.GetCultureInfo(taal), CultureInfo.InvariantCulture, vertaald, [.. Enumerable.Range(0, 10).Select(i => (object)i)]);
        });
    }

    public static TheoryData<string, string> BestandenInAlleTalen()
    {
        var data = Paren(Mappen.Keys);
        foreach (var naam in Mappen.Keys)
        {
            data.Add(naam, "nl");
        }

        return data;
    }

    /// <summary>
    /// Texts that depend on a number (<c>Basis.one</c>, <c>Basis.few</c>, … see <see cref="Meervoud"/>) have exactly the CLDR
    /// plural categories of their language: Polish needs few and many, Arabic zero, two, few and many, and a Dutch-only
    /// "one/other" pair would show "5 wydarzenie". Every language has the same plural texts as Dutch, each form uses no
    /// placeholder the Dutch text lacks, and every <c>{i:Basis}</c> names a plural text of the same file.
    /// </summary>
    [Theory]
    [MemberData(nameof(BestandenInAlleTalen))]
    public void EveryPluralTextHasExactlyTheCategoriesOfItsLanguage(string naam, string taal)
    {
        var alles = Lees(naam, taal == "nl" ? null : taal);
        var nederlands = Lees(naam, null);
        var vormen = Meervouden(alles);
        var categorieen = Meervoud.Categorieen(CultureInfo.GetCultureInfo(taal));

        Assert.NotEmpty(categorieen);
        Assert.Contains("other", categorieen);
        Assert.Equal(Meervouden(nederlands).Keys.Order(), vormen.Keys.Order());
        Assert.All(vormen, groep =>
        {
            Assert.True(categorieen.SetEquals(groep.Value.Keys), $"{naam}.{taal}.resx: '{groep.Key}' has {string.Join(",", groep.Value.Keys)}, {taal} needs {string.Join(",", categorieen)}");
            var toegestaan = Plaatshouders(nederlands[groep.Key + ".other"]);
            Assert.All(groep.Value, vorm =>
            {
                Assert.False(string.IsNullOrWhiteSpace(vorm.Value), $"{naam}.{taal}.resx: '{groep.Key}.{vorm.Key}' is empty");
                Assert.True(Plaatshouders(vorm.Value).IsSubsetOf(toegestaan), $"{naam}.{taal}.resx: '{groep.Key}.{vorm.Key}' has placeholders Dutch lacks");
            });
        });
        Assert.All(alles.Values.SelectMany(v => Plaatshouder().Matches(v)).Select(m => m.Groups[2].Value).Where(b => b.Length > 0), basis =>
            Assert.True(vormen.ContainsKey(basis), $"{naam}.{taal}.resx: '{{…:{basis}}}' is no plural text of this file"));
    }

    /// <summary>
    /// The texts that say how many of something there are: each is a plural text (or uses one as <c>{i:Basis}</c>),
    /// never a "1 …" text beside a "{0} …" text, which only fits languages with one and other.
    /// </summary>
    [Theory]
    [InlineData("Teksten", "Agenda.Gevonden Organisaties.Gevonden Activiteit.Plaatsen Herhaling.Weken Herhaling.Maanden Herhaling.Aantal Agenda.Periode.Dagen", "Fout.TOO_MANY_IDS Fout.PERIOD_TOO_LONG Fout.SEARCH_TERM_TOO_LONG")]
    [InlineData("Berichten", "", "TOO_MANY_IDS SEARCH_TERM_TOO_LONG MAX_DEPTH_EXCEEDED REQUEST_TOO_LARGE REACTIE_TOO_LONG REACTIE_FIELD_TOO_LONG REDACTIE_TOO_LONG REDACTIE_DURATION_TOO_LONG REDACTIE_DURATION_TOO_LONG_RECURRING REDACTIE_START_OUT_OF_RANGE REACTIE_TOO_MANY_CHOICES REDACTIE_TOO_MANY_OPTIONS")]
    public void TheCountDependentTextsArePlural(string naam, string meervouden, string berichtenMetAantal)
    {
        var nederlands = Lees(naam, null);
        var vormen = Meervouden(nederlands);

        Assert.All(meervouden.Split(' ', StringSplitOptions.RemoveEmptyEntries), basis => Assert.True(vormen.ContainsKey(basis), $"{naam}.resx: '{basis}' is no plural text"));
        Assert.All(berichtenMetAantal.Split(' ', StringSplitOptions.RemoveEmptyEntries), sleutel =>
            Assert.Contains(Plaatshouder().Matches(nederlands[sleutel]), m => vormen.ContainsKey(m.Groups[2].Value)));
    }

    /// <summary>The plural rules themselves (ICU4N) and the forms they pick in the messages, for the counts of the issue.</summary>
    [Theory]
    [InlineData("pl", 1, "Wyszukiwane hasło jest za długie: ma 1 znak. Maksimum: 100.")]
    [InlineData("pl", 2, "Wyszukiwane hasło jest za długie: ma 2 znaki. Maksimum: 100.")]
    [InlineData("pl", 5, "Wyszukiwane hasło jest za długie: ma 5 znaków. Maksimum: 100.")]
    [InlineData("pl", 22, "Wyszukiwane hasło jest za długie: ma 22 znaki. Maksimum: 100.")]
    [InlineData("pl", 112, "Wyszukiwane hasło jest za długie: ma 112 znaków. Maksimum: 100.")]
    [InlineData("uk", 1, "Пошуковий запит задовгий: він має 1 символ. Максимум: 100.")]
    [InlineData("uk", 2, "Пошуковий запит задовгий: він має 2 символи. Максимум: 100.")]
    [InlineData("uk", 5, "Пошуковий запит задовгий: він має 5 символів. Максимум: 100.")]
    [InlineData("uk", 21, "Пошуковий запит задовгий: він має 21 символ. Максимум: 100.")]
    [InlineData("uk", 22, "Пошуковий запит задовгий: він має 22 символи. Максимум: 100.")]
    [InlineData("ar", 1, "عبارة البحث طويلة جدًا: فيها حرف واحد. الحد الأقصى: 100.")]
    [InlineData("ar", 2, "عبارة البحث طويلة جدًا: فيها حرفان. الحد الأقصى: 100.")]
    [InlineData("ar", 5, "عبارة البحث طويلة جدًا: فيها 5 أحرف. الحد الأقصى: 100.")]
    [InlineData("ar", 22, "عبارة البحث طويلة جدًا: فيها 22 حرفًا. الحد الأقصى: 100.")]
    [InlineData("ar", 101, "عبارة البحث طويلة جدًا: فيها 101 حرف. الحد الأقصى: 100.")]
    [InlineData("nl", 1, "De zoekterm is 1 teken lang; het maximum is 100.")]
    [InlineData("nl", 22, "De zoekterm is 22 tekens lang; het maximum is 100.")]
    [InlineData("en", 1, "The search term is 1 character long; the maximum is 100.")]
    public void AMessageTakesTheFormOfItsNumber(string taal, int aantal, string verwacht)
    {
        var beheer = new ResourceManager(typeof(Berichten));
        var cultuur = CultureInfo.GetCultureInfo(taal);

        var bericht = Meervoud.Vul(s => beheer.GetString(s, cultuur), cultuur, CultureInfo.InvariantCulture, beheer.GetString("SEARCH_TERM_TOO_LONG", cultuur)!, aantal, 100);

        Assert.Equal(verwacht, bericht);
    }

    [Theory]
    [InlineData("nl", "0:other 1:one 2:other 5:other 22:other")]
    [InlineData("pl", "0:many 1:one 2:few 5:many 12:many 22:few 101:many 102:few")]
    [InlineData("uk", "0:many 1:one 2:few 5:many 11:many 21:one 22:few 111:many")]
    [InlineData("ar", "0:zero 1:one 2:two 3:few 10:few 11:many 22:many 99:many 100:other 101:other 102:other 103:few")]
    public void ThePluralRulesAreCldrs(string taal, string verwacht)
    {
        var cultuur = CultureInfo.GetCultureInfo(taal);
        var getallen = verwacht.Split(' ').Select(p => long.Parse(p.Split(':')[0], CultureInfo.InvariantCulture));

        Assert.Equal(verwacht, string.Join(" ", getallen.Select(n => $"{n}:{Meervoud.Categorie(n, cultuur)}")));
    }

    [Theory]
    [MemberData(nameof(SchemaBestanden))]
    public void TheSatelliteAssemblyGivesTheTranslation(string naam, string taal)
    {

        var beheer = new ResourceManager(naam == "Labels" ? typeof(Labels) : typeof(Berichten));
        var cultuur = CultureInfo.GetCultureInfo(taal);

        Assert.All(Lees(naam, taal), paar => Assert.Equal(paar.Value, beheer.GetString(paar.Key, cultuur)));
    }

    private static Dictionary<string, string> Lees(string naam, string? taal)
    {
        var pad = Path.Combine([Repository.Map, .. Mappen[naam], taal is null ? $"{naam}.resx" : $"{naam}.{taal}.resx"]);
        return XDocument.Load(pad).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")?.Value ?? string.Empty);
    }

    /// <summary>The texts that are not a form of a plural text.</summary>
    private static Dictionary<string, string> Enkelvoudig(Dictionary<string, string> teksten) =>
        teksten.Where(t => PluralVorm().Match(t.Key) is not { Success: true }).ToDictionary();

    /// <summary>The plural texts: basis → category → form.</summary>
    private static Dictionary<string, Dictionary<string, string>> Meervouden(Dictionary<string, string> teksten) =>
        teksten.Select(t => (Match: PluralVorm().Match(t.Key), t.Value)).Where(t => t.Match.Success)
            .GroupBy(t => t.Match.Groups[1].Value)
            .ToDictionary(g => g.Key, g => g.ToDictionary(t => t.Match.Groups[2].Value, t => t.Value));

    private static HashSet<string> Plaatshouders(string tekst) =>
        [.. Plaatshouder().Matches(tekst.Replace("{{", string.Empty, StringComparison.Ordinal).Replace("}}", string.Empty, StringComparison.Ordinal)).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"\{(\d+)(?::([A-Za-z][\w.]*))?[^}]*\}")]
    private static partial Regex Plaatshouder();

    [GeneratedRegex(@"^(.+)\.(zero|one|two|few|many|other)$")]
    private static partial Regex PluralVorm();
}
