using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;
using SociaalNetwerk.Schema.Agenda;
using SociaalNetwerk.Schema.Data;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// What the agenda costs the database, shown by what it sends: the page statement reads only the columns the selection
/// needs, and the page and its count read the occurrences through an index range that starts near <c>vanaf</c> (SQLite's
/// <c>EXPLAIN QUERY PLAN</c>), so a year of history or 100× the data does not make them scan more than they return.
/// </summary>
[Collection(ServerCollectie.Naam)]
public sealed class AgendaQueryPlanTests(SociaalNetwerkServer server)
{
    private const string Paginaindex = "IX_Voorkomens_Start_Id_Eind_ActiviteitId";

    private readonly HttpClient _client = server.MaakClient();

    /// <summary>The statements of one request that read the occurrences (the page and, when asked, the count).</summary>
    private async Task<List<SqlOpdracht>> AgendaStatementsAsync(string query, object? variabelen = null)
    {
        server.SqlTeller.Reset();
        (await _client.GraphQLAsync(query, variabelen)).ZonderFouten();
        return server.SqlTeller.Opdrachten.Where(o => o.Tekst.Contains("\"Voorkomens\"", StringComparison.Ordinal)).ToList();
    }

    private static SqlOpdracht Pagina(List<SqlOpdracht> opdrachten) => Assert.Single(opdrachten, o => !o.Tekst.Contains("COUNT(", StringComparison.OrdinalIgnoreCase));

    private static SqlOpdracht Telling(List<SqlOpdracht> opdrachten) => Assert.Single(opdrachten, o => o.Tekst.Contains("COUNT(", StringComparison.OrdinalIgnoreCase));

