using System.Text.RegularExpressions;
using System.Xml.Linq;
using SociaalNetwerk.Tests;

namespace SociaalNetwerk.Schema.Tests;

/// <summary>The portal's texts and mails (<c>src/GraphApi/Beheer/BeheerTeksten*.resx</c>) exist in Dutch and English, with the same placeholders.</summary>
public sealed partial class BeheerTekstenTests
{
    [Fact]
    public void EveryDutchPortalTextHasAnEnglishTranslationWithTheSamePlaceholders()
    {
        var nederlands = Lees("BeheerTeksten.resx");
        var engels = Lees("BeheerTeksten.en.resx");

        Assert.Empty(nederlands.Keys.Except(engels.Keys));
        Assert.Empty(engels.Keys.Except(nederlands.Keys));
        Assert.All(nederlands, paar =>
        {
            Assert.False(string.IsNullOrWhiteSpace(engels[paar.Key]), paar.Key);
            Assert.Equal(Plaatshouders(paar.Value), Plaatshouders(engels[paar.Key]));
        });
    }

    private static Dictionary<string, string> Lees(string bestand) =>
        XDocument.Load(Path.Combine(Repository.Map, "src", "GraphApi", "Beheer", bestand)).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")?.Value ?? string.Empty);

    private static string Plaatshouders(string tekst) => string.Join(",", Plaatshouder().Matches(tekst).Select(m => m.Value).Order());

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Plaatshouder();
}
