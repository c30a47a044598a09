using GraphQL.Types;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Redactie;

namespace SociaalNetwerk.Schema.Participatie;

/// <summary>The editable fields of a participatietraject; fields not given stay as they are (<see cref="Optioneel{T}"/>).</summary>
public sealed record TrajectInvoer
{
    public Optioneel<string?> Naam { get; init; }

    public Optioneel<string?> Omschrijving { get; init; }

    public Optioneel<string?> Onderwerp { get; init; }

    public Optioneel<TrajectFase?> Fase { get; init; }
}

/// <summary>
/// A text in the six languages as it is entered: Dutch required, the others optional. A language left out or empty
/// has no translation.
/// </summary>
public sealed record VertaalbaarInvoer
{
    public string? Nl { get; init; }

    public string? En { get; init; }

    public string? Ar { get; init; }

    public string? Tr { get; init; }

    public string? Uk { get; init; }

    public string? Pl { get; init; }

    /// <summary>The text of one language code (<c>nl</c>, <c>en</c>…).</summary>
    public string? In(string taal) => taal switch
    {
        "nl" => Nl,
        "en" => En,
        "ar" => Ar,
        "tr" => Tr,
        "uk" => Uk,
        "pl" => Pl,
        _ => null,
    };

    /// <summary>The input of a stored text, as a form shows it again.</summary>
    public static VertaalbaarInvoer Van(Vertaalbaar? tekst) => tekst is null
        ? new VertaalbaarInvoer()
        : new VertaalbaarInvoer
        {
            Nl = tekst.Teksten.GetValueOrDefault("nl"),
            En = tekst.Teksten.GetValueOrDefault("en"),
            Ar = tekst.Teksten.GetValueOrDefault("ar"),
            Tr = tekst.Teksten.GetValueOrDefault("tr"),
            Uk = tekst.Teksten.GetValueOrDefault("uk"),
            Pl = tekst.Teksten.GetValueOrDefault("pl"),
        };
}

/// <summary>The editable fields of an uitvraag; fields not given stay as they are. The status has its own mutation.</summary>
public sealed record UitvraagInvoer
{
    public Optioneel<VertaalbaarInvoer?> Titel { get; init; }

    public Optioneel<VertaalbaarInvoer?> Inleiding { get; init; }

    public Optioneel<VertaalbaarInvoer?> Privacyverklaring { get; init; }

    public Optioneel<IReadOnlyList<UitvraagDoelgroep>?> Doelgroepen { get; init; }

    public Optioneel<DateTime?> OpenVanaf { get; init; }

    public Optioneel<DateTime?> OpenTot { get; init; }

    public Optioneel<int?> BewaartermijnDagen { get; init; }

    public Optioneel<bool?> ContactgegevensVragen { get; init; }

    public Optioneel<bool?> ProfielvraagWijk { get; init; }

    public Optioneel<bool?> ProfielvraagDoelgroep { get; init; }
}

public sealed class TrajectInvoerGraphType : GedeeltelijkeInvoerGraphType<TrajectInvoer>
{
    public TrajectInvoerGraphType()
    {
        Name = "ParticipatietrajectInvoer";
        Description = "De gegevens van een participatietraject. Bij `participatietrajectToevoegen` zijn `naam`, `omschrijving` en `onderwerp` verplicht; bij `participatietrajectWijzigen` blijft een veld dat u weglaat zoals het is.";
        Field<StringGraphType>("naam").Description($"De naam, hoogstens {UitvraagRedactie.MaxNaamLengte} tekens; uniek.");
        Field<StringGraphType>("omschrijving").Description($"Waar het traject over gaat, in eenvoudige taal, hoogstens {UitvraagRedactie.MaxOmschrijvingLengte} tekens.");
        Field<StringGraphType>("onderwerp").Description($"Het beleidsonderwerp, hoogstens {UitvraagRedactie.MaxNaamLengte} tekens.");
        Field<TrajectFaseGraphType>("fase").Description("De fase; bij toevoegen zonder: `VOORBEREIDING`.");
    }
}

