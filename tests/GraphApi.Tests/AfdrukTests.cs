using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using SociaalNetwerk.GraphApi.Paginas;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// The print page <c>/agenda/afdrukken</c> on paper (issue 10): dates are absolute in every language (never
/// "Vandaag" or "Morgen", which are wrong the day after printing), a large-print variant <c>?groot=1</c> that keeps
/// the filters, and a QR code to the online agenda as an inline SVG without <c>style</c> attributes.
/// </summary>
[Collection(ServerCollectie.Naam)]
public sealed partial class AfdrukTests(SociaalNetwerkServer server)
{
    public static readonly TheoryData<string> Talen = new(["nl", "en", "ar", "tr", "uk", "pl"]);

    private static readonly DateOnly Vandaag = DateOnly.FromDateTime(SociaalNetwerkServer.Nu.UtcDateTime);

    private readonly HttpClient _client = server.MaakClient();

    private async Task<string> PaginaAsync(string pad)
    {
        var antwoord = await _client.GetAsync(pad);
        var html = await antwoord.Content.ReadAsStringAsync();
        Assert.True(antwoord.StatusCode == HttpStatusCode.OK, $"{pad}: {antwoord.StatusCode}\n{html}");
        Assert.DoesNotContain(" style=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<style", html, StringComparison.Ordinal);
        return html;
    }

    private static string Tekst(string taal, string sleutel) =>
        (string)XDocument.Load(Path.Combine(Repository.Map, "src", "GraphApi", "Paginas", taal == "nl" ? "Teksten.resx" : $"Teksten.{taal}.resx"))
            .Root!.Elements("data").Single(d => (string)d.Attribute("name")! == sleutel).Element("value")!;

