using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;
using SociaalNetwerk.Schema.Agenda;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.Kenmerken;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// The agenda's totalCount is exact while the server keeps counts per filter, hour and data version
/// (<see cref="Agendatellingen"/>): for a <c>vanaf</c> anywhere in the hour of the kept count, after every kind of write,
/// with a <c>tot</c> and with each filter. Each check compares the count over real HTTP with the occurrences in the
/// database. Real GraphQL over real HTTP.
/// </summary>
[Collection(ServerCollectie.Naam)]
public sealed class AgendaTellingTests(SociaalNetwerkServer server)
{
    private const string Toevoegen = "mutation($invoer: ActiviteitInvoer!) { activiteitToevoegen(invoer: $invoer) { gelukt activiteit { id } } }";
    private const string Wijzigen = "mutation($id: ID!, $invoer: ActiviteitInvoer!) { activiteitWijzigen(id: $id, invoer: $invoer) { gelukt } }";
    private const string Annuleren = "mutation($id: ID!, $start: DateTime!) { voorkomenAnnuleren(activiteitId: $id, start: $start) { gelukt } }";
    private const string Verwijderen = "mutation($id: ID!) { activiteitVerwijderen(id: $id) { id } }";

    private readonly HttpClient _client = server.MaakClient();

    [Fact]
    public async Task TheCountStaysExactInTheAnchorsHourAfterEveryWriteWithEachFilter()
    {
        var partners = await TestPartners.MaakAsync(server);
        var filters = await AgendaTelling.FiltersAsync(server, partners);

        // The test's activity: Tuesdays 09:00 to 10:45 UTC from 24 November. A vanaf of 10:05 and one of 10:50 on the
        // first Tuesday share the anchor 10:00, and the first date ends between them: the second count must leave it out.
        var vanafs = new DateTime?[] { null, Utc(2026, 11, 24, 10, 5), Utc(2026, 11, 24, 10, 50), Utc(2026, 11, 24, 10, 59) };
        await AgendaTelling.ControleerAsync(server, _client, filters, vanafs, "before the activity exists");

        var invoer = AgendaTelling.Activiteit(partners, "Tellingtest", aantal: 4);
        var id = (await _client.GraphQLAsync(Toevoegen, new { invoer }, sleutel: partners.RedacteurA)).ZonderFouten()
            .Data["activiteitToevoegen"]!["activiteit"]!["id"]!.GetValue<string>();
        Assert.Equal(4, await AgendaTelling.TelAsync(_client, new { organisaties = new[] { partners.A }, vanaf = "2026-11-24T10:05:00Z" }));
        Assert.Equal(3, await AgendaTelling.TelAsync(_client, new { organisaties = new[] { partners.A }, vanaf = "2026-11-24T10:50:00Z" }));
        await AgendaTelling.ControleerAsync(server, _client, filters, vanafs, "after a new activity");

        (await _client.GraphQLAsync(Wijzigen, new { id, invoer = new { herhaling = new { frequentie = "WEKELIJKS", aantal = 2 } } }, sleutel: partners.RedacteurA)).ZonderFouten();
        Assert.Equal(2, await AgendaTelling.TelAsync(_client, new { organisaties = new[] { partners.A }, vanaf = "2026-11-24T10:05:00Z" }));
        await AgendaTelling.ControleerAsync(server, _client, filters, vanafs, "after fewer dates");

        // A cancelled date is still listed (struck through), so it is still counted.
        (await _client.GraphQLAsync(Annuleren, new { id, start = "2026-12-01T10:00:00+01:00" }, sleutel: partners.RedacteurA)).ZonderFouten();
        await AgendaTelling.ControleerAsync(server, _client, filters, vanafs, "after a cancelled date");

        (await _client.GraphQLAsync(Verwijderen, new { id }, sleutel: partners.RedacteurA)).ZonderFouten();
        Assert.Equal(0, await AgendaTelling.TelAsync(_client, new { organisaties = new[] { partners.A }, vanaf = "2026-11-24T10:05:00Z" }));
        await AgendaTelling.ControleerAsync(server, _client, filters, vanafs, "after the deletion");
    }

    [Fact]
    public async Task APeriodIsCountedExactlyAsItsDaysPass()
    {
        var partners = await TestPartners.MaakAsync(server);
        var invoer = AgendaTelling.Activiteit(partners, "Periodetelling", aantal: 6);
        (await _client.GraphQLAsync(Toevoegen, new { invoer }, sleutel: partners.RedacteurA)).ZonderFouten();

        // The same tot, vanafs in one hour and across hours: each count from the database.
        var filters = new List<Dictionary<string, object?>>
        {
            new() { ["organisaties"] = new[] { partners.A }, ["tot"] = "2026-12-10T00:00:00Z" },
            new() { ["tot"] = "2026-12-10T00:00:00Z" },
            new() { ["themas"] = new[] { "WONEN_EN_BUURT" }, ["tot"] = "2026-12-02T00:00:00Z" },
        };
        var vanafs = new DateTime?[] { Utc(2026, 11, 24, 9, 0), Utc(2026, 11, 24, 10, 44), Utc(2026, 11, 24, 10, 46), Utc(2026, 12, 1, 10, 30), Utc(2026, 12, 1, 10, 45) };
        await AgendaTelling.ControleerAsync(server, _client, filters, vanafs, "with a tot");
        Assert.Equal(2, await AgendaTelling.TelAsync(_client, new { organisaties = new[] { partners.A }, vanaf = "2026-12-01T10:30:00Z", tot = "2026-12-10T00:00:00Z" }));
        Assert.Equal(1, await AgendaTelling.TelAsync(_client, new { organisaties = new[] { partners.A }, vanaf = "2026-12-01T10:45:00Z", tot = "2026-12-10T00:00:00Z" }));
    }

