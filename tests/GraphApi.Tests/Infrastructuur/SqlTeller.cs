using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SociaalNetwerk.Schema.Data;

namespace SociaalNetwerk.GraphApi.Tests.Infrastructuur;

/// <summary>
/// Counts the SQL statements EF Core sends, and the data version reads that bypass it (<see cref="Dataversielezer"/>),
/// so tests can prove a request's cost does not grow with its rows, and the connections EF Core opens
/// (<see cref="Verbindingen"/>).
/// </summary>
public sealed class SqlTeller : OpdrachtInterceptor, IDbConnectionInterceptor, IDataversieWaarnemer
{
    private int _aantal;

    private int _verbindingen;

    /// <summary>How many times a connection was opened since <see cref="Reset"/> (by EF Core, for a statement or explicitly).</summary>
    public int Verbindingen => Volatile.Read(ref _verbindingen);

    private ConcurrentQueue<SqlOpdracht> _opdrachten = new();

    public int Aantal => Volatile.Read(ref _aantal);

    /// <summary>The statements since <see cref="Reset"/>, with their parameters, in the order they were sent.</summary>
    public IReadOnlyList<SqlOpdracht> Opdrachten => [.. Volatile.Read(ref _opdrachten)];

    public void Reset()
    {
        Interlocked.Exchange(ref _aantal, 0);
        Interlocked.Exchange(ref _verbindingen, 0);
        Interlocked.Exchange(ref _opdrachten, new ConcurrentQueue<SqlOpdracht>());
    }

    private Func<bool>? _telt;

    /// <summary>
    /// Counts only the statements for which <paramref name="telt"/> says yes: the test server counts those sent while
    /// serving a request, not what background work (a retention pass, a lease) happens to send at the same moment.
    /// </summary>
    public void TelAlleenAls(Func<bool> telt) => _telt = telt;

    private void TelVerbinding()
    {
        if (_telt is { } telt && !telt())
        {
            return;
        }

        Interlocked.Increment(ref _verbindingen);
    }

    public InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        TelVerbinding();
        return result;
    }

    void IDataversieWaarnemer.Verstuurd(DbCommand opdracht) => Tel(opdracht);

    public ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        TelVerbinding();
        return ValueTask.FromResult(result);
    }

    private void Tel(DbCommand command)
    {
        if (_telt is { } telt && !telt())
        {
            return;
        }

        Interlocked.Increment(ref _aantal);
        Volatile.Read(ref _opdrachten).Enqueue(new SqlOpdracht(
            command.CommandText,
            command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value)).ToList()));
    }

    /// <summary>
    /// Whether statements that return no rows (<c>ExecuteDelete</c>, <c>ExecuteUpdate</c>, raw SQL such as the data
    /// version's upsert) are counted too. Off by default: the counts of the tests that read were made without them.
    /// </summary>
    public bool OokZonderRijen { get; set; }

    protected override bool OokZonderResultaat => OokZonderRijen;

    protected override void Voor(DbCommand command) => Tel(command);
}

/// <summary>One statement as EF Core sent it: its text and its parameters.</summary>
public sealed record SqlOpdracht(string Tekst, IReadOnlyList<(string Naam, object? Waarde)> Parameters);
