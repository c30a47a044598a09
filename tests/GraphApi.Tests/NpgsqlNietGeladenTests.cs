using SociaalNetwerk.GraphApi.Tests.Infrastructuur;

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
    private readonly TijdelijkeMap _map = new("sociaalnetwerk-npgsql");

    public void Dispose() => _map.Dispose();

    [Fact]
    public async Task AServerOnSqliteNeverLoadsNpgsql()
    {
        await using var app = await GebouwdeApp.StartAsync(Path.Combine(_map.Pad, "npgsql.db"));
        var agenda = await app.Client.GetAsync($"/graphql?query={Uri.EscapeDataString("{ agenda(first: 5) { totalCount nodes { start activiteit { titel } } } }")}");
        Assert.True(agenda.IsSuccessStatusCode, await agenda.Content.ReadAsStringAsync());
        var pagina = await app.Client.GetAsync("/agenda");
        Assert.True(pagina.IsSuccessStatusCode, await pagina.Content.ReadAsStringAsync());

        var geladen = app.Geladen();
        Assert.Contains("Microsoft.EntityFrameworkCore.Sqlite.dll", geladen);
        Assert.DoesNotContain(geladen, d => d.StartsWith("Npgsql", StringComparison.Ordinal));
    }
}
