using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;
using SociaalNetwerk.Schema.Agenda;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>Partners edit their own activities; the agenda follows every change. Real GraphQL over real HTTP.</summary>
[Collection(ServerCollectie.Naam)]
public sealed class RedactieTests(SociaalNetwerkServer server)
{
    private const string Resultaat = "gelukt fouten { veld code bericht } activiteit { id titel status annuleringReden organisatoren { id } herhaling { geannuleerdeDatums } }";
    private const string Toevoegen = "mutation($invoer: ActiviteitInvoer!) { activiteitToevoegen(invoer: $invoer) { " + Resultaat + " } }";
    private const string Wijzigen = "mutation($id: ID!, $invoer: ActiviteitInvoer!) { activiteitWijzigen(id: $id, invoer: $invoer) { " + Resultaat + " } }";
    private const string Annuleren = "mutation($id: ID!, $reden: String) { activiteitAnnuleren(id: $id, reden: $reden) { " + Resultaat + " } }";
    private const string VoorkomenAnnuleren = "mutation($id: ID!, $start: DateTime!) { voorkomenAnnuleren(activiteitId: $id, start: $start) { gelukt fouten { veld code } voorkomen { id start status } } }";
    private const string VoorkomenHerstellen = "mutation($id: ID!, $start: DateTime!) { voorkomenHerstellen(activiteitId: $id, start: $start) { gelukt fouten { veld code } voorkomen { id start status } } }";

    private readonly HttpClient _client = server.MaakClient();

    private async Task<JsonNode> MuteerAsync(string document, object variabelen, string? sleutel, string veld, string? taal = null) =>
        (await _client.GraphQLAsync(document, variabelen, taal, sleutel: sleutel)).ZonderFouten().Data[veld]!;

    private async Task<string> VoegToeAsync(TestPartners partners, Dictionary<string, object?>? invoer = null)
    {
        var resultaat = await MuteerAsync(Toevoegen, new { invoer = invoer ?? partners.WekelijkseActiviteit() }, partners.RedacteurA, "activiteitToevoegen");
        Assert.True(resultaat["gelukt"]!.GetValue<bool>(), resultaat.ToJsonString());
        return resultaat["activiteit"]!["id"]!.GetValue<string>();
    }

    /// <summary>The agenda of one organisation from now on: (start, status, titel) of every date.</summary>
    private async Task<List<(string Start, string Status, string Titel)>> AgendaAsync(string organisatieId)
    {
        var agenda = (await _client.GraphQLAsync(
            "query($org: ID!) { agenda(first: 100, filter: { organisaties: [$org] }) { nodes { start status activiteit { titel } } } }",
            new { org = organisatieId })).ZonderFouten().Data["agenda"]!;
        return agenda.Nodes().Select(n => (n["start"]!.GetValue<string>(), n["status"]!.GetValue<string>(), n["activiteit"]!["titel"]!.GetValue<string>())).ToList();
    }

    private async Task<int> AantalActiviteitenAsync(string organisatieId) =>
        (await _client.GraphQLAsync("query($id: ID!) { organisatie(id: $id) { activiteiten { totalCount } } }", new { id = organisatieId }))
            .ZonderFouten().Data["organisatie"]!["activiteiten"]!["totalCount"]!.GetValue<int>();

    [Fact]
    public async Task ARedacteurAddsAnActivityForTheirOrganisationAndItsDatesAreInTheAgenda()
    {
        var partners = await TestPartners.MaakAsync(server);

        var resultaat = await MuteerAsync(Toevoegen, new { invoer = partners.WekelijkseActiviteit() }, partners.RedacteurA, "activiteitToevoegen");

        Assert.True(resultaat["gelukt"]!.GetValue<bool>());
        Assert.Empty(resultaat["fouten"]!.AsArray());
        Assert.Equal([partners.A], resultaat["activiteit"]!["organisatoren"]!.AsArray().Select(o => o!["id"]!.GetValue<string>()));
        Assert.Equal(
            [
                ("2026-11-24T10:00:00+01:00", "GEPLAND", "Testinloop"),
                ("2026-12-01T10:00:00+01:00", "GEPLAND", "Testinloop"),
                ("2026-12-08T10:00:00+01:00", "GEPLAND", "Testinloop"),
                ("2026-12-15T10:00:00+01:00", "GEPLAND", "Testinloop"),
            ],
            await AgendaAsync(partners.A));
    }

