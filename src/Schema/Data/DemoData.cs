using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.Schema.Agenda;
using SociaalNetwerk.Schema.Netwerken;
using SociaalNetwerk.Schema.Wijken;

namespace SociaalNetwerk.Schema.Data;

/// <summary>
/// The demo data set: the wijken, places, organisations, networks, agenda and participatietrajecten of Zoetermeer's
/// sociale basis, drawn from the municipal texts. Contact details are fictional (<c>.example</c> domains, <c>079 000 ..</c> numbers).
/// </summary>
public static partial class DemoData
{
    /// <summary>
    /// Adds the complete demo data set to an empty database and saves it. Dates are relative to <paramref name="vandaag"/>
    /// (a local Europe/Amsterdam date), so the agenda is never empty. Deterministic: the same <paramref name="vandaag"/> gives the same data.
    /// </summary>
    public static async Task ZaaiAsync(SociaalNetwerkDbContext db, DateOnly vandaag, CancellationToken cancellationToken = default)
    {
        await ControleerLeegAsync(db, cancellationToken);
        var z = Bouw(vandaag);
        SlaFeestdagenOver(z);
        StempelGewijzigdOp(z);

        db.Wijken.AddRange(z.Wijken.Values);
        db.Locaties.AddRange(z.Locaties.Values);
        db.Organisaties.AddRange(z.Organisaties.Values);
        db.Netwerken.AddRange(z.Netwerken.Values);
        db.Activiteiten.AddRange(z.Activiteiten);
        await db.SaveChangesAsync(cancellationToken);

        // The participatietrajecten need the ids of the wijken (for the reacties' profile), so they are saved after them.
        await ZaaiParticipatieAsync(db, z, cancellationToken);
    }

    /// <summary>
    /// Only the wijken of Zoetermeer (reference data, also of a real installation) in an empty database: what the first
    /// start seeds with <c>Database:Demogegevens=false</c>. Organisations, activities and trajecten come from the portal
    /// and the API.
    /// </summary>
    public static async Task ZaaiWijkenAsync(SociaalNetwerkDbContext db, CancellationToken cancellationToken = default)
    {
        await ControleerLeegAsync(db, cancellationToken);
        var z = new Zaaisel(DateOnly.MinValue);
        VoegWijkenToe(z);
        db.Wijken.AddRange(z.Wijken.Values);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Refuses anything but an empty database: the demo data never mixes with real data.</summary>
    private static async Task ControleerLeegAsync(SociaalNetwerkDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.Wijken.AnyAsync(cancellationToken) || await db.Organisaties.AnyAsync(cancellationToken))
        {
            throw new InvalidOperationException("De demodata kan alleen in een lege database worden gezet.");
        }
    }

    /// <summary>The wijken, places, organisations, networks and activities, in memory, not yet saved.</summary>
    private static Zaaisel Bouw(DateOnly vandaag)
    {
        var z = new Zaaisel(vandaag);
        VoegWijkenToe(z);
        VoegLocatiesToe(z);
        VoegOrganisatiesToe(z);
        VoegNetwerkenToe(z);
        VoegActiviteitenToe(z);
        return z;
    }

    /// <summary>Deterministic "last changed" stamps: midnight UTC of today, a few days back for older entries.</summary>
    private static void StempelGewijzigdOp(Zaaisel z)
    {
        for (var i = 0; i < z.Activiteiten.Count; i++)
        {
            z.Activiteiten[i].GewijzigdOp = z.Vandaag.AddDays(-(i % 10)).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        }
    }

    /// <summary>Everything created so far, looked up by short keys while the set is built.</summary>
    private sealed class Zaaisel(DateOnly vandaag)
    {
        public DateOnly Vandaag { get; } = vandaag;

        public Dictionary<string, Wijk> Wijken { get; } = [];

        public Dictionary<string, Locatie> Locaties { get; } = [];

        public Dictionary<string, Organisatie> Organisaties { get; } = [];

        public Dictionary<string, Netwerk> Netwerken { get; } = [];

        public List<Activiteit> Activiteiten { get; } = [];

        public Wijk W(string slug) => Wijken[slug];

        public List<Wijk> Ws(params string[] slugs) => slugs.Select(W).ToList();

        public List<Wijk> AlleWijken() => Wijken.Values.ToList();

        public Locatie L(string sleutel) => Locaties[sleutel];

        public Organisatie O(string sleutel) => Organisaties[sleutel];

        public List<Organisatie> Os(params string[] sleutels) => sleutels.Select(O).ToList();

        public Netwerk N(string sleutel) => Netwerken[sleutel];

