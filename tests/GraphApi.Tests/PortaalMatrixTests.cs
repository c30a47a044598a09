using Microsoft.AspNetCore.Routing;
using SociaalNetwerk.Schema.Accounts;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>The server of the portal's role matrix, with one signed-in session per kind of person, made once.</summary>
public sealed class PortaalMatrixServer : SociaalNetwerkServer
{
    private readonly SemaphoreSlim _slot = new(1, 1);
    private Dictionary<PortaalMatrixTests.Persoon, Portaal>? _sessies;

    public string NaamA { get; private set; } = string.Empty;

    public string NaamB { get; private set; } = string.Empty;

    /// <summary>The ids that stand for <c>{activiteitA}</c>, <c>{activiteitB}</c> and <c>{locatieA}</c> in a route's path.</summary>
    private Dictionary<string, string> _ids = [];

    /// <summary>The route's path with the demo data's ids filled in (an activity of A alone, of B alone, a place only A uses).</summary>
    public string Vul(string pad) => _ids.Aggregate(pad, (p, id) => p.Replace(id.Key, id.Value, StringComparison.Ordinal));

    public async Task<Portaal> SessieAsync(PortaalMatrixTests.Persoon persoon)
    {
        await _slot.WaitAsync();
        try
        {
            _sessies ??= await MaakAsync();
            return _sessies[persoon];
        }
        finally
        {
            _slot.Release();
        }
    }

    private async Task<Dictionary<PortaalMatrixTests.Persoon, Portaal>> MaakAsync()
    {
        await using (var scope = Services.CreateAsyncScope())
        {
            var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>().CreateDbContextAsync();
            NaamA = (await db.Organisaties.SingleAsync(o => o.Id == PortaalMatrixTests.OrganisatieA)).Naam;
            NaamB = (await db.Organisaties.SingleAsync(o => o.Id == PortaalMatrixTests.OrganisatieB)).Naam;
            var activiteiten = await db.Activiteiten.Select(a => new { a.Id, a.LocatieId, Organisatoren = a.Organisatoren.Select(o => o.Id).ToList() }).ToListAsync();
            var vanA = activiteiten.First(a => a.Organisatoren.Contains(PortaalMatrixTests.OrganisatieA) && !a.Organisatoren.Contains(PortaalMatrixTests.OrganisatieB) && a.LocatieId is not null
                && !activiteiten.Any(b => b.LocatieId == a.LocatieId && b.Organisatoren.Contains(PortaalMatrixTests.OrganisatieB)));
            var vanB = activiteiten.First(a => a.Organisatoren.Contains(PortaalMatrixTests.OrganisatieB) && !a.Organisatoren.Contains(PortaalMatrixTests.OrganisatieA));
            var uitvragen = await db.Uitvragen.Select(u => new { u.Id, u.ParticipatietrajectId }).ToListAsync();
            _ids = new()
            {
                ["{uitvraagB}"] = GlobalId.Maak("Uitvraag", uitvragen.First(u => u.ParticipatietrajectId != PortaalMatrixTests.TrajectA).Id),
                ["{activiteitA}"] = GlobalId.Maak("Activiteit", vanA.Id),
                ["{activiteitB}"] = GlobalId.Maak("Activiteit", vanB.Id),
                ["{locatieA}"] = GlobalId.Maak("Locatie", vanA.LocatieId!.Value),
            };
            // The open uitvraag of TeamA's traject and one of its online reacties (which the team may not change).
            var uitvraag = await db.Uitvragen.Where(u => u.ParticipatietrajectId == PortaalMatrixTests.TrajectA && u.Status == Schema.Participatie.UitvraagStatus.Open).Select(u => u.Id).FirstAsync();
            _ids["{uitvraagA}"] = uitvraag.ToString(System.Globalization.CultureInfo.InvariantCulture);
            _ids["{onlineReactieA}"] = (await db.Reacties.Where(r => r.UitvraagId == uitvraag && r.Kanaal == Schema.Participatie.Kanaal.Online).Select(r => r.Id).FirstAsync())
                .ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var uit = await PortaalAccounts.IngelogdAsync(this, Rol.Redacteur, PortaalMatrixTests.OrganisatieA);
        await using (var scope = Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<AccountBeheer>().SchakelUitAsync(uit.Email));
        }

        return new()
        {
            [PortaalMatrixTests.Persoon.Anoniem] = new Portaal(this),
            [PortaalMatrixTests.Persoon.RedacteurA] = (await PortaalAccounts.IngelogdAsync(this, Rol.Redacteur, PortaalMatrixTests.OrganisatieA)).Portaal,
            [PortaalMatrixTests.Persoon.RedacteurB] = (await PortaalAccounts.IngelogdAsync(this, Rol.Redacteur, PortaalMatrixTests.OrganisatieB)).Portaal,
            [PortaalMatrixTests.Persoon.TeamA] = (await PortaalAccounts.IngelogdAsync(this, Rol.Trajectteam, traject: PortaalMatrixTests.TrajectA)).Portaal,
            [PortaalMatrixTests.Persoon.Beheerder] = (await PortaalAccounts.IngelogdAsync(this, Rol.Beheerder)).Portaal,
            [PortaalMatrixTests.Persoon.Uitgeschakeld] = uit.Portaal,
        };
    }
}

