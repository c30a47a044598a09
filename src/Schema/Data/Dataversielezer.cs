using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using SociaalNetwerk.Schema.Telemetrie;

namespace SociaalNetwerk.Schema.Data;

/// <summary>
/// Reads the data versions (<see cref="Dataversie"/>) past EF Core: the one statement a cached GraphQL answer or a
/// <c>304</c> costs. The statement still runs on every call, so the value is the database's (correct across instances),
/// but without a context, EF Core's query pipeline or a connection open per read. On SQLite a few connections stay open,
/// each with the statement prepared once (opening a connection for EF Core registers its functions on it, and closing
/// it removes them again; preparing parses the SQL): a read is a reset and a step of that statement, a read transaction
/// of its own that ends with it, so it sees every commit before it and holds no snapshot afterwards. On PostgreSQL a
/// read takes a connection from Npgsql's pool for the one statement (a round trip either way). With a listener on the
/// ActivitySource <c>SociaalNetwerk</c> (OpenTelemetry on) each read is a client span <see cref="SpanNaam"/> with the
/// <c>db.*</c> attributes of OpenTelemetry's database conventions, as EF Core's statements have theirs; without one
/// no span is made and a read allocates nothing for it.
/// </summary>
public sealed class Dataversielezer(DatabaseKeuze database, IEnumerable<IDataversieWaarnemer> waarnemers) : IDisposable
{
    /// <summary>The statement: both areas' rows (a missing row is version 0).</summary>
    public const string Sql = """SELECT "Id", "Versie" FROM "Dataversie" """;

    /// <summary>The span of a read: its <c>db.query.summary</c>, the operation and the table.</summary>
    public const string SpanNaam = "SELECT Dataversie";

    /// <summary>Open SQLite connections kept between reads; more at once (a burst) go back to the provider's pool.</summary>
    private static readonly int Bewaren = Math.Max(4, Environment.ProcessorCount * 2);

    private readonly IDataversieWaarnemer[] _waarnemers = [.. waarnemers];
    private readonly ConcurrentStack<Leesverbinding> _vrij = new();
    private volatile bool _weg;

    /// <summary>The current versions of both areas (0 before an area's first write): one small statement.</summary>
    public ValueTask<Versies> LeesAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return database.Provider == DatabaseProvider.Sqlite
            ? ValueTask.FromResult(LeesSqlite())
            : LeesUitPoolAsync(cancellationToken);
    }

    private Versies LeesSqlite()
    {
        // Microsoft.Data.Sqlite's async API completes synchronously; the synchronous one does the same without a state machine.
        var verbinding = _vrij.TryPop(out var vrij) ? vrij : new Leesverbinding(database.ConnectionString);
        Versies versies;
        using var span = StartSpan("sqlite", verbinding.Verbinding);
        try
        {
            Meld(verbinding.Opdracht);
            using var lezer = verbinding.Opdracht.ExecuteReader();
            versies = Lees(lezer);
        }
        catch (Exception fout)
        {
            Mislukt(span, fout);
            // A connection in an unknown state is not kept.
            verbinding.Dispose();
            throw;
        }

        if (_weg || _vrij.Count >= Bewaren)
        {
            verbinding.Dispose();
        }
        else
        {
            _vrij.Push(verbinding);
            if (_weg)
            {
                // Disposed while this read ran: close what Dispose may have missed.
                Dispose();
            }
        }

        return versies;
    }

    private async ValueTask<Versies> LeesUitPoolAsync(CancellationToken cancellationToken)
    {
        await using var verbinding = PostgreSqlProvider.Verbinding(database.ConnectionString);
        using var span = StartSpan("postgresql", verbinding);
        try
        {
            await verbinding.OpenAsync(cancellationToken);
            await using var opdracht = verbinding.CreateCommand();
            opdracht.CommandText = Sql;
            Meld(opdracht);
            await using var lezer = await opdracht.ExecuteReaderAsync(cancellationToken);
            return Lees(lezer);
        }
        catch (Exception fout)
        {
            Mislukt(span, fout);
            throw;
        }
    }

    /// <summary>
    /// The read's client span, a child of the current one (the request), or null without a listener. Named and
    /// described by OpenTelemetry's database conventions: <c>db.system.name</c>, <c>db.namespace</c> (the
    /// connection's database: <c>main</c> on SQLite), <c>db.collection.name</c>, <c>db.operation.name</c>,
    /// <c>db.query.summary</c> and <c>db.query.text</c> (the statement has no parameters or literals).
    /// </summary>
    private static Activity? StartSpan(string systeem, DbConnection verbinding)
    {
        var span = Sporen.Bron.StartActivity(SpanNaam, ActivityKind.Client);
        if (span is { IsAllDataRequested: true })
        {
            span.SetTag("db.system.name", systeem);
            span.SetTag("db.namespace", verbinding.Database);
            span.SetTag("db.collection.name", "Dataversie");
            span.SetTag("db.operation.name", "SELECT");
            span.SetTag("db.query.summary", SpanNaam);
            span.SetTag("db.query.text", Sql);
        }

        return span;
    }

    /// <summary>A failed read: status Error, <c>error.type</c> and, from the database, <c>db.response.status_code</c>.</summary>
    private static void Mislukt(Activity? span, Exception fout)
    {
        if (span is null)
        {
            return;
        }

        span.SetStatus(ActivityStatusCode.Error);
        span.SetTag("error.type", fout.GetType().FullName);
        var code = fout switch
        {
            SqliteException sqlite => sqlite.SqliteErrorCode.ToString(System.Globalization.CultureInfo.InvariantCulture),
            DbException { SqlState: { } staat } => staat,
            _ => null,
        };
        if (code is not null)
        {
            span.SetTag("db.response.status_code", code);
        }
    }

    private static Versies Lees(DbDataReader lezer)
    {
        long algemeen = 0, reacties = 0;
        while (lezer.Read())
        {
            var versie = lezer.GetInt64(1);
            switch ((Gebied)lezer.GetInt32(0))
            {
                case Gebied.Algemeen:
                    algemeen = versie;
                    break;
                case Gebied.Reacties:
                    reacties = versie;
                    break;
            }
        }

        return new Versies(algemeen, reacties);
    }

    private void Meld(DbCommand opdracht)
    {
        foreach (var waarnemer in _waarnemers)
        {
            waarnemer.Verstuurd(opdracht);
        }
    }

    public void Dispose()
    {
        _weg = true;
        while (_vrij.TryPop(out var verbinding))
        {
            verbinding.Dispose();
        }
    }

    /// <summary>An open SQLite connection with the statement prepared on it.</summary>
    private sealed class Leesverbinding : IDisposable
    {
        public Leesverbinding(string connectionString)
        {
            Verbinding = new SqliteConnection(connectionString);
            try
            {
                Verbinding.Open();
                Opdracht = Verbinding.CreateCommand();
                Opdracht.CommandText = Sql;
                Opdracht.Prepare();
            }
            catch
            {
                Verbinding.Dispose();
                throw;
            }
        }

        public SqliteConnection Verbinding { get; }

        public SqliteCommand Opdracht { get; }

        public void Dispose()
        {
            Opdracht.Dispose();
            Verbinding.Dispose();
        }
    }
}

/// <summary>
/// Sees every statement <see cref="Dataversielezer"/> sends, before it runs (the reader bypasses EF Core and its
/// interceptors): how the tests count it with the statements EF Core sends. Register as a singleton.
/// </summary>
public interface IDataversieWaarnemer
{
    void Verstuurd(DbCommand opdracht);
}
