using System.Globalization;
using System.Linq.Expressions;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Kenmerken;
using SociaalNetwerk.Schema.Netwerken;
using SociaalNetwerk.Schema.Wijken;

namespace SociaalNetwerk.Schema.Agenda;

/// <summary>
/// The shared agenda: filters, sorts (start, id) and pages occurrences in SQL with a keyset cursor.
/// One statement for the page and, only when asked, one for the count (<see cref="TelAsync"/>). The page reads the
/// occurrences through the index on (<c>Start</c>, <c>Id</c>, <c>Eind</c>, <c>ActiviteitId</c>) from
/// <see cref="VroegsteStart"/> on, so history before <c>vanaf</c> is never scanned; the count counts every coming
/// occurrence only once per filter, hour and data version (<see cref="Agendatellingen"/>), and otherwise only those that
/// end between that hour and <c>vanaf</c>; the filters on the activity are one subquery of activity ids (evaluated once, not per
/// occurrence), so the wide activity row is read only for the items of the page, and only the columns the selection
/// needs (<see cref="Projectie"/>).
/// </summary>
public sealed class AgendaZoeker(IDbContextFactory<SociaalNetwerkDbContext> databank, Verzoekcontext verzoekcontext, TimeProvider klok, Agendatellingen tellingen)
{
    /// <summary>
    /// The earliest start of an occurrence that can still be going on at <paramref name="vanaf"/>: no occurrence lasts
    /// longer than <see cref="Kalenderregels.MaxDuurInDagen"/> days. This bound lets the page and the count start their
    /// index range near <c>vanaf</c> instead of at the oldest occurrence.
    /// </summary>
    public static DateTime VroegsteStart(DateTime vanaf) =>
        vanaf.Ticks > MaxDuur.Ticks ? vanaf - MaxDuur : new DateTime(0, vanaf.Kind); // the first day of year 1 has no day before

    private static readonly TimeSpan MaxDuur = TimeSpan.FromDays(Kalenderregels.MaxDuurInDagen);

    /// <summary>
    /// A page of occurrences. <paramref name="activiteit"/>: what of each occurrence's activity to read along, with the
    /// navigations it reads along in turn (<see cref="Projectie.VeldenVan(global::GraphQL.IResolveFieldContext, string[])"/>:
    /// the location and its wijk); <see cref="Velden.Alle"/> for the whole activity, <see cref="Velden.Geen"/> for none (then
    /// <see cref="Voorkomen.Activiteit"/> stays null and the page reads no activity row at all).
    /// </summary>
    public async Task<Pagina<Voorkomen>> ZoekAsync(AgendaFilter? filter, PaginaVerzoek verzoek, Velden activiteit, CancellationToken cancellationToken)
    {
        filter ??= new AgendaFilter();
        var criteria = await CriteriaAsync(filter, cancellationToken);

        // The request's context (Verzoekcontext): during a GraphQL execution its connection is already open.
        await using var lening = await verzoekcontext.LeenAsync(cancellationToken);
        var db = lening.Db;
        var na = verzoek.After is { } after ? Cursor.LeesTijdEnId(after) : ((DateTime Start, int Id)?)null;
        Func<CancellationToken, Task<int>> totaal = ct => TelAsync(criteria, ct);

        // Without filters on the activity (the plain agenda): the page as a compiled query, one per projection.
        if (verzoek.First > 0 && criteria.Tot is null && !criteria.FiltertActiviteiten
            && GecompileerdeQueries.Zoek(db, (typeof(AgendaZoeker), na is not null, activiteit.Sleutel),
                () => EF.CompileAsyncQuery(PaginaZonderFilters(na is not null, activiteit))) is { } gecompileerd)
        {
            var vroegste = VroegsteStart(criteria.Vanaf);
            var items = new List<Voorkomen>(verzoek.First + 1);
            var (naStart, naId) = na ?? default;
            await foreach (var v in gecompileerd(db, vroegste, criteria.Vanaf, naStart, naId, verzoek.First + 1).WithCancellation(cancellationToken))
            {
                items.Add(v);
            }

            return Pagina<Voorkomen>.Van(items, verzoek, na is not null, v => Cursor.Maak(v.Start, v.Id), totaal);
        }

        var pagina = Filter(db, criteria, geordend: true);
        if (na is var (start, id))
        {
            pagina = pagina.Where(v => v.Start > start || (v.Start == start && v.Id > id));
        }

        return await Pagina<Voorkomen>.VanAsync(
            pagina.OrderBy(v => v.Start).ThenBy(v => v.Id).Select(MetActiviteit(activiteit)),
            verzoek,
            verzoek.After is not null,
            v => Cursor.Maak(v.Start, v.Id),
            totaal,
            cancellationToken);
    }

