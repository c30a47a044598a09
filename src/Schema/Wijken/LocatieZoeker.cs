using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SociaalNetwerk.Schema.Agenda;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Kenmerken;

namespace SociaalNetwerk.Schema.Wijken;

/// <summary>Which locations a search shows: words in name or address (without case and accents), and wijken.</summary>
public sealed record LocatieFilter
{
    public string? Zoekterm { get; init; }

    public IReadOnlyList<string>? Wijken { get; init; }
}

/// <summary>
/// The list of locations, filtered and keyset-paged on (normalised name, id) in SQL. The normalised text comes from the
/// SQL function <c>sn_zoektekst</c> (<see cref="Zoektekst.Normaliseer"/>, registered on every connection by
/// <see cref="ZoektekstFunctie"/>), so no stored search column is needed; locations are few. The portal's location
/// picker (issue 11) uses <see cref="ZoekAsync"/> too.
/// </summary>
public sealed class LocatieZoeker(IDbContextFactory<SociaalNetwerkDbContext> databank)
{
    /// <summary>The normalised text, in SQL <c>sn_zoektekst(…)</c>; in C# the same as <see cref="Zoektekst.Normaliseer"/>.</summary>
    public static string Genormaliseerd(string? tekst) => Zoektekst.Normaliseer(tekst);

    public async Task<Pagina<Locatie>> ZoekAsync(LocatieFilter? filter, PaginaVerzoek verzoek, CancellationToken cancellationToken)
    {
        filter ??= new LocatieFilter();
        var zoekterm = filter.Zoekterm ?? string.Empty;
        if (zoekterm.Length > AgendaFilter.MaximaleZoektermLengte)
        {
            throw new SociaalNetwerkException(FoutCodes.ZoektermTeLang, zoekterm.Length, AgendaFilter.MaximaleZoektermLengte);
        }

        var wijken = await WijkSlugs.ControleerAsync(databank, filter.Wijken, cancellationToken);
        var woorden = Zoektekst.Normaliseer(zoekterm).Split(' ', StringSplitOptions.RemoveEmptyEntries);

        IQueryable<Locatie> Filter(SociaalNetwerkDbContext db)
        {
            var q = db.Locaties.AsNoTracking();
            foreach (var woord in woorden)
            {
                q = q.Where(l => Genormaliseerd(l.Naam + " " + l.Adres + " " + l.Postcode + " " + l.Plaats).Contains(woord));
            }

            if (wijken is not null)
            {
                q = q.Where(l => l.Wijk != null && wijken.Contains(l.Wijk.Slug));
            }

            return q;
        }

        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        var pagina = Filter(db);
        if (verzoek.After is { } after)
        {
            var (naam, id) = Cursor.LeesTekstEnId(after);
            pagina = pagina.Where(l => string.Compare(Genormaliseerd(l.Naam), naam) > 0 || (Genormaliseerd(l.Naam) == naam && l.Id > id));
        }

        return await Pagina<Locatie>.VanAsync(
            pagina.OrderBy(l => Genormaliseerd(l.Naam)).ThenBy(l => l.Id),
            verzoek,
            verzoek.After is not null,
            l => Cursor.Maak(Zoektekst.Normaliseer(l.Naam), l.Id.ToString(CultureInfo.InvariantCulture)),
            async ct =>
            {
                await using var telDb = await databank.CreateDbContextAsync(ct);
                return await Filter(telDb).CountAsync(ct);
            },
            cancellationToken);
    }

    /// <summary>
    /// A small search for a location picker (the portal's activity form): the first <paramref name="aantal"/> locations
    /// whose name or address holds every word of <paramref name="zoekterm"/>, on name.
    /// </summary>
    public async Task<IReadOnlyList<Locatie>> KiesAsync(string? zoekterm, int aantal, CancellationToken cancellationToken) =>
        (await ZoekAsync(new LocatieFilter { Zoekterm = zoekterm }, new PaginaVerzoek(Math.Clamp(aantal, 1, PaginaVerzoek.Maximum), null), cancellationToken)).Items;

    /// <summary>Maps <see cref="Genormaliseerd"/> to the SQL function (called from the DbContext's model).</summary>
    public static void RegistreerFunctie(ModelBuilder builder) =>
        builder.HasDbFunction(typeof(LocatieZoeker).GetMethod(nameof(Genormaliseerd))!).HasName(ZoektekstFunctie.Naam);
}

/// <summary>Registers <c>sn_zoektekst(text)</c> (<see cref="Zoektekst.Normaliseer"/>) on every SQLite connection EF opens.</summary>
public sealed class ZoektekstFunctie : DbConnectionInterceptor
{
    public const string Naam = "sn_zoektekst";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Registreer(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Registreer(connection);
        return Task.CompletedTask;
    }

    private static void Registreer(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite)
        {
            sqlite.CreateFunction<string?, string>(Naam, Zoektekst.Normaliseer, isDeterministic: true);
        }
    }
}
