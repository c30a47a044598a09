using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.Extensions.Logging;

namespace SociaalNetwerk.Schema.Data;

/// <summary>
/// A lease on a background task, shared by every instance on the database: who holds it and until when. The row of a
/// task that has run stays until <see cref="VerlooptOp"/>, so the task runs once per interval however many instances
/// there are; a holder that crashed loses its lease at that moment too.
/// </summary>
public sealed class Taakvergrendeling
{
    public required string Naam { get; set; }

    /// <summary>The instance that holds (or last held) the lease (<see cref="Taakvergrendelingen.Houder"/>).</summary>
    public required string Houder { get; set; }

    public DateTime VerlooptOp { get; set; }
}

internal sealed class TaakvergrendelingConfiguration : IEntityTypeConfiguration<Taakvergrendeling>
{
    public void Configure(EntityTypeBuilder<Taakvergrendeling> builder)
    {
        builder.ToTable("Taakvergrendelingen");
        builder.HasKey(t => t.Naam);
        builder.Property(t => t.Naam).HasMaxLength(100);
        builder.Property(t => t.Houder).HasMaxLength(200);
    }
}

/// <summary>
/// Runs background work once per interval across all instances on one database (<see cref="VoerUitAsync"/>), and
/// serialises start-up work (<see cref="WachtEnVoerUitAsync"/>). The lease is taken with one conditional upsert
/// (<c>INSERT … ON CONFLICT DO UPDATE … WHERE</c>, the same SQL on SQLite and PostgreSQL), which is atomic: of
/// instances that try at the same moment, exactly one gets it.
/// </summary>
public sealed partial class Taakvergrendelingen(IDbContextFactory<SociaalNetwerkDbContext> databank, TimeProvider klok, ILogger<Taakvergrendelingen> logger)
{
    /// <summary>This instance, as it is written in <see cref="Taakvergrendeling.Houder"/>: machine, process and a random part.</summary>
    public string Houder { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>
    /// Runs <paramref name="werk"/> on this instance if no instance has run task <paramref name="naam"/> in the last
    /// <paramref name="interval"/> (or is running it); returns whether it ran. The lease is kept after the work (also
    /// when it fails): the next run is due an interval later, on whichever instance asks first. A small margin keeps a
    /// timer that fires a moment early from skipping a whole interval.
    /// </summary>
    public async Task<bool> VoerUitAsync(string naam, TimeSpan interval, Func<CancellationToken, Task> werk, CancellationToken cancellationToken)
    {
        var marge = TimeSpan.FromTicks(Math.Min(interval.Ticks / 20, TimeSpan.FromMinutes(1).Ticks));
        if (!await NeemAsync(naam, interval - marge, cancellationToken))
        {
            LogOvergeslagen(logger, naam);
            return false;
        }

        LogGestart(logger, naam, Houder);
        await werk(cancellationToken);
        return true;
    }

    /// <summary>
    /// Waits until this instance holds the lease <paramref name="naam"/>, runs <paramref name="werk"/> and releases the
    /// lease: for start-up work that every instance must see done before it serves (seeding an empty database). A
    /// holder that crashed blocks the others for <paramref name="maximaleDuur"/> at most.
    /// </summary>
    public async Task WachtEnVoerUitAsync(string naam, TimeSpan maximaleDuur, Func<CancellationToken, Task> werk, CancellationToken cancellationToken)
    {
        while (!await NeemAsync(naam, maximaleDuur, cancellationToken))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }

        try
        {
            await werk(cancellationToken);
        }
        finally
        {
            // Released by removing the row, not by setting its expiry to this process's now: another process (the CLI
            // on the real clock, an instance whose clock lags) must not wait for a time it has not reached yet.
            await using var db = await databank.CreateDbContextAsync(CancellationToken.None);
            await db.Database.ExecuteSqlAsync($"DELETE FROM \"Taakvergrendelingen\" WHERE \"Naam\" = {naam} AND \"Houder\" = {Houder}", CancellationToken.None);
        }
    }

    /// <summary>One statement: insert the lease, or take it over when it has expired; one row affected means it is ours.</summary>
    private async Task<bool> NeemAsync(string naam, TimeSpan duur, CancellationToken cancellationToken)
    {
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        var nu = klok.GetUtcNow().UtcDateTime;
        var tot = nu + duur;
        var rijen = await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "Taakvergrendelingen" ("Naam", "Houder", "VerlooptOp") VALUES ({naam}, {Houder}, {tot})
            ON CONFLICT ("Naam") DO UPDATE SET "Houder" = excluded."Houder", "VerlooptOp" = excluded."VerlooptOp"
            WHERE "Taakvergrendelingen"."VerlooptOp" <= {nu}
            """,
            cancellationToken);
        return rijen == 1;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Background task {Naam} runs on this instance ({Houder}).")]
    private static partial void LogGestart(ILogger logger, string naam, string houder);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Background task {Naam} skipped: another instance ran it in this interval or is running it.")]
    private static partial void LogOvergeslagen(ILogger logger, string naam);
}
