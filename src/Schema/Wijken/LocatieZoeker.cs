using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.Schema.Agenda;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Kenmerken;

namespace SociaalNetwerk.Schema.Wijken;

/// <summary>Which locations a search shows: words in name or address (without case and accents), and wijken.</summary>
public sealed record LocatieFilter
{
    public string? Zoekterm { get; init; }

    public IReadOnlyList<string>? Wijken { get; init; }
}

/// <summary>
/// The list of locations, filtered and keyset-paged on (normalised name, id) in SQL. The normalised texts are stored
/// columns (<see cref="Locatie.ZoekNaam"/>, <see cref="Locatie.ZoekTekst"/>, kept up to date on save like the other
/// searchable entities), so every database provider gives the same answers. The portal's location picker (issue 11)
/// uses <see cref="ZoekAsync"/> too.
/// </summary>
public sealed class LocatieZoeker(IDbContextFactory<SociaalNetwerkDbContext> databank)
{
    public async Task<Pagina<Locatie>> ZoekAsync(LocatieFilter? filter, PaginaVerzoek verzoek, CancellationToken cancellationToken)
    {
        filter ??= new LocatieFilter();
        var zoekterm = filter.Zoekterm ?? string.Empty;
        if (zoekterm.Length > AgendaFilter.MaximaleZoektermLengte)
        {
            throw new SociaalNetwerkException(FoutCodes.ZoektermTeLang, zoekterm.Length, AgendaFilter.MaximaleZoektermLengte);
        }

        var wijken = await WijkSlugs.ControleerAsync(databank, filter.Wijken, cancellationToken);
        var woorden = Zoektekst.Normaliseer(zoekterm).Split(' ', StringSplitOptions.RemoveEmptyEntries);

        IQueryable<Locatie> Filter(SociaalNetwerkDbContext db)
        {
            var q = db.Locaties.AsNoTracking();
            foreach (var woord in woorden)
            {
                q = q.Where(l => l.ZoekTekst.Contains(woord));
            }

            if (wijken is not null)
            {
                q = q.Where(l => l.Wijk != null && wijken.Contains(l.Wijk.Slug));
            }

            return q;
        }

        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        var pagina = Filter(db);
        if (verzoek.After is { } after)
        {
            var (naam, id) = Cursor.LeesTekstEnId(after);
            pagina = pagina.Where(l => string.Compare(l.ZoekNaam, naam) > 0 || (l.ZoekNaam == naam && l.Id > id));
        }

        return await Pagina<Locatie>.VanAsync(
            pagina.OrderBy(l => l.ZoekNaam).ThenBy(l => l.Id),
            verzoek,
            verzoek.After is not null,
            l => Cursor.Maak(l.ZoekNaam, l.Id.ToString(CultureInfo.InvariantCulture)),
            async ct =>
            {
                await using var telDb = await databank.CreateDbContextAsync(ct);
                return await Filter(telDb).CountAsync(ct);
            },
            cancellationToken);
    }

    /// <summary>
    /// A small search for a location picker (the portal's activity form): the first <paramref name="aantal"/> locations
    /// whose name or address holds every word of <paramref name="zoekterm"/>, on name.
    /// </summary>
    public async Task<IReadOnlyList<Locatie>> KiesAsync(string? zoekterm, int aantal, CancellationToken cancellationToken) =>
        (await ZoekAsync(new LocatieFilter { Zoekterm = zoekterm }, new PaginaVerzoek(Math.Clamp(aantal, 1, PaginaVerzoek.Maximum), null), cancellationToken)).Items;

}
