using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.Schema.Agenda;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Wijken;

namespace SociaalNetwerk.GraphApi.Paginas;

/// <summary>One date of the agenda with its activity, including location, wijk and organisers.</summary>
public sealed record AgendaRegel(Voorkomen Voorkomen, Activiteit Activiteit)
{
    public VoorkomenStatus Status => Voorkomen.Status(Activiteit.Status);

    public DateOnly Dag => AmsterdamTijd.LokaleDatum(Voorkomen.Start);
}

/// <summary>A page of the agenda: the dates, whether there are more (and the cursor for them) and how many there are in all.</summary>
public sealed record AgendaResultaat(IReadOnlyList<AgendaRegel> Regels, string? Volgende, int Totaal);

/// <summary>
/// Reads the agenda for the pages with <see cref="AgendaZoeker"/> (the filters, order and paging of the GraphQL agenda)
/// and then the details of the activities on the page in one go: a fixed number of statements, whatever the number of dates.
/// </summary>
public sealed class AgendaLezer(AgendaZoeker zoeker, IDbContextFactory<SociaalNetwerkDbContext> databank)
{
    /// <summary>The page reads no activity columns: <see cref="ActiviteitenAsync"/> reads the details once per activity.</summary>

    public async Task<AgendaResultaat> LeesAsync(AgendaFilter filter, PaginaVerzoek verzoek, CancellationToken cancellationToken)
    {
        var pagina = await zoeker.ZoekAsync(filter, verzoek, Velden.Geen, cancellationToken);
        var details = await ActiviteitenAsync(pagina.Items.Select(v => v.ActiviteitId).Distinct().ToList(), cancellationToken);
        var regels = pagina.Items.Select(v => new AgendaRegel(v, details[v.ActiviteitId])).ToList();
        var totaal = pagina.HeeftVolgende || verzoek.After is not null ? await pagina.Totaal(cancellationToken) : regels.Count;
        return new AgendaResultaat(regels, pagina.HeeftVolgende ? pagina.Cursor(pagina.Items[^1]) : null, totaal);
    }

    /// <summary>All wijken by name, for the filter forms.</summary>
    public async Task<List<Wijk>> WijkenAsync(CancellationToken cancellationToken)
    {
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        return await db.Wijken.AsNoTracking().OrderBy(w => w.Naam).ToListAsync(cancellationToken);
    }

    private async Task<Dictionary<int, Activiteit>> ActiviteitenAsync(List<int> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        return await db.Activiteiten.Where(a => ids.Contains(a.Id)).MetDetails().ToDictionaryAsync(a => a.Id, cancellationToken);
    }
}
