using SociaalNetwerk.GraphApi.Tests.Infrastructuur;
using SociaalNetwerk.Schema.Agenda;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// What the background planner (<see cref="VoorkomenVernieuwer.WerkBijAsync"/>, at every start and once a day) costs
/// the database when it looks for work: it finds the activities that are due through a range of the index on
/// <c>Activiteiten.VoorkomensTot</c> (SQLite's <c>EXPLAIN QUERY PLAN</c>), so a pass with nothing to do reads no
/// activity, whatever the number of activities.
/// </summary>
[Collection(ServerCollectie.Naam)]
public sealed class VoorkomenPlannerQueryPlanTests(SociaalNetwerkServer server)
{
    private const string Index = "IX_Activiteiten_VoorkomensTot";

    [Fact]
    public async Task ThePlannerFindsWhatIsDueByARangeOfTheIndexOnVoorkomensTot()
    {
        if (TestDatabank.IsPostgreSql)
        {
            // EXPLAIN QUERY PLAN is SQLite's; PostgreSQL plans by its statistics.
            return;
        }

        // A pass on the shared server's database: its own pass at the start planned everything, so this one finds
        // nothing and writes nothing; what counts is how it looked.
        var teller = new SqlTeller();
        await using (var db = server.Databank.Keuze.MaakContext(teller))
        {
            Assert.Equal(new Planresultaat(0, 0), await VoorkomenVernieuwer.WerkBijAsync(db, server.Klok));
        }

        var zoekvragen = teller.Opdrachten.Where(o => o.Tekst.Contains("FROM \"Activiteiten\"", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, zoekvragen.Count);
        foreach (var zoekvraag in zoekvragen)
        {
            var plan = await PlanAsync(zoekvraag);
            var beschrijving = $"{zoekvraag.Tekst}\n{string.Join('\n', plan)}";

            // One range of the index (the nulls from an id on, or the horizons below the threshold), in the order the
            // query asks for: no scan, no sorting, no read along the primary key.
            var regel = Assert.Single(plan);
            Assert.True(regel.StartsWith($"SEARCH a USING INDEX {Index} (VoorkomensTot", StringComparison.Ordinal), beschrijving);
        }
    }

    /// <summary>SQLite's plan for a statement as the planner sent it: the detail of each row.</summary>
    private async Task<List<string>> PlanAsync(SqlOpdracht opdracht) =>
        [.. (await QueryPlan.LeesAsync(server.Databank.Keuze.ConnectionString, opdracht)).Select(rij => rij.Detail)];
}
