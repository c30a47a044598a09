using Microsoft.EntityFrameworkCore.Design;

namespace SociaalNetwerk.Schema.Data;

/// <summary>
/// For the SQLite migrations: <c>dotnet ef migrations add Name --project src/Schema</c> (see docs/development.md;
/// the PostgreSQL ones have their own factory in src/Migraties.PostgreSql). No database is touched.
/// </summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<SociaalNetwerkDbContext>
{
    public SociaalNetwerkDbContext CreateDbContext(string[] args) =>
        new DatabaseKeuze(DatabaseProvider.Sqlite, "Data Source=design-time.db").MaakContext();
}
