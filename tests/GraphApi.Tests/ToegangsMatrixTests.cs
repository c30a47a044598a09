using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SociaalNetwerk.GraphApi.Export;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Participatie;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// The whole access matrix: every protected read and write (rows) for every kind of caller (columns). Each cell is
/// its own test case, proven over real HTTP. "A" is the organisation and traject the objects belong to; "B" is another.
/// </summary>
[Collection(ServerCollectie.Naam)]
public sealed class ToegangsMatrixTests(SociaalNetwerkServer server)
{
    public enum Actor
    {
        Anoniem,
        RedacteurA,
        RedacteurB,
        TeamA,
        TeamB,
        Beheerder,
    }

    public enum Uitkomst
    {
        /// <summary>The data comes back or the change is made.</summary>
        Toegestaan,

        /// <summary>The object is reported as not found (null), as if it did not exist.</summary>
        Verborgen,

        /// <summary>An UNAUTHENTICATED error: a key is needed.</summary>
        NietAangemeld,

        /// <summary>A FORBIDDEN error: this key has no right to it.</summary>
        GeenToegang,
    }

    /// <summary>Who may do what. Anyone not listed as allowed gets <see cref="Uitkomst.NietAangemeld"/> (anonymous) or the row's refusal.</summary>
    private sealed record Regel(string Naam, Func<Opzet, HttpClient, string?, Task<Uitkomst>> Voer, Actor[] Toegestaan, Uitkomst Weigering = Uitkomst.GeenToegang);

    private static readonly Actor[] TeamVanA = [Actor.TeamA, Actor.Beheerder];

    private static readonly Regel[] Regels =
    [
        new("concept-uitvraag lezen", async (o, client, sleutel) =>
            Gevonden(await client.GraphQLAsync("query($id: ID!) { uitvraag(id: $id) { titel } }", new { id = o.ConceptUitvraag }, sleutel: sleutel), "uitvraag"),
            TeamVanA, Uitkomst.Verborgen),
        new("concept-uitvraag via node", async (o, client, sleutel) =>
            Gevonden(await client.GraphQLAsync("query($id: ID!) { node(id: $id) { id } }", new { id = o.ConceptUitvraag }, sleutel: sleutel), "node"),
            TeamVanA, Uitkomst.Verborgen),
        new("vraag van concept-uitvraag via node", async (o, client, sleutel) =>
            Gevonden(await client.GraphQLAsync("query($id: ID!) { node(id: $id) { id } }", new { id = o.ConceptVraag }, sleutel: sleutel), "node"),
            TeamVanA, Uitkomst.Verborgen),
        new("concept-uitvraag in de lijst van het traject", async (o, client, sleutel) =>
        {
            var antwoord = (await client.GraphQLAsync("query($id: ID!) { participatietraject(id: $id) { uitvragen { id } } }", new { id = o.Traject }, sleutel: sleutel)).ZonderFouten();
            var ids = antwoord.Data["participatietraject"]!["uitvragen"]!.AsArray().Select(u => u!["id"]!.GetValue<string>()).ToList();
            Assert.Contains(o.OpenUitvraag.Id, ids);
            return ids.Contains(o.ConceptUitvraag) ? Uitkomst.Toegestaan : Uitkomst.Verborgen;
        }, TeamVanA, Uitkomst.Verborgen),
        new("aantal reacties", async (o, client, sleutel) =>
            UitkomstVan(await client.GraphQLAsync("query($id: ID!) { uitvraag(id: $id) { aantalReacties } }", new { id = o.OpenUitvraag.Id }, sleutel: sleutel)),
            TeamVanA),
        new("ruwe reacties met contactgegevens en open antwoorden", async (o, client, sleutel) =>
        {
            var antwoord = await client.GraphQLAsync(
                "query($id: ID!) { uitvraag(id: $id) { reacties(first: 10) { nodes { contactNaam contactEmail antwoorden { tekst } } } } }", new { id = o.OpenUitvraag.Id }, sleutel: sleutel);
            var uitkomst = UitkomstVan(antwoord);
            if (uitkomst == Uitkomst.Toegestaan)
            {
                var reactie = antwoord.Data["uitvraag"]!["reacties"]!["nodes"]![0]!;
                Assert.Equal("Anna de Vries", reactie["contactNaam"]!.GetValue<string>());
                Assert.Contains(reactie["antwoorden"]!.AsArray(), a => a!["tekst"]?.GetValue<string>() == "Meer ontmoeting graag.");
            }

            return uitkomst;
        }, TeamVanA),
        new("reacties als CSV", async (o, client, sleutel) =>
        {
            using var verzoek = new HttpRequestMessage(HttpMethod.Get, ExportEndpoints.ReactiesPad.Replace("{id}", o.OpenUitvraag.Id, StringComparison.Ordinal));
            if (sleutel is not null)
            {
                verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", sleutel);
            }

            using var antwoord = await client.SendAsync(verzoek);
            var tekst = await antwoord.Content.ReadAsStringAsync();
            return antwoord.StatusCode switch
            {
                HttpStatusCode.OK when tekst.Contains("Anna de Vries", StringComparison.Ordinal) => Uitkomst.Toegestaan,
                HttpStatusCode.Unauthorized => Uitkomst.NietAangemeld,
                HttpStatusCode.Forbidden => Uitkomst.GeenToegang,
                _ => throw new Xunit.Sdk.XunitException($"{antwoord.StatusCode}: {tekst}"),
            };
        }, TeamVanA),
        new("reactie van papier invoeren", async (o, client, sleutel) =>
        {
            var invoer = o.OpenUitvraag.GeldigeReactie();
            invoer["kanaal"] = "PAPIER";
            return UitkomstVan(await client.GraphQLAsync("mutation($invoer: ReactieInvoer!) { reactieIndienen(invoer: $invoer) { gelukt } }", new { invoer }, sleutel: sleutel));
        }, TeamVanA),
    ];

