using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.Extensions.Options;
using SociaalNetwerk.Schema.Data;

namespace SociaalNetwerk.Schema.Accounts;

/// <summary>
/// A signed-in session of the portal, kept on the server (<see cref="PortaalSessies"/>): the portal cookie only carries
/// <see cref="Sleutel"/>. Removing the row ends the session, whatever copies of the cookie exist.
/// </summary>
public sealed class PortaalSessie
{
    /// <summary>Random and unguessable (256 bits, base64url).</summary>
    public required string Sleutel { get; set; }

    public int AccountId { get; set; }

    /// <summary>The authentication ticket, serialized with <see cref="TicketSerializer"/>.</summary>
    public required byte[] Ticket { get; set; }

    /// <summary>The moment of sign-in; the absolute limit (<see cref="PortaalSessieOpties.SessieMaximaleDuur"/>) counts from here.</summary>
    public DateTime AangemaaktOp { get; set; }

    /// <summary>The end of the session: the cookie's sliding expiry, never later than the absolute limit.</summary>
    public DateTime VerlooptOp { get; set; }
}

internal sealed class PortaalSessieConfiguration : IEntityTypeConfiguration<PortaalSessie>
{
    public void Configure(EntityTypeBuilder<PortaalSessie> builder)
    {
        builder.ToTable("PortaalSessies");
        builder.HasKey(s => s.Sleutel);
        builder.Property(s => s.Sleutel).HasMaxLength(64);
        builder.HasOne<Account>().WithMany().HasForeignKey(s => s.AccountId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.AccountId);
        builder.HasIndex(s => s.VerlooptOp);
    }
}

/// <summary>
/// The store of the portal's sessions (<see cref="CookieAuthenticationOptions.SessionStore"/> of Identity's application
/// cookie), in the database so that every instance on it sees the same sessions. Signing out removes the row, so a copy
/// of the old cookie opens nothing any more; "sign out everywhere", disabling an account and a password reset remove all
/// rows of the account (<see cref="BeeindigAlleAsync"/>). A session ends at the cookie's sliding expiry and at the latest
/// <see cref="PortaalSessieOpties.SessieMaximaleDuur"/> after sign-in, however often it is used. Expired rows are deleted
/// a few at a time when a new session is stored.
/// </summary>
public sealed class PortaalSessies(IDbContextFactory<SociaalNetwerkDbContext> databank, TimeProvider klok, IOptions<PortaalSessieOpties> opties) : ITicketStore
{
    /// <summary>The default absolute limit of a session, counted from sign-in (<see cref="PortaalSessieOpties.SessieMaximaleDuur"/>).</summary>
    public static readonly TimeSpan MaximaleDuur = TimeSpan.FromHours(12);

    private TimeSpan Maximum => opties.Value.SessieMaximaleDuur;

    /// <summary>At most this many expired rows are deleted per new session.</summary>
    private const int OpruimenPerKeer = 100;

    public Task<string> StoreAsync(AuthenticationTicket ticket) => StoreAsync(ticket, CancellationToken.None);

    public async Task<string> StoreAsync(AuthenticationTicket ticket, CancellationToken cancellationToken)
    {
        var nu = klok.GetUtcNow().UtcDateTime;
        var sessie = new PortaalSessie
        {
            Sleutel = Base64Url(RandomNumberGenerator.GetBytes(32)),
            AccountId = AccountId(ticket),
            Ticket = TicketSerializer.Default.Serialize(ticket),
            AangemaaktOp = nu,
        };
        sessie.VerlooptOp = Einde(ticket, sessie.AangemaaktOp, nu);
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        await db.PortaalSessies
            .Where(s => s.VerlooptOp <= nu)
            .OrderBy(s => s.VerlooptOp)
            .Take(OpruimenPerKeer)
            .ExecuteDeleteAsync(cancellationToken);
        db.PortaalSessies.Add(sessie);
        await db.SaveChangesAsync(cancellationToken);
        return sessie.Sleutel;
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket) => RenewAsync(key, ticket, CancellationToken.None);

    public async Task RenewAsync(string key, AuthenticationTicket ticket, CancellationToken cancellationToken)
    {
        var nu = klok.GetUtcNow().UtcDateTime;
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        if (await db.PortaalSessies.FirstOrDefaultAsync(s => s.Sleutel == key, cancellationToken) is not { } sessie)
        {
            return;
        }

        sessie.Ticket = TicketSerializer.Default.Serialize(ticket);
        sessie.VerlooptOp = Einde(ticket, sessie.AangemaaktOp, nu);
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task<AuthenticationTicket?> RetrieveAsync(string key) => RetrieveAsync(key, CancellationToken.None);

    /// <summary>The session's ticket, or null when there is no such row or the session has ended (sliding or absolute).</summary>
    public async Task<AuthenticationTicket?> RetrieveAsync(string key, CancellationToken cancellationToken)
    {
        var nu = klok.GetUtcNow().UtcDateTime;
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        var sessie = await db.PortaalSessies.AsNoTracking().FirstOrDefaultAsync(s => s.Sleutel == key, cancellationToken);
        return sessie is null || sessie.VerlooptOp <= nu || nu - sessie.AangemaaktOp >= Maximum
            ? null
            : TicketSerializer.Default.Deserialize(sessie.Ticket);
    }

    public Task RemoveAsync(string key) => RemoveAsync(key, CancellationToken.None);

    public async Task RemoveAsync(string key, CancellationToken cancellationToken)
    {
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        await db.PortaalSessies.Where(s => s.Sleutel == key).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Ends every session of the account (sign out everywhere, disabled, password reset), in <paramref name="db"/>'s transaction if it has one.</summary>
    public static Task<int> BeeindigAlleAsync(SociaalNetwerkDbContext db, int accountId, CancellationToken cancellationToken = default) =>
        db.PortaalSessies.Where(s => s.AccountId == accountId).ExecuteDeleteAsync(cancellationToken);

    private DateTime Einde(AuthenticationTicket ticket, DateTime aangemaaktOp, DateTime nu)
    {
        var grens = aangemaaktOp + Maximum;
        var einde = ticket.Properties.ExpiresUtc?.UtcDateTime ?? nu + Maximum;
        return einde < grens ? einde : grens;
    }

    private static int AccountId(AuthenticationTicket ticket) =>
        int.TryParse(ticket.Principal.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value, System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new InvalidOperationException("A portal session needs the account's id in the ticket.");

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>
/// How long a portal session lasts (the section <c>Beheer</c>): <see cref="SessieInactiefNa"/> without use (the cookie's
/// sliding expiry), and at the latest <see cref="SessieMaximaleDuur"/> after sign-in however often it is used.
/// Configuratiecontrole checks both (a duration above zero, at most <see cref="Langste"/>, the first not above the second).
/// </summary>
public sealed class PortaalSessieOpties
{
    public const string Sectie = "Beheer";

    /// <summary>The longest either may be.</summary>
    public static readonly TimeSpan Langste = TimeSpan.FromDays(7);

    /// <summary><c>Beheer:SessieInactiefNa</c>: a session not used for this long ends (default 8 hours).</summary>
    public TimeSpan SessieInactiefNa { get; set; } = TimeSpan.FromHours(8);

    /// <summary><c>Beheer:SessieMaximaleDuur</c>: the absolute limit, counted from sign-in (default 12 hours).</summary>
    public TimeSpan SessieMaximaleDuur { get; set; } = PortaalSessies.MaximaleDuur;
}
