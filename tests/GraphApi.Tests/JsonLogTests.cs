using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// JSON console logs (<c>Logging:Console:FormatterName=json</c>): the built app, started as an operator starts it,
/// writes only JSON lines to stdout — and the request log never shows a query string, even with every
/// ASP.NET Core category at Information.
/// </summary>
[Trait(TestDatabank.Kenmerk, TestDatabank.Onafhankelijk)]
public sealed class JsonLogTests : IDisposable
{
    private const string Geheim = "jsonlog.geheim@example.org";

    private readonly string _map = Path.Combine(Path.GetTempPath(), "sociaalnetwerk-jsonlog", Guid.NewGuid().ToString("N"));

    public JsonLogTests() => Directory.CreateDirectory(_map);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_map, recursive: true);
    }

    [Fact]
    public async Task WithTheJsonFormatterEveryStdoutLineIsJsonAndNoQueryStringIsLogged()
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "SociaalNetwerk.GraphApi.dll"), "--urls", "http://127.0.0.1:0"])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ConnectionStrings__SociaalNetwerk"] = $"Data Source={Path.Combine(_map, "jsonlog.db")}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__Console__FormatterName"] = "json";
        // The request lines of ASP.NET Core (Hosting.Diagnostics) would show the URL with its query string.
        start.Environment["Logging__LogLevel__Microsoft.AspNetCore"] = "Information";
        start.Environment["Logging__LogLevel__Default"] = "Information";

        var regels = new List<string>();
        var adres = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var proces = new Process { StartInfo = start };
        proces.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                adres.TrySetException(new InvalidOperationException("the app stopped: " + string.Join('\n', regels)));
                return;
            }

            lock (regels)
            {
                regels.Add(e.Data);
            }

            if (e.Data.Contains("draait op ", StringComparison.Ordinal))
            {
                try
                {
                    using var json = JsonDocument.Parse(e.Data);
                    adres.TrySetResult(json.RootElement.GetProperty("State").GetProperty("Melding").GetString()!.Split(' ')[4]);
                }
                catch (Exception fout) when (fout is JsonException or KeyNotFoundException)
                {
                    adres.TrySetException(new InvalidOperationException("the start-up line is not a JSON log entry: " + e.Data, fout));
                }
            }
        };
        var fouten = new System.Text.StringBuilder();
        proces.ErrorDataReceived += (_, e) => fouten.AppendLine(e.Data);
        proces.Start();
        proces.BeginOutputReadLine();
        proces.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri(await adres.Task.WaitAsync(TimeSpan.FromMinutes(3))) };
            using var verzoek = new HttpRequestMessage(HttpMethod.Get, $"/graphql?query={Uri.EscapeDataString("query($z: String) { agenda(filter: { zoekterm: $z }) { totalCount } }")}&variables={Uri.EscapeDataString($$"""{"z":"{{Geheim}}"}""")}");
            verzoek.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/json"));
            using var antwoord = await client.SendAsync(verzoek);
            Assert.True(antwoord.IsSuccessStatusCode, await antwoord.Content.ReadAsStringAsync());
        }
        finally
        {
            proces.Kill(entireProcessTree: true);
            await proces.WaitForExitAsync();
        }

        List<string> uitvoer;
        lock (regels)
        {
            uitvoer = [.. regels.Where(r => r.Length > 0)];
        }

        Assert.NotEmpty(uitvoer);
        foreach (var regel in uitvoer)
        {
            using var json = JsonDocument.Parse(regel);
            Assert.True(json.RootElement.TryGetProperty("LogLevel", out _), regel);
            Assert.True(json.RootElement.TryGetProperty("Category", out _), regel);
        }

        // The request was seen (its path, logged by the app's own middleware or not at all), its query string never.
        var alles = string.Join('\n', uitvoer) + fouten;
        Assert.DoesNotContain("jsonlog.geheim", alles, StringComparison.Ordinal);
        Assert.DoesNotContain("variables=", alles, StringComparison.Ordinal);
    }
}
