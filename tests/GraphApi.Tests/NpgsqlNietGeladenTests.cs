using System.Diagnostics;
using System.Net;
using Microsoft.Data.Sqlite;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// A server on SQLite never loads Npgsql or its EF Core provider (docs/performance.md, idle memory): the built app,
/// started as an operator starts it on a new database (migrations, demo data), answering an agenda query and a page.
/// What the process loaded is read from its memory map (<c>/proc/&lt;pid&gt;/maps</c>, Linux), as the test process
/// itself has loaded Npgsql for other tests.
/// </summary>
[Trait(TestDatabank.Kenmerk, TestDatabank.Onafhankelijk)]
public sealed class NpgsqlNietGeladenTests : IDisposable
{
    private readonly string _map = Path.Combine(Path.GetTempPath(), "sociaalnetwerk-npgsql", Guid.NewGuid().ToString("N"));

    public NpgsqlNietGeladenTests() => Directory.CreateDirectory(_map);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_map, recursive: true);
    }

    [Fact]
    public async Task AServerOnSqliteNeverLoadsNpgsql()
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "SociaalNetwerk.GraphApi.dll"), "--urls", "http://127.0.0.1:0"])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ConnectionStrings__SociaalNetwerk"] = $"Data Source={Path.Combine(_map, "npgsql.db")}";
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Information";

        var adres = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var fouten = new System.Text.StringBuilder();
        using var proces = new Process { StartInfo = start };
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
        string[] geladen;
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri(await adres.Task.WaitAsync(TimeSpan.FromMinutes(3))) };
            using var genoeg = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            while ((await client.GetAsync("/health/ready", genoeg.Token)).StatusCode != HttpStatusCode.OK)
            {
                await Task.Delay(50, genoeg.Token);
            }

            var agenda = await client.GetAsync($"/graphql?query={Uri.EscapeDataString("{ agenda(first: 5) { totalCount nodes { start activiteit { titel } } } }")}");
            Assert.True(agenda.IsSuccessStatusCode, await agenda.Content.ReadAsStringAsync());
            var pagina = await client.GetAsync("/agenda");
            Assert.True(pagina.IsSuccessStatusCode, await pagina.Content.ReadAsStringAsync());

            geladen = [.. File.ReadLines($"/proc/{proces.Id}/maps")
                .Where(r => r.EndsWith(".dll", StringComparison.Ordinal))
                .Select(r => Path.GetFileName(r[r.IndexOf('/')..]))
                .Distinct()];
        }
        finally
        {
            proces.Kill(entireProcessTree: true);
            await proces.WaitForExitAsync();
        }

        Assert.Contains("Microsoft.EntityFrameworkCore.Sqlite.dll", geladen);
        Assert.DoesNotContain(geladen, d => d.StartsWith("Npgsql", StringComparison.Ordinal));
    }
}
