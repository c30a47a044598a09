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
