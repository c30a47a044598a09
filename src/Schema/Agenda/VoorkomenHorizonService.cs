using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SociaalNetwerk.Schema.Data;

namespace SociaalNetwerk.Schema.Agenda;

/// <summary>
/// Keeps the materialised occurrences of recurring activities a full horizon ahead: once a day, on one instance of
/// all on the database (<see cref="Taakvergrendelingen"/>).
/// </summary>
public sealed partial class VoorkomenHorizonService(IDbContextFactory<SociaalNetwerkDbContext> databank, Taakvergrendelingen vergrendelingen, TimeProvider klok, ILogger<VoorkomenHorizonService> logger) : BackgroundService
{
    /// <summary>The task's name in <see cref="Taakvergrendeling.Naam"/>.</summary>
    public const string Taak = "voorkomenhorizon";

    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    /// <summary>One tick of the timer: refreshes the occurrences unless another instance did in this interval; returns whether it ran.</summary>
    public Task<bool> VoerUitAsync(CancellationToken cancellationToken) =>
        vergrendelingen.VoerUitAsync(Taak, Interval, async token =>
        {
            await using var db = await databank.CreateDbContextAsync(token);
            var terugkerend = await db.Activiteiten.Where(a => a.Herhaling != null).Select(a => a.Id).ToListAsync(token);
            await VoorkomenVernieuwer.VernieuwAsync(db, terugkerend, klok, token);
            LogVernieuwd(logger, terugkerend.Count);
        }, cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Occurrences of {Aantal} recurring activities refreshed.")]
    private static partial void LogVernieuwd(ILogger logger, int aantal);

    [LoggerMessage(Level = LogLevel.Error, Message = "Refreshing occurrences failed; retrying tomorrow.")]
    private static partial void LogMislukt(ILogger logger, Exception fout);
}
