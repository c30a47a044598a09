using GraphQL.Types;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Kenmerken;

namespace SociaalNetwerk.Schema.Agenda;

/// <summary>What the agenda shows. Filters combine with AND; the values within one filter with OR.</summary>
public sealed record AgendaFilter
{
    public const int MaximaleZoektermLengte = 100;

    public DateTime? Vanaf { get; init; }

    public DateTime? Tot { get; init; }

    /// <summary>How far ahead from today, instead of <see cref="Vanaf"/> and <see cref="Tot"/> (<see cref="AgendaPeriode"/>).</summary>
    public string? Periode { get; init; }

    public IReadOnlyList<string>? Wijken { get; init; }

    public IReadOnlyList<Thema>? Themas { get; init; }

    public IReadOnlyList<Kernopgave>? Kernopgaven { get; init; }

    public IReadOnlyList<Doelgroep>? Doelgroepen { get; init; }

    public IReadOnlyList<string>? Organisaties { get; init; }

    public IReadOnlyList<string>? Netwerken { get; init; }

    public IReadOnlyList<ActiviteitSoort>? Soorten { get; init; }

    public string? Zoekterm { get; init; }

    public bool? Gratis { get; init; }

    public bool? Rolstoeltoegankelijk { get; init; }

    public bool? Online { get; init; }
}

public sealed class ActiviteitSoortGraphType() : GelabeldeEnumGraphType<ActiviteitSoort>("Wat voor activiteit het is.");

public sealed class AgendaFilterInputGraphType : InputObjectGraphType<AgendaFilter>
{
    public AgendaFilterInputGraphType()
    {
        Name = "AgendaFilter";
        Description = "Welke activiteiten de agenda toont. Verschillende filters gelden samen (EN); meerdere waarden binnen één filter zijn alternatieven (OF). Een lege lijst of `null` filtert niet.";
        Field<TijdstipGraphType>("vanaf").Description("Toon wat op of na dit tijdstip eindigt, dus ook wat nu bezig is. Standaard: nu.");
        Field<TijdstipGraphType>("tot").Description("Toon wat vóór dit tijdstip begint. Een datum zonder tijd betekent het begin van die dag.");
        Field<StringGraphType>("periode").Description($"Hoe ver vooruit, in plaats van `vanaf` en `tot`: `vandaag`, `week` (7 dagen), `maand` (tot dezelfde dag volgende maand) of een aantal dagen (`\"14\"`, 1 tot en met {AgendaPeriode.MaximumDagen}), gerekend vanaf vandaag in Zoetermeer (Europe/Amsterdam) op de klok van de server. Toont wat nu bezig is of later begint, tot het einde van de laatste dag. Samen met `vanaf` of `tot` is het de fout `PERIOD_CONFLICT`; een andere waarde is `INVALID_PERIOD`.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("wijken").Description("Slugs van wijken, bijvoorbeeld `[\"oosterheem\", \"seghwaert\"]`. Online activiteiten zonder locatie vallen hierbuiten.");
        Field<ListGraphType<NonNullGraphType<ThemaGraphType>>>("themas").Description("Thema's; een activiteit met een van deze thema's telt mee.");
        Field<ListGraphType<NonNullGraphType<KernopgaveGraphType>>>("kernopgaven").Description("Kernopgaven; een activiteit met een van deze kernopgaven telt mee.");
        Field<ListGraphType<NonNullGraphType<DoelgroepGraphType>>>("doelgroepen").Description("Doelgroepen; een activiteit voor een van deze doelgroepen telt mee.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("organisaties").Description("Ids van organisaties; activiteiten die een van hen (mede) organiseert.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("netwerken").Description("Ids van netwerken; activiteiten van een van deze netwerken.");
        Field<ListGraphType<NonNullGraphType<ActiviteitSoortGraphType>>>("soorten").Description("Soorten activiteit, zoals `INLOOPSPREEKUUR` of `MAALTIJD`.");
        Field<StringGraphType>("zoekterm").Description($"Zoekt in titel en omschrijving, zonder verschil tussen hoofd- en kleine letters of accenten: 'cafe' vindt 'café'. Meerdere woorden moeten allemaal voorkomen. Hoogstens {AgendaFilter.MaximaleZoektermLengte} tekens.");
        Field<BooleanGraphType>("gratis").Description("`true`: alleen gratis activiteiten; `false`: alleen activiteiten waarvoor u betaalt.");
        Field<BooleanGraphType>("rolstoeltoegankelijk").Description("`true`: alleen activiteiten die met een rolstoel toegankelijk zijn; `false`: alleen die dat niet zijn.");
        Field<BooleanGraphType>("online").Description("`true`: activiteiten die u online kunt volgen; `false`: activiteiten op een locatie. Een activiteit die allebei is, valt onder beide.");
    }
}