    private static DateTime Utc(int jaar, int maand, int dag, int uur, int minuut) => new(jaar, maand, dag, uur, minuut, 0, DateTimeKind.Utc);
}

/// <summary>Counting the agenda over HTTP and in the database, for the tests of its kept counts.</summary>
internal static class AgendaTelling
{
    private const string Query = "query($filter: AgendaFilter) { agenda(first: 1, filter: $filter) { totalCount } }";

    /// <summary>A weekly activity of organisation A: <paramref name="aantal"/> Tuesdays from 24 November 2026, 10:00 to 11:45 in Zoetermeer.</summary>
    public static Dictionary<string, object?> Activiteit(TestPartners partners, string titel, int aantal)
    {
        var invoer = partners.WekelijkseActiviteit(titel);
        invoer["eind"] = "2026-11-24T11:45:00+01:00";
        invoer["herhaling"] = new { frequentie = "WEKELIJKS", aantal };
        return invoer;
    }

    /// <summary>No filter, and each kind of filter the test's activity matches: organisation, wijk, thema, search term, with and without tot.</summary>
    public static async Task<List<Dictionary<string, object?>>> FiltersAsync(SociaalNetwerkServer server, TestPartners partners)
    {
        var databank = server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>();
        await using var db = await databank.CreateDbContextAsync();
        var locatie = Schema.GraphQL.GlobalId.LeesInt(partners.LocatieId, "Locatie");
        var wijk = await db.Locaties.Where(l => l.Id == locatie).Select(l => l.Wijk!.Slug).SingleAsync();
        return
        [
            [],
            new() { ["organisaties"] = new[] { partners.A } },
            new() { ["wijken"] = new[] { wijk } },
            new() { ["themas"] = new[] { "WONEN_EN_BUURT" } },
            new() { ["zoekterm"] = "tellingtest" },
            new() { ["wijken"] = new[] { wijk }, ["themas"] = new[] { "WONEN_EN_BUURT" }, ["tot"] = "2026-12-05T00:00:00Z" },
            new() { ["organisaties"] = new[] { partners.A }, ["tot"] = "2026-12-05T00:00:00Z" },
            new() { ["tot"] = "2026-12-05T00:00:00Z" },
        ];
    }

    public static async Task<int> TelAsync(HttpClient client, object filter) =>
        (await client.GraphQLAsync(Query, new { filter })).ZonderFouten().Data["agenda"]!["totalCount"]!.GetValue<int>();

    /// <summary>Every filter at every vanaf (null: now): the count over HTTP equals the occurrences in the database.</summary>
    public static async Task ControleerAsync(SociaalNetwerkServer server, HttpClient client, List<Dictionary<string, object?>> filters, DateTime?[] vanafs, string stap)
    {
        foreach (var filter in filters)
        {
            foreach (var vanaf in vanafs)
            {
                var metVanaf = new Dictionary<string, object?>(filter);
                if (vanaf is { } v)
                {
                    metVanaf["vanaf"] = v.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
                }

                var verwacht = await InDeDatabankAsync(server, metVanaf, vanaf ?? SociaalNetwerkServer.Nu.UtcDateTime);
                var geteld = await TelAsync(client, metVanaf);
                Assert.True(verwacht == geteld, $"{stap}: {System.Text.Json.JsonSerializer.Serialize(metVanaf)}: {geteld} counted, {verwacht} in the database");
            }
        }
    }

    /// <summary>The occurrences that match, read from the database without the server's code: those that end after vanaf.</summary>
    private static async Task<int> InDeDatabankAsync(SociaalNetwerkServer server, Dictionary<string, object?> filter, DateTime vanaf)
    {
        var databank = server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>();
        await using var db = await databank.CreateDbContextAsync();
        var q = db.Voorkomens.AsNoTracking().Where(v => v.Eind > vanaf);
        if (filter.TryGetValue("tot", out var t))
        {
            var tot = DateTime.Parse((string)t!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
            q = q.Where(v => v.Start < tot);
        }

        if (filter.TryGetValue("organisaties", out var o))
        {
            var organisatie = Schema.GraphQL.GlobalId.LeesInt(((string[])o!)[0], "Organisatie");
            q = q.Where(v => v.Activiteit!.Organisatoren.Any(a => a.Id == organisatie));
        }

        if (filter.TryGetValue("wijken", out var w))
        {
            var slug = ((string[])w!)[0];
            q = q.Where(v => v.Activiteit!.Locatie!.Wijk!.Slug == slug);
        }

        var voorkomens = await q.Select(v => new { v.Activiteit!.Themas, v.Activiteit.Titel }).ToListAsync();
        return voorkomens.Count(v =>
            (!filter.ContainsKey("themas") || v.Themas.Contains(Thema.WonenEnBuurt))
            && (!filter.TryGetValue("zoekterm", out var z) || v.Titel.Contains((string)z!, StringComparison.OrdinalIgnoreCase)));
    }
}
