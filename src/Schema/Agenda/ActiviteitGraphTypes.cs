using System.Globalization;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Kenmerken;
using SociaalNetwerk.Schema.Netwerken;
using SociaalNetwerk.Schema.Wijken;

namespace SociaalNetwerk.Schema.Agenda;

public sealed class ActiviteitStatusGraphType() : GelabeldeEnumGraphType<ActiviteitStatus>("Of een activiteit doorgaat.");

public sealed class VoorkomenStatusGraphType() : GelabeldeEnumGraphType<VoorkomenStatus>("Of één datum van een activiteit doorgaat.");

public sealed class AanmeldWijzeGraphType() : GelabeldeEnumGraphType<AanmeldWijze>("Hoe u zich aanmeldt.");

public sealed class FrequentieGraphType() : GelabeldeEnumGraphType<Frequentie>("Hoe vaak een activiteit terugkomt.");

public sealed class WeekdagGraphType : EnumerationGraphType
{
    public WeekdagGraphType()
    {
        Name = "Weekdag";
        Description = "Een dag van de week.";
        Add("MAANDAG", DayOfWeek.Monday, "Maandag.");
        Add("DINSDAG", DayOfWeek.Tuesday, "Dinsdag.");
        Add("WOENSDAG", DayOfWeek.Wednesday, "Woensdag.");
        Add("DONDERDAG", DayOfWeek.Thursday, "Donderdag.");
        Add("VRIJDAG", DayOfWeek.Friday, "Vrijdag.");
        Add("ZATERDAG", DayOfWeek.Saturday, "Zaterdag.");
        Add("ZONDAG", DayOfWeek.Sunday, "Zondag.");
    }
}

public static class VoorkomenId
{
    public const string Type = nameof(Voorkomen);

    public static string Maak(Voorkomen v) =>
        GlobalId.Maak(Type, v.ActiviteitId.ToString(CultureInfo.InvariantCulture) + ":" + v.Start.Ticks.ToString(CultureInfo.InvariantCulture));

