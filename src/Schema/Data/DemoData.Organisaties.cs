using SociaalNetwerk.Schema.Kenmerken;
using SociaalNetwerk.Schema.Netwerken;
using SociaalNetwerk.Schema.Wijken;
using static SociaalNetwerk.Schema.Kenmerken.Thema;
using static SociaalNetwerk.Schema.Netwerken.OrganisatieSoort;

namespace SociaalNetwerk.Schema.Data;

public static partial class DemoData
{
    private static void VoegOrganisatiesToe(Zaaisel z)
    {
        // domein "inzet" gives https://www.inzet.example and info@inzet.example; phone numbers are fictional (079 000 ..).
        void Voeg(
            string sleutel,
            string naam,
            OrganisatieSoort soort,
            string omschrijving,
            List<Thema> themas,
            List<Wijk> wijken,
            string? domein = null,
            string? telefoon = null,
            string? adres = null,
            string? postcode = null) =>
            z.Organisaties[sleutel] = new Organisatie
            {
                Naam = naam,
                Soort = soort,
                Omschrijving = omschrijving,
                Themas = themas,
                Wijken = wijken,
                Website = domein is null ? null : $"https://www.{domein}.example",
                Email = domein is null ? null : $"info@{domein}.example",
                Telefoon = telefoon,
                Adres = adres,
                Postcode = postcode,
                Plaats = adres is null ? null : "Zoetermeer",
            };

        // Gemeente, welzijn en de stedelijke partners
        Voeg("gemeente", "Gemeente Zoetermeer", Gemeente,
            "De gemeente ondersteunt inwoners en partners die samen werken aan een sterke sociale basis. Wijkregisseurs kennen de wijk en helpen bij nieuwe plannen.",
            [EenzaamheidEnOntmoeting, WonenEnBuurt, Inclusie, GeldzakenEnSchulden], z.AlleWijken(), "gemeente-zoetermeer", "079 000 14 00", "Markt 10", "2711 CV");
        Voeg("inzet", "inZet", Welzijn,
            "inZet is de welzijnsorganisatie van Zoetermeer. Zij helpt inwoners in alle wijken met vragen over geld, mantelzorg, eenzaamheid en meedoen.",
            [EenzaamheidEnOntmoeting, GeldzakenEnSchulden, Mantelzorg, Jeugd, WonenEnBuurt], z.AlleWijken(), "inzet", "079 000 12 34", "Promenade 40", "2711 AH");
        Voeg("zve", "Zoetermeer voor elkaar", Vrijwilligersorganisatie,
            "Het platform voor vrijwilligerswerk in Zoetermeer. Je vindt hier vacatures, trainingen voor vrijwilligers en de VIP-inlooppunten.",
            [Vrijwilligerswerk, EenzaamheidEnOntmoeting], z.AlleWijken(), "zoetermeervoorelkaar", "079 000 22 10");
        Voeg("binnenbaan", "De Binnenbaan", Overig,
            "Het werkbedrijf van Zoetermeer. De Binnenbaan helpt mensen met een afstand tot werk aan een baan en voert het SEBO-keurmerk uit.",
            [WerkEnDagbesteding, Inclusie], z.AlleWijken(), "debinnenbaan", "079 000 31 00", "Bredewater 8", "2714 DB");
        Voeg("digitaalhuis", "Digi-Taalhuis Zoetermeer", Overig,
            "Hier kun je gratis terecht als je beter wilt lezen, schrijven, rekenen of werken met de computer. Vrijwilligers helpen je op weg.",
            [TaalEnDigitaleVaardigheden], z.AlleWijken(), "digitaalhuis-zoetermeer", "079 000 25 25", "Stadhuisplein 2", "2711 EC");
        Voeg("lezenschrijven", "Stichting Lezen en Schrijven", Overig,
            "Landelijke stichting die laaggeletterdheid aanpakt. Zij werkt in Zoetermeer samen met werkgevers aan Taal op de Werkvloer.",
            [TaalEnDigitaleVaardigheden, WerkEnDagbesteding], [], "lezenenschrijven");
        Voeg("armoede", "Breed overleg Armoede Zoetermeer", Overig,
            "Overleg van organisaties die inwoners met weinig geld helpen. Zij delen kennis en zorgen dat hulp beter aansluit.",
            [GeldzakenEnSchulden], z.AlleWijken(), "armoede-zoetermeer");
        Voeg("sunz", "Stichting Urgente Noden Zoetermeer (SunZ)", Financier,
            "SunZ geeft snelle financiële hulp als er geen andere regeling is, bijvoorbeeld via het Noodfonds of een sociale lening. Een hulpverlener vraagt dit voor je aan.",
            [GeldzakenEnSchulden], z.AlleWijken(), "sunz", "079 000 40 40");
        Voeg("asd", "Adviesraad Sociaal Domein Zoetermeer", Overig,
            "De adviesraad geeft de gemeente gevraagd en ongevraagd advies over zorg, welzijn, werk en inkomen. De leden zijn inwoners.",
            [Inclusie, GeldzakenEnSchulden], [], "asd-zoetermeer");
        Voeg("bieb", "Bibliotheek Forum Zoetermeer", Overig,
            "De bibliotheek is er voor iedereen: boeken lenen, leren, elkaar ontmoeten en hulp bij de computer. Er zijn vestigingen in het Forum en in Oosterheem.",
            [TaalEnDigitaleVaardigheden, EenzaamheidEnOntmoeting], z.Ws("centrum", "oosterheem"), "bibliotheek-zoetermeer", "079 000 25 00", "Stadhuisplein 2", "2711 EC");
        Voeg("ggd", "GGD Haaglanden", Zorg,
            "De GGD werkt aan de gezondheid van alle inwoners, bijvoorbeeld met voorlichting, vaccinaties en de jeugdgezondheidszorg.",
            [GezondheidEnBewegen, Jeugd], z.AlleWijken(), "ggdhaaglanden");

        // Zorg en gezondheid (Samen ZoeterMeer Gezond)
        Voeg("vgz", "Vereniging Gezondheidsregio Zoetermeer", Vereniging,
            "De vereniging is opgericht in 2021 en voert het programma Samen ZoeterMeer Gezond uit. Partners uit zorg en welzijn werken samen zodat zorg goed en betaalbaar blijft.",
            [GezondheidEnBewegen], z.AlleWijken(), "samenzoetermeergezond");
        Voeg("langeland", "LangeLand Ziekenhuis", Zorg,
            "Het ziekenhuis van Zoetermeer. Het werkt samen met huisartsen en de wijk, zodat mensen na een opname goed thuis verder kunnen.",
            [GezondheidEnBewegen], [], "langeland", "079 000 46 00", "Toneellaan 2", "2725 NA");
        Voeg("sgz", "Stichting Georganiseerde Eerstelijnszorg (SGZ)", Zorg,
            "SGZ verbindt de huisartsen, fysiotherapeuten, apothekers en andere zorgverleners in de buurt. Zij werken aan zorg dichtbij huis.",
            [GezondheidEnBewegen, Mantelzorg], z.AlleWijken(), "sgz-zoetermeer");
        Voeg("fundis", "Fundis", Zorg,
            "Fundis biedt ouderenzorg, thuiszorg en wonen met zorg. Zij helpen ouderen om zo lang mogelijk zelfstandig te blijven.",
            [GezondheidEnBewegen, Mantelzorg], z.AlleWijken(), "fundis");
        Voeg("parnassia", "Parnassia", Zorg,
            "Parnassia biedt hulp bij psychische problemen. In Zoetermeer werken zij samen met de huisarts en het wijkteam.",
            [GezondheidEnBewegen], [], "parnassia");
        Voeg("rivierduinen", "Rivierduinen", Zorg,
            "Rivierduinen helpt mensen met psychische klachten. Zij denken ook mee over herstel en meedoen in de wijk.",
            [GezondheidEnBewegen, Inclusie], [], "rivierduinen");
        Voeg("menzis", "Menzis", Financier,
            "Zorgverzekeraar. Menzis betaalt mee aan projecten die de gezondheid van inwoners verbeteren.",
            [GezondheidEnBewegen], [], "menzis");
        Voeg("cz", "CZ", Financier,
            "Zorgverzekeraar. CZ werkt in Samen ZoeterMeer Gezond mee aan preventie en anders financieren.",
            [GezondheidEnBewegen], [], "cz");
        Voeg("middin", "Middin Heemburg", Zorg,
            "Woonlocatie van Middin voor mensen met een verstandelijke beperking. De bewoners doen graag mee in de wijk Oosterheem.",
            [Inclusie, WerkEnDagbesteding], z.Ws("oosterheem"), "middin", "079 000 55 10", "Heemburgstraat 1", "2719 LX");
        Voeg("alzheimer", "Alzheimer Café Zoetermeer", Vrijwilligersorganisatie,
            "Elke maand een avond voor mensen met dementie, hun naasten en mantelzorgers. Je krijgt uitleg en je ontmoet anderen.",
            [Mantelzorg, GezondheidEnBewegen], z.AlleWijken(), "alzheimercafe-zoetermeer", "079 000 56 56");

        // Wonen, onderwijs, jeugd
        Voeg("vidomes", "Vidomes", Woningcorporatie,
            "Woningcorporatie met veel huurwoningen in Zoetermeer. Vidomes helpt bewoners die iets willen doen voor hun complex of buurt.",
            [WonenEnBuurt], z.Ws("oosterheem", "palenstein", "meerzicht", "seghwaert"), "vidomes", "079 000 60 00");
        Voeg("mborijnland", "MBO Rijnland", Onderwijs,
            "Mbo-school met opleidingen in zorg, welzijn en techniek. Studenten doen projecten in de wijk.",
            [WerkEnDagbesteding, GezondheidEnBewegen], z.Ws("oosterheem", "centrum"), "mborijnland");
        Voeg("picasso", "Kindcentrum Picasso", Onderwijs,
            "Basisschool en kinderopvang in Rokkeveen. De kinderen helpen mee om de buurt schoon en gezellig te houden.",
            [Jeugd, WonenEnBuurt], z.Ws("rokkeveen"), "kindcentrumpicasso", null, "Picassostraat 2", "2718 RA");
        Voeg("perron", "Perron Oosterheem", Welzijn,
            "Buurtplek in Oosterheem voor jong en oud. Hier zijn activiteiten, een inloop en ruimte voor eigen plannen van bewoners.",
            [EenzaamheidEnOntmoeting, Jeugd, WonenEnBuurt], z.Ws("oosterheem"), "perronoosterheem", "079 000 71 71", "Van Stolberglaan 8", "2719 EJ");
        Voeg("group", "Gro-Up", Welzijn,
            "Gro-Up werkt met kinderen, jongeren en gezinnen. In Zoetermeer doen zij jongerenwerk en activiteiten in de wijk.",
            [Jeugd], z.Ws("oosterheem", "buytenwegh", "meerzicht"), "gro-up");
        Voeg("ikros", "Speelgoedbank IKROS", Vrijwilligersorganisatie,
            "Gezinnen met weinig geld kunnen hier gratis goed speelgoed krijgen voor hun kinderen. Je hebt een verwijzing nodig.",
            [GeldzakenEnSchulden, Jeugd], z.AlleWijken(), "ikros");
        Voeg("jongerenraad", "Jongerenraad Zoetermeer", Vereniging,
            "Jongeren tussen 14 en 23 jaar die meepraten over plannen van de gemeente. Zij organiseren ook eigen activiteiten.",
            [Jeugd, Inclusie], [], "jongerenraad-zoetermeer");

        // Vrijwilligers, geloof en armoede
        Voeg("voedselbank", "Voedselbank Zoetermeer", Vrijwilligersorganisatie,
            "Vrijwilligers geven elke week voedselpakketten aan huishoudens die dat tijdelijk nodig hebben. Je kunt ook helpen met inzamelen.",
            [GeldzakenEnSchulden, Vrijwilligerswerk], z.AlleWijken(), "voedselbank-zoetermeer", "079 000 80 80");
        Voeg("humanitas", "Humanitas Zoetermeer", Vrijwilligersorganisatie,
            "Vrijwilligers van Humanitas helpen mensen met hun thuisadministratie, bij rouw of als maatje tegen eenzaamheid.",
            [GeldzakenEnSchulden, EenzaamheidEnOntmoeting, Vrijwilligerswerk], z.AlleWijken(), "humanitas-zoetermeer", "079 000 81 81");
        Voeg("vluchtelingenwerk", "VluchtelingenWerk Zoetermeer", Vrijwilligersorganisatie,
            "Helpt nieuwkomers en statushouders met taal, papieren en hun weg vinden in Zoetermeer. Ook voor mensen uit Oekraïne.",
            [Inclusie, TaalEnDigitaleVaardigheden], z.AlleWijken(), "vluchtelingenwerk-zoetermeer");
        Voeg("kerk", "Protestantse Gemeente Zoetermeer", Overig,
            "De kerk in het Dorp opent haar zaal voor ontmoeting. De diaconie helpt mee bij maaltijden en bij de inzameling voor de Voedselbank.",
            [EenzaamheidEnOntmoeting, GeldzakenEnSchulden], z.Ws("dorp"), "pgzoetermeer", null, "Dorpsstraat 52", "2712 AL");
        Voeg("moskee", "Stichting Moskee Meerzicht", Overig,
            "De moskee is een plek voor gebed en ontmoeting. Vrijwilligers koken voor buren en zamelen voedsel in voor wie het nodig heeft.",
            [EenzaamheidEnOntmoeting, GeldzakenEnSchulden, Inclusie], z.Ws("meerzicht"), "moskee-meerzicht", null, "Zeeltstraat 3", "2716 TA");
        Voeg("ouderenvereniging", "Seniorenvereniging Zoetermeer", Vereniging,
            "Vereniging voor 55-plussers met koffieochtenden, uitstapjes en hulp bij belastingpapieren.",
            [EenzaamheidEnOntmoeting, GeldzakenEnSchulden], z.AlleWijken(), "senioren-zoetermeer", "079 000 83 83");

        // Sport
        Voeg("westerpark", "Sportvereniging Westerpark", Vereniging,
            "Sportvereniging met voetbal, jeu de boules en wandelgroepen. Nieuwe leden en buren zijn welkom.",
            [GezondheidEnBewegen], z.Ws("dorp", "meerzicht"), "sv-westerpark", null, "Van Aalstlaan 2", "2712 TA");
        Voeg("atletiek", "Loopgroep De Leyens", Vereniging,
            "Hardlopen in groepjes voor beginners en gevorderden. De loopgroep organiseert ook de Family run.",
            [GezondheidEnBewegen, Jeugd], z.Ws("de-leyens", "buytenwegh"), "loopgroepdeleyens");

        // Bewonersinitiatieven
        Voeg("bi-buytenwegh", "Buytenwegh in Beweging", Bewonersinitiatief,
            "Bewoners die hun wijk in beweging brengen: samen wandelen, sporten en buurtbakkies op straat.",
            [GezondheidEnBewegen, WonenEnBuurt], z.Ws("buytenwegh", "de-leyens"), "buytenweghinbeweging");
        Voeg("bi-palenstein", "Bewonersgroep Palenstein", Bewonersinitiatief,
            "Bewoners die de Dag van Palenstein organiseren en elke twee weken koffie schenken op het speelveld.",
            [WonenEnBuurt, EenzaamheidEnOntmoeting], z.Ws("palenstein"), "palenstein-samen");
        Voeg("bi-seghwaert", "Bewonersgroep Huis van de Wijk Seghwaert", Bewonersinitiatief,
            "Bewoners die samen met de gemeente en partners onderzoeken of er een Huis van de Wijk kan komen aan de Koeienweide 2.",
            [WonenEnBuurt, EenzaamheidEnOntmoeting], z.Ws("seghwaert"), "huisvandewijkseghwaert");
        Voeg("spraakmakers", "De Spraakmakers Oosterheem", Bewonersinitiatief,
            "Een groep bewoners die weet wat er speelt in Oosterheem. Zij gaan langs bij buren en praten mee over plannen voor de wijk.",
            [WonenEnBuurt, Inclusie], z.Ws("oosterheem"), "spraakmakers-oosterheem");
        Voeg("bi-meerzicht", "Meerzicht Mooier", Bewonersinitiatief,
            "Bewoners uit Meerzicht die samen de buurt schoon, groen en gezellig maken. Iedereen mag aanschuiven.",
            [WonenEnBuurt, Inclusie], z.Ws("meerzicht"), "meerzichtmooier");
        Voeg("bi-rokkeveen", "Buurtbakkie Rokkeveen", Bewonersinitiatief,
            "Buren die elke maand koffie schenken op straat, zodat je nieuwe mensen uit je buurt leert kennen.",
            [EenzaamheidEnOntmoeting], z.Ws("rokkeveen"));
        Voeg("repaircafe", "Repair Café Noordhove", Bewonersinitiatief,
            "Vrijwilligers repareren samen met jou kapotte spullen, zoals lampen, kleding en fietsen. Weggooien is zonde.",
            [WonenEnBuurt, Vrijwilligerswerk], z.Ws("noordhove", "seghwaert"), "repaircafe-noordhove");
        Voeg("oudernetwerk", "Oudernetwerk Meerzicht", Bewonersinitiatief,
            "Ouders uit Meerzicht die elkaar helpen met vragen over opvoeden, school en geld.",
            [Jeugd, Inclusie], z.Ws("meerzicht"));

        // Eetinitiatieven (Eten en Ontmoeten)
        Voeg("aantafel", "Aan Tafel Oosterheem", Bewonersinitiatief,
            "Vrijwilligers koken elke week een warme maaltijd voor ouderen die vaak alleen eten.",
            [EenzaamheidEnOntmoeting], z.Ws("oosterheem"), "aantafeloosterheem", "079 000 72 72");
        Voeg("buurtrestaurant", "Buurtrestaurant De Leyens", Bewonersinitiatief,
            "Een buurtrestaurant waar je voor weinig geld samen eet met buren. Vrijwilligers koken en bedienen.",
            [EenzaamheidEnOntmoeting, GeldzakenEnSchulden], z.Ws("de-leyens", "buytenwegh"), "buurtrestaurantdeleyens");
        Voeg("samen-eten", "Samen Eten Driemanspolder", Bewonersinitiatief,
            "Eén keer per maand eten buren samen in het buurthuis. Nieuwe mensen zijn altijd welkom.",
            [EenzaamheidEnOntmoeting], z.Ws("driemanspolder"));

        // Bedrijven met het SEBO-keurmerk
        Voeg("bakkerij", "Bakkerij Het Korenaartje", Bedrijf,
            "Buurtbakker met het SEBO-keurmerk. Hier werken mensen met een afstand tot werk mee in de bakkerij en de winkel.",
            [WerkEnDagbesteding, Inclusie], z.Ws("noordhove"), "korenaartje", null, "Noordhoveplein 8", "2721 BA");
        Voeg("fietsmakerij", "Fietsmakerij Op Wielen", Bedrijf,
            "Fietsenmaker met het SEBO-keurmerk. Jongeren leren hier het vak, en helpen mee bij het Repair Café.",
            [WerkEnDagbesteding, Jeugd], z.Ws("rokkeveen", "driemanspolder"), "opwielen");
        Voeg("wsp", "WerkgeversServicePunt Zuid-Holland Centraal", Overig,
            "Het WerkgeversServicePunt helpt werkgevers bij het vinden van personeel en het begeleiden van nieuwe medewerkers.",
            [WerkEnDagbesteding], [], "wsp-zhc");

        // A few partners have a logo (on their own fictional websites, https): their activities without an image of their
        // own show it when a link is shared and in the Event JSON-LD.
        void Logo(string sleutel, string domein, string alt)
        {
            z.Organisaties[sleutel].AfbeeldingUrl = $"https://www.{domein}.example/logo.png";
            z.Organisaties[sleutel].AfbeeldingAlt = alt;
        }

        Logo("gemeente", "gemeente-zoetermeer", "Logo van de gemeente Zoetermeer");
        Logo("bieb", "bibliotheek-zoetermeer", "Logo van Bibliotheek Forum Zoetermeer");
        Logo("digitaalhuis", "digitaalhuis-zoetermeer", "Logo van het Digi-Taalhuis Zoetermeer");
    }
}
