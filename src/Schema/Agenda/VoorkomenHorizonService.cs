using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SociaalNetwerk.Schema.Data;

namespace SociaalNetwerk.Schema.Agenda;

/// <summary>
/// Keeps the materialised occurrences up to date in the background (<see cref="VoorkomenVernieuwer.WerkBijAsync"/>: only
/// what is due): once right after the start (when the server has answered ready: <see cref="Achtergrondstart"/>), so a
/// server that was off for a while catches up without holding up readiness, and then once a day, on one instance of all
/// on the database (<see cref="Taakvergrendelingen"/>).
/// </summary>
public sealed partial class VoorkomenHorizonService(IDbContextFactory<SociaalNetwerkDbContext> databank, Taakvergrendelingen vergrendelingen, Achtergrondstart start, VoorkomenPlanning planning, TimeProvider klok, ILogger<VoorkomenHorizonService> logger) : BackgroundService
{
    /// <summary>The task's name in <see cref="Taakvergrendeling.Naam"/>.</summary>
    public const string Taak = "voorkomenhorizon";

    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    /// <summary>One tick of the timer: refreshes the occurrences unless another instance did in this interval; returns whether it ran.</summary>
    public Task<bool> VoerUitAsync(CancellationToken cancellationToken) =>
        vergrendelingen.VoerUitAsync(Taak, Interval, WerkBijAsync, cancellationToken);

    /// <summary>One pass of the planner (only what is due; nothing when all is planned), counted in <see cref="VoorkomenPlanning"/>.</summary>
    private async Task WerkBijAsync(CancellationToken cancellationToken)
    {
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        var resultaat = await VoorkomenVernieuwer.WerkBijAsync(db, klok, cancellationToken);
        planning.Tel(resultaat);
        LogVernieuwd(logger, resultaat.Volledig, resultaat.Verlengd);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off the start-up path: the host finishes starting and answers ready first (Achtergrondstart), then this catches up.
        await start.WachtAsync(stoppingToken);
        try
        {
            await WerkBijAsync(stoppingToken);
            planning.MeldBijgewerkt();
        }
        catch (Exception fout) when (fout is not OperationCanceledException)
        {
            LogMislukt(logger, fout);
            planning.MeldMislukt(fout);
        }

        using var timer = new PeriodicTimer(Interval, klok);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await VoerUitAsync(stoppingToken);
            }
            catch (Exception fout) when (fout is not OperationCanceledException)
            {
                LogMislukt(logger, fout);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Occurrences planned: {Volledig} activities in full, {Verlengd} series extended.")]
    private static partial void LogVernieuwd(ILogger logger, int volledig, int verlengd);

    [LoggerMessage(Level = LogLevel.Error, Message = "Refreshing occurrences failed; retrying tomorrow.")]
    private static partial void LogMislukt(ILogger logger, Exception fout);
}

/// <summary>
/// What the background planner did in this process: whether its first pass after the start has finished
/// (<see cref="Bijgewerkt"/>, for whoever needs every occurrence in place, such as tests and the benchmark) and how much it
/// planned in total (a restart on a database that is up to date plans nothing).
/// </summary>
public sealed class VoorkomenPlanning
{
    private readonly TaskCompletionSource _bijgewerkt = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _volledig;
    private int _verlengd;

    /// <summary>Completes when the first pass after the start has finished (faults when it failed).</summary>
    public Task Bijgewerkt => _bijgewerkt.Task;

    /// <summary>Activities planned in full since the start.</summary>
    public int Volledig => Volatile.Read(ref _volledig);

    /// <summary>Series extended forward since the start.</summary>
    public int Verlengd => Volatile.Read(ref _verlengd);

    internal void Tel(Planresultaat resultaat)
    {
        Interlocked.Add(ref _volledig, resultaat.Volledig);
        Interlocked.Add(ref _verlengd, resultaat.Verlengd);
    }

    internal void MeldBijgewerkt() => _bijgewerkt.TrySetResult();

    internal void MeldMislukt(Exception fout) => _bijgewerkt.TrySetException(fout);
}
