using GraphQL.Types;
using SociaalNetwerk.Schema.GraphQL;

namespace SociaalNetwerk.Schema.Participatie;

public sealed record ReactieInvoer
{
    public required string UitvraagId { get; init; }

    public required string IdempotentieSleutel { get; init; }

    public Kanaal? Kanaal { get; init; }

    /// <summary>Paper and conversation: the form's number (see <see cref="Reactie.Formuliernummer"/>).</summary>
    public int? Formuliernummer { get; init; }

    public string? Taal { get; init; }

    public string? Wijk { get; init; }

    public UitvraagDoelgroep? Doelgroep { get; init; }

    public ContactInvoer? Contact { get; init; }

    public IReadOnlyList<AntwoordInvoer> Antwoorden { get; init; } = [];

    /// <summary>The honeypot: a field people never see or fill in.</summary>
    public string? Website { get; init; }

    /// <summary>The token of a preview link (<see cref="Proeflinks"/>): the reactie is then a test reactie.</summary>
    public string? ProefToken { get; init; }
}

/// <summary>The team's correction of a reactie it entered: everything it holds, replaced (kanaal, taal and number kept when left out).</summary>
public sealed record ReactieCorrectie
{
    public Kanaal? Kanaal { get; init; }

    public int? Formuliernummer { get; init; }

    public string? Taal { get; init; }

    public string? Wijk { get; init; }

    public UitvraagDoelgroep? Doelgroep { get; init; }

    public ContactInvoer? Contact { get; init; }

    public IReadOnlyList<AntwoordInvoer> Antwoorden { get; init; } = [];
}

public sealed record ContactInvoer
{
    public bool Toestemming { get; init; }

    public string? Naam { get; init; }

    public string? Email { get; init; }

    public string? Telefoon { get; init; }
}

public sealed record AntwoordInvoer
{
    public required string VraagId { get; init; }

    public IReadOnlyList<string>? OptieIds { get; init; }

    public int? Getal { get; init; }

    public string? Tekst { get; init; }

    public IReadOnlyList<FactorInvoer>? Factoren { get; init; }
}

public sealed record FactorInvoer
{
    public FactorSoort Soort { get; init; }

    public string? OptieId { get; init; }

    public string? Tekst { get; init; }
}

public sealed class ReactieInvoerGraphType : InputObjectGraphType<ReactieInvoer>
{
    internal const string Formuliernummer =
        "Bij `PAPIER` of `GESPREK`: het nummer van het formulier (1 tot en met 999999), uniek binnen de uitvraag. "
        + "Een nummer dat al is ingevoerd geeft `FORM_NUMBER_EXISTS` met de eerder ingevoerde reactie in `bestaandeReactie`; er wordt niets opgeslagen. "
        + "Bij een online reactie geeft een nummer `FORM_NUMBER_NOT_ALLOWED`.";

