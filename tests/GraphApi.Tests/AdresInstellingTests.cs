using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// Where the built GraphApi listens, started as an operator starts it (a process, <c>dotnet SociaalNetwerk.GraphApi.dll</c>
/// with its own <c>appsettings.json</c>): the usual ASP.NET Core settings win, <c>http://localhost:5080</c> only when
/// nothing is set.
/// </summary>
[Trait(TestDatabank.Kenmerk, TestDatabank.Onafhankelijk)]
public sealed class AdresInstellingTests : IDisposable
{
    private static readonly string[] AdresVariabelen =
        ["ASPNETCORE_URLS", "DOTNET_URLS", "ASPNETCORE_HTTP_PORTS", "DOTNET_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "DOTNET_HTTPS_PORTS", "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT"];

    /// <summary>The GraphApi's own build output (bin/Release/net10.0 beside this test's), with its appsettings.json.</summary>
    private static readonly string Uitvoer = Path.Combine(
        SociaalNetwerk.Tests.Repository.Map, "src", "GraphApi",
        Path.GetRelativePath(Path.Combine(SociaalNetwerk.Tests.Repository.Map, "tests", "GraphApi.Tests"), AppContext.BaseDirectory));

    private readonly TijdelijkeMap _map = new("sociaalnetwerk-adres");

    public void Dispose() => _map.Dispose();

    [Fact]
    public async Task AspNetCoreUrlsIsHonoured()
    {
        var poort = VrijePoort();

        await StartEnVraagAsync([], new() { ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{poort}" }, poort);
    }

    [Fact]
    public async Task TheUrlsArgumentIsHonoured()
    {
        var poort = VrijePoort();

        await StartEnVraagAsync(["--urls", $"http://127.0.0.1:{poort}"], [], poort);
    }

    [Fact]
    public async Task AspNetCoreHttpPortsIsHonoured()
    {
        var poort = VrijePoort();

        await StartEnVraagAsync([], new() { ["ASPNETCORE_HTTP_PORTS"] = poort.ToString(System.Globalization.CultureInfo.InvariantCulture) }, poort);
    }

    /// <summary>
    /// Nothing set: port 5080 on localhost. Another program on this machine may hold that port; then the start fails on
    /// exactly that address, which shows the default just as well.
    /// </summary>
    [Fact]
    public async Task WithoutSettingsTheServerListensOnLocalhost5080()
    {
        var (proces, regels, adres) = Start([], []);
        using (proces)
        {
            try
            {
                var regel = await WachtOpAdresAsync(adres);
                if (regel is null)
                {
                    var uitvoer = string.Join('\n', regels);
                    Assert.Contains("address already in use", uitvoer, StringComparison.OrdinalIgnoreCase);
                    Assert.Contains(":5080", uitvoer, StringComparison.Ordinal);
                    return;
                }

                Assert.StartsWith("Sociaal Netwerk draait op http://localhost:5080 ", regel, StringComparison.Ordinal);
                using var client = new HttpClient();
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("http://localhost:5080/health/ready")).StatusCode);
            }
            finally
            {
                Stop(proces);
            }
        }
    }

    private async Task StartEnVraagAsync(string[] argumenten, Dictionary<string, string> omgeving, int poort)
    {
        var (proces, regels, adres) = Start(argumenten, omgeving);
        using (proces)
        {
            try
            {
                var regel = await WachtOpAdresAsync(adres);
                Assert.True(regel is not null, "The server did not start:\n" + string.Join('\n', regels));
                Assert.Contains($":{poort}", regel, StringComparison.Ordinal);
                Assert.DoesNotContain(":5080", string.Join('\n', regels), StringComparison.Ordinal);

                using var client = new HttpClient();
                var gezond = await client.GetAsync($"http://127.0.0.1:{poort}/health/ready");
                Assert.Equal(HttpStatusCode.OK, gezond.StatusCode);
                var graphql = await client.GetStringAsync($"http://127.0.0.1:{poort}/graphql?query=%7B__typename%7D");
                Assert.Contains("\"__typename\":\"Query\"", graphql, StringComparison.Ordinal);
            }
            finally
            {
                Stop(proces);
            }
        }
    }

    private (Process Proces, List<string> Regels, Task<string?> Adres) Start(string[] argumenten, Dictionary<string, string> omgeving)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(Uitvoer, "SociaalNetwerk.GraphApi.dll"), .. argumenten])
        {
            WorkingDirectory = Uitvoer,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var variabele in AdresVariabelen)
        {
            start.Environment.Remove(variabele);
        }

        start.Environment["ConnectionStrings__SociaalNetwerk"] = $"Data Source={Path.Combine(_map.Pad, "adres.db")}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (naam, waarde) in omgeving)
        {
            start.Environment[naam] = waarde;
        }

        var regels = new List<string>();
        // The line "Sociaal Netwerk draait op …" once the server listens; null when its output ends first (it stopped).
        var adres = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var proces = new Process { StartInfo = start, EnableRaisingEvents = true };
        void Lees(object _, DataReceivedEventArgs e)
        {
            if (e.Data is not null)
            {
                lock (regels)
                {
                    regels.Add(e.Data);
                }

                if (e.Data.StartsWith("Sociaal Netwerk draait op ", StringComparison.Ordinal))
                {
                    adres.TrySetResult(e.Data);
                }
            }
        }

        proces.OutputDataReceived += Lees;
        proces.Exited += (_, _) =>
        {
            // WaitForExit() returns once the output has been read to its end, so every line came through Lees first.
            proces.WaitForExit();
            adres.TrySetResult(null);
        };
        proces.ErrorDataReceived += Lees;
        proces.Start();
        proces.BeginOutputReadLine();
        proces.BeginErrorReadLine();
        return (proces, regels, adres.Task);
    }

    /// <summary>The line "Sociaal Netwerk draait op …" once the server listens, or null when the process ends first.</summary>
    private static async Task<string?> WachtOpAdresAsync(Task<string?> adres)
    {
        // A generous bound for a busy machine: the first start migrates and seeds a new database.
        try
        {
            return await adres.WaitAsync(TimeSpan.FromMinutes(3));
        }
        catch (TimeoutException)
        {
            return null;
        }
    }

    private static void Stop(Process proces)
    {
        if (!proces.HasExited)
        {
            proces.Kill(entireProcessTree: true);
            proces.WaitForExit();
        }
    }

    private static int VrijePoort()
    {
        using var luisteraar = new TcpListener(IPAddress.Loopback, 0);
        luisteraar.Start();
        return ((IPEndPoint)luisteraar.LocalEndpoint).Port;
    }
}
