using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SociaalNetwerk.Schema.Data;

/// <summary>
/// PostgreSQL: every transaction first takes one transaction-scoped advisory lock, so transactions run one at a time,
/// as on SQLite (Microsoft.Data.Sqlite begins them with <c>BEGIN IMMEDIATE</c>, one writer per file). The code's
/// read-check-write steps (cancel a date while another is cancelled, a unique formulier number, the audit log's order)
/// then mean the same on both providers, and across several instances on one database. Reads outside a transaction
/// are not held up.
/// </summary>
public sealed class Schrijfslot : DbTransactionInterceptor
{
    /// <summary>The advisory lock's key ("SN_WRITE" as a number).</summary>
    public const long Sleutel = 0x534E_5F57_5249_5445;

    private static readonly string Sql = FormattableString.Invariant($"SELECT pg_advisory_xact_lock({Sleutel})");

    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        using var opdracht = Opdracht(connection, result);
        opdracht.ExecuteNonQuery();
        return result;
    }

    public override async ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        await using var opdracht = Opdracht(connection, result);
        await opdracht.ExecuteNonQueryAsync(cancellationToken);
        return result;
    }

    private static DbCommand Opdracht(DbConnection connection, DbTransaction transactie)
    {
        var opdracht = connection.CreateCommand();
        opdracht.Transaction = transactie;
        opdracht.CommandText = Sql;
        return opdracht;
    }
}
