using System.Security.Cryptography;
using System.Text;
using SociaalNetwerk.Schema.Participatie;
using static SociaalNetwerk.Schema.Participatie.FactorSoort;
using static SociaalNetwerk.Schema.Participatie.UitvraagDoelgroep;

namespace SociaalNetwerk.Schema.Data;

/// <summary>
/// The participatietrajecten from the municipal texts: the open uitvraag of the Visie Sterke Sociale Basis (every
/// question type, in Dutch, English and Arabic), the closed Inwonerenquête Huis van de Wijk Seghwaert with 240
/// generated reacties, and a skate park traject with an uitvraag in preparation.
/// </summary>
public static partial class DemoData
{
    /// <summary>How many reacties the Huis van de Wijk enquête has.</summary>
    public const int AantalReactiesHuisVanDeWijk = 240;

    /// <summary>How many reacties the open Visie uitvraag has received so far.</summary>
    public const int AantalReactiesVisie = 48;

    /// <summary>The seed of the generated reacties: the same seed (and day) gives the same reacties.</summary>
    private const int ReactieZaad = 20261123;

    /// <summary>Demo reacties that came in on paper or in a conversation were entered with this (fictional) key.</summary>
    private const string DemoInvoerder = "sn_demo";

    private static readonly string[] ContactNamen =
    [
        "Anouk de Vries", "Mohamed El Amrani", "Fatma Yilmaz", "Kees van Dijk", "Samira Bouzid", "Henk Jansen",
        "Ingrid Bakker", "Yusuf Demir", "Ria de Graaf", "Olena Kovalenko", "Peter Visser", "Noura Haddad",
        "Marieke Smit", "Joost Mulder", "Wilma Hoekstra", "Ahmed Hassan", "Daan Koster", "Priya Ramdin",
    ];

