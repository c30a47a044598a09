using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.Schema.Data;

namespace SociaalNetwerk.Schema.Toegang;

/// <summary>Creates, checks and revokes API keys.</summary>
public sealed class ApiSleutels(IDbContextFactory<SociaalNetwerkDbContext> databank, TimeProvider klok)
{
    public const string Voorvoegsel = "sn_";
    private const string Alfabet = "abcdefghijkmnpqrstuvwxyz23456789";

    /// <summary>The message for a key without a description (in the words of the <c>keys create</c> command).</summary>
    public const string LegeOmschrijving = "Geef met --omschrijving aan voor wie de sleutel is, bijvoorbeeld --omschrijving \"website inZet\".";

    /// <summary>
    /// Why a role does not go with the given organisation and traject (in the words of the <c>keys create</c> command),
    /// or null when it does: a redacteur belongs to exactly one organisation, a trajectteam to exactly one traject,
    /// a beheerder to neither.
    /// </summary>
    public static string? KoppelingsFout(Rol rol, int? organisatieId, int? trajectId) => rol switch
    {
        Rol.Redacteur when organisatieId is null => "Een redacteur hoort bij een organisatie: geef --organisatie op.",
        Rol.Redacteur when trajectId is not null => "Een redacteur hoort bij een organisatie, niet bij een traject: laat --traject weg.",
        Rol.Trajectteam when trajectId is null => "Een trajectteam hoort bij een participatietraject: geef --traject op.",
        Rol.Trajectteam when organisatieId is not null => "Een trajectteam hoort bij een participatietraject, niet bij een organisatie: laat --organisatie weg.",
        Rol.Beheerder when organisatieId is not null || trajectId is not null => "Een beheerder hoort niet bij een organisatie of traject: laat --organisatie en --traject weg.",
        Rol.Redacteur or Rol.Trajectteam or Rol.Beheerder => null,
        _ => $"Rol {rol} bestaat niet. Kies beheerder, redacteur of trajectteam.",
    };

    /// <summary>
    /// Makes a key; the secret is returned once and only its hash is stored. With <paramref name="door"/> (the portal's
    /// account, the CLI) the creation is recorded in the audit log, in the same transaction: who, when, the key's
    /// kenmerk, role, scope and description; never the secret or its hash.
    /// </summary>
    public async Task<(string Sleutel, ApiSleutel Gegevens)> MaakAsync(Rol rol, int? organisatieId, int? trajectId, string omschrijving, Gebruiker? door = null, CancellationToken cancellationToken = default)
    {
        if (KoppelingsFout(rol, organisatieId, trajectId) is { } fout)
        {
            throw new ArgumentException(fout);
        }

        if (string.IsNullOrWhiteSpace(omschrijving))
        {
            throw new ArgumentException(LegeOmschrijving);
        }

        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        if (organisatieId is { } o && !await db.Organisaties.AnyAsync(x => x.Id == o, cancellationToken))
        {
            throw new ArgumentException($"Er is geen organisatie met nummer {o}.");
        }

        if (trajectId is { } t && !await db.Participatietrajecten.AnyAsync(x => x.Id == t, cancellationToken))
        {
            throw new ArgumentException($"Er is geen participatietraject met nummer {t}.");
        }

        var kenmerk = Voorvoegsel + Willekeurig(10);
        var geheim = Willekeurig(32);
        var gegevens = new ApiSleutel
        {
            Kenmerk = kenmerk,
            Hash = Hash(geheim),
            Rol = rol,
            OrganisatieId = organisatieId,
            ParticipatietrajectId = trajectId,
            Omschrijving = omschrijving,
            AangemaaktOp = klok.GetUtcNow().UtcDateTime,
        };
        db.ApiSleutels.Add(gegevens);
        await BewaarAsync(db, door, cancellationToken);
        return (kenmerk + "_" + geheim, gegevens);
    }

