using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using SociaalNetwerk.Schema.GraphQL;

namespace SociaalNetwerk.Schema.Participatie;

/// <summary>The ASP.NET Core rate limiter (System.Threading.RateLimiting), partitioned by client address.</summary>
public sealed class InzendLimiet(IOptions<ParticipatieOpties> opties) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(adres =>
        RateLimitPartition.GetFixedWindowLimiter(adres, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, opties.Value.InzendingenPerMinuut),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    public void Controleer(string? clientAdres)
    {
        using var lease = _limiter.AttemptAcquire(clientAdres ?? "onbekend");
        if (!lease.IsAcquired)
        {
            throw new SociaalNetwerkException(FoutCodes.TeVeelVerzoeken);
        }
    }

    public void Dispose() => _limiter.Dispose();
}
