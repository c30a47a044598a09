using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;

namespace SociaalNetwerk.Schema.Participatie;

public sealed class ParticipatietrajectByIdDataLoader(IDbContextFactory<SociaalNetwerkDbContext> databank) : EntiteitByIdDataLoader<Participatietraject>(databank);

public sealed class UitvraagByIdDataLoader(IDbContextFactory<SociaalNetwerkDbContext> databank) : EntiteitByIdDataLoader<Uitvraag>(databank);

public sealed class VraagByIdDataLoader(IDbContextFactory<SociaalNetwerkDbContext> databank) : EntiteitByIdDataLoader<Vraag>(databank);

public sealed class AntwoordoptieByIdDataLoader(IDbContextFactory<SociaalNetwerkDbContext> databank) : EntiteitByIdDataLoader<Antwoordoptie>(databank);

public sealed class UitvragenByTrajectDataLoader(IDbContextFactory<SociaalNetwerkDbContext> databank) : GroupedDataLoader<int, Uitvraag>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<Uitvraag>>> HaalOpAsync(IReadOnlyList<int> sleutels, CancellationToken cancellationToken)
    {
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        var uitvragen = await db.Uitvragen.AsNoTracking().Where(u => sleutels.Contains(u.ParticipatietrajectId)).OrderBy(u => u.OpenVanaf).ThenBy(u => u.Id).ToListAsync(cancellationToken);
        return Groepeer(uitvragen, u => u.ParticipatietrajectId, u => u);
    }
}

public sealed class VragenByUitvraagDataLoader(IDbContextFactory<SociaalNetwerkDbContext> databank) : GroupedDataLoader<int, Vraag>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<Vraag>>> HaalOpAsync(IReadOnlyList<int> sleutels, CancellationToken cancellationToken)
    {
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        var vragen = await db.Vragen.AsNoTracking().Where(v => sleutels.Contains(v.UitvraagId)).OrderBy(v => v.Volgorde).ToListAsync(cancellationToken);
        return Groepeer(vragen, v => v.UitvraagId, v => v);
    }
}

public sealed class OptiesByVraagDataLoader(IDbContextFactory<SociaalNetwerkDbContext> databank) : GroupedDataLoader<int, Antwoordoptie>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<Antwoordoptie>>> HaalOpAsync(IReadOnlyList<int> sleutels, CancellationToken cancellationToken)
    {
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        var opties = await db.Antwoordopties.AsNoTracking().Where(o => sleutels.Contains(o.VraagId)).OrderBy(o => o.Volgorde).ToListAsync(cancellationToken);
        return Groepeer(opties, o => o.VraagId, o => o);
    }
}

public sealed class AntwoordenByReactieDataLoader(IDbContextFactory<SociaalNetwerkDbContext> databank) : GroupedDataLoader<int, Antwoord>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<Antwoord>>> HaalOpAsync(IReadOnlyList<int> sleutels, CancellationToken cancellationToken)
    {
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        var antwoorden = await db.Antwoorden.AsNoTracking().Where(a => sleutels.Contains(a.ReactieId)).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        return Groepeer(antwoorden, a => a.ReactieId, a => a);
    }
}

public sealed class AantalReactiesByUitvraagDataLoader(IDbContextFactory<SociaalNetwerkDbContext> databank) : BatchDataLoader<int, int>
{
    protected override async Task<IReadOnlyDictionary<int, int>> HaalOpAsync(IReadOnlyList<int> sleutels, CancellationToken cancellationToken)
    {
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        return await db.Reacties.Where(r => sleutels.Contains(r.UitvraagId)).GroupBy(r => r.UitvraagId)
            .Select(g => new { g.Key, Aantal = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Aantal, cancellationToken);
    }

    protected override int Ontbrekend(int sleutel) => 0;
}

/// <summary>The raw reacties of one uitvraag, newest first, keyset-paged.</summary>
public sealed class ReactieZoeker(IDbContextFactory<SociaalNetwerkDbContext> databank)
{
    public async Task<Pagina<Reactie>> ZoekAsync(int uitvraagId, PaginaVerzoek verzoek, CancellationToken cancellationToken)
    {
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        var q = db.Reacties.AsNoTracking().Where(r => r.UitvraagId == uitvraagId);
        var pagina = q;
        if (verzoek.After is { } after)
        {
            var (_, id) = Cursor.LeesTijdEnId(after);
            pagina = pagina.Where(r => r.Id > id);
        }

        return await Pagina<Reactie>.VanAsync(
            pagina.OrderBy(r => r.Id),
            verzoek,
            verzoek.After is not null,
            r => Cursor.Maak(r.IngediendOp, r.Id),
            async ct =>
            {
                await using var telDb = await databank.CreateDbContextAsync(ct);
                return await telDb.Reacties.CountAsync(r => r.UitvraagId == uitvraagId, ct);
            },
            cancellationToken);
    }
}