    [Fact]
    public async Task ARedacteurChangesTheSeriesAndTheAgendaShowsTheNewDates()
    {
        var partners = await TestPartners.MaakAsync(server);
        var id = await VoegToeAsync(partners);

        var resultaat = await MuteerAsync(Wijzigen, new
        {
            id,
            invoer = new
            {
                titel = "Testinloop op donderdag",
                start = "2026-11-26T14:00:00+01:00",
                eind = "2026-11-26T15:30:00+01:00",
                herhaling = new { frequentie = "WEKELIJKS", weekdagen = new[] { "DONDERDAG" }, totEnMet = "2026-12-10" },
            },
        }, partners.RedacteurA, "activiteitWijzigen");

        Assert.True(resultaat["gelukt"]!.GetValue<bool>(), resultaat.ToJsonString());
        Assert.Equal(
            [
                ("2026-11-26T14:00:00+01:00", "GEPLAND", "Testinloop op donderdag"),
                ("2026-12-03T14:00:00+01:00", "GEPLAND", "Testinloop op donderdag"),
                ("2026-12-10T14:00:00+01:00", "GEPLAND", "Testinloop op donderdag"),
            ],
            await AgendaAsync(partners.A));
    }

    [Fact]
    public async Task FieldsLeftOutStayAsTheyAre()
    {
        var partners = await TestPartners.MaakAsync(server);
        var id = await VoegToeAsync(partners);

        await MuteerAsync(Wijzigen, new { id, invoer = new { omschrijving = "Nieuwe omschrijving." } }, partners.RedacteurA, "activiteitWijzigen");
        var activiteit = (await _client.GraphQLAsync("query($id: ID!) { activiteit(id: $id) { titel omschrijving themas locatie { id } herhaling { aantal } } }", new { id }))
            .ZonderFouten().Data["activiteit"]!;

        Assert.Equal("Testinloop", activiteit["titel"]!.GetValue<string>());
        Assert.Equal("Nieuwe omschrijving.", activiteit["omschrijving"]!.GetValue<string>());
        Assert.Equal("WONEN_EN_BUURT", activiteit["themas"]![0]!.GetValue<string>());
        Assert.Equal(partners.LocatieId, activiteit["locatie"]!["id"]!.GetValue<string>());
        Assert.Equal(4, activiteit["herhaling"]!["aantal"]!.GetValue<int>());
    }

    [Fact]
    public async Task ARedacteurOfAnotherOrganisationIsForbiddenAndAnonymousCallersMustSignIn()
    {
        var partners = await TestPartners.MaakAsync(server);
        var id = await VoegToeAsync(partners);
        var wijziging = new { id, invoer = new { titel = "Overgenomen" } };

        var anderePartner = await _client.GraphQLAsync(Wijzigen, wijziging, sleutel: partners.RedacteurB);
        var anoniem = await _client.GraphQLAsync(Wijzigen, wijziging);
        var team = await _client.GraphQLAsync(Wijzigen, wijziging, sleutel: partners.Trajectteam);
        var annulerenDoorAnder = await _client.GraphQLAsync(Annuleren, new { id, reden = "Zomaar" }, sleutel: partners.RedacteurB);
        var datumDoorAnder = await _client.GraphQLAsync(VoorkomenAnnuleren, new { id, start = "2026-12-01T10:00:00+01:00" }, sleutel: partners.RedacteurB);
        var toevoegenAnoniem = await _client.GraphQLAsync(Toevoegen, new { invoer = partners.WekelijkseActiviteit() });

        Assert.Equal("FORBIDDEN", anderePartner.EersteCode);
        Assert.Equal("UNAUTHENTICATED", anoniem.EersteCode);
        Assert.Equal("FORBIDDEN", team.EersteCode);
        Assert.Equal("FORBIDDEN", annulerenDoorAnder.EersteCode);
        Assert.Equal("FORBIDDEN", datumDoorAnder.EersteCode);
        Assert.Equal("UNAUTHENTICATED", toevoegenAnoniem.EersteCode);
        Assert.All(await AgendaAsync(partners.A), d => Assert.Equal(("GEPLAND", "Testinloop"), (d.Status, d.Titel)));
        Assert.Equal(0, await AantalActiviteitenAsync(partners.B));
    }

