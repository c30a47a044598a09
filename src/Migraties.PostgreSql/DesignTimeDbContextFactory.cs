using Microsoft.EntityFrameworkCore.Design;
using SociaalNetwerk.Schema.Data;

namespace SociaalNetwerk.Migraties.PostgreSql;

/// <summary>
/// For <c>dotnet ef migrations add Name --project src/Migraties.PostgreSql</c> (see docs/development.md).
/// The connection string only picks the provider; no database is touched.
/// </summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<SociaalNetwerkDbContext>
{
    public SociaalNetwerkDbContext CreateDbContext(string[] args) =>
        new DatabaseKeuze(DatabaseProvider.PostgreSql, "Host=localhost;Database=sociaalnetwerk_ontwerp").MaakContext();
}
