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
}
