using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.Schema.Agenda;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.Kenmerken;
using SociaalNetwerk.Schema.Netwerken;
using SociaalNetwerk.Schema.Participatie;
using SociaalNetwerk.Schema.Wijken;

namespace SociaalNetwerk.Schema.Tests;

public sealed partial class DemoDataTests
{
    private static readonly ConcurrentDictionary<DateOnly, Lazy<Task<Gezaaid>>> Cache = new();

    private static readonly string[] Slugs = ["buytenwegh", "de-leyens", "centrum", "palenstein", "rokkeveen", "noordhove", "seghwaert", "oosterheem", "meerzicht", "dorp", "driemanspolder"];

    /// <summary>An autumn day (series cross the end of daylight-saving time) and a late-March day (they cross its start).</summary>
    public static TheoryData<string> Dagen => new() { "2025-10-20", "2026-03-27" };

    [Theory, MemberData(nameof(Dagen))]
    public async Task DemoDataHasTheElevenWijkenWithStableSlugs(string dag)
    {
        var data = await Zaai(dag);
        Assert.Superset(Slugs.ToHashSet(), data.Wijken.Select(w => w.Slug).ToHashSet());
        Assert.All(data.Wijken, w => Assert.False(string.IsNullOrWhiteSpace(w.Omschrijving)));
    }

    [Theory, MemberData(nameof(Dagen))]
    public async Task DemoDataHasFortyOrganisatiesAndTwentyFivePlacesInAWijk(string dag)
    {
        var data = await Zaai(dag);
        Assert.True(data.Organisaties.Count >= 40, $"{data.Organisaties.Count} organisaties");
        Assert.All(data.Organisaties, o => Assert.False(string.IsNullOrWhiteSpace(o.Omschrijving) || o.Themas.Count == 0, o.Naam));
        Assert.Equal(Enum.GetValues<OrganisatieSoort>().ToHashSet(), data.Organisaties.Select(o => o.Soort).ToHashSet());
        Assert.True(data.Locaties.Count >= 25, $"{data.Locaties.Count} locaties");
        Assert.All(data.Locaties, l => Assert.Matches("^27[0-9]{2} [A-Z]{2}$", l.Postcode));
        Assert.All(data.Locaties, l => Assert.NotNull(l.WijkId));
        Assert.Contains(data.Locaties, l => l.Adres == "Koeienweide 2" && l.Wijk!.Slug == "seghwaert");
        Assert.Equal(2, data.Locaties.Select(l => l.Rolstoeltoegankelijk).Distinct().Count());
        Assert.Equal(2, data.Locaties.Select(l => l.Ringleiding).Distinct().Count());
    }

    [Theory, MemberData(nameof(Dagen))]
    public async Task DemoDataHasTheFiveNetworksWithGroupsAndMembers(string dag)
    {
        var data = await Zaai(dag);
        Assert.Equal(6, data.Netwerken.Count);
        Assert.All(data.Netwerken, n => Assert.NotEmpty(n.Groepen));
        var community = data.Netwerken.Single(n => n.Naam == "Community tegen Eenzaamheid");
        Assert.Equal(3, community.Groepen.Count(g => g.Soort == GroepSoort.Themagroep));
        var eten = data.Netwerken.Single(n => n.Naam == "Eten en Ontmoeten");
        Assert.Equal(community.Id, eten.OnderdeelVanId);
        Assert.Contains(eten.Groepen, g => g.Soort == GroepSoort.Kernteam);
        var szmg = data.Netwerken.Single(n => n.Naam.Contains("SZMG", StringComparison.Ordinal));
        Assert.Equal(4, szmg.Groepen.Count(g => g.Soort == GroepSoort.Kerngroep));
        Assert.True(szmg.Groepen.Count(g => g.Soort == GroepSoort.Actielijn) >= 4);
        Assert.True(szmg.Lidmaatschappen.Select(l => l.OrganisatieId).Distinct().Count() >= 19);
        Assert.Contains(szmg.Lidmaatschappen, l => l.Rol == LidmaatschapRol.Financier && l.Organisatie!.Naam == "Menzis");
        Assert.Contains(data.Netwerken, n => n.Groepen.Any(g => g.Soort == GroepSoort.Loket && g.Naam == "GeldPunt"));
        Assert.Equal(Enum.GetValues<LidmaatschapRol>().ToHashSet(), data.Netwerken.SelectMany(n => n.Lidmaatschappen).Select(l => l.Rol).ToHashSet());
        Assert.All(data.Netwerken.SelectMany(n => n.Lidmaatschappen), l => Assert.True(l.GroepId is null || l.Netwerk!.Groepen.Any(g => g.Id == l.GroepId)));
    }

