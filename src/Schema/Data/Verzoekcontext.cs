using Microsoft.EntityFrameworkCore;

namespace SociaalNetwerk.Schema.Data;

/// <summary>
/// One context for the reads of one request (scoped): the agenda's page and count and the loaders
/// (<see cref="GraphQL.EntiteitByIdDataLoader{T}"/>, <see cref="GraphQL.GekoppeldByDataLoader{TKoppeling, TDoel}"/>)
/// borrow it in turn (<see cref="LeenAsync"/>) instead of each taking a context from the pool. While the GraphQL
/// endpoint executes a query it keeps its connection open (<see cref="OpenAsync"/>,
/// <see cref="SluitAsync"/>), so those statements share one connection instead of opening and closing one each (on
/// SQLite every open registers EF Core's functions on the connection again, every close resets it). Only for reading without tracking
/// (<see cref="QueryTrackingBehavior.NoTracking"/>); a write takes its own context from the factory, as before.
/// Queries run one field at a time (GraphQL.NET's serial strategy), so the context is normally free when asked for;
/// when it is not (two borrowers at once), the second gets a context of its own from the pool, as before.
/// </summary>
public sealed class Verzoekcontext(IDbContextFactory<SociaalNetwerkDbContext> databank) : IAsyncDisposable
{
    private SociaalNetwerkDbContext? _db;
    private int _uitgeleend;
    private bool _open;

    /// <summary>The request's context if it is free, else one of its own; dispose the loan to give it back.</summary>
    public async ValueTask<Lening> LeenAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.CompareExchange(ref _uitgeleend, 1, 0) != 0)
        {
            return new Lening(await databank.CreateDbContextAsync(cancellationToken), null);
        }

        try
        {
            return new Lening(await GedeeldAsync(cancellationToken), this);
        }
        catch
        {
            Volatile.Write(ref _uitgeleend, 0);
            throw;
        }
    }

    /// <summary>
    /// Keeps the request context's connection open until <see cref="SluitAsync"/> (or the end of the request): while the
    /// endpoint reads and executes, not while the request waits in the queue, so that waiting requests hold no
    /// connection of a limited pool.
    /// </summary>
    public async ValueTask OpenAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.CompareExchange(ref _uitgeleend, 1, 0) != 0)
        {
            return;
        }

        try
        {
            var db = await GedeeldAsync(cancellationToken);
            if (!_open)
            {
                await db.Database.OpenConnectionAsync(cancellationToken);
                _open = true;
            }
        }
        finally
        {
            Volatile.Write(ref _uitgeleend, 0);
        }
    }

    private async ValueTask<SociaalNetwerkDbContext> GedeeldAsync(CancellationToken cancellationToken)
    {
        if (_db is null)
        {
            _db = await databank.CreateDbContextAsync(cancellationToken);
            _db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        }

        return _db;
    }

    /// <summary>Closes the connection <see cref="OpenAsync"/> opened, if it is open; the context stays for later loans.</summary>
    public async ValueTask SluitAsync()
    {
        if (Interlocked.CompareExchange(ref _uitgeleend, 1, 0) != 0)
        {
            // Still lent out (cannot happen after a serial execution): the connection closes with the context.
            return;
        }

        try
        {
            if (_open && _db is not null)
            {
                _open = false;
                await _db.Database.CloseConnectionAsync();
            }
        }
        finally
        {
            Volatile.Write(ref _uitgeleend, 0);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_db is not null)
        {
            if (_open)
            {
                _open = false;
                await _db.Database.CloseConnectionAsync();
            }

            await _db.DisposeAsync();
            _db = null;
        }
    }

    /// <summary>A borrowed context: the request's (given back on dispose) or one of its own (disposed).</summary>
    public readonly struct Lening : IAsyncDisposable
    {
        private readonly Verzoekcontext? _eigenaar;

        internal Lening(SociaalNetwerkDbContext db, Verzoekcontext? eigenaar)
        {
            Db = db;
            _eigenaar = eigenaar;
        }

        public SociaalNetwerkDbContext Db { get; }

        public ValueTask DisposeAsync()
        {
            if (_eigenaar is null)
            {
                return Db.DisposeAsync();
            }

            Volatile.Write(ref _eigenaar._uitgeleend, 0);
            return ValueTask.CompletedTask;
        }
    }

}
