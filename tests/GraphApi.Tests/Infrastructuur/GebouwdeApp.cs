using System.Diagnostics;
using System.Net;

namespace SociaalNetwerk.GraphApi.Tests.Infrastructuur;

/// <summary>
/// The built GraphApi as an operator starts it (<c>dotnet SociaalNetwerk.GraphApi.dll</c>, <c>Production</c>) on a SQLite
/// file, ready (its readiness check answers 200); <see cref="Geladen"/> reads what the process mapped (Linux).
/// </summary>
public sealed class GebouwdeApp : IAsyncDisposable
{
    private readonly Process _proces;

    private GebouwdeApp(Process proces, HttpClient client)
    {
        _proces = proces;
        Client = client;
    }

    public HttpClient Client { get; }

    public static async Task<GebouwdeApp> StartAsync(string bestand)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "SociaalNetwerk.GraphApi.dll"), "--urls", "http://127.0.0.1:0"])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ConnectionStrings__SociaalNetwerk"] = $"Data Source={bestand}";
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Information";

        var adres = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var fouten = new System.Text.StringBuilder();
        var proces = new Process { StartInfo = start };
        proces.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                adres.TrySetException(new InvalidOperationException("the app stopped: " + fouten));
            }
            else if (e.Data.Contains("draait op ", StringComparison.Ordinal))
            {
                adres.TrySetResult(e.Data[(e.Data.IndexOf("draait op ", StringComparison.Ordinal) + "draait op ".Length)..].Split(' ')[0]);
            }
        };
        proces.ErrorDataReceived += (_, e) => fouten.AppendLine(e.Data);
        proces.Start();
        proces.BeginOutputReadLine();
        proces.BeginErrorReadLine();
        var app = new GebouwdeApp(proces, new HttpClient());
        try
        {
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

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_proces.HasExited)
        {
            _proces.Kill(entireProcessTree: true);
        }

        await _proces.WaitForExitAsync();
        _proces.Dispose();
    }
}