    /// <summary>
    /// The number of occurrences that match, exactly, in one statement whose cost does not grow with the number of
    /// coming occurrences once the filter's count at the anchor (<see cref="Agendatellingen.Anker"/>: <c>vanaf</c>
    /// rounded down to the hour) is known at the current data version.
    /// <para>
    /// An occurrence matches at <c>vanaf</c> when it ends after it (<c>Eind &gt; vanaf</c>, and <c>Start &lt; tot</c>, and
    /// the activity filters); the lower bound on <c>Start</c> (<see cref="VroegsteStart"/>) only narrows the index range,
    /// since no occurrence lasts longer than <see cref="Kalenderregels.MaxDuurInDagen"/> days. So for
    /// <c>anker ≤ vanaf</c>: count(vanaf) = count(anker) − #{anker &lt; Eind ≤ vanaf, the same <c>tot</c> and filters},
    /// and the correction is a range of at most an hour of the agenda's ends on the index on <c>Eind</c>, each occurrence
    /// in it tested against the activity filters' ids (<see cref="Correctie"/>).
    /// </para>
    /// <para>
    /// The statement reads the general data version, the correction and, only when the version differs from the one the
    /// kept count was made at (or none is kept), the full count at the anchor: a <c>CASE</c> whose other branch SQLite
    /// and PostgreSQL do not evaluate. One statement is one snapshot, so the version, the correction and the kept count
    /// all belong to the same data: every write changes the version in its own transaction
    /// (<see cref="Dataversie"/>), on every instance.
    /// </para>
    /// </summary>
    private async Task<int> TelAsync(Criteria c, CancellationToken cancellationToken)
    {
        var anker = Agendatellingen.Anker(c.Vanaf);
        var sleutel = c.Sleutel(anker);
        var bekend = tellingen.Zoek(sleutel);

        // A version is never negative (Dataversie.Nieuw): without a kept count the CASE always counts in full.
        var verwacht = bekend?.Versie ?? -1;
        await using var lening = await verzoekcontext.LeenAsync(cancellationToken);
        var db = lening.Db;

        // Without filters on the activity (the widget's plain agenda): the same statement as a compiled query, rooted at
        // the version row instead of a constant row (so it returns nothing before the first write, then the ordinary
        // statement below runs). Not translated again on every request.
        if (!c.FiltertActiviteiten
            && GecompileerdeQueries.Zoek(db, (typeof(AgendaZoeker), "telling", c.Tot is not null), () => EF.CompileAsyncQuery(TellingZonderFilters(c.Tot is not null))) is { } gecompileerd)
        {
            Tellingrij? rij = null;
            await foreach (var r in gecompileerd(db, VroegsteStart(anker), anker, c.Vanaf, c.Tot ?? default, verwacht).WithCancellation(cancellationToken))
            {
                rij = r;
            }

            if (rij is not null)
            {
                if (rij.Anker is not { } volledigOpAnker)
                {
                    return bekend!.Aantal - rij.Correctie;
                }

                tellingen.Bewaar(sleutel, new Agendatellingen.Telling(rij.Versie, volledigOpAnker));
                return volledigOpAnker - rij.Correctie;
            }
        }

        var versie = db.Dataversies.Where(d => d.Id == Dataversie.Rij).Select(d => (long?)d.Versie);
        var volledig = Filter(db, c with { Vanaf = anker }, geordend: false);
        var correctie = Correctie(db, c, anker);
        var uitkomst = await db.Database.SqlQuery<int>($"SELECT 1 AS \"Value\"")
            .Select(_ => new
            {
                Versie = versie.FirstOrDefault(),
                Correctie = correctie.Count(),
                Anker = versie.FirstOrDefault() == verwacht ? (int?)null : volledig.Count(),
            })
            .SingleAsync(cancellationToken);

        if (uitkomst.Anker is not { } opAnker)
        {
            return bekend!.Aantal - uitkomst.Correctie;
        }

        if (uitkomst.Versie is { } gelezen)
        {
            // Before the first write there is no version row: nothing to key a kept count by.
            tellingen.Bewaar(sleutel, new Agendatellingen.Telling(gelezen, opAnker));
        }

        return opAnker - uitkomst.Correctie;
    }

