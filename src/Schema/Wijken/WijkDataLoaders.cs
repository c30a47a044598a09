using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;

namespace SociaalNetwerk.Schema.Wijken;

public sealed class WijkByIdDataLoader(IDbContextFactory<SociaalNetwerkDbContext> databank) : ByIdDataLoader<int, Wijk>
{
    protected override async Task<IReadOnlyDictionary<int, Wijk?>> HaalOpAsync(IReadOnlyList<int> sleutels, CancellationToken cancellationToken)
    {
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        return await db.Wijken.AsNoTracking().Where(w => sleutels.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => (Wijk?)w, cancellationToken);
    }
}

public sealed class LocatieByIdDataLoader(IDbContextFactory<SociaalNetwerkDbContext> databank) : ByIdDataLoader<int, Locatie>
{
    protected override async Task<IReadOnlyDictionary<int, Locatie?>> HaalOpAsync(IReadOnlyList<int> sleutels, CancellationToken cancellationToken)
    {
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        return await db.Locaties.AsNoTracking().Where(l => sleutels.Contains(l.Id)).ToDictionaryAsync(l => l.Id, l => (Locatie?)l, cancellationToken);
    }
}
