using System.Globalization;
using Microsoft.Extensions.Primitives;
using SociaalNetwerk.GraphApi.Feeds;
using SociaalNetwerk.GraphApi.Paginas;
using SociaalNetwerk.Schema.Agenda;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Kenmerken;
using SociaalNetwerk.Schema.Woordenlijst;

namespace SociaalNetwerk.GraphApi.Agenda;

/// <summary>
/// The agenda's query-string contract, read in one place for <c>/agenda</c>, <c>/agenda/afdrukken</c> and
/// <c>/agenda.ics</c> (and its <c>wijk</c> and <c>thema</c> for <c>/organisaties</c>). The filters (<c>wijk</c>,
/// <c>thema</c>, <c>doelgroep</c>, <c>organisatie</c>, <c>netwerk</c>: <see cref="LeesFilter"/>) have the names of
/// <c>&lt;sn-agenda&gt;</c>'s attributes, so the page, the feed and the widget show the same; the pages add the period
/// (<c>periode</c> as in the widget, resolved by <see cref="AgendaPeriode"/>, or <c>van</c> and <c>tot</c> as dates,
/// <c>tot</c> included; not both), the page size (<c>aantal</c>) and the page (<c>na</c>). Bad values are a
/// <see cref="SociaalNetwerkException"/> with a stable code.
/// </summary>
public sealed record AgendaKeuze
{
    public const string PeriodeTeLang = "PERIOD_TOO_LONG";
    public const string OngeldigAantal = "INVALID_NUMBER";
    public const string DatumBuitenBereik = "DATE_OUT_OF_RANGE";

    /// <summary>
    /// The first and last date the pages accept in <c>van</c> and <c>tot</c>: far enough for any agenda, and far from
    /// the ends of <see cref="DateOnly"/>, so the period arithmetic (a day, a month, 366 days on) cannot overflow.
    /// </summary>
    public static readonly DateOnly EersteDatum = new(2000, 1, 1);

    public static readonly DateOnly LaatsteDatum = new(2999, 12, 31);

    public const int MaximumAantal = PaginaVerzoek.Maximum;

    /// <summary>At most this many values per filter parameter.</summary>
    public const int MaximumWaarden = 50;

    /// <summary>The filters and the period as asked: <c>periode</c> as given (resolved by <see cref="AgendaZoeker"/> on the server's clock), or <c>van</c>/<c>tot</c> as instants.</summary>
    public required AgendaFilter Filter { get; init; }

    /// <summary>The filter values as given (comma-separated), for forms and links.</summary>
    public required IReadOnlyDictionary<string, string> Waarden { get; init; }

    public string? Periode { get; init; }

    public DateOnly? Van { get; init; }

    public DateOnly? TotEnMet { get; init; }

    public int? Aantal { get; init; }

    /// <summary>The cursor of the page (<c>endCursor</c> of the previous one).</summary>
    public string? Na { get; init; }

    /// <summary>The language the visitor chose with <c>?taal=</c>, kept in every link of this choice (null: none chosen).</summary>
    public string? Taal { get; init; }

    public string? Wijk => Waarden.GetValueOrDefault("wijk");

    public static readonly string[] FilterNamen = ["wijk", "thema", "doelgroep", "organisatie", "netwerk"];

