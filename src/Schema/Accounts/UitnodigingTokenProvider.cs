using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SociaalNetwerk.Schema.Accounts;

/// <summary>Identity's data-protection token provider with its own name and lifespan (7 days), for invitation links.</summary>
public sealed class UitnodigingTokenProvider(IDataProtectionProvider dataProtectionProvider, IOptions<UitnodigingTokenProviderOptions> options, ILogger<DataProtectorTokenProvider<Account>> logger)
    : DataProtectorTokenProvider<Account>(dataProtectionProvider, options, logger);

/// <summary>The options of <see cref="UitnodigingTokenProvider"/>.</summary>
public sealed class UitnodigingTokenProviderOptions : DataProtectionTokenProviderOptions
{
    public UitnodigingTokenProviderOptions()
    {
        Name = AccountBeheer.UitnodigingDoel;
        TokenLifespan = AccountBeheer.UitnodigingGeldig;
    }
}
