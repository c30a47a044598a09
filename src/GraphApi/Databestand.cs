namespace SociaalNetwerk.GraphApi;

/// <summary>Where the embedded SQLite database lives: <c>ConnectionStrings:SociaalNetwerk</c>, default <c>data/sociaalnetwerk.db</c> under the content root.</summary>
public static class Databestand
{
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

/// <summary>The folder of the database file (<c>data/</c> by default): mails without SMTP (<c>mail/</c>) and data-protection keys live beside it.</summary>
public static class Datamap
{
    public static string Pad(IConfiguration configuratie, IHostEnvironment omgeving)
    {
        var bestand = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(Databestand.ConnectionString(configuratie, omgeving)).DataSource;
        if (string.IsNullOrEmpty(bestand) || bestand == ":memory:")
        {
            return Path.Combine(omgeving.ContentRootPath, "data");
        }

        return Path.GetDirectoryName(Path.GetFullPath(bestand, omgeving.ContentRootPath)) ?? Path.Combine(omgeving.ContentRootPath, "data");
    }
}
