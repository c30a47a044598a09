using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using SociaalNetwerk.Schema.Data;

namespace SociaalNetwerk.Schema.Tests;

/// <summary>Each provider has its own migrations (SQLite: src/Schema/Data/Migrations; PostgreSQL: src/Migraties.PostgreSql).</summary>
public sealed class MigratieTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=:memory:")]
    // No server is contacted: the model and the migrations are compared in memory.
    [InlineData(DatabaseProvider.PostgreSql, "Host=localhost;Database=sociaalnetwerk_ontwerp")]
    public void TheMigrationsDescribeTheCurrentModel(DatabaseProvider provider, string verbinding)
    {
        using var db = new DatabaseKeuze(provider, verbinding).MaakContext();

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"The {provider} model changed without a migration: see docs/development.md, 'Een migratie toevoegen'.");
    }

    /// <summary>Existing SQLite installations keep their migration history: the ids never change.</summary>
    [Fact]
    public void TheSqliteMigrationsKeepTheirIds()
    {
        using var db = new DatabaseKeuze(DatabaseProvider.Sqlite, "Data Source=:memory:").MaakContext();

        Assert.Equal("20261123091413_InitialCreate", db.Database.GetMigrations().First());
    }

    /// <summary>On PostgreSQL every text column compares by code point, as SQLite's BINARY collation does.</summary>
    [Fact]
    public void PostgreSqlTextColumnsUseTheCodePointCollation()
    {
        using var db = new DatabaseKeuze(DatabaseProvider.PostgreSql, "Host=localhost;Database=sociaalnetwerk_ontwerp").MaakContext();

        // Collations are design-time metadata: the runtime model leaves them out.
        var model = db.GetService<Microsoft.EntityFrameworkCore.Metadata.IDesignTimeModel>().Model;
        var tekst = model.GetEntityTypes().Where(e => !e.IsMappedToJson()).SelectMany(e => e.GetProperties()).Where(p => p.ClrType == typeof(string)).ToList();
        Assert.NotEmpty(tekst);
        Assert.All(tekst, p => Assert.Equal("C", p.GetCollation()));
    }

    [Fact]
    public void AnUnknownProviderIsAClearError()
    {
        var fout = Assert.Throws<InvalidOperationException>(() => DatabaseKeuze.LeesProvider("Oracle"));

        Assert.Contains("Sqlite or PostgreSQL", fout.Message, StringComparison.Ordinal);
        Assert.Equal(DatabaseProvider.PostgreSql, DatabaseKeuze.LeesProvider("PostgreSQL"));
        Assert.Equal(DatabaseProvider.Sqlite, DatabaseKeuze.LeesProvider((string?)null));
    }
}
