using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;
using SociaalNetwerk.Schema.Toegang;
using SociaalNetwerk.Schema.Agenda;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// Two instances on one database, as behind a proxy: background work runs on one of them per interval, the submission
/// limit is shared, a portal session of one is valid on the other, and both may start at once on an empty database.
/// </summary>
public sealed partial class MeerdereInstantiesTests
{
    private const string Indienen = "mutation($invoer: ReactieInvoer!) { reactieIndienen(invoer: $invoer) { gelukt } }";

    /// <summary>
    /// A change through one instance is visible through the other at once: both read the database for every request
    /// (no answer is kept in process memory), and a key made on one works on the other.
    /// </summary>
    [Fact]
    public async Task AChangeThroughOneInstanceIsVisibleThroughTheOtherAtOnce()
    {
        await using var instanties = await TweeInstanties.StartAsync(new EigenServer());
        var (a, b) = (instanties.A, instanties.B);
        using var clientA = a.MaakClient();
        using var clientB = b.MaakClient();
        const string Lees = "query($id: ID!) { node(id: $id) { ... on Organisatie { id omschrijving } } }";
        var id = new { id = "T3JnYW5pc2F0aWU6MQ" };
        var voor = (await clientB.GraphQLAsync(Lees, id)).ZonderFouten().Data["node"]!["omschrijving"]?.GetValue<string>();

        var sleutel = await VoorbeeldDocumenten.SleutelVoorAsync(a, "redacteur organisatie 1");
        var omschrijving = "Gewijzigd via instantie A om " + Guid.NewGuid().ToString("N");
        var gewijzigd = (await clientA.GraphQLAsync(
            "mutation($id: ID!, $invoer: OrganisatieInvoer!) { organisatieWijzigen(id: $id, invoer: $invoer) { gelukt } }",
            new { id = id.id, invoer = new { omschrijving } },
            sleutel: sleutel)).ZonderFouten();
        Assert.True(gewijzigd.Data["organisatieWijzigen"]!["gelukt"]!.GetValue<bool>());

        var na = (await clientB.GraphQLAsync(Lees, id)).ZonderFouten().Data["node"]!["omschrijving"]!.GetValue<string>();
        Assert.NotEqual(omschrijving, voor);
        Assert.Equal(omschrijving, na);

        // And the other way round: B writes with the key A made, A reads.
        var terug = "Gewijzigd via instantie B om " + Guid.NewGuid().ToString("N");
        (await clientB.GraphQLAsync(
            "mutation($id: ID!, $invoer: OrganisatieInvoer!) { organisatieWijzigen(id: $id, invoer: $invoer) { gelukt } }",
            new { id = id.id, invoer = new { omschrijving = terug } },
            sleutel: sleutel)).ZonderFouten();
        Assert.Equal(terug, (await clientA.GraphQLAsync(Lees, id)).ZonderFouten().Data["node"]!["omschrijving"]!.GetValue<string>());
    }

    /// <summary>
    /// Each instance keeps its own copies of anonymous answers; the data version in the database tells it that another
    /// instance wrote, so its next GET is fresh.
    /// </summary>
    [Fact]
    public async Task AWriteThroughOneInstanceMakesTheOthersKeptAnswerFresh()
    {
        await using var instanties = await TweeInstanties.StartAsync(new EigenServer());
        var (a, b) = (instanties.A, instanties.B);
        using var clientA = a.MaakClient();
        using var clientB = b.MaakClient();
        var pad = "/graphql?query=" + Uri.EscapeDataString("query($id: ID!) { node(id: $id) { ... on Organisatie { omschrijving } } }")
            + "&variables=" + Uri.EscapeDataString("""{"id":"T3JnYW5pc2F0aWU6MQ"}""");

        async Task<(string? Omschrijving, int Statements)> LeesViaBAsync()
        {
            b.SqlTeller.Reset();
            var json = System.Text.Json.Nodes.JsonNode.Parse(await clientB.GetStringAsync(pad))!;
            return (json["data"]!["node"]!["omschrijving"]?.GetValue<string>(), b.SqlTeller.Aantal);
        }

        var (voor, _) = await LeesViaBAsync();
        var (bewaard, statements) = await LeesViaBAsync();
        var omschrijving = "Gewijzigd via instantie A om " + Guid.NewGuid().ToString("N");
        (await clientA.GraphQLAsync(
            "mutation($id: ID!, $invoer: OrganisatieInvoer!) { organisatieWijzigen(id: $id, invoer: $invoer) { gelukt } }",
            new { id = "T3JnYW5pc2F0aWU6MQ", invoer = new { omschrijving } },
            sleutel: await VoorbeeldDocumenten.SleutelVoorAsync(a, "redacteur organisatie 1"))).ZonderFouten();
        var (na, _) = await LeesViaBAsync();

        Assert.Equal(voor, bewaard);
        Assert.Equal(1, statements);
        Assert.NotEqual(omschrijving, voor);
        Assert.Equal(omschrijving, na);
    }

