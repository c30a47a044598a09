using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;

namespace SociaalNetwerk.Schema.Wijken;

public sealed class WijkByIdDataLoader(Verzoekcontext databank) : EntiteitByIdDataLoader<Wijk>(databank, "Wijk");

public sealed class LocatieByIdDataLoader(Verzoekcontext databank) : EntiteitByIdDataLoader<Locatie>(databank, "Locatie");
