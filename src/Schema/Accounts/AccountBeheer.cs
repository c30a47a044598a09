using System.Globalization;
using System.Net.Mail;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.Toegang;
using SociaalNetwerk.Schema.Wijzigingen;

namespace SociaalNetwerk.Schema.Accounts;

/// <summary>
/// Inviting, listing and disabling accounts, and the one-time codes of invitations and password resets. Passwords,
/// tokens and lockout are ASP.NET Core Identity's (<see cref="UserManager{TUser}"/>); nothing here hashes or signs.
/// A code in a link is <c>base64url("&lt;account id&gt;:&lt;Identity token&gt;")</c>: the token is bound to the account's
/// security stamp, so it is void once used (setting a password changes the stamp) and after its lifespan.
/// Every change (invite, accept, disable, a role given or taken away) is recorded in the audit log by
/// <see cref="AccountLog"/>, in one transaction with the change: <paramref name="db"/> is the scope's context, the one
/// Identity's store saves through.
/// </summary>
public sealed class AccountBeheer(UserManager<Account> gebruikers, SociaalNetwerkDbContext db, IDbContextFactory<SociaalNetwerkDbContext> databank, TimeProvider klok)
{
    /// <summary>The token provider and purpose of invitations (7 days, <see cref="UitnodigingTokenProvider"/>).</summary>
    public const string UitnodigingDoel = "Uitnodiging";

    /// <summary>How long an invitation link is valid.</summary>
    public static readonly TimeSpan UitnodigingGeldig = TimeSpan.FromDays(7);

    /// <summary>
    /// Invites a person by e-mail with a role: a new account without password, or a further role for an existing one.
    /// Returns the one-time code for the link, or null when the account already has a password (it signs in as before).
    /// Throws <see cref="ArgumentException"/> with a Dutch message for a wrong e-mail address, role or scope. Logged as
    /// done by <paramref name="door"/> (the beheerder's account, <see cref="AccountLog.Cli"/>): one entry, when anything changed.
    /// </summary>
    public async Task<(Account Account, string? Code)> NodigUitAsync(string email, Rol rol, int? organisatieId, int? trajectId, Gebruiker? door = null, CancellationToken cancellationToken = default)
    {
        email = email.Trim();
        if (!IsEmailadres(email))
        {
            throw new ArgumentException($"'{email}' is geen geldig e-mailadres.");
        }

        if (ApiSleutels.KoppelingsFout(rol, organisatieId, trajectId) is { } fout)
        {
            throw new ArgumentException(fout);
        }

        if (organisatieId is { } o && !await db.Organisaties.AnyAsync(x => x.Id == o, cancellationToken))
        {
            throw new ArgumentException($"Er is geen organisatie met nummer {o}.");
        }

        if (trajectId is { } t && !await db.Participatietrajecten.AnyAsync(x => x.Id == t, cancellationToken))
        {
            throw new ArgumentException($"Er is geen participatietraject met nummer {t}.");
        }

        var nu = klok.GetUtcNow().UtcDateTime;
        await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
        var account = await ZoekAsync(email);
        var nieuw = account is null;
        List<Veldwijziging> velden = [];
        if (account is null)
        {
            account = new Account { UserName = email, Email = email, AangemaaktOp = nu, LockoutEnabled = true };
            Controleer(await gebruikers.CreateAsync(account));
            velden.Add(new Veldwijziging { Veld = "email", Nieuw = account.Email });
            velden.Add(new Veldwijziging { Veld = "status", Nieuw = AccountLog.Uitgenodigd });
        }
        else if (account.UitgeschakeldOp is not null)
        {
            throw new ArgumentException($"Het account {email} is uitgeschakeld.");
        }

        if (!account.Rollen.Any(r => r.Rol == rol && r.OrganisatieId == organisatieId && r.ParticipatietrajectId == trajectId))
        {
            account.Rollen.Add(new AccountRol { Rol = rol, OrganisatieId = organisatieId, ParticipatietrajectId = trajectId });
            Controleer(await gebruikers.UpdateAsync(account));
            velden.AddRange(AccountLog.RolVelden(rol, organisatieId, trajectId, erbij: true));
        }

        string? code = null;
        var uitnodigen = false;
        if (!await gebruikers.HasPasswordAsync(account))
        {
            velden.Add(AccountLog.Tijd("uitgenodigdOp", account.UitgenodigdOp, nu));
            account.UitgenodigdOp = nu;
            Controleer(await gebruikers.UpdateAsync(account));
            uitnodigen = true;
        }

        if (velden.Count > 0)
        {
            await AccountLog.BewaarAsync(db, door, nu, account.Id, nieuw ? WijzigingSoort.Toegevoegd : WijzigingSoort.Gewijzigd, velden, cancellationToken);
        }

        await transactie.CommitAsync(cancellationToken);

        // After the commit: the token may need a new Data Protection key, which is written to this database (on SQLite
        // a write inside the transaction above would wait for the transaction itself).
        if (uitnodigen)
        {
            code = Codeer(account.Id, await gebruikers.GenerateUserTokenAsync(account, UitnodigingDoel, UitnodigingDoel));
        }

        return (account, code);
    }