/// <summary>
/// The portal's role matrix (issue 11): every portal route × every kind of person, each cell its own case over real
/// HTTP. Anonymous and a disabled account go to the sign-in page; a person without the route's role gets the 403 page,
/// which shows nothing of what was asked for. POSTs carry a valid form token and a harmless body (one that is refused
/// with a field error, or names nothing that exists), so an allowed cell changes nothing. A new portal route is added
/// with one line to <see cref="Routes"/>; <see cref="EveryPortalRouteIsInTheMatrix"/> fails until it is.
/// </summary>
public sealed class PortaalMatrixTests(PortaalMatrixServer server) : IClassFixture<PortaalMatrixServer>
{
    public const int OrganisatieA = 1;
    public const int OrganisatieB = 2;

    /// <summary>The traject whose team <see cref="Persoon.TeamA"/> is.</summary>
    public const int TrajectA = 1;

    public enum Persoon
    {
        Anoniem,
        RedacteurA,
        RedacteurB,
        TeamA,
        Beheerder,
        Uitgeschakeld,
    }

    /// <summary>One route: its pattern (as mapped), the request made, who may, and a harmless form body for a POST.</summary>
    public sealed record Route(string Patroon, string Methode, string Pad, Persoon[] Toegestaan, params (string Naam, string Waarde)[] Velden);

    private static readonly Persoon[] Iedereen = [Persoon.RedacteurA, Persoon.RedacteurB, Persoon.TeamA, Persoon.Beheerder];
    private static readonly Persoon[] Redacteuren = [Persoon.RedacteurA, Persoon.RedacteurB, Persoon.Beheerder];
    private static readonly Persoon[] VanA = [Persoon.RedacteurA, Persoon.Beheerder];
    private static readonly Persoon[] VanB = [Persoon.RedacteurB, Persoon.Beheerder];
    private static readonly Persoon[] AlleenBeheerder = [Persoon.Beheerder];
    private static readonly Persoon[] TeamEnBeheerder = [Persoon.TeamA, Persoon.Beheerder];

