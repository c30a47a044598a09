using Microsoft.AspNetCore.Identity;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.Schema.Accounts;

/// <summary>
/// A person's account for the portal (<c>/beheer</c>): ASP.NET Core Identity on the same database. Keys stay for
/// machines; an account has the same roles (<see cref="AccountRol"/>), and <see cref="AccountGebruikers"/> turns them
/// into the <see cref="Gebruiker"/> the domain's rules check, so a person and a key with the same role can do the same.
/// </summary>
public sealed class Account : IdentityUser<int>
{
    public DateTime AangemaaktOp { get; set; }

    /// <summary>When the last invitation was sent; its link is valid for <see cref="AccountBeheer.UitnodigingGeldig"/> from then.</summary>
    public DateTime? UitgenodigdOp { get; set; }

    /// <summary>When a beheerder switched the account off (<c>accounts disable</c>); it can no longer sign in.</summary>
    public DateTime? UitgeschakeldOp { get; set; }

    public List<AccountRol> Rollen { get; set; } = [];
}

/// <summary>
/// One role grant of an account, with its scope: <see cref="Rol.Redacteur"/> of one organisation,
/// <see cref="Rol.Trajectteam"/> of one participatietraject, or <see cref="Rol.Beheerder"/> (no scope). An account
/// may have several (redacteur of two organisations, say).
/// </summary>
public sealed class AccountRol
{
    public int Id { get; set; }

    public int AccountId { get; set; }

    public Rol Rol { get; set; }

    public int? OrganisatieId { get; set; }

    public int? ParticipatietrajectId { get; set; }
}