    /// <summary>
    /// The occurrences that match at <paramref name="anker"/> but no longer at <c>vanaf</c> (<c>anker ≤ vanaf</c>): those
    /// that end in (anker, vanaf], with the same <c>tot</c> and activity filters.
    /// </summary>
    private static IQueryable<Voorkomen> Correctie(SociaalNetwerkDbContext db, Criteria c, DateTime anker)
    {
        var vanaf = c.Vanaf;
        var q = db.Voorkomens.AsNoTracking().Where(v => v.Eind > anker && v.Eind <= vanaf);
        if (c.Tot is { } tot)
        {
            q = q.Where(v => v.Start < tot);
        }

        // ActiviteitId + 0, as for the page (see Filter): the range on Eind drives, and each occurrence in it is tested
        // against the activity ids collected once. By ActiviteitId the database would seek once per matching activity
        // (2.8 ms for a wijk at 100× the demo data instead of 0.4 ms).
        return Activiteiten(db, c) is { } activiteiten ? q.Where(v => activiteiten.Contains(v.ActiviteitId + 0)) : q;
    }

    /// <summary>One row of the count statement without activity filters: the version read, the correction, and the full count at the anchor (null when the kept count holds).</summary>
    private sealed class Tellingrij
    {
        public long Versie { get; init; }

        public int Correctie { get; init; }

        public int? Anker { get; init; }
    }

    /// <summary>
    /// The count statement of <see cref="TelAsync"/> without filters on the activity, as one expression with the values as
    /// parameters (<c>vroegste</c> = <see cref="VroegsteStart"/> of the anchor, the anchor, <c>vanaf</c>, <c>tot</c> and the
    /// expected version): the version row, the correction, and the full count only when the version differs.
    /// </summary>
    private static Expression<Func<SociaalNetwerkDbContext, DateTime, DateTime, DateTime, DateTime, long, IQueryable<Tellingrij>>> TellingZonderFilters(bool metTot) =>
        metTot
            ? (db, vroegste, anker, vanaf, tot, verwacht) => db.Dataversies.Where(d => d.Id == Dataversie.Rij).Select(d => new Tellingrij
            {
                Versie = d.Versie,
                Correctie = db.Voorkomens.Where(v => v.Eind > anker && v.Eind <= vanaf).Where(v => v.Start < tot).Count(),
                Anker = d.Versie == verwacht ? null : db.Voorkomens.Where(v => v.Start > vroegste && v.Eind > anker).Where(v => v.Start < tot).Count(),
            })
            : (db, vroegste, anker, vanaf, tot, verwacht) => db.Dataversies.Where(d => d.Id == Dataversie.Rij).Select(d => new Tellingrij
            {
                Versie = d.Versie,
                Correctie = db.Voorkomens.Where(v => v.Eind > anker && v.Eind <= vanaf).Count(),
                Anker = d.Versie == verwacht ? null : db.Voorkomens.Where(v => v.Start > vroegste && v.Eind > anker).Count(),
            });

    /// <summary>
    /// The page of <see cref="ZoekAsync"/> without filters on the activity and without <c>tot</c>, as one expression
    /// with the values as parameters (<c>vroegste</c>, <c>vanaf</c>, the cursor's start and id, the number of rows): the
    /// same statement as <see cref="Filter"/> with the cursor and the projection, for <c>EF.CompileAsyncQuery</c>.
    /// </summary>
    private static Expression<Func<SociaalNetwerkDbContext, DateTime, DateTime, DateTime, int, int, IQueryable<Voorkomen>>> PaginaZonderFilters(bool metCursor, Velden activiteit)
    {
        Expression<Func<SociaalNetwerkDbContext, DateTime, DateTime, DateTime, int, int, IQueryable<Voorkomen>>> zonderCursor = (db, vroegste, vanaf, naStart, naId, aantal) =>
            db.Voorkomens.AsNoTracking().Where(v => v.Start > vroegste && v.Eind > vanaf)
                .OrderBy(v => v.Start).ThenBy(v => v.Id);
        Expression<Func<SociaalNetwerkDbContext, DateTime, DateTime, DateTime, int, int, IQueryable<Voorkomen>>> metCursorQuery = (db, vroegste, vanaf, naStart, naId, aantal) =>
            db.Voorkomens.AsNoTracking().Where(v => v.Start > vroegste && v.Eind > vanaf)
                .Where(v => v.Start > naStart || (v.Start == naStart && v.Id > naId))
                .OrderBy(v => v.Start).ThenBy(v => v.Id);
        var bron = metCursor ? metCursorQuery : zonderCursor;
        var geselecteerd = Expression.Call(typeof(Queryable), nameof(Queryable.Select), [typeof(Voorkomen), typeof(Voorkomen)], bron.Body, Expression.Quote(MetActiviteit(activiteit)));
        var genomen = Expression.Call(typeof(Queryable), nameof(Queryable.Take), [typeof(Voorkomen)], geselecteerd, bron.Parameters[5]);
        return Expression.Lambda<Func<SociaalNetwerkDbContext, DateTime, DateTime, DateTime, int, int, IQueryable<Voorkomen>>>(genomen, bron.Parameters);
    }

