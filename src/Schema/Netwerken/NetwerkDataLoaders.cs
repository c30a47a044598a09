using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Wijken;

namespace SociaalNetwerk.Schema.Netwerken;

public sealed class OrganisatieByIdDataLoader(IDbContextFactory<SociaalNetwerkDbContext> databank) : EntiteitByIdDataLoader<Organisatie>(databank);

public sealed class NetwerkByIdDataLoader(IDbContextFactory<SociaalNetwerkDbContext> databank) : EntiteitByIdDataLoader<Netwerk>(databank);

public sealed class NetwerkGroepByIdDataLoader(IDbContextFactory<SociaalNetwerkDbContext> databank) : EntiteitByIdDataLoader<NetwerkGroep>(databank);

public sealed class LidmaatschapByIdDataLoader(IDbContextFactory<SociaalNetwerkDbContext> databank) : EntiteitByIdDataLoader<Lidmaatschap>(databank);

public sealed class GroepenByNetwerkDataLoader(IDbContextFactory<SociaalNetwerkDbContext> databank) : GroupedDataLoader<int, NetwerkGroep>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<NetwerkGroep>>> HaalOpAsync(IReadOnlyList<int> sleutels, CancellationToken cancellationToken)
    {
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        var groepen = await db.NetwerkGroepen.AsNoTracking().Where(g => sleutels.Contains(g.NetwerkId)).OrderBy(g => g.Soort).ThenBy(g => g.Naam).ToListAsync(cancellationToken);
        return Groepeer(groepen, g => g.NetwerkId, g => g);
    }
}

public sealed class LidmaatschappenByNetwerkDataLoader(IDbContextFactory<SociaalNetwerkDbContext> databank) : GroupedDataLoader<int, Lidmaatschap>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<Lidmaatschap>>> HaalOpAsync(IReadOnlyList<int> sleutels, CancellationToken cancellationToken)
    {
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        var leden = await db.Lidmaatschappen.AsNoTracking().Where(l => sleutels.Contains(l.NetwerkId))
            .OrderBy(l => l.Organisatie!.ZoekNaam).ThenBy(l => l.Id).ToListAsync(cancellationToken);
        return Groepeer(leden, l => l.NetwerkId, l => l);
    }
}

public sealed class LidmaatschappenByOrganisatieDataLoader(IDbContextFactory<SociaalNetwerkDbContext> databank) : GroupedDataLoader<int, Lidmaatschap>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<Lidmaatschap>>> HaalOpAsync(IReadOnlyList<int> sleutels, CancellationToken cancellationToken)
    {
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        var leden = await db.Lidmaatschappen.AsNoTracking().Where(l => sleutels.Contains(l.OrganisatieId))
            .OrderBy(l => l.Netwerk!.Naam).ThenBy(l => l.Id).ToListAsync(cancellationToken);
        return Groepeer(leden, l => l.OrganisatieId, l => l);
    }
}

public sealed class WijkenByOrganisatieDataLoader(IDbContextFactory<SociaalNetwerkDbContext> databank) : GroupedDataLoader<int, Wijk>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<Wijk>>> HaalOpAsync(IReadOnlyList<int> sleutels, CancellationToken cancellationToken)
    {
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        var paren = await (
            from koppeling in db.OrganisatieWijken
            where sleutels.Contains(EF.Property<int>(koppeling, "OrganisatieId"))
            join wijk in db.Wijken.AsNoTracking() on EF.Property<int>(koppeling, "WijkId") equals wijk.Id
            orderby wijk.Naam
            select new { OrganisatieId = EF.Property<int>(koppeling, "OrganisatieId"), Wijk = wijk })
            .ToListAsync(cancellationToken);
        return Groepeer(paren, p => p.OrganisatieId, p => p.Wijk);
    }
}

public sealed class OrganisatiesByWijkDataLoader(IDbContextFactory<SociaalNetwerkDbContext> databank) : GroupedDataLoader<int, Organisatie>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<Organisatie>>> HaalOpAsync(IReadOnlyList<int> sleutels, CancellationToken cancellationToken)
    {
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        var paren = await (
            from koppeling in db.OrganisatieWijken
            where sleutels.Contains(EF.Property<int>(koppeling, "WijkId"))
            join organisatie in db.Organisaties.AsNoTracking() on EF.Property<int>(koppeling, "OrganisatieId") equals organisatie.Id
            orderby organisatie.ZoekNaam
            select new { WijkId = EF.Property<int>(koppeling, "WijkId"), Organisatie = organisatie })
            .ToListAsync(cancellationToken);
        return Groepeer(paren, p => p.WijkId, p => p.Organisatie);
    }
}
