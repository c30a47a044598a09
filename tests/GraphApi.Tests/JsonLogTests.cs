using System.Net.Http.Headers;
using System.Text.Json;

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

    private readonly TijdelijkeMap _map = new("sociaalnetwerk-jsonlog");

    public void Dispose() => _map.Dispose();

    [Fact]
    public async Task WithTheJsonFormatterEveryStdoutLineIsJsonAndNoQueryStringIsLogged()
    {
        await using var app = await GebouwdeApp.StartAsync(
        [
            .. GebouwdeApp.Sqlite(Path.Combine(_map.Pad, "jsonlog.db")),
            new("Logging:Console:FormatterName", "json"),
            // The request lines of ASP.NET Core (Hosting.Diagnostics) would show the URL with its query string.
            new("Logging:LogLevel:Microsoft.AspNetCore", "Information"),
        ]);
        using (var verzoek = new HttpRequestMessage(HttpMethod.Get, $"/graphql?query={Uri.EscapeDataString("query($z: String) { agenda(filter: { zoekterm: $z }) { totalCount } }")}&variables={Uri.EscapeDataString($$"""{"z":"{{Geheim}}"}""")}"))
        {
            verzoek.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/json"));
            using var antwoord = await app.Client.SendAsync(verzoek);
            Assert.True(antwoord.IsSuccessStatusCode, await antwoord.Content.ReadAsStringAsync());
        }

        // Stopped, so that all it wrote is read.
        await app.DoodAsync();
        List<string> uitvoer = [.. app.Regels.Where(r => r.Length > 0)];

        Assert.NotEmpty(uitvoer);
        foreach (var regel in uitvoer)
        {
            using var json = JsonDocument.Parse(regel);
            Assert.True(json.RootElement.TryGetProperty("LogLevel", out _), regel);
            Assert.True(json.RootElement.TryGetProperty("Category", out _), regel);
        }

        // The line with the address is a log entry too, its text in the state.
        using (var opstart = JsonDocument.Parse(uitvoer.First(r => r.Contains("draait op ", StringComparison.Ordinal))))
        {
            Assert.StartsWith("Sociaal Netwerk draait op ", opstart.RootElement.GetProperty("State").GetProperty("Melding").GetString(), StringComparison.Ordinal);
        }

        // The request was seen (its path, logged by the app's own middleware or not at all), its query string never.
        var alles = string.Join('\n', uitvoer) + app.Fouten;
        Assert.DoesNotContain("jsonlog.geheim", alles, StringComparison.Ordinal);
        Assert.DoesNotContain("variables=", alles, StringComparison.Ordinal);
    }
}
