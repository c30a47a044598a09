using System.Text.RegularExpressions;

namespace SociaalNetwerk.GraphApi.Paginas;

/// <summary>Links from partner data: only http(s) web links, plausible e-mail addresses and phone numbers become an <c>href</c>.</summary>
public static partial class Links
{
    /// <summary>An absolute http or https URL, or null (no <c>javascript:</c> or <c>data:</c>).</summary>
    public static string? Web(string? adres) =>
        Uri.TryCreate(adres?.Trim(), UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
            ? url.AbsoluteUri
            : null;

    public static string? Email(string? adres) =>
        adres is not null && EmailAdres().IsMatch(adres.Trim()) ? "mailto:" + adres.Trim() : null;

    /// <summary>A <c>tel:</c> link of the digits and a leading plus.</summary>
    public static string? Telefoon(string? nummer)
    {
        if (nummer is null)
        {
            return null;
        }

        var cijfers = new string([.. nummer.Where((c, i) => char.IsAsciiDigit(c) || (c == '+' && nummer[..i].All(x => !char.IsAsciiDigit(x) && x != '+')))]);
        return cijfers.Count(char.IsAsciiDigit) >= 3 ? "tel:" + cijfers : null;
    }

    [GeneratedRegex("^[^\\s@<>\"':/]+@[^\\s@<>\"':/]+$")]
    private static partial Regex EmailAdres();
}
