using System.Globalization;
using System.Resources;
using Microsoft.AspNetCore.Localization;
using SociaalNetwerk.GraphApi.Agenda;

namespace SociaalNetwerk.GraphApi.Paginas;

/// <summary>
/// The language of a page or a calendar feed: <c>?taal=</c> (nl, en, ar, tr, uk, pl) wins, an unknown code is Dutch;
/// without it the pages follow <c>Accept-Language</c> (the request culture), the feeds stay Dutch.
/// </summary>
public static class PaginaTaal
{
    public const string Parameter = "taal";

    public const string Standaard = "nl";

    /// <summary>The languages of <c>Teksten*.resx</c>, the same as <see cref="HostingExtensions.Talen"/>.</summary>
    public static readonly IReadOnlyList<string> Talen = [.. HostingExtensions.Talen.Select(c => c.TwoLetterISOLanguageName)];

    private static readonly ResourceManager TekstBeheer = new(typeof(Teksten));

    private static readonly Dictionary<string, CultureInfo> Culturen = Talen.ToDictionary(t => t, MaakCultuur, StringComparer.Ordinal);

    /// <summary>The language that <c>?taal=</c> asks for (an unknown code gives Dutch), or null when it is not given.</summary>
    public static string? UitQuery(IQueryCollection query) =>
        AgendaKeuze.Tekst(query, Parameter) is { } gevraagd
            ? Talen.FirstOrDefault(t => string.Equals(t, gevraagd, StringComparison.OrdinalIgnoreCase)) ?? Standaard
            : null;

    /// <summary>The language of a page: <c>?taal=</c>, else the request culture of <c>Accept-Language</c>, else Dutch.</summary>
    public static string VanPagina(HttpContext? http)
    {
        if (http is null)
        {
            return Standaard;
        }

        if (UitQuery(http.Request.Query) is { } taal)
        {
            return taal;
        }

        var cultuur = http.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture.TwoLetterISOLanguageName;
        return Talen.FirstOrDefault(t => t == cultuur) ?? Standaard;
    }

    /// <summary>A text of <c>Teksten.resx</c> in a language (Dutch when the translation lacks it), or null when there is none.</summary>
    public static string? Tekst(string sleutel, string taal) => TekstBeheer.GetString(sleutel, CultureInfo.GetCultureInfo(taal));

    /// <summary>
    /// The culture for dates, times and numbers of a language (<c>Cultuur</c> in <c>Teksten.resx</c>), with the
    /// Gregorian calendar and amounts in euro whatever the country of that culture uses.
    /// </summary>
    public static CultureInfo Cultuur(string taal) => Culturen.GetValueOrDefault(taal) ?? Culturen[Standaard];

    private static CultureInfo MaakCultuur(string taal)
    {
        var cultuur = (CultureInfo)CultureInfo.GetCultureInfo(Tekst("Cultuur", taal) ?? "nl-NL").Clone();
        if (cultuur.DateTimeFormat.Calendar is not GregorianCalendar)
        {
            cultuur.DateTimeFormat.Calendar = new GregorianCalendar();
        }

        cultuur.NumberFormat.CurrencySymbol = "€";
        return CultureInfo.ReadOnly(cultuur);
    }
}
