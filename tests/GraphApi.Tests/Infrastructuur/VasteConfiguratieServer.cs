namespace SociaalNetwerk.GraphApi.Tests.Infrastructuur;

/// <summary>
/// The test server with <paramref name="instellingen"/> on top of its usual ones: a setting under test, or a database
/// of the test's own that outlives the server (<see cref="TestDatabank.Instellingen"/>, <see cref="GebouwdeApp.Sqlite"/>),
/// so that a test can stop it and start another on what it stored.
/// </summary>
public sealed class VasteConfiguratieServer(IEnumerable<KeyValuePair<string, string>> instellingen) : SociaalNetwerkServer
{
    protected override IDictionary<string, string?> Configuratie => instellingen.ToDictionary(i => i.Key, i => (string?)i.Value);
}
