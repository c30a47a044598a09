using System.Diagnostics;
using System.Net;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// The built GraphApi started from another folder than its own (<c>dotnet /opt/sociaalnetwerk/SociaalNetwerk.GraphApi.dll</c>
/// from a home folder or a cron job): it still finds its <c>appsettings.json</c> (the host filter) and GraphiQL.
/// </summary>
[Trait(TestDatabank.Kenmerk, TestDatabank.Onafhankelijk)]
public sealed class CliWerkmapTests : IDisposable
{
    private readonly TijdelijkeMap _elders = new("sociaalnetwerk-werkmap");

    public void Dispose() => _elders.Dispose();

    [Fact]
    public async Task StartedFromAnotherFolderTheServerUsesItsOwnSettingsAndGraphiQL()
    {
        var start = Start(["--urls", "http://127.0.0.1:0"]);
        start.Environment["ConnectionStrings__SociaalNetwerk"] = $"Data Source={Path.Combine(_elders.Pad, "test.db")}";
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var proces = Process.Start(start)!;
        try
        {
            string? adres = null;
            using var genoeg = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            while (adres is null && await proces.StandardOutput.ReadLineAsync(genoeg.Token) is { } regel)
            {
                if (regel.Contains("draait op ", StringComparison.Ordinal))
                {
                    adres = regel[(regel.IndexOf("draait op ", StringComparison.Ordinal) + "draait op ".Length)..].Split(' ')[0];
                }
            }

            Assert.NotNull(adres);
            _ = proces.StandardOutput.ReadToEndAsync(CancellationToken.None);
            _ = proces.StandardError.ReadToEndAsync(CancellationToken.None);
            using var client = new HttpClient { BaseAddress = new Uri(adres) };
            while ((await client.GetAsync("/health/ready", genoeg.Token)).StatusCode != HttpStatusCode.OK)
            {
                await Task.Delay(50, genoeg.Token);
            }

            using var graphiql = new HttpRequestMessage(HttpMethod.Get, "/graphql");
            graphiql.Headers.Accept.ParseAdd("text/html");
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(graphiql, genoeg.Token)).StatusCode);

            // appsettings.json: AllowedHosts is localhost;127.0.0.1;[::1] in production.
            using var vreemd = new HttpRequestMessage(HttpMethod.Get, "/health/live");
            vreemd.Headers.Host = "evil.example";
            Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(vreemd, genoeg.Token)).StatusCode);
        }
        finally
        {
            proces.Kill(entireProcessTree: true);
            await proces.WaitForExitAsync();
        }
    }

    private ProcessStartInfo Start(string[] argumenten)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "SociaalNetwerk.GraphApi.dll"), .. argumenten])
        {
            WorkingDirectory = _elders.Pad,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Information";
        return start;
    }
}
