using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Netwerken;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.Schema.Wijzigingen;

/// <summary>What part of the audit log to read. All filters apply together.</summary>
public sealed record WijzigingFilter
{
    /// <summary>The global id of an organisation: its own changes and those of its activities and memberships.</summary>
    public string? Organisatie { get; init; }

    /// <summary>The GraphQL type of the objects, such as <c>Activiteit</c>.</summary>
    public string? ObjectType { get; init; }

    /// <summary>The global id of one object (the GraphQL filter field <c>object</c>).</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "Named like the GraphQL input field it is bound from.")]
    public string? Object { get; init; }
}

/// <summary>
/// Reads the audit log, newest first, keyset-paged on the sequence number, in a fixed number of statements. Beheerders
/// read everything; a redacteur reads the entries of its own organisations; nobody else reads anything
/// (UNAUTHENTICATED, FORBIDDEN). The GraphQL query <c>wijzigingen</c> and the portal's <c>/beheer/wijzigingen</c> and
/// overview use it with the same <see cref="Gebruiker"/>s.
/// </summary>
public sealed class WijzigingenLezer(IDbContextFactory<SociaalNetwerkDbContext> databank)
{
    /// <summary>The most entries <see cref="RecentAsync"/> gives.</summary>
    public const int MaxRecent = 100;

    /// <summary>Whether this user may read (part of) the log.</summary>
    public static bool MagLezen(Gebruiker gebruiker) => gebruiker.IsBeheerder || gebruiker.Rol == Rol.Redacteur;

    /// <summary>Whether an account with these roles may read (part of) the log; otherwise the reads throw FORBIDDEN.</summary>
    public static bool MagLezen(IReadOnlyList<Gebruiker> gebruikers) => gebruikers.Any(MagLezen);

    /// <summary>
    /// The object types the log holds: every entity with a global id. Reacties only for the team's corrections and
    /// deletions of paper and conversation reacties, without their contents (<see cref="Wijzigingslog.BewaarReactieAsync"/>).
    /// Accounts (<see cref="Accounts.AccountLog"/>): invitations, roles, disabling; for beheerders only (they belong to no organisation).
    /// </summary>
    public static IReadOnlySet<string> ObjectTypen { get; } = new SortedSet<string>(StringComparer.Ordinal)
    {
        "Account", "Activiteit", "Antwoordoptie", "ApiSleutel", "Lidmaatschap", "Locatie", "Netwerk", "NetwerkGroep", "Organisatie",
        "Participatietraject", "Reactie", "Uitvraag", "Vraag", "Wijk",
    };

    /// <summary>One page of the entries <paramref name="gebruiker"/> may read.</summary>
    public Task<Pagina<Wijziging>> LeesAsync(Gebruiker gebruiker, WijzigingFilter? filter, PaginaVerzoek verzoek, CancellationToken cancellationToken) =>
        LeesAsync([gebruiker], filter, verzoek, cancellationToken);

    /// <summary>One page of the entries any of <paramref name="gebruikers"/> (the roles of one account) may read.</summary>
    public async Task<Pagina<Wijziging>> LeesAsync(IReadOnlyList<Gebruiker> gebruikers, WijzigingFilter? filter, PaginaVerzoek verzoek, CancellationToken cancellationToken)
    {
        var bereik = Bereik(gebruikers);
        filter ??= new WijzigingFilter();
        int? organisatie = null;
        if (filter.Organisatie is { } organisatieId)
        {
            organisatie = GlobalId.LeesInt(organisatieId, nameof(Netwerken.Organisatie));
            if (bereik is not null && !bereik.Contains(organisatie.Value))
            {
                throw new SociaalNetwerkException(FoutCodes.GeenToegang);
            }
        }

        if (filter.ObjectType is { } type && !ObjectTypen.Contains(type))
        {
            throw new SociaalNetwerkException(FoutCodes.OnbekendObjectType, type.Length > 60 ? type[..60] + "…" : type, string.Join(", ", ObjectTypen));
        }

        (string Type, int Id)? object_ = null;
        if (filter.Object is { } objectId)
        {
            if (!GlobalId.Probeer(objectId, out var objectType, out var sleutel) || !ObjectTypen.Contains(objectType)
                || !int.TryParse(sleutel, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                throw new SociaalNetwerkException(FoutCodes.OngeldigeId, objectId, "object");
            }

            object_ = (objectType, id);
        }

        int? na = verzoek.After is { } after ? LeesCursor(after) : null;

        IQueryable<Wijziging> Filter(SociaalNetwerkDbContext db)
        {
            var q = db.Wijzigingen.AsNoTracking();
            if (bereik is not null)
            {
                q = q.Where(w => w.Organisaties.Any(o => bereik.Contains(o.OrganisatieId)));
            }

            if (organisatie is { } o)
            {
                q = q.Where(w => w.Organisaties.Any(x => x.OrganisatieId == o));
            }

            if (filter.ObjectType is { } t)
            {
                q = q.Where(w => w.ObjectType == t);
            }

            if (object_ is var (objectType, objectSleutel))
            {
                q = q.Where(w => w.ObjectType == objectType && w.ObjectId == objectSleutel);
            }

            return q;
        }

        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        var pagina = Filter(db);
        if (na is { } n)
        {
            pagina = pagina.Where(w => w.Volgnummer < n);
        }

        return await Pagina<Wijziging>.VanAsync(
            pagina.Include(w => w.Organisaties).OrderByDescending(w => w.Volgnummer),
            verzoek,
            na is not null,
            w => Cursor.Maak(w.Volgnummer.ToString(CultureInfo.InvariantCulture)),
            async ct =>
            {
                await using var telDb = await databank.CreateDbContextAsync(ct);
                return await Filter(telDb).CountAsync(ct);
            },
            cancellationToken);
    }

    /// <summary>
    /// The newest <paramref name="aantal"/> (at most <see cref="MaxRecent"/>) entries the account's roles may read, for
    /// an overview ("recent changes"); one statement.
    /// </summary>
    public async Task<IReadOnlyList<Wijziging>> RecentAsync(IReadOnlyList<Gebruiker> gebruikers, int aantal, CancellationToken cancellationToken) =>
        (await LeesAsync(gebruikers, null, new PaginaVerzoek(Math.Clamp(aantal, 0, MaxRecent), null), cancellationToken)).Items;

    /// <summary>The organisations whose entries the users may read; null for all (a beheerder).</summary>
    private static HashSet<int>? Bereik(IReadOnlyList<Gebruiker> gebruikers)
    {
        if (gebruikers.Any(g => g.IsBeheerder))
        {
            return null;
        }

        var redacteur = gebruikers.Where(g => g.Rol == Rol.Redacteur && g.OrganisatieId is not null).ToList();
        if (redacteur.Count == 0)
        {
            (gebruikers.FirstOrDefault(g => g.Rol is not null) ?? Gebruiker.Anoniem).Vereis(false);
        }

        return [.. redacteur.Select(g => g.OrganisatieId!.Value)];
    }

    private static int LeesCursor(string cursor) =>
        int.TryParse(Cursor.Lees(cursor, 1)[0], NumberStyles.None, CultureInfo.InvariantCulture, out var volgnummer)
            ? volgnummer
            : throw new SociaalNetwerkException(FoutCodes.OngeldigeCursor);
}