    public static TheoryData<string, Actor> Cellen()
    {
        var cellen = new TheoryData<string, Actor>();
        foreach (var regel in Regels)
        {
            foreach (var actor in Enum.GetValues<Actor>())
            {
                cellen.Add(regel.Naam, actor);
            }
        }

        return cellen;
    }

    [Theory]
    [MemberData(nameof(Cellen))]
    public async Task EveryCallerGetsExactlyTheAccessTheirRoleGives(string handeling, Actor actor)
    {
        var regel = Regels.Single(r => r.Naam == handeling);
        var opzet = await Opzet.VoorAsync(server);
        using var client = server.MaakClient();

        var uitkomst = await regel.Voer(opzet, client, opzet.Sleutels[actor]);

        var verwacht = regel.Toegestaan.Contains(actor) ? Uitkomst.Toegestaan
            : actor == Actor.Anoniem && regel.Weigering == Uitkomst.GeenToegang ? Uitkomst.NietAangemeld
            : regel.Weigering;
        Assert.Equal(verwacht, uitkomst);
    }

    [Fact]
    public void EveryRowAllowsSomeoneAndRefusesSomeone()
    {
        Assert.All(Regels, r => Assert.InRange(r.Toegestaan.Length, 1, Enum.GetValues<Actor>().Length - 1));
        Assert.Equal(Regels.Length, Regels.Select(r => r.Naam).Distinct().Count());
    }

    private static Uitkomst Gevonden(GraphQLAntwoord antwoord, string veld) =>
        antwoord.ZonderFouten().Data[veld] is null ? Uitkomst.Verborgen : Uitkomst.Toegestaan;

