using System.Globalization;
using SociaalNetwerk.Schema.Participatie;
using SociaalNetwerk.Schema.Woordenlijst;

namespace SociaalNetwerk.GraphApi.Beheer;

/// <summary>One row of a results table: a label and one count per segment (column); an own factor with its spellings.</summary>
public sealed record ResultatenRij(string Label, IReadOnlyList<Telling> Tellingen, bool Eigen = false, IReadOnlyList<Schrijfwijze>? Varianten = null);

/// <summary>A table of rows under an optional heading (helpende factoren, remmende factoren).</summary>
public sealed record ResultatenBlok(string? Kop, IReadOnlyList<ResultatenRij> Rijen);

/// <summary>
/// Turns the results of one or two segments into the rows of the page's tables: the same rows for every column, so
/// two segments line up side by side. Percentages of a vraag are of the reacties that answered it, as in the API.
/// </summary>
public static class ResultatenWeergave
{
    /// <summary>The percentage as the page shows it: one decimal at most, in the page's language.</summary>
    public static string Procent(Telling telling, string taal) =>
        telling.Percentage is { } p ? p.ToString("0.#", CultureInfo.GetCultureInfo(taal)) + "%" : "–";

    /// <summary>The width of a bar (0–100) in the SVG's own units: an attribute, not a style, so the strict CSP allows it.</summary>
    public static string Breedte(Telling telling) =>
        Math.Clamp(telling.Percentage ?? 0, 0, 100).ToString("0.#", CultureInfo.InvariantCulture);

    public static IReadOnlyList<ResultatenRij> PerKanaal(IReadOnlyList<ResultatenKolom> kolommen, CultureInfo cultuur) =>
        [.. Enum.GetValues<Kanaal>().Select(k => new ResultatenRij(Woordenboek.Label(k, cultuur), [.. kolommen.Select(c => c.Resultaten.PerKanaal.First(t => t.Kanaal == k).Telling)]))];

    public static IReadOnlyList<ResultatenRij> PerDoelgroep(IReadOnlyList<ResultatenKolom> kolommen, string zonder, CultureInfo cultuur) =>
        [.. kolommen[0].Resultaten.PerDoelgroep.Select(d => d.Doelgroep)
            .Union(kolommen.SelectMany(c => c.Resultaten.PerDoelgroep.Select(d => d.Doelgroep)))
            .Select(d => new ResultatenRij(
                d is { } doelgroep ? Woordenboek.Label(doelgroep, cultuur) : zonder,
                [.. kolommen.Select(c => c.Resultaten.PerDoelgroep.FirstOrDefault(t => t.Doelgroep == d)?.Telling ?? Nul(c.Resultaten.Totaal.Aantal))]))];

    public static IReadOnlyList<ResultatenRij> PerWijk(IReadOnlyList<ResultatenKolom> kolommen, string zonder)
    {
        var wijken = kolommen.SelectMany(c => c.Resultaten.PerWijk)
            .Select(w => (Id: w.Wijk?.Id, Naam: w.Wijk?.Naam))
            .Distinct()
            .OrderBy(w => w.Id is null).ThenBy(w => w.Naam, StringComparer.Create(CultureInfo.GetCultureInfo("nl-NL"), ignoreCase: true))
            .ToList();
        return [.. wijken.Select(w => new ResultatenRij(
            w.Naam ?? zonder,
            [.. kolommen.Select(c => c.Resultaten.PerWijk.FirstOrDefault(t => t.Wijk?.Id == w.Id)?.Telling ?? Nul(c.Resultaten.Totaal.Aantal))]))];
    }