    /// <summary>Reads the whole contract (the pages); bad values are a <see cref="SociaalNetwerkException"/> with a stable code.</summary>
    public static AgendaKeuze Lees(IQueryCollection query)
    {
        var filter = LeesFilter(query);
        var waarden = LeesWaarden(query, FilterNamen);

        var periode = Tekst(query, "periode") is { } p ? AgendaPeriode.Lees(p) : null;
        var van = Datum(query, "van");
        var totEnMet = Datum(query, "tot");
        AgendaPeriode.ControleerAlleen(periode, van is not null || totEnMet is not null);
        if (van is { } v && totEnMet is { } t && t < v)
        {
            throw new SociaalNetwerkException(FoutCodes.OngeldigePeriode, v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        return new AgendaKeuze
        {
            Filter = filter with
            {
                Periode = periode,
                Vanaf = van is { } begin ? AmsterdamTijd.BeginVanDag(begin) : null,
                Tot = totEnMet is { } eind ? AmsterdamTijd.BeginVanDag(eind.AddDays(1)) : null,
            },
            Waarden = waarden,
            Periode = periode,
            Van = van,
            TotEnMet = totEnMet,
            Aantal = LeesAantal(query),
            Na = Tekst(query, "na"),
            Taal = PaginaTaal.UitQuery(query),
        };
    }

    /// <summary>
    /// The filter parameters alone (<c>wijk</c>, <c>thema</c>, <c>doelgroep</c>, <c>organisatie</c>, <c>netwerk</c>) as an
    /// <see cref="AgendaFilter"/>: what the feed reads. Wijken and ids are checked by <see cref="AgendaZoeker"/>.
    /// </summary>
    public static AgendaFilter LeesFilter(IQueryCollection query) => new()
    {
        Wijken = Lijst(query, "wijk"),
        Themas = Lijst(query, "thema")?.Select(w => Enum<Thema>(w, "thema")).ToList(),
        Doelgroepen = Lijst(query, "doelgroep")?.Select(w => Enum<Doelgroep>(w, "doelgroep")).ToList(),
        Organisaties = Lijst(query, "organisatie"),
        Netwerken = Lijst(query, "netwerk"),
    };

    /// <summary>
    /// An enum code as in GraphQL (<c>EENZAAMHEID_EN_ONTMOETING</c>) or as its slug (<c>eenzaamheid-en-ontmoeting</c>).
    /// An unknown code is BAD_USER_INPUT with the value, the parameter and the slugs it takes as arguments (the pages
    /// name them).
    /// </summary>
    private static T Enum<T>(string waarde, string parameter)
        where T : struct, System.Enum =>
        Slug.Lees<T>(waarde) ?? throw new SociaalNetwerkException(FoutCodes.OngeldigeInvoer, waarde, parameter, string.Join(", ", System.Enum.GetValues<T>().Select(w => Slug.Van(w))));

    /// <summary>The values of a filter parameter: every occurrence split on commas, trimmed, without empty ones; null when there are none.</summary>
    public static List<string>? Lijst(IQueryCollection query, string naam)
    {
        if (!query.TryGetValue(naam, out StringValues ruw))
        {
            return null;
        }

        var waarden = ruw.SelectMany(r => (r ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        return waarden.Count > MaximumWaarden
            ? throw new SociaalNetwerkException(FoutCodes.TeVeelIds, waarden.Count, MaximumWaarden)
            : waarden.Count == 0 ? null : waarden;
    }

    /// <summary>The query string of this choice with other parameters changed (null removes one); keeps the parameters' order.</summary>
    public string Query(params (string Naam, string? Waarde)[] anders)
    {
        var parameters = new List<KeyValuePair<string, string?>>();
        foreach (var naam in FilterNamen)
        {
            parameters.Add(new(naam, Waarden.GetValueOrDefault(naam)));
        }

        parameters.Add(new("periode", Periode));
        parameters.Add(new("van", Van?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        parameters.Add(new("tot", TotEnMet?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        parameters.Add(new("aantal", Aantal?.ToString(CultureInfo.InvariantCulture)));
        parameters.Add(new(PaginaTaal.Parameter, Taal));
        foreach (var (naam, waarde) in anders)
        {
            var index = parameters.FindIndex(p => p.Key == naam);
            if (index >= 0)
            {
                parameters[index] = new(naam, waarde);
            }
            else
            {
                parameters.Add(new(naam, waarde));
            }
        }

        return QueryString.Create(parameters.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
    }

    /// <summary>The query string of the calendar feed for the same filters (the feed has no period: a calendar app shows the future itself).</summary>
    public string FeedQuery() =>
        QueryString.Create(FilterNamen.Where(Waarden.ContainsKey).Select(naam => new KeyValuePair<string, string?>(naam, Waarden[naam]))
            .Append(new(PaginaTaal.Parameter, Taal)).Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();

    /// <summary><c>aantal</c>: 1 to <see cref="MaximumAantal"/> per page, or null when not given.</summary>
    public static int? LeesAantal(IQueryCollection query) =>
        Tekst(query, "aantal") is { } a
            ? int.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= MaximumAantal
                ? n
                : throw new SociaalNetwerkException(OngeldigAantal, a, MaximumAantal)
            : null;

    /// <summary>
    /// The values of the filters as read (<see cref="Lijst"/>: split on commas, trimmed, empty ones
    /// dropped), joined with commas, for forms and links: a filter is in here exactly when the filter has values.
    /// </summary>
    public static Dictionary<string, string> LeesWaarden(IQueryCollection query, IEnumerable<string> namen) =>
        namen.Select(naam => (naam, waarden: Lijst(query, naam)))
            .Where(p => p.waarden is not null)
            .ToDictionary(p => p.naam, p => string.Join(',', p.waarden!));

    public static string? Tekst(IQueryCollection query, string naam) =>
        query[naam].LastOrDefault(w => !string.IsNullOrWhiteSpace(w))?.Trim();

    private static DateOnly? Datum(IQueryCollection query, string naam)
    {
        if (Tekst(query, naam) is not { } tekst)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(tekst, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum))
        {
            throw new SociaalNetwerkException(FoutCodes.OngeldigeDatum, tekst);
        }

        return datum >= EersteDatum && datum <= LaatsteDatum
            ? datum
            : throw new SociaalNetwerkException(DatumBuitenBereik, tekst, EersteDatum.Year, LaatsteDatum.Year);
    }
}
