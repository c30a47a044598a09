using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using SociaalNetwerk.Schema.Resources;
using SociaalNetwerk.Tests;

namespace SociaalNetwerk.Schema.Tests;

/// <summary>
/// Every message, label and text of the pages exists in all six languages: each key of the Dutch resx is in every
/// translation, with a non-empty value and the same placeholders, and the built satellite assemblies (of the Schema
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
        var nederlands = Lees(naam, null);
        var vertaling = Lees(naam, taal);

        Assert.Empty(nederlands.Keys.Except(vertaling.Keys));
        Assert.Empty(vertaling.Keys.Except(nederlands.Keys));
        Assert.All(nederlands, paar =>
        {
            var vertaald = vertaling[paar.Key];
            Assert.False(string.IsNullOrWhiteSpace(vertaald), $"{naam}.{taal}.resx: '{paar.Key}' is empty");
            Assert.True(Plaatshouders(paar.Value).SetEquals(Plaatshouders(vertaald)), $"{naam}.{taal}.resx: '{paar.Key}' has placeholders {{{string.Join(",", Plaatshouders(vertaald))}}}, Dutch has {{{string.Join(",", Plaatshouders(paar.Value))}}}");
            _ = string.Format(CultureInfo.InvariantCulture, vertaald, [.. Enumerable.Range(0, 10).Select(i => (object)i)]);
        });
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

    private static HashSet<string> Plaatshouders(string tekst) =>
        [.. Plaatshouder().Matches(tekst.Replace("{{", string.Empty, StringComparison.Ordinal).Replace("}}", string.Empty, StringComparison.Ordinal)).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"\{(\d+)[^}]*\}")]
    private static partial Regex Plaatshouder();
}
