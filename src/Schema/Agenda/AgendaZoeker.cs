using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Kenmerken;
using SociaalNetwerk.Schema.Netwerken;
using SociaalNetwerk.Schema.Wijken;

namespace SociaalNetwerk.Schema.Agenda;

/// <summary>
/// The shared agenda: filters, sorts (start, id) and pages occurrences in SQL with a keyset cursor.
/// One statement for the page (occurrence joined with its activity) and, only when asked, one COUNT.
/// </summary>
public sealed class AgendaZoeker(IDbContextFactory<SociaalNetwerkDbContext> databank, TimeProvider klok)
{
    public async Task<Pagina<Voorkomen>> ZoekAsync(AgendaFilter? filter, PaginaVerzoek verzoek, CancellationToken cancellationToken)
    {
        filter ??= new AgendaFilter();
        var criteria = await CriteriaAsync(filter, cancellationToken);

        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        var gefilterd = Filter(db.Voorkomens.AsNoTracking(), criteria);
        var pagina = gefilterd.Include(v => v.Activiteit).AsQueryable();
        if (verzoek.After is { } after)
        {
            var (start, id) = Cursor.LeesTijdEnId(after);
            pagina = pagina.Where(v => v.Start > start || (v.Start == start && v.Id > id));
        }

        return await Pagina<Voorkomen>.VanAsync(
            pagina.OrderBy(v => v.Start).ThenBy(v => v.Id),
            verzoek,
            verzoek.After is not null,
            v => Cursor.Maak(v.Start, v.Id),
            async ct =>
            {
                await using var telDb = await databank.CreateDbContextAsync(ct);
                return await Filter(telDb.Voorkomens.AsNoTracking(), criteria).CountAsync(ct);
            },
            cancellationToken);
    }

    /// <summary>
    /// The activities (not occurrences) with at least one occurrence that matches the filter, ordered by first start,
    /// with their details (<see cref="ActiviteitDetails.MetDetails"/>): the same filters as <see cref="ZoekAsync"/>, in a fixed number of
    /// statements (one for the activities with location and network, one for the organisers; plus the wijk check).
    /// </summary>
    public async Task<List<Activiteit>> ActiviteitenAsync(AgendaFilter? filter, int maximum, CancellationToken cancellationToken)
    {
        var criteria = await CriteriaAsync(filter ?? new AgendaFilter(), cancellationToken);
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        var ids = Filter(db.Voorkomens.AsNoTracking(), criteria).Select(v => v.ActiviteitId);
        return await db.Activiteiten
            .Where(a => ids.Contains(a.Id))
            .OrderBy(a => a.Start).ThenBy(a => a.Id)
            .Take(maximum)
            .MetDetails()
            .ToListAsync(cancellationToken);
    }

    private async Task<Criteria> CriteriaAsync(AgendaFilter filter, CancellationToken cancellationToken)
    {
        var (vanaf, tot) = AgendaPeriode.Tijdvak(filter, klok.GetUtcNow().UtcDateTime);
        if (tot is { } t && t < vanaf)
        {
            throw new SociaalNetwerkException(FoutCodes.OngeldigePeriode, TijdstipGraphType.Formatteer(vanaf), TijdstipGraphType.Formatteer(t));
        }

        var zoekterm = filter.Zoekterm ?? string.Empty;
        if (zoekterm.Length > AgendaFilter.MaximaleZoektermLengte)
        {
            throw new SociaalNetwerkException(FoutCodes.ZoektermTeLang, zoekterm.Length, AgendaFilter.MaximaleZoektermLengte);
        }

        return new Criteria(
            vanaf,
            tot,
            await WijkSlugs.ControleerAsync(databank, filter.Wijken, cancellationToken),
            Leeg(filter.Themas),
            Leeg(filter.Kernopgaven),
            Leeg(filter.Doelgroepen),
            Ids(filter.Organisaties, nameof(Organisatie)),
            Ids(filter.Netwerken, nameof(Netwerk)),
            Leeg(filter.Soorten),
            Zoektekst.Normaliseer(zoekterm).Split(' ', StringSplitOptions.RemoveEmptyEntries),
            filter.Gratis,
            filter.Rolstoeltoegankelijk,
            filter.Online);
    }

    private static IQueryable<Voorkomen> Filter(IQueryable<Voorkomen> voorkomens, Criteria c)
    {
        var q = voorkomens.Where(v => v.Eind > c.Vanaf);
        if (c.Tot is { } tot)
        {
            q = q.Where(v => v.Start < tot);
        }

        if (c.Wijken is { } wijken)
        {
            q = q.Where(v => v.Activiteit!.Locatie != null && v.Activiteit.Locatie.Wijk != null && wijken.Contains(v.Activiteit.Locatie.Wijk.Slug));
        }

        if (c.Themas is { } themas)
        {
            q = q.Where(v => v.Activiteit!.Themas.Any(t => themas.Contains(t)));
        }

        if (c.Kernopgaven is { } kernopgaven)
        {
            q = q.Where(v => v.Activiteit!.Kernopgaven.Any(k => kernopgaven.Contains(k)));
        }

        if (c.Doelgroepen is { } doelgroepen)
        {
            q = q.Where(v => v.Activiteit!.Doelgroepen.Any(d => doelgroepen.Contains(d)));
        }

        if (c.Organisaties is { } organisaties)
        {
            q = q.Where(v => v.Activiteit!.Organisatoren.Any(o => organisaties.Contains(o.Id)));
        }

        if (c.Netwerken is { } netwerken)
        {
            q = q.Where(v => v.Activiteit!.NetwerkId != null && netwerken.Contains(v.Activiteit.NetwerkId.Value));
        }

        if (c.Soorten is { } soorten)
        {
            q = q.Where(v => soorten.Contains(v.Activiteit!.Soort));
        }

        foreach (var woord in c.Zoekwoorden)
        {
            q = q.Where(v => v.Activiteit!.ZoekTekst.Contains(woord));
        }

        q = c.Gratis switch
        {
            true => q.Where(v => v.Activiteit!.KostenInCenten == null || v.Activiteit.KostenInCenten == 0),
            false => q.Where(v => v.Activiteit!.KostenInCenten > 0),
            null => q,
        };

        if (c.Rolstoeltoegankelijk is { } rolstoel)
        {
            q = q.Where(v => v.Activiteit!.Rolstoeltoegankelijk == rolstoel);
        }

        q = c.Online switch
        {
            true => q.Where(v => v.Activiteit!.OnlineLink != null),
            false => q.Where(v => v.Activiteit!.LocatieId != null),
            null => q,
        };

        return q;
    }

    private static List<T>? Leeg<T>(IReadOnlyList<T>? waarden) => waarden is { Count: > 0 } ? waarden.Distinct().ToList() : null;

    private static List<int>? Ids(IReadOnlyList<string>? globalIds, string type) =>
        globalIds is { Count: > 0 } ? globalIds.Select(id => GlobalId.LeesInt(id, type)).Distinct().ToList() : null;


    private sealed record Criteria(
        DateTime Vanaf,
        DateTime? Tot,
        List<string>? Wijken,
        List<Thema>? Themas,
        List<Kernopgave>? Kernopgaven,
        List<Doelgroep>? Doelgroepen,
        List<int>? Organisaties,
        List<int>? Netwerken,
        List<ActiviteitSoort>? Soorten,
        string[] Zoekwoorden,
        bool? Gratis,
        bool? Rolstoeltoegankelijk,
        bool? Online);
}