        /// <summary>The first date on or after today + <paramref name="naDagen"/> that falls on <paramref name="dag"/>.</summary>
        public DateOnly Volgende(DayOfWeek dag, int naDagen = 0)
        {
            var datum = Vandaag.AddDays(naDagen);
            return datum.AddDays(((int)dag - (int)datum.DayOfWeek + 7) % 7);
        }

        /// <summary>The first date on or after today + <paramref name="naDagen"/> on one of the given weekdays.</summary>
        public DateOnly VolgendeVan(int naDagen, params DayOfWeek[] dagen) =>
            dagen.Select(d => Volgende(d, naDagen)).Min();

        /// <summary>The first date from today that is the <paramref name="week"/>-th (or last, -1) <paramref name="dag"/> of its month.</summary>
        public DateOnly VolgendeInMaand(DayOfWeek dag, int week)
        {
            var datum = InMaand(Vandaag.Year, Vandaag.Month, dag, week);
            return datum >= Vandaag ? datum : InMaand(Vandaag.AddMonths(1).Year, Vandaag.AddMonths(1).Month, dag, week);
        }

        /// <summary>The first date from today that is day <paramref name="dagVanDeMaand"/> (1–28) of its month.</summary>
        public DateOnly VolgendeDagVanMaand(int dagVanDeMaand)
        {
            var datum = new DateOnly(Vandaag.Year, Vandaag.Month, dagVanDeMaand);
            return datum >= Vandaag ? datum : datum.AddMonths(1);
        }

        public Activiteit Voeg(Activiteit activiteit)
        {
            Activiteiten.Add(activiteit);
            return activiteit;
        }
    }

    /// <summary>The <paramref name="week"/>-th (1–4) or last (-1) <paramref name="dag"/> of a month.</summary>
    private static DateOnly InMaand(int jaar, int maand, DayOfWeek dag, int week)
    {
        if (week < 0)
        {
            var laatste = new DateOnly(jaar, maand, DateTime.DaysInMonth(jaar, maand));
            return laatste.AddDays(-(((int)laatste.DayOfWeek - (int)dag + 7) % 7));
        }

        var eerste = new DateOnly(jaar, maand, 1);
        return eerste.AddDays((((int)dag - (int)eerste.DayOfWeek + 7) % 7) + (7 * (week - 1)));
    }

    /// <summary>The same n-th weekday one or more months after <paramref name="datum"/>: an occurrence of an "elke eerste dinsdag" series.</summary>
    private static DateOnly MaandenLater(DateOnly datum, int maanden, int week)
    {
        var doel = datum.AddMonths(maanden);
        return InMaand(doel.Year, doel.Month, datum.DayOfWeek, week);
    }

    /// <summary>
    /// Series do not take place on public holidays: those occurrences (within the planning horizon) are added to
    /// <see cref="Herhaling.GeannuleerdeDatums"/>, so they show as cancelled in the agenda.
    /// </summary>
    private static void SlaFeestdagenOver(Zaaisel z)
    {
        var tot = AmsterdamTijd.BeginVanDag(z.Vandaag) + VoorkomenPlanner.Horizon;
        foreach (var activiteit in z.Activiteiten.Where(a => a.Herhaling is not null))
        {
            var feestdagen = VoorkomenPlanner.Plan(activiteit, tot)
                .Select(v => AmsterdamTijd.LokaleDatum(v.Start))
                .Where(IsFeestdag);
            activiteit.Herhaling!.GeannuleerdeDatums = activiteit.Herhaling.GeannuleerdeDatums.Union(feestdagen).Order().ToList();
        }
    }

    /// <summary>Dutch public holidays on which partners are closed: Christmas, New Year, Koningsdag, Easter/Ascension/Whit Monday.</summary>
    private static bool IsFeestdag(DateOnly datum)
    {
        var pasen = Pasen(datum.Year);
        var koningsdag = new DateOnly(datum.Year, 4, 27);
        if (koningsdag.DayOfWeek == DayOfWeek.Sunday)
        {
            koningsdag = koningsdag.AddDays(-1);
        }

        return (datum.Month == 12 && datum.Day is 25 or 26)
            || (datum.Month == 1 && datum.Day == 1)
            || datum == koningsdag
            || datum == pasen.AddDays(1)
            || datum == pasen.AddDays(39)
            || datum == pasen.AddDays(50);
    }

    /// <summary>Easter Sunday (anonymous Gregorian algorithm).</summary>
    private static DateOnly Pasen(int jaar)
    {
        int a = jaar % 19, b = jaar / 100, c = jaar % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7, m = (a + (11 * h) + (22 * l)) / 451;
        var maand = (h + l - (7 * m) + 114) / 31;
        var dag = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(jaar, maand, dag);
    }

