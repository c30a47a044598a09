using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Wijken;

namespace SociaalNetwerk.Schema.Netwerken;

public sealed class OrganisatieByIdDataLoader(Verzoekcontext databank) : EntiteitByIdDataLoader<Organisatie>(databank);

public sealed class NetwerkByIdDataLoader(Verzoekcontext databank) : EntiteitByIdDataLoader<Netwerk>(databank, "Netwerk");

public sealed class NetwerkGroepByIdDataLoader(Verzoekcontext databank) : EntiteitByIdDataLoader<NetwerkGroep>(databank);

public sealed class LidmaatschapByIdDataLoader(Verzoekcontext databank) : EntiteitByIdDataLoader<Lidmaatschap>(databank);

public sealed class GroepenByNetwerkDataLoader(IDbContextFactory<SociaalNetwerkDbContext> databank)
    : RijenByDataLoader<NetwerkGroep>(databank, (db, sleutels) => db.NetwerkGroepen.AsNoTracking().Where(g => sleutels.Contains(g.NetwerkId)).OrderBy(g => g.Soort).ThenBy(g => g.Naam), g => g.NetwerkId);

public sealed class LidmaatschappenByNetwerkDataLoader(IDbContextFactory<SociaalNetwerkDbContext> databank)
    : RijenByDataLoader<Lidmaatschap>(databank, (db, sleutels) => db.Lidmaatschappen.AsNoTracking().Where(l => sleutels.Contains(l.NetwerkId)).OrderBy(l => l.Organisatie!.ZoekNaam).ThenBy(l => l.Id), l => l.NetwerkId);

public sealed class LidmaatschappenByOrganisatieDataLoader(IDbContextFactory<SociaalNetwerkDbContext> databank)
    : RijenByDataLoader<Lidmaatschap>(databank, (db, sleutels) => db.Lidmaatschappen.AsNoTracking().Where(l => sleutels.Contains(l.OrganisatieId)).OrderBy(l => l.Netwerk!.Naam).ThenBy(l => l.Id), l => l.OrganisatieId);

public sealed class WijkenByOrganisatieDataLoader(Verzoekcontext databank)
    : GekoppeldByDataLoader<Dictionary<string, object>, Wijk>(databank, Koppelingen, "OrganisatieId", Doelen, "WijkId", Volgorde, "Wijk")
{
    // A lambda written as an expression builds its tree on every call: once per class here, not once per request.
    private static readonly Expression<Func<SociaalNetwerkDbContext, IQueryable<Dictionary<string, object>>>> Koppelingen = db => db.OrganisatieWijken;

    private static readonly Expression<Func<SociaalNetwerkDbContext, IQueryable<Wijk>>> Doelen = db => db.Wijken;

    private static readonly Expression<Func<IQueryable<Gekoppeld<Wijk>>, IQueryable<Gekoppeld<Wijk>>>> Volgorde = q => q.OrderBy(p => p.Doel.Naam);
}

public sealed class OrganisatiesByWijkDataLoader(Verzoekcontext databank)
    : GekoppeldByDataLoader<Dictionary<string, object>, Organisatie>(databank, Koppelingen, "WijkId", Doelen, "OrganisatieId", Volgorde, "Organisatie")
{
    // A lambda written as an expression builds its tree on every call: once per class here, not once per request.
    private static readonly Expression<Func<SociaalNetwerkDbContext, IQueryable<Dictionary<string, object>>>> Koppelingen = db => db.OrganisatieWijken;

    private static readonly Expression<Func<SociaalNetwerkDbContext, IQueryable<Organisatie>>> Doelen = db => db.Organisaties;

    private static readonly Expression<Func<IQueryable<Gekoppeld<Organisatie>>, IQueryable<Gekoppeld<Organisatie>>>> Volgorde = q => q.OrderBy(p => p.Doel.ZoekNaam);
}
