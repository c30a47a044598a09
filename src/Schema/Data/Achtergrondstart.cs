namespace SociaalNetwerk.Schema.Data;

/// <summary>
/// When the background tasks (<see cref="Agenda.VoorkomenHorizonService"/>, <see cref="Participatie.BewaartermijnService"/>)
/// begin: not together with the host's start, where their first passes (~0.35 s CPU: the planner and the retention
/// pass compile their queries) compete on a small machine with the first answer to <c>/health/ready</c>, but right
/// after the server has answered that it is ready (<see cref="GeefVrij"/>, which the host calls once the first
/// <c>200</c> on its readiness path has been sent), or at the latest <see cref="Uiterlijk"/> after they were started
/// (a server that nobody asks whether it is ready). Either way readiness never waits for them.
/// </summary>
public sealed class Achtergrondstart
{
    /// <summary>How long the background tasks wait for the first ready answer before they begin anyway.</summary>
    public static readonly TimeSpan Uiterlijk = TimeSpan.FromSeconds(10);

    private readonly TaskCompletionSource _vrij = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Whether the background tasks may begin (the server answered ready, or <see cref="Uiterlijk"/> passed).</summary>
    public bool IsVrij => _vrij.Task.IsCompleted;

    /// <summary>Lets the background tasks begin; the first call counts, later ones do nothing.</summary>
    public void GeefVrij() => _vrij.TrySetResult();

    /// <summary>Waits until the background tasks may begin: <see cref="GeefVrij"/>, or <see cref="Uiterlijk"/> from now (on the real clock).</summary>
    public async Task WachtAsync(CancellationToken cancellationToken)
    {
        if (!_vrij.Task.IsCompleted)
        {
            using var uiterlijk = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var wacht = Task.Delay(Uiterlijk, uiterlijk.Token);
            await Task.WhenAny(_vrij.Task, wacht);
            await uiterlijk.CancelAsync();
            cancellationToken.ThrowIfCancellationRequested();
        }

        // Off the caller's start-up path in any case: SQLite's async calls complete synchronously.
        await Task.Yield();
    }
}
