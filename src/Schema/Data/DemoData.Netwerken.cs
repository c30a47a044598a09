using SociaalNetwerk.Schema.Netwerken;
using static SociaalNetwerk.Schema.Netwerken.LidmaatschapRol;

namespace SociaalNetwerk.Schema.Data;

public static partial class DemoData
{
    private static void VoegNetwerkenToe(Zaaisel z)
    {
        Netwerk NieuwNetwerk(string sleutel, string naam, string omschrijving, string? domein, Netwerk? onderdeelVan = null) =>
            z.Netwerken[sleutel] = new Netwerk
            {
                Naam = naam,
                Omschrijving = omschrijving,
                Website = domein is null ? null : $"https://www.{domein}.example",
                OnderdeelVan = onderdeelVan,
            };

        NetwerkGroep NieuweGroep(Netwerk netwerk, string naam, GroepSoort soort, string omschrijving)
        {
            var groep = new NetwerkGroep { Naam = naam, Soort = soort, Omschrijving = omschrijving };
            netwerk.Groepen.Add(groep);
            return groep;
        }

        void Deelname(Netwerk netwerk, string organisatie, LidmaatschapRol rol, DateOnly sinds, NetwerkGroep? groep = null) =>
            netwerk.Lidmaatschappen.Add(new Lidmaatschap { Organisatie = z.O(organisatie), Rol = rol, Groep = groep, Sinds = sinds });

        // Community tegen Eenzaamheid
        var community = NieuwNetwerk("community", "Community tegen Eenzaamheid",
            "In de Zoetermeerse community tegen eenzaamheid werken meer dan 200 organisaties en inwoners samen. Iedereen kan iets doen tegen eenzaamheid. " +
            "Er zijn drie themagroepen en een paar keer per jaar een netwerkbijeenkomst.",
            "zoetermeertegeneenzaamheid");
        var ontmoeten = NieuweGroep(community, "Ontmoeten in de wijk", GroepSoort.Themagroep,
            "Zorgt dat er in elke wijk plekken en momenten zijn om elkaar te ontmoeten, zoals buurtbakkies en samen eten.");
        var jong = NieuweGroep(community, "Jong en eenzaam", GroepSoort.Themagroep,
            "Aandacht voor jongeren en jonge volwassenen die zich eenzaam voelen. Jongeren denken zelf mee.");
        var signaleren = NieuweGroep(community, "Signaleren en doorverwijzen", GroepSoort.Themagroep,
            "Helpt vrijwilligers en professionals om eenzaamheid te herkennen, het gesprek aan te gaan en de weg te wijzen.");
        var verhalen = NieuweGroep(community, "Verhalen en communicatie", GroepSoort.Werkgroep,
            "Maakt elke maand een interview met een inwoner en met een deelnemer van de community.");
        var start = new DateOnly(2019, 9, 1);
        Deelname(community, "gemeente", Trekker, start);
        Deelname(community, "inzet", Kernteam, start);
        Deelname(community, "zve", Kernteam, start, verhalen);
        Deelname(community, "humanitas", Lid, start, signaleren);
        Deelname(community, "sgz", Lid, new DateOnly(2020, 3, 1), signaleren);
        Deelname(community, "fundis", Lid, new DateOnly(2020, 3, 1), signaleren);
        Deelname(community, "alzheimer", Lid, new DateOnly(2021, 1, 15), signaleren);
        Deelname(community, "ggd", Lid, new DateOnly(2021, 1, 15), signaleren);
        Deelname(community, "bieb", Lid, start, ontmoeten);
        Deelname(community, "ouderenvereniging", Lid, start, ontmoeten);
        Deelname(community, "perron", Lid, new DateOnly(2022, 5, 1), ontmoeten);
        Deelname(community, "kerk", Lid, new DateOnly(2020, 10, 1), ontmoeten);
        Deelname(community, "moskee", Lid, new DateOnly(2022, 2, 1), ontmoeten);
        Deelname(community, "bi-buytenwegh", Lid, new DateOnly(2023, 4, 1), ontmoeten);
        Deelname(community, "bi-palenstein", Lid, new DateOnly(2023, 4, 1), ontmoeten);
        Deelname(community, "bi-rokkeveen", Lid, new DateOnly(2023, 9, 1), ontmoeten);
        Deelname(community, "spraakmakers", Lid, new DateOnly(2023, 9, 1));
        Deelname(community, "group", Lid, new DateOnly(2021, 6, 1), jong);
        Deelname(community, "jongerenraad", Lid, new DateOnly(2022, 11, 1), jong);
        Deelname(community, "mborijnland", Lid, new DateOnly(2022, 11, 1), jong);
        Deelname(community, "vidomes", Lid, new DateOnly(2020, 3, 1));
        Deelname(community, "middin", Lid, new DateOnly(2022, 5, 1));
        Deelname(community, "voedselbank", Lid, new DateOnly(2021, 6, 1));

        // Eten en Ontmoeten: its kernteam works inside the community
        var eten = NieuwNetwerk("eten", "Eten en Ontmoeten",
            "Netwerk van sociale eetinitiatieven in Zoetermeer. Het kernteam valt onder de Community tegen Eenzaamheid, " +
            "maakt elk jaar de sociale routekaart en organiseert een netwerkbijeenkomst.",
            "zoetermeertegeneenzaamheid", community);
        var etenKernteam = NieuweGroep(eten, "Kernteam Eten en Ontmoeten", GroepSoort.Kernteam,
            "Maakt het jaarplan, schrijft elk kwartaal een artikel voor het Streekblad en houdt de sociale routekaart bij.");
        var routekaart = NieuweGroep(eten, "Sociale routekaart", GroepSoort.Werkgroep,
            "Verzamelt alle plekken in Zoetermeer waar je samen kunt eten, met dag, tijd en prijs.");
        var etenStart = new DateOnly(2021, 2, 1);
        Deelname(eten, "inzet", Kernteam, etenStart, etenKernteam);
        Deelname(eten, "aantafel", Kernteam, etenStart, etenKernteam);
        Deelname(eten, "buurtrestaurant", Kernteam, etenStart, etenKernteam);
        Deelname(eten, "zve", Lid, etenStart, routekaart);
        Deelname(eten, "samen-eten", Lid, new DateOnly(2022, 9, 1));
        Deelname(eten, "kerk", Lid, new DateOnly(2022, 9, 1));
        Deelname(eten, "moskee", Lid, new DateOnly(2023, 1, 10));
        Deelname(eten, "humanitas", Lid, etenStart);
        Deelname(eten, "voedselbank", Lid, new DateOnly(2023, 1, 10));
        Deelname(eten, "perron", Lid, new DateOnly(2023, 1, 10));
        Deelname(eten, "gemeente", Financier, etenStart);

        // Samen ZoeterMeer Gezond, run by the Vereniging Gezondheidsregio Zoetermeer
        var szmg = NieuwNetwerk("szmg", "Samen ZoeterMeer Gezond (SZMG)",
            "Zorg- en welzijnsorganisaties, zorgverzekeraars, inwoners en de gemeente werken samen aan een gezond Zoetermeer. " +
            "De Vereniging Gezondheidsregio Zoetermeer voert het programma uit. Er is ook een burgerbestuurder die namens inwoners meepraat.",
            "samenzoetermeergezond");
        var preventie = NieuweGroep(szmg, "Preventie", GroepSoort.Kerngroep, "Samen voorkomen dat mensen ziek worden, bijvoorbeeld door meer bewegen en gezond eten.");
        var acuut = NieuweGroep(szmg, "Acute Zorg", GroepSoort.Kerngroep, "Betere samenwerking tussen huisartsenpost, ziekenhuis en ambulance.");
        var chronisch = NieuweGroep(szmg, "Chronische Zorg", GroepSoort.Kerngroep, "Goede zorg dichtbij huis voor mensen die lang ziek zijn, zoals bij diabetes of dementie.");
        var ggz = NieuweGroep(szmg, "GGZ", GroepSoort.Kerngroep, "Snelle en passende hulp bij psychische klachten, samen met het sociaal domein.");
        var ict = NieuweGroep(szmg, "ICT en digitalisering", GroepSoort.Actielijn, "Zorg digitaal makkelijker maken, en mensen helpen die dat lastig vinden.");
        var financieren = NieuweGroep(szmg, "Anders financieren", GroepSoort.Actielijn, "Geld zo inzetten dat voorkomen beloond wordt.");
        var burgers = NieuweGroep(szmg, "Burgerconsultatie en -participatie", GroepSoort.Actielijn, "Inwoners praten mee over de zorg en gezondheid in Zoetermeer.");
        var verkeerstoren = NieuweGroep(szmg, "Gezondheidsverkeerstoren", GroepSoort.Actielijn, "Gegevens over gezondheid veilig koppelen, zodat partners beter kunnen plannen.");
        var szmgStart = new DateOnly(2021, 4, 1);
        Deelname(szmg, "vgz", Trekker, szmgStart);
        Deelname(szmg, "langeland", Bestuur, new DateOnly(2019, 6, 1));
        Deelname(szmg, "langeland", Lid, szmgStart, acuut);
        Deelname(szmg, "sgz", Bestuur, new DateOnly(2019, 6, 1));
        Deelname(szmg, "sgz", Lid, szmgStart, acuut);
        Deelname(szmg, "sgz", Lid, szmgStart, chronisch);
        Deelname(szmg, "fundis", Bestuur, new DateOnly(2019, 6, 1), chronisch);
        Deelname(szmg, "parnassia", Lid, new DateOnly(2019, 6, 1), ggz);
        Deelname(szmg, "rivierduinen", Lid, new DateOnly(2019, 6, 1), ggz);
        Deelname(szmg, "menzis", Financier, new DateOnly(2019, 6, 1), financieren);
        Deelname(szmg, "cz", Financier, new DateOnly(2019, 6, 1), financieren);
        Deelname(szmg, "gemeente", Bestuur, new DateOnly(2019, 6, 1));
        Deelname(szmg, "gemeente", Lid, szmgStart, verkeerstoren);
        Deelname(szmg, "inzet", Lid, szmgStart, preventie);
        Deelname(szmg, "ggd", Lid, szmgStart, preventie);
        Deelname(szmg, "ggd", Lid, szmgStart, verkeerstoren);
        Deelname(szmg, "vidomes", Lid, new DateOnly(2022, 1, 1), preventie);
        Deelname(szmg, "middin", Lid, new DateOnly(2022, 1, 1), chronisch);
        Deelname(szmg, "alzheimer", Lid, new DateOnly(2022, 1, 1), chronisch);
        Deelname(szmg, "mborijnland", Lid, new DateOnly(2022, 6, 1), ict);
        Deelname(szmg, "bieb", Lid, new DateOnly(2022, 6, 1), ict);
        Deelname(szmg, "digitaalhuis", Lid, new DateOnly(2022, 6, 1), ict);
        Deelname(szmg, "zve", Lid, new DateOnly(2023, 2, 1), burgers);
        Deelname(szmg, "asd", Lid, new DateOnly(2023, 2, 1), burgers);

        // inZet as a network of partners
        var inzet = NieuwNetwerk("inzet", "inZet en partners",
            "inZet werkt in alle wijken samen met partners aan ondersteuning dichtbij huis. Denk aan het GeldPunt, hulp voor mantelzorgers en de wijkteams.",
            "inzet");
        var geldpunt = NieuweGroep(inzet, "GeldPunt", GroepSoort.Loket,
            "Laagdrempelig loket voor al je vragen over geld. Langskomen, bellen of mailen kan. In 2023 hielp het GeldPunt meer dan 700 inwoners.");
        var mantelzorg = NieuweGroep(inzet, "Mantelzorgondersteuning", GroepSoort.Werkgroep,
            "Advies, lotgenotencontact en een luisterend oor voor iedereen die zorgt voor een naaste.");
        var wijkteams = NieuweGroep(inzet, "Wijkteams", GroepSoort.Werkgroep,
            "Per wijk werken wijkregisseur, welzijn, woningcorporatie en zorg samen aan het wijkplan.");
        var inzetStart = new DateOnly(2020, 1, 1);
        Deelname(inzet, "inzet", Trekker, inzetStart);
        Deelname(inzet, "gemeente", Financier, inzetStart);
        Deelname(inzet, "voedselbank", Lid, new DateOnly(2023, 11, 1), geldpunt);
        Deelname(inzet, "sunz", Lid, new DateOnly(2023, 11, 1), geldpunt);
        Deelname(inzet, "armoede", Lid, new DateOnly(2023, 11, 1), geldpunt);
        Deelname(inzet, "humanitas", Lid, new DateOnly(2023, 11, 1), geldpunt);
        Deelname(inzet, "alzheimer", Lid, inzetStart, mantelzorg);
        Deelname(inzet, "fundis", Lid, inzetStart, mantelzorg);
        Deelname(inzet, "sgz", Lid, inzetStart, mantelzorg);
        Deelname(inzet, "vidomes", Lid, inzetStart, wijkteams);
        Deelname(inzet, "ggd", Lid, inzetStart, wijkteams);
        Deelname(inzet, "group", Lid, new DateOnly(2021, 1, 1), wijkteams);
        Deelname(inzet, "vluchtelingenwerk", Lid, new DateOnly(2022, 4, 1));
        Deelname(inzet, "binnenbaan", Lid, new DateOnly(2022, 4, 1));

        // Huis van Actief Burgerschap: residents lead, the municipality facilitates
        var huis = NieuwNetwerk("huis", "Huis van Actief Burgerschap",
            "Gestart door betrokken inwoners en partners. Zij nemen het initiatief en bepalen de koers. De gemeente helpt waar het nodig is.",
            "huisvanactiefburgerschap");
        var initiatiefnemers = NieuweGroep(huis, "Kernteam initiatiefnemers", GroepSoort.Kernteam,
            "Inwoners die het Huis trekken en nieuwe initiatiefnemers op weg helpen.");
        var kennistafels = NieuweGroep(huis, "Kennistafels en inspiratie", GroepSoort.Werkgroep,
            "Organiseert kennistafels en inspiratiesessies over zelf iets opzetten in je buurt.");
        var huisStart = new DateOnly(2024, 3, 1);
        Deelname(huis, "bi-seghwaert", Trekker, huisStart, initiatiefnemers);
        Deelname(huis, "bi-buytenwegh", Kernteam, huisStart, initiatiefnemers);
        Deelname(huis, "spraakmakers", Kernteam, huisStart, initiatiefnemers);
        Deelname(huis, "bi-meerzicht", Lid, huisStart);
        Deelname(huis, "bi-palenstein", Lid, huisStart);
        Deelname(huis, "repaircafe", Lid, new DateOnly(2024, 6, 1));
        Deelname(huis, "zve", Lid, huisStart, kennistafels);
        Deelname(huis, "inzet", Lid, huisStart, kennistafels);
        Deelname(huis, "asd", Lid, new DateOnly(2024, 6, 1));
        Deelname(huis, "gemeente", Lid, huisStart);

        // Meerpunten: municipal staff in the wijk with young people, parents and partners
        var meerpunten = NieuwNetwerk("meerpunten", "Meerpunten",
            "Bij de Meerpunten werken medewerkers van de gemeente in de wijk. Samen met jongeren, ouders en partners zoeken zij naar wat de wijk nodig heeft.",
            "gemeente-zoetermeer");
        var mpMeerzicht = NieuweGroep(meerpunten, "Meerpunt Meerzicht", GroepSoort.Werkgroep, "Team in Meerzicht, met een inloop in het Wijkpunt.");
        var mpOosterheem = NieuweGroep(meerpunten, "Meerpunt Oosterheem", GroepSoort.Werkgroep, "Team in Oosterheem, samen met Perron en het jongerenwerk.");
        var mpBuytenwegh = NieuweGroep(meerpunten, "Meerpunt Buytenwegh", GroepSoort.Werkgroep, "Team in Buytenwegh en De Leyens, met het Jeugdhonk.");
        var mpStart = new DateOnly(2025, 1, 1);
        Deelname(meerpunten, "gemeente", Trekker, mpStart);
        Deelname(meerpunten, "oudernetwerk", Lid, mpStart, mpMeerzicht);
        Deelname(meerpunten, "ggd", Lid, mpStart, mpMeerzicht);
        Deelname(meerpunten, "moskee", Lid, mpStart, mpMeerzicht);
        Deelname(meerpunten, "group", Lid, mpStart, mpOosterheem);
        Deelname(meerpunten, "perron", Lid, mpStart, mpOosterheem);
        Deelname(meerpunten, "inzet", Lid, mpStart, mpBuytenwegh);
        Deelname(meerpunten, "bi-buytenwegh", Lid, mpStart, mpBuytenwegh);
        Deelname(meerpunten, "atletiek", Lid, mpStart, mpBuytenwegh);
        Deelname(meerpunten, "picasso", Lid, mpStart);
        Deelname(meerpunten, "mborijnland", Lid, mpStart);
        Deelname(meerpunten, "jongerenraad", Lid, mpStart);
    }
}
