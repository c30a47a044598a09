using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;

namespace SociaalNetwerk.Schema.Wijken;

public sealed class WijkByIdDataLoader(IDbContextFactory<SociaalNetwerkDbContext> databank) : EntiteitByIdDataLoader<Wijk>(databank, "Wijk");

public sealed class LocatieByIdDataLoader(IDbContextFactory<SociaalNetwerkDbContext> databank) : EntiteitByIdDataLoader<Locatie>(databank, "Locatie");
