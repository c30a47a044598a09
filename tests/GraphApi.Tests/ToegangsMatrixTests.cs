using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SociaalNetwerk.GraphApi.Export;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Netwerken;
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

        /// <summary>A RESULTS_NOT_PUBLISHED error: results are not public yet.</summary>
        NietGepubliceerd,
    }

    /// <summary>Who may do what. Anyone not listed as allowed gets <see cref="Uitkomst.NietAangemeld"/> (anonymous) or the row's refusal.</summary>
    private sealed record Regel(string Naam, Func<Opzet, HttpClient, string?, Task<Uitkomst>> Voer, Actor[] Toegestaan, Uitkomst Weigering = Uitkomst.GeenToegang);

    private static readonly Actor[] TeamVanA = [Actor.TeamA, Actor.Beheerder];

    private static readonly Actor[] VanA = [Actor.RedacteurA, Actor.Beheerder];

    private static readonly Actor[] AlleenBeheerder = [Actor.Beheerder];

    private static readonly Regel[] Regels =
    [
        new("wijzigingslog van A lezen", async (o, client, sleutel) =>
            UitkomstVan(await client.GraphQLAsync("query($id: ID!) { wijzigingen(filter: { organisatie: $id }) { totalCount } }", new { id = o.Partners.A }, sleutel: sleutel), "wijzigingen"),
            VanA),
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
        new("resultaten van een niet-gepubliceerde uitvraag", async (o, client, sleutel) =>
            UitkomstVan(await client.GraphQLAsync("query($id: ID!) { uitvraag(id: $id) { resultaten { totaal { aantal } } } }", new { id = o.OpenUitvraag.Id }, sleutel: sleutel), "uitvraag", "resultaten"),
            TeamVanA, Uitkomst.NietGepubliceerd),
        new("open antwoorden in gepubliceerde resultaten", async (o, client, sleutel) =>
        {
            var antwoord = (await client.GraphQLAsync("query($id: ID!) { uitvraag(id: $id) { resultaten { openbaar vragen { openAntwoorden } } } }", new { id = o.GepubliceerdeUitvraag }, sleutel: sleutel)).ZonderFouten();
            var resultaten = antwoord.Data["uitvraag"]!["resultaten"]!;
            var open = resultaten["vragen"]![0]!["openAntwoorden"];
            Assert.Equal(open is null, resultaten["openbaar"]!.GetValue<bool>());
            return open is JsonArray lijst && lijst.Any(t => t!.GetValue<string>() == "Een bankje bij de bushalte.") ? Uitkomst.Toegestaan : Uitkomst.Verborgen;
        }, TeamVanA, Uitkomst.Verborgen),
        new("status van een uitvraag wijzigen", async (o, client, sleutel) =>
            UitkomstVan(await client.GraphQLAsync("mutation($id: ID!) { uitvraagStatusWijzigen(id: $id, status: OPEN) { status } }", new { id = o.OpenUitvraag.Id }, sleutel: sleutel)),
            TeamVanA),
        new("activiteit toevoegen", async (o, client, sleutel) =>
        {
            // A redacteur's own organisation becomes the organiser; a beheerder names one.
            var invoer = o.Partners.WekelijkseActiviteit("Matrix nieuw");
            if (sleutel == o.Partners.Beheerder)
            {
                invoer["organisatorIds"] = new[] { o.Partners.A };
            }

            return Gelukt(await client.GraphQLAsync("mutation($invoer: ActiviteitInvoer!) { activiteitToevoegen(invoer: $invoer) { gelukt fouten { code } } }", new { invoer }, sleutel: sleutel), "activiteitToevoegen");
        }, [Actor.RedacteurA, Actor.RedacteurB, Actor.Beheerder]),
        new("activiteit van A wijzigen", async (o, client, sleutel) =>
            Gelukt(await client.GraphQLAsync("mutation($id: ID!) { activiteitWijzigen(id: $id, invoer: { titel: \"Matrixinloop\" }) { gelukt fouten { code } } }", new { id = o.ActiviteitA }, sleutel: sleutel), "activiteitWijzigen"),
            VanA),
        new("één datum van een activiteit van A annuleren", async (o, client, sleutel) =>
            Gelukt(await client.GraphQLAsync("mutation($id: ID!) { voorkomenAnnuleren(activiteitId: $id, start: \"2026-12-01T10:00:00+01:00\") { gelukt fouten { code } } }", new { id = o.ActiviteitA }, sleutel: sleutel), "voorkomenAnnuleren"),
            VanA),
        new("een geannuleerde datum van A herstellen", async (o, client, sleutel) =>
            Gelukt(await client.GraphQLAsync("mutation($id: ID!) { voorkomenHerstellen(activiteitId: $id, start: \"2026-12-08T10:00:00+01:00\") { gelukt fouten { code } } }", new { id = o.ActiviteitA }, sleutel: sleutel), "voorkomenHerstellen"),
            VanA),
        new("activiteit van A annuleren", async (o, client, sleutel) =>
            Gelukt(await client.GraphQLAsync("mutation($id: ID!) { activiteitAnnuleren(id: $id, reden: \"Matrix\") { gelukt fouten { code } } }", new { id = o.TeAnnulerenActiviteitA }, sleutel: sleutel), "activiteitAnnuleren"),
            VanA),
        new("organisatie A wijzigen", async (o, client, sleutel) =>
            Gelukt(await client.GraphQLAsync("mutation($id: ID!) { organisatieWijzigen(id: $id, invoer: { omschrijving: \"Door de matrix gewijzigd.\" }) { gelukt fouten { code } } }", new { id = o.Partners.A }, sleutel: sleutel), "organisatieWijzigen"),
            VanA),
        new("organisatie toevoegen", async (o, client, sleutel) =>
            Gelukt(await client.GraphQLAsync("mutation($naam: String!) { organisatieToevoegen(invoer: { naam: $naam, soort: VERENIGING, omschrijving: \"Matrix\" }) { gelukt fouten { code } } }", new { naam = "Matrix " + Guid.NewGuid().ToString("N") }, sleutel: sleutel), "organisatieToevoegen"),
            AlleenBeheerder),
        new("netwerk toevoegen", async (o, client, sleutel) =>
            Gelukt(await client.GraphQLAsync("mutation($naam: String!) { netwerkToevoegen(invoer: { naam: $naam, omschrijving: \"Matrix\" }) { gelukt fouten { code } } }", new { naam = "Matrixnetwerk " + Guid.NewGuid().ToString("N") }, sleutel: sleutel), "netwerkToevoegen"),
            AlleenBeheerder),
        new("netwerk wijzigen", async (o, client, sleutel) =>
            Gelukt(await client.GraphQLAsync("mutation($id: ID!) { netwerkWijzigen(id: $id, invoer: { website: \"https://matrix.example.org\" }) { gelukt fouten { code } } }", new { id = o.Netwerk }, sleutel: sleutel), "netwerkWijzigen"),
            AlleenBeheerder),
        new("groep in een netwerk toevoegen", async (o, client, sleutel) =>
            Gelukt(await client.GraphQLAsync("mutation($id: ID!) { netwerkGroepToevoegen(netwerkId: $id, invoer: { naam: \"Matrixgroep\", soort: THEMAGROEP }) { gelukt fouten { code } } }", new { id = o.Netwerk }, sleutel: sleutel), "netwerkGroepToevoegen"),
            AlleenBeheerder),
        new("lidmaatschap toevoegen", async (o, client, sleutel) =>
            Gelukt(await client.GraphQLAsync("mutation($n: ID!, $o: ID!) { lidmaatschapToevoegen(netwerkId: $n, organisatieId: $o) { gelukt fouten { code } } }", new { n = o.Netwerk, o = o.Partners.B }, sleutel: sleutel), "lidmaatschapToevoegen"),
            AlleenBeheerder),
        new("lidmaatschap wijzigen", async (o, client, sleutel) =>
            Gelukt(await client.GraphQLAsync("mutation($id: ID!) { lidmaatschapWijzigen(id: $id, invoer: { rol: TREKKER }) { gelukt fouten { code } } }", new { id = o.Lidmaatschap }, sleutel: sleutel), "lidmaatschapWijzigen"),
            AlleenBeheerder),
        new("lidmaatschap verwijderen", async (o, client, sleutel) =>
            UitkomstVan(await client.GraphQLAsync("mutation($id: ID!) { lidmaatschapVerwijderen(id: $id) { netwerk { id } } }", new { id = o.TeVerwijderenLidmaatschap }, sleutel: sleutel)),
            AlleenBeheerder),
        new("locatie toevoegen", async (o, client, sleutel) =>
            Gelukt(await client.GraphQLAsync("mutation($adres: String!) { locatieToevoegen(invoer: { naam: \"Matrixzaal\", adres: $adres, postcode: \"2711 AB\" }) { gelukt fouten { code } } }", new { adres = "Matrixlaan " + Guid.NewGuid().ToString("N") }, sleutel: sleutel), "locatieToevoegen"),
            [Actor.RedacteurA, Actor.RedacteurB, Actor.Beheerder]),
        new("locatie van een activiteit van A wijzigen", async (o, client, sleutel) =>
        {
            // A location of its own with one activity of A on it (other rows add activities on the shared one).
            var locatie = (await client.GraphQLAsync("mutation($adres: String!) { locatieToevoegen(invoer: { naam: \"Matrixzaal\", adres: $adres, postcode: \"2711 AB\" }) { locatie { id } } }", new { adres = "Matrixplein " + Guid.NewGuid().ToString("N") }, sleutel: o.Partners.Beheerder)).ZonderFouten();
            var id = locatie.Data["locatieToevoegen"]!["locatie"]!["id"]!.GetValue<string>();
            var invoer = o.Partners.WekelijkseActiviteit("Matrix op eigen locatie");
            invoer["locatieId"] = id;
            (await client.GraphQLAsync("mutation($invoer: ActiviteitInvoer!) { activiteitToevoegen(invoer: $invoer) { gelukt } }", new { invoer }, sleutel: o.Partners.RedacteurA)).ZonderFouten();
            return Gelukt(await client.GraphQLAsync("mutation($id: ID!) { locatieWijzigen(id: $id, invoer: { rolstoeltoegankelijk: true }) { gelukt fouten { code } } }", new { id }, sleutel: sleutel), "locatieWijzigen");
        }, VanA),
        new("activiteit van A verwijderen", async (o, client, sleutel) =>
        {
            var nieuw = (await client.GraphQLAsync("mutation($invoer: ActiviteitInvoer!) { activiteitToevoegen(invoer: $invoer) { activiteit { id } } }", new { invoer = o.Partners.WekelijkseActiviteit("Matrix, wordt verwijderd") }, sleutel: o.Partners.RedacteurA)).ZonderFouten();
            var id = nieuw.Data["activiteitToevoegen"]!["activiteit"]!["id"]!.GetValue<string>();
            return UitkomstVan(await client.GraphQLAsync("mutation($id: ID!) { activiteitVerwijderen(id: $id) { id } }", new { id }, sleutel: sleutel), "activiteitVerwijderen", "id");
        }, VanA),
        new("participatietraject toevoegen", async (o, client, sleutel) =>
            Gelukt(await client.GraphQLAsync("mutation($naam: String!) { participatietrajectToevoegen(invoer: { naam: $naam, omschrijving: \"Matrix\", onderwerp: \"Matrix\" }) { gelukt fouten { code } } }", new { naam = "Matrixtraject " + Guid.NewGuid().ToString("N") }, sleutel: sleutel), "participatietrajectToevoegen"),
            AlleenBeheerder),
        new("participatietraject van A wijzigen", async (o, client, sleutel) =>
            Gelukt(await client.GraphQLAsync("mutation($id: ID!) { participatietrajectWijzigen(id: $id, invoer: { fase: OPHALEN }) { gelukt fouten { code } } }", new { id = o.Traject }, sleutel: sleutel), "participatietrajectWijzigen"),
            TeamVanA),
        new("uitvraag in traject A toevoegen", async (o, client, sleutel) =>
            Gelukt(await client.GraphQLAsync("mutation($id: ID!) { uitvraagToevoegen(trajectId: $id, invoer: { titel: { nl: \"Matrix\" }, inleiding: { nl: \"Matrix\" }, privacyverklaring: { nl: \"Matrix\" }, openVanaf: \"2027-01-01\", openTot: \"2027-02-01\" }) { gelukt fouten { code } } }", new { id = o.Traject }, sleutel: sleutel), "uitvraagToevoegen"),
            TeamVanA),
        new("uitvraag van A wijzigen", async (o, client, sleutel) =>
            Gelukt(await client.GraphQLAsync("mutation($id: ID!) { uitvraagWijzigen(id: $id, invoer: { bewaartermijnDagen: 365 }) { gelukt fouten { code } } }", new { id = o.OpenUitvraag.Id }, sleutel: sleutel), "uitvraagWijzigen"),
            TeamVanA),
        new("uitvraag van A kopiëren", async (o, client, sleutel) =>
            Gelukt(await client.GraphQLAsync("mutation($id: ID!) { uitvraagKopieren(id: $id) { gelukt fouten { code } } }", new { id = o.OpenUitvraag.Id }, sleutel: sleutel), "uitvraagKopieren"),
            TeamVanA),
        new("vertaalstatus van een uitvraag lezen", async (o, client, sleutel) =>
            UitkomstVan(await client.GraphQLAsync("query($id: ID!) { uitvraag(id: $id) { vertaalstatus { taal } } }", new { id = o.OpenUitvraag.Id }, sleutel: sleutel), "uitvraag", "vertaalstatus"),
            TeamVanA),
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

    /// <summary>The outcome from the first error's code, or — without errors — allowed when the value at <paramref name="pad"/> is there.</summary>
    private static Uitkomst UitkomstVan(GraphQLAntwoord antwoord, params string[] pad)
    {
        JsonNode? waarde = antwoord.Body["data"];
        foreach (var stap in pad)
        {
            waarde = waarde?[stap];
        }

        var aanwezig = pad.Length > 0 ? waarde is not null : waarde is JsonObject data && data.All(v => v.Value is not null);
        return antwoord.EersteCode switch
        {
            null when aanwezig => Uitkomst.Toegestaan,
            FoutCodes.NietAangemeld => Uitkomst.NietAangemeld,
            FoutCodes.GeenToegang => Uitkomst.GeenToegang,
            FoutCodes.ResultatenNietGepubliceerd => Uitkomst.NietGepubliceerd,
            _ => throw new Xunit.Sdk.XunitException("Unexpected answer: " + antwoord.Body.ToJsonString()),
        };
    }

    /// <summary>For changes: allowed only when the change was actually made (<c>gelukt</c>), so a refusal can never pass for access.</summary>
    private static Uitkomst Gelukt(GraphQLAntwoord antwoord, string mutatie)
    {
        var uitkomst = UitkomstVan(antwoord);
        if (uitkomst == Uitkomst.Toegestaan && antwoord.Data[mutatie]!["gelukt"]!.GetValue<bool>() is false)
        {
            throw new Xunit.Sdk.XunitException("Allowed but not done: " + antwoord.Body.ToJsonString());
        }

        return uitkomst;
    }

    /// <summary>
    /// Organisations A and B with their redacteuren (<see cref="TestPartners"/>), traject A with an open uitvraag (one
    /// reactie with contact details), a concept one and one with published results, and teams A and B; two activities
    /// of A, a network with two memberships. Made once per server.
    /// </summary>
    public sealed record Opzet(
        TestPartners Partners,
        string Traject,
        TestUitvraag OpenUitvraag,
        string ConceptUitvraag,
        string ConceptVraag,
        string GepubliceerdeUitvraag,
        string ActiviteitA,
        string TeAnnulerenActiviteitA,
        string Netwerk,
        string Lidmaatschap,
        string TeVerwijderenLidmaatschap,
        IReadOnlyDictionary<Actor, string?> Sleutels)
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
            var partners = await TestPartners.MaakAsync(server);
            var open = await TestUitvraag.MaakAsync(server);
            var nu = SociaalNetwerkServer.Nu.UtcDateTime;
            var databank = server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>();
            await using var db = await databank.CreateDbContextAsync();
            Uitvraag Uitvraag(string titel, UitvraagStatus status, DateTime vanaf, DateTime tot) => new()
            {
                ParticipatietrajectId = open.TrajectId,
                Titel = Vertaalbaar.Van(titel),
                Inleiding = Vertaalbaar.Van("Matrix"),
                Privacyverklaring = Vertaalbaar.Van("Privacy"),
                Status = status,
                OpenVanaf = vanaf,
                OpenTot = tot,
                Vragen = [new Vraag { Volgorde = 1, Type = VraagType.OpenTekst, Tekst = Vertaalbaar.Van("Wat mist u?"), MaxLengte = 100 }],
            };
            var concept = Uitvraag("Nog geheime uitvraag", UitvraagStatus.Concept, nu.AddDays(7), nu.AddDays(30));
            var gepubliceerd = Uitvraag("Afgeronde uitvraag", UitvraagStatus.ResultatenGepubliceerd, nu.AddDays(-60), nu.AddDays(-30));
            db.Uitvragen.AddRange(concept, gepubliceerd);
            await db.SaveChangesAsync();
            db.Reacties.Add(new Reactie
            {
                UitvraagId = gepubliceerd.Id,
                IdempotentieSleutel = Guid.NewGuid().ToString(),
                OntvangstcodeHash = "matrix-1",
                IngediendOp = nu.AddDays(-40),
                Antwoorden = [new Antwoord { VraagId = gepubliceerd.Vragen[0].Id, Tekst = "Een bankje bij de bushalte." }],
            });

            var organisatieA = GlobalId.LeesInt(partners.A, nameof(Organisatie));
            var organisatieB = GlobalId.LeesInt(partners.B, nameof(Organisatie));
            var netwerk = new Netwerk { Naam = "Matrixnetwerk " + Guid.NewGuid().ToString("N")[..8] };
            var lidA = new Lidmaatschap { OrganisatieId = organisatieA, Rol = LidmaatschapRol.Lid };
            var weg = new Lidmaatschap { OrganisatieId = organisatieB, Rol = LidmaatschapRol.Lid };
            netwerk.Lidmaatschappen = [lidA, weg];
            db.Netwerken.Add(netwerk);
            await db.SaveChangesAsync();

            var sleutels = new Dictionary<Actor, string?>
            {
                [Actor.Anoniem] = null,
                [Actor.RedacteurA] = partners.RedacteurA,
                [Actor.RedacteurB] = partners.RedacteurB,
                [Actor.TeamA] = open.TeamSleutel,
                [Actor.TeamB] = open.AnderTeamSleutel,
                [Actor.Beheerder] = partners.Beheerder,
            };

            using var client = server.MaakClient();
            var reactie = open.GeldigeReactie();
            reactie["contact"] = new { toestemming = true, naam = "Anna de Vries", email = "anna@example.nl" };
            var ingediend = (await client.GraphQLAsync("mutation($invoer: ReactieInvoer!) { reactieIndienen(invoer: $invoer) { gelukt } }", new { invoer = reactie })).ZonderFouten();
            Assert.True(ingediend.Data["reactieIndienen"]!["gelukt"]!.GetValue<bool>());

            async Task<string> ActiviteitAsync(string titel)
            {
                var antwoord = (await client.GraphQLAsync(
                    "mutation($invoer: ActiviteitInvoer!) { activiteitToevoegen(invoer: $invoer) { gelukt activiteit { id } } }",
                    new { invoer = partners.WekelijkseActiviteit(titel) },
                    sleutel: partners.RedacteurA)).ZonderFouten();
                return antwoord.Data["activiteitToevoegen"]!["activiteit"]!["id"]!.GetValue<string>();
            }

            var activiteit = await ActiviteitAsync("Matrixinloop");
            var teAnnuleren = await ActiviteitAsync("Matrix, wordt geannuleerd");

            // A cancelled date, for the row that restores one.
            var geannuleerd = (await client.GraphQLAsync(
                "mutation($id: ID!) { voorkomenAnnuleren(activiteitId: $id, start: \"2026-12-08T10:00:00+01:00\") { gelukt } }",
                new { id = activiteit },
                sleutel: partners.Beheerder)).ZonderFouten();
            Assert.True(geannuleerd.Data["voorkomenAnnuleren"]!["gelukt"]!.GetValue<bool>());

            return new Opzet(
                partners,
                GlobalId.Maak(nameof(Participatietraject), open.TrajectId),
                open,
                GlobalId.Maak(nameof(Uitvraag), concept.Id),
                GlobalId.Maak(nameof(Vraag), concept.Vragen[0].Id),
                GlobalId.Maak(nameof(Uitvraag), gepubliceerd.Id),
                activiteit,
                teAnnuleren,
                GlobalId.Maak(nameof(Netwerk), netwerk.Id),
                GlobalId.Maak(nameof(Lidmaatschap), lidA.Id),
                GlobalId.Maak(nameof(Lidmaatschap), weg.Id),
                sleutels);
        }
    }
}
