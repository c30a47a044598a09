using GraphQL.Types;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Kenmerken;
using SociaalNetwerk.Schema.Redactie;

namespace SociaalNetwerk.Schema.Agenda;

/// <summary>
/// The editable fields of an activity, for adding (required fields must be there) and changing (fields not given stay
/// as they are; see <see cref="Optioneel{T}"/>). The groups (herhaling, kosten, aanmelding, toegankelijkheid, contact)
/// are replaced as a whole.
/// </summary>
public sealed record ActiviteitInvoer
{
    public Optioneel<string?> Titel { get; init; }

    public Optioneel<string?> Omschrijving { get; init; }

    public Optioneel<ActiviteitSoort?> Soort { get; init; }

    public Optioneel<IReadOnlyList<Thema>?> Themas { get; init; }

    public Optioneel<IReadOnlyList<Kernopgave>?> Kernopgaven { get; init; }

    public Optioneel<IReadOnlyList<Doelgroep>?> Doelgroepen { get; init; }

    public Optioneel<IReadOnlyList<string>?> OrganisatorIds { get; init; }

    public Optioneel<string?> NetwerkId { get; init; }

    public Optioneel<string?> LocatieId { get; init; }

    public Optioneel<string?> OnlineLink { get; init; }

    public Optioneel<AfbeeldingInvoer?> Afbeelding { get; init; }

    public Optioneel<DateTime?> Start { get; init; }

    public Optioneel<DateTime?> Eind { get; init; }

    public Optioneel<HerhalingInvoer?> Herhaling { get; init; }

    public Optioneel<KostenInvoer?> Kosten { get; init; }

    public Optioneel<AanmeldingInvoer?> Aanmelding { get; init; }

    public Optioneel<ToegankelijkheidInvoer?> Toegankelijkheid { get; init; }

    public Optioneel<ActiviteitContactInvoer?> Contact { get; init; }

    public Optioneel<ActiviteitStatus?> Status { get; init; }
}

public sealed record HerhalingInvoer
{
    public Frequentie Frequentie { get; init; }

    public int? Interval { get; init; }

    public IReadOnlyList<DayOfWeek>? Weekdagen { get; init; }

    public int? WeekVanDeMaand { get; init; }

    public DateOnly? TotEnMet { get; init; }

    public int? Aantal { get; init; }
}

public sealed record KostenInvoer
{
    public int? BedragInCenten { get; init; }

    public string? Toelichting { get; init; }
}

public sealed record AanmeldingInvoer
{
    public AanmeldWijze Wijze { get; init; }

    public string? Link { get; init; }

    public string? Email { get; init; }

    public string? Telefoon { get; init; }

    public int? Capaciteit { get; init; }
}

public sealed record ToegankelijkheidInvoer
{
    public bool? Rolstoeltoegankelijk { get; init; }

    public bool? Ringleiding { get; init; }

    public bool? EenvoudigeTaal { get; init; }

    public IReadOnlyList<string>? GesprokenTalen { get; init; }
}

public sealed record ActiviteitContactInvoer
{
    public string? Naam { get; init; }

    public string? Email { get; init; }

    public string? Telefoon { get; init; }
}