    /// <summary>
    /// Each instance keeps agenda counts per filter, hour and data version (<see cref="Agendatellingen"/>); a write
    /// through the other instance changes the version in the database, so the next count is exact, also for another
    /// vanaf in the hour of the kept count, with and without filters.
    /// </summary>
    [Fact]
    public async Task AWriteThroughOneInstanceMakesTheOthersKeptAgendaCountsFresh()
    {
        await using var instanties = await TweeInstanties.StartAsync(new EigenServer());
        var (a, b) = (instanties.A, instanties.B);
        using var clientA = a.MaakClient();
        using var clientB = b.MaakClient();
        var partners = await TestPartners.MaakAsync(a);
        var filters = await AgendaTelling.FiltersAsync(a, partners);
        var vanafs = new DateTime?[] { null, new DateTime(2026, 11, 24, 10, 5, 0, DateTimeKind.Utc), new DateTime(2026, 11, 24, 10, 50, 0, DateTimeKind.Utc) };
        await AgendaTelling.ControleerAsync(b, clientB, filters, vanafs, "on B before the write");

        (await clientA.GraphQLAsync(
            "mutation($invoer: ActiviteitInvoer!) { activiteitToevoegen(invoer: $invoer) { gelukt } }",
            new { invoer = AgendaTelling.Activiteit(partners, "Tellingtest", aantal: 4) },
            sleutel: partners.RedacteurA)).ZonderFouten();

        Assert.Equal(3, await AgendaTelling.TelAsync(clientB, new { organisaties = new[] { partners.A }, vanaf = "2026-11-24T10:50:00Z" }));
        await AgendaTelling.ControleerAsync(b, clientB, filters, vanafs, "on B after a write on A");
        await AgendaTelling.ControleerAsync(a, clientA, filters, vanafs, "on A after its write");
    }

    [Fact]
    public async Task BackgroundWorkRunsOnOneInstanceOncePerIntervalThoughBothTryAtOnce()
    {
        await using var instanties = await TweeInstanties.StartAsync(new VerstelbareKlokServer());
        var (a, b) = (instanties.A, instanties.B);
        var diensten = new SociaalNetwerkServer[] { a, b }.Select(s => s.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<VoorkomenHorizonService>().Single()).ToList();

        // Four ticks on each instance at the same moment, as timers that fire together: one refresh per interval.
        async Task<int> RondeAsync()
        {
            var rondes = await Task.WhenAll(Enumerable.Range(0, 4).SelectMany(_ => diensten).Select(d => Task.Run(() => d.VoerUitAsync(CancellationToken.None))));
            return rondes.Count(r => r);
        }

        var eerste = await RondeAsync();
        a.VerstelbareKlok.Nu += TimeSpan.FromHours(12);
        var binnenInterval = await RondeAsync();
        a.VerstelbareKlok.Nu += TimeSpan.FromHours(12);
        var volgendeDag = await RondeAsync();
        var daarna = await RondeAsync();

        Assert.Equal([1, 0, 1, 0], new[] { eerste, binnenInterval, volgendeDag, daarna });
    }

