namespace SociaalNetwerk.Schema.Woordenlijst;

/// <summary>
/// The one conversion between an enum code as in GraphQL (<c>EENZAAMHEID_EN_ONTMOETING</c>) and its URL slug in kebab
/// case (<c>eenzaamheid-en-ontmoeting</c>), as the widgets' attributes, the feeds and the pages' query strings write it.
/// </summary>
public static class Slug
{
    /// <summary><c>EENZAAMHEID_EN_ONTMOETING</c> → <c>eenzaamheid-en-ontmoeting</c>.</summary>
    public static string VanCode(string code) => code.ToLowerInvariant().Replace('_', '-');

    /// <summary><c>eenzaamheid-en-ontmoeting</c> (or the code itself, in any case) → <c>EENZAAMHEID_EN_ONTMOETING</c>.</summary>
    public static string NaarCode(string slug) => slug.Trim().ToUpperInvariant().Replace('-', '_');

    /// <summary>The slug of an enum value: <c>Thema.EenzaamheidEnOntmoeting</c> → <c>eenzaamheid-en-ontmoeting</c>.</summary>
    public static string Van<TEnum>(TEnum waarde)
        where TEnum : struct, Enum => VanCode(Woordenboek.Code(waarde));

    /// <summary>The enum value of a slug or a code (<c>eenzaamheid-en-ontmoeting</c>, <c>EENZAAMHEID_EN_ONTMOETING</c>); null when there is none.</summary>
    public static TEnum? Lees<TEnum>(string slugOfCode)
        where TEnum : struct, Enum => Woordenboek.Waarde<TEnum>(NaarCode(slugOfCode));
}
