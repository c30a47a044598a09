using SociaalNetwerk.Schema.Data;

namespace SociaalNetwerk.GraphApi;

/// <summary>
/// Which database the server uses: <c>Database:Provider</c> (<c>Sqlite</c>, the default, or <c>PostgreSQL</c>) and
/// <c>ConnectionStrings:SociaalNetwerk</c>. For SQLite an empty connection string means <c>data/sociaalnetwerk.db</c>
/// under the content root; PostgreSQL needs one.
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

    /// <summary>The SQLite connection string (the configured one, or the default file).</summary>
    public static string ConnectionString(IConfiguration configuratie, IHostEnvironment omgeving)
    {
        var ingesteld = configuratie.GetConnectionString("SociaalNetwerk");
        if (!string.IsNullOrWhiteSpace(ingesteld))
        {
            return ingesteld;
        }

        var pad = Path.Combine(omgeving.ContentRootPath, "data", "sociaalnetwerk.db");
        return new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder { DataSource = pad, Pooling = true }.ToString();
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
