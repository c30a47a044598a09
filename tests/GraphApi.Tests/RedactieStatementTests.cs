namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// What each editing mutation costs in SQL statements, on success and on refused input. The numbers are fixed: a change
/// to the shared editing script (<c>Redactie/Bewerker</c>) or to a mutation that adds a query shows up here. The server's
/// own background work (the retention cleanup runs once at start) counts too, so the series runs twice and each
/// mutation counts at its lowest: background work cannot fall on the same mutation in both runs.
/// </summary>
[Collection(ServerCollectie.Naam)]
public sealed class RedactieStatementTests(SociaalNetwerkServer server)
{
    private readonly HttpClient _client = server.MaakClient();

    private readonly Dictionary<string, int> _gemeten = [];

    /// <summary>Runs one mutation, notes its statements under <paramref name="naam"/> (the lowest count so far) and answers its payload.</summary>
    private async Task<JsonNode> TelAsync(string naam, string veld, string document, object variabelen, string sleutel)
    {
        server.SqlTeller.Reset();
        var payload = (await _client.GraphQLAsync(document, variabelen, sleutel: sleutel)).ZonderFouten().Data[veld]!;
        var aantal = server.SqlTeller.Aantal;
        _gemeten[naam] = Math.Min(aantal, _gemeten.GetValueOrDefault(naam, aantal));
        return payload;
    }

    private static string Id(JsonNode payload, string veld) => payload[veld]!["id"]!.GetValue<string>();

    [Fact]
    public async Task EveryEditingMutationCostsAFixedNumberOfStatements()
    {
        await MeetAsync();
        await MeetAsync();

        // Each count includes reading the API key. A stored change adds the audit log: the key's description, the entry,
        // and (when the object belongs to organisations) its organisation rows.
        Dictionary<string, int> verwacht = new()
        {
            ["activiteitToevoegen"] = 13,
            ["activiteitWijzigen"] = 11,
            ["activiteitWijzigen geweigerd"] = 2,
            ["voorkomenAnnuleren"] = 11,
            ["activiteitAnnuleren"] = 11,
            ["organisatieWijzigen"] = 8,
            ["organisatieToevoegen"] = 6,
            ["netwerkToevoegen"] = 5,
            ["netwerkWijzigen"] = 6,
            ["netwerkGroepToevoegen"] = 6,
            ["lidmaatschapToevoegen"] = 9,
            ["lidmaatschapWijzigen"] = 7,
            ["lidmaatschapVerwijderen"] = 8,
        };
        var gemeten = "measured: " + string.Join(", ", _gemeten.Select(p => $"[\"{p.Key}\"] = {p.Value}"));
        if (TestDatabank.IsPostgreSql)
        {
            // The same bounds: PostgreSQL sends some batches as fewer commands than SQLite, never more.
            Assert.Equal(verwacht.Keys.Order(StringComparer.Ordinal), _gemeten.Keys.Order(StringComparer.Ordinal));
            Assert.All(verwacht, p => Assert.True(_gemeten[p.Key] <= p.Value, gemeten));
        }
        else
        {
            Assert.True(verwacht.OrderBy(p => p.Key).SequenceEqual(_gemeten.OrderBy(p => p.Key)), gemeten);
        }
    }