    [Fact]
    public async Task TheLeaseOfAHolderThatHangsOrCrashedExpiresAndAnotherInstanceTakesOver()
    {
        await using var instanties = await TweeInstanties.StartAsync(new VerstelbareKlokServer());
        var (a, b) = (instanties.A, instanties.B);
        var interval = TimeSpan.FromMinutes(10);
        var begonnen = new TaskCompletionSource();
        var nooit = new TaskCompletionSource();

        // A takes the lease and never finishes (a process that hangs, or died without releasing anything).
        var vastgelopen = a.Services.GetRequiredService<Taakvergrendelingen>().VoerUitAsync("test-vastgelopen", interval, async _ =>
        {
            begonnen.SetResult();
            await nooit.Task;
        }, CancellationToken.None);
        await begonnen.Task;

        var vergrendelingenB = b.Services.GetRequiredService<Taakvergrendelingen>();
        var gedraaid = 0;
        Task<bool> ProbeerB() => vergrendelingenB.VoerUitAsync("test-vastgelopen", interval, _ =>
        {
            Interlocked.Increment(ref gedraaid);
            return Task.CompletedTask;
        }, CancellationToken.None);

        var terwijlVast = await ProbeerB();
        a.VerstelbareKlok.Nu += interval - TimeSpan.FromMinutes(1);
        var bijnaVerlopen = await ProbeerB();
        a.VerstelbareKlok.Nu += TimeSpan.FromMinutes(1);
        var verlopen = await ProbeerB();
        var meteenWeer = await ProbeerB();

        Assert.Equal([false, false, true, false], new[] { terwijlVast, bijnaVerlopen, verlopen, meteenWeer });
        Assert.Equal(1, gedraaid);
        nooit.SetResult();
        Assert.True(await vastgelopen);
    }

    [Fact]
    public async Task TheSubmissionLimitPerAddressIsSharedByTheInstances()
    {
        await using var instanties = await TweeInstanties.StartAsync(new ZuinigeServer(), new Dictionary<string, string?> { ["Participatie:InzendingenPerMinuut"] = ZuinigeServer.Limiet.ToString(CultureInfo.InvariantCulture) });
        var (a, b) = (instanties.A, instanties.B);
        using var clientA = a.MaakClient();
        using var clientB = b.MaakClient();
        var uitvraag = await TestUitvraag.MaakAsync(a);

        // Three through the two instances together; the fourth, through either, is one too many.
        var toegestaan = new List<GraphQLAntwoord>
        {
            await clientA.GraphQLAsync(Indienen, new { invoer = uitvraag.GeldigeReactie() }),
            await clientB.GraphQLAsync(Indienen, new { invoer = uitvraag.GeldigeReactie() }),
            await clientA.GraphQLAsync(Indienen, new { invoer = uitvraag.GeldigeReactie() }),
        };
        var viaB = await clientB.GraphQLAsync(Indienen, new { invoer = uitvraag.GeldigeReactie() }, taal: "en");
        var viaA = await clientA.GraphQLAsync(Indienen, new { invoer = uitvraag.GeldigeReactie() });

        Assert.All(toegestaan, t => Assert.True(t.ZonderFouten().Data["reactieIndienen"]!["gelukt"]!.GetValue<bool>()));
        Assert.Equal("RATE_LIMITED", viaB.EersteCode);
        Assert.Equal("You sent too many responses in a short time. Wait a minute and try again.", viaB.EersteBericht);
        Assert.Equal("RATE_LIMITED", viaA.EersteCode);
        Assert.Equal("U heeft in korte tijd te veel reacties verstuurd. Wacht een minuut en probeer het opnieuw.", viaA.EersteBericht);
        Assert.Equal(ZuinigeServer.Limiet, await uitvraag.AantalReactiesAsync(a));
    }

