using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;

namespace SociaalNetwerk.Schema.Participatie;

public sealed class ParticipatietrajectByIdDataLoader(Verzoekcontext databank) : EntiteitByIdDataLoader<Participatietraject>(databank);

public sealed class UitvraagByIdDataLoader(Verzoekcontext databank) : EntiteitByIdDataLoader<Uitvraag>(databank);

public sealed class VraagByIdDataLoader(Verzoekcontext databank) : EntiteitByIdDataLoader<Vraag>(databank);

public sealed class AntwoordoptieByIdDataLoader(Verzoekcontext databank) : EntiteitByIdDataLoader<Antwoordoptie>(databank);

public sealed class UitvragenByTrajectDataLoader(IDbContextFactory<SociaalNetwerkDbContext> databank)
    : RijenByDataLoader<Uitvraag>(databank, (db, sleutels) => db.Uitvragen.AsNoTracking().Where(u => sleutels.Contains(u.ParticipatietrajectId)).OrderBy(u => u.OpenVanaf).ThenBy(u => u.Id), u => u.ParticipatietrajectId);

public sealed class VragenByUitvraagDataLoader(IDbContextFactory<SociaalNetwerkDbContext> databank)
    : RijenByDataLoader<Vraag>(databank, (db, sleutels) => db.Vragen.AsNoTracking().Where(v => sleutels.Contains(v.UitvraagId)).OrderBy(v => v.Volgorde), v => v.UitvraagId);

/// <summary>
/// The vragen of uitvragen with their options, for the translation state (<see cref="Vertalingen"/>): one statement for
/// every uitvraag a level of the query asks about, so a list of uitvragen with <c>beschikbareTalen</c> costs no more
/// than one.
/// </summary>
public sealed class VragenMetOptiesByUitvraagDataLoader(IDbContextFactory<SociaalNetwerkDbContext> databank)
    : RijenByDataLoader<Vraag>(databank, (db, sleutels) => db.Vragen.AsNoTracking().Include(v => v.Opties.OrderBy(o => o.Volgorde).ThenBy(o => o.Id)).Where(v => sleutels.Contains(v.UitvraagId)).OrderBy(v => v.Volgorde).ThenBy(v => v.Id), v => v.UitvraagId);

public sealed class OptiesByVraagDataLoader(IDbContextFactory<SociaalNetwerkDbContext> databank)
    : RijenByDataLoader<Antwoordoptie>(databank, (db, sleutels) => db.Antwoordopties.AsNoTracking().Where(o => sleutels.Contains(o.VraagId)).OrderBy(o => o.Volgorde), o => o.VraagId);

public sealed class AntwoordenByReactieDataLoader(IDbContextFactory<SociaalNetwerkDbContext> databank)
    : RijenByDataLoader<Antwoord>(databank, (db, sleutels) => db.Antwoorden.AsNoTracking().Where(a => sleutels.Contains(a.ReactieId)).OrderBy(a => a.Id), a => a.ReactieId);

public sealed class AantalReactiesByUitvraagDataLoader(IDbContextFactory<SociaalNetwerkDbContext> databank) : BatchDataLoader<int, int>
{
    protected override async Task<IReadOnlyDictionary<int, int>> HaalOpAsync(IReadOnlyList<int> sleutels, CancellationToken cancellationToken)
    {
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        return await db.Reacties.Tellend().Where(r => sleutels.Contains(r.UitvraagId)).GroupBy(r => r.UitvraagId)
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
        var q = db.Reacties.AsNoTracking().Tellend().Where(r => r.UitvraagId == uitvraagId);
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
                return await telDb.Reacties.Tellend().CountAsync(r => r.UitvraagId == uitvraagId, ct);
            },
            cancellationToken);
    }
}
