using SociaalNetwerk.GraphApi.Tests.Infrastructuur;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>A server whose execution timeout is far too short for any query that reads the database.</summary>
public sealed class UngeduldigeServer : SociaalNetwerkServer
{
    protected override IDictionary<string, string?> Configuratie => new Dictionary<string, string?> { ["GraphQL:Timeout"] = "00:00:00.0000001" };
}

public sealed class TimeoutTests(UngeduldigeServer server) : IClassFixture<UngeduldigeServer>
{
    [Fact]
    public async Task AQueryThatRunsTooLongIsStoppedWithAClearError()
    {
        using var client = server.MaakClient();

        var antwoord = await client.GraphQLAsync("""
            { agenda(first: 50) { totalCount nodes { activiteit { titel organisatoren { naam } locatie { naam wijk { naam } } } } } }
            """);

        Assert.Equal("TIMEOUT", antwoord.EersteCode);
        Assert.Equal("De query duurde te lang en is afgebroken. Vraag minder gegevens tegelijk op.", antwoord.EersteBericht);
    }
}
