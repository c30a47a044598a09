using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SociaalNetwerk.GraphApi.Tests.Infrastructuur;

/// <summary>Counts the SQL statements EF Core sends, so tests can prove a request's cost does not grow with its rows.</summary>
public sealed class SqlTeller : DbCommandInterceptor
{
    private int _aantal;

    public int Aantal => Volatile.Read(ref _aantal);

    public void Reset() => Interlocked.Exchange(ref _aantal, 0);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _aantal);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _aantal);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Interlocked.Increment(ref _aantal);
        return base.ReaderExecuting(command, eventData, result);
    }
}
