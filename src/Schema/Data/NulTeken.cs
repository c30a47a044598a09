using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SociaalNetwerk.Schema.Data;

/// <summary>
/// PostgreSQL: text cannot hold U+0000, which SQLite stores and compares like any character. Every text parameter
/// (also in lists) gets U+FFFD (the replacement character) instead, so input with a NUL — a search term, a slug, a
/// field — is answered as on SQLite (it matches nothing stored) instead of failing the whole request.
/// </summary>
public sealed class NulTeken : DbCommandInterceptor
{
    private const char Vervanging = '\uFFFD';

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Vervang(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Vervang(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Vervang(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Vervang(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Vervang(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Vervang(command);
        return ValueTask.FromResult(result);
    }

    private static void Vervang(DbCommand command)
    {
        foreach (DbParameter parameter in command.Parameters)
        {
            switch (parameter.Value)
            {
                case string tekst when tekst.Contains('\0', StringComparison.Ordinal):
                    parameter.Value = tekst.Replace('\0', Vervanging);
                    break;
                case string?[] lijst when lijst.Any(t => t?.Contains('\0', StringComparison.Ordinal) == true):
                    parameter.Value = lijst.Select(t => t?.Replace('\0', Vervanging)).ToArray();
                    break;
                case List<string> lijst when lijst.Any(t => t?.Contains('\0', StringComparison.Ordinal) == true):
                    parameter.Value = lijst.Select(t => t?.Replace('\0', Vervanging)).ToList();
                    break;
            }
        }
    }
}