    [Fact]
    public async Task ThePageStatementReadsOnlyTheActivityColumnsTheSelectionNeeds()
    {
        var titel = Pagina(await AgendaStatementsAsync("{ agenda(first: 5) { nodes { start activiteit { titel } } } }")).Tekst;
        var widget = Pagina(await AgendaStatementsAsync("""
            { agenda(first: 5) { totalCount nodes { id start eind status
                activiteit { id titel themas organisatoren { naam } locatie { naam wijk { naam } } } } } }
            """)).Tekst;
        var omschrijving = Pagina(await AgendaStatementsAsync("{ agenda(first: 5) { nodes { activiteit { omschrijving } } } }")).Tekst;
        var alleenDatums = Pagina(await AgendaStatementsAsync("{ agenda(first: 5) { nodes { id start eind } } }")).Tekst;

        foreach (var tekst in new[] { titel, widget })
        {
            Assert.Contains("\"Titel\"", tekst, StringComparison.Ordinal);
            foreach (var breed in new[] { "Omschrijving", "ZoekTekst", "Herhaling", "Doelgroepen", "GesprokenTalen", "ContactNaam", "AanmeldLink", "KostenToelichting" })
            {
                Assert.DoesNotContain($"\"{breed}\"", tekst, StringComparison.Ordinal);
            }
        }

        Assert.DoesNotContain("\"Themas\"", titel, StringComparison.Ordinal);
        Assert.Contains("\"Themas\"", widget, StringComparison.Ordinal);
        Assert.Contains("\"LocatieId\"", widget, StringComparison.Ordinal);
        Assert.Contains("\"Omschrijving\"", omschrijving, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Activiteiten\"", alleenDatums, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePageReadsTheLocationAndItsWijkAlongWithOnlyTheColumnsTheSelectionNeeds()
    {
        server.SqlTeller.Reset();
        (await _client.GraphQLAsync("{ agenda(first: 20) { nodes { activiteit { titel locatie { naam wijk { naam } } netwerk { naam } } } } }")).ZonderFouten();
        var opdrachten = server.SqlTeller.Opdrachten;

        // The location and its wijk are joined into the page statement (Projectie.LeestMee), not loaded by statements
        // of their own; each with only the columns the fields ask for.
        var pagina = Assert.Single(opdrachten, o => o.Tekst.Contains("FROM \"Voorkomens\"", StringComparison.Ordinal)).Tekst;
        Assert.DoesNotContain(opdrachten, o => o.Tekst.Contains("FROM \"Locaties\"", StringComparison.Ordinal) || o.Tekst.Contains("FROM \"Wijken\"", StringComparison.Ordinal));
        KolommenVan(pagina, "Locaties", ["Naam", "WijkId"], ["Adres", "Postcode", "Plaats", "ZoekTekst", "ZoekNaam", "ToegankelijkheidToelichting", "Rolstoeltoegankelijk"]);
        KolommenVan(pagina, "Wijken", ["Naam"], ["Omschrijving", "Slug"]);
        Assert.All(opdrachten.Where(o => o.Tekst.Contains("FROM \"Netwerken\"", StringComparison.Ordinal)), o =>
        {
            Assert.DoesNotContain("\"Omschrijving\"", o.Tekst, StringComparison.Ordinal);
            Assert.DoesNotContain("\"Website\"", o.Tekst, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task TheLocationLoaderReadsTheWijkAlongInOneStatement()
    {
        // An activity by id comes from its own loader (whole rows); its location then from the location loader, which
        // joins the wijk instead of leaving it to a third statement.
        var id = (await _client.GraphQLAsync("{ agenda(first: 50) { nodes { activiteit { id locatie { id } } } } }")).ZonderFouten()
            .Data["agenda"]!["nodes"]!.AsArray().Select(n => n!["activiteit"]!).First(a => a["locatie"] is not null)["id"]!.GetValue<string>();
        server.SqlTeller.Reset();
        var activiteit = (await _client.GraphQLAsync("query($id: ID!) { activiteit(id: $id) { locatie { naam wijk { naam } } } }", new { id })).ZonderFouten()
            .Data["activiteit"]!;
        Assert.False(string.IsNullOrEmpty(activiteit["locatie"]!["naam"]!.GetValue<string>()));
        var opdrachten = server.SqlTeller.Opdrachten;

        Assert.Equal(2, opdrachten.Count);
        var locaties = Assert.Single(opdrachten, o => o.Tekst.Contains("FROM \"Locaties\"", StringComparison.Ordinal)).Tekst;
        Assert.DoesNotContain(opdrachten, o => o.Tekst.Contains("FROM \"Wijken\"", StringComparison.Ordinal));
        KolommenVan(locaties, "Wijken", ["Naam"], ["Omschrijving", "Slug"]);
    }

    /// <summary>
    /// The columns <paramref name="sql"/> selects of the table it joins as <paramref name="tabel"/>: those in
    /// <paramref name="wel"/>, none of <paramref name="niet"/>.
    /// </summary>
    private static void KolommenVan(string sql, string tabel, string[] wel, string[] niet)
    {
        var alias = System.Text.RegularExpressions.Regex.Match(sql, $"JOIN \"{tabel}\" AS (\"?[a-z0-9]+\"?)");
        Assert.True(alias.Success, $"{tabel} is not joined: {sql}");
        var kolommen = sql[..sql.IndexOf("FROM", StringComparison.Ordinal)];
        Assert.All(wel, k => Assert.Contains($"{alias.Groups[1].Value}.\"{k}\"", kolommen, StringComparison.Ordinal));
        Assert.All(niet, k => Assert.DoesNotContain($"{alias.Groups[1].Value}.\"{k}\"", kolommen, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AFilterOnTheActivityIsOneSubqueryNotAJoinPerOccurrence()
    {
        var opdrachten = await AgendaStatementsAsync("""{ agenda(first: 5, filter: { wijken: ["oosterheem"] }) { totalCount nodes { start } } }""");

        // Without activity fields in the selection, the page and the count read activities only in the subquery of ids.
        Assert.All(opdrachten, o => Assert.DoesNotContain("JOIN \"Activiteiten\"", o.Tekst, StringComparison.Ordinal));
        Assert.DoesNotContain("\"Activiteiten\"", Telling(opdrachten).Tekst.Split("IN (", 2)[0], StringComparison.Ordinal);
    }

    public static TheoryData<string, string, bool> Agendas() => new()
    {
        { "first page", "{ agenda(first: 20) { nodes { start activiteit { titel } } } }", false },
        { "wijk page with totalCount", """{ agenda(first: 20, filter: { wijken: ["oosterheem", "seghwaert"] }) { totalCount nodes { start activiteit { titel locatie { naam wijk { naam } } } } } }""", false },
        { "thema and period with totalCount", """{ agenda(first: 20, filter: { themas: [EENZAAMHEID_EN_ONTMOETING], periode: "maand" }) { totalCount nodes { start } } }""", true },
        { "period without a filter, with totalCount", """{ agenda(first: 20, filter: { periode: "week" }) { totalCount nodes { start } } }""", false },
        { "history: vanaf in the past", """{ agenda(first: 20, filter: { vanaf: "2026-09-01T00:00:00+02:00" }) { totalCount nodes { start } } }""", false },
        { "next page", """{ agenda(first: 20, after: "djF8NjM5MDAwMDAwMDAwMDAwMDAwfDQy") { nodes { start } } }""", false },
    };

    [Theory]
    [MemberData(nameof(Agendas))]
    public async Task PageAndCountSearchTheOccurrencesByAnIndexFromVanaf(string naam, string query, bool activiteitenLezen)
    {
        var opdrachten = await AgendaStatementsAsync(query);
        if (TestDatabank.IsPostgreSql)
        {
            // EXPLAIN QUERY PLAN is SQLite's; PostgreSQL plans by its statistics.
            return;
        }

        Assert.NotEmpty(opdrachten);
        foreach (var opdracht in opdrachten)
        {
            var rijen = await PlanAsync(opdracht);
            var plan = rijen.Select(r => r.Detail).ToList();
            var beschrijving = $"{naam}: {opdracht.Tekst}\n{string.Join('\n', plan)}";

            // No occurrence is read by a full scan of the table or of an index: every access is a SEARCH on a range or key.
            var voorkomens = plan.Where(r => r.Contains("IX_Voorkomens_", StringComparison.Ordinal) || r.Contains(" v ", StringComparison.Ordinal) || r.EndsWith(" v", StringComparison.Ordinal)).ToList();
            Assert.True(voorkomens.Count > 0, beschrijving);
            Assert.All(voorkomens, r => Assert.True(r.StartsWith("SEARCH", StringComparison.Ordinal), beschrijving));
            // Nothing else is scanned either, apart from the page's own few rows (the subquery EF Core puts the LIMIT in) and,
            // for a filter on a list in the activity row (thema's), the activities once per statement (the count statement has
            // that subquery twice: a0 for its full count), never per occurrence.
            var subqueries = plan.Where(r => r.StartsWith("MATERIALIZE ", StringComparison.Ordinal) || r.StartsWith("CO-ROUTINE ", StringComparison.Ordinal))
                .Select(r => "SCAN " + r.Split(' ', 2)[1]).ToList();
            Assert.All(plan.Where(r => r.StartsWith("SCAN", StringComparison.Ordinal)), r => Assert.True(subqueries.Contains(r) || r.Contains("VIRTUAL TABLE", StringComparison.Ordinal) || r == "SCAN CONSTANT ROW" || (activiteitenLezen && r is "SCAN a" or "SCAN a0"), beschrijving));

            if (opdracht.Tekst.Contains("COUNT(", StringComparison.OrdinalIgnoreCase))
            {
                // The count statement (AgendaZoeker.TelAsync) is one constant row (SCAN CONSTANT ROW) with two counts as
                // scalar subqueries: the full count at the anchor (evaluated only when no count is kept at the current data
                // version), on the page index from shortly before the anchor, or with an activity filter per activity on
                // (ActiviteitId, Eind, Start), reading indexes only; and the correction for vanaf, a range of at most an
                // hour of ends on the index on Eind, which reads the rows of that range only (for tot and the activity id).
                var gefilterd = opdracht.Tekst.Contains("\"ActiviteitId\" IN (", StringComparison.Ordinal);
                var volledig = gefilterd
                    ? "IX_Voorkomens_ActiviteitId_Eind_Start (ActiviteitId=? AND Eind>?)"
                    : Paginaindex + " (Start>?";
                const string Correctie = "IX_Voorkomens_Eind (Eind>? AND Eind<?)";
                Assert.Contains(plan, r => r.StartsWith("SEARCH", StringComparison.Ordinal) && r.Contains(volledig, StringComparison.Ordinal));
                Assert.Single(plan, r => r.StartsWith("SEARCH", StringComparison.Ordinal) && r.Contains(Correctie, StringComparison.Ordinal));
                Assert.All(voorkomens, r => Assert.True(r.Contains("COVERING INDEX", StringComparison.Ordinal) || r.Contains(Correctie, StringComparison.Ordinal), beschrijving));
            }
            else
            {
                // The page walks the occurrences in order from shortly before vanaf: no sorting, no table row per skipped occurrence.
                Assert.Contains(plan, r => r.Contains(Paginaindex + " (Start>?", StringComparison.Ordinal));
                // Sorting is allowed only for the page's own rows after the join (outside the subquery with the LIMIT).
                var binnen = rijen.Where(r => r.Detail.StartsWith("MATERIALIZE ", StringComparison.Ordinal) || r.Detail.StartsWith("CO-ROUTINE ", StringComparison.Ordinal))
                    .Select(r => r.Id).ToHashSet();
                Assert.DoesNotContain(rijen, r => (binnen.Count == 0 || binnen.Contains(r.Ouder)) && r.Detail.Contains("TEMP B-TREE FOR ORDER BY", StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public async Task WalkingAFilteredAgendaFromThePastReturnsEveryMatchingOccurrenceExactlyOnce()
    {
        var wijken = new[] { "oosterheem", "seghwaert" };
        var fabriek = server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>();
        await using var db = await fabriek.CreateDbContextAsync();
        var inDeWijken = db.Voorkomens.AsNoTracking().Where(v => v.Activiteit!.Locatie != null && v.Activiteit.Locatie.Wijk != null && wijken.Contains(v.Activiteit.Locatie.Wijk.Slug));

        // Vanaf: a minute into an occurrence three weeks ago, so one that is going on then belongs to the result too.
        var bezig = await inDeWijken.Where(v => v.Start > SociaalNetwerkServer.Nu.UtcDateTime.AddDays(-21)).OrderBy(v => v.Start).FirstAsync();
        var vanaf = bezig.Start.AddMinutes(1);
        var tot = vanaf.AddDays(35);
        var verwacht = (await inDeWijken.Where(v => v.Eind > vanaf && v.Start < tot).ToListAsync()).Select(VoorkomenId.Maak).ToList();

        var ids = new List<string>();
        string? after = null;
        do
        {
            var agenda = (await _client.GraphQLAsync(
                "query($after: String, $filter: AgendaFilter) { agenda(first: 9, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }",
                new { after, filter = new { wijken, vanaf = Tijd(vanaf), tot = Tijd(tot) } })).ZonderFouten().Data["agenda"]!;
            Assert.Equal(verwacht.Count, agenda["totalCount"]!.GetValue<int>());
            ids.AddRange(agenda.Nodes().Select(n => n["id"]!.GetValue<string>()));
            after = agenda["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? agenda["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);

        Assert.True(verwacht.Count > 9 * 2, $"{verwacht.Count} occurrences");
        Assert.Contains(VoorkomenId.Maak(bezig), ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(verwacht.Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
    }

    private static string Tijd(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>SQLite's plan for a statement as the server sent it: each row's id, parent and detail.</summary>
    private Task<List<(long Id, long Ouder, string Detail)>> PlanAsync(SqlOpdracht opdracht) =>
        QueryPlan.LeesAsync(server.Databank.Keuze.ConnectionString, opdracht);
}
