using System.Collections.Concurrent;
using System.Globalization;
using ICU4N.Text;
using Microsoft.Extensions.Localization;

namespace SociaalNetwerk.Schema.Resources;

/// <summary>
/// Texts that depend on a number, by the CLDR plural categories of each language (ICU4N's <see cref="PluralRules"/>):
/// Dutch, English and Turkish have <c>one</c> and <c>other</c>, Polish and Ukrainian <c>one</c>, <c>few</c>,
/// <c>many</c> and <c>other</c>, Arabic <c>zero</c>, <c>one</c>, <c>two</c>, <c>few</c>, <c>many</c> and <c>other</c>.
/// </summary>
/// <remarks>
/// A plural message is a group of resx entries <c>Basis.categorie</c> (<c>Agenda.Gevonden.one</c>,
/// <c>Agenda.Gevonden.few</c>, …) with <c>{0}</c> for the number, exactly one entry per category of that language.
/// Another message uses it as a format: <c>De zoekterm is {0:Aantal.Tekens} lang</c> fills in the form of
/// <c>Aantal.Tekens</c> that fits the number <c>{0}</c>.
/// </remarks>
public static class Meervoud
{
    /// <summary>The CLDR plural categories, in CLDR's order.</summary>
    public static readonly IReadOnlyList<string> AlleCategorieen = ["zero", "one", "two", "few", "many", "other"];

    private static readonly ConcurrentDictionary<string, PluralRules> Regels = new(StringComparer.Ordinal);

    /// <summary>The plural category of a whole number in a language: "one", "few", …</summary>
    public static string Categorie(long getal, CultureInfo taal) => RegelsVan(taal).Select(getal);

    /// <summary>The categories a language distinguishes.</summary>
    public static IReadOnlySet<string> Categorieen(CultureInfo taal) => RegelsVan(taal).Keywords.ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The form of plural message <paramref name="basis"/> for <paramref name="getal"/>, with the number filled in;
    /// null when there is no such message. <paramref name="zoek"/> finds a text by key in the language.
    /// </summary>
    public static string? Tekst(Func<string, string?> zoek, string basis, long getal, CultureInfo taal, IFormatProvider getallen) =>
        (zoek($"{basis}.{Categorie(getal, taal)}") ?? zoek(basis + ".other")) is { } vorm
            ? string.Format(getallen, vorm, getal)
            : null;

    /// <summary>
    /// <see cref="string.Format(IFormatProvider, string, object[])"/> where <c>{i:Basis}</c> with a whole number is the
    /// form of plural message <c>Basis</c> for that number; every other placeholder is formatted as usual.
    /// </summary>
    public static string Vul(Func<string, string?> zoek, CultureInfo taal, CultureInfo getallen, string patroon, params object?[] argumenten) =>
        string.Format(new Opmaak(zoek, taal, getallen), patroon, argumenten);

    private static PluralRules RegelsVan(CultureInfo taal) =>
        Regels.GetOrAdd(taal.TwoLetterISOLanguageName, t => PluralRules.GetInstance(CultureInfo.GetCultureInfo(t)));

    private sealed class Opmaak(Func<string, string?> zoek, CultureInfo taal, CultureInfo getallen) : IFormatProvider, ICustomFormatter
    {
        public object? GetFormat(Type? formatType) => formatType == typeof(ICustomFormatter) ? this : getallen.GetFormat(formatType);

        public string Format(string? format, object? arg, IFormatProvider? formatProvider)
        {
            if (!string.IsNullOrEmpty(format) && char.IsLetter(format[0]) && Geheel(arg) is { } getal
                && Tekst(zoek, format, getal, taal, getallen) is { } tekst)
            {
                return tekst;
            }

            return arg is IFormattable opmaakbaar ? opmaakbaar.ToString(format, getallen) : arg?.ToString() ?? string.Empty;
        }

        private static long? Geheel(object? arg) => arg switch
        {
            int i => i,
            long l => l,
            short s => s,
            byte b => b,
            uint u => u,
            string t when long.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) => l,
            _ => null,
        };
    }
}

/// <summary>
/// <see cref="IStringLocalizer{Berichten}"/> with plural forms: a message's <c>{i:Basis}</c> is the form of plural
/// message <c>Basis</c> (see <see cref="Meervoud"/>) in the request's language.
/// </summary>
public sealed class BerichtenMetMeervoud(IStringLocalizerFactory fabriek) : IStringLocalizer<Berichten>
{
    private readonly IStringLocalizer binnen = fabriek.Create(typeof(Berichten));

    public LocalizedString this[string name] => binnen[name];

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var patroon = binnen[name];
            return patroon.ResourceNotFound
                ? binnen[name, arguments]
                : new LocalizedString(name, Meervoud.Vul(Zoek, CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture, patroon.Value, arguments), false, patroon.SearchedLocation);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => binnen.GetAllStrings(includeParentCultures);

    private string? Zoek(string sleutel) => binnen[sleutel] is { ResourceNotFound: false } tekst ? tekst.Value : null;
}
