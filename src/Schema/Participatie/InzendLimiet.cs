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
/// in the database (<see cref="Inzendtelling"/>): one upsert per attempt, atomic on SQLite and PostgreSQL, so two
/// instances behind a proxy share the limit. Old windows are removed by the <see cref="BewaartermijnService"/>.
/// </summary>
public sealed class InzendLimiet(IOptions<ParticipatieOpties> opties, IDbContextFactory<SociaalNetwerkDbContext> databank, TimeProvider klok)
{
    /// <summary>The longest stored address (an IPv6 address with a zone fits).</summary>
    public const int MaxAdres = 64;

    /// <summary>Counts this attempt and refuses it (<see cref="FoutCodes.TeVeelVerzoeken"/>) when the address is over the limit.</summary>
    public async Task ControleerAsync(SociaalNetwerkDbContext db, string? clientAdres, CancellationToken cancellationToken)
    {
        var adres = string.IsNullOrEmpty(clientAdres) ? "onbekend" : clientAdres.Length > MaxAdres ? clientAdres[..MaxAdres] : clientAdres;
        var venster = Venster(klok.GetUtcNow().UtcDateTime);
        var aantal = await db.Database.SqlQuery<int>(
            $"""
            INSERT INTO "Inzendtellingen" ("Adres", "Venster", "Aantal") VALUES ({adres}, {venster}, 1)
            ON CONFLICT ("Adres", "Venster") DO UPDATE SET "Aantal" = "Inzendtellingen"."Aantal" + 1
            RETURNING "Aantal" AS "Value"
            """).ToListAsync(cancellationToken);
        if (aantal.Single() > Math.Max(1, opties.Value.InzendingenPerMinuut))
        {
            throw new SociaalNetwerkException(FoutCodes.TeVeelVerzoeken);
        }
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