    [Fact]
    public async Task APortalSessionAndFormTokenFromOneInstanceWorkOnTheOtherAndAfterARestart()
    {
        await using var a = new EigenServer();
        await ((IAsyncLifetime)a).InitializeAsync();
        await using var b = new TweedeInstantie(a);
        await ((IAsyncLifetime)b).InitializeAsync();
        var (portaalA, email) = await PortaalAccounts.IngelogdAsync(a, Rol.Redacteur, 1);
        var startA = await portaalA.GetAsync("/beheer");
        Assert.Equal(HttpStatusCode.OK, startA.Status);

        using var portaalB = OpOverneming(portaalA, a, b);
        var startB = await portaalB.GetAsync("/beheer");

        Assert.Equal(HttpStatusCode.OK, startB.Status);
        Assert.Contains(email, startB.Html, StringComparison.Ordinal);

        // A restart of B (a new process: an empty key ring in memory) still knows the session and A's form token.
        await ((IAsyncLifetime)b).DisposeAsync();
        await using var c = new TweedeInstantie(a);
        await ((IAsyncLifetime)c).InitializeAsync();
        using var portaalC = OpOverneming(portaalA, a, c);
        var startC = await portaalC.GetAsync("/beheer");
        Assert.Equal(HttpStatusCode.OK, startC.Status);
        Assert.Contains(email, startC.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await portaalC.PostAsync("/beheer/uitloggen", startA.Token)).Status);

