using SociaalNetwerk.Schema.Wijken;

namespace SociaalNetwerk.Schema.Participatie;

/// <summary>The <c>segment</c> argument as the client sent it: a wijk by slug or id, a doelgroep, a kanaal.</summary>
public sealed record ResultaatSegmentInvoer
{
    public string? Wijk { get; init; }

    public UitvraagDoelgroep? Doelgroep { get; init; }

    public Kanaal? Kanaal { get; init; }
}

/// <summary>Which reacties the results count; every filter that is set must match.</summary>
public sealed record ResultaatSegment(int? WijkId = null, UitvraagDoelgroep? Doelgroep = null, Kanaal? Kanaal = null);

/// <summary>The results of one uitvraag for one segment, either for its team (<paramref name="Openbaar"/> false) or for the public.</summary>
public sealed record ResultaatVerzoek(int UitvraagId, ResultaatSegmentInvoer Segment, bool Openbaar);

/// <summary>
/// A number of reacties and its share of the group it belongs to. In the public view a count of 1 to
/// <see cref="ResultatenBerekenaar.Drempel"/> − 1 is hidden: <see cref="Aantal"/> and <see cref="Percentage"/> are null.
/// </summary>
public sealed record Telling(int? Aantal, double? Percentage, bool OnderDrempel)
{
    public static readonly Telling Verborgen = new(null, null, true);
}

public sealed record UitvraagResultaten(
    int UitvraagId,
    bool Openbaar,
    ResultaatSegment Segment,
    Telling Totaal,
    IReadOnlyList<KanaalTelling> PerKanaal,
    IReadOnlyList<WijkTelling> PerWijk,
    IReadOnlyList<DoelgroepTelling> PerDoelgroep,
    IReadOnlyList<VraagResultaat> Vragen);

public sealed record KanaalTelling(Kanaal Kanaal, Telling Telling);

/// <summary>Reacties per wijk; <see cref="Wijk"/> null counts the reacties without a wijk.</summary>
public sealed record WijkTelling(Wijk? Wijk, Telling Telling);

/// <summary>Reacties per doelgroep; <see cref="Doelgroep"/> null counts the reacties without one.</summary>
public sealed record DoelgroepTelling(UitvraagDoelgroep? Doelgroep, Telling Telling);

/// <summary>
/// The results of one vraag. Which parts are filled depends on its type: <see cref="Opties"/> for choices,
/// <see cref="Schaal"/> for a scale, the factor lists for factoren. Open answers are loaded only when asked for,
/// by <see cref="OpenAntwoordenByVraagDataLoader"/>.
/// </summary>
public sealed record VraagResultaat(
    Vraag Vraag,
    bool Openbaar,
    ResultaatSegment Segment,
    Telling AantalReacties,
    IReadOnlyList<OptieResultaat> Opties,
    SchaalResultaat? Schaal,
    IReadOnlyList<FactorResultaat> HelpendeFactoren,
    IReadOnlyList<FactorResultaat> RemmendeFactoren);

public sealed record OptieResultaat(Antwoordoptie Optie, Telling Telling);

public sealed record SchaalResultaat(IReadOnlyList<SchaalWaardeTelling> Verdeling, double? Gemiddelde, double? Mediaan);

public sealed record SchaalWaardeTelling(int Waarde, Telling Telling);

/// <summary>A predefined factor (<see cref="Optie"/>) or one that respondents named themselves (<see cref="EigenTekst"/>).</summary>
public sealed record FactorResultaat(FactorSoort Soort, Antwoordoptie? Optie, string? EigenTekst, Telling Telling);