    [Theory, MemberData(nameof(Dagen))]
    public async Task DemoDataHasSixtyActivitiesStartingWithinNinetyDays(string dag)
    {
        var (vandaag, data) = (Dag(dag), await Zaai(dag));
        Assert.True(data.Activiteiten.Count >= 60, $"{data.Activiteiten.Count} activiteiten");
        Assert.All(data.Activiteiten, a => Assert.InRange(AmsterdamTijd.LokaleDatum(a.Start), vandaag, vandaag.AddDays(90)));
        Assert.All(data.Activiteiten, a => Assert.True(a.Eind > a.Start && a.Titel.Length <= 60 && a.Organisatoren.Count > 0, a.Titel));
        Assert.All(data.Activiteiten, a => Assert.True(a.Locatie is not null || a.OnlineLink is not null, a.Titel));
        Assert.Contains(data.Activiteiten, a => a.Titel.Contains("Taalcafé", StringComparison.Ordinal));
        Assert.Contains(data.Activiteiten, a => a.Titel.Contains("Repair Café", StringComparison.Ordinal));
    }

    [Theory, MemberData(nameof(Dagen))]
    public async Task DemoDataHasAnActivityForEveryThemaDoelgroepKernopgaveAndSoort(string dag)
    {
        var activiteiten = (await Zaai(dag)).Activiteiten;
        Assert.Equal(Enum.GetValues<Thema>().ToHashSet(), activiteiten.SelectMany(a => a.Themas).ToHashSet());
        Assert.Equal(Enum.GetValues<Doelgroep>().ToHashSet(), activiteiten.SelectMany(a => a.Doelgroepen).ToHashSet());
        Assert.Equal(Enum.GetValues<Kernopgave>().ToHashSet(), activiteiten.SelectMany(a => a.Kernopgaven).ToHashSet());
        Assert.Equal(Enum.GetValues<ActiviteitSoort>().ToHashSet(), activiteiten.Select(a => a.Soort).ToHashSet());
        Assert.Equal(Enum.GetValues<AanmeldWijze>().ToHashSet(), activiteiten.Select(a => a.Aanmelding).ToHashSet());
    }

    [Theory, MemberData(nameof(Dagen))]
    public async Task DemoDataHasAtLeastTwoActivitiesInEveryWijk(string dag)
    {
        var data = await Zaai(dag);
        Assert.All(data.Wijken, w => Assert.True(data.Activiteiten.Count(a => a.Locatie?.WijkId == w.Id) >= 2, w.Slug));
    }

    [Theory, MemberData(nameof(Dagen))]
    public async Task DemoDataHasTheRequiredMixOfSeriesStatusesAndFormats(string dag)
    {
        var a = (await Zaai(dag)).Activiteiten;
        var wekelijks = a.Where(x => x.Herhaling?.Frequentie == Frequentie.Wekelijks).ToList();
        var maandelijks = a.Where(x => x.Herhaling?.Frequentie == Frequentie.Maandelijks).ToList();
        Assert.True(wekelijks.Count >= 8 && maandelijks.Count >= 4);
        Assert.Contains(wekelijks, x => x.Herhaling!.Interval == 2);
        Assert.Contains(wekelijks, x => x.Herhaling!.Weekdagen.Count == 2);
        Assert.Contains(wekelijks, x => x.Herhaling!.TotEnMet is not null);
        Assert.Contains(wekelijks, x => x.Herhaling!.Aantal is not null);
        Assert.Contains(wekelijks, x => x.Herhaling is { TotEnMet: null, Aantal: null });
        Assert.Contains(maandelijks, x => x.Herhaling!.WeekVanDeMaand == -1);
        Assert.Contains(maandelijks, x => x.Herhaling!.WeekVanDeMaand is > 0);
        Assert.Contains(maandelijks, x => x.Herhaling!.WeekVanDeMaand is null);
        Assert.True(a.Count(x => x.Herhaling?.GeannuleerdeDatums.Count > 0) >= 3);
        Assert.True(a.Count(x => x.Status == ActiviteitStatus.Geannuleerd) >= 2 && a.Count(x => x.Status == ActiviteitStatus.Vol) >= 2);
        Assert.True(a.Count(x => x.OnlineLink is not null && x.Locatie is null) >= 5);
        Assert.Contains(a, x => x.OnlineLink is not null && x.Locatie is not null);
        Assert.Superset(new HashSet<int?> { 350, 500, 1250, null }, a.Select(x => x.KostenInCenten).ToHashSet());
        Assert.All(a.Where(x => !x.Gratis), x => Assert.False(string.IsNullOrWhiteSpace(x.KostenToelichting)));
        Assert.All(a.Where(x => x.Aanmelding == AanmeldWijze.ViaLink), x => Assert.NotNull(x.AanmeldLink));
        Assert.All(a.Where(x => x.Aanmelding == AanmeldWijze.ViaEmailOfTelefoon), x => Assert.True(x.AanmeldEmail is not null || x.AanmeldTelefoon is not null));
        Assert.Contains(a, x => x.Capaciteit is not null);
        Assert.True(a.Count(x => x.NetwerkId is not null) >= 10 && a.Count(x => x.Organisatoren.Count >= 2) >= 5);
        Assert.Superset(new HashSet<string> { "nl", "nl,ar", "nl,tr", "uk,pl,nl" }, a.Select(x => string.Join(',', x.GesprokenTalen)).ToHashSet());
        Assert.All(new Func<Activiteit, bool>[] { x => x.Rolstoeltoegankelijk, x => x.Ringleiding, x => x.EenvoudigeTaal }, k => Assert.Equal(2, a.Select(k).Distinct().Count()));
    }