    /// <summary>Every signed-in portal route. Add yours here (one line); the account flows without sign-in are in <see cref="Open"/>.</summary>
    public static readonly List<Route> Routes =
    [
        new("/beheer", "GET", "/beheer", Iedereen),
        new("/beheer/tweestaps", "GET", "/beheer/tweestaps", Iedereen),
        new("/beheer/tweestaps", "POST", "/beheer/tweestaps", Iedereen, ("code", "x")),
        new("/beheer/accounts", "GET", "/beheer/accounts", AlleenBeheerder),
        new("/beheer/accounts", "POST", "/beheer/accounts", AlleenBeheerder, ("email", "geen adres")),
        new("/beheer/accounts/{id:int}/uitschakelen", "POST", "/beheer/accounts/999999/uitschakelen", AlleenBeheerder),
        new("/beheer/accounts/{id:int}/rollen/{rolId:int}/verwijderen", "POST", "/beheer/accounts/999999/rollen/999999/verwijderen", AlleenBeheerder),
        new("/beheer/sleutels", "GET", "/beheer/sleutels", Iedereen),
        new("/beheer/sleutels", "POST", "/beheer/sleutels", Iedereen, ("omschrijving", string.Empty)),
        new("/beheer/sleutels/gemaakt", "GET", "/beheer/sleutels/gemaakt", Iedereen),
        new("/beheer/sleutels/{kenmerk}/intrekken", "POST", "/beheer/sleutels/sn_bestaatniet/intrekken", Iedereen),
        new("/beheer/organisatie/{id:int}", "GET", $"/beheer/organisatie/{OrganisatieA}", VanA),
        new("/beheer/organisatie/{id:int}", "GET", $"/beheer/organisatie/{OrganisatieB}", VanB),
        new("/beheer/organisatie/{id:int}", "GET", "/beheer/organisatie/999999", AlleenBeheerder),
        new("/beheer/organisatie/{id:int}", "POST", $"/beheer/organisatie/{OrganisatieA}", VanA, ("website", "geen adres")),
        new("/beheer/organisatie/{id:int}", "POST", $"/beheer/organisatie/{OrganisatieB}", VanB, ("website", "geen adres")),
        new("/beheer/organisaties", "GET", "/beheer/organisaties", AlleenBeheerder),
        new("/beheer/organisaties", "POST", "/beheer/organisaties", AlleenBeheerder, ("naam", string.Empty)),
        new("/beheer/netwerken", "GET", "/beheer/netwerken", AlleenBeheerder),
        new("/beheer/netwerken", "POST", "/beheer/netwerken", AlleenBeheerder, ("naam", string.Empty)),
        new("/beheer/netwerken/{id:int}", "GET", "/beheer/netwerken/1", AlleenBeheerder),
        new("/beheer/netwerken/{id:int}", "POST", "/beheer/netwerken/1", AlleenBeheerder, ("naam", string.Empty)),
        new("/beheer/netwerken/{id:int}/groepen", "POST", "/beheer/netwerken/1/groepen", AlleenBeheerder, ("groep.naam", string.Empty)),
        new("/beheer/netwerken/{id:int}/leden", "POST", "/beheer/netwerken/1/leden", AlleenBeheerder, ("lid.organisatieId", string.Empty)),
        new("/beheer/netwerken/{id:int}/leden/{lidId:int}/verwijderen", "POST", "/beheer/netwerken/1/leden/999999/verwijderen", AlleenBeheerder),
        new("/beheer/activiteiten", "GET", "/beheer/activiteiten", Redacteuren),
        new("/beheer/activiteiten/nieuw", "GET", "/beheer/activiteiten/nieuw", Redacteuren),
        new("/beheer/activiteiten/nieuw", "POST", "/beheer/activiteiten/nieuw", Redacteuren, ("titel", string.Empty)),
        new("/beheer/activiteiten/{id}", "GET", "/beheer/activiteiten/{activiteitA}", VanA),
        new("/beheer/activiteiten/{id}", "GET", "/beheer/activiteiten/{activiteitB}", VanB),
        new("/beheer/activiteiten/{id}", "POST", "/beheer/activiteiten/{activiteitA}", VanA, ("titel", string.Empty)),
        new("/beheer/activiteiten/{id}/annuleren", "POST", "/beheer/activiteiten/{activiteitB}/annuleren", VanB, ("reden", new string('x', 5000))),
        new("/beheer/activiteiten/{id}/herstellen", "POST", "/beheer/activiteiten/{activiteitA}/herstellen", VanA),
        new("/beheer/activiteiten/{id}/datum", "POST", "/beheer/activiteiten/{activiteitA}/datum", VanA, ("datum", "geen datum")),
        new("/beheer/locaties", "GET", "/beheer/locaties", Redacteuren),
        new("/beheer/wijzigingen", "GET", "/beheer/wijzigingen", Redacteuren),
        new("/beheer/locaties/nieuw", "GET", "/beheer/locaties/nieuw", Redacteuren),
        new("/beheer/locaties/nieuw", "POST", "/beheer/locaties/nieuw", Redacteuren, ("naam", string.Empty)),
        new("/beheer/locaties/{id}", "GET", "/beheer/locaties/{locatieA}", VanA),
        new("/beheer/locaties/{id}", "POST", "/beheer/locaties/{locatieA}", VanA, ("naam", string.Empty)),
        new("/beheer/uitvragen/{id}/resultaten", "GET", "/beheer/uitvragen/{uitvraagA}/resultaten", TeamEnBeheerder),
        new("/beheer/uitvragen/{id}/resultaten", "GET", "/beheer/uitvragen/{uitvraagB}/resultaten", AlleenBeheerder),
        new("/beheer/uitvragen/{id}/reacties.csv", "GET", "/beheer/uitvragen/{uitvraagA}/reacties.csv", TeamEnBeheerder),
        new("/beheer/uitvragen/{id}/reacties.csv", "GET", "/beheer/uitvragen/{uitvraagB}/reacties.csv", AlleenBeheerder),
        new("/beheer/uitvragen/{id}/resultaten/publiceren", "GET", "/beheer/uitvragen/{uitvraagA}/resultaten/publiceren", TeamEnBeheerder),
        new("/beheer/uitvragen/{id}/resultaten/publiceren", "POST", "/beheer/uitvragen/{uitvraagB}/resultaten/publiceren", AlleenBeheerder),
        new("/beheer/uitvragen/{id}/resultaten/afschermen", "GET", "/beheer/uitvragen/{uitvraagB}/resultaten/afschermen", AlleenBeheerder),
        new("/beheer/uitvragen/{id}/resultaten/afschermen", "POST", "/beheer/uitvragen/{uitvraagA}/resultaten/afschermen", TeamEnBeheerder),
        new("/beheer/uitvragen", "GET", "/beheer/uitvragen", TeamEnBeheerder),
        new("/beheer/trajecten/nieuw", "GET", "/beheer/trajecten/nieuw", TeamEnBeheerder),
        new("/beheer/trajecten/nieuw", "POST", "/beheer/trajecten/nieuw", TeamEnBeheerder, ("naam", string.Empty)),
        new("/beheer/trajecten/{id:int}", "GET", "/beheer/trajecten/1", TeamEnBeheerder),
        new("/beheer/trajecten/{id:int}", "GET", "/beheer/trajecten/2", AlleenBeheerder),
        new("/beheer/trajecten/{id:int}", "POST", "/beheer/trajecten/1", TeamEnBeheerder, ("naam", string.Empty)),
        new("/beheer/uitvragen/nieuw", "GET", "/beheer/uitvragen/nieuw?traject=1", TeamEnBeheerder),
        new("/beheer/uitvragen/nieuw", "GET", "/beheer/uitvragen/nieuw?traject=2", AlleenBeheerder),
        new("/beheer/uitvragen/nieuw", "POST", "/beheer/uitvragen/nieuw", TeamEnBeheerder, ("traject", "1"), ("titel.nl", string.Empty)),
        new("/beheer/uitvragen/{id:int}", "GET", "/beheer/uitvragen/1", TeamEnBeheerder),
        new("/beheer/uitvragen/{id:int}", "GET", "/beheer/uitvragen/2", AlleenBeheerder),
        new("/beheer/uitvragen/{id:int}", "POST", "/beheer/uitvragen/1", TeamEnBeheerder, ("titel.nl", string.Empty)),
        new("/beheer/uitvragen/{id:int}/status", "POST", "/beheer/uitvragen/1/status", TeamEnBeheerder, ("status", "ONBEKEND")),
        new("/beheer/uitvragen/{id:int}/kopieren", "POST", "/beheer/uitvragen/999999/kopieren", AlleenBeheerder),
        new("/beheer/uitvragen/{id}/afdrukken", "GET", "/beheer/uitvragen/{uitvraagA}/afdrukken", TeamEnBeheerder),
        new("/beheer/uitvragen/{id}/afdrukken", "GET", "/beheer/uitvragen/{uitvraagB}/afdrukken?vanaf=1&aantal=2", AlleenBeheerder),
        new("/beheer/uitvragen/{id}/invoer", "GET", "/beheer/uitvragen/{uitvraagA}/invoer", TeamEnBeheerder),
        new("/beheer/uitvragen/{id}/invoer", "POST", "/beheer/uitvragen/{uitvraagA}/invoer", TeamEnBeheerder, ("formuliernummer", "geen nummer")),
        new("/beheer/uitvragen/{id}/reacties", "GET", "/beheer/uitvragen/{uitvraagA}/reacties", TeamEnBeheerder),
        new("/beheer/uitvragen/{id}/reacties/{reactieId}", "GET", "/beheer/uitvragen/{uitvraagA}/reacties/{onlineReactieA}", TeamEnBeheerder),
        new("/beheer/uitvragen/{id}/reacties/{reactieId}", "POST", "/beheer/uitvragen/{uitvraagA}/reacties/{onlineReactieA}", TeamEnBeheerder, ("formuliernummer", "geen nummer")),
        new("/beheer/uitvragen/{id}/reacties/{reactieId}/verwijderen", "GET", "/beheer/uitvragen/{uitvraagA}/reacties/{onlineReactieA}/verwijderen", TeamEnBeheerder),
        new("/beheer/uitvragen/{id}/reacties/{reactieId}/verwijderen", "POST", "/beheer/uitvragen/{uitvraagA}/reacties/{onlineReactieA}/verwijderen", TeamEnBeheerder),
        new("/beheer/uitvragen/{id}/vragen", "GET", "/beheer/uitvragen/VWl0dnJhYWc6MQ/vragen", TeamEnBeheerder),
        new("/beheer/uitvragen/{id}/vragen", "POST", "/beheer/uitvragen/VWl0dnJhYWc6MQ/vragen", TeamEnBeheerder, ("tekst.nl", string.Empty)),
        new("/beheer/uitvragen/{id}/vragen/{vraagId}", "GET", "/beheer/uitvragen/VWl0dnJhYWc6MQ/vragen/VnJhYWc6MQ", TeamEnBeheerder),
        new("/beheer/uitvragen/{id}/vragen/{vraagId}", "POST", "/beheer/uitvragen/VWl0dnJhYWc6MQ/vragen/VnJhYWc6MQ", TeamEnBeheerder, ("tekst.nl", string.Empty)),
        new("/beheer/uitvragen/{id}/vragen/{vraagId}/verplaatsen", "POST", "/beheer/uitvragen/VWl0dnJhYWc6MQ/vragen/VnJhYWc6MQ/verplaatsen", TeamEnBeheerder, ("naar", "0")),
        new("/beheer/uitvragen/{id}/vragen/{vraagId}/verwijderen", "POST", "/beheer/uitvragen/VWl0dnJhYWc6MQ/vragen/VnJhYWc6OTk5OTk5/verwijderen", TeamEnBeheerder),
    ];

