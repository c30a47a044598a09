using System.Net;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;

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
        await using var app = await GebouwdeApp.StartAsync(GebouwdeApp.Sqlite(Path.Combine(_elders.Pad, "test.db")), werkmap: _elders.Pad);

        using var graphiql = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        graphiql.Headers.Accept.ParseAdd("text/html");
        Assert.Equal(HttpStatusCode.OK, (await app.Client.SendAsync(graphiql)).StatusCode);

        // appsettings.json: AllowedHosts is localhost;127.0.0.1;[::1] in production.
        using var vreemd = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        vreemd.Headers.Host = "evil.example";
        Assert.Equal(HttpStatusCode.BadRequest, (await app.Client.SendAsync(vreemd)).StatusCode);
    }

    /// <summary>
    /// A relative <c>Data Source</c> is a file under the content root (the app's folder, where its appsettings.json is),
    /// wherever the server or a command is started: it was resolved against the working directory, so a command from a
    /// home folder or a cron job opened (and made) another, empty database there.
    /// </summary>
    [Fact]
    public async Task ARelativeDataSourceIsTheSameFileUnderTheContentRootWhereverTheAppStarts()
    {
        var relatief = Path.Combine("werkmap-tests", $"{Guid.NewGuid():N}.db");
        var onderDeApp = Path.Combine(AppContext.BaseDirectory, relatief);
        Dictionary<string, string> instellingen = new()
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:SociaalNetwerk"] = $"Data Source={relatief}",
            ["Database:Map"] = _elders.Pad,
        };
        try
        {
            var gemaakt = await GebouwdeApp.VoerUitInAsync(_elders.Pad, instellingen, "keys", "create", "--rol", "beheerder", "--omschrijving", "Werkmaptest");
            Assert.True(gemaakt.Code == 0, gemaakt.Uitvoer);
            await using (var app = await GebouwdeApp.StartAsync(instellingen, werkmap: Path.GetTempPath()))
            {
                Assert.Equal(HttpStatusCode.OK, (await app.Client.GetAsync("/health/ready")).StatusCode);
            }

            var lijst = await GebouwdeApp.VoerUitInAsync(Path.GetTempPath(), instellingen, "keys", "list");

            Assert.True(File.Exists(onderDeApp), $"no database at {onderDeApp}");
            Assert.False(File.Exists(Path.Combine(_elders.Pad, relatief)));
            Assert.False(File.Exists(Path.Combine(Path.GetTempPath(), relatief)));
            Assert.True(lijst.Code == 0, lijst.Uitvoer);
            Assert.Contains("Werkmaptest", lijst.Uitvoer, StringComparison.Ordinal);
        }
        finally
        {
            // The app's folder, and the temporary folder where a start there used to make the file.
            foreach (var map in new[] { AppContext.BaseDirectory, Path.GetTempPath() })
            {
                var bestand = Path.Combine(map, relatief);
                foreach (var deel in new[] { bestand, bestand + "-wal", bestand + "-shm" }.Where(File.Exists))
                {
                    File.Delete(deel);
                }

                if (Directory.Exists(Path.GetDirectoryName(bestand)) && !Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(bestand)!).Any())
                {
                    Directory.Delete(Path.GetDirectoryName(bestand)!);
                }
            }
        }
    }
}