    public ReactieInvoerGraphType()
    {
        Name = "ReactieInvoer";
        Description = "Een reactie op een uitvraag: de antwoorden en eventueel profiel en contactgegevens.";
        Field<NonNullGraphType<IdGraphType>>("uitvraagId").Description("De id van de uitvraag.");
        Field<NonNullGraphType<StringGraphType>>("idempotentieSleutel").Description(
            "Een willekeurige sleutel die de client per reactie maakt, geheim als een wachtwoord: wie sleutel én inhoud kent, krijgt de ontvangstcode. "
            + "Twee vormen: een UUID van 36 tekens (`crypto.randomUUID()`, `Guid.NewGuid()`), of base64url zonder `=` van "
            + $"{Idempotentiesleutels.MinBytes} tot {Idempotentiesleutels.MaxBytes} willekeurige bytes (22 tot 86 tekens). Andere sleutels, en sleutels met weinig verschillende tekens zoals de nul-UUID, geven `INVALID_IDEMPOTENCY_KEY`. "
            + "Stuur bij een nieuwe poging na een netwerkfout dezelfde sleutel met dezelfde reactie: u krijgt dan het eerste resultaat terug en er wordt niets dubbel opgeslagen. "
            + "Dezelfde sleutel met een andere reactie geeft `IDEMPOTENCY_KEY_REUSED`.");
        Field<KanaalGraphType>("kanaal").Description("Hoe de reactie binnenkwam. Standaard `ONLINE`; `PAPIER` en `GESPREK` alleen voor het team van het traject, dat reacties van papier of uit gesprekken invoert.");
        Field<IntGraphType>("formuliernummer").Description(Formuliernummer);
        Field<TaalGraphType>("taal").Description("De taal waarin de respondent antwoordde. Standaard `NL`.");
        Field<StringGraphType>("wijk").Description("Bij een profielvraag naar de wijk: de slug van de wijk waar de respondent woont.");
        Field<UitvraagDoelgroepGraphType>("doelgroep").Description("Bij een profielvraag naar de doelgroep: als wie de respondent reageert.");
        Field<ContactInvoerGraphType>("contact").Description("Contactgegevens; alleen als de uitvraag daarom vraagt en met uitdrukkelijke toestemming.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AntwoordInvoerGraphType>>>>("antwoorden").Description("Eén antwoord per beantwoorde vraag.");
        Field<StringGraphType>("website").Description("Laat dit veld leeg. Het is een val voor spamrobots: een reactie met een waarde hier wordt niet opgeslagen.");
        Field<StringGraphType>("proefToken").Description("Het token van een proeflink (`proeflinkMaken`): de reactie is dan een proefreactie, die ook op een uitvraag in concept of buiten de periode kan en nooit meetelt (niet in resultaten, aantallen, lijsten of de CSV). Een ongeldig of verlopen token geeft `INVALID_PREVIEW_TOKEN`.");
    }
}

public sealed class ReactieCorrectieGraphType : InputObjectGraphType<ReactieCorrectie>
{
    public ReactieCorrectieGraphType()
    {
        Name = "ReactieCorrectie";
        Description = "De verbeterde reactie: vervangt antwoorden, profiel en contactgegevens helemaal, en wordt gecontroleerd als een nieuwe reactie. Kanaal, taal en formuliernummer blijven wat ze waren als u ze weglaat.";
        Field<KanaalGraphType>("kanaal").Description("`PAPIER` of `GESPREK`.");
        Field<IntGraphType>("formuliernummer").Description(ReactieInvoerGraphType.Formuliernummer);
        Field<TaalGraphType>("taal").Description("De taal waarin de respondent antwoordde.");
        Field<StringGraphType>("wijk").Description("Bij een profielvraag naar de wijk: de slug van de wijk.");
        Field<UitvraagDoelgroepGraphType>("doelgroep").Description("Bij een profielvraag naar de doelgroep: als wie de respondent reageerde.");
        Field<ContactInvoerGraphType>("contact").Description("Contactgegevens; alleen als de uitvraag daarom vraagt en met uitdrukkelijke toestemming.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AntwoordInvoerGraphType>>>>("antwoorden").Description("Eén antwoord per beantwoorde vraag.");
    }
}

public sealed class ContactInvoerGraphType : InputObjectGraphType<ContactInvoer>
{
    public ContactInvoerGraphType()
    {
        Name = "ContactInvoer";
        Description = "Contactgegevens van een respondent, alleen met toestemming.";
        Field<NonNullGraphType<BooleanGraphType>>("toestemming").Description("De respondent geeft uitdrukkelijk toestemming om contact op te nemen. Zonder toestemming worden geen contactgegevens opgeslagen.");
        Field<StringGraphType>("naam").Description("De naam.");
        Field<StringGraphType>("email").Description("Het e-mailadres.");
        Field<StringGraphType>("telefoon").Description("Het telefoonnummer.");
    }
}

public sealed class AntwoordInvoerGraphType : InputObjectGraphType<AntwoordInvoer>
{
    public AntwoordInvoerGraphType()
    {
        Name = "AntwoordInvoer";
        Description = "Het antwoord op één vraag. Vul het veld in dat bij het type vraag past.";
        Field<NonNullGraphType<IdGraphType>>("vraagId").Description("De id van de vraag.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("optieIds").Description("Bij één keuze of meerdere keuzes: de ids van de gekozen opties.");
        Field<IntGraphType>("getal").Description("Bij een schaal: de gekozen waarde.");
        Field<StringGraphType>("tekst").Description("Bij een open vraag: het antwoord.");
        Field<ListGraphType<NonNullGraphType<FactorInvoerGraphType>>>("factoren").Description("Bij factoren: de genoemde helpende en remmende factoren.");
    }
}

public sealed class FactorInvoerGraphType : InputObjectGraphType<FactorInvoer>
{
    public FactorInvoerGraphType()
    {
        Name = "FactorInvoer";
        Description = "Eén genoemde factor: uit de lijst (`optieId`) of eigen woorden (`tekst`).";
        Field<NonNullGraphType<FactorSoortGraphType>>("soort").Description("Of de factor helpt of tegenhoudt.");
        Field<IdGraphType>("optieId").Description("Een factor uit de lijst van de vraag.");
        Field<StringGraphType>("tekst").Description($"Een eigen factor, in eigen woorden (hoogstens {ReactieRegels.MaxEigenFactorLengte} tekens), als de vraag dat toestaat.");
    }
}
