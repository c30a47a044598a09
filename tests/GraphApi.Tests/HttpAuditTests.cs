using System.Diagnostics;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>The graphql-http audit suite (npm graphql-http) against the real server: no errors, no warnings.</summary>
[Collection(ServerCollectie.Naam)]
public sealed class HttpAuditTests(SociaalNetwerkServer server)
{
    [Fact]
    public async Task TheGraphQLOverHttpAuditPassesWithoutErrorsOrWarnings()
    {
        var map = Path.Combine(Repository.Map, "tests", "http-audit");
        Assert.True(Directory.Exists(Path.Combine(map, "node_modules", "graphql-http")), "Run 'npm ci' in tests/http-audit (test.sh does this).");
        var start = new ProcessStartInfo("node", ["audit.mjs", new Uri(server.Adres, "/graphql").ToString()])
        {
            WorkingDirectory = map,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        using var proces = Process.Start(start)!;
        var uitvoer = await proces.StandardOutput.ReadToEndAsync();
        var fouten = await proces.StandardError.ReadToEndAsync();
        await proces.WaitForExitAsync();

        Assert.True(proces.ExitCode == 0, uitvoer + fouten);
        Assert.Contains("\"ok\": 61", uitvoer.Replace("\"ok\":61", "\"ok\": 61", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