    /// <summary>The account an invitation code is for, when the code is valid, unused and not expired; else null.</summary>
    public async Task<Account?> UitnodigingAsync(string code)
    {
        if (Decodeer(code) is not (var id, var token) || await gebruikers.FindByIdAsync(id.ToString(CultureInfo.InvariantCulture)) is not { } account)
        {
            return null;
        }

        // The token expires by the wall clock (Identity's lifespan); the invitation also by the application's clock.
        if (account.UitgeschakeldOp is not null || account.UitgenodigdOp is not { } op || klok.GetUtcNow().UtcDateTime - op > UitnodigingGeldig
            || await gebruikers.HasPasswordAsync(account)
            || !await gebruikers.VerifyUserTokenAsync(account, UitnodigingDoel, UitnodigingDoel, token))
        {
            return null;
        }

        return account;
    }

    /// <summary>
    /// Accepts an invitation: sets the password and confirms the e-mail address. Null when the code is not (or no
    /// longer) valid; otherwise Identity's result, which lists what is wrong with the password.
    /// </summary>
    public async Task<IdentityResult?> AccepteerAsync(string code, string wachtwoord)
    {
        if (await UitnodigingAsync(code) is not { } account)
        {
            return null;
        }

        await using var transactie = await db.Database.BeginTransactionAsync();
        var resultaat = await gebruikers.AddPasswordAsync(account, wachtwoord);
        if (resultaat.Succeeded)
        {
            account.EmailConfirmed = true;
            Controleer(await gebruikers.UpdateAsync(account));
            await AccountLog.BewaarAsync(db, AccountLog.Zelf(account.Id), klok.GetUtcNow().UtcDateTime, account.Id, WijzigingSoort.Gewijzigd,
                [new Veldwijziging { Veld = "status", Oud = AccountLog.Uitgenodigd, Nieuw = AccountLog.Actief }], CancellationToken.None);
            await transactie.CommitAsync();
        }

        return resultaat;
    }

    /// <summary>The code of a password reset link for an active account with a password, or null (unknown, disabled, never accepted).</summary>
    public async Task<(Account Account, string Code)?> HerstelCodeAsync(string email)
    {
        if (!IsEmailadres(email.Trim()) || await ZoekAsync(email.Trim()) is not { } account || account.UitgeschakeldOp is not null
            || !await gebruikers.HasPasswordAsync(account))
        {
            return null;
        }

        return (account, Codeer(account.Id, await gebruikers.GeneratePasswordResetTokenAsync(account)));
    }

