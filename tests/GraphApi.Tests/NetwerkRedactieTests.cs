using System.Text.Json.Nodes;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;
using SociaalNetwerk.Schema.GraphQL;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>Partners keep their own details up to date; a beheerder manages organisations, networks and memberships.</summary>
[Collection(ServerCollectie.Naam)]
public sealed class NetwerkRedactieTests(SociaalNetwerkServer server)
{
    private const string OrganisatieWijzigen = """
        mutation($id: ID!, $invoer: OrganisatieInvoer!) {
          organisatieWijzigen(id: $id, invoer: $invoer) {
            gelukt fouten { veld code bericht }
            organisatie { naam soort omschrijving website email telefoon adres { straat postcode plaats } themas wijken { slug } }
          }
        }
        """;

    private const string Organisatie = "query($id: ID!) { organisatie(id: $id) { naam omschrijving website adres { straat postcode } wijken { slug } } }";

    private readonly HttpClient _client = server.MaakClient();

    private async Task<JsonNode> MuteerAsync(string document, object variabelen, string? sleutel, string veld) =>
        (await _client.GraphQLAsync(document, variabelen, sleutel: sleutel)).ZonderFouten().Data[veld]!;

    private static string Code(JsonNode resultaat) => resultaat["fouten"]![0]!["code"]!.GetValue<string>();

