using SociaalNetwerk.Schema.Data;

namespace SociaalNetwerk.GraphApi.Beheer;

/// <summary>
/// Twice a day, <see cref="Sleutelring.ZorgVoorSleutelAsync"/>: the next Data Protection key is written here, outside
/// any transaction, days before the current one expires, so that the key ring (loaded at its first use, refreshed by
/// Data Protection once a day) never has to write one inside a request. The start does the same
/// (<see cref="HostingExtensions.BereidDatabankVoorAsync"/>).
/// </summary>
public sealed partial class SleutelringBewaking(IServiceProvider services, TimeProvider klok, ILogger<SleutelringBewaking> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(12);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, klok);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await Sleutelring.ZorgVoorSleutelAsync(services, stoppingToken);
            }
            catch (Exception fout) when (fout is not OperationCanceledException)
            {
                LogMislukt(logger, fout, Interval);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Checking the Data Protection keys failed; retrying in {Interval}.")]
    private static partial void LogMislukt(ILogger logger, Exception fout, TimeSpan interval);
}
