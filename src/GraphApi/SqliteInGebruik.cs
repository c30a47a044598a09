using Microsoft.Data.Sqlite;

namespace SociaalNetwerk.GraphApi;

/// <summary>
/// Keeps one connection to the SQLite file open for as long as the server runs. In WAL mode an open connection holds
/// a shared lock on the file, so the CLI's <c>restore</c> can see that a server uses the database and refuse to
/// replace it underneath. The pool alone is not enough: it closes idle connections after a few minutes.
/// Does nothing on PostgreSQL.
/// </summary>
public sealed class SqliteInGebruik(IConfiguration configuratie, IHostEnvironment omgeving) : IHostedService, IAsyncDisposable
{
    private SqliteConnection? _verbinding;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!Cli.SqliteBackup.IsSqlite(configuratie))
        {
            return;
        }

        var bouwer = new SqliteConnectionStringBuilder(Databestand.ConnectionString(configuratie, omgeving)) { Pooling = false, Mode = SqliteOpenMode.ReadWrite };
        if (string.IsNullOrEmpty(bouwer.DataSource) || bouwer.DataSource == ":memory:" || !File.Exists(bouwer.DataSource))
        {
            return;
        }

        _verbinding = new SqliteConnection(bouwer.ToString());
        await _verbinding.OpenAsync(cancellationToken);
        await using var opdracht = _verbinding.CreateCommand();
        // The first read takes the shared lock; in WAL mode the connection keeps it until it closes.
        opdracht.CommandText = "SELECT COUNT(*) FROM sqlite_master";
        await opdracht.ExecuteScalarAsync(cancellationToken);
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        if (_verbinding is not null)
        {
            await _verbinding.DisposeAsync();
            _verbinding = null;
        }
    }
}