public sealed class VertaalbaarInvoerGraphType : InputObjectGraphType<VertaalbaarInvoer>
{
    public VertaalbaarInvoerGraphType()
    {
        Name = "VertaalbareTekstInvoer";
        Description = "Een tekst in de zes talen. Nederlands (`nl`) is verplicht; een taal die u weglaat of leeg laat heeft geen vertaling. Een uitvraag biedt een taal alleen aan als al haar teksten erin vertaald zijn (`Uitvraag.vertaalstatus`).";
        Field<StringGraphType>("nl").Description("Nederlands (verplicht).");
        Field<StringGraphType>("en").Description("Engels.");
        Field<StringGraphType>("ar").Description("Arabisch.");
        Field<StringGraphType>("tr").Description("Turks.");
        Field<StringGraphType>("uk").Description("Oekraïens.");
        Field<StringGraphType>("pl").Description("Pools.");
    }
}

public sealed class UitvraagInvoerGraphType : GedeeltelijkeInvoerGraphType<UitvraagInvoer>
{
    public UitvraagInvoerGraphType()
    {
        Name = "UitvraagInvoer";
        Description = "De gegevens van een uitvraag. Bij `uitvraagToevoegen` zijn `titel`, `inleiding`, `privacyverklaring`, `openVanaf` en `openTot` verplicht; bij `uitvraagWijzigen` blijft een veld dat u weglaat zoals het is. De status wijzigt u met `uitvraagStatusWijzigen`; de vragen met de vraag-mutaties.";
        Field<VertaalbaarInvoerGraphType>("titel").Description($"De titel, hoogstens {UitvraagRedactie.MaxTitelLengte} tekens per taal.");
        Field<VertaalbaarInvoerGraphType>("inleiding").Description($"De inleiding: waarom deze vragen, wat er met de antwoorden gebeurt; platte tekst, hoogstens {UitvraagRedactie.MaxTekstLengte} tekens per taal.");
        Field<VertaalbaarInvoerGraphType>("privacyverklaring").Description($"Wat er met de antwoorden en contactgegevens gebeurt; hoogstens {UitvraagRedactie.MaxTekstLengte} tekens per taal.");
        Field<ListGraphType<NonNullGraphType<UitvraagDoelgroepGraphType>>>("doelgroepen").Description("Wie de uitvraag wil horen.");
        Field<TijdstipGraphType>("openVanaf").Description("Vanaf wanneer reageren kan. Met status `OPEN` en een moment in de toekomst is de uitvraag gepland: ze gaat dan vanzelf open.");
        Field<TijdstipGraphType>("openTot").Description("Tot wanneer reageren kan; na `openVanaf`. Daarna sluit de uitvraag vanzelf.");
        Field<IntGraphType>("bewaartermijnDagen").Description($"Hoeveel dagen na het sluiten contactgegevens en open antwoorden worden verwijderd: {UitvraagRedactie.MinBewaartermijn} tot {UitvraagRedactie.MaxBewaartermijn}. Bij toevoegen zonder: 365.");
        Field<BooleanGraphType>("contactgegevensVragen").Description("Of respondenten contactgegevens mogen achterlaten (alleen met toestemming).");
        Field<BooleanGraphType>("profielvraagWijk").Description("Of de uitvraag vraagt in welke wijk iemand woont.");
        Field<BooleanGraphType>("profielvraagDoelgroep").Description("Of de uitvraag vraagt als wie iemand reageert.");
    }
}

public sealed class ParticipatietrajectResultaatGraphType() : WijzigResultaatGraphType<Participatietraject, ParticipatietrajectGraphType>(
    "ParticipatietrajectResultaat", "traject", "Het resultaat van het toevoegen of wijzigen van een participatietraject.", "Het traject zoals het nu is opgeslagen.");

