using System.Globalization;

namespace SociaalNetwerk.Schema.Participatie;

/// <summary>
/// A text in several languages. Dutch is required; English, Arabic, Turkish, Ukrainian and Polish are optional.
/// <see cref="In"/> gives the asked language and falls back to Dutch.
/// </summary>
public sealed class Vertaalbaar
{
    public const string Nederlands = Woordenlijst.Talen.Nederlands;

    /// <summary>The six languages (<see cref="Woordenlijst.Talen.Alle"/>).</summary>
    public static IReadOnlyList<string> Talen => Woordenlijst.Talen.Alle;

    public Dictionary<string, string> Teksten { get; init; } = [];

    public string Nl => Teksten.TryGetValue(Nederlands, out var tekst) ? tekst : string.Empty;

    public static Vertaalbaar Van(string nl, string? en = null, string? ar = null, string? tr = null, string? uk = null, string? pl = null)
    {
        var teksten = new Dictionary<string, string> { [Nederlands] = nl };
        foreach (var (taal, tekst) in new[] { ("en", en), ("ar", ar), ("tr", tr), ("uk", uk), ("pl", pl) })
        {
            if (!string.IsNullOrWhiteSpace(tekst))
            {
                teksten[taal] = tekst;
            }
        }

        return new Vertaalbaar { Teksten = teksten };
    }

    public string In(string? taal) =>
        taal is not null && Teksten.TryGetValue(taal, out var tekst) && !string.IsNullOrWhiteSpace(tekst) ? tekst : Nl;

    public string InHuidigeTaal() => In(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
}
