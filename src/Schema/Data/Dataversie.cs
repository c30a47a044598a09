using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SociaalNetwerk.Schema.Data;

/// <summary>
/// The data versions: one row per <see cref="Gebied"/> whose value changes with every write of content in that area, in
/// the transaction of that write (<see cref="SociaalNetwerkDbContext.SaveChanges(bool)"/> and <see cref="VerhoogAsync"/>
/// for writes past the change tracker). A reader that sees a value sees the data of that value or newer, on every
/// instance on the database, so a read cache keyed by it (the GraphQL read cache) is never stale after a write. The
/// value is a random number, not a counter: one value belongs to exactly one state of the data, also after a backup is
/// restored or the database is recreated, when a counter would repeat values that a running instance has already seen
/// with other data.
/// <para>
/// Two areas: <see cref="Gebied.Reacties"/> (the tables of <see cref="ReactieTabellen"/>: what respondents send) and
/// <see cref="Gebied.Algemeen"/> (everything else). A write that changes only reacties changes only the reacties
/// version, so a wave of submissions leaves cached agenda and organisation answers alone; a write anywhere else changes
/// the general version, which every cached answer depends on. An answer that read a reacties table depends on both.
/// </para>
/// </summary>
public sealed class Dataversie
{
    /// <summary>The general version's row (it was the only one before the areas were split).</summary>
    public const int Rij = (int)Gebied.Algemeen;

    public int Id { get; set; } = Rij;

    public long Versie { get; set; }

    /// <summary>Tables of bookkeeping whose writes change no answer: leases, submission counters, the key ring, the version itself.</summary>
    internal static readonly HashSet<Type> GeenInhoud =
    [
        typeof(Dataversie),
        typeof(Taakvergrendeling),
        typeof(Participatie.Inzendtelling),
        typeof(Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey),
        typeof(Accounts.PortaalSessie),
        typeof(Formulierinzending),
    ];

    /// <summary>The entities of the reacties area; a save that changes only these changes only <see cref="Gebied.Reacties"/>.</summary>
    internal static readonly HashSet<Type> Reactiegebied = [typeof(Participatie.Reactie), typeof(Participatie.Antwoord)];

    /// <summary>The tables of the reacties area, as the SQL names them: a statement that names one reads that area.</summary>
    public static readonly IReadOnlyList<string> ReactieTabellen = ["\"Reacties\"", "\"Antwoorden\""];

    // Compiled queries, one per model: a compiled query may only run against the model it was first run with, and one
    // process can hold contexts of both providers (`database copy`, the tests that copy an installation).
    private static readonly ConcurrentDictionary<IModel, Func<SociaalNetwerkDbContext, Task<long>>> LeesAlgemeenQueries = new();

    private static Func<SociaalNetwerkDbContext, Task<long>> LeesAlgemeenQuery(SociaalNetwerkDbContext db) =>
        LeesAlgemeenQueries.GetOrAdd(db.Model, static _ => EF.CompileAsyncQuery((SociaalNetwerkDbContext c) => c.Dataversies.Where(d => d.Id == Rij).Select(d => d.Versie).FirstOrDefault()));

    /// <summary>The current general version (0 before the first write), on this context: one small statement.</summary>
    public static Task<long> LeesAlgemeenAsync(SociaalNetwerkDbContext db) => LeesAlgemeenQuery(db)(db);

    /// <summary>
    /// Gives an area's data a new version, in the context's current transaction. <see cref="SociaalNetwerkDbContext"/>
    /// calls it for every save that changes content; call it yourself after a write that bypasses the change tracker
    /// (<c>ExecuteUpdate</c>, <c>ExecuteDelete</c>, raw SQL), in the same transaction or after it, never before: with
    /// <see cref="Gebied.Reacties"/> when the write touched only <see cref="ReactieTabellen"/>, else with the default.
    /// </summary>
    public static async Task VerhoogAsync(SociaalNetwerkDbContext db, CancellationToken cancellationToken, Gebied gebied = Gebied.Algemeen)
    {
        var nieuw = Nieuw();
        var id = (int)gebied;
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "Dataversie" ("Id", "Versie") VALUES ({id}, {nieuw}) ON CONFLICT ("Id") DO UPDATE SET "Versie" = excluded."Versie" """,
            cancellationToken);
    }

    /// <inheritdoc cref="VerhoogAsync"/>
    public static void Verhoog(SociaalNetwerkDbContext db, Gebied gebied = Gebied.Algemeen)
    {
        var nieuw = Nieuw();
        var id = (int)gebied;
        db.Database.ExecuteSql(
            $"""INSERT INTO "Dataversie" ("Id", "Versie") VALUES ({id}, {nieuw}) ON CONFLICT ("Id") DO UPDATE SET "Versie" = excluded."Versie" """);
    }

    /// <summary>The area a save of these changes belongs to, or null when it changes no content.</summary>
    internal static Gebied? GebiedVan(IEnumerable<Type> gewijzigd)
    {
        Gebied? gebied = null;
        foreach (var type in gewijzigd)
        {
            if (GeenInhoud.Contains(type))
            {
                continue;
            }

            if (!Reactiegebied.Contains(type))
            {
                return Gebied.Algemeen;
            }

            gebied = Gebied.Reacties;
        }

        return gebied;
    }

    private static long Nieuw() => RandomNumberGenerator.GetInt32(int.MaxValue) * (long)int.MaxValue + RandomNumberGenerator.GetInt32(int.MaxValue);
}

/// <summary>The areas of the data with a version of their own (<see cref="Dataversie"/>); the value is the row's id.</summary>
public enum Gebied
{
    /// <summary>Everything but the reacties: every cached answer depends on it.</summary>
    Algemeen = 1,

    /// <summary>Reacties and their answers (<see cref="Dataversie.ReactieTabellen"/>): only answers that read them depend on it.</summary>
    Reacties = 2,
}

/// <summary>The versions of both areas at one moment, as <see cref="Dataversielezer"/> reads them.</summary>
public readonly record struct Versies(long Algemeen, long Reacties);

internal sealed class DataversieConfiguration : IEntityTypeConfiguration<Dataversie>
{
    public void Configure(EntityTypeBuilder<Dataversie> builder)
    {
        builder.ToTable("Dataversie");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
    }
}