    /// <summary>The routes anyone may open: signing in and the account flows (tested in BeheerAccountTests).</summary>
    public static readonly string[] Open =
    [
        "/beheer/inloggen", "/beheer/uitloggen", "/beheer/uitnodiging/{code}", "/beheer/wachtwoord-vergeten",
        "/beheer/wachtwoord-herstellen/{code}", "/beheer/inloggen/code",
    ];

    public static TheoryData<int, Persoon> Cellen()
    {
        var cellen = new TheoryData<int, Persoon>();
        for (var i = 0; i < Routes.Count; i++)
        {
            foreach (var persoon in Enum.GetValues<Persoon>())
            {
                cellen.Add(i, persoon);
            }
        }

        return cellen;
    }

    [Theory]
    [MemberData(nameof(Cellen))]
    public async Task Cel(int route, Persoon persoon)
    {
        var (patroon, methode, pad, toegestaan, velden) = Routes[route];
        pad = server.Vul(pad);
        var portaal = await server.SessieAsync(persoon);
        PortaalAntwoord antwoord;
        if (methode == "GET")
        {
            antwoord = await portaal.GetAsync(pad);
        }
        else
        {
            // A valid form token (the portal's tokens are not tied to the session), so the role decides, not the token.
            var token = (await portaal.GetAsync("/beheer/inloggen")).Token;
            antwoord = await portaal.PostAsync(pad, token, velden);
        }

        var wat = $"{methode} {pad} ({patroon}) as {persoon}: {(int)antwoord.Status} {antwoord.Locatie} {antwoord.Tekst}";
        if (persoon is Persoon.Anoniem or Persoon.Uitgeschakeld)
        {
            Assert.True(antwoord.Status == HttpStatusCode.Redirect, wat);
            Assert.StartsWith("/beheer/inloggen?terug=", antwoord.Locatie, StringComparison.Ordinal);
            Assert.Equal(string.Empty, antwoord.Html);
        }
        else if (toegestaan.Contains(persoon))
        {
            // Shown, refused with a field error, not found, or sent on (the two-factor form once it is on), never to the sign-in page.
            Assert.True(antwoord.Status is HttpStatusCode.OK or HttpStatusCode.BadRequest or HttpStatusCode.NotFound
                || (antwoord.Status == HttpStatusCode.Redirect && !antwoord.Locatie!.StartsWith("/beheer/inloggen", StringComparison.Ordinal)), wat);
            Assert.DoesNotContain("Foutcode: FORBIDDEN", antwoord.Html, StringComparison.Ordinal);
            Assert.DoesNotContain("ANTIFORGERY_INVALID", antwoord.Html, StringComparison.Ordinal);
        }
        else
        {
            Assert.True(antwoord.Status == HttpStatusCode.Forbidden, wat);
            Assert.Contains("Foutcode: FORBIDDEN", antwoord.Html, StringComparison.Ordinal);

            // Nothing leaks: no organisation, no account, no key.
            Assert.DoesNotContain(server.NaamA, antwoord.Tekst, StringComparison.Ordinal);
            Assert.DoesNotContain(server.NaamB, antwoord.Tekst, StringComparison.Ordinal);
            Assert.DoesNotContain("@partner.example", antwoord.Html, StringComparison.Ordinal);
            Assert.DoesNotContain("sn_", antwoord.Tekst, StringComparison.Ordinal);
            Assert.DoesNotContain("<form method=\"post\" action=\"" + pad, antwoord.Html, StringComparison.Ordinal);

            // A signed-in person is sent back to the start page, not to sign in again.
            Assert.DoesNotContain("/beheer/inloggen", antwoord.Html, StringComparison.Ordinal);
        }

        Assert.True(antwoord.Bericht.Headers.CacheControl?.NoStore, wat);
    }

    /// <summary>Every route the server maps under /beheer is in the matrix or is one of the open account flows.</summary>
    [Fact]
    public void EveryPortalRouteIsInTheMatrix()
    {
        var gemapt = server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Patroon: "/" + e.RoutePattern.RawText!.Trim('/'), Methoden: e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []))
            .Where(e => e.Patroon == "/beheer" || e.Patroon.StartsWith("/beheer/", StringComparison.Ordinal))
            .SelectMany(e => e.Methoden.Select(m => (e.Patroon, Methode: m)))
            .ToList();
        Assert.NotEmpty(gemapt);
        var ontbrekend = gemapt
            .Where(e => !Open.Contains(e.Patroon) && !Routes.Any(r => r.Patroon == e.Patroon && r.Methode == e.Methode))
            .Select(e => e.Methode + " " + e.Patroon).ToList();
        Assert.True(ontbrekend.Count == 0, "Not in the portal's role matrix: " + string.Join(", ", ontbrekend));
    }
}
