using Microsoft.Extensions.Localization;
using SociaalNetwerk.Schema.Agenda;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Participatie;
using SociaalNetwerk.Schema.Resources;

namespace SociaalNetwerk.Schema.Tests;

/// <summary>The participatietrajecten of the demo data: an open uitvraag in three languages and a closed enquête with results.</summary>
public sealed partial class DemoDataTests
{
    [Theory, MemberData(nameof(Dagen))]
    public async Task DemoDataHasThreeTrajectenOneUitvraagEachOpenPublishedAndScheduled(string dag)
    {
        var data = await Zaai(dag);

        Assert.Equal(
            ["Visie Sterke Sociale Basis:Ophalen:Open", "Huis van de Wijk Seghwaert:Analyse:ResultatenGepubliceerd", "Skatebaan of pumptrack in de Seghwaertse Hout:Voorbereiding:Open"],
            data.Trajecten.OrderBy(t => t.Id).Select(t => $"{t.Naam}:{t.Fase}:{Assert.Single(t.Uitvragen).Status}"));
        Assert.Equal([1, 2, 3], data.Trajecten.OrderBy(t => t.Id).Select(t => t.Uitvragen[0].Id));
    }

    [Theory, MemberData(nameof(Dagen))]
    public async Task DemoDataHasAScheduledUitvraagThatOpensByItselfInAMonth(string dag)
    {
        var (vandaag, data) = (Dag(dag), await Zaai(dag));
        var uitvraag = Assert.Single(data.Trajecten.Single(t => t.Naam.StartsWith("Skatebaan", StringComparison.Ordinal)).Uitvragen);
        var middag = AmsterdamTijd.NaarUtc(vandaag.ToDateTime(new TimeOnly(12, 0)));

        Assert.True(uitvraag.IsGepland(middag));
        Assert.False(uitvraag.IsOpen(middag));
        Assert.True(uitvraag.IsOpen(middag.AddDays(31)), "open by itself after its openVanaf");
        Assert.True(uitvraag.IsVerlopen(middag.AddDays(73)), "closed by itself after its openTot");
    }

    [Theory, MemberData(nameof(Dagen))]
    public async Task DemoDataHasTheOpenVisieUitvraagWithEveryQuestionTypeInDutchEnglishAndArabic(string dag)
    {
        var (vandaag, data) = (Dag(dag), await Zaai(dag));
        var uitvraag = Assert.Single(data.Trajecten.Single(t => t.Naam == "Visie Sterke Sociale Basis").Uitvragen);
        var middag = AmsterdamTijd.NaarUtc(vandaag.ToDateTime(new TimeOnly(12, 0)));

        Assert.True(uitvraag.IsOpen(middag));
        Assert.True(uitvraag.IsOpen(middag.AddDays(28)), "open for four more weeks");
        Assert.False(uitvraag.IsOpen(middag.AddDays(-15)));
        Assert.True(uitvraag.ProfielvraagWijk && uitvraag.ProfielvraagDoelgroep && uitvraag.ContactgegevensVragen);
        Assert.Equal([VraagType.Factoren, VraagType.EenKeuze, VraagType.MeerdereKeuzes, VraagType.Schaal, VraagType.OpenTekst], uitvraag.Vragen.OrderBy(v => v.Volgorde).Select(v => v.Type));
        var vragen = uitvraag.Vragen.ToDictionary(v => v.Type);
        Assert.Equal((true, 3, 11), (vragen[VraagType.Factoren].EigenFactorenToegestaan, vragen[VraagType.Factoren].MaxKeuzes, vragen[VraagType.Factoren].Opties.Count));
        Assert.Equal((3, 8), (vragen[VraagType.MeerdereKeuzes].MaxKeuzes, vragen[VraagType.MeerdereKeuzes].Opties.Count));
        Assert.Equal(5, vragen[VraagType.EenKeuze].Opties.Count);
        Assert.Equal((1, 5, "Helemaal niet", "Heel goed"), (vragen[VraagType.Schaal].SchaalMin, vragen[VraagType.Schaal].SchaalMax, vragen[VraagType.Schaal].SchaalLabelMin!.Nl, vragen[VraagType.Schaal].SchaalLabelMax!.Nl));
        Assert.Equal(1000, vragen[VraagType.OpenTekst].MaxLengte);

        IEnumerable<Vertaalbaar?> teksten =
        [
            uitvraag.Titel, uitvraag.Inleiding, uitvraag.Privacyverklaring,
            .. uitvraag.Vragen.SelectMany(v => (IEnumerable<Vertaalbaar?>)[v.Tekst, v.Toelichting, v.SchaalLabelMin, v.SchaalLabelMax, .. v.Opties.Select(o => o.Tekst)]),
        ];
        var vertaald = teksten.OfType<Vertaalbaar>().ToList();
        Assert.Equal(39, vertaald.Count);
        Assert.All(vertaald, t =>
        {
            Assert.Equal(["ar", "en", "nl"], t.Teksten.Keys.Order(StringComparer.Ordinal));
            Assert.Matches(@"\p{IsArabic}", t.Teksten["ar"]);
            Assert.DoesNotMatch(@"\p{IsArabic}", t.Teksten["en"]);
            Assert.NotEqual(t.Teksten["nl"], t.Teksten["en"]);
        });
    }

