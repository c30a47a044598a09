using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.Schema.Agenda;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Kenmerken;
using SociaalNetwerk.Schema.Wijken;

namespace SociaalNetwerk.Schema.Netwerken;

/// <summary>The sociale kaart: organisations filtered and keyset-paged on (normalised name, id) in SQL.</summary>
public sealed class OrganisatieZoeker(IDbContextFactory<SociaalNetwerkDbContext> databank)
{
    public async Task<Pagina<Organisatie>> ZoekAsync(OrganisatieFilter? filter, PaginaVerzoek verzoek, CancellationToken cancellationToken)
    {
        filter ??= new OrganisatieFilter();
        var zoekterm = filter.Zoekterm ?? string.Empty;
        if (zoekterm.Length > AgendaFilter.MaximaleZoektermLengte)
        {
            throw new SociaalNetwerkException(FoutCodes.ZoektermTeLang, zoekterm.Length, AgendaFilter.MaximaleZoektermLengte);
        }

        var wijken = await WijkSlugs.ControleerAsync(databank, filter.Wijken, cancellationToken);
        var themas = filter.Themas is { Count: > 0 } t ? t.Distinct().ToList() : null;
        var soorten = filter.Soorten is { Count: > 0 } s ? s.Distinct().ToList() : null;
        var netwerken = filter.Netwerken is { Count: > 0 } n ? n.Select(id => GlobalId.LeesInt(id, nameof(Netwerk))).Distinct().ToList() : null;
        var woorden = Zoektekst.Normaliseer(zoekterm).Split(' ', StringSplitOptions.RemoveEmptyEntries);

        IQueryable<Organisatie> Filter(SociaalNetwerkDbContext db)
        {
            var q = db.Organisaties.AsNoTracking();
            foreach (var woord in woorden)
            {
                q = q.Where(o => o.ZoekTekst.Contains(woord));
            }

            if (wijken is not null)
            {
                q = q.Where(o => o.Wijken.Any(w => wijken.Contains(w.Slug)));
            }

            if (themas is not null)
            {
                q = q.Where(o => o.Themas.Any(th => themas.Contains(th)));
            }

            if (soorten is not null)
            {
                q = q.Where(o => soorten.Contains(o.Soort));
            }

            if (netwerken is not null)
            {
                q = q.Where(o => o.Lidmaatschappen.Any(l => netwerken.Contains(l.NetwerkId)));
            }

            return q;
        }

        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        var pagina = Filter(db);
        if (verzoek.After is { } after)
        {
            var (naam, id) = Cursor.LeesTekstEnId(after);
            pagina = pagina.Where(o => string.Compare(o.ZoekNaam, naam) > 0 || (o.ZoekNaam == naam && o.Id > id));
        }

        return await Pagina<Organisatie>.VanAsync(
            pagina.OrderBy(o => o.ZoekNaam).ThenBy(o => o.Id),
            verzoek,
            verzoek.After is not null,
            o => Cursor.Maak(o.ZoekNaam, o.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            async ct =>
            {
                await using var telDb = await databank.CreateDbContextAsync(ct);
                return await Filter(telDb).CountAsync(ct);
            },
            cancellationToken);
    }
}
