using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.Schema.Data;

namespace SociaalNetwerk.Schema.Participatie;

/// <summary>What the <see cref="Reactieschrijver"/> did with one submission, once its transaction is committed.</summary>
public enum Schrijfuitkomst
{
    /// <summary>Counted by the limit (unless exempt) and stored: the reactie's ids are set.</summary>
    Opgeslagen,

    /// <summary>Only counted by the limit (unless exempt): the submission stores nothing (<see cref="Schrijfopdracht.Reactie"/> was null), or withdraws nothing (no reactie has the code).</summary>
    Geteld,

    /// <summary>A unique index refused the reactie (its idempotency key or formulier number is taken, perhaps by a submission in the same group); nothing of it is stored.</summary>
    Bezet,

    /// <summary>Counted by the limit, and the reactie with the code of <see cref="Schrijfopdracht.Intrekken"/> is deleted.</summary>
    Ingetrokken,
}

/// <summary>
/// One submission for the <see cref="Reactieschrijver"/>: the attempt to count for the <see cref="InzendLimiet"/> and the
/// reactie to store (or to withdraw), decided and validated before it waits for the writer.
/// </summary>
/// <param name="Tellen">Whether the attempt counts for the limit (the traject's team is exempt).</param>
/// <param name="ClientAdres">The address the limit counts under.</param>
/// <param name="Reactie">The reactie to store, or null when the attempt is only counted (invalid input, a honeypot, a reused key).</param>
/// <param name="Intrekken">The hash of a receipt code (<see cref="Ontvangstcodes.Hash"/>): the reactie with it is deleted.</param>
public sealed record Schrijfopdracht(bool Tellen, string? ClientAdres, Reactie? Reactie, string? Intrekken = null);

/// <summary>
/// Stores the submissions of reacties one group at a time, one transaction and one commit per group, instead of one
/// transaction per submission that each wait for the database's single writer (on SQLite: Microsoft.Data.Sqlite's busy
/// retry, which sleeps 150 ms per attempt; on PostgreSQL: the <see cref="Schrijfslot"/>). Submissions are checked in
/// parallel by <see cref="ReactieDienst"/>; here one loop takes every submission that is waiting, counts each for the
/// <see cref="InzendLimiet"/> (one statement per address), inserts the reacties and deletes the withdrawn ones in one
/// transaction, which changes the reacties version (<see cref="Gebied.Reacties"/>) once, and only after the commit
/// answers each caller.
/// So an answered submission is stored (durable as the commit is: SQLite in WAL with <c>synchronous=FULL</c>), and an
/// unanswered one is not, or is stored and found again by its idempotency key on a retry.
/// <para>
/// A submission that fails does not fail the others: its limit is checked on its own, and when the group's insert is
/// refused by a unique index (the same key twice in one group, a formulier number taken) the group is inserted again one
/// reactie at a time, in the same transaction (each insert behind a savepoint), so only the refused one is
/// <see cref="Schrijfuitkomst.Bezet"/>. Any other error in the transaction fails only the group it happened in.
/// </para>
/// </summary>
public sealed class Reactieschrijver : IAsyncDisposable, IDisposable
{
    /// <summary>The most submissions stored in one transaction: enough for any burst, small enough to keep one commit short.</summary>
    public const int MaxPerGroep = 256;

    private readonly IDbContextFactory<SociaalNetwerkDbContext> _databank;
    private readonly InzendLimiet _limiet;
    private readonly Channel<Wachtend> _rij = Channel.CreateUnbounded<Wachtend>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _lus;

    public Reactieschrijver(IDbContextFactory<SociaalNetwerkDbContext> databank, InzendLimiet limiet)
    {
        _databank = databank;
        _limiet = limiet;
        // Not in the flow of whoever happens to create the writer first: its statements belong to no request.
        using (ExecutionContext.SuppressFlow())
        {
            _lus = Task.Run(SchrijfAsync);
        }
    }

    /// <summary>
    /// Waits for the group this submission is written in; completes once that group is committed. A refusal by the limit
    /// (<see cref="GraphQL.FoutCodes.TeVeelVerzoeken"/>) is thrown, counted as every attempt is. The writer does not stop
    /// halfway when the caller goes away: a submission it has taken is written.
    /// </summary>
    public Task<Schrijfuitkomst> SchrijfAsync(Schrijfopdracht opdracht)
    {
        var wachtend = new Wachtend(opdracht);
        ObjectDisposedException.ThrowIf(!_rij.Writer.TryWrite(wachtend), this);
        return wachtend.Klaar.Task;
    }

    /// <summary>Takes no new submissions, and writes those still waiting before it returns.</summary>
    public async ValueTask DisposeAsync()
    {
        _rij.Writer.TryComplete();
        await _lus;
    }

    /// <inheritdoc cref="DisposeAsync"/>
    public void Dispose()
    {
        _rij.Writer.TryComplete();
        _lus.GetAwaiter().GetResult();
    }

