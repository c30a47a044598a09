using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SociaalNetwerk.Schema.Data;

namespace SociaalNetwerk.Schema.Participatie;

/// <summary>
/// Runs the <see cref="BewaartermijnOpruimer"/> at start-up (once the server has answered ready:
/// <see cref="Achtergrondstart"/>) and then every <see cref="ParticipatieOpties.BewaartermijnInterval"/> (an hour by default). At start-up too, because a server that is restarted more often than the interval would otherwise never purge.
/// With several instances on one database it runs on one of them per interval (<see cref="Taakvergrendelingen"/>); the
/// same run removes the old windows of the <see cref="InzendLimiet"/>.
/// </summary>
public sealed partial class BewaartermijnService(BewaartermijnOpruimer opruimer, InzendLimiet limiet, Taakvergrendelingen vergrendelingen, Achtergrondstart start, IOptions<ParticipatieOpties> opties, TimeProvider klok, ILogger<BewaartermijnService> logger) : BackgroundService
{
    /// <summary>The task's name in <see cref="Taakvergrendeling.Naam"/>.</summary>
    public const string Taak = "bewaartermijn";

    private readonly TaskCompletionSource _eersteRonde = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Done when the run at start-up has ended (purged, left to another instance, or failed and logged).</summary>
    public Task EersteRonde => _eersteRonde.Task;

    private TimeSpan Interval => opties.Value.BewaartermijnInterval > TimeSpan.Zero ? opties.Value.BewaartermijnInterval : TimeSpan.FromHours(1);

    /// <summary>One tick of the timer: purges unless another instance did in this interval; returns whether it ran.</summary>
    public Task<bool> VoerUitAsync(CancellationToken cancellationToken) =>
        vergrendelingen.VoerUitAsync(Taak, Interval, async token =>
        {
            var resultaat = await opruimer.RuimOpAsync(token);
            if (resultaat.Reacties > 0 || resultaat.OpenAntwoorden > 0)
            {
                LogOpgeruimd(logger, resultaat.Reacties, resultaat.OpenAntwoorden);
            }

            await limiet.RuimOpAsync(token);
        }, cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Do not hold up the start of the host nor its first ready answer (Achtergrondstart).
        await start.WachtAsync(stoppingToken);
        var interval = Interval;
        using var timer = new PeriodicTimer(interval, klok);
        do
        {
            try
            {
                await VoerUitAsync(stoppingToken);
            }
            catch (Exception fout) when (fout is not OperationCanceledException)
            {
                LogMislukt(logger, fout, interval);
            }

            _eersteRonde.TrySetResult();
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention period passed: personal data removed from {Reacties} reacties ({OpenAntwoorden} open answers).")]
    private static partial void LogOpgeruimd(ILogger logger, int reacties, int openAntwoorden);

    [LoggerMessage(Level = LogLevel.Error, Message = "Removing personal data after the retention period failed; retrying in {Interval}.")]
    private static partial void LogMislukt(ILogger logger, Exception fout, TimeSpan interval);
}
