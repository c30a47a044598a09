using System.Globalization;
using System.Resources;
using SociaalNetwerk.GraphApi.Paginas;

namespace SociaalNetwerk.GraphApi.Beheer;

/// <summary>Marker for <c>BeheerTeksten.resx</c>: the portal's texts and mails, in Dutch and English (<c>.en.resx</c>).</summary>
public sealed class BeheerTeksten;

/// <summary>
/// The portal's texts in the language of the request: English when the page is English (<c>?taal=en</c> or
/// <c>Accept-Language</c>, as on the public pages, <see cref="PaginaTaal"/>), Dutch otherwise.
/// </summary>
public sealed class BeheerOpmaak(IHttpContextAccessor context)
{
    private static readonly ResourceManager Bron = new(typeof(BeheerTeksten));

    /// <summary>nl or en.</summary>
    public string Taal { get; } = PaginaTaal.VanPagina(context.HttpContext) == "en" ? "en" : "nl";

    public string this[string sleutel] => Tekst(sleutel, Taal);

    public string this[string sleutel, params object[] argumenten] => Tekst(sleutel, Taal, argumenten);

    /// <summary>A text with its placeholders filled in, in a language (nl or en).</summary>
    public static string Tekst(string sleutel, string taal, params object[] argumenten) =>
        string.Format(CultureInfo.GetCultureInfo(taal), Tekst(sleutel, taal), argumenten);

    /// <summary>A text in a language (nl or en); the key itself when it is missing.</summary>
    public static string Tekst(string sleutel, string taal) => Bron.GetString(sleutel, CultureInfo.GetCultureInfo(taal)) ?? sleutel;
}
