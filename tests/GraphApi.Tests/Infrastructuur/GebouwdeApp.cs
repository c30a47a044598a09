using System.Diagnostics;
using System.Net;

namespace SociaalNetwerk.GraphApi.Tests.Infrastructuur;

/// <summary>
/// The built GraphApi as an operator runs it (<c>dotnet SociaalNetwerk.GraphApi.dll</c>, <c>Production</c>), configured
/// through environment variables: a command run to its end (<see cref="VoerUitAsync"/>), or the server, started and
/// ready (its readiness check answers 200). <see cref="Geladen"/> reads what the server's process mapped (Linux).
/// </summary>
public sealed class GebouwdeApp : IAsyncDisposable
{
    private readonly Process _proces;
    private readonly List<string> _regels = [];
    private readonly System.Text.StringBuilder _fouten = new();

    private GebouwdeApp(Process proces)
    {
        _proces = proces;
    }

    public HttpClient Client { get; } = new();

    /// <summary>The lines the server wrote to standard output so far.</summary>
    public IReadOnlyList<string> Regels
    {
        get
        {
            lock (_regels)
            {
                return [.. _regels];
            }
        }
    }

    /// <summary>What the server wrote to standard error so far.</summary>
    public string Fouten
    {
        get
        {
            lock (_fouten)
            {
                return _fouten.ToString();
            }
        }
    }

    /// <summary>The settings of a SQLite database file, for <see cref="VoerUitAsync"/> and <see cref="StartAsync(IEnumerable{KeyValuePair{string, string}})"/>.</summary>
    public static Dictionary<string, string> Sqlite(string bestand) => new()
    {
        ["Database:Provider"] = "Sqlite",
        ["ConnectionStrings:SociaalNetwerk"] = $"Data Source={bestand}",
    };

    /// <summary>
    /// Runs the command <paramref name="argumenten"/> to its end with <paramref name="instellingen"/> (configuration keys
    /// such as <c>Database:Provider</c>, usually <see cref="TestDatabank.Instellingen"/> or <see cref="Sqlite"/>, and
    /// whatever the test sets besides) and logging at Warning unless they say otherwise: its exit code and its output.
    /// </summary>
    public static Task<(int Code, string Uitvoer)> VoerUitAsync(IEnumerable<KeyValuePair<string, string>> instellingen, params string[] argumenten) =>
        Programma.VoerUitAsync(Start(argumenten, [new("Logging:LogLevel:Default", "Warning"), .. instellingen]));

    /// <summary><see cref="VoerUitAsync"/> started in <paramref name="werkmap"/> (an operator's shell or cron job elsewhere).</summary>
    public static Task<(int Code, string Uitvoer)> VoerUitInAsync(string werkmap, IEnumerable<KeyValuePair<string, string>> instellingen, params string[] argumenten)
    {
        var start = Start(argumenten, [new("Logging:LogLevel:Default", "Warning"), .. instellingen]);
        start.WorkingDirectory = werkmap;
        return Programma.VoerUitAsync(start);
    }

    /// <summary>The server on a new or existing SQLite file.</summary>
    public static Task<GebouwdeApp> StartAsync(string bestand) => StartAsync(Sqlite(bestand));

    /// <summary>
    /// The server with <paramref name="instellingen"/> (as for <see cref="VoerUitAsync"/>; logging at Information unless
    /// they say otherwise) on a free port, once its readiness check answers 200 (the first start migrates and seeds);
    /// started in <paramref name="werkmap"/> when given (an operator's shell or cron job elsewhere), else in its own folder.
    /// </summary>
    public static async Task<GebouwdeApp> StartAsync(IEnumerable<KeyValuePair<string, string>> instellingen, string? werkmap = null)
    {
        var start = Start(["--urls", "http://127.0.0.1:0"], [new("Logging:LogLevel:Default", "Information"), .. instellingen]);
        start.WorkingDirectory = werkmap ?? start.WorkingDirectory;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var app = new GebouwdeApp(new Process { StartInfo = start });
        var adres = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        app._proces.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                adres.TrySetException(new InvalidOperationException($"the app stopped:\n{string.Join('\n', app.Regels)}\n{app.Fouten}"));
                return;
            }

            lock (app._regels)
            {
                app._regels.Add(e.Data);
            }

            if (e.Data.Contains("draait op ", StringComparison.Ordinal))
            {
                adres.TrySetResult(e.Data[(e.Data.IndexOf("draait op ", StringComparison.Ordinal) + "draait op ".Length)..].Split(' ')[0]);
            }
        };
        app._proces.ErrorDataReceived += (_, e) =>
        {
            lock (app._fouten)
            {
                app._fouten.AppendLine(e.Data);
            }
        };
        app._proces.Start();
        app._proces.BeginOutputReadLine();
        app._proces.BeginErrorReadLine();
        try
        {
            // Generous bounds for a busy machine.
            app.Client.BaseAddress = new Uri(await adres.Task.WaitAsync(TimeSpan.FromMinutes(3)));
            using var genoeg = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            while ((await app.Client.GetAsync("/health/ready", genoeg.Token)).StatusCode != HttpStatusCode.OK)
            {
                await Task.Delay(50, genoeg.Token);
            }
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return app;
    }

    /// <summary>The assemblies mapped into the process now.</summary>
    public string[] Geladen() => [.. File.ReadLines($"/proc/{_proces.Id}/maps")
        .Where(r => r.EndsWith(".dll", StringComparison.Ordinal))
        .Select(r => Path.GetFileName(r[r.IndexOf('/')..]))
        .Distinct()];

    /// <summary>
    /// Kills the server (SIGKILL: no shutdown, nothing flushed) and waits until it is gone and all it wrote is read.
    /// </summary>
    public async Task DoodAsync()
    {
        if (!_proces.HasExited)
        {
            _proces.Kill(entireProcessTree: true);
        }

        await _proces.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await DoodAsync();
        _proces.Dispose();
    }

    /// <summary>The built app with <paramref name="argumenten"/>; each setting an environment variable (<c>:</c> as <c>__</c>), the last one of a key wins.</summary>
    private static ProcessStartInfo Start(string[] argumenten, IEnumerable<KeyValuePair<string, string>> instellingen)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "SociaalNetwerk.GraphApi.dll"), .. argumenten])
        {
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (sleutel, waarde) in instellingen)
        {
            start.Environment[sleutel.Replace(":", "__", StringComparison.Ordinal)] = waarde;
        }

        return start;
    }
}
