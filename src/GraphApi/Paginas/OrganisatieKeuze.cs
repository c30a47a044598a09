using SociaalNetwerk.GraphApi.Agenda;
using SociaalNetwerk.Schema.Netwerken;

namespace SociaalNetwerk.GraphApi.Paginas;

/// <summary>
/// What a visitor chose on <c>/organisaties</c>: <c>wijk</c> and <c>thema</c> (read as the agenda reads them, so the
/// same values work), <c>zoekterm</c>, <c>aantal</c> and the page (<c>na</c>).
/// </summary>
public sealed record OrganisatieKeuze
{
    public required OrganisatieFilter Filter { get; init; }

    public required IReadOnlyDictionary<string, string> Waarden { get; init; }

    public int? Aantal { get; init; }

    public string? Na { get; init; }

    /// <summary>The language the visitor chose with <c>?taal=</c>, kept in the links of this choice.</summary>
    public string? Taal { get; init; }

    public static OrganisatieKeuze Lees(IQueryCollection query)
    {
        var agenda = AgendaKeuze.LeesFilter(query);
        var waarden = AgendaKeuze.LeesWaarden(query, ["wijk", "thema"]);
        if (AgendaKeuze.Tekst(query, "zoekterm") is { } zoekterm)
        {
            waarden["zoekterm"] = zoekterm;
        }

        return new OrganisatieKeuze
        {
            Filter = new OrganisatieFilter { Wijken = agenda.Wijken, Themas = agenda.Themas, Zoekterm = AgendaKeuze.Tekst(query, "zoekterm") },
            Waarden = waarden,
            Aantal = AgendaKeuze.LeesAantal(query),
            Na = AgendaKeuze.Tekst(query, "na"),
            Taal = PaginaTaal.UitQuery(query),
        };
    }

    public string Query(string? na) => QueryString.Create(
        new[] { "wijk", "thema", "zoekterm" }.Select(naam => new KeyValuePair<string, string?>(naam, Waarden.GetValueOrDefault(naam)))
            .Append(new("aantal", Aantal?.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Append(new("na", na))
            .Append(new(PaginaTaal.Parameter, Taal))
            .Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
}
