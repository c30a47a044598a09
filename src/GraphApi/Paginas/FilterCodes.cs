using SociaalNetwerk.GraphApi.Feeds;
using SociaalNetwerk.Schema.Kenmerken;

namespace SociaalNetwerk.GraphApi.Paginas;

/// <summary>The thema and doelgroep choices of the filter forms, in kebab case as in the widget's attributes (<c>eenzaamheid-en-ontmoeting</c>).</summary>
public static class FilterCodes
{
    public static readonly IReadOnlyList<(string Code, Thema Waarde)> Themas = Kebab(FeedEndpoints.ThemaCodes);

    public static readonly IReadOnlyList<(string Code, Doelgroep Waarde)> Doelgroepen = Kebab(FeedEndpoints.DoelgroepCodes);

    private static List<(string, T)> Kebab<T>(IReadOnlyDictionary<string, T> codes)
        where T : struct, Enum =>
        [.. codes.OrderBy(p => p.Value).Select(p => (p.Key.ToLowerInvariant().Replace('_', '-'), p.Value))];
}
