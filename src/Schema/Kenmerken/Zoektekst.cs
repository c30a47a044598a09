using System.Globalization;
using System.Text;

namespace SociaalNetwerk.Schema.Kenmerken;

/// <summary>Case- and accent-insensitive search: "Café" and "cafe" both become "cafe".</summary>
public static class Zoektekst
{
    public static string Normaliseer(string? tekst)
    {
        if (string.IsNullOrWhiteSpace(tekst))
        {
            return string.Empty;
        }

        var ontleed = tekst.Normalize(NormalizationForm.FormD);
        var resultaat = new StringBuilder(ontleed.Length);
        var vorigeWasSpatie = false;
        foreach (var teken in ontleed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(teken) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(teken))
            {
                if (!vorigeWasSpatie && resultaat.Length > 0)
                {
                    resultaat.Append(' ');
                }

                vorigeWasSpatie = true;
                continue;
            }

            resultaat.Append(char.ToLowerInvariant(teken));
            vorigeWasSpatie = false;
        }

        return resultaat.ToString().TrimEnd().Normalize(NormalizationForm.FormC);
    }
}

/// <summary>An entity with a normalised search column that the DbContext keeps up to date on save.</summary>
public interface IDoorzoekbaar
{
    void WerkZoektekstBij();
}
