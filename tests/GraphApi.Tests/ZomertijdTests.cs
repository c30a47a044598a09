using SociaalNetwerk.GraphApi.Tests.Infrastructuur;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// Activities at night around the daylight-saving changes, over GraphQL: the instant that was entered is kept, every
/// date ends after it starts, and a time that does not exist in March moves forward an hour with the same duration.
/// On a server of its own: an activity whose end reads earlier on the clock than its start has a DURATION instead of a
/// DTEND in the iCal feed, which the feed tests on the shared server do not expect.
/// </summary>
public sealed class ZomertijdTests(SociaalNetwerkServer server) : IClassFixture<SociaalNetwerkServer>
{
    private const string Toevoegen = "mutation($invoer: ActiviteitInvoer!) { activiteitToevoegen(invoer: $invoer) { gelukt fouten { veld code } activiteit { start eind volgendeVoorkomens(aantal: 3) { start eind } } } }";

    private readonly HttpClient _client = server.MaakClient();

    [Theory]
    [InlineData("2027-10-31T02:30:00+01:00", "2027-10-31T03:15:00+01:00", "2027-10-31T02:30:00+01:00", "2027-10-31T03:15:00+01:00", "2027-11-07T02:30:00+01:00", "2027-11-07T03:15:00+01:00")]
    [InlineData("2027-10-31T02:30:00+02:00", "2027-10-31T02:15:00+01:00", "2027-10-31T02:30:00+02:00", "2027-10-31T02:15:00+01:00", "2027-11-07T02:30:00+01:00", "2027-11-07T03:15:00+01:00")]
    [InlineData("2027-10-24T02:30:00+02:00", "2027-10-24T03:15:00+02:00", "2027-10-24T02:30:00+02:00", "2027-10-24T03:15:00+02:00", "2027-10-31T02:30:00+01:00", "2027-10-31T03:15:00+01:00")]
    [InlineData("2027-03-21T02:30:00+01:00", "2027-03-21T03:15:00+01:00", "2027-03-21T02:30:00+01:00", "2027-03-21T03:15:00+01:00", "2027-03-28T03:30:00+02:00", "2027-03-28T04:15:00+02:00")]
    public async Task AWeeklyNightActivityAroundTheClockChangeKeepsItsInstantAndDuration(string start, string eind, string eersteStart, string eersteEind, string tweedeStart, string tweedeEind)
    {
        var partners = await TestPartners.MaakAsync(server);
        var invoer = partners.WekelijkseActiviteit("Nachtwandeling");
        invoer["start"] = start;
        invoer["eind"] = eind;
        invoer["herhaling"] = new { frequentie = "WEKELIJKS", aantal = 3 };

        var resultaat = (await _client.GraphQLAsync(Toevoegen, new { invoer }, sleutel: partners.RedacteurA)).ZonderFouten().Data["activiteitToevoegen"]!;

        Assert.True(resultaat["gelukt"]!.GetValue<bool>(), resultaat.ToJsonString());
        var activiteit = resultaat["activiteit"]!;
        Assert.Equal((start, eind), (activiteit["start"]!.GetValue<string>(), activiteit["eind"]!.GetValue<string>()));
        var data = activiteit["volgendeVoorkomens"]!.AsArray().Select(v => (v!["start"]!.GetValue<string>(), v["eind"]!.GetValue<string>())).ToList();
        Assert.Equal([(eersteStart, eersteEind), (tweedeStart, tweedeEind)], data.Take(2));
    }

    [Theory]
    [InlineData("2027-10-31T02:30:00+01:00", "2027-10-31T03:15:00+01:00", "20271031T013000Z", "20271031T021500Z")]
    [InlineData("2027-10-31T02:30:00+02:00", "2027-10-31T02:50:00+02:00", "20271031T003000Z", "20271031T005000Z")]
    public async Task AOneOffActivityInTheOctoberHourIsInItsFeedAtTheInstantEntered(string start, string eind, string dtStart, string dtEnd)
    {
        var partners = await TestPartners.MaakAsync(server);
        var invoer = partners.WekelijkseActiviteit("Nachtelijke sterrenkijkavond");
        invoer["start"] = start;
        invoer["eind"] = eind;
        invoer.Remove("herhaling");
        const string Document = "mutation($invoer: ActiviteitInvoer!) { activiteitToevoegen(invoer: $invoer) { gelukt fouten { veld code } activiteit { id } } }";

        var resultaat = (await _client.GraphQLAsync(Document, new { invoer }, sleutel: partners.RedacteurA)).ZonderFouten().Data["activiteitToevoegen"]!;
        Assert.True(resultaat["gelukt"]!.GetValue<bool>(), resultaat.ToJsonString());

        // A local 02:30 with TZID means the first 02:30 to a calendar app: the feed must name the instant itself.
        var ics = await _client.GetStringAsync($"/activiteiten/{resultaat["activiteit"]!["id"]!.GetValue<string>()}.ics");
        Assert.Contains("DTSTART:" + dtStart, ics);
        Assert.Contains("DTEND:" + dtEnd, ics);
    }
}
