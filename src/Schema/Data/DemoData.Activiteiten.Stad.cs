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
    /// <summary>City-wide activities: taal, geld, vrijwilligers, mantelzorg, gezondheid and the networks' own meetings.</summary>
    private static void VoegStedelijkeActiviteitenToe(Zaaisel z)
    {
        // Taal en digitale vaardigheden
        var d = z.Volgende(Wednesday, 1);
        Op(z, d, "14:00", "15:30", new Activiteit
        {
            Titel = "Taalcafé in de bibliotheek",
            Omschrijving = "Oefen Nederlands praten in een kleine groep, met koffie en een vrijwilliger aan tafel. Elke week een ander onderwerp, zoals de dokter of de buren. Je hoeft je niet aan te melden.",
            AfbeeldingUrl = "https://www.bibliotheek-zoetermeer.example/beeld/taalcafe.jpg",
            AfbeeldingAlt = "Vier mensen praten met koffie aan een tafel in de bibliotheek",
            Soort = Bijeenkomst,
            Themas = [TaalEnDigitaleVaardigheden, Inclusie],
            Doelgroepen = [Nieuwkomers, Laaggeletterden],
            Kernopgaven = [Kansengelijkheid],
            Organisatoren = z.Os("bieb", "vluchtelingenwerk"),
            Locatie = z.L("forum"),
            Herhaling = new Herhaling { Frequentie = Wekelijks, GeannuleerdeDatums = [d.AddDays(21)] },
            EenvoudigeTaal = true,
            GesprokenTalen = ["nl"],
            ContactNaam = "Mirjam Groen",
            ContactEmail = "taalcafe@bibliotheek-zoetermeer.example",
            ContactTelefoon = "079 000 25 01",
        });

        d = z.Volgende(Monday, 4);
        Op(z, d, "19:00", "20:30", new Activiteit
        {
            Titel = "Taalcafé Oosterheem",
            Omschrijving = "Om de week een avond Nederlands oefenen in de bibliotheek in Oosterheem. Vrijwilligers van Humanitas praten met je over gewone dingen. Gratis en zonder aanmelden.",
            Soort = Bijeenkomst,
            Themas = [TaalEnDigitaleVaardigheden],
            Doelgroepen = [Nieuwkomers],
            Kernopgaven = [Kansengelijkheid],
            Organisatoren = z.Os("bieb", "humanitas"),
            Locatie = z.L("bieb-oosterheem"),
            Herhaling = new Herhaling { Frequentie = Wekelijks, Interval = 2, TotEnMet = d.AddDays(84) },
            EenvoudigeTaal = true,
            GesprokenTalen = ["nl"],
            ContactNaam = "Mirjam Groen",
            ContactEmail = "taalcafe@bibliotheek-zoetermeer.example",
        });

        Op(z, z.VolgendeVan(0, Tuesday, Thursday), "10:00", "12:00", new Activiteit
        {
            Titel = "Digi-Taalhuis: vrije inloop",
            Omschrijving = "Wil je beter leren lezen, schrijven of werken met de computer? Kom langs voor een gesprek. Samen kijken we welke cursus of vrijwilliger bij je past.",
            Soort = Inloopspreekuur,
            Themas = [TaalEnDigitaleVaardigheden],
            Doelgroepen = [Laaggeletterden, Ouderen],
            Kernopgaven = [Kansengelijkheid],
            Organisatoren = z.Os("digitaalhuis", "bieb"),
            Locatie = z.L("forum"),
            Herhaling = new Herhaling { Frequentie = Wekelijks, Weekdagen = [Tuesday, Thursday] },
            EenvoudigeTaal = true,
            GesprokenTalen = ["nl", "ar", "tr"],
            ContactNaam = "Erik Hendriks",
            ContactEmail = "info@digitaalhuis-zoetermeer.example",
            ContactTelefoon = "079 000 25 25",
        });

        d = z.Volgende(Friday, 1);
        Op(z, d, "13:30", "15:30", new Activiteit
        {
            Titel = "Digi-Taalhuis-uur in Meerzicht",
            Omschrijving = "Hulp bij lezen, schrijven en formulieren, dichtbij huis in het Wijkpunt. Neem je brief of je telefoon mee. Er is iemand die Arabisch spreekt.",
            Soort = Inloopspreekuur,
            Themas = [TaalEnDigitaleVaardigheden],
            Doelgroepen = [Laaggeletterden, Nieuwkomers],
            Kernopgaven = [Kansengelijkheid],
            Organisatoren = z.Os("digitaalhuis"),
            Locatie = z.L("wijkpunt-meerzicht"),
            Herhaling = new Herhaling { Frequentie = Wekelijks, TotEnMet = d.AddDays(63) },
            EenvoudigeTaal = true,
            GesprokenTalen = ["nl", "ar"],
            ContactNaam = "Erik Hendriks",
            ContactEmail = "info@digitaalhuis-zoetermeer.example",
        });

        Op(z, z.Volgende(Thursday, 34), "15:00", "17:00", new Activiteit
        {
            Titel = "Netwerkbijeenkomst van het Taalnetwerk",
            AfbeeldingUrl = "https://www.digitaalhuis-zoetermeer.example/beeld/taalnetwerk.jpg",
            AfbeeldingAlt = "Een zaal vol taalaanbieders en vrijwilligers in gesprek",
            Omschrijving = "Taalaanbieders, vrijwilligers en werkgevers maken samen afspraken voor het nieuwe jaar. Je kunt in de bibliotheek komen of online meedoen. Aanmelden via de link.",
            Soort = Netwerkbijeenkomst,
            Themas = [TaalEnDigitaleVaardigheden],
            Doelgroepen = [Professionals, Vrijwilligers],
            Kernopgaven = [Kansengelijkheid],
            Organisatoren = z.Os("digitaalhuis", "gemeente"),
            Locatie = z.L("forum"),
            OnlineLink = "https://online.digitaalhuis-zoetermeer.example/taalnetwerk",
            Aanmelding = ViaLink,
            AanmeldLink = "https://www.digitaalhuis-zoetermeer.example/taalnetwerk",
            Capaciteit = 60,
            GesprokenTalen = ["nl"],
            ContactNaam = "Erik Hendriks",
            ContactEmail = "info@digitaalhuis-zoetermeer.example",
        });

        Op(z, z.Volgende(Tuesday, 20), "09:30", "11:30", new Activiteit
        {
            Titel = "Kick-off Taal op de Werkvloer",
            Omschrijving = "Voor werkgevers die medewerkers willen helpen met taal. Je hoort hoe je laaggeletterdheid herkent en welke hulp er is. Met ervaringen van Zoetermeerse bedrijven.",
            Soort = Bijeenkomst,
            Themas = [WerkEnDagbesteding, TaalEnDigitaleVaardigheden],
            Doelgroepen = [Professionals],
            Kernopgaven = [Kansengelijkheid],
            Organisatoren = z.Os("lezenschrijven", "gemeente", "wsp"),
            Locatie = z.L("binnenbaan"),
            Aanmelding = ViaLink,
            AanmeldLink = "https://www.lezenenschrijven.example/taalopdewerkvloer-zoetermeer",
            Capaciteit = 50,
            GesprokenTalen = ["nl"],
            ContactNaam = "Linda Kok",
            ContactEmail = "werkvloer@lezenenschrijven.example",
        });

        // Geld: het GeldPunt en het Breed overleg Armoede
        d = z.VolgendeVan(0, Monday, Wednesday);
        Op(z, d, "09:30", "12:00", new Activiteit
        {
            Titel = "GeldPunt: inloopspreekuur in het Stadshart",
            Omschrijving = "Heb je vragen over rekeningen, toeslagen of schulden? Loop binnen bij het GeldPunt. Neem je post en je bankpas mee. Je hoeft geen afspraak te maken.",
            Soort = Inloopspreekuur,
            Themas = [GeldzakenEnSchulden],
            Doelgroepen = [Iedereen, WerkendeMinima],
            Kernopgaven = [Bestaanszekerheid],
            Organisatoren = z.Os("inzet"),
            Netwerk = z.N("inzet"),
            Locatie = z.L("servicepunt"),
            Herhaling = new Herhaling { Frequentie = Wekelijks, Weekdagen = [Monday, Wednesday], GeannuleerdeDatums = [d.AddDays(7)] },
            EenvoudigeTaal = true,
            GesprokenTalen = ["nl", "ar", "tr"],
            ContactNaam = "GeldPunt",
            ContactEmail = "geldpunt@inzet.example",
            ContactTelefoon = "079 000 12 35",
        });

        Op(z, z.Volgende(Thursday), "13:00", "15:00", new Activiteit
        {
            Titel = "GeldPunt in Meerzicht",
            Omschrijving = "Elke donderdag zit het GeldPunt in het Wijkpunt Meerzicht. We helpen je met brieven, toeslagen en betalingsachterstanden. Er spreekt ook iemand Turks of Arabisch.",
            Soort = Inloopspreekuur,
            Themas = [GeldzakenEnSchulden],
            Doelgroepen = [Iedereen, WerkendeMinima],
            Kernopgaven = [Bestaanszekerheid],
            Organisatoren = z.Os("inzet"),
            Netwerk = z.N("inzet"),
            Locatie = z.L("wijkpunt-meerzicht"),
            Herhaling = new Herhaling { Frequentie = Wekelijks },
            EenvoudigeTaal = true,
            GesprokenTalen = ["nl", "tr", "ar"],
            ContactNaam = "GeldPunt",
            ContactEmail = "geldpunt@inzet.example",
            ContactTelefoon = "079 000 12 35",
        });

        Op(z, z.Volgende(Tuesday, 1), "09:30", "11:30", new Activiteit
        {
            Titel = "GeldPunt in Oosterheem",
            Omschrijving = "Om de week kun je met je geldvragen terecht bij Perron Oosterheem. Een medewerker van het GeldPunt kijkt met je mee. Neem je post mee.",
            Soort = Inloopspreekuur,
            Themas = [GeldzakenEnSchulden],
            Doelgroepen = [Iedereen],
            Kernopgaven = [Bestaanszekerheid],
            Organisatoren = z.Os("inzet", "perron"),
            Netwerk = z.N("inzet"),
            Locatie = z.L("perron"),
            Herhaling = new Herhaling { Frequentie = Wekelijks, Interval = 2 },
            EenvoudigeTaal = true,
            GesprokenTalen = ["nl"],
            ContactNaam = "GeldPunt",
            ContactEmail = "geldpunt@inzet.example",
            ContactTelefoon = "079 000 12 35",
        });

        Op(z, z.Volgende(Tuesday, 2), "19:00", "20:30", new Activiteit
        {
            Titel = "GeldPunt online: videospreekuur in de avond",
            Omschrijving = "Werk je overdag en heb je geldzorgen? Praat 's avonds via een videogesprek met een medewerker van het GeldPunt. Maak via de link een afspraak van 20 minuten.",
            Soort = Inloopspreekuur,
            Themas = [GeldzakenEnSchulden],
            Doelgroepen = [WerkendeMinima],
            Kernopgaven = [Bestaanszekerheid],
            Organisatoren = z.Os("inzet"),
            Netwerk = z.N("inzet"),
            OnlineLink = "https://online.inzet.example/geldpunt",
            Herhaling = new Herhaling { Frequentie = Wekelijks },
            Aanmelding = ViaLink,
            AanmeldLink = "https://www.inzet.example/geldpunt/afspraak",
            EenvoudigeTaal = true,
            GesprokenTalen = ["nl"],
            ContactNaam = "GeldPunt",
            ContactEmail = "geldpunt@inzet.example",
        });

        Op(z, z.Volgende(Thursday, 55), "09:30", "12:00", new Activiteit
        {
            Titel = "Kennistafel werkende minima",
            Omschrijving = "Veel mensen werken en komen toch niet rond. Hoe vinden we hen eerder? Partners van het Breed overleg Armoede delen wat werkt. Voor professionals en vrijwilligers.",
            Soort = Bijeenkomst,
            Themas = [GeldzakenEnSchulden, WerkEnDagbesteding],
            Doelgroepen = [Professionals, Vrijwilligers],
            Kernopgaven = [Bestaanszekerheid],
            Organisatoren = z.Os("armoede", "inzet"),
            Locatie = z.L("servicepunt"),
            Aanmelding = ViaEmailOfTelefoon,
            AanmeldEmail = "info@armoede-zoetermeer.example",
            Capaciteit = 25,
            GesprokenTalen = ["nl"],
            ContactNaam = "Marco de Boer",
            ContactEmail = "info@armoede-zoetermeer.example",
        });

        Op(z, z.Volgende(Monday, 12), "12:00", "13:00", new Activiteit
        {
            Titel = "Online uitleg: Noodfonds en sociale lening van SunZ",
            Omschrijving = "In een uur hoor je wanneer SunZ snel kan helpen met geld en hoe je een aanvraag doet. Voor hulpverleners en vrijwilligers. Meld je aan, dan krijg je de link.",
            Soort = CursusTraining,
            Themas = [GeldzakenEnSchulden],
            Doelgroepen = [Professionals, Vrijwilligers],
            Kernopgaven = [Bestaanszekerheid],
            Organisatoren = z.Os("sunz"),
            OnlineLink = "https://online.sunz.example/uitleg",
            Aanmelding = ViaLink,
            AanmeldLink = "https://www.sunz.example/uitleg-aanmelden",
            Capaciteit = 100,
            GesprokenTalen = ["nl"],
            ContactNaam = "Ingrid Schouten",
            ContactEmail = "info@sunz.example",
            ContactTelefoon = "079 000 40 40",
        });

        // Werk en nieuwkomers
        Op(z, z.Volgende(Thursday, 3), "13:00", "15:00", new Activiteit
        {
            Titel = "Werkinloop bij De Binnenbaan",
            Omschrijving = "Zoek je werk of een plek om ervaring op te doen? Loop binnen en praat met een jobcoach. Je kunt ook in het Oekraïens of Pools terecht.",
            Soort = Inloopspreekuur,
            Themas = [WerkEnDagbesteding],
            Doelgroepen = [Nieuwkomers, MensenMetBeperking, WerkendeMinima],
            Kernopgaven = [Kansengelijkheid, Bestaanszekerheid],
            Organisatoren = z.Os("binnenbaan"),
            Locatie = z.L("binnenbaan"),
            Herhaling = new Herhaling { Frequentie = Wekelijks },
            EenvoudigeTaal = true,
            GesprokenTalen = ["uk", "pl", "nl"],
            ContactNaam = "Olena Kovalenko",
            ContactEmail = "werkinloop@debinnenbaan.example",
            ContactTelefoon = "079 000 31 05",
        });

        Op(z, z.Volgende(Monday, 1), "13:30", "15:30", new Activiteit
        {
            Titel = "Spreekuur voor nieuwe Zoetermeerders",
            Omschrijving = "Ben je net in Zoetermeer komen wonen, bijvoorbeeld uit Oekraïne of Syrië? Vrijwilligers helpen je met brieven, school en de weg in de stad. Je hoeft geen afspraak te maken.",
            Soort = Inloopspreekuur,
            Themas = [Inclusie, TaalEnDigitaleVaardigheden],
            Doelgroepen = [Nieuwkomers],
            Kernopgaven = [Kansengelijkheid],
            Organisatoren = z.Os("vluchtelingenwerk"),
            Locatie = z.L("forum"),
            Herhaling = new Herhaling { Frequentie = Wekelijks },
            EenvoudigeTaal = true,
            GesprokenTalen = ["nl", "uk", "ar"],
            ContactNaam = "Pieter Maas",
            ContactEmail = "spreekuur@vluchtelingenwerk-zoetermeer.example",
        });

        // Vrijwilligers: Zoetermeer voor elkaar
        Op(z, z.Volgende(Friday, 2), "10:00", "12:00", new Activiteit
        {
            Titel = "VIP-inloopuur: vrijwilligerswerk zoeken",
            Omschrijving = "Bij het Zoetermeer voor elkaar inlooppunt kijken we samen welk vrijwilligerswerk bij jou past. Ook organisaties met een vraag zijn welkom.",
            Soort = Inloopspreekuur,
            Themas = [Vrijwilligerswerk],
            Doelgroepen = [Vrijwilligers, Iedereen],
            Kernopgaven = [GezondSamenleven],
            Organisatoren = z.Os("zve"),
            Locatie = z.L("forum"),
            Herhaling = new Herhaling { Frequentie = Wekelijks },
            EenvoudigeTaal = true,
            GesprokenTalen = ["nl"],
            ContactNaam = "Karin Dekker",
            ContactEmail = "vip@zoetermeervoorelkaar.example",
            ContactTelefoon = "079 000 22 11",
        });

        Op(z, z.Volgende(Friday, 60), "19:00", "23:00", new Activiteit
        {
            Titel = "Vrijwilligersfeest: bedankt!",
            Omschrijving = "Een avond om alle vrijwilligers van Zoetermeer te bedanken, met muziek, hapjes en een verrassing. Neem gerust een andere vrijwilliger mee. Meld je aan via de link.",
            Soort = Feest,
            Themas = [Vrijwilligerswerk],
            Doelgroepen = [Vrijwilligers],
            Kernopgaven = [GezondSamenleven],
            Organisatoren = z.Os("zve", "gemeente"),
            Locatie = z.L("oude-kerk"),
            Aanmelding = ViaLink,
            AanmeldLink = "https://www.zoetermeervoorelkaar.example/feest",
            Capaciteit = 250,
            GesprokenTalen = ["nl"],
            ContactNaam = "Karin Dekker",
            ContactEmail = "vip@zoetermeervoorelkaar.example",
        });

        Op(z, z.Volgende(Tuesday, 9), "19:00", "22:00", new Activiteit
        {
            Titel = "EHBO-cursus voor vrijwilligers",
            Omschrijving = "In drie avonden leer je eerste hulp geven, reanimeren en de AED gebruiken. Je krijgt een certificaat. De cursus is vol; mail ons voor de volgende keer.",
            Soort = CursusTraining,
            Themas = [Vrijwilligerswerk, GezondheidEnBewegen],
            Doelgroepen = [Vrijwilligers],
            Kernopgaven = [GezondSamenleven],
            Organisatoren = z.Os("zve"),
            Locatie = z.L("buurthuis-driemanspolder"),
            Herhaling = new Herhaling { Frequentie = Wekelijks, Aantal = 3 },
            KostenInCenten = 1250,
            KostenToelichting = "€ 12,50 eigen bijdrage voor het boekje en het certificaat. Vaak betaalt je vrijwilligersorganisatie dit terug.",
            Aanmelding = ViaEmailOfTelefoon,
            AanmeldEmail = "leren@zoetermeervoorelkaar.example",
            AanmeldTelefoon = "079 000 22 12",
            Capaciteit = 15,
            Status = Vol,
            GesprokenTalen = ["nl"],
            ContactNaam = "Sanne Bakker",
            ContactEmail = "leren@zoetermeervoorelkaar.example",
        });

        Op(z, z.Volgende(Wednesday, 13), "19:30", "21:00", new Activiteit
        {
            Titel = "Training fondsenwerving (online)",
            Omschrijving = "Twee online avonden over geld vinden voor je vereniging of initiatief. Je leert een goede aanvraag schrijven voor een fonds. Meld je aan via de link.",
            Soort = CursusTraining,
            Themas = [Vrijwilligerswerk],
            Doelgroepen = [Vrijwilligers],
            Kernopgaven = [GezondSamenleven],
            Organisatoren = z.Os("zve"),
            OnlineLink = "https://online.zoetermeervoorelkaar.example/fondsenwerving",
            Herhaling = new Herhaling { Frequentie = Wekelijks, Aantal = 2 },
            Aanmelding = ViaLink,
            AanmeldLink = "https://www.zoetermeervoorelkaar.example/leren/fondsenwerving",
            Capaciteit = 20,
            GesprokenTalen = ["nl"],
            ContactNaam = "Sanne Bakker",
            ContactEmail = "leren@zoetermeervoorelkaar.example",
        });

        Op(z, z.VolgendeDagVanMaand(5), "10:00", "12:00", new Activiteit
        {
            Titel = "Schrijversgroep: schrijf mee aan portretten",
            Omschrijving = "Elke maand schrijven vrijwilligers portretten van Zoetermeerders voor het Streekblad en de nieuwsbrief. Schrijf je graag? Kom een keer kijken.",
            Soort = Bijeenkomst,
            Themas = [Vrijwilligerswerk],
            Doelgroepen = [Vrijwilligers],
            Kernopgaven = [GezondSamenleven],
            Organisatoren = z.Os("zve"),
            Locatie = z.L("forum"),
            Herhaling = new Herhaling { Frequentie = Maandelijks },
            GesprokenTalen = ["nl"],
            ContactNaam = "Sanne Bakker",
            ContactEmail = "schrijversgroep@zoetermeervoorelkaar.example",
        });

        // Netwerken: Community tegen Eenzaamheid, Eten en Ontmoeten, Huis van Actief Burgerschap
        Op(z, z.Volgende(Thursday, 27), "15:00", "17:30", new Activiteit
        {
            Titel = "Netwerkbijeenkomst Community tegen Eenzaamheid",
            Omschrijving = "Deelnemers van de community leren elkaar kennen en delen goede ideeën tegen eenzaamheid. Je kunt op het stadhuis komen of online meekijken. Nieuwe deelnemers zijn van harte welkom.",
            Soort = Netwerkbijeenkomst,
            Themas = [EenzaamheidEnOntmoeting],
            Doelgroepen = [Professionals, Vrijwilligers, Iedereen],
            Kernopgaven = [GezondSamenleven],
            Organisatoren = z.Os("gemeente", "inzet"),
            Netwerk = z.N("community"),
            Locatie = z.L("stadhuis"),
            OnlineLink = "https://online.zoetermeertegeneenzaamheid.example/netwerkbijeenkomst",
            Aanmelding = ViaLink,
            AanmeldLink = "https://www.zoetermeertegeneenzaamheid.example/aanmelden",
            Capaciteit = 150,
            GesprokenTalen = ["nl"],
            ContactNaam = "Team Community tegen Eenzaamheid",
            ContactEmail = "community@zoetermeertegeneenzaamheid.example",
            ContactTelefoon = "079 000 14 30",
        });

        Op(z, z.VolgendeInMaand(Tuesday, -1), "16:00", "17:00", new Activiteit
        {
            Titel = "Themagroep Jong en eenzaam: online overleg",
            Omschrijving = "Elke laatste dinsdag van de maand praat de themagroep online over jongeren die zich eenzaam voelen. Jongeren en professionals zijn welkom. Mail ons voor de link.",
            Soort = Netwerkbijeenkomst,
            Themas = [Jeugd, EenzaamheidEnOntmoeting],
            Doelgroepen = [Professionals, Jongeren],
            Kernopgaven = [GezondSamenleven],
            Organisatoren = z.Os("group", "jongerenraad"),
            Netwerk = z.N("community"),
            OnlineLink = "https://online.zoetermeertegeneenzaamheid.example/jong-en-eenzaam",
            Herhaling = new Herhaling { Frequentie = Maandelijks, WeekVanDeMaand = -1, Weekdagen = [Tuesday] },
            Aanmelding = ViaEmailOfTelefoon,
            AanmeldEmail = "jong@zoetermeertegeneenzaamheid.example",
            GesprokenTalen = ["nl"],
            ContactNaam = "Youssef Amrani",
            ContactEmail = "jong@zoetermeertegeneenzaamheid.example",
        });

        Op(z, z.Volgende(Wednesday, 42), "16:00", "19:00", new Activiteit
        {
            Titel = "Netwerkbijeenkomst Eten en Ontmoeten",
            Omschrijving = "Alle sociale eetinitiatieven komen samen in Buytenwegh. We presenteren de nieuwe sociale routekaart en eten daarna samen. Meld je aan via de link.",
            Soort = Netwerkbijeenkomst,
            Themas = [EenzaamheidEnOntmoeting, Vrijwilligerswerk],
            Doelgroepen = [Vrijwilligers, Professionals],
            Kernopgaven = [GezondSamenleven],
            Organisatoren = z.Os("inzet", "buurtrestaurant"),
            Netwerk = z.N("eten"),
            Locatie = z.L("buurthuis-buytenwegh"),
            Aanmelding = ViaLink,
            AanmeldLink = "https://www.zoetermeertegeneenzaamheid.example/eten-en-ontmoeten",
            Capaciteit = 70,
            GesprokenTalen = ["nl"],
            ContactNaam = "Kernteam Eten en Ontmoeten",
            ContactEmail = "eten@zoetermeertegeneenzaamheid.example",
        });

        Op(z, z.Volgende(Tuesday, 13), "15:00", "17:00", new Activiteit
        {
            Titel = "Kennistafel: wat helpt en wat remt?",
            Omschrijving = "Wat helpt jou om iets te doen voor je buurt, en wat houdt je tegen? Praat mee aan tafel met andere vrijwilligers en professionals. Wat je zegt, gebruiken we voor de visie op de sterke sociale basis.",
            Soort = Bijeenkomst,
            Themas = [Vrijwilligerswerk, WonenEnBuurt],
            Doelgroepen = [Vrijwilligers, Professionals],
            Kernopgaven = [GezondSamenleven, Kansengelijkheid],
            Organisatoren = z.Os("gemeente", "zve"),
            Netwerk = z.N("huis"),
            Locatie = z.L("stadhuis"),
            Aanmelding = ViaLink,
            AanmeldLink = "https://www.gemeente-zoetermeer.example/sterke-sociale-basis/kennistafel",
            Capaciteit = 30,
            GesprokenTalen = ["nl"],
            ContactNaam = "Programma Sterke Sociale Basis",
            ContactEmail = "socialebasis@gemeente-zoetermeer.example",
            ContactTelefoon = "079 000 14 20",
        });

        Op(z, z.Volgende(Monday, 36), "19:30", "21:00", new Activiteit
        {
            Titel = "Inspiratiesessie: start je eigen bewonersinitiatief",
            Omschrijving = "Heb je een idee voor je straat of wijk? Initiatiefnemers vertellen online hoe zij begonnen. Je hoort ook hoe je geld aanvraagt uit het Wijk aan Zet budget.",
            Soort = Bijeenkomst,
            Themas = [WonenEnBuurt, Vrijwilligerswerk],
            Doelgroepen = [Iedereen],
            Kernopgaven = [GezondSamenleven],
            Organisatoren = z.Os("bi-seghwaert", "zve"),
            Netwerk = z.N("huis"),
            OnlineLink = "https://online.huisvanactiefburgerschap.example/inspiratie",
            Aanmelding = ViaLink,
            AanmeldLink = "https://www.huisvanactiefburgerschap.example/inspiratie",
            EenvoudigeTaal = true,
            GesprokenTalen = ["nl"],
            ContactNaam = "Ineke Vos",
            ContactEmail = "ineke@huisvanactiefburgerschap.example",
        });

        Op(z, z.Volgende(Thursday, 73), "13:00", "18:00", new Activiteit
        {
            Titel = "Transformatiefestival Sociaal Domein",
            Omschrijving = "Het jaarlijkse festival voor iedereen die werkt aan het sociaal domein in Zoetermeer. Met korte workshops, goede voorbeelden uit de wijken en de gemeenteraad. Meld je aan via de link.",
            Soort = Bijeenkomst,
            Themas = [Inclusie, WerkEnDagbesteding],
            Doelgroepen = [Professionals],
            Kernopgaven = [Bestaanszekerheid, GezondSamenleven, Kansengelijkheid],
            Organisatoren = z.Os("gemeente"),
            Locatie = z.L("stadhuis"),
            Aanmelding = ViaLink,
            AanmeldLink = "https://www.gemeente-zoetermeer.example/transformatiefestival",
            Capaciteit = 300,
            GesprokenTalen = ["nl"],
            ContactNaam = "Programma Sociale innovatie",
            ContactEmail = "innovatie@gemeente-zoetermeer.example",
        });

        Op(z, z.Volgende(Monday, 26), "19:30", "21:30", new Activiteit
        {
            Titel = "Openbare vergadering Adviesraad Sociaal Domein",
            Omschrijving = "De adviesraad praat over het advies aan de gemeente. Iedereen mag komen luisteren en aan het eind een vraag stellen. Laat even weten dat je komt.",
            Soort = Bijeenkomst,
            Themas = [Inclusie],
            Doelgroepen = [Iedereen, Professionals],
            Kernopgaven = [Kansengelijkheid],
            Organisatoren = z.Os("asd"),
            Locatie = z.L("stadhuis"),
            Aanmelding = ViaEmailOfTelefoon,
            AanmeldEmail = "secretariaat@asd-zoetermeer.example",
            AanmeldTelefoon = "079 000 14 50",
            GesprokenTalen = ["nl"],
            ContactNaam = "Secretariaat ASD",
            ContactEmail = "secretariaat@asd-zoetermeer.example",
        });

        // Mantelzorg (inZet)
        Op(z, z.VolgendeInMaand(Wednesday, 1), "14:00", "16:00", new Activiteit
        {
            Titel = "Mantelzorgcafé",
            Omschrijving = "Elke eerste woensdag van de maand ontmoeten mantelzorgers elkaar in de zaal bij de Oude Kerk. Even uitblazen, ervaringen delen en tips krijgen van inZet.",
            Soort = Bijeenkomst,
            Themas = [Mantelzorg],
            Doelgroepen = [Mantelzorgers],
            Kernopgaven = [GezondSamenleven],
            Organisatoren = z.Os("inzet"),
            Netwerk = z.N("inzet"),
            Locatie = z.L("oude-kerk"),
            Herhaling = new Herhaling { Frequentie = Maandelijks, WeekVanDeMaand = 1, Weekdagen = [Wednesday] },
            EenvoudigeTaal = true,
            GesprokenTalen = ["nl"],
            ContactNaam = "Mantelzorgconsulent inZet",
            ContactEmail = "mantelzorg@inzet.example",
            ContactTelefoon = "079 000 12 50",
        });

        Op(z, z.Volgende(Thursday, 23), "19:30", "20:30", new Activiteit
        {
            Titel = "Online: mantelzorg en werk combineren",
            Omschrijving = "Zorg je voor een naaste en heb je ook een baan? In dit online uur krijg je tips over verlof, afspraken met je werkgever en hulp in de buurt.",
            Soort = Bijeenkomst,
            Themas = [Mantelzorg, WerkEnDagbesteding],
            Doelgroepen = [Mantelzorgers],
            Kernopgaven = [GezondSamenleven],
            Organisatoren = z.Os("inzet"),
            Netwerk = z.N("inzet"),
            OnlineLink = "https://online.inzet.example/mantelzorg-en-werk",
            Aanmelding = ViaLink,
            AanmeldLink = "https://www.inzet.example/mantelzorg/werk",
            EenvoudigeTaal = true,
            GesprokenTalen = ["nl"],
            ContactNaam = "Mantelzorgconsulent inZet",
            ContactEmail = "mantelzorg@inzet.example",
        });

        Op(z, z.VolgendeInMaand(Tuesday, 3), "19:30", "21:30", new Activiteit
        {
            Titel = "Alzheimer Café",
            Omschrijving = "Elke derde dinsdag van de maand een avond over leven met dementie. Een deskundige vertelt, daarna is er tijd voor vragen en een praatje. Gratis en zonder aanmelden.",
            Soort = Bijeenkomst,
            Themas = [Mantelzorg, GezondheidEnBewegen],
            Doelgroepen = [Mantelzorgers, Ouderen],
            Kernopgaven = [GezondSamenleven],
            Organisatoren = z.Os("alzheimer", "fundis"),
            Locatie = z.L("wijkcentrum-palenstein"),
            Herhaling = new Herhaling { Frequentie = Maandelijks, WeekVanDeMaand = 3, Weekdagen = [Tuesday] },
            GesprokenTalen = ["nl"],
            ContactNaam = "Gonny Peters",
            ContactEmail = "info@alzheimercafe-zoetermeer.example",
            ContactTelefoon = "079 000 56 56",
        });

        // Gezondheid: Samen ZoeterMeer Gezond
        Op(z, z.Volgende(Tuesday, 32), "19:30", "21:00", new Activiteit
        {
            Titel = "Positieve gezondheid: wat houdt jou gezond?",
            Omschrijving = "De kerngroep Preventie vertelt wat positieve gezondheid is. Je praat in kleine groepjes over wat jou helpt om je goed te voelen. Iedereen is welkom.",
            Soort = Bijeenkomst,
            Themas = [GezondheidEnBewegen],
            Doelgroepen = [Iedereen],
            Kernopgaven = [GezondSamenleven],
            Organisatoren = z.Os("vgz", "ggd"),
            Netwerk = z.N("szmg"),
            Locatie = z.L("langeland"),
            EenvoudigeTaal = true,
            GesprokenTalen = ["nl"],
            ContactNaam = "Samen ZoeterMeer Gezond",
            ContactEmail = "info@samenzoetermeergezond.example",
        });

        Op(z, z.Volgende(Wednesday, 50), "19:30", "21:00", new Activiteit
        {
            Titel = "Praat mee over zorg in Zoetermeer",
            Omschrijving = "Hoe wil jij dat de zorg in Zoetermeer werkt? Praat online mee met de burgerbestuurder en zorgverleners. Meld je aan, dan krijg je de link.",
            Soort = Bijeenkomst,
            Themas = [GezondheidEnBewegen],
            Doelgroepen = [Iedereen],
            Kernopgaven = [GezondSamenleven],
            Organisatoren = z.Os("vgz", "asd"),
            Netwerk = z.N("szmg"),
            OnlineLink = "https://online.samenzoetermeergezond.example/praat-mee",
            Aanmelding = ViaLink,
            AanmeldLink = "https://www.samenzoetermeergezond.example/praat-mee",
            EenvoudigeTaal = true,
            GesprokenTalen = ["nl"],
            ContactNaam = "Samen ZoeterMeer Gezond",
            ContactEmail = "info@samenzoetermeergezond.example",
        });

        Op(z, z.Volgende(Monday, 5), "10:00", "11:30", new Activiteit
        {
            Titel = "Hulp bij de zorgapp en DigiD",
            Omschrijving = "In vier lessen leer je de app van je huisarts en DigiD gebruiken. Neem je telefoon of tablet mee. Er zijn tien plekken, dus meld je op tijd aan.",
            Soort = CursusTraining,
            Themas = [TaalEnDigitaleVaardigheden, GezondheidEnBewegen],
            Doelgroepen = [Ouderen],
            Kernopgaven = [GezondSamenleven, Kansengelijkheid],
            Organisatoren = z.Os("bieb", "sgz"),
            Netwerk = z.N("szmg"),
            Locatie = z.L("bieb-oosterheem"),
            Herhaling = new Herhaling { Frequentie = Wekelijks, Aantal = 4 },
            Aanmelding = ViaEmailOfTelefoon,
            AanmeldEmail = "digitaal@bibliotheek-zoetermeer.example",
            AanmeldTelefoon = "079 000 25 02",
            Capaciteit = 10,
            EenvoudigeTaal = true,
            GesprokenTalen = ["nl"],
            ContactNaam = "Mirjam Groen",
            ContactEmail = "digitaal@bibliotheek-zoetermeer.example",
        });

        Op(z, z.Volgende(Sunday), "10:00", "11:00", new Activiteit
        {
            Titel = "Zondagwandeling Westerpark",
            Omschrijving = "Elke zondag wandelen we een uur rustig door het park, samen met een fysiotherapeut. Daarna drinken we koffie in het clubhuis. Je kunt altijd aansluiten.",
            Soort = SportEnBewegen,
            Themas = [GezondheidEnBewegen, EenzaamheidEnOntmoeting],
            Doelgroepen = [Ouderen, Iedereen],
            Kernopgaven = [GezondSamenleven],
            Organisatoren = z.Os("westerpark", "sgz"),
            Netwerk = z.N("szmg"),
            Locatie = z.L("westerpark"),
            Herhaling = new Herhaling { Frequentie = Wekelijks },
            EenvoudigeTaal = true,
            GesprokenTalen = ["nl"],
            ContactNaam = "Rob van Dam",
            ContactEmail = "wandelen@sv-westerpark.example",
        });

        Op(z, z.Volgende(Wednesday, 5), "19:00", "21:00", new Activiteit
        {
            Titel = "Herstelcafé: praten over je mentale gezondheid",
            Omschrijving = "Een plek om te praten met mensen die ook psychische klachten hebben of hadden. Ervaringsdeskundigen leiden het gesprek. Je hoeft niets te vertellen als je dat niet wilt.",
            Soort = Bijeenkomst,
            Themas = [GezondheidEnBewegen, Inclusie],
            Doelgroepen = [MensenMetBeperking, Iedereen],
            Kernopgaven = [GezondSamenleven],
            Organisatoren = z.Os("rivierduinen", "parnassia"),
            Netwerk = z.N("szmg"),
            Locatie = z.L("buurthuis-driemanspolder"),
            Herhaling = new Herhaling { Frequentie = Wekelijks },
            EenvoudigeTaal = true,
            GesprokenTalen = ["nl"],
            ContactNaam = "Herstelcafé Zoetermeer",
            ContactEmail = "herstelcafe@rivierduinen.example",
        });

        Op(z, z.Volgende(Thursday, 19), "19:30", "21:00", new Activiteit
        {
            Titel = "Lezing: gezond ouder worden",
            Omschrijving = "Deze lezing gaat niet door, omdat de spreker ziek is. We zoeken een nieuwe datum. Wie zich had aangemeld, krijgt bericht.",
            Soort = Bijeenkomst,
            Themas = [GezondheidEnBewegen],
            Doelgroepen = [Ouderen, Mantelzorgers],
            Kernopgaven = [GezondSamenleven],
            Organisatoren = z.Os("fundis", "sgz"),
            Netwerk = z.N("szmg"),
            Locatie = z.L("langeland"),
            Status = Geannuleerd,
            Aanmelding = ViaEmailOfTelefoon,
            AanmeldEmail = "lezing@fundis.example",
            GesprokenTalen = ["nl"],
            ContactNaam = "Fundis",
            ContactEmail = "lezing@fundis.example",
        });

        // Jeugd en ouders: Meerpunten
        d = z.Volgende(Tuesday, 6);
        Op(z, d, "09:00", "10:30", new Activiteit
        {
            Titel = "Ouderochtend: opvoeden in twee talen",
            Omschrijving = "Om de week praten ouders met elkaar over opvoeden, school en twee talen thuis. Medewerkers van het Meerpunt en de GGD schuiven aan. Er is opvang voor kleine kinderen.",
            Soort = Bijeenkomst,
            Themas = [Jeugd, TaalEnDigitaleVaardigheden],
            Doelgroepen = [Ouders],
            Kernopgaven = [Kansengelijkheid],
            Organisatoren = z.Os("oudernetwerk", "gemeente"),
            Netwerk = z.N("meerpunten"),
            Locatie = z.L("wijkpunt-meerzicht"),
            Herhaling = new Herhaling { Frequentie = Wekelijks, Interval = 2, TotEnMet = d.AddDays(70) },
            EenvoudigeTaal = true,
            GesprokenTalen = ["nl", "ar", "tr"],
            ContactNaam = "Meerpunt Meerzicht",
            ContactEmail = "meerpunt.meerzicht@gemeente-zoetermeer.example",
            ContactTelefoon = "079 000 14 60",
        });

        Op(z, z.Volgende(Friday, 4), "19:00", "21:00", new Activiteit
        {
            Titel = "Sport en chill bij Meerpunt Oosterheem",
            Omschrijving = "Zes vrijdagavonden voetbal, basketbal en muziek voor jongeren van 12 tot 18 jaar. Daarna is er tijd om te praten met de jongerenwerkers. Gratis, je hoeft je niet aan te melden.",
            Soort = SportEnBewegen,
            Themas = [Jeugd, GezondheidEnBewegen],
            Doelgroepen = [Jongeren],
            Kernopgaven = [Kansengelijkheid, GezondSamenleven],
            Organisatoren = z.Os("group", "gemeente"),
            Netwerk = z.N("meerpunten"),
            Locatie = z.L("perron"),
            Herhaling = new Herhaling { Frequentie = Wekelijks, Aantal = 6 },
            EenvoudigeTaal = true,
            GesprokenTalen = ["nl"],
            ContactNaam = "Meerpunt Oosterheem",
            ContactEmail = "meerpunt.oosterheem@gemeente-zoetermeer.example",
        });
    }
}
