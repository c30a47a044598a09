using System.Diagnostics;

namespace SociaalNetwerk.GraphApi.Tests.Infrastructuur;

/// <summary>A program run to its end, as a person runs it from a shell: its exit code and what it wrote.</summary>
public static class Programma
{
    /// <summary>Generous: only a program that hangs (a server that starts where it should refuse) waits this long.</summary>
    private static readonly TimeSpan Grens = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Runs <paramref name="start"/> until it exits: its exit code and its standard output followed by its standard
    /// error. A program that has not exited within ten minutes is killed and the test fails with what it wrote.
    /// </summary>
    public static async Task<(int Code, string Uitvoer)> VoerUitAsync(ProcessStartInfo start)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var proces = Process.Start(start)!;
        var uitvoer = proces.StandardOutput.ReadToEndAsync();
        var fouten = proces.StandardError.ReadToEndAsync();
        using var grens = new CancellationTokenSource(Grens);
        try
        {
            await proces.WaitForExitAsync(grens.Token);
        }
        catch (OperationCanceledException)
        {
            proces.Kill(entireProcessTree: true);
            throw new Xunit.Sdk.XunitException($"{start.FileName} did not stop: {await uitvoer}{await fouten}");
        }

        return (proces.ExitCode, await uitvoer + await fouten);
    }
}