    [Fact]
    public async Task ABeheerderEditsEveryActivity()
    {
        var partners = await TestPartners.MaakAsync(server);
        var id = await VoegToeAsync(partners);

        var resultaat = await MuteerAsync(Wijzigen, new { id, invoer = new { titel = "Door de beheerder", organisatorIds = new[] { partners.B } } }, partners.Beheerder, "activiteitWijzigen");

        Assert.True(resultaat["gelukt"]!.GetValue<bool>(), resultaat.ToJsonString());
        Assert.Equal([partners.B], resultaat["activiteit"]!["organisatoren"]!.AsArray().Select(o => o!["id"]!.GetValue<string>()));
        Assert.Equal("FORBIDDEN", (await _client.GraphQLAsync(Wijzigen, new { id, invoer = new { titel = "Terug" } }, sleutel: partners.RedacteurA)).EersteCode);
    }

    [Fact]
    public async Task CoOrganisersBothEditButOnlyABeheerderRemovesAnOrganiser()
    {
        var partners = await TestPartners.MaakAsync(server);
        var invoer = partners.WekelijkseActiviteit();
        invoer["organisatorIds"] = new[] { partners.A, partners.B };
        var id = await VoegToeAsync(partners, invoer);

        var doorB = await MuteerAsync(Wijzigen, new { id, invoer = new { titel = "Samen georganiseerd" } }, partners.RedacteurB, "activiteitWijzigen");
        var bHaaltAWeg = await MuteerAsync(Wijzigen, new { id, invoer = new { organisatorIds = new[] { partners.B } } }, partners.RedacteurB, "activiteitWijzigen");
        var aHaaltZichzelfWeg = await MuteerAsync(Wijzigen, new { id, invoer = new { organisatorIds = new[] { partners.B } } }, partners.RedacteurA, "activiteitWijzigen");

        Assert.True(doorB["gelukt"]!.GetValue<bool>());
        Assert.Equal("CANNOT_REMOVE_ORGANISER", bHaaltAWeg["fouten"]![0]!["code"]!.GetValue<string>());
        Assert.Contains(partners.NaamA, bHaaltAWeg["fouten"]![0]!["bericht"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("OWN_ORGANISATION_REQUIRED", aHaaltZichzelfWeg["fouten"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(1, await AantalActiviteitenAsync(partners.A));
        Assert.Equal(1, await AantalActiviteitenAsync(partners.B));
    }

    [Fact]
    public async Task ACancelledDateShowsInTheAgendaAndStaysCancelledWhenTheSeriesChanges()
    {
        var partners = await TestPartners.MaakAsync(server);
        var id = await VoegToeAsync(partners);

        var geannuleerd = await MuteerAsync(VoorkomenAnnuleren, new { id, start = "2026-12-01T10:00:00+01:00" }, partners.RedacteurA, "voorkomenAnnuleren");
        var naAnnuleren = await AgendaAsync(partners.A);
        await MuteerAsync(Wijzigen, new { id, invoer = new { start = "2026-11-24T19:00:00+01:00", eind = "2026-11-24T21:00:00+01:00", titel = "Avondinloop" } }, partners.RedacteurA, "activiteitWijzigen");
        var naWijzigen = await AgendaAsync(partners.A);
        var hersteld = await MuteerAsync(VoorkomenHerstellen, new { id, start = "2026-12-01T19:00:00+01:00" }, partners.RedacteurA, "voorkomenHerstellen");
        var naHerstellen = await AgendaAsync(partners.A);

        Assert.True(geannuleerd["gelukt"]!.GetValue<bool>(), geannuleerd.ToJsonString());
        Assert.Equal("GEANNULEERD", geannuleerd["voorkomen"]!["status"]!.GetValue<string>());
        Assert.Equal(["GEPLAND", "GEANNULEERD", "GEPLAND", "GEPLAND"], naAnnuleren.Select(d => d.Status));
        Assert.Equal(("2026-12-01T19:00:00+01:00", "GEANNULEERD"), (naWijzigen[1].Start, naWijzigen[1].Status));
        Assert.Equal(["GEPLAND", "GEANNULEERD", "GEPLAND", "GEPLAND"], naWijzigen.Select(d => d.Status));
        Assert.Equal("GEPLAND", hersteld["voorkomen"]!["status"]!.GetValue<string>());
        Assert.All(naHerstellen, d => Assert.Equal("GEPLAND", d.Status));
    }

    [Fact]
    public async Task ACancelledDateSurvivesTheDailyRecalculation()
    {
        var partners = await TestPartners.MaakAsync(server);
        var id = await VoegToeAsync(partners);
        await MuteerAsync(VoorkomenAnnuleren, new { id, start = "2026-12-08T10:00:00+01:00" }, partners.RedacteurA, "voorkomenAnnuleren");

        var databank = server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>();
        await using (var db = await databank.CreateDbContextAsync())
        {
            await VoorkomenVernieuwer.VernieuwAsync(db, [GlobalId.LeesInt(id, nameof(Activiteit))], server.Services.GetRequiredService<TimeProvider>());
        }

        Assert.Equal(["GEPLAND", "GEPLAND", "GEANNULEERD", "GEPLAND"], (await AgendaAsync(partners.A)).Select(d => d.Status));
    }

    [Fact]
    public async Task DatesCancelledAtTheSameTimeAreAllKept()
    {
        var partners = await TestPartners.MaakAsync(server);
        var invoer = partners.WekelijkseActiviteit();
        invoer["herhaling"] = new { frequentie = "WEKELIJKS", aantal = 8 };
        var id = await VoegToeAsync(partners, invoer);
        var starts = (await AgendaAsync(partners.A)).Select(d => d.Start).ToList();

        var resultaten = await Task.WhenAll(starts.Select(start => MuteerAsync(VoorkomenAnnuleren, new { id, start }, partners.RedacteurA, "voorkomenAnnuleren")));

        Assert.Equal(8, starts.Count);
        Assert.All(resultaten, r => Assert.True(r["gelukt"]!.GetValue<bool>()));
        Assert.All(await AgendaAsync(partners.A), d => Assert.Equal("GEANNULEERD", d.Status));
    }

    [Fact]
    public async Task OnlyRealDatesOfARecurringActivityCanBeCancelled()
    {
        var partners = await TestPartners.MaakAsync(server);
        var id = await VoegToeAsync(partners);
        var eenmalig = partners.WekelijkseActiviteit("Eenmalig");
        eenmalig.Remove("herhaling");
        var eenmaligId = await VoegToeAsync(partners, eenmalig);

        var verkeerdeTijd = await MuteerAsync(VoorkomenAnnuleren, new { id, start = "2026-12-01T11:00:00+01:00" }, partners.RedacteurA, "voorkomenAnnuleren");
        var nietTerugkerend = await MuteerAsync(VoorkomenAnnuleren, new { id = eenmaligId, start = "2026-11-24T10:00:00+01:00" }, partners.RedacteurA, "voorkomenAnnuleren");

        Assert.Equal(("start", "UNKNOWN_OCCURRENCE"), (verkeerdeTijd["fouten"]![0]!["veld"]!.GetValue<string>(), verkeerdeTijd["fouten"]![0]!["code"]!.GetValue<string>()));
        Assert.Equal("NOT_RECURRING", nietTerugkerend["fouten"]![0]!["code"]!.GetValue<string>());
        Assert.All(await AgendaAsync(partners.A), d => Assert.Equal("GEPLAND", d.Status));
    }

    [Fact]
    public async Task CancellingTheWholeActivityCancelsEveryDateWithTheReasonAndItCanBeRestored()
    {
        var partners = await TestPartners.MaakAsync(server);
        var id = await VoegToeAsync(partners);

        var geannuleerd = await MuteerAsync(Annuleren, new { id, reden = "De vrijwilligers zijn op vakantie." }, partners.RedacteurA, "activiteitAnnuleren");
        var naAnnuleren = await AgendaAsync(partners.A);
        var hersteld = await MuteerAsync(Wijzigen, new { id, invoer = new { status = "GEPLAND" } }, partners.RedacteurA, "activiteitWijzigen");

        Assert.Equal("GEANNULEERD", geannuleerd["activiteit"]!["status"]!.GetValue<string>());
        Assert.Equal("De vrijwilligers zijn op vakantie.", geannuleerd["activiteit"]!["annuleringReden"]!.GetValue<string>());
        Assert.Equal(4, naAnnuleren.Count);
        Assert.All(naAnnuleren, d => Assert.Equal("GEANNULEERD", d.Status));
        Assert.Equal("GEPLAND", hersteld["activiteit"]!["status"]!.GetValue<string>());
        Assert.Null(hersteld["activiteit"]!["annuleringReden"]);
        Assert.All(await AgendaAsync(partners.A), d => Assert.Equal("GEPLAND", d.Status));
    }

    [Fact]
    public async Task MovingEveryDateIntoThePastIsRefusedLikeAddingAPastActivityAndNothingChanges()
    {
        var partners = await TestPartners.MaakAsync(server);
        var reeks = await VoegToeAsync(partners);
        var eenmalig = partners.WekelijkseActiviteit("Eenmalige test");
        eenmalig.Remove("herhaling");
        var los = await VoegToeAsync(partners, eenmalig);
        var voor = await AgendaAsync(partners.A);

        var reeksVoorbij = await MuteerAsync(Wijzigen, new { id = reeks, invoer = new { start = "2026-10-06T10:00:00+02:00", eind = "2026-10-06T12:00:00+02:00" } }, partners.RedacteurA, "activiteitWijzigen");
        var losVoorbij = await MuteerAsync(Wijzigen, new { id = los, invoer = new { start = "2026-11-02T10:00:00+01:00", eind = "2026-11-02T12:00:00+01:00" } }, partners.RedacteurA, "activiteitWijzigen");
        var tekstAlleen = await MuteerAsync(Wijzigen, new { id = reeks, invoer = new { titel = "Testinloop, nieuwe titel" } }, partners.RedacteurA, "activiteitWijzigen");
        var na = await AgendaAsync(partners.A);
        var verlengd = await MuteerAsync(Wijzigen, new { id = reeks, invoer = new { start = "2026-10-06T10:00:00+02:00", eind = "2026-10-06T12:00:00+02:00", herhaling = new { frequentie = "WEKELIJKS", aantal = 10 } } }, partners.RedacteurA, "activiteitWijzigen");

        Assert.False(reeksVoorbij["gelukt"]!.GetValue<bool>(), reeksVoorbij.ToJsonString());
        Assert.Equal(("herhaling", "IN_THE_PAST"), (reeksVoorbij["fouten"]![0]!["veld"]!.GetValue<string>(), reeksVoorbij["fouten"]![0]!["code"]!.GetValue<string>()));
        Assert.False(losVoorbij["gelukt"]!.GetValue<bool>(), losVoorbij.ToJsonString());
        Assert.Equal(("eind", "IN_THE_PAST"), (losVoorbij["fouten"]![0]!["veld"]!.GetValue<string>(), losVoorbij["fouten"]![0]!["code"]!.GetValue<string>()));
        Assert.True(tekstAlleen["gelukt"]!.GetValue<bool>(), tekstAlleen.ToJsonString());
        Assert.Equal(voor.Select(d => d.Start), na.Select(d => d.Start));
        Assert.True(verlengd["gelukt"]!.GetValue<bool>(), verlengd.ToJsonString());
        Assert.Equal(["2026-11-24T10:00:00+01:00", "2026-12-01T10:00:00+01:00", "2026-12-08T10:00:00+01:00"], (await AgendaAsync(partners.A)).Where(d => d.Titel.StartsWith("Testinloop", StringComparison.Ordinal)).Select(d => d.Start));
    }

    public static TheoryData<string, string, string> OngeldigeInvoer() => new()
    {
        { "titel leeg", "titel", "REQUIRED" },
        { "titel te lang", "titel", "TOO_LONG" },
        { "eind voor start", "eind", "END_BEFORE_START" },
        { "voorbij", "eind", "IN_THE_PAST" },
        { "te lang voor een reeks", "eind", "DURATION_TOO_LONG" },
        { "geen geldige id", "locatieId", "INVALID_ID" },
        { "id van een ander type", "locatieId", "INVALID_ID" },
        { "onbekende locatie", "locatieId", "UNKNOWN_LOCATIE" },
        { "geen plek", "locatieId", "LOCATION_REQUIRED" },
        { "geen link", "onlineLink", "INVALID_URL" },
        { "einddatum en aantal", "herhaling.aantal", "INVALID_RECURRENCE" },
        { "verkeerde weekdag", "herhaling.weekdagen", "INVALID_RECURRENCE" },
        { "verkeerde week van de maand", "herhaling.weekVanDeMaand", "INVALID_RECURRENCE" },
        { "interval te groot", "herhaling.interval", "OUT_OF_RANGE" },
        { "onbekende organisator", "organisatorIds", "UNKNOWN_ORGANISATIE" },
        { "netwerk zonder lidmaatschap", "netwerkId", "NOT_A_MEMBER" },
        { "aanmelden zonder link", "aanmelding.link", "REQUIRED" },
        { "ongeldig e-mailadres", "contact.email", "INVALID_EMAIL" },
        { "ongeldige taalcode", "toegankelijkheid.gesprokenTalen", "INVALID_LANGUAGE" },
        { "negatief bedrag", "kosten.bedragInCenten", "OUT_OF_RANGE" },
    };

    [Theory]
    [MemberData(nameof(OngeldigeInvoer))]
    public async Task InvalidInputGivesAFieldErrorAndStoresNothing(string geval, string veld, string code)
    {
        var partners = await TestPartners.MaakAsync(server);
        var invoer = partners.WekelijkseActiviteit();
        switch (geval)
        {
            case "titel leeg": invoer["titel"] = "   "; break;
            case "titel te lang": invoer["titel"] = new string('x', 201); break;
            case "eind voor start": invoer["eind"] = "2026-11-24T09:00:00+01:00"; break;
            case "voorbij": invoer.Remove("herhaling"); invoer["start"] = "2026-11-02T10:00:00+01:00"; invoer["eind"] = "2026-11-02T12:00:00+01:00"; break;
            case "te lang voor een reeks": invoer["eind"] = "2026-11-26T12:00:00+01:00"; break;
            case "geen geldige id": invoer["locatieId"] = "geen id!"; break;
            case "id van een ander type": invoer["locatieId"] = partners.A; break;
            case "onbekende locatie": invoer["locatieId"] = GlobalId.Maak("Locatie", 999_999); break;
            case "geen plek": invoer.Remove("locatieId"); break;
            case "geen link": invoer["onlineLink"] = "javascript:alert(1)"; break;
            case "einddatum en aantal": invoer["herhaling"] = new { frequentie = "WEKELIJKS", aantal = 4, totEnMet = "2026-12-31" }; break;
            case "verkeerde weekdag": invoer["herhaling"] = new { frequentie = "WEKELIJKS", weekdagen = new[] { "WOENSDAG" } }; break;
            case "verkeerde week van de maand": invoer["herhaling"] = new { frequentie = "MAANDELIJKS", weekVanDeMaand = 1, weekdagen = new[] { "DINSDAG" } }; break;
            case "interval te groot": invoer["herhaling"] = new { frequentie = "MAANDELIJKS", interval = 13 }; break;
            case "onbekende organisator": invoer["organisatorIds"] = new[] { partners.A, GlobalId.Maak("Organisatie", 999_999) }; break;
            case "netwerk zonder lidmaatschap": invoer["netwerkId"] = GlobalId.Maak("Netwerk", 1); break;
            case "aanmelden zonder link": invoer["aanmelding"] = new { wijze = "VIA_LINK" }; break;
            case "ongeldig e-mailadres": invoer["contact"] = new { naam = "Anja", email = "anja@" }; break;
            case "ongeldige taalcode": invoer["toegankelijkheid"] = new { gesprokenTalen = new[] { "nl", "Nederlands" } }; break;
            default: invoer["kosten"] = new { bedragInCenten = -100 }; break;
        }

        var resultaat = await MuteerAsync(Toevoegen, new { invoer }, partners.RedacteurA, "activiteitToevoegen");

        Assert.False(resultaat["gelukt"]!.GetValue<bool>());
        Assert.Null(resultaat["activiteit"]);
        var fout = Assert.Single(resultaat["fouten"]!.AsArray())!;
        Assert.Equal((veld, code), (fout["veld"]!.GetValue<string>(), fout["code"]!.GetValue<string>()));
        Assert.False(string.IsNullOrWhiteSpace(fout["bericht"]!.GetValue<string>()));
        Assert.Equal(0, await AantalActiviteitenAsync(partners.A));
    }

    [Fact]
    public async Task AddingNeedsTheRequiredFieldsAndMessagesAreInTheRequestLanguage()
    {
        var partners = await TestPartners.MaakAsync(server);

        var nl = await MuteerAsync(Toevoegen, new { invoer = new { titel = "Alleen een titel", locatieId = partners.LocatieId } }, partners.RedacteurA, "activiteitToevoegen");
        var en = await MuteerAsync(Toevoegen, new { invoer = new { titel = "Alleen een titel", locatieId = partners.LocatieId } }, partners.RedacteurA, "activiteitToevoegen", taal: "en");

        Assert.Equal(["omschrijving", "soort", "start", "eind"], nl["fouten"]!.AsArray().Select(f => f!["veld"]!.GetValue<string>()));
        Assert.All(nl["fouten"]!.AsArray(), f => Assert.Equal("REQUIRED", f!["code"]!.GetValue<string>()));
        Assert.Equal("Vul 'omschrijving' in; dit veld is verplicht.", nl["fouten"]![0]!["bericht"]!.GetValue<string>());
        Assert.Equal("Fill in 'omschrijving'; this field is required.", en["fouten"]![0]!["bericht"]!.GetValue<string>());
        Assert.Equal(0, await AantalActiviteitenAsync(partners.A));
    }

    [Fact]
    public async Task AnInvalidChangeChangesNothing()
    {
        var partners = await TestPartners.MaakAsync(server);
        var id = await VoegToeAsync(partners);

        var resultaat = await MuteerAsync(Wijzigen, new { id, invoer = new { titel = "Nieuwe titel", start = "2026-11-24T13:00:00+01:00" } }, partners.RedacteurA, "activiteitWijzigen");

        Assert.Equal(("eind", "END_BEFORE_START"), (resultaat["fouten"]![0]!["veld"]!.GetValue<string>(), resultaat["fouten"]![0]!["code"]!.GetValue<string>()));
        Assert.Equal(
            ["2026-11-24T10:00:00+01:00", "2026-12-01T10:00:00+01:00", "2026-12-08T10:00:00+01:00", "2026-12-15T10:00:00+01:00"],
            (await AgendaAsync(partners.A)).Select(d => d.Start));
        Assert.All(await AgendaAsync(partners.A), d => Assert.Equal("Testinloop", d.Titel));
    }

    [Fact]
    public async Task BadIdsInArgumentsAreErrors()
    {
        var partners = await TestPartners.MaakAsync(server);

        var ongeldig = await _client.GraphQLAsync(Wijzigen, new { id = "geen id!", invoer = new { titel = "x" } }, sleutel: partners.RedacteurA);
        var onbekend = await _client.GraphQLAsync(Wijzigen, new { id = GlobalId.Maak("Activiteit", 999_999), invoer = new { titel = "x" } }, sleutel: partners.RedacteurA);

        Assert.Equal("INVALID_ID", ongeldig.EersteCode);
        Assert.Equal("NOT_FOUND", onbekend.EersteCode);
    }
}