    /// <summary>The user a key stands for, or null when the key is malformed, unknown or revoked.</summary>
    public async Task<Gebruiker?> ControleerAsync(string sleutel, CancellationToken cancellationToken = default)
    {
        var scheiding = sleutel.LastIndexOf('_');
        if (!sleutel.StartsWith(Voorvoegsel, StringComparison.Ordinal) || sleutel.Length > 100 || scheiding <= Voorvoegsel.Length)
        {
            return null;
        }

        var kenmerk = sleutel[..scheiding];
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        var gegevens = await db.ApiSleutels.AsNoTracking().FirstOrDefaultAsync(s => s.Kenmerk == kenmerk && s.IngetrokkenOp == null, cancellationToken);
        if (gegevens is null
            || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(sleutel[(scheiding + 1)..])), Encoding.ASCII.GetBytes(gegevens.Hash)))
        {
            return null;
        }

        return new Gebruiker(gegevens.Rol, gegevens.OrganisatieId, gegevens.ParticipatietrajectId, gegevens.Kenmerk);
    }

    /// <summary>Revokes a key; with <paramref name="door"/> recorded in the audit log (who, when, which key).</summary>
    public async Task<bool> TrekInAsync(string kenmerk, Gebruiker? door = null, CancellationToken cancellationToken = default)
    {
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        var gegevens = await db.ApiSleutels.FirstOrDefaultAsync(s => s.Kenmerk == kenmerk && s.IngetrokkenOp == null, cancellationToken);
        if (gegevens is null)
        {
            return false;
        }

        gegevens.IngetrokkenOp = klok.GetUtcNow().UtcDateTime;
        await BewaarAsync(db, door, cancellationToken);
        return true;
    }

    /// <summary>Saves; with <paramref name="door"/> through the audit log, inside one transaction.</summary>
    private async Task BewaarAsync(SociaalNetwerkDbContext db, Gebruiker? door, CancellationToken cancellationToken)
    {
        if (door is null)
        {
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
        await Wijzigingen.Wijzigingslog.BewaarAsync(db, door, klok.GetUtcNow().UtcDateTime, cancellationToken);
        await transactie.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ApiSleutel>> LijstAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        return await db.ApiSleutels.AsNoTracking().OrderBy(s => s.Id).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Whether someone acting as one of <paramref name="gebruikers"/> (the roles of a portal account) may make, see and
    /// revoke a key with this role, organisation and traject: a beheerder every key, a redacteur the redacteur keys of
    /// its own organisations, a trajectteam the trajectteam keys of its own trajecten. The one rule for the portal's
    /// form, list and revoke; <see cref="LijstVoorAsync"/> filters by the same <see cref="Bereik"/>.
    /// </summary>
    public static bool MagBeheren(IEnumerable<Gebruiker> gebruikers, Rol rol, int? organisatieId, int? trajectId)
    {
        var bereik = Bereik.Van(gebruikers);
        return bereik.Alles
            || (rol == Rol.Redacteur && organisatieId is { } o && bereik.Organisaties.Contains(o))
            || (rol == Rol.Trajectteam && trajectId is { } t && bereik.Trajecten.Contains(t));
    }

    /// <summary>The keys <paramref name="gebruikers"/> may manage (<see cref="MagBeheren"/>), newest first.</summary>
    public async Task<IReadOnlyList<ApiSleutel>> LijstVoorAsync(IReadOnlyList<Gebruiker> gebruikers, CancellationToken cancellationToken = default)
    {
        var bereik = Bereik.Van(gebruikers);
        var alles = bereik.Alles;
        List<int?> organisaties = [.. bereik.Organisaties.Select(o => (int?)o)];
        List<int?> trajecten = [.. bereik.Trajecten.Select(t => (int?)t)];
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        return await db.ApiSleutels.AsNoTracking()
            .Where(s => alles
                || (s.Rol == Rol.Redacteur && organisaties.Contains(s.OrganisatieId))
                || (s.Rol == Rol.Trajectteam && trajecten.Contains(s.ParticipatietrajectId)))
            .OrderByDescending(s => s.Id).ToListAsync(cancellationToken);
    }

    /// <summary>The key roles <paramref name="gebruikers"/> may make at all (for some organisation or traject), in the enum's order.</summary>
    public static IReadOnlyList<Rol> Rollen(IEnumerable<Gebruiker> gebruikers)
    {
        var bereik = Bereik.Van(gebruikers);
        return [.. Enum.GetValues<Rol>().Where(r => bereik.Alles
            || (r == Rol.Redacteur && bereik.Organisaties.Count > 0)
            || (r == Rol.Trajectteam && bereik.Trajecten.Count > 0))];
    }

    /// <summary>What a set of roles reaches: every key (a beheerder), else the organisations whose redacteur keys and the trajecten whose trajectteam keys it manages.</summary>
    public sealed record Bereik(bool Alles, IReadOnlySet<int> Organisaties, IReadOnlySet<int> Trajecten)
    {
        public static Bereik Van(IEnumerable<Gebruiker> gebruikers)
        {
            var lijst = gebruikers.ToList();
            return new(
                lijst.Any(g => g.IsBeheerder),
                lijst.Where(g => g.Rol == Rol.Redacteur).SelectMany(g => g.OrganisatieId is { } o ? g.OokRedacteurVan.Append(o) : g.OokRedacteurVan).ToHashSet(),
                lijst.Where(g => g.Rol == Rol.Trajectteam && g.ParticipatietrajectId is not null).Select(g => g.ParticipatietrajectId!.Value).ToHashSet());
        }
    }

    /// <summary>Revokes a key that <paramref name="gebruikers"/> may manage; false when there is no such active key (or it is not theirs).</summary>
    public async Task<bool> TrekInAsync(string kenmerk, IReadOnlyList<Gebruiker> gebruikers, CancellationToken cancellationToken = default)
    {
        await using (var db = await databank.CreateDbContextAsync(cancellationToken))
        {
            var gegevens = await db.ApiSleutels.AsNoTracking().FirstOrDefaultAsync(s => s.Kenmerk == kenmerk && s.IngetrokkenOp == null, cancellationToken);
            if (gegevens is null || !MagBeheren(gebruikers, gegevens.Rol, gegevens.OrganisatieId, gegevens.ParticipatietrajectId))
            {
                return false;
            }

            // Recorded as the role that may manage it: beheerder, redacteur of its organisation or team of its traject.
            var door = gebruikers.First(g => MagBeheren([g], gegevens.Rol, gegevens.OrganisatieId, gegevens.ParticipatietrajectId));
            return await TrekInAsync(kenmerk, door, cancellationToken);
        }
    }

    private static string Hash(string geheim) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(geheim)));

    private static string Willekeurig(int lengte) => RandomNumberGenerator.GetString(Alfabet, lengte);
}