    private static Dictionary<DateOnly, string> DagKoppen(string html) =>
        DagKop().Matches(html).ToDictionary(
            m => DateOnly.ParseExact(m.Groups[1].Value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            m => WebUtility.HtmlDecode(m.Groups[2].Value));

    private static string Iso(DateOnly datum) => datum.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(Talen))]
    public async Task ThePrintPageWritesTodayAndTomorrowAsDatesNeverAsRelativeWords(string taal)
    {
        var morgen = Vandaag.AddDays(1);
        var woorden = new[] { Tekst(taal, "Vandaag"), Tekst(taal, "Morgen") };
        var cultuur = PaginaTaal.Cultuur(taal);

        // A wijk of the demo data with activities both today and tomorrow.
        string? wijk = null;
        foreach (Match optie in WijkOptie().Matches(await PaginaAsync("/agenda/afdrukken")))
        {
            var dagen = DagKoppen(await PaginaAsync($"/agenda?wijk={optie.Groups[1].Value}&van={Iso(Vandaag)}&tot={Iso(morgen)}&aantal=100"));
            if (dagen.ContainsKey(Vandaag) && dagen.ContainsKey(morgen))
            {
                wijk = optie.Groups[1].Value;
                break;
            }
        }

        Assert.NotNull(wijk);

        // The screen agenda does say "Vandaag" and "Morgen": the print page is the one that must not.
        var scherm = DagKoppen(await PaginaAsync($"/agenda?wijk={wijk}&van={Iso(Vandaag)}&tot={Iso(morgen)}&aantal=100&taal={taal}"));
        Assert.StartsWith(woorden[0], scherm[Vandaag], StringComparison.Ordinal);
        Assert.StartsWith(woorden[1], scherm[morgen], StringComparison.Ordinal);

        var html = await PaginaAsync($"/agenda/afdrukken?wijk={wijk}&van={Iso(Vandaag)}&tot={Iso(morgen)}&taal={taal}");
        var koppen = DagKoppen(html);
        foreach (var dag in new[] { Vandaag, morgen })
        {
            var datum = dag.ToString("dddd d MMMM", cultuur);
            Assert.Equal(cultuur.TextInfo.ToUpper(datum[0]) + datum[1..], koppen[dag]);
        }

        foreach (var woord in woorden)
        {
            Assert.DoesNotContain(woord, html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task TheLargePrintVariantHasItsClassKeepsTheFiltersAndLinksBack()
    {
        const string Filters = "wijk=oosterheem&thema=eenzaamheid-en-ontmoeting";
        var gewoon = await PaginaAsync($"/agenda/afdrukken?{Filters}&van=2026-11-23&tot=2026-12-06");
        Assert.Contains("<body class=\"afdrukken\">", gewoon, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/agenda/afdrukken?wijk=oosterheem&amp;thema=eenzaamheid-en-ontmoeting&amp;van=2026-11-23&amp;tot=2026-12-06&amp;groot=1\">Deze agenda in grote letters</a>", gewoon, StringComparison.Ordinal);

        var groot = await PaginaAsync($"/agenda/afdrukken?{Filters}&van=2026-11-23&tot=2026-12-06&groot=1");
        Assert.Contains("<body class=\"afdrukken groot\">", groot, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/agenda/afdrukken?wijk=oosterheem&amp;thema=eenzaamheid-en-ontmoeting&amp;van=2026-11-23&amp;tot=2026-12-06\">Terug naar gewone letters</a>", groot, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"groot\" value=\"1\">", groot, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"thema\" value=\"eenzaamheid-en-ontmoeting\"", groot, StringComparison.Ordinal);
        Assert.Contains("<option value=\"oosterheem\" selected>Oosterheem</option>", groot, StringComparison.Ordinal);
        // The same dates as the normal print.
        Assert.Equal(DagKoppen(gewoon), DagKoppen(groot));

        // In another language, the link keeps taal.
        var engels = await PaginaAsync($"/agenda/afdrukken?{Filters}&groot=1&taal=en");
        Assert.Contains("&amp;taal=en\">Back to normal print</a>", engels, StringComparison.Ordinal);

        var agenda = await PaginaAsync($"/agenda?{Filters}");
        Assert.Contains("<a href=\"/agenda/afdrukken?wijk=oosterheem&amp;thema=eenzaamheid-en-ontmoeting&amp;groot=1\">Afdrukken in grote letters</a>", agenda, StringComparison.Ordinal);

        // Any other value is the normal print, never an error.
        foreach (var waarde in new[] { "0", "ja", "%3Cscript%3E", "" })
        {
            Assert.Contains("<body class=\"afdrukken\">", await PaginaAsync($"/agenda/afdrukken?{Filters}&groot={waarde}"), StringComparison.Ordinal);
        }

        var css = await _client.GetStringAsync("/paginas/afdrukken.css");
        Assert.Contains("body.groot {\n    font-size: 18pt;", css.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains(".groot .regel {\n  flex-direction: column;", css.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePrintPageHasAQrCodeOfTheOnlineAgendaWithTheSameFilters()
    {
        var html = await PaginaAsync("/agenda/afdrukken?wijk=oosterheem&thema=eenzaamheid-en-ontmoeting&van=2026-11-23&tot=2026-12-06&taal=en");
        var adres = $"{server.Adres.GetLeftPart(UriPartial.Authority)}/agenda?wijk=oosterheem&thema=eenzaamheid-en-ontmoeting&taal=en";
        var svg = Assert.Single(QrTekening.Svg().Matches(html)).Value;

        Assert.Contains("role=\"img\"", svg, StringComparison.Ordinal);
        Assert.Contains($"aria-label=\"QR code to the online agenda: {adres.Replace("&", "&amp;", StringComparison.Ordinal)}\"", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("style", svg, StringComparison.OrdinalIgnoreCase);
        // The address as text beside it, for whoever cannot scan.
        Assert.Contains($"More activities and the latest changes: {adres.Replace("&", "&amp;", StringComparison.Ordinal)}", html, StringComparison.Ordinal);

        // What the drawing encodes is exactly QRCoder's code of that address, module by module.
        QrTekening.Codeert(svg, adres);

        // The same address gives the same drawing; other filters another one.
        var nogmaals = Assert.Single(QrTekening.Svg().Matches(await PaginaAsync("/agenda/afdrukken?wijk=oosterheem&thema=eenzaamheid-en-ontmoeting&van=2026-11-23&tot=2026-12-06&taal=en&groot=1"))).Value;
        Assert.Equal(svg, nogmaals);
        var ander = Assert.Single(QrTekening.Svg().Matches(await PaginaAsync("/agenda/afdrukken?wijk=oosterheem&van=2026-11-23&tot=2026-12-06&taal=en"))).Value;
        Assert.NotEqual(QrTekening.Modules(svg), QrTekening.Modules(ander));
    }

    [GeneratedRegex("<h2 id=\"dag-([0-9-]{10})\">([^<]*)</h2>")]
    private static partial Regex DagKop();

    [GeneratedRegex("<option value=\"([a-z0-9-]+)\"")]
    private static partial Regex WijkOptie();
}