public sealed class ActiviteitInvoerGraphType : GedeeltelijkeInvoerGraphType<ActiviteitInvoer>
{
    public ActiviteitInvoerGraphType()
    {
        Name = "ActiviteitInvoer";
        Description = "De gegevens van een activiteit. Bij `activiteitToevoegen` zijn `titel`, `omschrijving`, `soort`, `start` en `eind` verplicht. Bij `activiteitWijzigen` blijft een veld dat u weglaat zoals het is en maakt `null` een veld leeg. De groepen `herhaling`, `kosten`, `aanmelding`, `toegankelijkheid` en `contact` vervangt u in hun geheel.";
        Field<StringGraphType>("titel").Description($"De titel, hoogstens {ActiviteitRedactie.MaxTitelLengte} tekens. Platte tekst.");
        Field<StringGraphType>("omschrijving").Description($"Wat er gebeurt en voor wie, in eenvoudige taal, hoogstens {ActiviteitRedactie.MaxOmschrijvingLengte} tekens. Platte tekst met eventueel regeleinden; HTML wordt niet getoond.");
        Field<ActiviteitSoortGraphType>("soort").Description("Wat voor activiteit het is.");
        Field<ListGraphType<NonNullGraphType<ThemaGraphType>>>("themas").Description("De thema's van de activiteit.");
        Field<ListGraphType<NonNullGraphType<KernopgaveGraphType>>>("kernopgaven").Description("De kernopgaven waar de activiteit aan bijdraagt.");
        Field<ListGraphType<NonNullGraphType<DoelgroepGraphType>>>("doelgroepen").Description("Voor wie de activiteit bedoeld is.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("organisatorIds").Description($"De ids van de organisaties die de activiteit organiseren (1 tot {ActiviteitRedactie.MaxOrganisatoren}). Een redacteur mag andere organisaties toevoegen, maar zijn eigen organisatie en de organisaties die al meedoen blijven erin. Laat u het weg bij toevoegen, dan is de organisatie van de redacteur de organisator.");
        Field<IdGraphType>("netwerkId").Description("De id van het netwerk waar de activiteit bij hoort. Een redacteur kan alleen een netwerk kiezen waar een van de organisatoren lid van is.");
        Field<IdGraphType>("locatieId").Description("De id van de plek (zie `Activiteit.locatie`). Een activiteit heeft een plek, een `onlineLink` of allebei.");
        Field<StringGraphType>("onlineLink").Description("De link (http of https) om online mee te doen.");
        Field<AfbeeldingInvoerGraphType>("afbeelding").Description("Een afbeelding bij de activiteit (https), met een beschrijving; `null` haalt haar weg. Zonder eigen afbeelding gebruiken de pagina's die van een organisator.");
        Field<TijdstipGraphType>("start").Description("Begin van de (eerste) keer. Bij een terugkerende activiteit bepaalt dit ook de tijd van alle volgende keren, in Nederlandse tijd.");
        Field<TijdstipGraphType>("eind").Description("Einde van de (eerste) keer; na `start`. Een keer duurt hoogstens 31 dagen, bij een terugkerende activiteit hoogstens 24 uur.");
        Field<HerhalingInvoerGraphType>("herhaling").Description("Hoe de activiteit terugkomt; `null` maakt er een eenmalige activiteit van. Geannuleerde data blijven bewaard: die wijzigt u met `voorkomenAnnuleren` en `voorkomenHerstellen`.");
        Field<KostenInvoerGraphType>("kosten").Description("Wat meedoen kost; `null` of weglaten bij toevoegen is gratis.");
        Field<AanmeldingInvoerGraphType>("aanmelding").Description("Of en hoe mensen zich aanmelden; `null` of weglaten bij toevoegen is: aanmelden is niet nodig.");
        Field<ToegankelijkheidInvoerGraphType>("toegankelijkheid").Description("Voor wie de activiteit goed te bereiken en te volgen is.");
        Field<ActiviteitContactInvoerGraphType>("contact").Description("Bij wie mensen terecht kunnen met vragen; `null` haalt het contact weg.");
        Field<ActiviteitStatusGraphType>("status").Description("Of de activiteit doorgaat of vol is. Annuleren kan ook met `activiteitAnnuleren`, met een reden; een andere status dan `GEANNULEERD` haalt die reden weer weg.");
    }
}

public sealed class HerhalingInvoerGraphType : InputObjectGraphType<HerhalingInvoer>
{
    public HerhalingInvoerGraphType()
    {
        Name = "HerhalingInvoer";
        Description = "Hoe een activiteit terugkomt, in Nederlandse tijd. Geef een einde met `totEnMet` of `aantal` (niet allebei), of geen van beide voor een activiteit zonder einddatum.";
        Field<NonNullGraphType<FrequentieGraphType>>("frequentie").Description("Wekelijks of maandelijks.");
        Field<IntGraphType>("interval").Description($"Om de hoeveel weken (1 tot {Kalenderregels.MaxIntervalWeken}) of maanden (1 tot {Kalenderregels.MaxIntervalMaanden}); standaard 1.");
        Field<ListGraphType<NonNullGraphType<WeekdagGraphType>>>("weekdagen").Description("Wekelijks: op welke dagen (leeg: de dag van `start`); `start` valt op een van deze dagen. Maandelijks met `weekVanDeMaand`: één dag, de dag van `start`.");
        Field<IntGraphType>("weekVanDeMaand").Description("Alleen bij maandelijks: 1 tot 4 voor de eerste tot vierde, -1 voor de laatste weekdag van de maand, zoals 'elke tweede zaterdag'; `start` is zo'n dag. Leeg: dezelfde dag van de maand als `start`.");
        Field<DatumGraphType>("totEnMet").Description("De laatste datum waarop de activiteit kan plaatsvinden; niet vóór de datum van `start`.");
        Field<IntGraphType>("aantal").Description($"Hoe vaak de activiteit in totaal plaatsvindt, de eerste keer meegeteld (1 tot {Kalenderregels.MaxAantal}).");
    }
}

public sealed class KostenInvoerGraphType : InputObjectGraphType<KostenInvoer>
{
    public KostenInvoerGraphType()
    {
        Name = "KostenInvoer";
        Description = "Wat meedoen kost.";
        Field<IntGraphType>("bedragInCenten").Description($"Het bedrag in eurocenten (350 is € 3,50), 0 tot {ActiviteitRedactie.MaxBedragInCenten}; leeg of 0 is gratis.");
        Field<StringGraphType>("toelichting").Description($"Meer over de kosten, bijvoorbeeld korting met de Zoetermeerpas; hoogstens {ActiviteitRedactie.MaxToelichtingLengte} tekens.");
    }
}

public sealed class AanmeldingInvoerGraphType : InputObjectGraphType<AanmeldingInvoer>
{
    public AanmeldingInvoerGraphType()
    {
        Name = "AanmeldingInvoer";
        Description = "Of en hoe mensen zich aanmelden.";
        Field<NonNullGraphType<AanmeldWijzeGraphType>>("wijze").Description("Of aanmelden nodig is, en hoe. Bij `VIA_LINK` is `link` verplicht, bij `VIA_EMAIL_OF_TELEFOON` een `email` of `telefoon`.");
        Field<StringGraphType>("link").Description("De link (http of https) om je aan te melden.");
        Field<StringGraphType>("email").Description("Het e-mailadres om je aan te melden.");
        Field<StringGraphType>("telefoon").Description("Het telefoonnummer om je aan te melden.");
        Field<IntGraphType>("capaciteit").Description($"Hoeveel mensen er hoogstens mee kunnen doen (1 tot {ActiviteitRedactie.MaxCapaciteit}).");
    }
}

public sealed class ToegankelijkheidInvoerGraphType : InputObjectGraphType<ToegankelijkheidInvoer>
{
    public ToegankelijkheidInvoerGraphType()
    {
        Name = "ToegankelijkheidInvoer";
        Description = "Voor wie de activiteit goed te bereiken en te volgen is. Wat u weglaat is `false` of leeg.";
        Field<BooleanGraphType>("rolstoeltoegankelijk").Description("Of je er met een rolstoel kunt komen en meedoen.");
        Field<BooleanGraphType>("ringleiding").Description("Of er een ringleiding is voor mensen met een hoortoestel.");
        Field<BooleanGraphType>("eenvoudigeTaal").Description("Of de activiteit in eenvoudige taal is (taalniveau B1 of lager).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("gesprokenTalen").Description($"De talen die er gesproken worden, als taalcodes (BCP 47) zoals `nl`, `ar`, `tr`; hoogstens {ActiviteitRedactie.MaxTalen}.");
    }
}

public sealed class ActiviteitContactInvoerGraphType : InputObjectGraphType<ActiviteitContactInvoer>
{
    public ActiviteitContactInvoerGraphType()
    {
        Name = "ActiviteitContactInvoer";
        Description = "Bij wie mensen terecht kunnen met vragen over een activiteit. Minstens één van de drie velden.";
        Field<StringGraphType>("naam").Description("De naam van de contactpersoon.");
        Field<StringGraphType>("email").Description("Het e-mailadres.");
        Field<StringGraphType>("telefoon").Description("Het telefoonnummer.");
    }
}
