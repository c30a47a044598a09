using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace SociaalNetwerk.GraphApi.GraphQL;

/// <summary>
/// Bounds the GraphQL requests executing at once, in two lanes by the complexity <see cref="QueryBegroting"/>
/// computed before execution: light ones (up to <see cref="GraphQLLimieten.LichtTot"/>: a list of wijken, a widget's
/// page, a submission) and heavy ones, each with its own places and a short queue. A burst of heavy agenda queries
/// fills only the heavy lane, so cheap reads and submissions keep answering. A request that finds its queue full,
/// or waits longer than the timeout, is refused with a 503 <c>SERVER_BUSY</c> and <c>Retry-After</c>.
/// </summary>
public sealed class GraphQLWachtrij : IDisposable
{
    private readonly GraphQLLimieten _limieten;
    private readonly ConcurrencyLimiter _licht;
    private readonly ConcurrencyLimiter _zwaar;

    public GraphQLWachtrij(IOptions<GraphQLLimieten> limieten)
    {
        _limieten = limieten.Value;
        _licht = Maak(_limieten.GelijktijdigLicht, _limieten.Wachtrij);
        _zwaar = Maak(_limieten.GelijktijdigZwaar, _limieten.Wachtrij);
    }

    /// <summary>A place to execute a request of this complexity if one is free now (nobody waiting before it), else null.</summary>
    public RateLimitLease? ProbeerNu(double complexiteit)
    {
        var plaats = (complexiteit <= _limieten.LichtTot ? _licht : _zwaar).AttemptAcquire(1);
        if (plaats.IsAcquired)
        {
            return plaats;
        }

        plaats.Dispose();
        return null;
    }

    /// <summary>
    /// A place to execute a request of this complexity; dispose it when the answer is written. Null when the queue
    /// is full or the wait lasts longer than <see cref="GraphQLLimieten.Timeout"/>.
    /// </summary>
    public async Task<RateLimitLease?> BetreedAsync(double complexiteit, CancellationToken afgebroken)
    {
        var rij = complexiteit <= _limieten.LichtTot ? _licht : _zwaar;
        using var wachttijd = CancellationTokenSource.CreateLinkedTokenSource(afgebroken);
        wachttijd.CancelAfter(_limieten.Timeout);
        RateLimitLease plaats;
        try
        {
            plaats = await rij.AcquireAsync(1, wachttijd.Token);
        }
        catch (OperationCanceledException) when (!afgebroken.IsCancellationRequested)
        {
            return null;
        }

        if (plaats.IsAcquired)
        {
            return plaats;
        }

        plaats.Dispose();
        return null;
    }

    public void Dispose()
    {
        _licht.Dispose();
        _zwaar.Dispose();
    }

    private static ConcurrencyLimiter Maak(int plaatsen, int wachtrij) => new(new ConcurrencyLimiterOptions
    {
        PermitLimit = Math.Max(1, plaatsen),
        QueueLimit = Math.Max(0, wachtrij),
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });
}
