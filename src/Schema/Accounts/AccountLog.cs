using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Participatie;
using SociaalNetwerk.Schema.Toegang;
using SociaalNetwerk.Schema.Wijzigingen;

namespace SociaalNetwerk.Schema.Accounts;

/// <summary>
/// Account changes in the audit log (object type <see cref="ObjectType"/>; an account is Identity's, not an entity the
/// change tracker logs): an invitation (<c>email</c>, <c>status</c>, <c>uitgenodigdOp</c>), accepting it (<c>status</c>),
/// disabling (<c>status</c>, <c>uitgeschakeldOp</c>), a role granted or taken away (<c>rol</c>, <c>organisatieId</c>,
/// <c>participatietrajectId</c>, as an API key's are logged). Never a password hash, security stamp, token, authenticator
/// key or recovery code. The entries belong to no organisation: only beheerders read them.
/// </summary>
public static class AccountLog
{
    /// <summary>The object type of account entries.</summary>
    public const string ObjectType = nameof(Account);

    /// <summary>The values of the <c>status</c> field.</summary>
    public const string Uitgenodigd = "UITGENODIGD", Actief = "ACTIEF", Uitgeschakeld = "UITGESCHAKELD";

    /// <summary>Who the log names for a change made on the server's command line.</summary>
    public static readonly Gebruiker Cli = new(Rol.Beheerder, null, null, "cli");

    /// <summary>The account acting on itself (accepting its invitation).</summary>
    public static Gebruiker Zelf(int accountId) => new(null, null, null, AccountGebruikers.Kenmerk(accountId));

    /// <summary>The state of an account as the <c>status</c> field (and <c>accounts list</c>) names it.</summary>
    public static string Status(Account account) =>
        account.UitgeschakeldOp is not null ? Uitgeschakeld : account.PasswordHash is null ? Uitgenodigd : Actief;

    /// <summary>The fields of one role grant given (<paramref name="erbij"/>) or taken away.</summary>
    public static IEnumerable<Veldwijziging> RolVelden(Rol rol, int? organisatieId, int? trajectId, bool erbij)
    {
        Veldwijziging Veld(string naam, string? waarde) => erbij ? new() { Veld = naam, Nieuw = waarde } : new() { Veld = naam, Oud = waarde };
        yield return Veld("rol", rol.ToString().ToUpperInvariant());
        if (organisatieId is { } o)
        {
            yield return Veld("organisatieId", GlobalId.Maak(nameof(Netwerken.Organisatie), o));
        }

        if (trajectId is { } t)
        {
            yield return Veld("participatietrajectId", GlobalId.Maak(nameof(Participatietraject), t));
        }
    }

    /// <summary>A field with a time, as the log writes times.</summary>
    public static Veldwijziging Tijd(string veld, DateTime? oud, DateTime? nieuw) =>
        new() { Veld = veld, Oud = oud is { } o ? TijdstipGraphType.Formatteer(o) : null, Nieuw = nieuw is { } n ? TijdstipGraphType.Formatteer(n) : null };

    /// <summary>Logs one change of an account; inside the caller's transaction (<see cref="Wijzigingslog.BewaarObjectAsync"/>).</summary>
    public static Task BewaarAsync(
        SociaalNetwerkDbContext db, Gebruiker? door, DateTime tijdstip, int accountId, WijzigingSoort soort, IEnumerable<Veldwijziging> velden, CancellationToken cancellationToken) =>
        Wijzigingslog.BewaarObjectAsync(db, door ?? Gebruiker.Anoniem, tijdstip, ObjectType, accountId, soort, velden, cancellationToken);
}
