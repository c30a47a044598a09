using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Participatie;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.GraphApi.Tests.Infrastructuur;

/// <summary>
/// An uitvraag of the test's own, with one vraag of every type, stored straight in the server's database file,
/// plus API keys for its team and for the team of another traject.
/// </summary>
public sealed record TestUitvraag(
    int TrajectId,
    string Id,
    string Factoren,
    string EenKeuze,
    string MeerdereKeuzes,
    string Schaal,
    string Open,
    IReadOnlyList<string> FactorOpties,
    IReadOnlyList<string> EenKeuzeOpties,
    IReadOnlyList<string> MeerdereKeuzesOpties,
    string TeamSleutel,
    string AnderTeamSleutel)
{
    /// <param name="periode">When the uitvraag is open; by default from a day before the test clock's now until 30 days after.</param>
    /// <param name="bewaartermijnDagen">How many days after closing the personal data of its reacties is removed.</param>
    public static async Task<TestUitvraag> MaakAsync(
        SociaalNetwerkServer server,
        UitvraagStatus status = UitvraagStatus.Open,
        bool eigenFactoren = true,
        (DateTime Vanaf, DateTime Tot)? periode = null,
        int bewaartermijnDagen = 365)
    {
        var nu = SociaalNetwerkServer.Nu.UtcDateTime;
        var uitvraag = new Uitvraag
        {
            Titel = Vertaalbaar.Van("Testuitvraag", "Test consultation", "استشارة"),
            Inleiding = Vertaalbaar.Van("Inleiding"),
            Privacyverklaring = Vertaalbaar.Van("Privacy"),
            Doelgroepen = [UitvraagDoelgroep.Inwoners],
            OpenVanaf = periode?.Vanaf ?? nu.AddDays(-1),
            OpenTot = periode?.Tot ?? nu.AddDays(30),
            Status = status,
            BewaartermijnDagen = bewaartermijnDagen,
            ContactgegevensVragen = true,
            ProfielvraagWijk = true,
            ProfielvraagDoelgroep = true,
            Vragen = VijfVragen(tekst => Vertaalbaar.Van(tekst, "EN " + tekst), optie => Vertaalbaar.Van(optie)),
        };
        uitvraag.Vragen[0].EigenFactorenToegestaan = eigenFactoren;
        uitvraag.Vragen[4].MaxLengte = 50;
        var (team, anderTeam) = await BewaarAsync(server, uitvraag);

        string Id(Vraag v) => GlobalId.Maak(nameof(Vraag), v.Id);
        List<string> Opties(Vraag v) => v.Opties.OrderBy(o => o.Volgorde).Select(o => GlobalId.Maak(nameof(Antwoordoptie), o.Id)).ToList();
        var v = uitvraag.Vragen;
        return new TestUitvraag(uitvraag.ParticipatietrajectId, GlobalId.Maak(nameof(Uitvraag), uitvraag.Id), Id(v[0]), Id(v[1]), Id(v[2]), Id(v[3]), Id(v[4]), Opties(v[0]), Opties(v[1]), Opties(v[2]), team, anderTeam);
    }

    /// <summary>
    /// One vraag of every type, in this order: factors (three listed, at most two of each kind, own factors allowed),
    /// one choice (three options), several choices (four options, at most two), a scale from 1 to 5, open text; all but
    /// the third and the fifth required. Their texts and the options' in the languages <paramref name="vraagTekst"/>
    /// and <paramref name="optieTekst"/> give.
    /// </summary>
    public static List<Vraag> VijfVragen(Func<string, Vertaalbaar> vraagTekst, Func<string, Vertaalbaar> optieTekst)
    {
        Vraag MaakVraag(int volgorde, VraagType type, string tekst, bool verplicht, params string[] opties) => new()
        {
            Volgorde = volgorde,
            Type = type,
            Tekst = vraagTekst(tekst),
            Verplicht = verplicht,
            Opties = opties.Select((o, i) => new Antwoordoptie { Volgorde = i + 1, Tekst = optieTekst(o) }).ToList(),
        };

        List<Vraag> vragen =
        [
            MaakVraag(1, VraagType.Factoren, "Wat helpt en wat remt?", true, "Een vaste plek", "Te weinig tijd", "Kosten"),
            MaakVraag(2, VraagType.EenKeuze, "Hoe vaak doet u mee?", true, "Nooit", "Soms", "Vaak"),
            MaakVraag(3, VraagType.MeerdereKeuzes, "Wat heeft u nodig?", false, "Informatie", "Vervoer", "Gezelschap", "Geld"),
            MaakVraag(4, VraagType.Schaal, "Hoe sterk is uw buurt?", true),
            MaakVraag(5, VraagType.OpenTekst, "Nog iets?", false),
        ];
        vragen[0].MaxKeuzes = 2;
        vragen[0].EigenFactorenToegestaan = true;
        vragen[2].MaxKeuzes = 2;
        vragen[3].SchaalMin = 1;
        vragen[3].SchaalMax = 5;
        return vragen;
    }

    /// <summary>
    /// Stores <paramref name="uitvraag"/> in a new traject of its own, beside another traject, with an API key for the
    /// team of each: the keys.
    /// </summary>
    public static async Task<(string Team, string AnderTeam)> BewaarAsync(SociaalNetwerkServer server, Uitvraag uitvraag)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>().CreateDbContextAsync();
        var traject = new Participatietraject { Naam = "Testtraject " + Guid.NewGuid().ToString("N")[..6], Omschrijving = "Test", Onderwerp = "Test", Uitvragen = [uitvraag] };
        var ander = new Participatietraject { Naam = "Ander traject " + Guid.NewGuid().ToString("N")[..6], Omschrijving = "Test", Onderwerp = "Test" };
        db.Participatietrajecten.AddRange(traject, ander);
        await db.SaveChangesAsync();

        var sleutels = server.Services.GetRequiredService<ApiSleutels>();
        var (team, _) = await sleutels.MaakAsync(Rol.Trajectteam, null, traject.Id, "team");
        var (anderTeam, _) = await sleutels.MaakAsync(Rol.Trajectteam, null, ander.Id, "ander team");
        return (team, anderTeam);
    }

    /// <summary>A complete, valid reactie as the <c>invoer</c> variable of <c>reactieIndienen</c>.</summary>
    public Dictionary<string, object?> GeldigeReactie(string? sleutel = null) => new()
    {
        ["uitvraagId"] = Id,
        ["idempotentieSleutel"] = sleutel ?? Guid.NewGuid().ToString(),
        ["wijk"] = "seghwaert",
        ["doelgroep"] = "INWONERS",
        ["antwoorden"] = new object[]
        {
            new { vraagId = Factoren, factoren = new object[] { new { soort = "HELPEND", optieId = FactorOpties[0] }, new { soort = "REMMEND", tekst = "Te weinig bankjes" } } },
            new { vraagId = EenKeuze, optieIds = new[] { EenKeuzeOpties[1] } },
            new { vraagId = MeerdereKeuzes, optieIds = new[] { MeerdereKeuzesOpties[0], MeerdereKeuzesOpties[2] } },
            new { vraagId = Schaal, getal = 4 },
            new { vraagId = Open, tekst = "Meer ontmoeting graag." },
        },
    };

    public async Task<int> AantalReactiesAsync(SociaalNetwerkServer server)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>().CreateDbContextAsync();
        var id = GlobalId.LeesInt(Id, nameof(Uitvraag));
        return await db.Reacties.CountAsync(r => r.UitvraagId == id);
    }

    /// <summary>
    /// <paramref name="aantal"/> reacties straight into the server's database, so a test can grow the uitvraag without a
    /// request per reactie. Numbered on from the reacties already there (n), each from Seghwaert and inwoners, with
    /// kanaal, options and scale value in turn by n, a listed helping factor, an own holding-back factor "Eigen n"
    /// (with <paramref name="eigenFactoren"/>, n counted round that many: each one named by several reacties), and every
    /// other one the open answer "Open antwoord n".
    /// </summary>
    public async Task VoegReactiesToeAsync(SociaalNetwerkServer server, int aantal, int? eigenFactoren = null)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>().CreateDbContextAsync();
        var seghwaert = await db.Wijken.Where(w => w.Slug == "seghwaert").Select(w => w.Id).SingleAsync();
        static int Lees(string globalId, string type) => GlobalId.LeesInt(globalId, type);
        var bestaand = await AantalReactiesAsync(server);
        for (var i = 0; i < aantal; i++)
        {
            var n = bestaand + i;
            var eigen = eigenFactoren is { } verschillend ? n % verschillend : n;
            db.Reacties.Add(new Reactie
            {
                UitvraagId = Lees(Id, nameof(Uitvraag)),
                IdempotentieSleutel = Guid.NewGuid().ToString(),
                OntvangstcodeHash = Guid.NewGuid().ToString("N"),
                Kanaal = (Kanaal)(n % 3),
                IngediendOp = SociaalNetwerkServer.Nu.UtcDateTime,
                WijkId = seghwaert,
                Doelgroep = UitvraagDoelgroep.Inwoners,
                Antwoorden =
                [
                    new Antwoord { VraagId = Lees(Factoren, nameof(Vraag)), OptieId = Lees(FactorOpties[n % 3], nameof(Antwoordoptie)), FactorSoort = FactorSoort.Helpend },
                    new Antwoord { VraagId = Lees(Factoren, nameof(Vraag)), Tekst = "Eigen " + eigen, GenormaliseerdeTekst = "eigen " + eigen, FactorSoort = FactorSoort.Remmend },
                    new Antwoord { VraagId = Lees(EenKeuze, nameof(Vraag)), OptieId = Lees(EenKeuzeOpties[n % 3], nameof(Antwoordoptie)) },
                    new Antwoord { VraagId = Lees(MeerdereKeuzes, nameof(Vraag)), OptieId = Lees(MeerdereKeuzesOpties[n % 4], nameof(Antwoordoptie)) },
                    new Antwoord { VraagId = Lees(Schaal, nameof(Vraag)), Getal = 1 + (n % 5) },
                    .. n % 2 == 0 ? [new Antwoord { VraagId = Lees(Open, nameof(Vraag)), Tekst = "Open antwoord " + n }] : Array.Empty<Antwoord>(),
                ],
            });
        }

        await db.SaveChangesAsync();
    }

    /// <summary>
    /// A reactie for the results tests: a wijk and doelgroep (slugs/codes as the API takes them), the one-choice option
    /// <paramref name="keuze"/>, the several-choices options <paramref name="meer"/> (none: not answered), a scale value,
    /// factors (<see cref="Helpend"/>, <see cref="Remmend(int)"/>, <see cref="Remmend(string)"/>), optionally an open
    /// answer and a kanaal (PAPIER and GESPREK need the team's key).
    /// </summary>
    public Dictionary<string, object?> Reactie(string wijk, string doelgroep, int keuze, int[] meer, int schaal, object[] factoren, string? open = null, string? kanaal = null)
    {
        var antwoorden = new List<object>
        {
            new { vraagId = Factoren, factoren },
            new { vraagId = EenKeuze, optieIds = new[] { EenKeuzeOpties[keuze] } },
            new { vraagId = Schaal, getal = schaal },
        };
        if (meer.Length > 0)
        {
            antwoorden.Add(new { vraagId = MeerdereKeuzes, optieIds = meer.Select(i => MeerdereKeuzesOpties[i]).ToArray() });
        }

        if (open is not null)
        {
            antwoorden.Add(new { vraagId = Open, tekst = open });
        }

        var invoer = new Dictionary<string, object?>
        {
            ["uitvraagId"] = Id,
            ["idempotentieSleutel"] = Guid.NewGuid().ToString(),
            ["wijk"] = wijk,
            ["doelgroep"] = doelgroep,
            ["antwoorden"] = antwoorden.ToArray(),
        };
        if (kanaal is not null)
        {
            invoer["kanaal"] = kanaal;
        }

        return invoer;
    }

    /// <summary>A listed factor that helps.</summary>
    public object Helpend(int optie) => new { soort = "HELPEND", optieId = FactorOpties[optie] };

    /// <summary>A listed factor that holds back.</summary>
    public object Remmend(int optie) => new { soort = "REMMEND", optieId = FactorOpties[optie] };

    /// <summary>An own factor that holds back, in the respondent's words.</summary>
    public static object Remmend(string tekst) => new { soort = "REMMEND", tekst };
}