        // The keys are in the database, not in a folder beside it that another machine would not have.
        Assert.False(Directory.Exists(Path.Combine(a.Databank.Map, "dataprotection")));
        portaalA.Dispose();
        await ((IAsyncLifetime)c).DisposeAsync();
        await ((IAsyncLifetime)a).DisposeAsync();
    }

    [Fact]
    public async Task TwoInstancesStartingAtOnceOnAnEmptyDatabaseMigrateAndSeedItOnce()
    {
        await using var a = new EigenServer();
        await using var b = new TweedeInstantie(a);
        await using var enkel = new EigenServer();

        // The empty database exists (a SQLite file to be, or a PostgreSQL database without tables); both start on it at once.
        await a.MaakDatabankAsync(leeg: true);
        await Task.WhenAll(Task.Run(((IAsyncLifetime)a).InitializeAsync), Task.Run(((IAsyncLifetime)b).InitializeAsync));
        await ((IAsyncLifetime)enkel).InitializeAsync();

        const string Tellen = "{ wijken { naam } organisaties(first: 100) { totalCount } }";
        using var clientA = a.MaakClient();
        using var clientB = b.MaakClient();
        using var clientEnkel = enkel.MaakClient();
        var viaA = (await clientA.GraphQLAsync(Tellen)).ZonderFouten().Data.ToJsonString();
        var viaB = (await clientB.GraphQLAsync(Tellen)).ZonderFouten().Data.ToJsonString();
        var alleen = (await clientEnkel.GraphQLAsync(Tellen)).ZonderFouten().Data.ToJsonString();

        Assert.Equal(alleen, viaA);
        Assert.Equal(alleen, viaB);
        await ((IAsyncLifetime)b).DisposeAsync();
        await ((IAsyncLifetime)a).DisposeAsync();
        await ((IAsyncLifetime)enkel).DisposeAsync();
    }

    /// <summary>
    /// The same "new activity" form posted to each of two instances (a double click that a proxy spreads over both, then
    /// the form sent once more) adds one activity, and every answer leads to it: the form's key is kept in the database.
    /// The second instance is the built app in a process of its own, as in production: two instances in this process
    /// would share its memory. Both on the real clock, as the built app is: a portal session ends by the clock.
    /// </summary>
    [Fact]
    public async Task TheSameNewActivityFormPostedToTwoInstancesAddsOneActivity()
    {
        await using var a = new EchteKlokServer();
        await ((IAsyncLifetime)a).InitializeAsync();
        try
        {
            await using var b = await GebouwdeApp.StartAsync(a.Databank.Instellingen);
            var partners = await TestPartners.MaakAsync(a);
            using var portaalA = (await PortaalAccounts.IngelogdAsync(a, Rol.Redacteur, GlobalId.LeesInt(partners.A, "Organisatie"))).Portaal;
            using var portaalB = OpOverneming(portaalA, a, b.Client.BaseAddress!);
            var titel = "Twee instanties " + Guid.NewGuid().ToString("N")[..6];
            var nieuw = await portaalA.GetAsync("/beheer/activiteiten/nieuw");
            (string, string)[] formulier =
            [
                ("sleutel", FormulierSleutel().Match(nieuw.Html).Groups[1].Value),
                ("titel", titel), ("omschrijving", "Koffie en een praatje."), ("soort", "Inloopspreekuur"), ("thema", "WonenEnBuurt"),
                ("organisatie", GlobalId.LeesInt(partners.A, "Organisatie").ToString(CultureInfo.InvariantCulture)),
                ("locatie", GlobalId.LeesInt(partners.LocatieId, "Locatie").ToString(CultureInfo.InvariantCulture)),
                ("datum", "2027-03-16"), ("begintijd", "10:00"), ("eindtijd", "12:00"), ("herhaling", "geen"), ("aanmelding", "NietNodig"),
                ("actie", "opslaan"),
            ];

            var tegelijk = await Task.WhenAll(
                portaalA.PostAsync("/beheer/activiteiten/nieuw", nieuw.Token, formulier),
                portaalB.PostAsync("/beheer/activiteiten/nieuw", nieuw.Token, formulier));
            var later = await portaalB.PostAsync("/beheer/activiteiten/nieuw", nieuw.Token, formulier);

            Assert.All(tegelijk.Append(later), antwoord => Assert.Equal(HttpStatusCode.Redirect, antwoord.Status));
            Assert.Equal(1, await ActiviteitenAsync(a, titel));
            Assert.Equal(tegelijk[0].Locatie, tegelijk[1].Locatie);
            Assert.Equal(tegelijk[0].Locatie, later.Locatie);
        }
        finally
        {
            await ((IAsyncLifetime)a).DisposeAsync();
        }
    }

    private static async Task<int> ActiviteitenAsync(SociaalNetwerkServer server, string titel)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>().CreateDbContextAsync();
        return await db.Activiteiten.CountAsync(x => x.Titel == titel);
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"sleutel\" value=\"([0-9a-f]{32})\"")]
    private static partial Regex FormulierSleutel();

    /// <summary>
    /// <paramref name="eerste"/> and a second instance on its database (<see cref="TweedeInstantie"/>, with
    /// <paramref name="configuratie"/>), started one after the other; disposing stops the second, then the first (which
    /// owns the database).
    /// </summary>
    private sealed class TweeInstanties<T>(T a, TweedeInstantie b) : IAsyncDisposable
        where T : SociaalNetwerkServer
    {
        public T A => a;

        public TweedeInstantie B => b;

        public async ValueTask DisposeAsync()
        {
            await ((IAsyncLifetime)b).DisposeAsync();
            await ((IAsyncLifetime)a).DisposeAsync();
        }
    }

    private static class TweeInstanties
    {
        public static async Task<TweeInstanties<T>> StartAsync<T>(T eerste, IDictionary<string, string?>? configuratie = null)
            where T : SociaalNetwerkServer
        {
            var tweede = new TweedeInstantie(eerste, configuratie);
            var instanties = new TweeInstanties<T>(eerste, tweede);
            try
            {
                await ((IAsyncLifetime)eerste).InitializeAsync();
                await ((IAsyncLifetime)tweede).InitializeAsync();
                return instanties;
            }
            catch
            {
                await instanties.DisposeAsync();
                throw;
            }
        }
    }

    /// <summary>The same browser on another instance: a portal with the cookies <paramref name="van"/> set, sent to <paramref name="naar"/>.</summary>
    private static Portaal OpOverneming(Portaal portaal, SociaalNetwerkServer van, SociaalNetwerkServer naar) => OpOverneming(portaal, van, naar.Adres);

    /// <inheritdoc cref="OpOverneming(Portaal, SociaalNetwerkServer, SociaalNetwerkServer)"/>
    private static Portaal OpOverneming(Portaal portaal, SociaalNetwerkServer van, Uri naar)
    {
        var ander = new Portaal(naar);
        foreach (Cookie koekje in portaal.Koekjes.GetCookies(new Uri(van.Adres, "/beheer/")))
        {
            ander.Koekjes.Add(new Uri(naar, "/beheer/"), new Cookie(koekje.Name, koekje.Value, koekje.Path));
        }

        return ander;
    }
}
