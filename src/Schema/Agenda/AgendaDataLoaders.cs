using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Netwerken;

namespace SociaalNetwerk.Schema.Agenda;

public sealed class ActiviteitByIdDataLoader(Verzoekcontext databank) : EntiteitByIdDataLoader<Activiteit>(databank);

public sealed class OrganisatorenByActiviteitDataLoader(Verzoekcontext databank)
    : GekoppeldByDataLoader<Dictionary<string, object>, Organisatie>(databank, Koppelingen, "ActiviteitId", Doelen, "OrganisatieId", Volgorde, "Organisatie")
{
    // A lambda written as an expression builds its tree on every call: once per class here, not once per request.
    private static readonly Expression<Func<SociaalNetwerkDbContext, IQueryable<Dictionary<string, object>>>> Koppelingen = db => db.ActiviteitOrganisatoren;

    private static readonly Expression<Func<SociaalNetwerkDbContext, IQueryable<Organisatie>>> Doelen = db => db.Organisaties;

    private static readonly Expression<Func<IQueryable<Gekoppeld<Organisatie>>, IQueryable<Gekoppeld<Organisatie>>>> Volgorde = q => q.OrderBy(p => p.Doel.ZoekNaam);
}

/// <summary>The key of one organisation's page of activities: every organisation in a list asks with the same arguments.</summary>
public sealed record OrganisatiePagina(int OrganisatieId, PaginaVerzoek Verzoek);

/// <summary>Pages of activities for many organisations in one statement (a per-organisation top-N, keyset on start and id).</summary>
public sealed class ActiviteitenByOrganisatieDataLoader(IDbContextFactory<SociaalNetwerkDbContext> databank)
    : BatchDataLoader<OrganisatiePagina, Pagina<Activiteit>>
{
    protected override async Task<IReadOnlyDictionary<OrganisatiePagina, Pagina<Activiteit>>> HaalOpAsync(IReadOnlyList<OrganisatiePagina> sleutels, CancellationToken cancellationToken)
    {
        var resultaat = new Dictionary<OrganisatiePagina, Pagina<Activiteit>>();
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        foreach (var groep in sleutels.GroupBy(s => s.Verzoek))
        {
            var verzoek = groep.Key;
            var ids = groep.Select(s => s.OrganisatieId).ToList();
            var (start, id) = verzoek.After is { } after ? Cursor.LeesTijdEnId(after) : (DateTime.MinValue, 0);
            var aantal = verzoek.First + 1;
            var rijen = await db.Organisaties.AsNoTracking().Where(o => ids.Contains(o.Id))
                .Select(o => new
                {
                    o.Id,
                    Totaal = o.Activiteiten.Count,
                    Items = o.Activiteiten
                        .Where(a => a.Start > start || (a.Start == start && a.Id > id))
                        .OrderBy(a => a.Start).ThenBy(a => a.Id)
                        .Take(aantal)
                        .ToList(),
                })
                .AsSplitQuery()
                .ToListAsync(cancellationToken);
            foreach (var sleutel in groep)
            {
                var rij = rijen.FirstOrDefault(r => r.Id == sleutel.OrganisatieId);
                var items = rij?.Items ?? [];
                var heeftVolgende = items.Count > verzoek.First;
                resultaat[sleutel] = new Pagina<Activiteit>(
                    heeftVolgende ? items[..verzoek.First] : items,
                    heeftVolgende,
                    verzoek.After is not null,
                    a => Cursor.Maak(a.Start, a.Id),
                    _ => Task.FromResult(rij?.Totaal ?? 0));
            }
        }

        return resultaat;
    }

    protected override Pagina<Activiteit> Ontbrekend(OrganisatiePagina sleutel) =>
        new([], false, false, a => Cursor.Maak(a.Start, a.Id), _ => Task.FromResult(0));
}

/// <summary>The next occurrences of many activities in one statement.</summary>
public sealed class VolgendeVoorkomensByActiviteitDataLoader(IDbContextFactory<SociaalNetwerkDbContext> databank, TimeProvider klok)
    : BatchDataLoader<(int ActiviteitId, int Aantal), IReadOnlyList<Voorkomen>>
{
    protected override async Task<IReadOnlyDictionary<(int ActiviteitId, int Aantal), IReadOnlyList<Voorkomen>>> HaalOpAsync(IReadOnlyList<(int ActiviteitId, int Aantal)> sleutels, CancellationToken cancellationToken)
    {
        var nu = klok.GetUtcNow().UtcDateTime;
        var vroegste = AgendaZoeker.VroegsteStart(nu);
        var resultaat = new Dictionary<(int, int), IReadOnlyList<Voorkomen>>();
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        foreach (var groep in sleutels.GroupBy(s => s.Aantal))
        {
            var aantal = groep.Key;
            var ids = groep.Select(s => s.ActiviteitId).ToList();
            var rijen = await db.Activiteiten.AsNoTracking().Where(a => ids.Contains(a.Id))
                .Select(a => new { a.Id, Items = a.Voorkomens.Where(v => v.Start > vroegste && v.Eind > nu).OrderBy(v => v.Start).Take(aantal).ToList() })
                .ToListAsync(cancellationToken);
            foreach (var rij in rijen)
            {
                resultaat[(rij.Id, aantal)] = rij.Items;
            }
        }

        return resultaat;
    }

    protected override IReadOnlyList<Voorkomen> Ontbrekend((int ActiviteitId, int Aantal) sleutel) => [];
}

/// <summary>Occurrences by their stable key (activity, start), for <c>node(id:)</c>.</summary>
public sealed class VoorkomenByIdDataLoader(IDbContextFactory<SociaalNetwerkDbContext> databank) : ByIdDataLoader<(int ActiviteitId, DateTime Start), Voorkomen>
{
    protected override async Task<IReadOnlyDictionary<(int ActiviteitId, DateTime Start), Voorkomen?>> HaalOpAsync(IReadOnlyList<(int ActiviteitId, DateTime Start)> sleutels, CancellationToken cancellationToken)
    {
        var activiteiten = sleutels.Select(s => s.ActiviteitId).Distinct().ToList();
        var starts = sleutels.Select(s => s.Start).Distinct().ToList();
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        var gevonden = await db.Voorkomens.AsNoTracking().Include(v => v.Activiteit)
            .Where(v => activiteiten.Contains(v.ActiviteitId) && starts.Contains(v.Start))
            .ToListAsync(cancellationToken);
        return gevonden.ToDictionary(v => (v.ActiviteitId, v.Start), v => (Voorkomen?)v);
    }
}
