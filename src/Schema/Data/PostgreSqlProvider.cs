using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace SociaalNetwerk.Schema.Data;

/// <summary>
/// The only code outside the migrations and the PostgreSQL compiled model that names Npgsql's types, each use in a
/// method of its own that is never inlined: the JIT loads an assembly when it compiles a method that uses one of its
/// types, so a server on SQLite never loads Npgsql or its EF Core provider (1.5 MB of mapped assemblies and their
/// types, docs/performance.md). <c>NpgsqlNietGeladenTests</c> checks that.
/// </summary>
public static class PostgreSqlProvider
{
    /// <summary>EF Core's <see cref="DatabaseFacade.ProviderName"/> of Npgsql (what Npgsql's <c>IsNpgsql()</c> compares with).</summary>
    public const string ProviderNaam = "Npgsql.EntityFrameworkCore.PostgreSQL";

    /// <summary>Whether <paramref name="database"/> is on PostgreSQL, without loading Npgsql on SQLite.</summary>
    public static bool Is(DatabaseFacade database) => database.ProviderName == ProviderNaam;

    /// <summary>Npgsql as the provider of <paramref name="options"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static DbContextOptionsBuilder Configureer(DbContextOptionsBuilder options, string connectionString, int commandTimeout, string migratiesAssembly) =>
        options.UseNpgsql(connectionString, npgsql => npgsql
            .CommandTimeout(commandTimeout)
            .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter)
            .MigrationsAssembly(migratiesAssembly));

    /// <summary>A connection from Npgsql's pool, outside EF Core (<see cref="Dataversielezer"/>).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static System.Data.Common.DbConnection Verbinding(string connectionString) => new NpgsqlConnection(connectionString);

    /// <summary>PostgreSQL's answer when a table or the database does not exist (42P01, 3D000).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static bool IsOntbrekendeTabel(Exception fout) =>
        fout is PostgresException { SqlState: PostgresErrorCodes.UndefinedTable or PostgresErrorCodes.InvalidCatalogName };

    /// <summary>PostgreSQL's unique_violation (23505).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static bool IsUniekeSchending(Exception fout) =>
        fout is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
