using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;
using SociaalNetwerk.Schema.Agenda;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// Locations over GraphQL (issue 11): the public list with search and paging, adding and changing them (any
/// redacteur adds; a redacteur changes the ones its organisation uses or nobody uses yet; a beheerder all), one address
/// one location, and removing a mistaken activity.
/// </summary>
[Collection(ServerCollectie.Naam)]
public sealed class LocatieTests(SociaalNetwerkServer server)
{
    private const string Toevoegen = """
        mutation($invoer: LocatieInvoer!) {
          locatieToevoegen(invoer: $invoer) {
            gelukt fouten { veld code bericht }
            locatie { id naam adres postcode plaats wijk { slug } rolstoeltoegankelijk ringleiding toegankelijkheidToelichting }
          }
        }
        """;

    private const string Wijzigen = """
        mutation($id: ID!, $invoer: LocatieInvoer!) {
          locatieWijzigen(id: $id, invoer: $invoer) {
            gelukt fouten { veld code bericht }
            locatie { id naam adres postcode ringleiding toegankelijkheidToelichting }
          }
        }
        """;

    private const string Zoeken = """
        query($filter: LocatieFilter, $first: Int, $after: String) {
          locaties(filter: $filter, first: $first, after: $after) {
            totalCount nodes { id naam } pageInfo { hasNextPage hasPreviousPage endCursor }
          }
        }
        """;

    private readonly HttpClient _client = server.MaakClient();

    private static string Kenmerk() => Guid.NewGuid().ToString("N")[..8];

    private async Task<JsonNode> MuteerAsync(string document, object variabelen, string? sleutel, string veld, string? taal = null) =>
        (await _client.GraphQLAsync(document, variabelen, taal: taal, sleutel: sleutel)).ZonderFouten().Data[veld]!;

    private async Task<string> VoegToeAsync(string sleutel, string naam, string adres, string postcode = "2718 XZ", string? wijk = null)
    {
        var resultaat = await MuteerAsync(Toevoegen, new { invoer = new { naam, adres, postcode, wijk } }, sleutel, "locatieToevoegen");
        Assert.True(resultaat["gelukt"]!.GetValue<bool>(), resultaat.ToJsonString());
        return resultaat["locatie"]!["id"]!.GetValue<string>();
    }

    private static List<string> Codes(JsonNode resultaat) =>
        [.. resultaat["fouten"]!.AsArray().Select(f => f!["veld"]!.GetValue<string>() + ":" + f["code"]!.GetValue<string>())];

