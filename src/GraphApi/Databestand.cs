using SociaalNetwerk.Schema.Data;

namespace SociaalNetwerk.GraphApi;

/// <summary>
/// Which database the server uses: <c>Database:Provider</c> (<c>Sqlite</c>, the default, or <c>PostgreSQL</c>) and
/// <c>ConnectionStrings:SociaalNetwerk</c>. For SQLite an empty connection string means <c>data/sociaalnetwerk.db</c>
/// under the content root, and a relative <c>Data Source</c> is a file under the content root too (the folder
/// <c>appsettings.json</c> comes from), not under the working directory: the server, and a command started from another
/// folder, open the same file. PostgreSQL needs a connection string.
/// </summary>
public static class Databestand
{
    public static DatabaseKeuze Keuze(IConfiguration configuratie, IHostEnvironment omgeving)
    {
        var provider = DatabaseKeuze.LeesProvider(configuratie);
        if (provider == DatabaseProvider.PostgreSql)
        {
            var ingesteld = configuratie.GetConnectionString("SociaalNetwerk");
            if (string.IsNullOrWhiteSpace(ingesteld))
            {
                throw new InvalidOperationException("Database:Provider is PostgreSQL: set ConnectionStrings:SociaalNetwerk to a Npgsql connection string (Host=…;Database=…;Username=…;Password=…).");
            }

            return new DatabaseKeuze(provider, ingesteld);
        }

        return new DatabaseKeuze(provider, ConnectionString(configuratie, omgeving));
    }

    /// <summary>The SQLite connection string (the configured one, its file under the content root when relative, or the default file).</summary>
    public static string ConnectionString(IConfiguration configuratie, IHostEnvironment omgeving)
    {
        var ingesteld = configuratie.GetConnectionString("SociaalNetwerk");
        if (!string.IsNullOrWhiteSpace(ingesteld))
        {
            return OnderContentRoot(ingesteld, omgeving.ContentRootPath);
        }

        var pad = Path.Combine(omgeving.ContentRootPath, "data", "sociaalnetwerk.db");
        return new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder { DataSource = pad, Pooling = true }.ToString();
    }

    /// <summary>
    /// <paramref name="verbinding"/> with a relative file name made absolute under <paramref name="contentRoot"/>; an
    /// absolute path, an in-memory database or a <c>file:</c> URI as it is.
    /// </summary>
    private static string OnderContentRoot(string verbinding, string contentRoot)
    {
        var bouwer = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(verbinding);
        var bestand = bouwer.DataSource;
        if (string.IsNullOrEmpty(bestand) || bestand == ":memory:" || bouwer.Mode == Microsoft.Data.Sqlite.SqliteOpenMode.Memory
            || bestand.StartsWith("file:", StringComparison.OrdinalIgnoreCase) || Path.IsPathRooted(bestand))
        {
            return verbinding;
        }

        bouwer.DataSource = Path.GetFullPath(bestand, contentRoot);
        return bouwer.ToString();
    }
}

/// <summary>
/// The folder for files beside the database: mails without SMTP (<c>mail/</c>) and data-protection keys.
/// <c>Database:Map</c> when set; else the SQLite file's folder; on PostgreSQL <c>data/</c> under the content root.
/// </summary>
public static class Datamap
{
    public static string Pad(IConfiguration configuratie, IHostEnvironment omgeving)
    {
        var standaard = Path.Combine(omgeving.ContentRootPath, "data");
        if (configuratie["Database:Map"] is { Length: > 0 } ingesteld)
        {
            return Path.GetFullPath(ingesteld, omgeving.ContentRootPath);
        }

        if (DatabaseKeuze.LeesProvider(configuratie) != DatabaseProvider.Sqlite)
        {
            return standaard;
        }

        var bestand = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(Databestand.ConnectionString(configuratie, omgeving)).DataSource;
        if (string.IsNullOrEmpty(bestand) || bestand == ":memory:")
        {
            return standaard;
        }

        return Path.GetDirectoryName(Path.GetFullPath(bestand, omgeving.ContentRootPath)) ?? standaard;
    }
}
