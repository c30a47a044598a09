using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;

namespace SociaalNetwerk.Schema.Data;

/// <summary>The database engines Sociaal Netwerk runs on (<c>Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    /// <summary>The embedded default: one file, nothing to install.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server (Npgsql), for installations with several instances.</summary>
    PostgreSql,
}

/// <summary>
/// Which database to use: a provider and its connection string. The one place that knows how each provider is set up
/// (its migrations assembly, timeouts), used by the server, the design-time factories, the CLI and the tests.
/// </summary>
public sealed record DatabaseKeuze(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>The configuration key of the provider: <c>Sqlite</c> (default) or <c>PostgreSQL</c>.</summary>
    public const string ProviderSleutel = "Database:Provider";

    /// <summary>The assembly with the PostgreSQL migrations (src/Migraties.PostgreSql); SQLite's live in this assembly.</summary>
    public const string PostgreSqlMigratiesAssembly = "SociaalNetwerk.Migraties.PostgreSql";

    /// <summary>Seconds a single SQL statement may take.</summary>
    private const int CommandTimeout = 30;

    /// <summary>Reads <c>Database:Provider</c>; absent or empty means SQLite.</summary>
    /// <exception cref="InvalidOperationException">The value names no known provider.</exception>
    public static DatabaseProvider LeesProvider(IConfiguration configuratie) => LeesProvider(configuratie[ProviderSleutel]);

    /// <summary>Parses a provider name (<c>Sqlite</c>, <c>PostgreSQL</c>, case-insensitive; also <c>Postgres</c>, <c>Npgsql</c>).</summary>
    /// <exception cref="InvalidOperationException">The value names no known provider.</exception>
    public static DatabaseProvider LeesProvider(string? waarde) => waarde?.Trim().ToLowerInvariant() switch
    {
        null or "" or "sqlite" => DatabaseProvider.Sqlite,
        "postgresql" or "postgres" or "npgsql" => DatabaseProvider.PostgreSql,
        _ => throw new InvalidOperationException($"{ProviderSleutel} is '{waarde}': use Sqlite or PostgreSQL."),
    };

    /// <summary>
    /// Sets the provider on <paramref name="options"/>, with what the provider needs to behave like SQLite
    /// (<see cref="Schrijfslot"/>, <see cref="NulTeken"/>), and the provider's compiled model
    /// (<see cref="GecompileerdeModellen"/>; migrations still compare with the model built from the
    /// configuration); the caller adds its own interceptors.
    /// </summary>
    public DbContextOptionsBuilder Configureer(DbContextOptionsBuilder options)
    {
        if (GecompileerdeModellen.Voor(Provider) is { } model)
        {
            options.UseModel(model);
        }

        return ConfigureerProvider(options);
    }

    // Each provider in a method of its own (PostgreSqlProvider): this switch must not name Npgsql's types, or compiling
    // it would load Npgsql on SQLite too.
    private DbContextOptionsBuilder ConfigureerProvider(DbContextOptionsBuilder options) => Provider switch
    {
        DatabaseProvider.PostgreSql => PostgreSqlProvider.Configureer(options, ConnectionString, CommandTimeout, PostgreSqlMigratiesAssembly)
            .AddInterceptors(new Schrijfslot(), new NulTeken()),
        _ => ConfigureerSqlite(options, ConnectionString),
    };

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static DbContextOptionsBuilder ConfigureerSqlite(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, sqlite => sqlite.CommandTimeout(CommandTimeout).UseParameterizedCollectionMode(ParameterTranslationMode.Parameter));

    /// <summary>A context on this database outside dependency injection (CLI, design time, tests).</summary>
    public SociaalNetwerkDbContext MaakContext(params IInterceptor[] interceptors)
    {
        var options = new DbContextOptionsBuilder<SociaalNetwerkDbContext>();
        Configureer(options);
        if (interceptors.Length > 0)
        {
            options.AddInterceptors(interceptors);
        }

        return new SociaalNetwerkDbContext(options.Options);
    }
}