    private static Uitkomst UitkomstVan(GraphQLAntwoord antwoord) => antwoord.EersteCode switch
    {
        null when antwoord.Data.AsObject().All(v => v.Value is not null) => Uitkomst.Toegestaan,
        FoutCodes.NietAangemeld => Uitkomst.NietAangemeld,
        FoutCodes.GeenToegang => Uitkomst.GeenToegang,
        _ => throw new Xunit.Sdk.XunitException("Unexpected answer: " + antwoord.Body.ToJsonString()),
    };

    /// <summary>Traject A with an open uitvraag (one reactie with contact details) and a concept one; a key per actor. Made once per server.</summary>
    public sealed record Opzet(string Traject, TestUitvraag OpenUitvraag, string ConceptUitvraag, string ConceptVraag, IReadOnlyDictionary<Actor, string?> Sleutels)
    {
        private static readonly SemaphoreSlim Slot = new(1, 1);
        private static Opzet? _gemaakt;

        public static async Task<Opzet> VoorAsync(SociaalNetwerkServer server)
        {
            await Slot.WaitAsync();
            try
            {
                return _gemaakt ??= await MaakAsync(server);
            }
            finally
            {
                Slot.Release();
            }
        }

        private static async Task<Opzet> MaakAsync(SociaalNetwerkServer server)
        {
            var open = await TestUitvraag.MaakAsync(server);
            var databank = server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>();
            await using var db = await databank.CreateDbContextAsync();
            var concept = new Uitvraag
            {
                ParticipatietrajectId = open.TrajectId,
                Titel = Vertaalbaar.Van("Nog geheime uitvraag"),
                Inleiding = Vertaalbaar.Van("Concept"),
                Privacyverklaring = Vertaalbaar.Van("Privacy"),
                Status = UitvraagStatus.Concept,
                OpenVanaf = SociaalNetwerkServer.Nu.UtcDateTime.AddDays(7),
                OpenTot = SociaalNetwerkServer.Nu.UtcDateTime.AddDays(30),
                Vragen = [new Vraag { Volgorde = 1, Type = VraagType.OpenTekst, Tekst = Vertaalbaar.Van("Geheime vraag"), MaxLengte = 100 }],
            };
            db.Uitvragen.Add(concept);
            var organisaties = await db.Organisaties.OrderBy(o => o.Id).Select(o => o.Id).Take(2).ToListAsync();
            await db.SaveChangesAsync();

            var sleutels = server.Services.GetRequiredService<ApiSleutels>();
            var (redacteurA, _) = await sleutels.MaakAsync(Rol.Redacteur, organisaties[0], null, "matrix redacteur A");
            var (redacteurB, _) = await sleutels.MaakAsync(Rol.Redacteur, organisaties[1], null, "matrix redacteur B");
            var (beheerder, _) = await sleutels.MaakAsync(Rol.Beheerder, null, null, "matrix beheerder");

            using var client = server.MaakClient();
            var reactie = open.GeldigeReactie();
            reactie["contact"] = new { toestemming = true, naam = "Anna de Vries", email = "anna@example.nl" };
            var ingediend = (await client.GraphQLAsync("mutation($invoer: ReactieInvoer!) { reactieIndienen(invoer: $invoer) { gelukt } }", new { invoer = reactie })).ZonderFouten();
            Assert.True(ingediend.Data["reactieIndienen"]!["gelukt"]!.GetValue<bool>());

            return new Opzet(
                GlobalId.Maak(nameof(Participatietraject), open.TrajectId),
                open,
                GlobalId.Maak(nameof(Uitvraag), concept.Id),
                GlobalId.Maak(nameof(Vraag), concept.Vragen[0].Id),
                new Dictionary<Actor, string?>
                {
                    [Actor.Anoniem] = null,
                    [Actor.RedacteurA] = redacteurA,
                    [Actor.RedacteurB] = redacteurB,
                    [Actor.TeamA] = open.TeamSleutel,
                    [Actor.TeamB] = open.AnderTeamSleutel,
                    [Actor.Beheerder] = beheerder,
                });
        }
    }
}