    /// <summary>
    /// Seeds the trajecten with their uitvragen (one save, so the vragen and opties have ids), then all generated
    /// reacties in one more save. Needs the wijken to be saved already.
    /// </summary>
    private static async Task ZaaiParticipatieAsync(SociaalNetwerkDbContext db, Zaaisel z, CancellationToken cancellationToken)
    {
        var visie = VisieSterkeSocialeBasis(z.Vandaag);
        var huis = HuisVanDeWijkSeghwaert(z.Vandaag);
        var skate = SkatebaanSeghwaertseHout(z.Vandaag);
        db.Participatietrajecten.AddRange(visie, huis, skate);
        await db.SaveChangesAsync(cancellationToken);

        var random = new Random(ReactieZaad);
        var reacties = HuisVanDeWijkReacties(z, huis.Uitvragen[0], random).Concat(VisieReacties(z, visie.Uitvragen[0], random)).ToList();
        foreach (var reactie in reacties)
        {
            // As for a submitted reactie: a retry with this key and this content gets the demo code back.
            reactie.InhoudHash = ReactieInhoud.Hash(reactie);
        }

        db.Reacties.AddRange(reacties);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static Participatietraject VisieSterkeSocialeBasis(DateOnly vandaag)
    {
        var factoren = Vraag(1, VraagType.Factoren, verplicht: true,
            Vertaalbaar.Van(
                "Wat helpt u en wat houdt u tegen om iets voor een ander of voor uw buurt te doen?",
                "What helps you and what holds you back from doing something for another person or for your neighbourhood?",
                "ما الذي يساعدك وما الذي يمنعك من فعل شيء لشخص آخر أو لحيّك؟"),
            Vertaalbaar.Van(
                "Kies uit de lijst wat u helpt en wat u tegenhoudt, hoogstens drie van elk. Staat het er niet bij? Schrijf het dan in uw eigen woorden.",
                "Choose from the list what helps you and what holds you back, at most three of each. Is it not on the list? Then write it in your own words.",
                "اختر من القائمة ما يساعدك وما يمنعك، ثلاثة على الأكثر من كل نوع. إذا لم تجده في القائمة، فاكتبه بكلماتك الخاصة."),
            Vertaalbaar.Van("Contact met buren", "Contact with neighbours", "التواصل مع الجيران"),
            Vertaalbaar.Van("Een plek in de buurt om elkaar te ontmoeten", "A place in the neighbourhood to meet each other", "مكان في الحي للقاء الآخرين"),
            Vertaalbaar.Van("Informatie over wat er te doen is", "Information about what is going on", "معلومات عن الأنشطة الموجودة"),
            Vertaalbaar.Van("Hulp van een buurtwerker of wijkregisseur", "Help from a community worker or the neighbourhood manager", "مساعدة من عامل اجتماعي في الحي أو من منسّق الحي"),
            Vertaalbaar.Van("Subsidie aanvragen", "Applying for a grant", "طلب منحة مالية من البلدية"),
            Vertaalbaar.Van("Tijd", "Time", "الوقت"),
            Vertaalbaar.Van("Geld", "Money", "المال"),
            Vertaalbaar.Van("Taal", "Language", "اللغة"),
            Vertaalbaar.Van("Digitale vaardigheden", "Digital skills", "المهارات الرقمية"),
            Vertaalbaar.Van("Vertrouwen in de gemeente", "Trust in the municipality", "الثقة في البلدية"),
            Vertaalbaar.Van("Durven om hulp te vragen of aan te bieden", "Daring to ask for help or to offer it", "الجرأة على طلب المساعدة أو تقديمها"));
        factoren.MaxKeuzes = 3;
        factoren.EigenFactorenToegestaan = true;

        var hoeVaak = Vraag(2, VraagType.EenKeuze, verplicht: true,
            Vertaalbaar.Van(
                "Hoe vaak doet u iets voor een ander of voor uw buurt?",
                "How often do you do something for another person or for your neighbourhood?",
                "كم مرة تقوم بشيء لشخص آخر أو لحيّك؟"),
            Vertaalbaar.Van(
                "Bijvoorbeeld boodschappen doen voor een buurvrouw, vrijwilligerswerk of meehelpen bij een buurtfeest.",
                "For example shopping for a neighbour, volunteering or helping at a street party.",
                "مثلًا التسوّق لجارة، أو العمل التطوعي، أو المساعدة في حفلة الحي."),
            Vertaalbaar.Van("Elke week", "Every week", "كل أسبوع"),
            Vertaalbaar.Van("Elke maand", "Every month", "كل شهر"),
            Vertaalbaar.Van("Een paar keer per jaar", "A few times a year", "بضع مرات في السنة"),
            Vertaalbaar.Van("Bijna nooit", "Almost never", "نادرًا جدًا"),
            Vertaalbaar.Van("Nooit, maar ik zou het wel willen", "Never, but I would like to", "أبدًا، لكنني أرغب في ذلك"));

        var nodig = Vraag(3, VraagType.MeerdereKeuzes, verplicht: false,
            Vertaalbaar.Van("Wat heeft u nodig om (meer) mee te doen?", "What do you need to take part (more)?", "ماذا تحتاج لكي تشارك (أكثر)؟"),
            Vertaalbaar.Van("Kies hoogstens drie.", "Choose at most three.", "اختر ثلاثة على الأكثر."),
            Vertaalbaar.Van("Een ruimte om samen te komen", "A room to get together", "مكان للاجتماع"),
            Vertaalbaar.Van("Een klein budget voor activiteiten", "A small budget for activities", "ميزانية صغيرة للأنشطة"),
            Vertaalbaar.Van("Iemand die helpt met organiseren", "Someone who helps to organise", "شخص يساعد في التنظيم"),
            Vertaalbaar.Van("Informatie in eenvoudige taal of in mijn eigen taal", "Information in simple language or in my own language", "معلومات بلغة بسيطة أو بلغتي"),
            Vertaalbaar.Van("Een eenvoudige manier om subsidie aan te vragen", "A simple way to apply for a grant", "طريقة سهلة لطلب منحة مالية"),
            Vertaalbaar.Van("Contact met andere vrijwilligers en initiatieven", "Contact with other volunteers and initiatives", "التواصل مع متطوعين ومبادرات أخرى"),
            Vertaalbaar.Van("Vervoer", "Transport", "المواصلات"),
            Vertaalbaar.Van("Waardering voor wat ik doe", "Appreciation for what I do", "التقدير لما أقوم به"));
        nodig.MaxKeuzes = 3;

        var omzien = Vraag(4, VraagType.Schaal, verplicht: true,
            Vertaalbaar.Van(
                "Hoe goed zien mensen in uw buurt naar elkaar om?",
                "How well do people in your neighbourhood look out for each other?",
                "إلى أي مدى يهتم الناس في حيّك ببعضهم البعض؟"),
            Vertaalbaar.Van("Kies een cijfer van 1 tot en met 5.", "Choose a number from 1 to 5.", "اختر رقمًا من 1 إلى 5."));
        omzien.SchaalMin = 1;
        omzien.SchaalMax = 5;
        omzien.SchaalLabelMin = Vertaalbaar.Van("Helemaal niet", "Not at all", "لا يهتمون أبدًا");
        omzien.SchaalLabelMax = Vertaalbaar.Van("Heel goed", "Very well", "يهتمون كثيرًا");

        var idee = Vraag(5, VraagType.OpenTekst, verplicht: false,
            Vertaalbaar.Van(
                "Heeft u een idee om meer mensen in beweging te krijgen?",
                "Do you have an idea to get more people involved?",
                "هل لديك فكرة لتشجيع المزيد من الناس على المشاركة؟"),
            Vertaalbaar.Van(
                "Bijvoorbeeld een activiteit die u zelf wilt organiseren, of iets wat de gemeente anders kan doen. Hoogstens 1000 tekens.",
                "For example an activity you would like to organise yourself, or something the municipality could do differently. At most 1000 characters.",
                "مثلًا نشاط تريد أن تنظّمه بنفسك، أو شيء يمكن للبلدية أن تفعله بطريقة مختلفة. 1000 حرف على الأكثر."));
        idee.MaxLengte = 1000;

        var uitvraag = new Uitvraag
        {
            Titel = Vertaalbaar.Van(
                "Sterke sociale basis: wat helpt en wat houdt u tegen?",
                "A strong social base: what helps you and what holds you back?",
                "أساس اجتماعي قوي: ما الذي يساعدك وما الذي يمنعك؟"),
            Inleiding = Vertaalbaar.Van(
                "De gemeente Zoetermeer schrijft een visie op een sterke sociale basis: buren, vrijwilligers, verenigingen en organisaties die naar elkaar omzien. "
                + "Wij willen weten wat u helpt om iets voor een ander of voor uw buurt te doen, en wat u tegenhoudt. En wat u nodig heeft om (meer) mee te doen. "
                + "Het invullen duurt ongeveer 5 minuten. Uw antwoorden gebruiken we voor de definitieve visie en de uitvoeringsagenda. "
                + "U kunt ook reageren op papier of in een gesprek bij een buurtbakkie.",
                "The municipality of Zoetermeer is writing a vision for a strong social base: neighbours, volunteers, clubs and organisations who look out for each other. "
                + "We want to know what helps you to do something for another person or for your neighbourhood, and what holds you back. And what you need to take part (more). "
                + "Filling in the form takes about 5 minutes. We will use your answers for the final vision and the plan to carry it out. "
                + "You can also respond on paper, or in a conversation at a buurtbakkie (coffee on the street).",
                "تكتب بلدية زوترمير رؤية لأساس اجتماعي قوي: جيران ومتطوعون وجمعيات ومنظمات يهتم بعضهم ببعض. "
                + "نريد أن نعرف ما الذي يساعدك على فعل شيء لشخص آخر أو لحيّك، وما الذي يمنعك من ذلك، وما الذي تحتاجه لكي تشارك (أكثر). "
                + "يستغرق ملء الاستبيان حوالي 5 دقائق. سنستخدم إجاباتك في الرؤية النهائية وفي خطة تنفيذها. "
                + "يمكنك أيضًا أن تجيب على الورق، أو في حديث معنا أثناء لقاء القهوة في الشارع (buurtbakkie)."),
            Privacyverklaring = Vertaalbaar.Van(
                "Uw antwoorden zijn anoniem. We vragen alleen in welke wijk u woont en als wie u reageert, om de resultaten per wijk en per groep te bekijken. "
                + "Wilt u dat we contact met u opnemen? Dan kunt u uw naam, e-mailadres of telefoonnummer achterlaten, alleen met uw toestemming. "
                + "Alleen het projectteam van de gemeente ziet deze gegevens. Een jaar na het sluiten van de uitvraag verwijderen we uw contactgegevens en uw antwoord op de open vraag. "
                + "De tellingen blijven bewaard. Met uw ontvangstcode kunt u uw reactie altijd intrekken.",
                "Your answers are anonymous. We only ask in which neighbourhood you live and in which role you respond, to look at the results per neighbourhood and per group. "
                + "Would you like us to contact you? Then you can leave your name, e-mail address or phone number, only with your permission. "
                + "Only the project team of the municipality sees these details. One year after the consultation closes, we delete your contact details and your answer to the open question. "
                + "The counts are kept. With your receipt code you can always withdraw your response.",
                "إجاباتك لا تحمل اسمك. نسألك فقط في أي حي تسكن وبأي صفة تجيب، لكي ننظر إلى النتائج حسب الحي وحسب المجموعة. "
                + "هل تريد أن نتواصل معك؟ يمكنك أن تترك اسمك أو بريدك الإلكتروني أو رقم هاتفك، وذلك فقط بموافقتك. "
                + "لا يرى هذه البيانات إلا فريق المشروع في البلدية. بعد سنة من إغلاق الاستبيان نحذف بيانات التواصل وإجابتك على السؤال المفتوح. "
                + "أما الأعداد فتبقى محفوظة. يمكنك دائمًا سحب ردّك باستخدام رمز الاستلام."),
            Doelgroepen = [Inwoners, Vrijwilligers, InformeleNetwerken, Organisaties],
            OpenVanaf = Utc(vandaag.AddDays(-14), 9),
            OpenTot = Utc(vandaag.AddDays(42), 0),
            Status = UitvraagStatus.Open,
            BewaartermijnDagen = 365,
            ContactgegevensVragen = true,
            ProfielvraagWijk = true,
            ProfielvraagDoelgroep = true,
            Vragen = [factoren, hoeVaak, nodig, omzien, idee],
        };

        return new Participatietraject
        {
            Naam = "Visie Sterke Sociale Basis",
            Onderwerp = "Sociale basis: helpende en remmende factoren en randvoorwaarden",
            Omschrijving = "De gemeente schrijft samen met inwoners en partners een visie op een sterke sociale basis: buren, vrijwilligers, verenigingen, "
                + "geloofsgemeenschappen en organisaties die naar elkaar omzien. Op advies van de Adviesraad Sociaal Domein vragen we inwoners, vrijwilligers, "
                + "informele netwerken en organisaties wat helpt en wat remt, hoe meer mensen in beweging komen en wat ze daarvoor nodig hebben. "
                + "We halen de antwoorden op online, op papier en in gesprekken, bijvoorbeeld bij buurtbakkies en informatiemarkten. "
                + "De opbrengst verwerken we in de definitieve visie en de uitvoeringsagenda.",
            Fase = TrajectFase.Ophalen,
            Uitvragen = [uitvraag],
        };
    }

    private static Participatietraject HuisVanDeWijkSeghwaert(DateOnly vandaag)
    {
        var mening = Vraag(1, VraagType.EenKeuze, verplicht: true,
            Vertaalbaar.Van("Wat vindt u van een Huis van de Wijk aan de Koeienweide 2?", "What do you think of a community house at Koeienweide 2?"),
            null,
            Vertaalbaar.Van("Een heel goed idee", "A very good idea"),
            Vertaalbaar.Van("Een goed idee", "A good idea"),
            Vertaalbaar.Van("Het maakt mij niet uit", "I do not mind either way"),
            Vertaalbaar.Van("Geen goed idee", "Not a good idea"),
            Vertaalbaar.Van("Weet ik niet", "I do not know"));

        var wensen = Vraag(2, VraagType.MeerdereKeuzes, verplicht: false,
            Vertaalbaar.Van("Wat zou u graag in het Huis van de Wijk willen?", "What would you like to find in the community house?"),
            Vertaalbaar.Van("Kies hoogstens drie.", "Choose at most three."),
            Vertaalbaar.Van("Koffie drinken en elkaar ontmoeten", "Having coffee and meeting people"),
            Vertaalbaar.Van("Samen eten", "Eating together"),
            Vertaalbaar.Van("Spreekuur over geldzaken (GeldPunt)", "Walk-in hour for money matters (GeldPunt)"),
            Vertaalbaar.Van("Activiteiten voor ouderen", "Activities for older people"),
            Vertaalbaar.Van("Een plek voor jongeren", "A place for young people"),
            Vertaalbaar.Van("Cursussen en taallessen", "Courses and language lessons"),
            Vertaalbaar.Van("Sport en bewegen", "Sport and exercise"),
            Vertaalbaar.Van("Hulp bij formulieren en de computer", "Help with forms and the computer"),
            Vertaalbaar.Van("Ruimte voor eigen initiatieven van bewoners", "Room for residents' own initiatives"));
        wensen.MaxKeuzes = 3;

        var factoren = Vraag(3, VraagType.Factoren, verplicht: true,
            Vertaalbaar.Van("Wat helpt u om naar het Huis van de Wijk te gaan, en wat houdt u tegen?", "What would help you to go to the community house, and what would hold you back?"),
            Vertaalbaar.Van("Kies hoogstens twee van elk, of schrijf het in uw eigen woorden.", "Choose at most two of each, or write it in your own words."),
            Vertaalbaar.Van("Afstand tot mijn huis", "Distance from my home"),
            Vertaalbaar.Van("Kosten", "Costs"),
            Vertaalbaar.Van("Bekende gezichten", "Familiar faces"),
            Vertaalbaar.Van("Openingstijden", "Opening hours"),
            Vertaalbaar.Van("Toegankelijkheid (rolstoel, rollator)", "Accessibility (wheelchair, walker)"),
            Vertaalbaar.Van("Weten wat er te doen is", "Knowing what is going on"),
            Vertaalbaar.Van("Tijd", "Time"),
            Vertaalbaar.Van("De sfeer", "The atmosphere"));
        factoren.MaxKeuzes = 2;
        factoren.EigenFactorenToegestaan = true;

        var belang = Vraag(4, VraagType.Schaal, verplicht: true,
            Vertaalbaar.Van("Hoe belangrijk is een Huis van de Wijk voor Seghwaert?", "How important is a community house for Seghwaert?"),
            null);
        belang.SchaalMin = 1;
        belang.SchaalMax = 5;
        belang.SchaalLabelMin = Vertaalbaar.Van("Niet belangrijk", "Not important");
        belang.SchaalLabelMax = Vertaalbaar.Van("Heel belangrijk", "Very important");

        var tips = Vraag(5, VraagType.OpenTekst, verplicht: false,
            Vertaalbaar.Van("Heeft u nog tips of ideeën voor het Huis van de Wijk?", "Do you have any tips or ideas for the community house?"),
            null);
        tips.MaxLengte = 500;

        var uitvraag = new Uitvraag
        {
            Titel = Vertaalbaar.Van("Inwonerenquête Huis van de Wijk Seghwaert", "Residents' survey: a community house in Seghwaert"),
            Inleiding = Vertaalbaar.Van(
                "Het gebouw aan de Koeienweide 2 staat leeg. De gemeente wil samen met bewoners en partners in de wijk onderzoeken of hier een Huis van de Wijk kan komen: "
                + "een plek waar iedereen binnen kan lopen voor een kop koffie, een activiteit of hulp. Wat vindt u daarvan, en wat moet er volgens u in het Huis van de Wijk gebeuren? "
                + "Na deze enquête organiseren we bijeenkomsten in de wijk om verder te praten.",
                "The building at Koeienweide 2 is empty. Together with residents and partners in the neighbourhood, the municipality wants to find out whether a Huis van de Wijk "
                + "(community house) can open here: a place where everyone can drop in for a cup of coffee, an activity or help. What do you think, and what should happen there? "
                + "After this survey we will organise meetings in the neighbourhood to talk further."),
            Privacyverklaring = Vertaalbaar.Van(
                "Uw antwoorden zijn anoniem. Laat u uw naam, e-mailadres of telefoonnummer achter (alleen met uw toestemming), dan nodigen we u uit voor de bijeenkomsten in de wijk. "
                + "Alleen het team wijkregie ziet deze gegevens. Een jaar na het sluiten van de enquête verwijderen we uw contactgegevens en uw antwoord op de open vraag; de tellingen blijven bewaard.",
                "Your answers are anonymous. If you leave your name, e-mail address or phone number (only with your permission), we will invite you to the meetings in the neighbourhood. "
                + "Only the neighbourhood team sees these details. One year after the survey closes we delete your contact details and your answer to the open question; the counts are kept."),
            Doelgroepen = [Inwoners, Vrijwilligers, Organisaties],
            OpenVanaf = Utc(vandaag.AddDays(-150), 9),
            OpenTot = Utc(vandaag.AddDays(-108), 0),
            Status = UitvraagStatus.ResultatenGepubliceerd,
            BewaartermijnDagen = 365,
            ContactgegevensVragen = true,
            ProfielvraagWijk = true,
            ProfielvraagDoelgroep = true,
            Vragen = [mening, wensen, factoren, belang, tips],
        };

        return new Participatietraject
        {
            Naam = "Huis van de Wijk Seghwaert",
            Onderwerp = "Werken in en aan wijken: een Huis van de Wijk aan de Koeienweide 2",
            Omschrijving = "Het maatschappelijk vastgoed aan de Koeienweide 2 in Seghwaert is vrijgekomen. De gemeente verkent samen met bewoners en maatschappelijke "
                + "en culturele partners of daar een Huis van de Wijk kan komen. Met een inwonerenquête hebben we gevraagd wat bewoners van een Huis van de Wijk vinden "
                + "en waar het aan moet voldoen. Daarna volgen bijeenkomsten in de wijk om persoonlijk in gesprek te gaan.",
            Fase = TrajectFase.Analyse,
            Uitvragen = [uitvraag],
        };
    }

    private static Participatietraject SkatebaanSeghwaertseHout(DateOnly vandaag)
    {
        var keuze = Vraag(1, VraagType.EenKeuze, verplicht: true,
            Vertaalbaar.Van("Wat wilt u het liefst in de Seghwaertse Hout?", "What would you like best in the Seghwaertse Hout?"),
            null,
            Vertaalbaar.Van("Een skatebaan", "A skate park"),
            Vertaalbaar.Van("Een pumptrack", "A pump track"),
            Vertaalbaar.Van("Allebei", "Both"),
            Vertaalbaar.Van("Geen van beide", "Neither"));
        var letOp = Vraag(2, VraagType.OpenTekst, verplicht: false,
            Vertaalbaar.Van("Waar moeten we op letten?", "What should we pay attention to?"),
            Vertaalbaar.Van("Bijvoorbeeld de plek, geluid of verlichting.", "For example the location, noise or lighting."));
        letOp.MaxLengte = 500;

        return new Participatietraject
        {
            Naam = "Skatebaan of pumptrack in de Seghwaertse Hout",
            Onderwerp = "Ruimte voor jeugd in de openbare ruimte",
            Omschrijving = "Jongeren in Seghwaert en Noordhove vragen om een plek om te skaten en te fietsen. Het wijkplan noemt een skatebaan of pumptrack "
                + "in de Seghwaertse Hout. Samen met jongeren, omwonenden en de Jongerenraad bereiden we een uitvraag voor.",
            Fase = TrajectFase.Voorbereiding,
            Uitvragen =
            [
                new Uitvraag
                {
                    Titel = Vertaalbaar.Van("Een skatebaan of pumptrack in de Seghwaertse Hout?", "A skate park or pump track in the Seghwaertse Hout?"),
                    Inleiding = Vertaalbaar.Van(
                        "Jongeren vragen om een plek om te skaten en te fietsen. Wat vindt u ervan, en waar moeten we op letten?",
                        "Young people ask for a place to skate and cycle. What do you think, and what should we pay attention to?"),
                    Privacyverklaring = Vertaalbaar.Van(
                        "Uw antwoorden zijn anoniem. We vragen geen contactgegevens.",
                        "Your answers are anonymous. We do not ask for contact details."),
                    Doelgroepen = [Inwoners],
                    // Scheduled: published, it opens by itself in a month (the widget shows "nog niet open" until then).
                    OpenVanaf = Utc(vandaag.AddDays(30), 9),
                    OpenTot = Utc(vandaag.AddDays(72), 0),
                    Status = UitvraagStatus.Open,
                    ProfielvraagWijk = true,
                    Vragen = [keuze, letOp],
                },
            ],
        };
    }

    private static Vraag Vraag(int volgorde, VraagType type, bool verplicht, Vertaalbaar tekst, Vertaalbaar? toelichting, params Vertaalbaar[] opties) => new()
    {
        Volgorde = volgorde,
        Type = type,
        Verplicht = verplicht,
        Tekst = tekst,
        Toelichting = toelichting,
        Opties = opties.Select((o, i) => new Antwoordoptie { Volgorde = i + 1, Tekst = o }).ToList(),
    };

    /// <summary>
    /// The reacties to the Huis van de Wijk enquête: mostly from Seghwaert, mostly positive (less so from outside the
    /// wijk), online, on paper (forms entered weekly) and from conversations at two buurtbakkies and an informatiemarkt.
    /// </summary>
    private static List<Reactie> HuisVanDeWijkReacties(Zaaisel z, Uitvraag uitvraag, Random r)
    {
        var (mening, wensen, factoren, belang, tips) = (uitvraag.Vragen[0], uitvraag.Vragen[1], uitvraag.Vragen[2], uitvraag.Vragen[3], uitvraag.Vragen[4]);
        var start = DateOnly.FromDateTime(uitvraag.OpenVanaf);
        var reacties = new List<Reactie>(AantalReactiesHuisVanDeWijk);
        for (var nummer = 1; nummer <= AantalReactiesHuisVanDeWijk; nummer++)
        {
            var kanaal = Gewogen(r, (Kanaal.Online, 62), (Kanaal.Papier, 24), (Kanaal.Gesprek, 14));
            var wijk = Gewogen(r, ("seghwaert", 68), ("noordhove", 11), ("oosterheem", 7), ("buytenwegh", 5), ("centrum", 3), ("rokkeveen", 2), ((string?)null, 4));
            var doelgroep = Gewogen(r, ((UitvraagDoelgroep?)Inwoners, 72), (Vrijwilligers, 14), (Organisaties, 6), (null, 8));
            var taal = kanaal == Kanaal.Online && r.Next(100) < 5 ? "en" : Vertaalbaar.Nederlands;
            var ingediendOp = kanaal switch
            {
                Kanaal.Online => Utc(start.AddDays((int)(42 * Math.Pow(r.NextDouble(), 1.7))), r.Next(9, 23), r.Next(60)),
                Kanaal.Papier => Utc(start.AddDays(Gewogen(r, (7, 1), (14, 1), (21, 1), (28, 1), (35, 1), (41, 1))), r.Next(10, 16), r.Next(60)),
                _ => Utc(start.AddDays(Gewogen(r, (10, 2), (24, 2), (31, 1))), r.Next(10, 12), r.Next(60)),
            };
            var reactie = NieuweReactie(z, uitvraag, "HVDW", nummer, kanaal, ingediendOp, taal, wijk, doelgroep);

            var inSeghwaert = wijk == "seghwaert";
            var meningIndex = inSeghwaert ? Gewogen(r, (0, 38), (1, 30), (2, 12), (3, 9), (4, 11)) : Gewogen(r, (0, 16), (1, 24), (2, 34), (3, 8), (4, 18));
            reactie.Antwoorden.Add(Keuze(mening, meningIndex));

            if (r.Next(100) >= (meningIndex == 3 ? 40 : 6))
            {
                int[] gewichten = [62, 41, 27, 38, 33, 22, 18, 24, 29];
                if (doelgroep is Organisaties)
                {
                    gewichten[2] += 40;
                    gewichten[7] += 30;
                }
                else if (doelgroep is Vrijwilligers)
                {
                    gewichten[8] += 45;
                }

                var aantal = Gewogen(r, (1, 20), (2, 35), (3, 45));
                reactie.Antwoorden.AddRange(ZonderTerugleggen(r, gewichten, aantal).Select(i => Keuze(wensen, i)));
            }

            var eigen = r.Next(100) < 13 ? Gewogen(r, HuisVanDeWijkEigenFactoren) : default;
            var helpend = Gewogen(r, (0, 10), (1, 45), (2, 45)) - (eigen.Soort == Helpend && eigen.Varianten is not null ? 1 : 0);
            var remmend = Gewogen(r, (0, 25), (1, 50), (2, 25)) - (eigen.Soort == Remmend && eigen.Varianten is not null ? 1 : 0);
            if (helpend + remmend <= 0 && eigen.Varianten is null)
            {
                helpend = 1;
            }

            VoegFactorenToe(r, reactie, factoren, [50, 12, 40, 10, 12, 14, 3, 22], helpend, [6, 30, 4, 18, 9, 34, 36, 10], remmend);
            if (eigen.Varianten is { } varianten)
            {
                reactie.Antwoorden.Add(ReactieRegels.EigenFactor(factoren.Id, eigen.Soort, varianten[r.Next(varianten.Length)]));
            }

            var schaal = meningIndex switch
            {
                3 => Gewogen(r, (1, 30), (2, 35), (3, 25), (4, 8), (5, 2)),
                4 => Gewogen(r, (1, 5), (2, 12), (3, 45), (4, 25), (5, 13)),
                _ when inSeghwaert => Gewogen(r, (1, 3), (2, 7), (3, 20), (4, 38), (5, 32)),
                _ => Gewogen(r, (1, 8), (2, 14), (3, 36), (4, 28), (5, 14)),
            };
            reactie.Antwoorden.Add(new Antwoord { VraagId = belang.Id, Getal = schaal });

            if (r.Next(100) < kanaal switch { Kanaal.Online => 30, Kanaal.Papier => 22, _ => 45 })
            {
                var teksten = taal == "en" ? HuisVanDeWijkTipsEngels : HuisVanDeWijkTips;
                reactie.Antwoorden.Add(new Antwoord { VraagId = tips.Id, Tekst = teksten[r.Next(teksten.Length)] });
            }

            VoegContactToe(r, reactie, kanaal switch { Kanaal.Online => 15, Kanaal.Papier => 8, _ => 30 });
            reacties.Add(reactie);
        }

        return reacties;
    }

    /// <summary>
    /// The first two weeks of reacties to the Visie uitvraag: from all over the city, from residents, volunteers and
    /// organisations, online in Dutch, English and Arabic, and from conversations at buurtbakkies.
    /// </summary>
    private static List<Reactie> VisieReacties(Zaaisel z, Uitvraag uitvraag, Random r)
    {
        var (factoren, hoeVaak, nodig, omzien, idee) = (uitvraag.Vragen[0], uitvraag.Vragen[1], uitvraag.Vragen[2], uitvraag.Vragen[3], uitvraag.Vragen[4]);
        var start = DateOnly.FromDateTime(uitvraag.OpenVanaf);
        var reacties = new List<Reactie>(AantalReactiesVisie);
        for (var nummer = 1; nummer <= AantalReactiesVisie; nummer++)
        {
            var kanaal = Gewogen(r, (Kanaal.Online, 70), (Kanaal.Gesprek, 22), (Kanaal.Papier, 8));
            var wijk = Gewogen(r,
                ("buytenwegh", 9), ("de-leyens", 5), ("centrum", 8), ("palenstein", 10), ("rokkeveen", 9), ("noordhove", 7), ("seghwaert", 8),
                ("oosterheem", 14), ("meerzicht", 16), ("dorp", 4), ("driemanspolder", 2), ((string?)null, 8));
            var doelgroep = Gewogen(r, ((UitvraagDoelgroep?)Inwoners, 45), (Vrijwilligers, 25), (InformeleNetwerken, 12), (Organisaties, 14), (null, 4));
            var taal = kanaal == Kanaal.Online ? Gewogen(r, (Vertaalbaar.Nederlands, 80), ("en", 8), ("ar", 12)) : Vertaalbaar.Nederlands;
            var ingediendOp = kanaal switch
            {
                // Day 0 to 13: always before today, so never in the future of the demo.
                Kanaal.Online => Utc(start.AddDays(r.Next(14)), r.Next(9, 23), r.Next(60)),
                Kanaal.Gesprek => Utc(start.AddDays(Gewogen(r, (2, 1), (6, 1), (9, 1))), r.Next(10, 12), r.Next(60)),
                _ => Utc(start.AddDays(12), r.Next(10, 16), r.Next(60)),
            };
            var reactie = NieuweReactie(z, uitvraag, "VISI", nummer, kanaal, ingediendOp, taal, wijk, doelgroep);

            var eigen = r.Next(100) < 15 ? Gewogen(r, VisieEigenFactoren) : default;
            var helpend = Gewogen(r, (1, 35), (2, 40), (3, 25)) - (eigen.Soort == Helpend && eigen.Varianten is not null ? 1 : 0);
            var remmend = Gewogen(r, (0, 10), (1, 40), (2, 35), (3, 15)) - (eigen.Soort == Remmend && eigen.Varianten is not null ? 1 : 0);
            int[] remmendGewichten = [8, 14, 30, 6, 22, 38, 26, 16, 14, 12, 18];
            if (taal != Vertaalbaar.Nederlands)
            {
                remmendGewichten[7] += 40;
            }

            VoegFactorenToe(r, reactie, factoren, [40, 32, 20, 18, 6, 8, 4, 6, 5, 6, 10], helpend, remmendGewichten, remmend);
            if (eigen.Varianten is { } varianten)
            {
                reactie.Antwoorden.Add(ReactieRegels.EigenFactor(factoren.Id, eigen.Soort, varianten[r.Next(varianten.Length)]));
            }

            var vaak = doelgroep switch
            {
                Vrijwilligers => Gewogen(r, (0, 55), (1, 25), (2, 12), (3, 4), (4, 4)),
                Organisaties => Gewogen(r, (0, 40), (1, 30), (2, 20), (3, 5), (4, 5)),
                _ => Gewogen(r, (0, 18), (1, 17), (2, 25), (3, 22), (4, 18)),
            };
            reactie.Antwoorden.Add(Keuze(hoeVaak, vaak));

            if (r.Next(100) >= 8)
            {
                int[] gewichten = [34, 30, 26, 18, 22, 20, 8, 16];
                if (doelgroep is Organisaties or InformeleNetwerken)
                {
                    gewichten[4] += 25;
                }

                if (taal != Vertaalbaar.Nederlands)
                {
                    gewichten[3] += 40;
                }

                reactie.Antwoorden.AddRange(ZonderTerugleggen(r, gewichten, Gewogen(r, (1, 25), (2, 35), (3, 40))).Select(i => Keuze(nodig, i)));
            }

            var schaal = wijk is "meerzicht" or "palenstein"
                ? Gewogen(r, (1, 10), (2, 24), (3, 36), (4, 22), (5, 8))
                : Gewogen(r, (1, 4), (2, 12), (3, 32), (4, 36), (5, 16));
            reactie.Antwoorden.Add(new Antwoord { VraagId = omzien.Id, Getal = schaal });

            if (r.Next(100) < 40)
            {
                var teksten = taal switch { "en" => VisieIdeeenEngels, "ar" => VisieIdeeenArabisch, _ => VisieIdeeen };
                reactie.Antwoorden.Add(new Antwoord { VraagId = idee.Id, Tekst = teksten[r.Next(teksten.Length)] });
            }

            VoegContactToe(r, reactie, 20);
            reacties.Add(reactie);
        }

        return reacties;
    }

    /// <summary>
    /// A generated reactie with a fixed ontvangstcode (<c>DEMO-HVDW-0001</c>; real codes never contain 0 or 1, so they
    /// cannot collide) and the idempotency key <see cref="DemoIdempotentiesleutel"/> of that code, so the demo
    /// reacties can be withdrawn with these codes, and a retry with their key and content gets the code back.
    /// </summary>
    private static Reactie NieuweReactie(Zaaisel z, Uitvraag uitvraag, string code, int nummer, Kanaal kanaal, DateTime ingediendOp, string taal, string? wijk, UitvraagDoelgroep? doelgroep) => new()
    {
        UitvraagId = uitvraag.Id,
        IdempotentieSleutel = DemoIdempotentiesleutel(DemoCode(code, nummer)),
        OntvangstcodeHash = Ontvangstcodes.Hash(DemoCode(code, nummer)),
        Kanaal = kanaal,
        IngediendOp = ingediendOp,
        Taal = taal,
        WijkId = wijk is null ? null : z.W(wijk).Id,
        Doelgroep = doelgroep,
        IngevoerdDoor = kanaal == Kanaal.Online ? null : DemoInvoerder,
    };

    private static string DemoCode(string code, int nummer) => $"DEMO-{code}-{nummer:D4}";

    /// <summary>
    /// The idempotency key of the demo reactie with this ontvangstcode: a UUID version 8 (RFC 9562) made of the first 16
    /// bytes of SHA-256("sociaal-netwerk-demo:" + code). Deterministic, so the key is the same in every demo database,
    /// and it satisfies the rule of <see cref="Idempotentiesleutels"/> like a client's key. (The demo data is public:
    /// these keys, like the codes, protect nothing.)
    /// </summary>
    public static string DemoIdempotentiesleutel(string ontvangstcode)
    {
        var b = SHA256.HashData(Encoding.UTF8.GetBytes("sociaal-netwerk-demo:" + ontvangstcode))[..16];
        b[6] = (byte)((b[6] & 0x0F) | 0x80);
        b[8] = (byte)((b[8] & 0x3F) | 0x80);
        var h = Convert.ToHexStringLower(b);
        return $"{h[..8]}-{h[8..12]}-{h[12..16]}-{h[16..20]}-{h[20..]}";
    }

    private static readonly Lazy<Dictionary<string, string>> DemoCodes = new(() =>
        new[] { ("VISI", AantalReactiesVisie), ("HVDW", AantalReactiesHuisVanDeWijk) }
            .SelectMany(u => Enumerable.Range(1, u.Item2).Select(nummer => DemoCode(u.Item1, nummer)))
            .ToDictionary(DemoIdempotentiesleutel, StringComparer.Ordinal));

    /// <summary>
    /// The fixed ontvangstcode of the demo reactie with this idempotency key, or null if it is no demo key. Used only
    /// for a retry of a stored reactie, and only when the stored hash is that of this code (see
    /// <see cref="Ontvangstcodes.VanOpgeslagenAsync"/>): a real reactie with such a key never gets a demo code.
    /// </summary>
    public static string? DemoOntvangstcode(string idempotentieSleutel) => DemoCodes.Value.GetValueOrDefault(idempotentieSleutel);

    /// <summary>Factors from the list: a factor someone names as helping is not also named as holding them back.</summary>
    private static void VoegFactorenToe(Random r, Reactie reactie, Vraag vraag, int[] helpendGewichten, int helpend, int[] remmendGewichten, int remmend)
    {
        var helpt = ZonderTerugleggen(r, helpendGewichten, helpend);
        var remt = ZonderTerugleggen(r, remmendGewichten.Select((g, i) => helpt.Contains(i) ? 0 : g).ToArray(), remmend);
        reactie.Antwoorden.AddRange(helpt.Select(i => Factor(vraag, i, Helpend)));
        reactie.Antwoorden.AddRange(remt.Select(i => Factor(vraag, i, Remmend)));
    }

    private static Antwoord Keuze(Vraag vraag, int optie) => new() { VraagId = vraag.Id, OptieId = vraag.Opties[optie].Id };

    private static Antwoord Factor(Vraag vraag, int optie, FactorSoort soort) => new() { VraagId = vraag.Id, OptieId = vraag.Opties[optie].Id, FactorSoort = soort };

    /// <summary>With the given chance (in percent), fictional contact details with consent: always a name, mostly an e-mail address, sometimes a phone number.</summary>
    private static void VoegContactToe(Random r, Reactie reactie, int kans)
    {
        if (r.Next(100) >= kans)
        {
            return;
        }

        var naam = ContactNamen[r.Next(ContactNamen.Length)];
        reactie.ContactToestemming = true;
        reactie.ContactNaam = naam;
        reactie.ContactEmail = r.Next(100) < 80 ? naam.ToLowerInvariant().Replace(' ', '.') + "@mail.example" : null;
        reactie.ContactTelefoon = reactie.ContactEmail is null || r.Next(100) < 35 ? $"079 000 {r.Next(10, 100)} {r.Next(10, 100)}" : null;
    }

    private static T Gewogen<T>(Random r, params (T Waarde, int Gewicht)[] keuzes)
    {
        var worp = r.Next(keuzes.Sum(k => k.Gewicht));
        foreach (var (waarde, gewicht) in keuzes)
        {
            if (worp < gewicht)
            {
                return waarde;
            }

            worp -= gewicht;
        }

        throw new InvalidOperationException("Unreachable: the throw is below the total weight.");
    }

    /// <summary>
    /// <paramref name="aantal"/> (at most; none if it is negative) different indexes, each drawn with its weight
    /// among those not drawn yet. An index with weight 0 is never drawn.
    /// </summary>
    private static List<int> ZonderTerugleggen(Random r, int[] gewichten, int aantal)
    {
        var over = gewichten.Select((g, i) => (Index: i, Gewicht: g)).Where(o => o.Gewicht > 0).ToList();
        var gekozen = new List<int>();
        while (gekozen.Count < aantal && over.Count > 0)
        {
            var index = Gewogen(r, over.Select(o => (o, o.Gewicht)).ToArray());
            gekozen.Add(index.Index);
            over.Remove(index);
        }

        return gekozen;
    }

    /// <summary>Own factors as people write them: the variants of one factor differ in case, accents and spaces only, so they count together.</summary>
    private static readonly ((FactorSoort Soort, string[]? Varianten) Factor, int Gewicht)[] HuisVanDeWijkEigenFactoren =
    [
        ((Remmend, ["Te weinig parkeerplekken", "te weinig parkeerplekken", "Te weinig  parkeerplekken", "TE WEINIG PARKEERPLEKKEN"]), 30),
        ((Helpend, ["Goede koffie", "goede koffie", "Goede  Koffie"]), 22),
        ((Helpend, ["Een café-hoek met terras", "een cafe-hoek met terras", "Een Café-hoek met terras"]), 18),
        ((Remmend, ["Overlast van hangjongeren", "overlast van hangjongeren"]), 14),
        ((Helpend, ["Activiteiten voor kinderen in de vakantie", "activiteiten voor kinderen in de vakantie"]), 10),
        ((Remmend, ["Slechte verlichting op het pad 's avonds"]), 6),
    ];

    private static readonly ((FactorSoort Soort, string[]? Varianten) Factor, int Gewicht)[] VisieEigenFactoren =
    [
        ((Remmend, ["Subsidie aanvragen is te ingewikkeld", "subsidie aanvragen is te ingewikkeld", "Subsidie aanvragen is té ingewikkeld"]), 30),
        ((Remmend, ["Huur van een ruimte is te duur", "huur van een ruimte is te duur", "Huur van een ruimte is  te duur"]), 24),
        ((Helpend, ["Een vast aanspreekpunt bij de gemeente", "een vast aanspreekpunt bij de gemeente"]), 22),
        ((Helpend, ["De moskee en de kerk in de wijk", "de moskee en de kerk in de wijk"]), 14),
        ((Remmend, ["Bang om iets verkeerd te doen"]), 10),
    ];

    private static readonly string[] HuisVanDeWijkTips =
    [
        "Zorg dat er altijd iemand is die je welkom heet.",
        "Graag ook open op zaterdag, dan kunnen werkende mensen ook komen.",
        "Een plek waar je zonder afspraak binnen kunt lopen met vragen over geld of formulieren.",
        "Maak het gezellig, niet zoals een kantoor.",
        "Betrek de jongeren uit de wijk bij de inrichting.",
        "Een moestuin achter het gebouw zou mooi zijn.",
        "Samen koken met mensen uit verschillende culturen.",
        "Goede verlichting op het pad vanaf de bushalte.",
        "Niet te duur maken, anders komen juist de mensen die het nodig hebben niet.",
        "Een ruimte die clubs en bewoners goedkoop kunnen huren.",
        "Een leestafel met kranten en een kast met boeken om te ruilen.",
        "Informatie ook op papier in de brievenbus, niet alleen online.",
        "Iedere week een vast moment voor ouderen, bijvoorbeeld op dinsdagochtend.",
        "Een invalidentoilet en een deur die vanzelf opengaat.",
        "Werk samen met de school en de sportvereniging in de buurt.",
        "Laat vrijwilligers uit de wijk het mede runnen.",
        "Fijn dat de gemeente dit vraagt. Ik denk graag mee.",
        "Ook iets voor jonge ouders met kleine kinderen, zoals een inloopochtend.",
        "Er moet een goede koffieautomaat komen.",
        "Maak bekend wat er te doen is met een bord bij de ingang.",
        "Houd het gebouw ook 's avonds open voor cursussen.",
        "Een repair café een keer per maand.",
    ];

    private static readonly string[] HuisVanDeWijkTipsEngels =
    [
        "Please also have activities in English for newcomers.",
        "A place for parents with small children to meet would be great.",
        "Keep it affordable and open in the evening.",
    ];

    private static readonly string[] VisieIdeeen =
    [
        "Een buurtbakkie in elke straat, één keer per maand. Ik wil wel helpen.",
        "Maak subsidie aanvragen makkelijker: één formulier en snel antwoord.",
        "Een lijst van alle activiteiten in de wijk, ook op papier.",
        "Vraag mensen persoonlijk om mee te doen. Een flyer is niet genoeg.",
        "Zet vrijwilligers in het zonnetje met een jaarlijks feest.",
        "Een ruimte in de wijk die bewoners gratis kunnen gebruiken.",
        "Laat jongeren zelf iets organiseren voor ouderen, bijvoorbeeld hulp met de telefoon.",
        "Een buddy voor nieuwkomers, die helpt om de weg te vinden.",
        "Samen eten met de buren, bijvoorbeeld in het buurthuis.",
        "Begin klein: een wandeling met de buren op zondag.",
        "Informatie in meer talen en met plaatjes.",
        "De wijkregisseur moet vaker op straat te zien zijn.",
        "Een vast aanspreekpunt voor bewonersinitiatieven bij de gemeente.",
        "Organisaties moeten beter samenwerken, nu vissen ze in dezelfde vijver.",
        "Een vrijwilligersvacaturebank in de bibliotheek.",
    ];

    private static readonly string[] VisieIdeeenEngels =
    [
        "A language café where newcomers and neighbours can practise Dutch together.",
        "Share information about activities in English too, I did not know about most of them.",
    ];

    private static readonly string[] VisieIdeeenArabisch =
    [
        "لقاءات للنساء في الحي لتعلّم اللغة الهولندية والتعارف.",
        "معلومات عن الأنشطة باللغة العربية، وشخص يشرح كيف نشارك.",
    ];
}
