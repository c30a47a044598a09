using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SociaalNetwerk.Schema.Data;

/// <summary>
/// The data version: one row whose value changes with every write of content, in the transaction of that write
/// (<see cref="SociaalNetwerkDbContext.SaveChanges(bool)"/> and <see cref="VerhoogAsync"/> for writes past the change
/// tracker). A reader that sees a value sees the data of that value or newer, on every instance on the database, so a
/// read cache keyed by it (the GraphQL read cache) is never stale after a write. The value is a random number, not a
/// counter: one value belongs to exactly one state of the data, also after a backup is restored or the database is
/// recreated, when a counter would repeat values that a running instance has already seen with other data.
/// </summary>
public sealed class Dataversie
{
    /// <summary>The one row.</summary>
    public const int Rij = 1;

    public int Id { get; set; } = Rij;

    public long Versie { get; set; }

    /// <summary>Tables of bookkeeping whose writes change no answer: leases, submission counters, the key ring, the version itself.</summary>
    internal static readonly HashSet<Type> GeenInhoud =
    [
        typeof(Dataversie),
        typeof(Taakvergrendeling),
        typeof(Participatie.Inzendtelling),
        typeof(Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey),
    ];

    private static readonly Func<SociaalNetwerkDbContext, Task<long>> LeesQuery =
        EF.CompileAsyncQuery((SociaalNetwerkDbContext db) => db.Dataversies.Where(d => d.Id == Rij).Select(d => d.Versie).FirstOrDefault());

    /// <summary>The current version (0 before the first write): one small statement.</summary>
    public static async Task<long> LeesAsync(IDbContextFactory<SociaalNetwerkDbContext> databank, CancellationToken cancellationToken)
    {
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        return await LeesQuery(db);
    }

    /// <summary>
    /// Gives the data a new version, in the context's current transaction. <see cref="SociaalNetwerkDbContext"/> calls
    /// it for every save that changes content; call it yourself after a write that bypasses the change tracker
    /// (<c>ExecuteUpdate</c>, <c>ExecuteDelete</c>, raw SQL), in the same transaction or after it, never before.
    /// </summary>
    public static async Task VerhoogAsync(SociaalNetwerkDbContext db, CancellationToken cancellationToken)
    {
        var nieuw = Nieuw();
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "Dataversie" ("Id", "Versie") VALUES ({Rij}, {nieuw}) ON CONFLICT ("Id") DO UPDATE SET "Versie" = excluded."Versie" """,
            cancellationToken);
    }

    /// <inheritdoc cref="VerhoogAsync"/>
    public static void Verhoog(SociaalNetwerkDbContext db)
    {
        var nieuw = Nieuw();
        db.Database.ExecuteSql(
            $"""INSERT INTO "Dataversie" ("Id", "Versie") VALUES ({Rij}, {nieuw}) ON CONFLICT ("Id") DO UPDATE SET "Versie" = excluded."Versie" """);
    }

    private static long Nieuw() => RandomNumberGenerator.GetInt32(int.MaxValue) * (long)int.MaxValue + RandomNumberGenerator.GetInt32(int.MaxValue);
}

internal sealed class DataversieConfiguration : IEntityTypeConfiguration<Dataversie>
{
    public void Configure(EntityTypeBuilder<Dataversie> builder)
    {
        builder.ToTable("Dataversie");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
    }
}
