using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SociaalNetwerk.Schema.Data;

namespace SociaalNetwerk.Schema.Agenda;

/// <summary>Keeps the materialised occurrences of recurring activities a full horizon ahead: once a day.</summary>
public sealed partial class VoorkomenHorizonService(IDbContextFactory<SociaalNetwerkDbContext> databank, TimeProvider klok, ILogger<VoorkomenHorizonService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromDays(1), klok);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var db = await databank.CreateDbContextAsync(stoppingToken);
                var terugkerend = await db.Activiteiten.Where(a => a.Herhaling != null).Select(a => a.Id).ToListAsync(stoppingToken);
                await VoorkomenVernieuwer.VernieuwAsync(db, terugkerend, klok, stoppingToken);
                LogVernieuwd(logger, terugkerend.Count);
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