    public static (int ActiviteitId, DateTime Start)? Lees(string sleutel)
    {
        var delen = sleutel.Split(':');
        return delen.Length == 2
            && int.TryParse(delen[0], NumberStyles.None, CultureInfo.InvariantCulture, out var activiteitId)
            && long.TryParse(delen[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            && ticks <= DateTime.MaxValue.Ticks
            ? (activiteitId, new DateTime(ticks, DateTimeKind.Utc))
            : null;
    }
}

public sealed class VoorkomenGraphType : ObjectGraphType<Voorkomen>
{
    public VoorkomenGraphType()
    {
        Name = "Voorkomen";
        Description = "Eén datum en tijd waarop een activiteit plaatsvindt. Een wekelijkse activiteit heeft er één per week.";
        Interface<NodeInterfaceGraphType>();
        Field<NonNullGraphType<IdGraphType>>("id").Leest().Description("De wereldwijd unieke id; blijft gelijk als de activiteit wordt bijgewerkt en deze datum blijft bestaan.").Resolve(c => VoorkomenId.Maak(c.Source));
        Field<NonNullGraphType<TijdstipGraphType>>("start").Leest().Description("Wanneer het begint (Nederlandse tijd).").Resolve(c => c.Source.Start);
        Field<NonNullGraphType<TijdstipGraphType>>("eind").Leest().Description("Wanneer het afloopt (Nederlandse tijd).").Resolve(c => c.Source.Eind);
        Field<NonNullGraphType<VoorkomenStatusGraphType>>("status").Leest(nameof(Agenda.Activiteit.Status)).Description("Of deze datum doorgaat, niet doorgaat of vol is.")
            .ResolveAsync(async c => c.Source.Status((await Activiteit(c)).Status));
        Field<StringGraphType>("annuleringReden").Leest(nameof(Agenda.Activiteit.Status), nameof(Agenda.Activiteit.AnnuleringReden), nameof(Agenda.Activiteit.Herhaling)).Description("Waarom deze datum niet doorgaat, voor bewoners: de reden bij het annuleren van deze datum (`voorkomenAnnuleren`), anders die van de hele activiteit (`activiteitAnnuleren`). Null als de datum doorgaat of er geen reden is gegeven.")
            .ResolveAsync(async c => c.Source.AnnuleringReden(await Activiteit(c)));
        Field<NonNullGraphType<ActiviteitGraphType>>("activiteit").Leest().Description("De activiteit: titel, organisatoren, plaats en alle andere gegevens.")
            .ResolveAsync(async c => await Activiteit(c));
    }

    private static async Task<Activiteit> Activiteit(IResolveFieldContext<Voorkomen> c) =>
        c.Source.Activiteit
        ?? await c.RequestServices!.GetRequiredService<ActiviteitByIdDataLoader>().Laad(c.Source.ActiviteitId).GetResultAsync(c.CancellationToken)
        ?? throw new InvalidOperationException($"Voorkomen {c.Source.Id} has no activiteit.");
}

public sealed class ActiviteitGraphType : ObjectGraphType<Activiteit>
{
    public const int MaximumVolgendeVoorkomens = 50;

    public ActiviteitGraphType()
    {
        Name = "Activiteit";
        Description = "Iets waar mensen naartoe kunnen: een bijeenkomst, een inloopspreekuur, een cursus, een maaltijd, een feest. Eenmalig of terugkerend.";
        Interface<NodeInterfaceGraphType>();
        Field<NonNullGraphType<IdGraphType>>("id").Leest(nameof(Activiteit.Id)).Description("De wereldwijd unieke id.").Resolve(c => GlobalId.Maak(nameof(Activiteit), c.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("titel").Leest(nameof(Activiteit.Titel)).Description("De titel. Platte tekst: toon die als tekst, nooit als HTML.").Resolve(c => c.Source.Titel);
        Field<NonNullGraphType<StringGraphType>>("omschrijving").Leest(nameof(Activiteit.Omschrijving)).Description("Wat er gebeurt en voor wie, in eenvoudige taal. Platte tekst met eventueel regeleinden; nooit HTML.").Resolve(c => c.Source.Omschrijving);
        Field<NonNullGraphType<ActiviteitSoortGraphType>>("soort").Leest(nameof(Activiteit.Soort)).Description("Wat voor activiteit het is.").Resolve(c => c.Source.Soort);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ThemaGraphType>>>>("themas").Leest(nameof(Activiteit.Themas)).KleineLijst().Description("De thema's van de activiteit.").Resolve(c => c.Source.Themas);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KernopgaveGraphType>>>>("kernopgaven").Leest(nameof(Activiteit.Kernopgaven)).KleineLijst().Description("De kernopgaven waar de activiteit aan bijdraagt.").Resolve(c => c.Source.Kernopgaven);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DoelgroepGraphType>>>>("doelgroepen").Leest(nameof(Activiteit.Doelgroepen)).KleineLijst().Description("Voor wie de activiteit bedoeld is.").Resolve(c => c.Source.Doelgroepen);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganisatieGraphType>>>>("organisatoren").Leest(nameof(Activiteit.Id)).KleineLijst().Description("De organisaties die de activiteit organiseren.")
            .Resolve(c => c.RequestServices!.GetRequiredService<OrganisatorenByActiviteitDataLoader>().Laad(c.Source.Id, c));
        Field<NetwerkGraphType>("netwerk").Leest(nameof(Activiteit.NetwerkId)).Description("Het netwerk waar de activiteit bij hoort, als dat zo is.")
            .Resolve(c => c.Source.NetwerkId is { } id ? c.RequestServices!.GetRequiredService<NetwerkByIdDataLoader>().Laad(id, c) : null);
        Field<LocatieGraphType>("locatie").Leest(nameof(Activiteit.LocatieId)).LeestMee(nameof(Activiteit.Locatie), "Locatie").Description("Waar de activiteit is; leeg bij een activiteit die alleen online is.")
            .Resolve(c => (object?)c.Source.Locatie ?? (c.Source.LocatieId is { } id ? c.RequestServices!.GetRequiredService<LocatieByIdDataLoader>().Laad(id, c) : null));
        Field<NonNullGraphType<BooleanGraphType>>("online").Leest(nameof(Activiteit.OnlineLink)).Description("Of u de activiteit online kunt volgen.").Resolve(c => c.Source.OnlineLink is not null);
        Field<StringGraphType>("onlineLink").Leest(nameof(Activiteit.OnlineLink)).Description("De link om online mee te doen.").Resolve(c => c.Source.OnlineLink);
        Field<AfbeeldingGraphType>("afbeelding").Leest(nameof(Activiteit.AfbeeldingUrl), nameof(Activiteit.AfbeeldingAlt)).Description("De eigen afbeelding van de activiteit, als ze er een heeft (anders misschien die van een organisator: `organisatoren { afbeelding }`).")
            .Resolve(c => Afbeelding.Van(c.Source.AfbeeldingUrl, c.Source.AfbeeldingAlt));
        Field<NonNullGraphType<TijdstipGraphType>>("start").Leest(nameof(Activiteit.Start)).Description("Begin van de eerste keer (Nederlandse tijd). Gebruik de agenda of `volgendeVoorkomens` voor de komende data.").Resolve(c => c.Source.Start);
        Field<NonNullGraphType<TijdstipGraphType>>("eind").Leest(nameof(Activiteit.Eind)).Description("Einde van de eerste keer (Nederlandse tijd).").Resolve(c => c.Source.Eind);
        Field<HerhalingGraphType>("herhaling").Leest(nameof(Activiteit.Herhaling)).Description("Hoe de activiteit terugkomt; leeg bij een eenmalige activiteit.").Resolve(c => c.Source.Herhaling);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<VoorkomenGraphType>>>>("volgendeVoorkomens").Leest(nameof(Activiteit.Id))
            .Description("De komende keren dat de activiteit plaatsvindt (ook die niet doorgaan), vanaf nu.")
            .Argument<IntGraphType>("aantal", $"Hoeveel: 1 tot en met {MaximumVolgendeVoorkomens}, standaard 5.")
            .Resolve(c =>
            {
                var aantal = c.GetArgument<int?>("aantal") ?? 5;
                if (aantal is < 1 or > MaximumVolgendeVoorkomens)
                {
                    throw new SociaalNetwerkException(FoutCodes.FirstBuitenBereik, aantal, MaximumVolgendeVoorkomens);
                }

                return c.RequestServices!.GetRequiredService<VolgendeVoorkomensByActiviteitDataLoader>().Laad((c.Source.Id, aantal));
            });
        Field<NonNullGraphType<KostenGraphType>>("kosten").Leest().Description("Wat meedoen kost.").Resolve(c => c.Source);
        Field<NonNullGraphType<AanmeldingGraphType>>("aanmelding").Leest().Description("Of en hoe u zich aanmeldt.").Resolve(c => c.Source);
        Field<NonNullGraphType<ToegankelijkheidGraphType>>("toegankelijkheid").Leest().Description("Voor wie de activiteit goed te bereiken en te volgen is.").Resolve(c => c.Source);
        Field<NonNullGraphType<ActiviteitStatusGraphType>>("status").Leest(nameof(Activiteit.Status)).Description("Of de hele activiteit doorgaat, niet doorgaat of vol is. Losse data kunnen apart vervallen: zie `Voorkomen.status`.").Resolve(c => c.Source.Status);
        Field<StringGraphType>("annuleringReden").Leest(nameof(Activiteit.Status), nameof(Activiteit.AnnuleringReden)).Description("Waarom de activiteit niet doorgaat, als de organisator dat heeft opgegeven bij het annuleren. Platte tekst.")
            .Resolve(c => c.Source.Status == ActiviteitStatus.Geannuleerd ? c.Source.AnnuleringReden : null);
        Field<ContactGraphType>("contact").Leest(nameof(Activiteit.ContactNaam), nameof(Activiteit.ContactEmail), nameof(Activiteit.ContactTelefoon)).Description("Bij wie u terecht kunt met vragen.")
            .Resolve(c => c.Source.ContactNaam is null && c.Source.ContactEmail is null && c.Source.ContactTelefoon is null ? null : c.Source);
        Field<NonNullGraphType<TijdstipGraphType>>("gewijzigdOp").Leest(nameof(Activiteit.GewijzigdOp)).Description("Wanneer de gegevens voor het laatst zijn gewijzigd.").Resolve(c => c.Source.GewijzigdOp);
    }
}

public sealed class HerhalingGraphType : ObjectGraphType<Herhaling>
{
    public HerhalingGraphType()
    {
        Name = "Herhaling";
        Description = "Hoe een activiteit terugkomt, in Nederlandse tijd: een wekelijkse activiteit om 10:00 blijft om 10:00, ook na de overgang naar zomer- of wintertijd.";
        Field<NonNullGraphType<FrequentieGraphType>>("frequentie").Description("Wekelijks of maandelijks.").Resolve(c => c.Source.Frequentie);
        Field<NonNullGraphType<IntGraphType>>("interval").Description("Om de hoeveel weken of maanden; 1 is elke week of maand.").Resolve(c => c.Source.Interval);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WeekdagGraphType>>>>("weekdagen").KleineLijst().Description("Op welke dagen; leeg betekent de dag van de eerste keer.").Resolve(c => c.Source.Weekdagen);
        Field<IntGraphType>("weekVanDeMaand").Description("Bij maandelijks: 1 tot 4 voor de eerste tot vierde, -1 voor de laatste weekdag van de maand. Leeg: dezelfde dag van de maand als de eerste keer.").Resolve(c => c.Source.WeekVanDeMaand);
        Field<DatumGraphType>("totEnMet").Description("De laatste datum waarop de activiteit kan plaatsvinden.").Resolve(c => c.Source.TotEnMet);
        Field<IntGraphType>("aantal").Description("Hoe vaak de activiteit in totaal plaatsvindt, de eerste keer meegeteld.").Resolve(c => c.Source.Aantal);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DatumGraphType>>>>("geannuleerdeDatums").KleineLijst().Description("Data waarop de activiteit niet doorgaat.").Resolve(c => c.Source.GeannuleerdeDatums.Order().ToList());
    }
}

public sealed class KostenGraphType : ObjectGraphType<Activiteit>
{
    public KostenGraphType()
    {
        Name = "Kosten";
        Description = "Wat meedoen kost.";
        Field<NonNullGraphType<BooleanGraphType>>("gratis").Leest(nameof(Activiteit.KostenInCenten)).Description("Of meedoen gratis is.").Resolve(c => c.Source.Gratis);
        Field<IntGraphType>("bedragInCenten").Leest(nameof(Activiteit.KostenInCenten)).Description("Het bedrag in eurocenten (350 is € 3,50); leeg als het gratis is.").Resolve(c => c.Source.Gratis ? null : c.Source.KostenInCenten);
        Field<StringGraphType>("toelichting").Leest(nameof(Activiteit.KostenToelichting)).Description("Meer over de kosten, bijvoorbeeld korting met de Zoetermeerpas.").Resolve(c => c.Source.KostenToelichting);
    }
}

public sealed class AanmeldingGraphType : ObjectGraphType<Activiteit>
{
    public AanmeldingGraphType()
    {
        Name = "Aanmelding";
        Description = "Of en hoe u zich aanmeldt.";
        Field<NonNullGraphType<AanmeldWijzeGraphType>>("wijze").Leest(nameof(Activiteit.Aanmelding)).Description("Of aanmelden nodig is, en hoe.").Resolve(c => c.Source.Aanmelding);
        Field<StringGraphType>("link").Leest(nameof(Activiteit.AanmeldLink)).Description("De link om u aan te melden.").Resolve(c => c.Source.AanmeldLink);
        Field<StringGraphType>("email").Leest(nameof(Activiteit.AanmeldEmail)).Description("Het e-mailadres om u aan te melden.").Resolve(c => c.Source.AanmeldEmail);
        Field<StringGraphType>("telefoon").Leest(nameof(Activiteit.AanmeldTelefoon)).Description("Het telefoonnummer om u aan te melden.").Resolve(c => c.Source.AanmeldTelefoon);
        Field<IntGraphType>("capaciteit").Leest(nameof(Activiteit.Capaciteit)).Description("Hoeveel mensen er hoogstens mee kunnen doen.").Resolve(c => c.Source.Capaciteit);
    }
}

public sealed class ToegankelijkheidGraphType : ObjectGraphType<Activiteit>
{
    public ToegankelijkheidGraphType()
    {
        Name = "Toegankelijkheid";
        Description = "Voor wie de activiteit goed te bereiken en te volgen is.";
        Field<NonNullGraphType<BooleanGraphType>>("rolstoeltoegankelijk").Leest(nameof(Activiteit.Rolstoeltoegankelijk)).Description("Of u er met een rolstoel kunt komen en meedoen.").Resolve(c => c.Source.Rolstoeltoegankelijk);
        Field<NonNullGraphType<BooleanGraphType>>("ringleiding").Leest(nameof(Activiteit.Ringleiding)).Description("Of er een ringleiding is voor mensen met een hoortoestel.").Resolve(c => c.Source.Ringleiding);
        Field<NonNullGraphType<BooleanGraphType>>("eenvoudigeTaal").Leest(nameof(Activiteit.EenvoudigeTaal)).Description("Of de activiteit in eenvoudige taal is (taalniveau B1 of lager).").Resolve(c => c.Source.EenvoudigeTaal);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("gesprokenTalen").Leest(nameof(Activiteit.GesprokenTalen)).KleineLijst().Description("De talen die er gesproken worden, als taalcodes (BCP 47), bijvoorbeeld `nl`, `ar`, `tr`.").Resolve(c => c.Source.GesprokenTalen);
    }
}

public sealed class ContactGraphType : ObjectGraphType<Activiteit>
{
    public ContactGraphType()
    {
        Name = "Contact";
        Description = "Bij wie u terecht kunt met vragen over een activiteit.";
        Field<StringGraphType>("naam").Leest(nameof(Activiteit.ContactNaam)).Description("De naam van de contactpersoon.").Resolve(c => c.Source.ContactNaam);
        Field<StringGraphType>("email").Leest(nameof(Activiteit.ContactEmail)).Description("Het e-mailadres.").Resolve(c => c.Source.ContactEmail);
        Field<StringGraphType>("telefoon").Leest(nameof(Activiteit.ContactTelefoon)).Description("Het telefoonnummer.").Resolve(c => c.Source.ContactTelefoon);
    }
}

public sealed class VoorkomenConnectionGraphType() : ConnectionGraphType<VoorkomenGraphType, VoorkomenEdgeGraphType, Voorkomen>("Voorkomen", "data van activiteiten");

public sealed class VoorkomenEdgeGraphType() : EdgeGraphType<VoorkomenGraphType, Voorkomen>("Voorkomen");

public sealed class ActiviteitConnectionGraphType() : ConnectionGraphType<ActiviteitGraphType, ActiviteitEdgeGraphType, Activiteit>("Activiteit", "activiteiten");

public sealed class ActiviteitEdgeGraphType() : EdgeGraphType<ActiviteitGraphType, Activiteit>("Activiteit");
