using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SociaalNetwerk.Schema.Data;

/// <summary>
/// An interceptor that looks at (or adjusts) every statement before EF Core sends it: readers, scalars and, when
/// <see cref="OokZonderResultaat"/>, statements without a result. Subclasses say only what to do with the command.
/// </summary>
public abstract class OpdrachtInterceptor : DbCommandInterceptor
{
    /// <summary>Whether statements without a result (<c>ExecuteNonQuery</c>) pass <see cref="Voor"/> too.</summary>
    protected virtual bool OokZonderResultaat => true;

    /// <summary>What to do with a statement before it is sent.</summary>
    protected abstract void Voor(DbCommand command);

    public sealed override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Voor(command);
        return result;
    }

    public sealed override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Voor(command);
        return ValueTask.FromResult(result);
    }

    public sealed override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Voor(command);
        return result;
    }

    public sealed override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Voor(command);
        return ValueTask.FromResult(result);
    }

    public sealed override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        if (OokZonderResultaat)
        {
            Voor(command);
        }

        return result;
    }

    public sealed override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (OokZonderResultaat)
        {
            Voor(command);
        }

        return ValueTask.FromResult(result);
    }
}
