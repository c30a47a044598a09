using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.Extensions.Options;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;

namespace SociaalNetwerk.Schema.Participatie;

/// <summary>
/// How many reacties (and withdrawals) one client address sent in one minute: the counter of the <see cref="InzendLimiet"/>,
/// in the database so that the limit holds across every instance.
/// </summary>
public sealed class Inzendtelling
{
    public required string Adres { get; set; }

    /// <summary>The start of the minute (UTC).</summary>
    public DateTime Venster { get; set; }

    public int Aantal { get; set; }
}

internal sealed class InzendtellingConfiguration : IEntityTypeConfiguration<Inzendtelling>
{
    public void Configure(EntityTypeBuilder<Inzendtelling> builder)
    {
        builder.ToTable("Inzendtellingen");
        builder.HasKey(t => new { t.Adres, t.Venster });
        builder.Property(t => t.Adres).HasMaxLength(InzendLimiet.MaxAdres);
        builder.HasIndex(t => t.Venster);
    }
}

/// <summary>
/// At most <see cref="ParticipatieOpties.InzendingenPerMinuut"/> per client address per minute (a fixed window), counted
/// in the database (<see cref="Inzendtelling"/>): one upsert per address for all its attempts in one group of the
/// <see cref="Reactieschrijver"/>, atomic on SQLite and PostgreSQL, so two instances behind a proxy share the limit.
/// Old windows are removed by the <see cref="BewaartermijnService"/>.
/// </summary>
public sealed class InzendLimiet(IOptions<ParticipatieOpties> opties, IDbContextFactory<SociaalNetwerkDbContext> databank, TimeProvider klok)
{
    /// <summary>The longest stored address (an IPv6 address with a zone fits).</summary>
    public const int MaxAdres = 64;

    /// <summary>
    /// Counts <paramref name="aantal"/> attempts of one address (in the caller's transaction) and says, in their order,
    /// which are over the limit: the first attempts of the window pass, every later one is refused
    /// (<see cref="FoutCodes.TeVeelVerzoeken"/>), and every attempt counts, refused or not.
    /// </summary>
    public async Task<bool[]> TelAsync(SociaalNetwerkDbContext db, string? clientAdres, int aantal, CancellationToken cancellationToken)
    {
        var adres = string.IsNullOrEmpty(clientAdres) ? "onbekend" : clientAdres.Length > MaxAdres ? clientAdres[..MaxAdres] : clientAdres;
        var venster = Venster(klok.GetUtcNow().UtcDateTime);
        var totaal = (await db.Database.SqlQuery<int>(
            $"""
            INSERT INTO "Inzendtellingen" ("Adres", "Venster", "Aantal") VALUES ({adres}, {venster}, {aantal})
            ON CONFLICT ("Adres", "Venster") DO UPDATE SET "Aantal" = "Inzendtellingen"."Aantal" + {aantal}
            RETURNING "Aantal" AS "Value"
            """).ToListAsync(cancellationToken)).Single();
        var toegestaan = Math.Max(1, opties.Value.InzendingenPerMinuut);
        var eerste = totaal - aantal;
        return [.. Enumerable.Range(1, aantal).Select(i => eerste + i > toegestaan)];
    }

    /// <summary>Removes the counters of windows that have passed.</summary>
    public async Task<int> RuimOpAsync(CancellationToken cancellationToken)
    {
        var venster = Venster(klok.GetUtcNow().UtcDateTime);
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        return await db.Inzendtellingen.Where(t => t.Venster < venster).ExecuteDeleteAsync(cancellationToken);
    }

    private static DateTime Venster(DateTime nu) => new(nu.Ticks - (nu.Ticks % TimeSpan.TicksPerMinute), DateTimeKind.Utc);
}