    /// <summary>Every editing mutation once, with new partners, names and ids.</summary>
    private async Task MeetAsync()
    {
        var partners = await TestPartners.MaakAsync(server);
        var kenmerk = Guid.NewGuid().ToString("N")[..8];

        var activiteit = Id(await TelAsync("activiteitToevoegen", "activiteitToevoegen",
            "mutation($invoer: ActiviteitInvoer!) { activiteitToevoegen(invoer: $invoer) { gelukt activiteit { id } } }",
            new { invoer = partners.WekelijkseActiviteit() }, partners.RedacteurA), "activiteit");
        const string Wijzigen = "mutation($id: ID!, $invoer: ActiviteitInvoer!) { activiteitWijzigen(id: $id, invoer: $invoer) { gelukt } }";
        await TelAsync("activiteitWijzigen", "activiteitWijzigen", Wijzigen, new { id = activiteit, invoer = new { titel = "Testinloop nieuw" } }, partners.RedacteurA);
        await TelAsync("activiteitWijzigen geweigerd", "activiteitWijzigen", Wijzigen, new { id = activiteit, invoer = new { titel = "" } }, partners.RedacteurA);
        await TelAsync("voorkomenAnnuleren", "voorkomenAnnuleren",
            "mutation($id: ID!, $start: DateTime!) { voorkomenAnnuleren(activiteitId: $id, start: $start) { gelukt } }",
            new { id = activiteit, start = "2026-12-01T10:00:00+01:00" }, partners.RedacteurA);
        await TelAsync("activiteitAnnuleren", "activiteitAnnuleren",
            "mutation($id: ID!) { activiteitAnnuleren(id: $id, reden: \"Ziek\") { gelukt } }", new { id = activiteit }, partners.RedacteurA);

        await TelAsync("organisatieWijzigen", "organisatieWijzigen",
            "mutation($id: ID!, $invoer: OrganisatieInvoer!) { organisatieWijzigen(id: $id, invoer: $invoer) { gelukt } }",
            new { id = partners.A, invoer = new { omschrijving = "Ontmoeting in de wijk.", wijken = new[] { "oosterheem" } } }, partners.RedacteurA);
        await TelAsync("organisatieToevoegen", "organisatieToevoegen",
            "mutation($invoer: OrganisatieInvoer!) { organisatieToevoegen(invoer: $invoer) { gelukt } }",
            new { invoer = new { naam = "Testpartner C " + kenmerk, soort = "VERENIGING" } }, partners.Beheerder);

        var netwerk = Id(await TelAsync("netwerkToevoegen", "netwerkToevoegen",
            "mutation($invoer: NetwerkInvoer!) { netwerkToevoegen(invoer: $invoer) { gelukt netwerk { id } } }",
            new { invoer = new { naam = "Testnetwerk " + kenmerk } }, partners.Beheerder), "netwerk");
        await TelAsync("netwerkWijzigen", "netwerkWijzigen",
            "mutation($id: ID!, $invoer: NetwerkInvoer!) { netwerkWijzigen(id: $id, invoer: $invoer) { gelukt } }",
            new { id = netwerk, invoer = new { naam = "Testnetwerk " + kenmerk + " samen", website = "https://netwerk.example" } }, partners.Beheerder);
        var groep = Id(await TelAsync("netwerkGroepToevoegen", "netwerkGroepToevoegen",
            "mutation($netwerk: ID!, $invoer: NetwerkGroepInvoer!) { netwerkGroepToevoegen(netwerkId: $netwerk, invoer: $invoer) { gelukt groep { id } } }",
            new { netwerk, invoer = new { naam = "Kerngroep", soort = "KERNGROEP" } }, partners.Beheerder), "groep");
        var lid = Id(await TelAsync("lidmaatschapToevoegen", "lidmaatschapToevoegen",
            "mutation($netwerk: ID!, $organisatie: ID!, $invoer: LidmaatschapInvoer) { lidmaatschapToevoegen(netwerkId: $netwerk, organisatieId: $organisatie, invoer: $invoer) { gelukt lidmaatschap { id } } }",
            new { netwerk, organisatie = partners.A, invoer = new { groepId = groep } }, partners.Beheerder), "lidmaatschap");
        await TelAsync("lidmaatschapWijzigen", "lidmaatschapWijzigen",
            "mutation($id: ID!, $invoer: LidmaatschapInvoer!) { lidmaatschapWijzigen(id: $id, invoer: $invoer) { gelukt } }",
            new { id = lid, invoer = new { rol = "KERNTEAM" } }, partners.Beheerder);
        await TelAsync("lidmaatschapVerwijderen", "lidmaatschapVerwijderen",
            "mutation($id: ID!) { lidmaatschapVerwijderen(id: $id) { netwerk { id } organisatie { id } } }", new { id = lid }, partners.Beheerder);
    }
}