    [Theory, MemberData(nameof(Dagen))]
    public async Task DemoDataHasTheClosedHuisVanDeWijkEnqueteWithTwoHundredFortyReactiesFromSeghwaertAndItsNeighbours(string dag)
    {
        var (vandaag, data) = (Dag(dag), await Zaai(dag));
        var uitvraag = Assert.Single(data.Trajecten.Single(t => t.Naam == "Huis van de Wijk Seghwaert").Uitvragen);
        var reacties = data.Reacties.Where(r => r.UitvraagId == uitvraag.Id).ToList();
        string Slug(Reactie r) => r.WijkId is { } id ? data.Wijken.Single(w => w.Id == id).Slug : "-";
        int Aantal(Vraag vraag, int optie) => reacties.SelectMany(r => r.Antwoorden).Count(a => a.OptieId == vraag.Opties.Single(o => o.Volgorde == optie).Id);
        var vragen = uitvraag.Vragen.OrderBy(v => v.Volgorde).ToList();

        Assert.True(uitvraag.OpenTot < AmsterdamTijd.BeginVanDag(vandaag.AddDays(-100)));
        // The retention service must not empty the demo: a year's term runs well past today.
        Assert.True(uitvraag.BewaarTot > AmsterdamTijd.BeginVanDag(vandaag.AddDays(200)));
        Assert.Equal(DemoData.AantalReactiesHuisVanDeWijk, reacties.Count);
        Assert.All(reacties, r => Assert.InRange(r.IngediendOp, uitvraag.OpenVanaf, uitvraag.OpenTot));
        Assert.Equal(
            "-:12 buytenwegh:8 centrum:5 noordhove:33 oosterheem:11 rokkeveen:3 seghwaert:168",
            string.Join(' ', reacties.GroupBy(Slug).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}:{g.Count()}")));
        Assert.Equal("Gesprek:26 Online:158 Papier:56", string.Join(' ', reacties.GroupBy(r => r.Kanaal).OrderBy(g => g.Key.ToString(), StringComparer.Ordinal).Select(g => $"{g.Key}:{g.Count()}")));
        Assert.Equal("-:18 Inwoners:169 Organisaties:16 Vrijwilligers:37", string.Join(' ', reacties.GroupBy(r => r.Doelgroep?.ToString() ?? "-").OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}:{g.Count()}")));
        Assert.All(reacties.Where(r => r.Kanaal != Kanaal.Online), r => Assert.Equal("sn_demo", r.IngevoerdDoor));

        // Not uniform: most think it a (very) good idea, few do not.
        Assert.Equal([80, 63, 49, 21, 27], Enumerable.Range(1, 5).Select(o => Aantal(vragen[0], o)));
        Assert.Equal(240, reacties.Count(r => r.Antwoorden.Any(a => a.VraagId == vragen[3].Id && a.Getal is >= 1 and <= 5)));
        Assert.Equal(74, reacties.SelectMany(r => r.Antwoorden).Count(a => a.VraagId == vragen[4].Id && a.Tekst is not null));
        Assert.Equal(36, reacties.Count(r => r.ContactToestemming && r.ContactNaam is not null));
        Assert.All(reacties.Where(r => r.ContactEmail is not null), r => Assert.EndsWith("@mail.example", r.ContactEmail!, StringComparison.Ordinal));
        Assert.All(reacties.Where(r => r.ContactTelefoon is not null), r => Assert.Matches("^079 000 [0-9]{2} [0-9]{2}$", r.ContactTelefoon!));

        // Own factors in several spellings that count as one.
        var parkeren = reacties.SelectMany(r => r.Antwoorden).Where(a => a.GenormaliseerdeTekst == "te weinig parkeerplekken").ToList();
        Assert.Equal(10, parkeren.Count);
        Assert.Equal(3, parkeren.Select(a => a.Tekst).Distinct().Count());
        Assert.All(parkeren, a => Assert.Equal(FactorSoort.Remmend, a.FactorSoort));
        Assert.Equal(3, reacties.SelectMany(r => r.Antwoorden).Where(a => a.GenormaliseerdeTekst == "een cafe-hoek met terras").Select(a => a.Tekst).Distinct().Count());
    }

    [Theory, MemberData(nameof(Dagen))]
    public async Task DemoDataHasFortyEightReactiesToTheVisieSoFarInThreeLanguagesAllBeforeNow(string dag)
    {
        var (vandaag, data) = (Dag(dag), await Zaai(dag));
        var reacties = data.Reacties.Where(r => r.UitvraagId == 1).ToList();

        Assert.Equal(DemoData.AantalReactiesVisie, reacties.Count);
        Assert.All(reacties, r => Assert.True(r.IngediendOp < AmsterdamTijd.BeginVanDag(vandaag)));
        Assert.Equal("ar:4 en:4 nl:40", string.Join(' ', reacties.GroupBy(r => r.Taal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}:{g.Count()}")));
        Assert.Equal(11, reacties.Select(r => r.WijkId).Distinct().Count());
        Assert.DoesNotContain(data.Reacties, r => r.UitvraagId == 3);
    }

    /// <summary>Generated reacties are ones the API would accept and would store as exactly these rows.</summary>
    [Fact]
    public async Task EveryDemoReactiePassesTheRulesOfReactieIndienenAndIsStoredAsASubmissionWouldBe()
    {
        var data = await Zaai("2026-03-27");
        var uitvragen = data.Trajecten.SelectMany(t => t.Uitvragen).ToDictionary(u => u.Id);
        var regels = new ReactieRegels(new SleutelLocalizer());
        static string Rij(Antwoord a) => $"{a.VraagId}|{a.OptieId}|{a.Getal}|{a.Tekst}|{a.GenormaliseerdeTekst}|{a.FactorSoort}";

        Assert.Equal(DemoData.AantalReactiesHuisVanDeWijk + DemoData.AantalReactiesVisie, data.Reacties.Count);
        Assert.Equal(data.Reacties.Count, data.Reacties.Select(r => r.OntvangstcodeHash).Distinct().Count());
        Assert.Contains(data.Reacties, r => r.OntvangstcodeHash == Ontvangstcodes.Hash("demo hvdw 0240") && r.IdempotentieSleutel == DemoData.DemoIdempotentiesleutel("DEMO-HVDW-0240"));
        Assert.Contains(data.Reacties, r => r.OntvangstcodeHash == Ontvangstcodes.Hash("DEMO-VISI-0001") && r.UitvraagId == 1);
        Assert.All(data.Reacties, reactie =>
        {
            var uitvraag = uitvragen[reactie.UitvraagId];
            var (fouten, rijen) = regels.Controleer(uitvraag, AlsInvoer(reactie, uitvraag), reactie.Taal);

            Assert.Empty(fouten);
            Assert.Equal(reactie.IdempotentieSleutel, Idempotentiesleutels.Normaliseer(reactie.IdempotentieSleutel));
            Assert.Equal(reactie.OntvangstcodeHash, Ontvangstcodes.Hash(DemoData.DemoOntvangstcode(reactie.IdempotentieSleutel)!));
            // The fingerprint a retry with this content gets, computed from the rows the rules make of it.
            Assert.Equal(reactie.InhoudHash, ReactieInhoud.Hash(new Reactie
            {
                UitvraagId = reactie.UitvraagId,
                IdempotentieSleutel = reactie.IdempotentieSleutel,
                OntvangstcodeHash = "",
                Kanaal = reactie.Kanaal,
                Taal = reactie.Taal,
                WijkId = reactie.WijkId,
                Doelgroep = reactie.Doelgroep,
                ContactToestemming = reactie.ContactToestemming,
                ContactNaam = reactie.ContactNaam,
                ContactEmail = reactie.ContactEmail,
                ContactTelefoon = reactie.ContactTelefoon,
                Antwoorden = rijen,
            }));
            Assert.All(reactie.Antwoorden.Where(a => a.FactorSoort is not null && a.OptieId is not null).GroupBy(a => a.OptieId), g => Assert.Single(g));
            Assert.Equal(reactie.Antwoorden.Select(Rij).Order(StringComparer.Ordinal), rijen.Select(Rij).Order(StringComparer.Ordinal));
        });
    }

    private static ReactieInvoer AlsInvoer(Reactie reactie, Uitvraag uitvraag) => new()
    {
        UitvraagId = GlobalId.Maak(nameof(Uitvraag), uitvraag.Id),
        IdempotentieSleutel = reactie.IdempotentieSleutel,
        Kanaal = reactie.Kanaal,
        Taal = reactie.Taal,
        Doelgroep = reactie.Doelgroep,
        Contact = reactie.ContactToestemming ? new ContactInvoer { Toestemming = true, Naam = reactie.ContactNaam, Email = reactie.ContactEmail, Telefoon = reactie.ContactTelefoon } : null,
        Antwoorden = reactie.Antwoorden.GroupBy(a => a.VraagId).Select(g =>
        {
            var vraag = uitvraag.Vragen.Single(v => v.Id == g.Key);
            string Optie(int id) => GlobalId.Maak(nameof(Antwoordoptie), id);
            return vraag.Type switch
            {
                VraagType.OpenTekst => new AntwoordInvoer { VraagId = GlobalId.Maak(nameof(Vraag), vraag.Id), Tekst = g.Single().Tekst },
                VraagType.Schaal => new AntwoordInvoer { VraagId = GlobalId.Maak(nameof(Vraag), vraag.Id), Getal = g.Single().Getal },
                VraagType.Factoren => new AntwoordInvoer
                {
                    VraagId = GlobalId.Maak(nameof(Vraag), vraag.Id),
                    Factoren = g.Select(a => new FactorInvoer { Soort = a.FactorSoort!.Value, OptieId = a.OptieId is { } o ? Optie(o) : null, Tekst = a.Tekst }).ToList(),
                },
                _ => new AntwoordInvoer { VraagId = GlobalId.Maak(nameof(Vraag), vraag.Id), OptieIds = g.Select(a => Optie(a.OptieId!.Value)).ToList() },
            };
        }).ToList(),
    };

    /// <summary>Messages are not under test here: every message is its key.</summary>
    private sealed class SleutelLocalizer : IStringLocalizer<Berichten>
    {
        public LocalizedString this[string name] => new(name, name);

        public LocalizedString this[string name, params object[] arguments] => new(name, name);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
