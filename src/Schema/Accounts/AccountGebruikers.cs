using System.Globalization;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.Schema.Accounts;

/// <summary>
/// The <see cref="Gebruiker"/>s an account acts as: one per role grant, exactly the one a key with that role would be,
/// so the domain's rules (<see cref="Gebruiker.IsRedacteurVan"/>, <see cref="Gebruiker.Vereis"/>…) treat a person and a
/// key alike. A disabled account acts as nobody. The <see cref="Gebruiker.Kenmerk"/> is <c>account:&lt;id&gt;</c>
/// (a key's is <c>sn_…</c>), for the audit log.
/// </summary>
public static class AccountGebruikers
{
    public const string KenmerkVoorvoegsel = "account:";

    public static string Kenmerk(int accountId) => KenmerkVoorvoegsel + accountId.ToString(CultureInfo.InvariantCulture);

    /// <summary>One <see cref="Gebruiker"/> per grant, beheerder first; empty for a disabled account or one without roles.</summary>
    public static IReadOnlyList<Gebruiker> Van(Account account) =>
        account.UitgeschakeldOp is not null
            ? []
            : [.. account.Rollen
                .OrderBy(r => r.Rol != Rol.Beheerder).ThenBy(r => r.Rol).ThenBy(r => r.OrganisatieId).ThenBy(r => r.ParticipatietrajectId)
                .Select(r => new Gebruiker(r.Rol, r.OrganisatieId, r.ParticipatietrajectId, Kenmerk(account.Id)))];

    /// <summary>
    /// The account acting for one organisation: as beheerder when it is one, else as redacteur of that organisation,
    /// else as its first role (which the rules refuse with FORBIDDEN, as for a key of another organisation), or
    /// anonymous when it has no active role.
    /// </summary>
    public static Gebruiker VoorOrganisatie(Account account, int organisatieId) =>
        Kies(Van(account), g => g.IsRedacteurVan(organisatieId));

    /// <summary>The account acting for one participatietraject: as beheerder, else as its team, else as its first role or anonymous.</summary>
    public static Gebruiker VoorTraject(Account account, int trajectId) =>
        Kies(Van(account), g => g.IsTeamVan(trajectId));

    /// <summary>The account as beheerder, else as its first role or anonymous.</summary>
    public static Gebruiker AlsBeheerder(Account account) => Kies(Van(account), g => g.IsBeheerder);

    private static Gebruiker Kies(IReadOnlyList<Gebruiker> gebruikers, Func<Gebruiker, bool> past) =>
        gebruikers.FirstOrDefault(past) ?? (gebruikers.Count > 0 ? gebruikers[0] : Gebruiker.Anoniem);
}
