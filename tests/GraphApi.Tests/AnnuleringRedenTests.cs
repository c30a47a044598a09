using System.Net;
using System.Text.Json.Nodes;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// A reason for one cancelled date (issue 11): given with <c>voorkomenAnnuleren</c>, shown as
/// <c>Voorkomen.annuleringReden</c>, on <c>/activiteiten/{id}</c> and in <c>/agenda</c> with the struck-through date;
/// kept when the series changes, gone when the date is restored. Real GraphQL over real HTTP.
/// </summary>
[Collection(ServerCollectie.Naam)]
public sealed class AnnuleringRedenTests(SociaalNetwerkServer server)
{
    private const string Toevoegen = "mutation($invoer: ActiviteitInvoer!) { activiteitToevoegen(invoer: $invoer) { gelukt activiteit { id } } }";
    private const string Annuleren = "mutation($id: ID!, $start: DateTime!, $reden: String) { voorkomenAnnuleren(activiteitId: $id, start: $start, reden: $reden) { gelukt fouten { veld code } voorkomen { status annuleringReden } } }";
    private const string Herstellen = "mutation($id: ID!, $start: DateTime!) { voorkomenHerstellen(activiteitId: $id, start: $start) { gelukt voorkomen { status annuleringReden } } }";
    private const string Data = "query($id: ID!) { activiteit(id: $id) { volgendeVoorkomens(aantal: 4) { status annuleringReden } } }";

    private readonly HttpClient _client = server.MaakClient();

    private async Task<JsonNode> MuteerAsync(string document, object variabelen, string sleutel, string veld) =>
        (await _client.GraphQLAsync(document, variabelen, sleutel: sleutel)).ZonderFouten().Data[veld]!;

    private async Task<List<(string Status, string? Reden)>> DataAsync(string id) =>
        [.. (await _client.GraphQLAsync(Data, new { id })).ZonderFouten().Data["activiteit"]!["volgendeVoorkomens"]!.AsArray()
            .Select(v => (v!["status"]!.GetValue<string>(), v["annuleringReden"]?.GetValue<string>()))];

    [Fact]
    public async Task ACancelledDateKeepsItsReasonInTheApiThePageAndTheAgendaUntilItIsRestored()
    {
        var partners = await TestPartners.MaakAsync(server);
        var id = (await MuteerAsync(Toevoegen, new { invoer = partners.WekelijkseActiviteit("Redeninloop") }, partners.RedacteurA, "activiteitToevoegen"))["activiteit"]!["id"]!.GetValue<string>();
        const string reden = "Het buurthuis is gesloten voor een verbouwing";

        var geannuleerd = await MuteerAsync(Annuleren, new { id, start = "2026-12-01T10:00:00+01:00", reden }, partners.RedacteurA, "voorkomenAnnuleren");
        Assert.True(geannuleerd["gelukt"]!.GetValue<bool>(), geannuleerd.ToJsonString());
        Assert.Equal(reden, geannuleerd["voorkomen"]!["annuleringReden"]!.GetValue<string>());
        Assert.Equal([("GEPLAND", null), ("GEANNULEERD", reden), ("GEPLAND", null), ("GEPLAND", null)], await DataAsync(id));

        // The series changes (another time): the date stays cancelled with its reason.
        var wijzigen = "mutation($id: ID!, $invoer: ActiviteitInvoer!) { activiteitWijzigen(id: $id, invoer: $invoer) { gelukt } }";
        await MuteerAsync(wijzigen, new { id, invoer = new { start = "2026-11-24T19:00:00+01:00", eind = "2026-11-24T21:00:00+01:00" } }, partners.RedacteurA, "activiteitWijzigen");
        Assert.Equal([("GEPLAND", null), ("GEANNULEERD", reden), ("GEPLAND", null), ("GEPLAND", null)], await DataAsync(id));

        // The activity's page and the agenda: the struck-through date with the reason.
        var pagina = WebUtility.HtmlDecode(await _client.GetStringAsync("/activiteiten/" + Uri.EscapeDataString(id)));
        Assert.Contains("Reden: " + reden, pagina, StringComparison.Ordinal);
        var agenda = WebUtility.HtmlDecode(await _client.GetStringAsync("/agenda?organisatie=" + Uri.EscapeDataString(partners.A)));
        Assert.Matches("<p class=\"tijd vervallen\"><time datetime=\"2026-12-01T19:00:00\\+01:00\">[^<]*</time> <strong class=\"waarschuwing\">[^<]+</strong> <span class=\"reden\">Reden: " + reden + "</span></p>", agenda);

        // A reason that is too long is refused at its field; nothing changes.
        var teLang = await MuteerAsync(Annuleren, new { id, start = "2026-12-08T19:00:00+01:00", reden = new string('x', 501) }, partners.RedacteurA, "voorkomenAnnuleren");
        Assert.False(teLang["gelukt"]!.GetValue<bool>());
        Assert.Equal("reden", teLang["fouten"]![0]!["veld"]!.GetValue<string>());
        Assert.Equal("GEPLAND", (await DataAsync(id))[2].Status);

        // Restored: no reason any more; cancelled again without one: none either.
        var hersteld = await MuteerAsync(Herstellen, new { id, start = "2026-12-01T19:00:00+01:00" }, partners.RedacteurA, "voorkomenHerstellen");
        Assert.Null(hersteld["voorkomen"]!["annuleringReden"]);
        await MuteerAsync(Annuleren, new { id, start = "2026-12-01T19:00:00+01:00" }, partners.RedacteurA, "voorkomenAnnuleren");
        Assert.Equal([("GEPLAND", null), ("GEANNULEERD", null), ("GEPLAND", null), ("GEPLAND", null)], await DataAsync(id));

        // The whole activity cancelled: every date carries the activity's reason.
        var geheel = "mutation($id: ID!, $reden: String) { activiteitAnnuleren(id: $id, reden: $reden) { gelukt } }";
        await MuteerAsync(geheel, new { id, reden = "De vrijwilliger is ziek" }, partners.RedacteurA, "activiteitAnnuleren");
        Assert.All(await DataAsync(id), d => Assert.Equal(("GEANNULEERD", "De vrijwilliger is ziek"), d));
    }
}