    /// <summary>The tables of the vraag at <paramref name="index"/>, by its type.</summary>
    public static IReadOnlyList<ResultatenBlok> Blokken(IReadOnlyList<ResultatenKolom> kolommen, int index, string taal, Func<string, string> tekst)
    {
        var vragen = kolommen.Select(c => c.Resultaten.Vragen[index]).ToList();
        var vraag = vragen[0].Vraag;
        switch (vraag.Type)
        {
            case VraagType.EenKeuze or VraagType.MeerdereKeuzes:
                return [new ResultatenBlok(null, [.. vragen[0].Opties.Select((o, i) => new ResultatenRij(o.Optie.Tekst.In(taal), [.. vragen.Select(v => v.Opties[i].Telling)]))])];
            case VraagType.Schaal:
                return [new ResultatenBlok(null, [.. vragen.SelectMany(v => v.Schaal?.Verdeling ?? []).Select(w => w.Waarde).Distinct().Order().Select(waarde => new ResultatenRij(
                    waarde.ToString(CultureInfo.InvariantCulture),
                    [.. vragen.Select(v => v.Schaal?.Verdeling.FirstOrDefault(w => w.Waarde == waarde)?.Telling ?? Nul(v.AantalReacties.Aantal))]))])];
            case VraagType.Factoren:
                return
                [
                    new ResultatenBlok(tekst("Resultaten.Helpend"), Factoren(kolommen, vragen, FactorSoort.Helpend, taal)),
                    new ResultatenBlok(tekst("Resultaten.Remmend"), Factoren(kolommen, vragen, FactorSoort.Remmend, taal)),
                ];
            default:
                return [];
        }
    }

    /// <summary>
    /// Every offered factor (in the vraag's order, also when nobody named it) and every own factor (most named first),
    /// with the spellings of the own ones over all columns.
    /// </summary>
    private static List<ResultatenRij> Factoren(IReadOnlyList<ResultatenKolom> kolommen, List<VraagResultaat> vragen, FactorSoort soort, string taal)
    {
        var vraag = vragen[0].Vraag;
        var perKolom = kolommen.Select(c => c.Factoren.Where(f => f.VraagId == vraag.Id && f.Soort == soort).ToList()).ToList();
        Telling Tel(int kolom, Func<FactorTelling, bool> past) =>
            Van(perKolom[kolom].Where(past).Sum(f => f.Aantal), vragen[kolom].AantalReacties.Aantal ?? 0);

        var vast = vraag.Opties.OrderBy(o => o.Volgorde).ThenBy(o => o.Id)
            .Select(o => new ResultatenRij(o.Tekst.In(taal), [.. kolommen.Select((_, i) => Tel(i, f => f.OptieId == o.Id))]));
        var eigen = perKolom.SelectMany(k => k).Where(f => f.OptieId is null && f.Sleutel is not null)
            .GroupBy(f => f.Sleutel!, StringComparer.Ordinal)
            .Select(g =>
            {
                var varianten = g.SelectMany(f => f.Varianten).GroupBy(v => v.Tekst, StringComparer.Ordinal)
                    .Select(v => new Schrijfwijze(v.Key, v.Sum(x => x.Aantal)))
                    .OrderByDescending(v => v.Aantal).ThenBy(v => v.Tekst, StringComparer.Ordinal).ToList();
                return (Totaal: g.Sum(f => f.Aantal), Rij: new ResultatenRij(
                    varianten.FirstOrDefault()?.Tekst ?? g.Key,
                    [.. kolommen.Select((_, i) => Tel(i, f => f.OptieId is null && f.Sleutel == g.Key))],
                    Eigen: true,
                    Varianten: varianten));
            })
            .OrderByDescending(e => e.Totaal).ThenBy(e => e.Rij.Label, StringComparer.Ordinal)
            .Select(e => e.Rij);
        return [.. vast, .. eigen];
    }

    /// <summary>A raw count with its share of the group, rounded as <see cref="ResultatenBerekenaar"/> rounds.</summary>
    private static Telling Van(int aantal, int groep) =>
        new(aantal, groep > 0 ? Math.Round(100.0 * aantal / groep, 1, MidpointRounding.AwayFromZero) : null, false);

    private static Telling Nul(int? groep) => Van(0, groep ?? 0);
}
