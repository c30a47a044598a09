using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SociaalNetwerk.Schema.Data;

namespace SociaalNetwerk.Schema.Accounts;

public static class AccountsServiceCollectionExtensions
{
    /// <summary>Passwords of at least this many characters; no composition rules (NIST SP 800-63B).</summary>
    public const int MinimaleWachtwoordLengte = 12;

    /// <summary>Failed sign-ins before a lockout, and how long it lasts.</summary>
    public const int MaximaalMislukt = 5;

    public static readonly TimeSpan Blokkade = TimeSpan.FromMinutes(15);

    /// <summary>
    /// ASP.NET Core Identity for <see cref="Account"/> on the application's database (users only: roles with a scope
    /// are <see cref="AccountRol"/>), its token providers (reset, authenticator, invitation) and <see cref="AccountBeheer"/>.
    /// The caller adds data protection's key storage and, for the web, the sign-in manager and cookies.
    /// </summary>
    public static IdentityBuilder AddAccounts(this IServiceCollection services)
    {
        // Identity's stores take the context from the scope; it comes from the same pool as everywhere else.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>().CreateDbContext());
        services.AddScoped<AccountBeheer>();
        return services.AddIdentityCore<Account>(opties =>
            {
                // Schema version 1 in every context (the design-time factory and tests have no options to read): one model, one migration.
                opties.Stores.SchemaVersion = IdentitySchemaVersions.Version1;
                opties.User.RequireUniqueEmail = true;
                opties.User.AllowedUserNameCharacters = string.Empty;
                opties.Password.RequiredLength = MinimaleWachtwoordLengte;
                opties.Password.RequireDigit = false;
                opties.Password.RequireLowercase = false;
                opties.Password.RequireUppercase = false;
                opties.Password.RequireNonAlphanumeric = false;
                opties.Password.RequiredUniqueChars = 1;
                opties.Lockout.AllowedForNewUsers = true;
                opties.Lockout.MaxFailedAccessAttempts = MaximaalMislukt;
                opties.Lockout.DefaultLockoutTimeSpan = Blokkade;
                opties.SignIn.RequireConfirmedEmail = true;
            })
            .AddEntityFrameworkStores<SociaalNetwerkDbContext>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<UitnodigingTokenProvider>(AccountBeheer.UitnodigingDoel);
    }
}