    private async Task SchrijfAsync()
    {
        var groep = new List<Wachtend>(MaxPerGroep);
        while (await _rij.Reader.WaitToReadAsync())
        {
            while (groep.Count < MaxPerGroep && _rij.Reader.TryRead(out var wachtend))
            {
                groep.Add(wachtend);
            }

            try
            {
                await SchrijfGroepAsync(groep);
                foreach (var lid in groep)
                {
                    lid.Meld();
                }
            }
            catch (Exception fout)
            {
                // Nothing of this group is committed: every caller gets the error (and may retry with its key).
                foreach (var lid in groep)
                {
                    lid.Klaar.TrySetException(fout);
                }
            }

            groep.Clear();
        }
    }

    private async Task SchrijfGroepAsync(List<Wachtend> groep)
    {
        // No caller's token: a group that has begun is finished, so what the writer took is either committed or not at all.
        await using var db = await _databank.CreateDbContextAsync();
        await using var transactie = await db.Database.BeginTransactionAsync();
        var opslaan = new List<Wachtend>(groep.Count);
        foreach (var lid in groep)
        {
            lid.Uitkomst = null;
            lid.Fout = null;
        }

        // The limit: the attempts of one address in one statement, refused in their order once over it.
        foreach (var adres in groep.Where(lid => lid.Opdracht.Tellen).GroupBy(lid => lid.Opdracht.ClientAdres))
        {
            var leden = adres.ToList();
            var teVeel = await _limiet.TelAsync(db, adres.Key, leden.Count, CancellationToken.None);
            for (var i = 0; i < leden.Count; i++)
            {
                if (teVeel[i])
                {
                    leden[i].Fout = new GraphQL.SociaalNetwerkException(GraphQL.FoutCodes.TeVeelVerzoeken);
                }
            }
        }

        var ingetrokken = 0;
        foreach (var lid in groep.Where(lid => lid.Fout is null))
        {
            if (lid.Opdracht.Intrekken is { } hash)
            {
                // Past the change tracker: the reacties version is changed below, in this transaction.
                var weg = await db.Reacties.Where(r => r.OntvangstcodeHash == hash).ExecuteDeleteAsync();
                ingetrokken += weg;
                lid.Uitkomst = weg > 0 ? Schrijfuitkomst.Ingetrokken : Schrijfuitkomst.Geteld;
            }
            else if (lid.Opdracht.Reactie is { } reactie)
            {
                opslaan.Add(lid);
                db.Reacties.Add(reactie);
            }
            else
            {
                lid.Uitkomst = Schrijfuitkomst.Geteld;
            }
        }

        if (ingetrokken > 0 && opslaan.Count == 0)
        {
            // With reacties to insert, the save below changes the reacties version (before its savepoint, so also when an insert is refused).
            await Dataversie.VerhoogAsync(db, CancellationToken.None, Gebied.Reacties);
        }

        try
        {
            // Behind a savepoint of EF Core's own (a transaction is open): a refusal undoes this insert only.
            await db.SaveChangesAsync();
            opslaan.ForEach(lid => lid.Uitkomst = Schrijfuitkomst.Opgeslagen);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            await EenVoorEenAsync(db, opslaan);
        }

        await transactie.CommitAsync();
    }

    /// <summary>The group's insert was refused: each reactie on its own, so only the refused ones fail.</summary>
    private static async Task EenVoorEenAsync(SociaalNetwerkDbContext db, List<Wachtend> opslaan)
    {
        foreach (var lid in opslaan)
        {
            db.Reacties.Add(lid.Opdracht.Reactie!);
            try
            {
                await db.SaveChangesAsync();
                lid.Uitkomst = Schrijfuitkomst.Opgeslagen;
            }
            catch (DbUpdateException fout) when (IsUniekeSchending(fout))
            {
                lid.Uitkomst = Schrijfuitkomst.Bezet;
            }
            catch (DbUpdateException fout)
            {
                lid.Fout = fout;
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>A unique index refused the row: SQLite's constraint error, PostgreSQL's unique_violation (23505).</summary>
    internal static bool IsUniekeSchending(DbUpdateException fout) =>
        fout.InnerException switch
        {
            Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteErrorCode == 19,
            { } andere => PostgreSqlProvider.IsUniekeSchending(andere),
            null => false,
        };

    private sealed class Wachtend(Schrijfopdracht opdracht)
    {
        public Schrijfopdracht Opdracht { get; } = opdracht;

        /// <summary>Answered on the thread pool, not on the writer's loop.</summary>
        public TaskCompletionSource<Schrijfuitkomst> Klaar { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Schrijfuitkomst? Uitkomst { get; set; }

        public Exception? Fout { get; set; }

        /// <summary>After the commit: this submission's own outcome.</summary>
        public void Meld()
        {
            if (Fout is not null)
            {
                Klaar.TrySetException(Fout);
            }
            else
            {
                Klaar.TrySetResult(Uitkomst ?? throw new InvalidOperationException("No outcome."));
            }
        }
    }
}