    /// <summary>
    /// One-off activities avoid the holidays and the week between Christmas and New Year: they move a week or two,
    /// keeping their weekday, preferably earlier (but never before today).
    /// </summary>
    private static DateOnly BuitenDeFeestdagen(DateOnly datum, DateOnly vandaag)
    {
        static bool Vrij(DateOnly d) => IsFeestdag(d) || (d.Month == 12 && d.Day >= 24) || (d.Month == 1 && d.Day == 1);
        if (!Vrij(datum))
        {
            return datum;
        }

        for (var weken = 1; ; weken++)
        {
            var eerder = datum.AddDays(-7 * weken);
            if (eerder >= vandaag && !Vrij(eerder))
            {
                return eerder;
            }

            var later = datum.AddDays(7 * weken);
            if (!Vrij(later))
            {
                return later;
            }
        }
    }

    /// <summary>A local Zoetermeer wall-clock time as UTC.</summary>
    private static DateTime Utc(DateOnly datum, int uur, int minuut = 0) =>
        AmsterdamTijd.NaarUtc(datum.ToDateTime(new TimeOnly(uur, minuut)));

    private static void VoegWijkenToe(Zaaisel z)
    {
        (string Slug, string Naam, string Omschrijving)[] wijken =
        [
            ("buytenwegh", "Buytenwegh", "Groene wijk met veel water, een groot winkelcentrum en het LangeLand Ziekenhuis vlakbij."),
            ("de-leyens", "De Leyens", "Rustige woonwijk naast Buytenwegh, met sportvelden en veel jonge gezinnen."),
            ("centrum", "Centrum", "Het hart van de stad, met het Stadshart, het stadhuis en de bibliotheek in het Forum."),
            ("palenstein", "Palenstein", "Wijk vlak bij het centrum met veel flats, waar bewoners samen werken aan een fijne buurt."),
            ("rokkeveen", "Rokkeveen", "Grote wijk in het zuiden van de stad, met parken, scholen en veel gezinnen."),
            ("noordhove", "Noordhove", "Wijk in het noorden met een eigen winkelcentrum, waar jong en oud door elkaar wonen."),
            ("seghwaert", "Seghwaert", "Wijk bij de Seghwaertse Hout, waar bewoners meedenken over een Huis van de Wijk."),
            ("oosterheem", "Oosterheem", "De jongste en grootste wijk van Zoetermeer, met veel gezinnen en kinderen."),
            ("meerzicht", "Meerzicht", "Wijk met veel culturen, waar bewoners en gemeente samen werken aan een eigen wijkprogramma."),
            ("dorp", "Dorp", "Het oude hart van Zoetermeer, rond de Dorpsstraat en de Oude Kerk."),
            ("driemanspolder", "Driemanspolder", "Kleine wijk tussen de stad en het groen, met woningen en bedrijven."),
        ];

        foreach (var (slug, naam, omschrijving) in wijken)
        {
            z.Wijken[slug] = new Wijk { Slug = slug, Naam = naam, Omschrijving = omschrijving };
        }
    }