    [Theory, MemberData(nameof(Dagen))]
    public async Task DemoDataCancelsOnlyDatesOnWhichTheSeriesTakesPlace(string dag)
    {
        var vandaag = Dag(dag);
        foreach (var a in (await Zaai(dag)).Activiteiten.Where(x => x.Herhaling?.GeannuleerdeDatums.Count > 0))
        {
            var h = a.Herhaling!;
            var eerste = AmsterdamTijd.LokaleDatum(a.Start);
            var weekdagen = h.Weekdagen.Count > 0 ? h.Weekdagen : [eerste.DayOfWeek];
            var voorkomens = VoorkomenPlanner.Plan(a, AmsterdamTijd.BeginVanDag(vandaag.AddDays(400))).Select(v => AmsterdamTijd.LokaleDatum(v.Start)).ToHashSet();
            Assert.All(h.GeannuleerdeDatums, datum =>
            {
                Assert.True(h is { Frequentie: Frequentie.Maandelijks, WeekVanDeMaand: null } ? datum.Day == eerste.Day : weekdagen.Contains(datum.DayOfWeek), a.Titel);
                Assert.Contains(datum, voorkomens);
            });
        }
    }

    [Theory, MemberData(nameof(Dagen))]
    public async Task DemoDataHasWeeklySeriesThatCrossADaylightSavingChange(string dag)
    {
        var tot = AmsterdamTijd.BeginVanDag(Dag(dag)) + VoorkomenPlanner.Horizon;
        var overgangen = (await Zaai(dag)).Activiteiten
            .Where(a => a.Herhaling?.Frequentie == Frequentie.Wekelijks)
            .Select(a => VoorkomenPlanner.Plan(a, tot))
            .Where(v => v.Select(x => AmsterdamTijd.MetOffset(x.Start).Offset).Distinct().Count() == 2)
            .ToList();
        Assert.True(overgangen.Count >= 3);
        Assert.All(overgangen, v => Assert.Single(v.Select(x => AmsterdamTijd.NaarLokaal(x.Start).TimeOfDay).Distinct()));
    }

