using System.Globalization;
using SociaalNetwerk.Schema.Agenda;
using static SociaalNetwerk.Schema.Agenda.AanmeldWijze;
using static SociaalNetwerk.Schema.Agenda.ActiviteitSoort;
using static SociaalNetwerk.Schema.Agenda.ActiviteitStatus;
using static SociaalNetwerk.Schema.Agenda.Frequentie;
using static SociaalNetwerk.Schema.Kenmerken.Doelgroep;
using static SociaalNetwerk.Schema.Kenmerken.Kernopgave;
using static SociaalNetwerk.Schema.Kenmerken.Thema;
using static System.DayOfWeek;

namespace SociaalNetwerk.Schema.Data;

public static partial class DemoData
{
    private static void VoegActiviteitenToe(Zaaisel z)
    {
        VoegWijkactiviteitenToe(z);
        VoegStedelijkeActiviteitenToe(z);
    }

    /// <summary>
    /// Sets the first occurrence (local times such as "19:30" on <paramref name="dag"/>) and adds the activity.
    /// One-off activities move out of the holidays. Accessibility follows the place; set it afterwards where the activity
    /// differs (for example outdoors).
    /// </summary>
    private static Activiteit Op(Zaaisel z, DateOnly dag, string van, string tot, Activiteit activiteit)
    {
        var begin = TimeOnly.ParseExact(van, "HH:mm", CultureInfo.InvariantCulture);
        var einde = TimeOnly.ParseExact(tot, "HH:mm", CultureInfo.InvariantCulture);
        if (activiteit.Herhaling is null)
        {
            dag = BuitenDeFeestdagen(dag, z.Vandaag);
        }

        activiteit.Start = Utc(dag, begin.Hour, begin.Minute);
        activiteit.Eind = Utc(dag, einde.Hour, einde.Minute);
        if (activiteit.Locatie is { } locatie)
        {
            activiteit.Rolstoeltoegankelijk = locatie.Rolstoeltoegankelijk;
            activiteit.Ringleiding = locatie.Ringleiding;
        }

        return z.Voeg(activiteit);
    }