    /// <summary>The occurrence's own columns and, as asked, (some of) its activity's.</summary>
    private static Expression<Func<Voorkomen, Voorkomen>> MetActiviteit(Velden activiteit)
    {
        var v = Expression.Parameter(typeof(Voorkomen), "v");
        Expression Eigen(string naam) => Expression.Property(v, naam);
        var bindingen = new List<MemberBinding>
        {
            Expression.Bind(typeof(Voorkomen).GetProperty(nameof(Voorkomen.Id))!, Eigen(nameof(Voorkomen.Id))),
            Expression.Bind(typeof(Voorkomen).GetProperty(nameof(Voorkomen.ActiviteitId))!, Eigen(nameof(Voorkomen.ActiviteitId))),
            Expression.Bind(typeof(Voorkomen).GetProperty(nameof(Voorkomen.Start))!, Eigen(nameof(Voorkomen.Start))),
            Expression.Bind(typeof(Voorkomen).GetProperty(nameof(Voorkomen.Eind))!, Eigen(nameof(Voorkomen.Eind))),
            Expression.Bind(typeof(Voorkomen).GetProperty(nameof(Voorkomen.Geannuleerd))!, Eigen(nameof(Voorkomen.Geannuleerd))),
        };
        if (!activiteit.IsLeeg)
        {
            bindingen.Add(Expression.Bind(
                typeof(Voorkomen).GetProperty(nameof(Voorkomen.Activiteit))!,
                Projectie.Alleen<Activiteit>(Eigen(nameof(Voorkomen.Activiteit)), activiteit)));
        }

        return Expression.Lambda<Func<Voorkomen, Voorkomen>>(Expression.MemberInit(Expression.New(typeof(Voorkomen)), bindingen), v);
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
        var ids = Filter(db, criteria, geordend: false).Select(v => v.ActiviteitId);
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

    /// <summary>
    /// The occurrences that match: those still going on at <c>vanaf</c> (an index range from <see cref="VroegsteStart"/>),
    /// and with any filter on the activity, only those whose activity is in one subquery of activity ids.
    /// </summary>
    /// <param name="geordend">
    /// For a page in start order: the activity test is written <c>ActiviteitId + 0 IN (…)</c>, so that no index on
    /// <c>ActiviteitId</c> can serve it and the database walks (Start, Id) in order and stops after the page, testing each
    /// occurrence against the ids it collected once. Without it SQLite (which has no statistics here) fetches every future
    /// occurrence of the matching activities and sorts them: 77 ms instead of 4.6 ms for a wijk at 100× the demo data.
    /// The count wants exactly that per-activity lookup, so it passes false.
    /// </param>
    private static IQueryable<Voorkomen> Filter(SociaalNetwerkDbContext db, Criteria c, bool geordend)
    {
        var vroegste = VroegsteStart(c.Vanaf);
        var q = db.Voorkomens.AsNoTracking().Where(v => v.Start > vroegste && v.Eind > c.Vanaf);
        if (c.Tot is { } tot)
        {
            q = q.Where(v => v.Start < tot);
        }

        return Activiteiten(db, c) is not { } activiteiten ? q
            : geordend ? q.Where(v => activiteiten.Contains(v.ActiviteitId + 0))
            : q.Where(v => activiteiten.Contains(v.ActiviteitId));
    }

    /// <summary>The ids of the activities that the filters on the activity let through; null without such filters.</summary>
    private static IQueryable<int>? Activiteiten(SociaalNetwerkDbContext db, Criteria c)
    {
        var q = db.Activiteiten.AsNoTracking();
        var gefilterd = false;
        IQueryable<Activiteit> En(IQueryable<Activiteit> verder)
        {
            gefilterd = true;
            return verder;
        }

        if (c.Wijken is { } wijken)
        {
            // Wijk → locations → activities by LocatieId: three index lookups, no activity row read.
            var wijkIds = db.Wijken.Where(w => wijken.Contains(w.Slug)).Select(w => (int?)w.Id);
            var locaties = db.Locaties.Where(l => wijkIds.Contains(l.WijkId)).Select(l => (int?)l.Id);
            q = En(q.Where(a => locaties.Contains(a.LocatieId)));
        }

        if (c.Themas is { } themas)
        {
            q = En(q.Where(a => a.Themas.Any(t => themas.Contains(t))));
        }

        if (c.Kernopgaven is { } kernopgaven)
        {
            q = En(q.Where(a => a.Kernopgaven.Any(k => kernopgaven.Contains(k))));
        }

        if (c.Doelgroepen is { } doelgroepen)
        {
            q = En(q.Where(a => a.Doelgroepen.Any(d => doelgroepen.Contains(d))));
        }

        if (c.Organisaties is { } organisaties)
        {
            q = En(q.Where(a => a.Organisatoren.Any(o => organisaties.Contains(o.Id))));
        }

        if (c.Netwerken is { } netwerken)
        {
            q = En(q.Where(a => a.NetwerkId != null && netwerken.Contains(a.NetwerkId.Value)));
        }

        if (c.Soorten is { } soorten)
        {
            q = En(q.Where(a => soorten.Contains(a.Soort)));
        }

        foreach (var woord in c.Zoekwoorden)
        {
            q = En(q.Where(a => a.ZoekTekst.Contains(woord)));
        }

        if (c.Gratis is { } gratis)
        {
            q = En(gratis ? q.Where(a => a.KostenInCenten == null || a.KostenInCenten == 0) : q.Where(a => a.KostenInCenten > 0));
        }

        if (c.Rolstoeltoegankelijk is { } rolstoel)
        {
            q = En(q.Where(a => a.Rolstoeltoegankelijk == rolstoel));
        }

        if (c.Online is { } online)
        {
            q = En(online ? q.Where(a => a.OnlineLink != null) : q.Where(a => a.LocatieId != null));
        }

        // The compiled plain page and count trust FiltertActiviteiten: a filter it does not name would be ignored there.
        return gefilterd == c.FiltertActiviteiten
            ? gefilterd ? q.Select(a => a.Id) : null
            : throw new InvalidOperationException("Criteria.FiltertActiviteiten does not name every filter on the activity.");
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
        bool? Online)
    {
        /// <summary>
        /// Whether any filter is on the activity (<see cref="Activiteiten"/> returns a subquery), known without building
        /// one: the plain agenda's compiled page and count ask on every request.
        /// </summary>
        public bool FiltertActiviteiten { get; } = Wijken is not null || Themas is not null || Kernopgaven is not null || Doelgroepen is not null
            || Organisaties is not null || Netwerken is not null || Soorten is not null || Zoekwoorden.Length > 0
            || Gratis is not null || Rolstoeltoegankelijk is not null || Online is not null;

        /// <summary>
        /// What the count at <paramref name="anker"/> depends on besides the data: every criterion but <see cref="Vanaf"/>,
        /// lists in a fixed order (they are sets), as one unambiguous text.
        /// </summary>
        public string Sleutel(DateTime anker) => !FiltertActiviteiten
            ? string.Create(CultureInfo.InvariantCulture, $"{anker.Ticks}|{Tot?.Ticks}") // the plain agenda's, on every request; never starts with '['
            : JsonSerializer.Serialize(new object?[]
        {
            anker.Ticks,
            Tot?.Ticks,
            Wijken?.Order(StringComparer.Ordinal),
            Themas?.Order(),
            Kernopgaven?.Order(),
            Doelgroepen?.Order(),
            Organisaties?.Order(),
            Netwerken?.Order(),
            Soorten?.Order(),
            Zoekwoorden.Order(StringComparer.Ordinal),
            Gratis,
            Rolstoeltoegankelijk,
            Online,
        });
    }
}