    [Theory, MemberData(nameof(Dagen))]
    public async Task DemoDataContainsOnlyPlainTextAndFictionalContactDetails(string dag)
    {
        var data = await Zaai(dag);
        IEnumerable<object> alles = [.. data.Wijken, .. data.Locaties, .. data.Organisaties, .. data.Netwerken, .. data.Netwerken.SelectMany(n => n.Groepen), .. data.Activiteiten];
        var teksten = alles.SelectMany(e => e.GetType().GetProperties().Where(p => p.PropertyType == typeof(string)).Select(p => (Naam: p.Name, Waarde: (string?)p.GetValue(e))))
            .Where(t => t.Waarde is not null).ToList();
        Assert.All(teksten, t => Assert.DoesNotContain('<', t.Waarde!));
        Assert.All(teksten, t => Assert.DoesNotContain('>', t.Waarde!));
        Assert.All(teksten.Where(t => t.Naam.EndsWith("Email", StringComparison.Ordinal)), t => Assert.EndsWith(".example", t.Waarde!, StringComparison.Ordinal));
        Assert.All(teksten.Where(t => t.Naam is "Website" or "OnlineLink" or "AanmeldLink"), t => Assert.Matches(@"^https://[a-z0-9.-]+\.example(/|$)", t.Waarde!));
        Assert.All(teksten.Where(t => t.Naam.EndsWith("Telefoon", StringComparison.Ordinal)), t => Assert.Matches("^079 000 [0-9]{2} [0-9]{2}$", t.Waarde!));
    }

    [Fact]
    public async Task DemoDataIsTheSameForTheSameDay()
    {
        static string Vingerafdruk(IEnumerable<Activiteit> a) =>
            string.Join('\n', a.OrderBy(x => x.Titel, StringComparer.Ordinal).Select(x => $"{x.Titel}|{x.Start:O}|{x.Eind:O}|{x.GewijzigdOp:O}|{x.LocatieId}"));
        static string Reacties(IEnumerable<Reactie> r) =>
            string.Join('\n', r.Select(x => $"{x.UitvraagId}|{x.IdempotentieSleutel}|{x.IngediendOp:O}|{x.Kanaal}|{x.WijkId}|{x.Doelgroep}|{x.ContactNaam}|"
                + string.Join(',', x.Antwoorden.OrderBy(a => a.Id).Select(a => $"{a.VraagId}:{a.OptieId}:{a.Getal}:{a.Tekst}:{a.FactorSoort}"))));
        var (eerste, tweede) = (await Zaai("2025-10-20"), await ZaaiInBestandAsync(Dag("2025-10-20")));
        Assert.Equal(Vingerafdruk(eerste.Activiteiten), Vingerafdruk(tweede.Activiteiten));
        Assert.Equal(Reacties(eerste.Reacties), Reacties(tweede.Reacties));
    }

    private static DateOnly Dag(string dag) => DateOnly.ParseExact(dag, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Task<Gezaaid> Zaai(string dag) =>
        Cache.GetOrAdd(Dag(dag), d => new Lazy<Task<Gezaaid>>(() => ZaaiInBestandAsync(d))).Value;

    private static async Task<Gezaaid> ZaaiInBestandAsync(DateOnly vandaag)
    {
        var pad = Path.Combine(Path.GetTempPath(), $"demodata-{Guid.NewGuid():N}.db");
        var opties = new DbContextOptionsBuilder<SociaalNetwerkDbContext>().UseSqlite($"Data Source={pad}").Options;
        await using (var db = new SociaalNetwerkDbContext(opties))
        {
            await db.Database.EnsureCreatedAsync();
            await DemoData.ZaaiAsync(db, vandaag);
        }

        await using var lezer = new SociaalNetwerkDbContext(opties);
        var gezaaid = new Gezaaid(
            await lezer.Wijken.AsNoTracking().ToListAsync(),
            await lezer.Locaties.AsNoTracking().Include(l => l.Wijk).ToListAsync(),
            await lezer.Organisaties.AsNoTracking().Include(o => o.Wijken).ToListAsync(),
            await lezer.Netwerken.Include(n => n.Groepen).Include(n => n.Lidmaatschappen).ThenInclude(l => l.Organisatie).ToListAsync(),
            await lezer.Activiteiten.AsNoTracking().Include(a => a.Locatie).Include(a => a.Organisatoren).ToListAsync(),
            await lezer.Participatietrajecten.AsNoTracking().Include(t => t.Uitvragen).ThenInclude(u => u.Vragen).ThenInclude(v => v.Opties).AsSplitQuery().ToListAsync(),
            await lezer.Reacties.AsNoTracking().Include(r => r.Antwoorden).OrderBy(r => r.Id).AsSplitQuery().ToListAsync());
        await lezer.Database.EnsureDeletedAsync();
        return gezaaid;
    }

    private sealed record Gezaaid(
        List<Wijk> Wijken,
        List<Locatie> Locaties,
        List<Organisatie> Organisaties,
        List<Netwerk> Netwerken,
        List<Activiteit> Activiteiten,
        List<Participatietraject> Trajecten,
        List<Reactie> Reacties);
}
