using SociaalNetwerk.Schema.Kenmerken;
using SociaalNetwerk.Schema.Woordenlijst;

namespace SociaalNetwerk.GraphApi.Paginas;

/// <summary>The thema and doelgroep choices of the filter forms, as URL slugs (<see cref="Slug"/>: <c>eenzaamheid-en-ontmoeting</c>), in the order of the enum.</summary>
public static class FilterCodes
{
    public static readonly IReadOnlyList<(string Code, Thema Waarde)> Themas = Slugs<Thema>();

    public static readonly IReadOnlyList<(string Code, Doelgroep Waarde)> Doelgroepen = Slugs<Doelgroep>();

    private static List<(string, T)> Slugs<T>()
        where T : struct, Enum => [.. Enum.GetValues<T>().Select(w => (Slug.Van(w), w))];
}
