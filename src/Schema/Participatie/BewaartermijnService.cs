using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SociaalNetwerk.Schema.Participatie;

/// <summary>
/// Runs the <see cref="BewaartermijnOpruimer"/> at start-up and then every <see cref="ParticipatieOpties.BewaartermijnInterval"/>
/// (an hour by default). At start-up too, because a server that is restarted more often than the interval would otherwise never purge.
/// </summary>
public sealed partial class BewaartermijnService(BewaartermijnOpruimer opruimer, IOptions<ParticipatieOpties> opties, TimeProvider klok, ILogger<BewaartermijnService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Do not hold up the start of the host: SQLite's async calls complete synchronously.
        await Task.Yield();
        var interval = opties.Value.BewaartermijnInterval > TimeSpan.Zero ? opties.Value.BewaartermijnInterval : TimeSpan.FromHours(1);
        using var timer = new PeriodicTimer(interval, klok);
        do
        {
            try
            {
                var resultaat = await opruimer.RuimOpAsync(stoppingToken);
                if (resultaat.Reacties > 0 || resultaat.OpenAntwoorden > 0)
                {
                    LogOpgeruimd(logger, resultaat.Reacties, resultaat.OpenAntwoorden);
                }
            }
            catch (Exception fout) when (fout is not OperationCanceledException)
            {
                LogMislukt(logger, fout, interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention period passed: personal data removed from {Reacties} reacties ({OpenAntwoorden} open answers).")]
    private static partial void LogOpgeruimd(ILogger logger, int reacties, int openAntwoorden);

    [LoggerMessage(Level = LogLevel.Error, Message = "Removing personal data after the retention period failed; retrying in {Interval}.")]
    private static partial void LogMislukt(ILogger logger, Exception fout, TimeSpan interval);
}
