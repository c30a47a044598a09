using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Netwerken;

namespace SociaalNetwerk.GraphApi.Paginas;

/// <summary>A page of the sociale kaart: the organisations (with their wijken), whether there are more, and how many in all.</summary>
public sealed record OrganisatieResultaat(IReadOnlyList<Organisatie> Organisaties, string? Volgende, int Totaal);

/// <summary>
/// Reads the sociale kaart for <c>/organisaties</c> with <see cref="OrganisatieZoeker"/> (the filters, order and paging of
/// the GraphQL <c>organisaties</c>) and the wijken of the organisations on the page in one go: a fixed number of statements.
/// </summary>
public sealed class OrganisatieLezer(OrganisatieZoeker zoeker, IDbContextFactory<SociaalNetwerkDbContext> databank)
{
    public async Task<OrganisatieResultaat> LeesAsync(OrganisatieFilter filter, PaginaVerzoek verzoek, CancellationToken cancellationToken)
    {
        var pagina = await zoeker.ZoekAsync(filter, verzoek, cancellationToken);
        var ids = pagina.Items.Select(o => o.Id).ToList();
        var metWijken = ids.Count == 0
            ? []
            : await WijkenAsync(ids, cancellationToken);
        var organisaties = pagina.Items.Select(o => metWijken.GetValueOrDefault(o.Id, o)).ToList();
        var totaal = pagina.HeeftVolgende || verzoek.After is not null ? await pagina.Totaal(cancellationToken) : organisaties.Count;
        return new OrganisatieResultaat(organisaties, pagina.HeeftVolgende ? pagina.Cursor(pagina.Items[^1]) : null, totaal);
    }

    private async Task<Dictionary<int, Organisatie>> WijkenAsync(List<int> ids, CancellationToken cancellationToken)
    {
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        return await db.Organisaties.AsNoTracking()
            .Where(o => ids.Contains(o.Id))
            .Include(o => o.Wijken.OrderBy(w => w.Naam))
            .ToDictionaryAsync(o => o.Id, cancellationToken);
    }
}