    /// <summary>Sets a new password with a reset code. Null when the code is not (or no longer) valid.</summary>
    public async Task<IdentityResult?> HerstelAsync(string code, string wachtwoord)
    {
        if (Decodeer(code) is not (var id, var token) || await gebruikers.FindByIdAsync(id.ToString(CultureInfo.InvariantCulture)) is not { } account
            || account.UitgeschakeldOp is not null)
        {
            return null;
        }

        var resultaat = await gebruikers.ResetPasswordAsync(account, token, wachtwoord);
        if (!resultaat.Succeeded && resultaat.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)))
        {
            return null;
        }

        if (resultaat.Succeeded)
        {
            // A reset also ends a lockout: the person proved to own the mailbox.
            await gebruikers.SetLockoutEndDateAsync(account, null);
            await gebruikers.ResetAccessFailedCountAsync(account);

            // The reset gave a new security stamp, which refuses the old sessions; their rows go too.
            await PortaalSessies.BeeindigAlleAsync(db, account.Id);
        }

        return resultaat;
    }

    /// <summary>All accounts with their roles, by e-mail address.</summary>
    public async Task<IReadOnlyList<Account>> LijstAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await databank.CreateDbContextAsync(cancellationToken);
        return await context.Set<Account>().AsNoTracking().Include(a => a.Rollen).OrderBy(a => a.NormalizedEmail).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Switches an account off: it cannot sign in, its sessions and open links stop working (a new security stamp; the
    /// session rows are removed), and
    /// the API keys it made in the portal are revoked (<see cref="TrekSleutelsInAsync"/>): a key is a credential of
    /// its own, which would otherwise go on giving the person who left the rights of their role (a trajectteam's key
    /// reads the raw reacties). False when there is no active account with that address. Logged as done by
    /// <paramref name="door"/>, the revoked keys too.
    /// </summary>
    public async Task<bool> SchakelUitAsync(string email, Gebruiker? door = null, CancellationToken cancellationToken = default)
    {
        await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await ZoekAsync(email.Trim()) is not { UitgeschakeldOp: null } account)
        {
            return false;
        }

        var status = AccountLog.Status(account);
        var nu = klok.GetUtcNow().UtcDateTime;
        account.UitgeschakeldOp = nu;
        account.LockoutEnabled = true;
        account.LockoutEnd = DateTimeOffset.MaxValue;
        Controleer(await gebruikers.UpdateAsync(account));
        Controleer(await gebruikers.UpdateSecurityStampAsync(account));
        await PortaalSessies.BeeindigAlleAsync(db, account.Id, cancellationToken);
        await AccountLog.BewaarAsync(db, door, nu, account.Id, WijzigingSoort.Gewijzigd,
            [new Veldwijziging { Veld = "status", Oud = status, Nieuw = AccountLog.Uitgeschakeld }, AccountLog.Tijd("uitgeschakeldOp", null, nu)], cancellationToken);
        await TrekSleutelsInAsync(db, account.Id, _ => true, door, nu, cancellationToken);
        await transactie.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Revokes the active API keys that account <paramref name="accountId"/> made (in the portal: the audit log names
    /// the account as who added them) and that <paramref name="welke"/> selects, as changes by <paramref name="door"/>.
    /// Keys made on the command line or by someone else stay.
    /// </summary>
    private async Task TrekSleutelsInAsync(SociaalNetwerkDbContext context, int accountId, Func<ApiSleutel, bool> welke, Gebruiker? door, DateTime nu, CancellationToken cancellationToken)
    {
        var gemaakt = await context.Wijzigingen.AsNoTracking()
            .Where(w => w.AccountId == accountId && w.ObjectType == nameof(ApiSleutel) && w.Soort == WijzigingSoort.Toegevoegd)
            .Select(w => w.ObjectId).ToListAsync(cancellationToken);
        if (gemaakt.Count == 0)
        {
            return;
        }

        var actief = await context.ApiSleutels.Where(k => gemaakt.Contains(k.Id) && k.IngetrokkenOp == null).ToListAsync(cancellationToken);
        var intrekken = actief.Where(welke).ToList();
        foreach (var sleutel in intrekken)
        {
            sleutel.IngetrokkenOp = nu;
        }

        if (intrekken.Count > 0)
        {
            await Wijzigingslog.BewaarAsync(context, door ?? Gebruiker.Anoniem, nu, cancellationToken);
        }
    }

    /// <summary>
    /// Takes one role grant away from an account (the portal's "remove role"). False when the account has no such grant.
    /// The roles are read from the database at every portal request, so the change counts at once; the API keys the
    /// account made that its remaining roles may no longer manage (<see cref="ApiSleutels.MagBeheren"/>: a redacteur
    /// key of that organisation, a trajectteam key of that traject) are revoked with it. Logged as done by
    /// <paramref name="door"/>, the revoked keys too.
    /// </summary>
    public async Task<bool> NeemRolAfAsync(int accountId, int rolId, Gebruiker? door = null, CancellationToken cancellationToken = default)
    {
        await using var context = await databank.CreateDbContextAsync(cancellationToken);
        await using var transactie = await context.Database.BeginTransactionAsync(cancellationToken);
        var rol = await context.Set<AccountRol>().FirstOrDefaultAsync(r => r.Id == rolId && r.AccountId == accountId, cancellationToken);
        if (rol is null)
        {
            return false;
        }

        context.Remove(rol);
        var nu = klok.GetUtcNow().UtcDateTime;
        await AccountLog.BewaarAsync(context, door, nu, accountId, WijzigingSoort.Gewijzigd,
            AccountLog.RolVelden(rol.Rol, rol.OrganisatieId, rol.ParticipatietrajectId, erbij: false), cancellationToken);
        if (await context.Set<Account>().AsNoTracking().Include(a => a.Rollen).FirstOrDefaultAsync(a => a.Id == accountId, cancellationToken) is { } account)
        {
            var overgebleven = AccountGebruikers.Van(account);
            await TrekSleutelsInAsync(context, accountId, k => !ApiSleutels.MagBeheren(overgebleven, k.Rol, k.OrganisatieId, k.ParticipatietrajectId), door, nu, cancellationToken);
        }

        await transactie.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>An account with its roles by e-mail address (case-insensitive), or null.</summary>
    public async Task<Account?> ZoekAsync(string email)
    {
        var genormaliseerd = gebruikers.NormalizeEmail(email);
        return await gebruikers.Users.Include(a => a.Rollen).FirstOrDefaultAsync(a => a.NormalizedEmail == genormaliseerd);
    }

    /// <summary>An account with its roles by id, or null.</summary>
    public async Task<Account?> MetRollenAsync(int id, CancellationToken cancellationToken = default) =>
        await gebruikers.Users.AsNoTracking().Include(a => a.Rollen).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    public static bool IsEmailadres(string email) =>
        email.Length is > 2 and <= 254 && MailAddress.TryCreate(email, out var adres) && adres.Address == email && adres.DisplayName.Length == 0;

    private static string Codeer(int id, string token) =>
        WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(id.ToString(CultureInfo.InvariantCulture) + ":" + token));

    private static (int Id, string Token)? Decodeer(string? code)
    {
        if (string.IsNullOrEmpty(code) || code.Length > 2000)
        {
            return null;
        }

        try
        {
            var tekst = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
            var scheiding = tekst.IndexOf(':', StringComparison.Ordinal);
            return scheiding > 0 && int.TryParse(tekst.AsSpan(0, scheiding), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                ? (id, tekst[(scheiding + 1)..])
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static void Controleer(IdentityResult resultaat)
    {
        if (!resultaat.Succeeded)
        {
            throw new ArgumentException(string.Join(" ", resultaat.Errors.Select(e => e.Description)));
        }
    }
}