    /// <summary>Buurtbakkies, wijkfeesten, informatiemarkten and the other activities from the wijkplannen.</summary>
    private static void VoegWijkactiviteitenToe(Zaaisel z)
    {
        // Buytenwegh en De Leyens: buurtbakkies, Buytenwegh in beweging, Family run, pizza-prik, Jeugdhonk
        var d = z.Volgende(Wednesday);
        var a = Op(z, d, "10:00", "11:30", new Activiteit
        {
            Titel = "Buurtbakkie Buytenwegh",
            Omschrijving = "Elke woensdag staat de koffie klaar voor de deur van Buurthuis De Schakel. Schuif aan, maak een praatje en leer je buren kennen. Aanmelden is niet nodig.",
            Soort = Buurtactiviteit,
            Themas = [EenzaamheidEnOntmoeting, WonenEnBuurt],
            Doelgroepen = [Iedereen, Ouderen],
            Kernopgaven = [GezondSamenleven],
            Organisatoren = z.Os("bi-buytenwegh", "inzet"),
            Netwerk = z.N("community"),
            Locatie = z.L("buurthuis-buytenwegh"),
            Herhaling = new Herhaling { Frequentie = Wekelijks, GeannuleerdeDatums = [d.AddDays(14)] },
            EenvoudigeTaal = true,
            GesprokenTalen = ["nl", "tr"],
            ContactNaam = "Anouk de Vries",
            ContactEmail = "anouk@buytenweghinbeweging.example",
            ContactTelefoon = "079 000 11 21",
        });
        a.Ringleiding = false; // buiten op de stoep

        d = z.VolgendeVan(0, Tuesday, Thursday);
        Op(z, d, "09:30", "10:30", new Activiteit
        {
            Titel = "Buytenwegh in beweging: samen bewegen",
            Omschrijving = "Twee keer per week bewegen we samen in het park: wandelen, rekken en strekken. Je doet mee op je eigen tempo. Trek makkelijke schoenen aan.",
            Soort = SportEnBewegen,
            Themas = [GezondheidEnBewegen],
            Doelgroepen = [Iedereen, Ouderen],
            Kernopgaven = [GezondSamenleven],
            Organisatoren = z.Os("bi-buytenwegh", "atletiek"),
            Locatie = z.L("sportpark-leyens"),
            Herhaling = new Herhaling { Frequentie = Wekelijks, Weekdagen = [Tuesday, Thursday] },
            EenvoudigeTaal = true,
            GesprokenTalen = ["nl"],
            ContactNaam = "Anouk de Vries",
            ContactEmail = "anouk@buytenweghinbeweging.example",
        });

        Op(z, z.Volgende(Sunday, 38), "10:00", "12:30", new Activiteit
        {
            Titel = "Family run Buytenwegh",
            Omschrijving = "Ren of wandel met het hele gezin een rondje van 1, 3 of 5 kilometer. Elk kind krijgt een medaille. Meld je gezin vooraf aan via de website.",
            Soort = SportEnBewegen,
            Themas = [GezondheidEnBewegen, Jeugd],
            Doelgroepen = [Kinderen, Ouders],
            Kernopgaven = [GezondSamenleven],
            Organisatoren = z.Os("atletiek", "bi-buytenwegh"),
            Locatie = z.L("sportpark-leyens"),
            Aanmelding = ViaLink,
            AanmeldLink = "https://www.loopgroepdeleyens.example/familyrun",
            Capaciteit = 300,
            GesprokenTalen = ["nl"],
            ContactNaam = "Ruud Smit",
            ContactEmail = "familyrun@loopgroepdeleyens.example",
        });

        Op(z, z.Volgende(Wednesday, 17), "14:00", "16:30", new Activiteit
        {
            Titel = "Pizza-prik in Buytenwegh",
            Omschrijving = "Jongeren prikken samen zwerfafval rond het winkelcentrum. Daarna eten we samen pizza. Grijpers en handschoenen krijg je van ons.",
            Soort = Buurtactiviteit,
            Themas = [Jeugd, WonenEnBuurt],
            Doelgroepen = [Jongeren],
            Kernopgaven = [GezondSamenleven],
            Organisatoren = z.Os("group", "inzet"),
            Netwerk = z.N("meerpunten"),
            Locatie = z.L("wc-buytenwegh"),
            EenvoudigeTaal = true,
            GesprokenTalen = ["nl"],
            ContactNaam = "Youssef Amrani",
            ContactEmail = "youssef@gro-up.example",
            ContactTelefoon = "079 000 11 45",
        });

        Op(z, z.VolgendeVan(0, Wednesday, Friday), "19:00", "22:00", new Activiteit
        {
            Titel = "Jeugdhonk Buytenwegh",
            Omschrijving = "Een eigen plek voor jongeren van 12 tot 18 jaar. Chillen, gamen, tafeltennis of gewoon praten met de jongerenwerker. Gratis en zonder aanmelden.",
            Soort = Bijeenkomst,
            Themas = [Jeugd],
            Doelgroepen = [Jongeren],
            Kernopgaven = [Kansengelijkheid],
            Organisatoren = z.Os("group", "inzet"),
            Netwerk = z.N("meerpunten"),
            Locatie = z.L("jeugdhonk"),
            Herhaling = new Herhaling { Frequentie = Wekelijks, Weekdagen = [Wednesday, Friday] },
            EenvoudigeTaal = true,
            GesprokenTalen = ["nl", "ar"],
            ContactNaam = "Youssef Amrani",
            ContactEmail = "youssef@gro-up.example",
            ContactTelefoon = "079 000 11 45",
        });

        d = z.Volgende(Wednesday, 3);
        Op(z, d, "17:30", "19:30", new Activiteit
        {
            Titel = "Buurtrestaurant De Leyens",
            Omschrijving = "Om de week koken vrijwilligers een verse maaltijd met soep en toetje. Je eet aan lange tafels met buren. Meld je uiterlijk de maandag ervoor aan.",
            Soort = Maaltijd,
            Themas = [EenzaamheidEnOntmoeting],
            Doelgroepen = [Iedereen, Ouderen],
            Kernopgaven = [GezondSamenleven, Bestaanszekerheid],
            Organisatoren = z.Os("buurtrestaurant"),
            Netwerk = z.N("eten"),
            Locatie = z.L("wijkcentrum-leyens"),
            Herhaling = new Herhaling { Frequentie = Wekelijks, Interval = 2, GeannuleerdeDatums = [d.AddDays(28)] },
            KostenInCenten = 350,
            KostenToelichting = "€ 3,50 per persoon. Kinderen tot 12 jaar eten gratis mee.",
            Aanmelding = ViaEmailOfTelefoon,
            AanmeldEmail = "aanmelden@buurtrestaurantdeleyens.example",
            AanmeldTelefoon = "079 000 11 60",
            Capaciteit = 40,
            EenvoudigeTaal = true,
            GesprokenTalen = ["nl"],
            ContactNaam = "Marja Hoekstra",
            ContactEmail = "marja@buurtrestaurantdeleyens.example",
            ContactTelefoon = "079 000 11 60",
        });

        // Centrum en Palenstein: buurtbakkies en de Dag van Palenstein
        d = z.Volgende(Friday);
        Op(z, d, "10:00", "11:30", new Activiteit
        {
            Titel = "Buurtbakkie Palenstein",
            Omschrijving = "Om de week drinken we koffie en thee op het speelveld. Kom gezellig langs, ook als je nieuw bent in de buurt. Aanmelden is niet nodig.",
            Soort = Buurtactiviteit,
            Themas = [EenzaamheidEnOntmoeting, WonenEnBuurt],
            Doelgroepen = [Iedereen],
            Kernopgaven = [GezondSamenleven],
            Organisatoren = z.Os("bi-palenstein"),
            Netwerk = z.N("community"),
            Locatie = z.L("plein-palenstein"),
            Herhaling = new Herhaling { Frequentie = Wekelijks, Interval = 2, TotEnMet = d.AddDays(70) },
            EenvoudigeTaal = true,
            GesprokenTalen = ["nl", "ar"],
            ContactNaam = "Henk Jansen",
            ContactEmail = "henk@palenstein-samen.example",
        });

        Op(z, z.Volgende(Saturday, 53), "12:00", "17:00", new Activiteit
        {
            Titel = "Dag van Palenstein",
            Omschrijving = "Het grote buurtfeest van Palenstein, met muziek, springkussens, eten uit veel landen en een rommelmarkt. Iedereen is welkom. Wil je een kraampje? Mail dan de bewonersgroep.",
            Soort = Feest,
            Themas = [WonenEnBuurt, EenzaamheidEnOntmoeting, Inclusie],
            Doelgroepen = [Iedereen, Kinderen],
            Kernopgaven = [GezondSamenleven],
            Organisatoren = z.Os("bi-palenstein", "inzet", "vidomes"),
            Locatie = z.L("plein-palenstein"),
            EenvoudigeTaal = true,
            GesprokenTalen = ["nl", "ar", "tr", "pl"],
            ContactNaam = "Henk Jansen",
            ContactEmail = "henk@palenstein-samen.example",
            ContactTelefoon = "079 000 13 13",
        });

        Op(z, z.VolgendeVan(2, Thursday), "10:00", "12:00", new Activiteit
        {
            Titel = "Computerhulp in Palenstein",
            Omschrijving = "Vragen over je telefoon, tablet of laptop? Vrijwilligers helpen je rustig op weg, bijvoorbeeld met e-mail, foto's of de app van de bank. Neem je eigen apparaat mee.",
            Soort = Inloopspreekuur,
            Themas = [TaalEnDigitaleVaardigheden],
            Doelgroepen = [Ouderen],
            Kernopgaven = [Kansengelijkheid],
            Organisatoren = z.Os("ouderenvereniging", "bieb"),
            Locatie = z.L("wijkcentrum-palenstein"),
            Herhaling = new Herhaling { Frequentie = Wekelijks, Aantal = 10 },
            EenvoudigeTaal = true,
            GesprokenTalen = ["nl"],
            ContactNaam = "Wim Verhoef",
            ContactEmail = "computerhulp@senioren-zoetermeer.example",
            ContactTelefoon = "079 000 83 84",
        });

        // Rokkeveen: buurtbakkie, opruimactie met Picasso, speelgoedbank
        Op(z, z.VolgendeInMaand(Saturday, 1), "10:30", "12:00", new Activiteit
        {
            Titel = "Buurtbakkie Rokkeveen",
            Omschrijving = "Elke eerste zaterdag van de maand zetten buren koffie op straat bij het buurthuis. Neem gerust je kinderen of je hond mee.",
            Soort = Buurtactiviteit,
            Themas = [EenzaamheidEnOntmoeting],
            Doelgroepen = [Iedereen],
            Kernopgaven = [GezondSamenleven],
            Organisatoren = z.Os("bi-rokkeveen"),
            Netwerk = z.N("community"),
            Locatie = z.L("buurthuis-rokkeveen"),
            Herhaling = new Herhaling { Frequentie = Maandelijks, WeekVanDeMaand = 1, Weekdagen = [Saturday] },
            EenvoudigeTaal = true,
            GesprokenTalen = ["nl"],
            ContactNaam = "Els Koster",
            ContactEmail = "buurtbakkie.rokkeveen@inzet.example",
        });

        Op(z, z.Volgende(Friday, 24), "13:30", "15:30", new Activiteit
        {
            Titel = "Opruimactie met Kindcentrum Picasso",
            Omschrijving = "De kinderen van Picasso ruimen samen met buren het zwerfafval rond de school en het park op. Ouders en buurtbewoners helpen mee. Handschoenen en grijpers liggen klaar.",
            Soort = Buurtactiviteit,
            Themas = [WonenEnBuurt, Jeugd],
            Doelgroepen = [Kinderen, Ouders],
            Kernopgaven = [GezondSamenleven],
            Organisatoren = z.Os("picasso", "gemeente"),
            Locatie = z.L("picasso"),
            EenvoudigeTaal = true,
            GesprokenTalen = ["nl"],
            ContactNaam = "Juf Sandra Mulder",
            ContactEmail = "sandra.mulder@kindcentrumpicasso.example",
        });

        Op(z, z.VolgendeDagVanMaand(12), "15:00", "17:00", new Activiteit
        {
            Titel = "Speelgoedbank IKROS: speelgoed uitzoeken",
            Omschrijving = "Gezinnen met weinig geld zoeken hier gratis mooi speelgoed uit voor hun kinderen. Je hebt een verwijzing nodig, bijvoorbeeld van het GeldPunt. Bel of mail om een tijd af te spreken.",
            Soort = ActiviteitSoort.Overig,
            Themas = [GeldzakenEnSchulden, Jeugd],
            Doelgroepen = [Ouders, WerkendeMinima],
            Kernopgaven = [Bestaanszekerheid],
            Organisatoren = z.Os("ikros"),
            Locatie = z.L("buurthuis-rokkeveen"),
            Herhaling = new Herhaling { Frequentie = Maandelijks },
            Aanmelding = ViaEmailOfTelefoon,
            AanmeldEmail = "afspraak@ikros.example",
            AanmeldTelefoon = "079 000 15 15",
            EenvoudigeTaal = true,
            GesprokenTalen = ["nl", "ar"],
            ContactNaam = "Petra Willems",
            ContactEmail = "afspraak@ikros.example",
            ContactTelefoon = "079 000 15 15",
        });

        Op(z, z.Volgende(Saturday, 46), "16:00", "20:00", new Activiteit
        {
            Titel = "Buurtbarbecue Rokkeveen",
            Omschrijving = "Deze barbecue gaat helaas niet door, omdat er te weinig vrijwilligers zijn. Wil je volgend jaar helpen? Laat het ons weten.",
            Soort = Feest,
            Themas = [WonenEnBuurt],
            Doelgroepen = [Iedereen],
            Kernopgaven = [GezondSamenleven],
            Organisatoren = z.Os("bi-rokkeveen"),
            Locatie = z.L("buurthuis-rokkeveen"),
            Status = Geannuleerd,
            KostenInCenten = 500,
            KostenToelichting = "€ 5,00 per persoon voor eten en drinken.",
            GesprokenTalen = ["nl"],
            ContactNaam = "Els Koster",
            ContactEmail = "buurtbakkie.rokkeveen@inzet.example",
        });

        // Noordhove en Seghwaert: buurtbakkies, informatiemarkten, Huis van de Wijk, Repair Café
        Op(z, z.VolgendeInMaand(Friday, -1), "10:00", "11:30", new Activiteit
        {
            Titel = "Buurtbakkie Noordhove",
            Omschrijving = "Elke laatste vrijdag van de maand koffie en iets lekkers van de buurtbakker op het plein. Kom even zitten en vertel wat jij belangrijk vindt in de wijk.",
            Soort = Buurtactiviteit,
            Themas = [EenzaamheidEnOntmoeting, WonenEnBuurt],
            Doelgroepen = [Iedereen, Ouderen],
            Kernopgaven = [GezondSamenleven],
            Organisatoren = z.Os("inzet", "bakkerij"),
            Locatie = z.L("wc-noordhove"),
            Herhaling = new Herhaling { Frequentie = Maandelijks, WeekVanDeMaand = -1 },
            EenvoudigeTaal = true,
            GesprokenTalen = ["nl"],
            ContactNaam = "Lotte Brouwer",
            ContactEmail = "lotte@inzet.example",
            ContactTelefoon = "079 000 12 40",
        });

        Op(z, z.Volgende(Saturday, 31), "10:00", "14:00", new Activiteit
        {
            Titel = "Informatiemarkt bij Winkelcentrum Noordhove",
            Omschrijving = "Bij de kramen vertellen inZet, Vidomes en andere partners wat zij doen in Noordhove. Heb je een vraag over geld, wonen of vrijwilligerswerk? Loop gewoon even binnen.",
            Soort = Informatiemarkt,
            Themas = [WonenEnBuurt, GeldzakenEnSchulden, Vrijwilligerswerk],
            Doelgroepen = [Iedereen],
            Kernopgaven = [Bestaanszekerheid, GezondSamenleven],
            Organisatoren = z.Os("inzet", "vidomes"),
            Locatie = z.L("wc-noordhove"),
            EenvoudigeTaal = true,
            GesprokenTalen = ["nl", "tr"],
            ContactNaam = "Lotte Brouwer",
            ContactEmail = "lotte@inzet.example",
            ContactTelefoon = "079 000 12 40",
        });

        d = z.VolgendeInMaand(Saturday, 2);
        Op(z, d, "10:00", "13:00", new Activiteit
        {
            Titel = "Repair Café Noordhove",
            Omschrijving = "Neem je kapotte lamp, broodrooster, kleding of fiets mee. Vrijwilligers repareren het samen met jou. Reparatie is gratis, een vrijwillige bijdrage in de pot mag.",
            Soort = Buurtactiviteit,
            Themas = [WonenEnBuurt, Vrijwilligerswerk],
            Doelgroepen = [Iedereen],
            Kernopgaven = [Bestaanszekerheid],
            Organisatoren = z.Os("repaircafe", "fietsmakerij"),
            Netwerk = z.N("huis"),
            Locatie = z.L("buurthuis-noordhove"),
            Herhaling = new Herhaling { Frequentie = Maandelijks, WeekVanDeMaand = 2, Weekdagen = [Saturday], GeannuleerdeDatums = [MaandenLater(d, 1, 2)] },
            GesprokenTalen = ["nl"],
            ContactNaam = "Gerrit Bos",
            ContactEmail = "info@repaircafe-noordhove.example",
        });

        d = z.Volgende(Tuesday);
        Op(z, d, "10:00", "11:30", new Activiteit
        {
            Titel = "Buurtbakkie Seghwaert",
            Omschrijving = "Acht dinsdagen lang staat er koffie klaar bij het winkelcentrum. We vragen je ook wat jij van een Huis van de Wijk vindt. Je mag gewoon even aanschuiven.",
            Soort = Buurtactiviteit,
            Themas = [EenzaamheidEnOntmoeting, WonenEnBuurt],
            Doelgroepen = [Iedereen],
            Kernopgaven = [GezondSamenleven],
            Organisatoren = z.Os("inzet", "bi-seghwaert"),
            Locatie = z.L("wc-seghwaert"),
            Herhaling = new Herhaling { Frequentie = Wekelijks, Aantal = 8 },
            EenvoudigeTaal = true,
            GesprokenTalen = ["nl"],
            ContactNaam = "Lotte Brouwer",
            ContactEmail = "lotte@inzet.example",
        });

        Op(z, z.Volgende(Saturday, 10), "10:00", "14:00", new Activiteit
        {
            Titel = "Informatiemarkt bij Winkelcentrum Seghwaert",
            Omschrijving = "Maak kennis met organisaties uit de wijk en vertel ons wat jou helpt om mee te doen. Je antwoorden gebruiken we voor de visie op de sociale basis. Voor kinderen is er schminken.",
            Soort = Informatiemarkt,
            Themas = [WonenEnBuurt, EenzaamheidEnOntmoeting],
            Doelgroepen = [Iedereen, Kinderen],
            Kernopgaven = [GezondSamenleven, Kansengelijkheid],
            Organisatoren = z.Os("gemeente", "inzet"),
            Locatie = z.L("wc-seghwaert"),
            EenvoudigeTaal = true,
            GesprokenTalen = ["nl", "ar", "tr"],
            ContactNaam = "Wijkregisseur Seghwaert",
            ContactEmail = "wijkregie@gemeente-zoetermeer.example",
            ContactTelefoon = "079 000 14 14",
        });

        Op(z, z.Volgende(Tuesday, 15), "19:30", "21:30", new Activiteit
        {
            Titel = "Bewonersavond Huis van de Wijk Seghwaert",
            Omschrijving = "Komt er een Huis van de Wijk aan de Koeienweide 2? We laten de uitkomsten van de enquête zien en praten samen over wat er in het huis moet gebeuren. Meld je aan, dan weten we hoeveel koffie we zetten.",
            Soort = Bijeenkomst,
            Themas = [WonenEnBuurt, EenzaamheidEnOntmoeting],
            Doelgroepen = [Iedereen],
            Kernopgaven = [GezondSamenleven],
            Organisatoren = z.Os("gemeente", "bi-seghwaert"),
            Netwerk = z.N("huis"),
            Locatie = z.L("huis-vd-wijk"),
            Aanmelding = ViaLink,
            AanmeldLink = "https://www.huisvandewijkseghwaert.example/bewonersavond",
            Capaciteit = 80,
            EenvoudigeTaal = true,
            GesprokenTalen = ["nl"],
            ContactNaam = "Wijkregisseur Seghwaert",
            ContactEmail = "wijkregie@gemeente-zoetermeer.example",
            ContactTelefoon = "079 000 14 14",
        });

        Op(z, z.Volgende(Saturday, 4), "10:00", "12:00", new Activiteit
        {
            Titel = "Kijkje in Koeienweide 2",
            Omschrijving = "Drie zaterdagen is het gebouw aan de Koeienweide 2 open. Kijk rond en schrijf je ideeën voor het Huis van de Wijk op een kaartje. Aanmelden is niet nodig.",
            Soort = Bijeenkomst,
            Themas = [WonenEnBuurt],
            Doelgroepen = [Iedereen],
            Kernopgaven = [GezondSamenleven],
            Organisatoren = z.Os("bi-seghwaert"),
            Netwerk = z.N("huis"),
            Locatie = z.L("huis-vd-wijk"),
            Herhaling = new Herhaling { Frequentie = Wekelijks, Aantal = 3 },
            EenvoudigeTaal = true,
            GesprokenTalen = ["nl"],
            ContactNaam = "Ineke Vos",
            ContactEmail = "ineke@huisvandewijkseghwaert.example",
        });

        Op(z, z.Volgende(Wednesday, 22), "15:30", "17:00", new Activiteit
        {
            Titel = "Meedenken over een pumptrack in de Seghwaertse Hout",
            Omschrijving = "De gemeente wil misschien een skatebaan of pumptrack maken in de Seghwaertse Hout. Loop mee naar de plek en vertel waar jij op wilt crossen en skaten.",
            Soort = Bijeenkomst,
            Themas = [Jeugd, GezondheidEnBewegen],
            Doelgroepen = [Jongeren, Kinderen],
            Kernopgaven = [GezondSamenleven],
            Organisatoren = z.Os("gemeente", "jongerenraad"),
            Locatie = z.L("seghwaertse-hout"),
            EenvoudigeTaal = true,
            GesprokenTalen = ["nl"],
            ContactNaam = "Team Ruimte voor Jeugd",
            ContactEmail = "jeugd@gemeente-zoetermeer.example",
        });

        d = z.VolgendeVan(7, Thursday);
        Op(z, d, "14:00", "16:00", new Activiteit
        {
            Titel = "VIP-inloopuur in Seghwaert",
            Omschrijving = "Wil je vrijwilligerswerk doen in je eigen wijk? Kom langs bij het inlooppunt van Zoetermeer voor elkaar. We kijken samen wat bij je past.",
            Soort = Inloopspreekuur,
            Themas = [Vrijwilligerswerk],
            Doelgroepen = [Vrijwilligers, Iedereen],
            Kernopgaven = [GezondSamenleven],
            Organisatoren = z.Os("zve", "bi-seghwaert"),
            Locatie = z.L("huis-vd-wijk"),
            Herhaling = new Herhaling { Frequentie = Wekelijks, Interval = 2, TotEnMet = d.AddDays(56) },
            EenvoudigeTaal = true,
            GesprokenTalen = ["nl"],
            ContactNaam = "Karin Dekker",
            ContactEmail = "vip@zoetermeervoorelkaar.example",
            ContactTelefoon = "079 000 22 11",
        });

        // Oosterheem: maaltijden, Middin Heemburg, Heemfeest, Burendag, NLdoet, Vidomes-feest
        Op(z, z.Volgende(Thursday, 1), "10:00", "11:30", new Activiteit
        {
            Titel = "Buurtbakkie Oosterheem",
            Omschrijving = "Elke donderdag koffie voor de deur van Perron Oosterheem. De Spraakmakers horen graag wat er speelt in jouw straat. Aanmelden is niet nodig.",
            Soort = Buurtactiviteit,
            Themas = [EenzaamheidEnOntmoeting, WonenEnBuurt],
            Doelgroepen = [Iedereen],
            Kernopgaven = [GezondSamenleven],
            Organisatoren = z.Os("spraakmakers", "perron"),
            Netwerk = z.N("community"),
            Locatie = z.L("perron"),
            Herhaling = new Herhaling { Frequentie = Wekelijks },
            EenvoudigeTaal = true,
            GesprokenTalen = ["nl", "tr", "ar"],
            ContactNaam = "Samira Bakkali",
            ContactEmail = "samira@spraakmakers-oosterheem.example",
        });

        Op(z, z.Volgende(Thursday, 2), "17:30", "19:30", new Activiteit
        {
            Titel = "Warme maaltijd voor ouderen",
            Omschrijving = "Elke donderdag koken vrijwilligers van Aan Tafel een warme maaltijd voor ouderen die vaak alleen eten. Er is ook tijd voor een praatje. De maaltijd is nu vol; bel om op de wachtlijst te komen.",
            Soort = Maaltijd,
            Themas = [EenzaamheidEnOntmoeting],
            Doelgroepen = [Ouderen],
            Kernopgaven = [GezondSamenleven],
            Organisatoren = z.Os("aantafel", "perron"),
            Netwerk = z.N("eten"),
            Locatie = z.L("perron"),
            Herhaling = new Herhaling { Frequentie = Wekelijks },
            KostenInCenten = 500,
            KostenToelichting = "€ 5,00 per maaltijd, inclusief soep en toetje.",
            Aanmelding = ViaEmailOfTelefoon,
            AanmeldEmail = "aanmelden@aantafeloosterheem.example",
            AanmeldTelefoon = "079 000 72 72",
            Capaciteit = 24,
            Status = Vol,
            EenvoudigeTaal = true,
            GesprokenTalen = ["nl"],
            ContactNaam = "Truus van Leeuwen",
            ContactTelefoon = "079 000 72 72",
        });

        Op(z, z.Volgende(Saturday, 6), "13:00", "15:00", new Activiteit
        {
            Titel = "Patatje-prik Oosterheem",
            Omschrijving = "Kinderen en ouders maken samen de speeltuinen schoon. Wie meedoet, krijgt daarna een patatje. Trek kleding aan die vies mag worden.",
            Soort = Buurtactiviteit,
            Themas = [WonenEnBuurt, Jeugd],
            Doelgroepen = [Kinderen, Ouders],
            Kernopgaven = [GezondSamenleven],
            Organisatoren = z.Os("spraakmakers", "gemeente"),
            Locatie = z.L("perron"),
            EenvoudigeTaal = true,
            GesprokenTalen = ["nl", "tr"],
            ContactNaam = "Samira Bakkali",
            ContactEmail = "samira@spraakmakers-oosterheem.example",
        });

        Op(z, z.Volgende(Tuesday, 8), "10:00", "12:00", new Activiteit
        {
            Titel = "Open ochtend Middin Heemburg",
            Omschrijving = "Bewoners van Middin Heemburg laten zien hoe zij wonen en werken. Drink een kopje koffie mee en maak kennis met je buren. Iedereen is welkom.",
            Soort = Bijeenkomst,
            Themas = [Inclusie, EenzaamheidEnOntmoeting],
            Doelgroepen = [Iedereen, MensenMetBeperking],
            Kernopgaven = [Kansengelijkheid, GezondSamenleven],
            Organisatoren = z.Os("middin", "spraakmakers"),
            Locatie = z.L("heemburg"),
            EenvoudigeTaal = true,
            GesprokenTalen = ["nl"],
            ContactNaam = "Bas Meijer",
            ContactEmail = "heemburg@middin.example",
            ContactTelefoon = "079 000 55 10",
        });

        Op(z, z.Volgende(Saturday, 66), "13:00", "17:00", new Activiteit
        {
            Titel = "Heemfeest",
            Omschrijving = "Het grote buurtfeest van Middin Heemburg en de wijk. Er is muziek, een kleedjesmarkt en lekker eten. Neem je buren mee!",
            Soort = Feest,
            Themas = [Inclusie, WonenEnBuurt],
            Doelgroepen = [Iedereen, MensenMetBeperking],
            Kernopgaven = [GezondSamenleven],
            Organisatoren = z.Os("middin", "perron"),
            Locatie = z.L("heemburg"),
            EenvoudigeTaal = true,
            GesprokenTalen = ["nl"],
            ContactNaam = "Bas Meijer",
            ContactEmail = "heemburg@middin.example",
        });

        Op(z, z.Volgende(Saturday, 24), "11:00", "15:00", new Activiteit
        {
            Titel = "Burendag in Oosterheem",
            Omschrijving = "Zet een tafel buiten en eet samen met je buren. De Spraakmakers komen langs met koffie en vragen wat jij wilt voor de wijk. Wil je meedoen met je straat? Meld het bij Vidomes.",
            Soort = Buurtactiviteit,
            Themas = [WonenEnBuurt, EenzaamheidEnOntmoeting],
            Doelgroepen = [Iedereen],
            Kernopgaven = [GezondSamenleven],
            Organisatoren = z.Os("spraakmakers", "vidomes"),
            Locatie = z.L("wc-oosterheem"),
            Aanmelding = ViaEmailOfTelefoon,
            AanmeldEmail = "burendag@vidomes.example",
            EenvoudigeTaal = true,
            GesprokenTalen = ["nl", "tr"],
            ContactNaam = "Samira Bakkali",
            ContactEmail = "samira@spraakmakers-oosterheem.example",
        });

        Op(z, z.Volgende(Saturday, 17), "09:00", "12:30", new Activiteit
        {
            Titel = "NLdoet: ontbijt en rollatorwasstraat",
            Omschrijving = "Vrijwilligers maken een ontbijt voor ouderen uit de buurt. Ondertussen wordt je rollator gratis gewassen en nagekeken. Wil je helpen als vrijwilliger? Meld je aan via de link.",
            Soort = Buurtactiviteit,
            Themas = [Vrijwilligerswerk, EenzaamheidEnOntmoeting],
            Doelgroepen = [Ouderen, Vrijwilligers],
            Kernopgaven = [GezondSamenleven],
            Organisatoren = z.Os("perron", "zve"),
            Locatie = z.L("perron"),
            Aanmelding = ViaLink,
            AanmeldLink = "https://www.zoetermeervoorelkaar.example/nldoet",
            EenvoudigeTaal = true,
            GesprokenTalen = ["nl"],
            ContactNaam = "Karin Dekker",
            ContactEmail = "vip@zoetermeervoorelkaar.example",
        });

        Op(z, z.Volgende(Wednesday, 28), "14:00", "16:00", new Activiteit
        {
            Titel = "Demo zorgtechnologie door MBO Rijnland",
            Omschrijving = "Studenten zorg en techniek laten slimme hulpmiddelen zien, zoals een medicijndispenser en een valsensor. Je mag alles zelf proberen. Handig voor ouderen en mantelzorgers.",
            Soort = Informatiemarkt,
            Themas = [GezondheidEnBewegen, TaalEnDigitaleVaardigheden],
            Doelgroepen = [Ouderen, Mantelzorgers],
            Kernopgaven = [GezondSamenleven],
            Organisatoren = z.Os("mborijnland"),
            Netwerk = z.N("szmg"),
            Locatie = z.L("bieb-oosterheem"),
            EenvoudigeTaal = true,
            GesprokenTalen = ["nl"],
            ContactNaam = "Nadia Rahman",
            ContactEmail = "zorgtechniek@mborijnland.example",
        });

        Op(z, z.Volgende(Friday, 38), "15:00", "18:00", new Activiteit
        {
            Titel = "Feest in De Tuinen met Perron en Gro-Up",
            Omschrijving = "Een middag feest in de gezamenlijke ruimte van Vidomes: spelletjes, muziek en limonade. Speelgoedbank IKROS deelt speelgoed uit. Voor alle kinderen en ouders uit de buurt.",
            Soort = Feest,
            Themas = [Jeugd, WonenEnBuurt],
            Doelgroepen = [Kinderen, Ouders],
            Kernopgaven = [GezondSamenleven, Bestaanszekerheid],
            Organisatoren = z.Os("vidomes", "perron", "group", "ikros"),
            Locatie = z.L("vidomes"),
            EenvoudigeTaal = true,
            GesprokenTalen = ["nl", "ar", "tr"],
            ContactNaam = "Mark Visser",
            ContactEmail = "bewonerszaken@vidomes.example",
            ContactTelefoon = "079 000 60 10",
        });

        Op(z, z.Volgende(Saturday, 45), "10:00", "14:00", new Activiteit
        {
            Titel = "Informatiemarkt bij Winkelcentrum Oosterheem",
            Omschrijving = "Het GeldPunt, de bibliotheek, Perron en de Spraakmakers staan op het plein. Stel je vraag over geld, taal of meedoen in de wijk. Er is koffie en iets lekkers.",
            Soort = Informatiemarkt,
            Themas = [GeldzakenEnSchulden, TaalEnDigitaleVaardigheden, WonenEnBuurt],
            Doelgroepen = [Iedereen, WerkendeMinima],
            Kernopgaven = [Bestaanszekerheid],
            Organisatoren = z.Os("inzet", "spraakmakers"),
            Locatie = z.L("wc-oosterheem"),
            EenvoudigeTaal = true,
            GesprokenTalen = ["nl", "ar", "tr"],
            ContactNaam = "Lotte Brouwer",
            ContactEmail = "lotte@inzet.example",
        });

        // Meerzicht: buurtbakkie, inzameling, open tafel
        d = z.VolgendeVan(0, Monday, Thursday);
        Op(z, d, "10:00", "11:30", new Activiteit
        {
            Titel = "Buurtbakkie Meerzicht",
            Omschrijving = "Op maandag en donderdag staat er koffie en thee bij de supermarkt. Een fijne plek om buren te ontmoeten. Je bent welkom, ook als je nog weinig Nederlands spreekt.",
            Soort = Buurtactiviteit,
            Themas = [EenzaamheidEnOntmoeting, Inclusie],
            Doelgroepen = [Iedereen, Nieuwkomers],
            Kernopgaven = [GezondSamenleven, Kansengelijkheid],
            Organisatoren = z.Os("bi-meerzicht", "inzet"),
            Netwerk = z.N("community"),
            Locatie = z.L("wc-meerzicht"),
            Herhaling = new Herhaling
            {
                Frequentie = Wekelijks,
                Weekdagen = [Monday, Thursday],
                TotEnMet = d.AddDays(56),
                GeannuleerdeDatums = [d.AddDays(7)],
            },
            EenvoudigeTaal = true,
            GesprokenTalen = ["nl", "ar", "tr"],
            ContactNaam = "Fatima El Idrissi",
            ContactEmail = "fatima@meerzichtmooier.example",
        });

        Op(z, z.Volgende(Saturday, 7), "10:00", "16:00", new Activiteit
        {
            Titel = "Inzameling voor de Voedselbank",
            Omschrijving = "Koop bij je boodschappen iets extra's en geef het aan de vrijwilligers bij de ingang. Denk aan pasta, rijst, blikgroente of koffie. Alles gaat naar gezinnen in Zoetermeer.",
            Soort = Buurtactiviteit,
            Themas = [GeldzakenEnSchulden, Vrijwilligerswerk],
            Doelgroepen = [Iedereen],
            Kernopgaven = [Bestaanszekerheid],
            Organisatoren = z.Os("voedselbank", "kerk", "moskee"),
            Locatie = z.L("wc-meerzicht"),
            EenvoudigeTaal = true,
            GesprokenTalen = ["nl", "ar"],
            ContactNaam = "Jan de Graaf",
            ContactEmail = "inzameling@voedselbank-zoetermeer.example",
            ContactTelefoon = "079 000 80 80",
        });

        Op(z, z.VolgendeDagVanMaand(20), "18:00", "20:00", new Activiteit
        {
            Titel = "Open tafel in de moskee",
            Omschrijving = "Elke maand op de 20e kookt de moskee voor iedereen uit de buurt. Je hoeft niet moslim te zijn om aan te schuiven. Het eten is gratis.",
            Soort = Maaltijd,
            Themas = [EenzaamheidEnOntmoeting, Inclusie],
            Doelgroepen = [Iedereen, Nieuwkomers],
            Kernopgaven = [GezondSamenleven],
            Organisatoren = z.Os("moskee", "bi-meerzicht"),
            Netwerk = z.N("eten"),
            Locatie = z.L("moskee"),
            Herhaling = new Herhaling { Frequentie = Maandelijks },
            EenvoudigeTaal = true,
            GesprokenTalen = ["nl", "ar", "tr"],
            ContactNaam = "Hassan Ouali",
            ContactEmail = "opentafel@moskee-meerzicht.example",
        });

        // Dorp en Driemanspolder
        d = z.Volgende(Saturday);
        Op(z, d, "10:00", "12:00", new Activiteit
        {
            Titel = "Koffieochtend in de Oude Kerk",
            Omschrijving = "Elke zaterdag is de zaal bij de Oude Kerk open voor een kop koffie en een goed gesprek. Je hoeft niet gelovig te zijn. Aanmelden is niet nodig.",
            Soort = Bijeenkomst,
            Themas = [EenzaamheidEnOntmoeting],
            Doelgroepen = [Ouderen, Iedereen],
            Kernopgaven = [GezondSamenleven],
            Organisatoren = z.Os("kerk", "ouderenvereniging"),
            Locatie = z.L("oude-kerk"),
            Herhaling = new Herhaling { Frequentie = Wekelijks, TotEnMet = d.AddDays(77) },
            EenvoudigeTaal = true,
            GesprokenTalen = ["nl"],
            ContactNaam = "Dominee Anne Prins",
            ContactEmail = "koffie@pgzoetermeer.example",
        });

        Op(z, z.VolgendeInMaand(Thursday, -1), "17:30", "19:30", new Activiteit
        {
            Titel = "Samen eten in Driemanspolder",
            Omschrijving = "Elke laatste donderdag van de maand eten buren samen in het buurthuis. Er is altijd een vegetarische keuze. Meld je aan tot de dinsdag ervoor.",
            Soort = Maaltijd,
            Themas = [EenzaamheidEnOntmoeting],
            Doelgroepen = [Iedereen, Ouderen],
            Kernopgaven = [GezondSamenleven],
            Organisatoren = z.Os("samen-eten"),
            Netwerk = z.N("eten"),
            Locatie = z.L("buurthuis-driemanspolder"),
            Herhaling = new Herhaling { Frequentie = Maandelijks, WeekVanDeMaand = -1, Weekdagen = [Thursday] },
            KostenInCenten = 500,
            KostenToelichting = "€ 5,00 per persoon. Kun je dit niet betalen? Zeg het gerust, dan eet je gratis mee.",
            Aanmelding = ViaEmailOfTelefoon,
            AanmeldTelefoon = "079 000 90 12",
            Capaciteit = 30,
            EenvoudigeTaal = true,
            GesprokenTalen = ["nl"],
            ContactNaam = "Ans Vermeulen",
            ContactTelefoon = "079 000 90 12",
        });
    }
}
