using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SociaalNetwerk.Schema.Data;

/// <summary>
/// For <c>dotnet ef migrations add Name --project src/Schema</c> (see docs/development.md).
/// The connection string is only used to pick the provider; no database is touched.
/// </summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<SociaalNetwerkDbContext>
{
    public SociaalNetwerkDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SociaalNetwerkDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