public sealed class UitvraagResultaatGraphType() : WijzigResultaatGraphType<Uitvraag, UitvraagGraphType>(
    "UitvraagResultaat", "uitvraag", "Het resultaat van het toevoegen, wijzigen of kopiëren van een uitvraag.", "De uitvraag zoals die nu is opgeslagen.");

/// <summary>Whether an uitvraag is fully translated into one language, and if not, which texts are missing.</summary>
public sealed record Vertaalstatus(string Taal, IReadOnlyList<string> Ontbreekt)
{
    public bool Compleet => Ontbreekt.Count == 0;

    /// <summary>
    /// Per language (all six, Dutch first) which texts of the uitvraag, its questions (text, help text, scale labels)
    /// and their options have no translation. Dutch is always complete: it is required.
    /// </summary>
    public static IReadOnlyList<Vertaalstatus> Van(Uitvraag uitvraag, IReadOnlyList<Vraag> vragen, Func<Vraag, IReadOnlyList<Antwoordoptie>> opties)
    {
        var teksten = new List<(string Waar, Vertaalbaar Tekst)>
        {
            ("titel", uitvraag.Titel),
            ("inleiding", uitvraag.Inleiding),
            ("privacyverklaring", uitvraag.Privacyverklaring),
        };
        foreach (var vraag in vragen.OrderBy(v => v.Volgorde))
        {
            var waar = $"vraag {vraag.Volgorde}";
            teksten.Add((waar + ": tekst", vraag.Tekst));
            foreach (var (naam, tekst) in new[] { ("toelichting", vraag.Toelichting), ("schaalLabelMin", vraag.SchaalLabelMin), ("schaalLabelMax", vraag.SchaalLabelMax) })
            {
                if (tekst is not null && !string.IsNullOrWhiteSpace(tekst.Nl))
                {
                    teksten.Add((waar + ": " + naam, tekst));
                }
            }

            foreach (var optie in opties(vraag).OrderBy(o => o.Volgorde))
            {
                teksten.Add((waar + $": optie {optie.Volgorde}", optie.Tekst));
            }
        }

        // A text without Dutch (an empty optional text) needs no translation either.
        teksten.RemoveAll(t => string.IsNullOrWhiteSpace(t.Tekst.Nl));
        return [.. Vertaalbaar.Talen.Select(taal => new Vertaalstatus(taal, taal == Vertaalbaar.Nederlands
            ? []
            : [.. teksten.Where(t => !t.Tekst.Teksten.TryGetValue(taal, out var s) || string.IsNullOrWhiteSpace(s)).Select(t => t.Waar)]))];
    }

    /// <summary>
    /// The languages in which the uitvraag is complete (Dutch first): what every surface that offers a language (API,
    /// print page) offers. Needs the uitvraag with its <see cref="Uitvraag.Vragen"/> and their options loaded.
    /// </summary>
    public static IReadOnlyList<string> CompleteTalen(Uitvraag uitvraag) =>
        [.. Van(uitvraag, uitvraag.Vragen, v => v.Opties).Where(s => s.Compleet).Select(s => s.Taal)];
}

public sealed class VertaalstatusGraphType : ObjectGraphType<Vertaalstatus>
{
    public VertaalstatusGraphType()
    {
        Name = "Vertaalstatus";
        Description = "Of een uitvraag helemaal in één taal vertaald is. Alleen complete talen worden aangeboden (`beschikbareTalen`).";
        Field<NonNullGraphType<TaalGraphType>>("taal").Description("De taal.").Resolve(c => c.Source.Taal);
        Field<NonNullGraphType<BooleanGraphType>>("compleet").Description("Of elke tekst van de uitvraag, haar vragen en keuzes in deze taal bestaat.").Resolve(c => c.Source.Compleet);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("ontbreekt")
            .Description("Welke teksten nog niet vertaald zijn, zoals `titel`, `vraag 2: tekst`, `vraag 2: toelichting` of `vraag 3: optie 1`. Leeg als de taal compleet is.")
            .Resolve(c => c.Source.Ontbreekt);
    }
}