    private static void VoegLocatiesToe(Zaaisel z)
    {
        void Voeg(string sleutel, string naam, string adres, string postcode, string wijk, bool rolstoel, bool ringleiding, string? toelichting = null) =>
            z.Locaties[sleutel] = new Locatie
            {
                Naam = naam,
                Adres = adres,
                Postcode = postcode,
                Wijk = z.W(wijk),
                Rolstoeltoegankelijk = rolstoel,
                Ringleiding = ringleiding,
                ToegankelijkheidToelichting = toelichting,
            };

        Voeg("stadhuis", "Stadhuis Zoetermeer", "Markt 10", "2711 CV", "centrum", true, true, "Ingang aan de Markt zonder drempel. Er is een lift en een invalidentoilet.");
        Voeg("forum", "Bibliotheek Forum", "Stadhuisplein 2", "2711 EC", "centrum", true, true, "Lift naar alle verdiepingen. De ringleiding werkt in de grote zaal.");
        Voeg("servicepunt", "inZet Servicepunt Stadshart", "Promenade 40", "2711 AH", "centrum", true, false);
        Voeg("bieb-oosterheem", "Bibliotheek Oosterheem", "Oosterheemplein 195", "2719 AZ", "oosterheem", true, false);
        Voeg("perron", "Perron Oosterheem", "Van Stolberglaan 8", "2719 EJ", "oosterheem", true, true, "Alles is op de begane grond.");
        Voeg("heemburg", "Middin Heemburg", "Heemburgstraat 1", "2719 LX", "oosterheem", true, true);
        Voeg("wc-oosterheem", "Winkelcentrum Oosterheem, op het plein", "Oosterheemplein", "2719 AB", "oosterheem", true, false, "Buiten op het plein. Bij regen staan we onder de overkapping.");
        Voeg("vidomes", "Wooncomplex De Tuinen (Vidomes), gezamenlijke ruimte", "Kopenhagenlaan 62", "2719 NH", "oosterheem", true, false);
        Voeg("huis-vd-wijk", "Huis van de Wijk Seghwaert (in verkenning)", "Koeienweide 2", "2723 KE", "seghwaert", true, false, "Het gebouw wordt nog ingericht. De ingang heeft geen drempel, er is nog geen ringleiding.");
        Voeg("wc-seghwaert", "Winkelcentrum Seghwaert, bij de hoofdingang", "Seghwaertseplein 1", "2723 AT", "seghwaert", true, false);
        Voeg("seghwaertse-hout", "Seghwaertse Hout, ingang Koeienweide", "Koeienweide", "2723 KE", "seghwaert", false, false, "Wandelpaden van gras en zand. Met een rolstoel is het lastig.");
        Voeg("wc-noordhove", "Winkelcentrum Noordhove, op het plein", "Noordhoveplein 12", "2721 BA", "noordhove", true, false);
        Voeg("buurthuis-noordhove", "Buurthuis De Boog", "Vlaskamp 15", "2721 RJ", "noordhove", true, true);
        Voeg("wc-buytenwegh", "Winkelcentrum Buytenwegh, bij de fontein", "Buytenwegh 1", "2725 NB", "buytenwegh", true, false);
        Voeg("buurthuis-buytenwegh", "Buurthuis De Schakel", "Van Leeuwenhoeklaan 3", "2725 KA", "buytenwegh", true, true);
        Voeg("jeugdhonk", "Jeugdhonk Buytenwegh", "Van Leeuwenhoeklaan 5", "2725 KA", "buytenwegh", false, false, "De ruimte is op de eerste verdieping en er is geen lift.");
        Voeg("langeland", "LangeLand Ziekenhuis, vergaderzaal", "Toneellaan 2", "2725 NA", "buytenwegh", true, true);
        Voeg("wijkcentrum-leyens", "Wijkcentrum De Leyens", "Leyens 120", "2722 JB", "de-leyens", true, true);
        Voeg("sportpark-leyens", "Sportpark De Leyens", "Sportlaan 4", "2722 LA", "de-leyens", true, false, "Verharde paden rond de velden. Toilet in de kantine.");
        Voeg("wijkcentrum-palenstein", "Wijkcentrum Palenstein", "Schubertlaan 20", "2713 GJ", "palenstein", true, true);
        Voeg("plein-palenstein", "Speelveld Palenstein", "Mozartstraat", "2713 HD", "palenstein", true, false, "Buiten op het grasveld. Er staan tenten bij regen.");
        Voeg("buurthuis-rokkeveen", "Buurthuis Rokkeveen", "Australiëweg 30", "2718 EE", "rokkeveen", true, false);
        Voeg("picasso", "Kindcentrum Picasso", "Picassostraat 2", "2718 RA", "rokkeveen", true, false);
        Voeg("wijkpunt-meerzicht", "Wijkpunt Meerzicht", "Meerzichtlaan 90", "2716 JC", "meerzicht", true, true);
        Voeg("wc-meerzicht", "Winkelcentrum Meerzicht, voor de supermarkt", "Meerzichtplein 5", "2716 BG", "meerzicht", true, false);
        Voeg("moskee", "Moskee Meerzicht, ontmoetingszaal", "Zeeltstraat 3", "2716 TA", "meerzicht", false, false, "Er is een trap van drie treden bij de ingang. Vraag gerust om hulp.");
        Voeg("oude-kerk", "Zaal bij de Oude Kerk", "Dorpsstraat 52", "2712 AL", "dorp", true, true);
        Voeg("westerpark", "Sportpark Westerpark, ingang clubhuis", "Van Aalstlaan 2", "2712 TA", "dorp", true, false);
        Voeg("buurthuis-driemanspolder", "Buurthuis Driemanspolder", "Polderweg 14", "2714 AC", "driemanspolder", true, true);
        Voeg("binnenbaan", "De Binnenbaan, leslokaal", "Bredewater 8", "2714 DB", "driemanspolder", true, false);
    }
}