    [Fact]
    public async Task ARedacteurAddsALocationThatAnyoneCanFindWithoutCaseOrAccents()
    {
        var partners = await TestPartners.MaakAsync(server);
        var kenmerk = Kenmerk();

        var resultaat = await MuteerAsync(Toevoegen, new
        {
            invoer = new
            {
                naam = $"Café Élan {kenmerk}",
                adres = $"Australiëweg {kenmerk}",
                postcode = "2718ee",
                wijk = "Rokkeveen",
                rolstoeltoegankelijk = true,
                toegankelijkheidToelichting = "  Ingang zonder drempel.  ",
            },
        }, partners.RedacteurA, "locatieToevoegen");

        Assert.True(resultaat["gelukt"]!.GetValue<bool>(), resultaat.ToJsonString());
        var locatie = resultaat["locatie"]!;
        Assert.Equal("2718 EE", locatie["postcode"]!.GetValue<string>());
        Assert.Equal("Zoetermeer", locatie["plaats"]!.GetValue<string>());
        Assert.Equal("rokkeveen", locatie["wijk"]!["slug"]!.GetValue<string>());
        Assert.True(locatie["rolstoeltoegankelijk"]!.GetValue<bool>());
        Assert.False(locatie["ringleiding"]!.GetValue<bool>());
        Assert.Equal("Ingang zonder drempel.", locatie["toegankelijkheidToelichting"]!.GetValue<string>());
        var id = locatie["id"]!.GetValue<string>();

        // Anonymous readers find it: by name without accents, by address in capitals, and filtered on its wijk.
        foreach (var (zoekterm, wijken) in new (string, string[]?)[] { ($"cafe elan {kenmerk}", null), ($"AUSTRALIEWEG {kenmerk.ToUpperInvariant()}", null), ($"élan {kenmerk}", ["rokkeveen"]) })
        {
            var gevonden = (await _client.GraphQLAsync(Zoeken, new { filter = new { zoekterm, wijken } })).ZonderFouten().Data["locaties"]!;
            Assert.Equal(1, gevonden["totalCount"]!.GetValue<int>());
            Assert.Equal(id, gevonden["nodes"]![0]!["id"]!.GetValue<string>());
        }

        var elders = (await _client.GraphQLAsync(Zoeken, new { filter = new { zoekterm = kenmerk, wijken = new[] { "oosterheem" } } })).ZonderFouten().Data["locaties"]!;
        Assert.Equal(0, elders["totalCount"]!.GetValue<int>());
        var opId = (await _client.GraphQLAsync("query($id: ID!) { locatie(id: $id) { naam } node(id: $id) { id } }", new { id })).ZonderFouten().Data;
        Assert.Equal($"Café Élan {kenmerk}", opId["locatie"]!["naam"]!.GetValue<string>());
        Assert.Equal(id, opId["node"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheListPagesWithCursorsInNameOrderWithoutCaseOrAccents()
    {
        var partners = await TestPartners.MaakAsync(server);
        var kenmerk = Kenmerk();
        var c = await VoegToeAsync(partners.Beheerder, $"Zaal C {kenmerk}", $"Pagineerlaan {kenmerk} 3");
        var a = await VoegToeAsync(partners.Beheerder, $"zaal a {kenmerk}", $"Pagineerlaan {kenmerk} 1");
        var b = await VoegToeAsync(partners.Beheerder, $"Zaal Ä2 {kenmerk}", $"Pagineerlaan {kenmerk} 2");

        var eerste = (await _client.GraphQLAsync(Zoeken, new { filter = new { zoekterm = kenmerk }, first = 2 })).ZonderFouten().Data["locaties"]!;
        var tweede = (await _client.GraphQLAsync(Zoeken, new { filter = new { zoekterm = kenmerk }, first = 2, after = eerste["pageInfo"]!["endCursor"]!.GetValue<string>() })).ZonderFouten().Data["locaties"]!;

        Assert.Equal(3, eerste["totalCount"]!.GetValue<int>());
        Assert.Equal([a, b], eerste["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
        Assert.True(eerste["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Equal([c], tweede["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
        Assert.False(tweede["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.True(tweede["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());

        var fout = await _client.GraphQLAsync(Zoeken, new { after = "onzin" });
        Assert.Equal(FoutCodes.OngeldigeCursor, fout.EersteCode);
        var wijk = await _client.GraphQLAsync(Zoeken, new { filter = new { wijken = new[] { "atlantis" } } });
        Assert.Equal(FoutCodes.OnbekendeWijk, wijk.EersteCode);
    }

    [Fact]
    public async Task ARedacteurChangesLocationsItsOrganisationUsesOrNobodyUsesAndABeheerderEveryLocation()
    {
        var partners = await TestPartners.MaakAsync(server);
        var kenmerk = Kenmerk();
        var id = await VoegToeAsync(partners.RedacteurA, $"Clubhuis {kenmerk}", $"Wijzigpad {kenmerk}");

        // Nobody uses it yet: any redacteur may fix it.
        var eerst = await MuteerAsync(Wijzigen, new { id, invoer = new { ringleiding = true } }, partners.RedacteurB, "locatieWijzigen");
        Assert.True(eerst["gelukt"]!.GetValue<bool>(), eerst.ToJsonString());
        Assert.True(eerst["locatie"]!["ringleiding"]!.GetValue<bool>());

        // Once B holds an activity there, A (no activity there) may no longer change it; B and a beheerder may.
        var activiteit = partners.WekelijkseActiviteit("Activiteit op de nieuwe locatie");
        activiteit["locatieId"] = id;
        var toegevoegd = await MuteerAsync("mutation($invoer: ActiviteitInvoer!) { activiteitToevoegen(invoer: $invoer) { gelukt fouten { code } } }", new { invoer = activiteit }, partners.RedacteurB, "activiteitToevoegen");
        Assert.True(toegevoegd["gelukt"]!.GetValue<bool>(), toegevoegd.ToJsonString());

        var geweigerd = await _client.GraphQLAsync(Wijzigen, new { id, invoer = new { naam = "Overgenomen" } }, sleutel: partners.RedacteurA);
        Assert.Equal(FoutCodes.GeenToegang, geweigerd.EersteCode);

        var doorB = await MuteerAsync(Wijzigen, new { id, invoer = new { toegankelijkheidToelichting = "Trap bij de ingang." } }, partners.RedacteurB, "locatieWijzigen");
        Assert.True(doorB["gelukt"]!.GetValue<bool>(), doorB.ToJsonString());
        var doorBeheerder = await MuteerAsync(Wijzigen, new { id, invoer = new { naam = $"Clubhuis De Vlieger {kenmerk}", toegankelijkheidToelichting = (string?)null } }, partners.Beheerder, "locatieWijzigen");
        Assert.True(doorBeheerder["gelukt"]!.GetValue<bool>(), doorBeheerder.ToJsonString());
        Assert.Equal($"Clubhuis De Vlieger {kenmerk}", doorBeheerder["locatie"]!["naam"]!.GetValue<string>());
        Assert.Null(doorBeheerder["locatie"]!["toegankelijkheidToelichting"]);
        Assert.True(doorBeheerder["locatie"]!["ringleiding"]!.GetValue<bool>());

        Assert.Equal(FoutCodes.NietAangemeld, (await _client.GraphQLAsync(Wijzigen, new { id, invoer = new { ringleiding = false } })).EersteCode);
        Assert.Equal(FoutCodes.GeenToegang, (await _client.GraphQLAsync(Wijzigen, new { id, invoer = new { ringleiding = false } }, sleutel: partners.Trajectteam)).EersteCode);
        Assert.Equal(FoutCodes.NietGevonden, (await _client.GraphQLAsync(Wijzigen, new { id = GlobalId.Maak("Locatie", 999_999), invoer = new { ringleiding = false } }, sleutel: partners.Beheerder)).EersteCode);
        Assert.Equal(FoutCodes.OngeldigeId, (await _client.GraphQLAsync(Wijzigen, new { id = partners.A, invoer = new { ringleiding = false } }, sleutel: partners.Beheerder)).EersteCode);
    }

    [Fact]
    public async Task AddingIsForRedacteurenAndBeheerders()
    {
        var partners = await TestPartners.MaakAsync(server);
        var invoer = new { naam = "Niet van mij", adres = "Weigerstraat " + Kenmerk(), postcode = "2711 AB" };

        Assert.Equal(FoutCodes.NietAangemeld, (await _client.GraphQLAsync(Toevoegen, new { invoer })).EersteCode);
        Assert.Equal(FoutCodes.GeenToegang, (await _client.GraphQLAsync(Toevoegen, new { invoer }, sleutel: partners.Trajectteam)).EersteCode);
    }

    [Fact]
    public async Task EveryFieldProblemIsReportedAtItsFieldAndNothingIsStored()
    {
        var partners = await TestPartners.MaakAsync(server);

        var leeg = await MuteerAsync(Toevoegen, new { invoer = new { ringleiding = (bool?)null } }, partners.RedacteurA, "locatieToevoegen");
        Assert.False(leeg["gelukt"]!.GetValue<bool>());
        Assert.Null(leeg["locatie"]);
        Assert.Equal(["adres:REQUIRED", "naam:REQUIRED", "postcode:REQUIRED", "ringleiding:REQUIRED"], Codes(leeg).Order());

        var kenmerk = Kenmerk();
        var fout = await MuteerAsync(Toevoegen, new
        {
            invoer = new { naam = new string('x', 201), adres = "Foutlaan " + kenmerk, postcode = "0123 AB", wijk = "atlantis", plaats = new string('p', 101) },
        }, partners.RedacteurA, "locatieToevoegen");
        Assert.Equal(["naam:TOO_LONG", "plaats:TOO_LONG", "postcode:INVALID_POSTCODE", "wijk:UNKNOWN_WIJK"], Codes(fout).Order());

        var gevonden = (await _client.GraphQLAsync(Zoeken, new { filter = new { zoekterm = kenmerk } })).ZonderFouten().Data["locaties"]!;
        Assert.Equal(0, gevonden["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task OneAddressIsOneLocationAndTheErrorNamesTheExistingOne()
    {
        var partners = await TestPartners.MaakAsync(server);
        var kenmerk = Kenmerk();
        var bestaand = await VoegToeAsync(partners.RedacteurA, "Buurtkamer " + kenmerk, $"Dubbelstraat {kenmerk} 12", "2722 AB");

        // The same address typed differently (case, accents, spaces, postcode without space) is the same location.
        var dubbel = await MuteerAsync(Toevoegen, new { invoer = new { naam = "Andere naam", adres = $"  DUBBELSTRAAT  {kenmerk.ToUpperInvariant()} 12", postcode = "2722ab" } }, partners.RedacteurB, "locatieToevoegen", "en");
        Assert.Equal(["adres:DUPLICATE_LOCATION"], Codes(dubbel));
        var bericht = dubbel["fouten"]![0]!["bericht"]!.GetValue<string>();
        Assert.Contains(bestaand, bericht, StringComparison.Ordinal);
        Assert.StartsWith("There already is a location at this address", bericht, StringComparison.Ordinal);

        // Another postcode is another address; changing a location onto a taken address is refused too.
        var ander = await VoegToeAsync(partners.RedacteurB, "Buurtkamer twee " + kenmerk, $"Dubbelstraat {kenmerk} 12", "2722 AC");
        var verhuisd = await MuteerAsync(Wijzigen, new { id = ander, invoer = new { postcode = "2722 AB" } }, partners.RedacteurB, "locatieWijzigen");
        Assert.Equal(["adres:DUPLICATE_LOCATION"], Codes(verhuisd));

        // Saving a location with its own address again is no duplicate.
        var zelf = await MuteerAsync(Wijzigen, new { id = bestaand, invoer = new { adres = $"Dubbelstraat {kenmerk} 12", postcode = "2722 AB", naam = "Buurtkamer " + kenmerk } }, partners.RedacteurA, "locatieWijzigen");
        Assert.True(zelf["gelukt"]!.GetValue<bool>(), zelf.ToJsonString());
    }

    [Fact]
    public async Task AMistakenActivityIsRemovedWithItsDatesByItsOrganiserOrABeheerder()
    {
        var partners = await TestPartners.MaakAsync(server);
        async Task<string> ActiviteitAsync()
        {
            var resultaat = await MuteerAsync("mutation($invoer: ActiviteitInvoer!) { activiteitToevoegen(invoer: $invoer) { gelukt activiteit { id } } }", new { invoer = partners.WekelijkseActiviteit("Per vergissing") }, partners.RedacteurA, "activiteitToevoegen");
            return resultaat["activiteit"]!["id"]!.GetValue<string>();
        }

        const string Verwijderen = "mutation($id: ID!) { activiteitVerwijderen(id: $id) { id } }";
        var id = await ActiviteitAsync();
        var sleutel = GlobalId.LeesInt(id, nameof(Activiteit));
        var databank = server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>();
        await using (var db = await databank.CreateDbContextAsync())
        {
            Assert.Equal(4, await db.Voorkomens.CountAsync(v => v.ActiviteitId == sleutel));
        }

        Assert.Equal(FoutCodes.NietAangemeld, (await _client.GraphQLAsync(Verwijderen, new { id })).EersteCode);
        Assert.Equal(FoutCodes.GeenToegang, (await _client.GraphQLAsync(Verwijderen, new { id }, sleutel: partners.RedacteurB)).EersteCode);
        Assert.Equal(FoutCodes.GeenToegang, (await _client.GraphQLAsync(Verwijderen, new { id }, sleutel: partners.Trajectteam)).EersteCode);

        var weg = (await _client.GraphQLAsync(Verwijderen, new { id }, sleutel: partners.RedacteurA)).ZonderFouten();
        Assert.Equal(id, weg.Data["activiteitVerwijderen"]!["id"]!.GetValue<string>());
        Assert.Null((await _client.GraphQLAsync("query($id: ID!) { activiteit(id: $id) { id } }", new { id })).ZonderFouten().Data["activiteit"]);
        await using (var db = await databank.CreateDbContextAsync())
        {
            Assert.Equal(0, await db.Voorkomens.CountAsync(v => v.ActiviteitId == sleutel));
            Assert.Equal(0, await db.ActiviteitOrganisatoren.CountAsync(r => EF.Property<int>(r, "ActiviteitId") == sleutel));
        }

        Assert.Equal(FoutCodes.NietGevonden, (await _client.GraphQLAsync(Verwijderen, new { id }, sleutel: partners.RedacteurA)).EersteCode);
        Assert.Equal(FoutCodes.OngeldigeId, (await _client.GraphQLAsync(Verwijderen, new { id = partners.A }, sleutel: partners.Beheerder)).EersteCode);

        var tweede = await ActiviteitAsync();
        var doorBeheerder = (await _client.GraphQLAsync(Verwijderen, new { id = tweede }, sleutel: partners.Beheerder)).ZonderFouten();
        Assert.Equal(tweede, doorBeheerder.Data["activiteitVerwijderen"]!["id"]!.GetValue<string>());
    }
}
