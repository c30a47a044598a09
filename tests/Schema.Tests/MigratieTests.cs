using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.Schema.Data;

namespace SociaalNetwerk.Schema.Tests;

public sealed class MigratieTests
{
    [Fact]
    public void TheMigrationsDescribeTheCurrentModel()
    {
        using var db = new SociaalNetwerkDbContext(new DbContextOptionsBuilder<SociaalNetwerkDbContext>().UseSqlite("Data Source=:memory:").Options);

        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a migration: see docs/development.md, 'Een migratie toevoegen'.");
    }
}
