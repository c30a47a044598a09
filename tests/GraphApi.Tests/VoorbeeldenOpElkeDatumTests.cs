using SociaalNetwerk.GraphApi.Tests.Infrastructuur;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// The examples and the README's GraphQL work as they are written, on the fixed test date, today and a year from now:
/// every query answers without errors and finds data, and every keyed example mutation succeeds (<c>gelukt: true</c>)
/// with a key of the role its <c># rol:</c> line names. Each clock has a server of its own, dated from its own today,
/// so a date in an example that has passed (or will within a year) fails here.
/// </summary>
public abstract class VoorbeeldenOpElkeDatumTests(SociaalNetwerkServer server)
{
    [Fact]
    public async Task EveryExampleQueryAndEveryReadmeQueryRunsAndFindsData()
    {
        var problemen = await VoorbeeldDocumenten.VoerQueriesUitAsync(server);

        Assert.True(problemen.Count == 0, $"Op {server.Klok.GetUtcNow():yyyy-MM-dd}:\n" + string.Join("\n", problemen));
    }

    [Fact]
    public async Task EveryKeyedExampleMutationSucceedsWithTheKeyOfItsRole()
    {
        var voor = await VoorbeeldDocumenten.AantalActiviteitenAsync(server);

        var problemen = await VoorbeeldDocumenten.VoerMutatiesUitAsync(server);

        Assert.True(problemen.Count == 0, $"Op {server.Klok.GetUtcNow():yyyy-MM-dd}:\n" + string.Join("\n", problemen));
        // activiteitToevoegen adds one, activiteitVerwijderen removes another.
        Assert.Equal(voor, await VoorbeeldDocumenten.AantalActiviteitenAsync(server));
    }
}

/// <summary>On the fixed date of the other tests (Monday 23 November 2026), on a database of its own.</summary>
public sealed class VoorbeeldenOpDeTestdatumTests(EigenServer server) : VoorbeeldenOpElkeDatumTests(server), IClassFixture<EigenServer>;

/// <summary>On the real clock: what someone who starts the API today sees.</summary>
public sealed class VoorbeeldenVandaagTests(EchteKlokServer server) : VoorbeeldenOpElkeDatumTests(server), IClassFixture<EchteKlokServer>;

/// <summary>A year from now.</summary>
public sealed class VoorbeeldenOverEenJaarTests(VolgendJaarServer server) : VoorbeeldenOpElkeDatumTests(server), IClassFixture<VolgendJaarServer>;