    [Fact]
    public async Task ARedacteurKeepsTheirOrganisationsDetailsUpToDate()
    {
        var partners = await TestPartners.MaakAsync(server);

        var resultaat = await MuteerAsync(OrganisatieWijzigen, new
        {
            id = partners.A,
            invoer = new
            {
                naam = partners.NaamA,
                omschrijving = "Wij organiseren ontmoeting in de wijk.",
                website = "https://testpartner.example",
                email = "info@testpartner.example",
                telefoon = "079 000 12 34",
                adres = new { straat = "Dorpsstraat 1", postcode = "2712ab", plaats = "Zoetermeer" },
                themas = new[] { "EENZAAMHEID_EN_ONTMOETING" },
                wijken = new[] { "oosterheem", "Seghwaert" },
            },
        }, partners.RedacteurA, "organisatieWijzigen");

        Assert.True(resultaat["gelukt"]!.GetValue<bool>(), resultaat.ToJsonString());
        var organisatie = (await _client.GraphQLAsync(Organisatie, new { id = partners.A })).ZonderFouten().Data["organisatie"]!;
        Assert.Equal("Wij organiseren ontmoeting in de wijk.", organisatie["omschrijving"]!.GetValue<string>());
        Assert.Equal("https://testpartner.example", organisatie["website"]!.GetValue<string>());
        Assert.Equal("2712 AB", organisatie["adres"]!["postcode"]!.GetValue<string>());
        Assert.Equal(["oosterheem", "seghwaert"], organisatie["wijken"]!.AsArray().Select(w => w!["slug"]!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task OnlyABeheerderChangesTheNameOrKindAndOnlyTheOwnRedacteurEditsAtAll()
    {
        var partners = await TestPartners.MaakAsync(server);
        var nieuweNaam = partners.NaamA + " (nieuw)";

        var naam = await MuteerAsync(OrganisatieWijzigen, new { id = partners.A, invoer = new { naam = nieuweNaam } }, partners.RedacteurA, "organisatieWijzigen");
        var soort = await MuteerAsync(OrganisatieWijzigen, new { id = partners.A, invoer = new { soort = "BEDRIJF" } }, partners.RedacteurA, "organisatieWijzigen");
        var ander = await _client.GraphQLAsync(OrganisatieWijzigen, new { id = partners.A, invoer = new { omschrijving = "Overgenomen" } }, sleutel: partners.RedacteurB);
        var anoniem = await _client.GraphQLAsync(OrganisatieWijzigen, new { id = partners.A, invoer = new { omschrijving = "Overgenomen" } });
        var beheerder = await MuteerAsync(OrganisatieWijzigen, new { id = partners.A, invoer = new { naam = nieuweNaam, soort = "BEDRIJF" } }, partners.Beheerder, "organisatieWijzigen");

        Assert.Equal(("naam", "BEHEERDER_ONLY"), (naam["fouten"]![0]!["veld"]!.GetValue<string>(), Code(naam)));
        Assert.Equal(("soort", "BEHEERDER_ONLY"), (soort["fouten"]![0]!["veld"]!.GetValue<string>(), Code(soort)));
        Assert.Equal("FORBIDDEN", ander.EersteCode);
        Assert.Equal("UNAUTHENTICATED", anoniem.EersteCode);
        Assert.True(beheerder["gelukt"]!.GetValue<bool>(), beheerder.ToJsonString());
        Assert.Equal(nieuweNaam, beheerder["organisatie"]!["naam"]!.GetValue<string>());
        Assert.Equal("BEDRIJF", beheerder["organisatie"]!["soort"]!.GetValue<string>());
    }

    [Fact]
    public async Task InvalidDetailsGiveFieldErrorsAndChangeNothing()
    {
        var partners = await TestPartners.MaakAsync(server);

        var resultaat = await MuteerAsync(OrganisatieWijzigen, new
        {
            id = partners.A,
            invoer = new
            {
                omschrijving = "Dit mag niet worden opgeslagen.",
                website = "testpartner.example",
                adres = new { straat = "Dorpsstraat 1", postcode = "ABCD 12" },
                wijken = new[] { "oosterheem", "atlantis" },
            },
        }, partners.RedacteurA, "organisatieWijzigen");

        Assert.False(resultaat["gelukt"]!.GetValue<bool>());
        Assert.Equal(
            [("website", "INVALID_URL"), ("adres.postcode", "INVALID_POSTCODE"), ("wijken", "UNKNOWN_WIJK")],
            resultaat["fouten"]!.AsArray().Select(f => (f!["veld"]!.GetValue<string>(), f["code"]!.GetValue<string>())));
        var organisatie = (await _client.GraphQLAsync(Organisatie, new { id = partners.A })).ZonderFouten().Data["organisatie"]!;
        Assert.Equal("Een vereniging voor de test.", organisatie["omschrijving"]!.GetValue<string>());
        Assert.Null(organisatie["adres"]);
        Assert.Empty(organisatie["wijken"]!.AsArray());
    }

    [Fact]
    public async Task ABeheerderAddsOrganisationsButNotTwiceUnderOneName()
    {
        var partners = await TestPartners.MaakAsync(server);
        const string Toevoegen = "mutation($invoer: OrganisatieInvoer!) { organisatieToevoegen(invoer: $invoer) { gelukt fouten { veld code } organisatie { id naam soort wijken { slug } } } }";
        var naam = "Buurtvereniging Test " + Guid.NewGuid().ToString("N")[..6];

        var nieuw = await MuteerAsync(Toevoegen, new { invoer = new { naam, soort = "BEWONERSINITIATIEF", wijken = new[] { "palenstein" } } }, partners.Beheerder, "organisatieToevoegen");
        var dubbel = await MuteerAsync(Toevoegen, new { invoer = new { naam = partners.NaamA.ToUpperInvariant(), soort = "WELZIJN" } }, partners.Beheerder, "organisatieToevoegen");
        var zonderSoort = await MuteerAsync(Toevoegen, new { invoer = new { naam = naam + " 2" } }, partners.Beheerder, "organisatieToevoegen");
        var redacteur = await _client.GraphQLAsync(Toevoegen, new { invoer = new { naam = naam + " 3", soort = "WELZIJN" } }, sleutel: partners.RedacteurA);

        Assert.True(nieuw["gelukt"]!.GetValue<bool>(), nieuw.ToJsonString());
        Assert.Equal(naam, nieuw["organisatie"]!["naam"]!.GetValue<string>());
        Assert.Equal("palenstein", nieuw["organisatie"]!["wijken"]![0]!["slug"]!.GetValue<string>());
        Assert.Equal("DUPLICATE_NAME", Code(dubbel));
        Assert.Equal(("soort", "REQUIRED"), (zonderSoort["fouten"]![0]!["veld"]!.GetValue<string>(), Code(zonderSoort)));
        Assert.Equal("FORBIDDEN", redacteur.EersteCode);
    }

    [Fact]
    public async Task ABeheerderManagesNetworksGroupsAndMemberships()
    {
        var partners = await TestPartners.MaakAsync(server);
        var kenmerk = Guid.NewGuid().ToString("N")[..6];
        const string NetwerkToevoegen = "mutation($invoer: NetwerkInvoer!) { netwerkToevoegen(invoer: $invoer) { gelukt fouten { veld code } netwerk { id naam onderdeelVan { id } } } }";
        const string NetwerkWijzigen = "mutation($id: ID!, $invoer: NetwerkInvoer!) { netwerkWijzigen(id: $id, invoer: $invoer) { gelukt fouten { veld code } netwerk { id website onderdeelVan { id } } } }";
        const string GroepToevoegen = "mutation($netwerk: ID!, $invoer: NetwerkGroepInvoer!) { netwerkGroepToevoegen(netwerkId: $netwerk, invoer: $invoer) { gelukt fouten { veld code } groep { id naam soort } } }";
        const string GroepWijzigen = "mutation($id: ID!, $invoer: NetwerkGroepInvoer!) { netwerkGroepWijzigen(id: $id, invoer: $invoer) { gelukt groep { omschrijving } } }";
        const string LidToevoegen = "mutation($netwerk: ID!, $organisatie: ID!, $invoer: LidmaatschapInvoer) { lidmaatschapToevoegen(netwerkId: $netwerk, organisatieId: $organisatie, invoer: $invoer) { gelukt fouten { veld code } lidmaatschap { id rol groep { naam } sinds } } }";
        const string LidWijzigen = "mutation($id: ID!, $invoer: LidmaatschapInvoer!) { lidmaatschapWijzigen(id: $id, invoer: $invoer) { gelukt fouten { veld code } lidmaatschap { id rol groep { naam } sinds } } }";
        const string LidVerwijderen = "mutation($id: ID!) { lidmaatschapVerwijderen(id: $id) { netwerk { leden { id } } organisatie { lidmaatschappen { id } } } }";
        string Id(JsonNode resultaat, string veld) => resultaat[veld]!["id"]!.GetValue<string>();

        var netwerk = Id(await MuteerAsync(NetwerkToevoegen, new { invoer = new { naam = "Testnetwerk " + kenmerk, omschrijving = "Samen testen." } }, partners.Beheerder, "netwerkToevoegen"), "netwerk");
        var deel = await MuteerAsync(NetwerkToevoegen, new { invoer = new { naam = "Testnetwerk " + kenmerk + " jong", onderdeelVanId = netwerk } }, partners.Beheerder, "netwerkToevoegen");
        var kring = await MuteerAsync(NetwerkWijzigen, new { id = netwerk, invoer = new { onderdeelVanId = Id(deel, "netwerk") } }, partners.Beheerder, "netwerkWijzigen");
        var gewijzigd = await MuteerAsync(NetwerkWijzigen, new { id = netwerk, invoer = new { website = "https://netwerk.example" } }, partners.Beheerder, "netwerkWijzigen");
        var groep = Id(await MuteerAsync(GroepToevoegen, new { netwerk, invoer = new { naam = "Kerngroep Test", soort = "KERNGROEP" } }, partners.Beheerder, "netwerkGroepToevoegen"), "groep");
        var groepGewijzigd = await MuteerAsync(GroepWijzigen, new { id = groep, invoer = new { omschrijving = "Stuurt het netwerk." } }, partners.Beheerder, "netwerkGroepWijzigen");
        var lidA = await MuteerAsync(LidToevoegen, new { netwerk, organisatie = partners.A, invoer = new { rol = "KERNTEAM", groepId = groep, sinds = "2026-01-01" } }, partners.Beheerder, "lidmaatschapToevoegen");
        var dubbel = await MuteerAsync(LidToevoegen, new { netwerk, organisatie = partners.A, invoer = new { groepId = groep } }, partners.Beheerder, "lidmaatschapToevoegen");
        var vreemdeGroep = await MuteerAsync(LidToevoegen, new { netwerk, organisatie = partners.B, invoer = new { groepId = GlobalId.Maak("NetwerkGroep", 1) } }, partners.Beheerder, "lidmaatschapToevoegen");
        var lidB = await MuteerAsync(LidToevoegen, new { netwerk, organisatie = partners.B }, partners.Beheerder, "lidmaatschapToevoegen");
        var wijzigLidA = await MuteerAsync(LidWijzigen, new { id = Id(lidA, "lidmaatschap"), invoer = new { rol = "TREKKER", groepId = (string?)null } }, partners.Beheerder, "lidmaatschapWijzigen");
        var viaNode = (await _client.GraphQLAsync("query($id: ID!) { node(id: $id) { ... on Lidmaatschap { rol organisatie { id } } } }", new { id = Id(lidA, "lidmaatschap") })).ZonderFouten().Data["node"]!;
        var verwijderd = await MuteerAsync(LidVerwijderen, new { id = Id(lidB, "lidmaatschap") }, partners.Beheerder, "lidmaatschapVerwijderen");

        Assert.Equal(netwerk, deel["netwerk"]!["onderdeelVan"]!["id"]!.GetValue<string>());
        Assert.Equal(("onderdeelVanId", "NETWORK_CYCLE"), (kring["fouten"]![0]!["veld"]!.GetValue<string>(), Code(kring)));
        Assert.Equal("https://netwerk.example", gewijzigd["netwerk"]!["website"]!.GetValue<string>());
        Assert.Null(gewijzigd["netwerk"]!["onderdeelVan"]);
        Assert.Equal("Stuurt het netwerk.", groepGewijzigd["groep"]!["omschrijving"]!.GetValue<string>());
        Assert.True(lidA["gelukt"]!.GetValue<bool>(), lidA.ToJsonString());
        Assert.Equal(("KERNTEAM", "Kerngroep Test", "2026-01-01"), (lidA["lidmaatschap"]!["rol"]!.GetValue<string>(), lidA["lidmaatschap"]!["groep"]!["naam"]!.GetValue<string>(), lidA["lidmaatschap"]!["sinds"]!.GetValue<string>()));
        Assert.Equal("DUPLICATE_MEMBERSHIP", Code(dubbel));
        Assert.Equal(("groepId", "UNKNOWN_GROEP"), (vreemdeGroep["fouten"]![0]!["veld"]!.GetValue<string>(), Code(vreemdeGroep)));
        Assert.Equal("LID", lidB["lidmaatschap"]!["rol"]!.GetValue<string>());
        Assert.Equal("TREKKER", wijzigLidA["lidmaatschap"]!["rol"]!.GetValue<string>());
        Assert.Null(wijzigLidA["lidmaatschap"]!["groep"]);
        Assert.Equal("2026-01-01", wijzigLidA["lidmaatschap"]!["sinds"]!.GetValue<string>());
        Assert.Equal(("TREKKER", partners.A), (viaNode["rol"]!.GetValue<string>(), viaNode["organisatie"]!["id"]!.GetValue<string>()));
        Assert.Equal([Id(lidA, "lidmaatschap")], verwijderd["netwerk"]!["leden"]!.AsArray().Select(l => l!["id"]!.GetValue<string>()));
        Assert.Empty(verwijderd["organisatie"]!["lidmaatschappen"]!.AsArray());
    }

    [Fact]
    public async Task NetworksAndMembershipsAreTheBeheerdersOnly()
    {
        var partners = await TestPartners.MaakAsync(server);
        const string NetwerkToevoegen = "mutation { netwerkToevoegen(invoer: { naam: \"Eigen netwerk\" }) { gelukt } }";
        var lidmaatschap = $"mutation {{ lidmaatschapToevoegen(netwerkId: \"{GlobalId.Maak("Netwerk", 1)}\", organisatieId: \"{partners.A}\") {{ gelukt }} }}";

        Assert.Equal("FORBIDDEN", (await _client.GraphQLAsync(NetwerkToevoegen, sleutel: partners.RedacteurA)).EersteCode);
        Assert.Equal("UNAUTHENTICATED", (await _client.GraphQLAsync(NetwerkToevoegen)).EersteCode);
        Assert.Equal("FORBIDDEN", (await _client.GraphQLAsync(lidmaatschap, sleutel: partners.RedacteurA)).EersteCode);
        Assert.Equal("FORBIDDEN", (await _client.GraphQLAsync(lidmaatschap, sleutel: partners.Trajectteam)).EersteCode);
        var organisatie = (await _client.GraphQLAsync("query($id: ID!) { organisatie(id: $id) { lidmaatschappen { id } } }", new { id = partners.A })).ZonderFouten().Data["organisatie"]!;
        Assert.Empty(organisatie["lidmaatschappen"]!.AsArray());
    }
}
