using System.Globalization;
using SociaalNetwerk.Schema.Agenda;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Resources;
using SociaalNetwerk.Schema.Woordenlijst;

namespace SociaalNetwerk.GraphApi.Paginas;

/// <summary>Marker for <c>Teksten.resx</c>: every text of the server-rendered pages. A translation is a <c>Teksten.xx.resx</c>.</summary>
public sealed class Teksten;

/// <summary>
/// What every page needs per request: its texts in the language of the request (<see cref="PaginaTaal"/>), dates
/// and times in Zoetermeer (Europe/Amsterdam) in that language, amounts, lists, and the addresses of the pages
/// (links below the request's path base that keep <c>?taal=</c>, absolute addresses below <see cref="PubliekAdres"/>).
/// </summary>
public sealed class PaginaOpmaak
{
    private readonly TimeProvider klok;
    private readonly IHttpContextAccessor context;
    private readonly PubliekAdres publiek;
    private readonly CultureInfo tekstCultuur;

    public PaginaOpmaak(TimeProvider klok, IHttpContextAccessor context, PubliekAdres publiek)
    {
        this.klok = klok;
        this.context = context;
        this.publiek = publiek;
        Taal = PaginaTaal.VanPagina(context.HttpContext);
        GekozenTaal = context.HttpContext is { } http ? PaginaTaal.UitQuery(http.Request.Query) : null;
        tekstCultuur = CultureInfo.GetCultureInfo(Taal);
        Cultuur = PaginaTaal.Cultuur(Taal);
    }

    public string this[string sleutel] => Zoek(sleutel) ?? sleutel;

    /// <summary>A text with its placeholders filled in; <c>{i:Basis}</c> is the plural form of <c>Basis</c> for argument i (see <see cref="Meervoud"/>).</summary>
    public string this[string sleutel, params object[] argumenten] => Vul(this[sleutel], argumenten);

    /// <summary>The form of plural text <paramref name="basis"/> (<c>Basis.one</c>, <c>Basis.few</c>, …) that fits <paramref name="aantal"/>: "5 activiteiten gevonden".</summary>
    public string Aantal(string basis, long aantal) => Meervoud.Tekst(Zoek, basis, aantal, tekstCultuur, Cultuur) ?? basis;

    /// <summary>The language of the page (<c>lang</c>, <c>Content-Language</c>): nl, en, ar, tr, uk or pl.</summary>
    public string Taal { get; }

    /// <summary>The language <c>?taal=</c> asked for, kept in every link to another page; null when the request followed <c>Accept-Language</c>.</summary>
    public string? GekozenTaal { get; }

    /// <summary>Whether the page is written right to left (Arabic).</summary>
    public bool RechtsNaarLinks => tekstCultuur.TextInfo.IsRightToLeft;

    public CultureInfo Cultuur { get; }

    private string? Zoek(string sleutel) => PaginaTaal.Tekst(sleutel, Taal);

    private string Vul(string patroon, object[] argumenten) => Meervoud.Vul(Zoek, tekstCultuur, Cultuur, patroon, argumenten);

    /// <summary>A link to a page with query parameters, below the path base, with <c>taal</c> when the visitor chose one.</summary>
    public string Link(string pad, params (string Naam, string? Waarde)[] parameters) =>
        Pad(pad) + QueryString.Create(parameters.Append((PaginaTaal.Parameter, GekozenTaal))
            .Where(p => !string.IsNullOrEmpty(p.Item2)).Select(p => new KeyValuePair<string, string?>(p.Item1, p.Item2))).ToUriComponent();

    public DateTime Nu => klok.GetUtcNow().UtcDateTime;

    public DateOnly Vandaag => AmsterdamTijd.LokaleDatum(Nu);

    /// <summary>Whether the request is for the sociale kaart (<c>/organisaties</c>): its error page leads back there, not to the agenda.</summary>
    public bool OpSocialeKaart => context.HttpContext?.Request.Path.StartsWithSegments("/organisaties", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>A path of the API below the request's path base: <c>/agenda</c>.</summary>
    public string Pad(string pad) => (context.HttpContext?.Request.PathBase.Value ?? string.Empty) + pad;

    /// <summary>An absolute URL of the API, for canonical links, JSON-LD and printed addresses: below <c>PubliekeUrl</c>, never the request's host.</summary>
    public Uri Absoluut(string pad) => publiek.Absoluut(pad);

    /// <summary>The absolute URL of this request's page with its query (its filters and language), below <c>PubliekeUrl</c>: the <c>og:url</c> of a list.</summary>
    public Uri AbsoluutVanVerzoek() =>
        context.HttpContext is { } http ? Absoluut(http.Request.Path.ToUriComponent() + http.Request.QueryString.ToUriComponent()) : Absoluut("/");

    public string ActiviteitPad(int id) => Link("/activiteiten/" + GlobalId.Maak(nameof(Activiteit), id));

    public string KalenderPad(int id) => Link("/activiteiten/" + GlobalId.Maak(nameof(Activiteit), id) + ".ics");

    /// <summary>"dinsdag 24 november", with the year when it is not this year (or always, with <paramref name="metJaar"/>).</summary>
    public string Datum(DateOnly datum, bool metJaar = false) =>
        datum.ToString(metJaar || datum.Year != Vandaag.Year ? "dddd d MMMM yyyy" : "dddd d MMMM", Cultuur);

    public string Datum(DateTime utc, bool metJaar = false) => Datum(AmsterdamTijd.LokaleDatum(utc), metJaar);

    /// <summary>The heading of a day: "Vandaag, maandag 23 november", "Morgen, …" or "Woensdag 25 november".</summary>
    public string DagKop(DateOnly datum)
    {
        var tekst = Datum(datum);
        if (datum == Vandaag)
        {
            return this["Agenda.DagMetDatum", this["Vandaag"], tekst];
        }

        return datum == Vandaag.AddDays(1)
            ? this["Agenda.DagMetDatum", this["Morgen"], tekst]
            : DagKopAbsoluut(datum);
    }

    /// <summary>
    /// The heading of a day on paper: always the date itself ("Dinsdag 1 december"), never "Vandaag" or "Morgen",
    /// which are wrong the day after printing.
    /// </summary>
    public string DagKopAbsoluut(DateOnly datum)
    {
        var tekst = Datum(datum);
        return Cultuur.TextInfo.ToUpper(tekst[0]) + tekst[1..];
    }

    public string Tijd(DateTime utc) => AmsterdamTijd.NaarLokaal(utc).ToString("HH:mm", Cultuur);

    /// <summary>"10:00 – 12:00"; a range over midnight shows both dates.</summary>
    public string Tijdvak(DateTime startUtc, DateTime eindUtc) =>
        AmsterdamTijd.LokaleDatum(startUtc) == AmsterdamTijd.LokaleDatum(eindUtc)
            ? $"{Tijd(startUtc)} – {Tijd(eindUtc)}"
            : $"{KorteDatumTijd(startUtc)} – {KorteDatumTijd(eindUtc)}";

    /// <summary>"24 nov. 22:00".</summary>
    public string KorteDatumTijd(DateTime utc) => AmsterdamTijd.NaarLokaal(utc).ToString("d MMM HH:mm", Cultuur);

    /// <summary>"dinsdag 24 november, 10:00 – 12:00".</summary>
    public string DatumMetTijdvak(DateTime startUtc, DateTime eindUtc) => $"{Datum(startUtc)}, {Tijdvak(startUtc, eindUtc)}";

    /// <summary>An instant with Zoetermeer's offset, for <c>&lt;time datetime&gt;</c> and JSON-LD: <c>2026-11-24T10:00:00+01:00</c>.</summary>
    public static string Iso(DateTime utc) => TijdstipGraphType.Formatteer(DateTime.SpecifyKind(utc, DateTimeKind.Utc));

    public string Bedrag(int centen) => (centen / 100m).ToString("C", Cultuur);

    /// <summary>The comma between the parts of a list: ", ", in Arabic "، ".</summary>
    public string Komma => Zoek("Lijst.Komma") ?? ", ";

    /// <summary>"a, b en c".</summary>
    public string Lijst(IReadOnlyList<string> delen) => delen.Count switch
    {
        0 => string.Empty,
        1 => delen[0],
        _ => string.Join(Komma, delen.Take(delen.Count - 1)) + " " + this["Lijst.En"] + " " + delen[^1],
    };

    /// <summary>A language code of an activity as a name ("Arabisch"); the code itself when there is no text for it.</summary>
    public string TaalNaam(string code)
    {
        return Zoek("Taal." + code.Trim().ToLowerInvariant()) ?? code;
    }

    /// <summary>The accessibility features of an activity as short texts ("Toegankelijk met rolstoel", "Ringleiding" …).</summary>
    public List<string> Kenmerken(Activiteit a) =>
        [.. new[] { a.Rolstoeltoegankelijk ? this["Rolstoeltoegankelijk"] : null, a.Ringleiding ? this["Ringleiding"] : null, a.EenvoudigeTaal ? this["EenvoudigeTaal"] : null }.OfType<string>()];

    /// <summary>The place of an activity in one line: "Buurthuis De Leyens, Leyens 2, Oosterheem · Online".</summary>
    public string Plaats(Activiteit a) => string.Join(" · ", new[]
    {
        a.Locatie is { } l ? string.Join(", ", new[] { l.Naam, l.Adres, l.Wijk?.Naam }.OfType<string>()) : null,
        a.OnlineLink is not null ? this["Online"] : null,
    }.OfType<string>());

    /// <summary>"Elke week op dinsdag en donderdag, van 10:00 tot 12:00, tot en met dinsdag 22 december 2026."</summary>
    public string Herhaling(Activiteit a)
    {
        if (a.Herhaling is not { } h)
        {
            return this["Activiteit.Eenmalig"];
        }

        var interval = Math.Max(1, h.Interval);
        var eerste = AmsterdamTijd.NaarLokaal(a.Start);
        var hoeVaak = h.Frequentie == Frequentie.Wekelijks
            ? interval == 1 ? this["Herhaling.Wekelijks"] : Aantal("Herhaling.Weken", interval)
            : interval == 1 ? this["Herhaling.Maandelijks"] : Aantal("Herhaling.Maanden", interval);
        var dagen = h.Weekdagen.Count > 0 ? h.Weekdagen.Distinct().Order().ToList() : [eerste.DayOfWeek];
        var wanneer = h.Frequentie == Frequentie.Wekelijks
            ? this["Herhaling.OpDagen", hoeVaak, Lijst([.. dagen.Select(Weekdag)])]
            : h.WeekVanDeMaand is { } week
                ? this["Herhaling.OpWeekVanDeMaand", hoeVaak, this["Herhaling.Week." + week.ToString(CultureInfo.InvariantCulture)], Weekdag(dagen[0])]
                : this["Herhaling.OpDagVanDeMaand", hoeVaak, eerste.Day];
        var delen = new List<string> { wanneer, this["Herhaling.Tijd", Tijd(a.Start), Tijd(a.Eind)] };
        if (h.TotEnMet is { } totEnMet)
        {
            delen.Add(this["Herhaling.TotEnMet", Datum(totEnMet, metJaar: true)]);
        }

        if (h.Aantal is { } aantal)
        {
            delen.Add(Aantal("Herhaling.Aantal", aantal));
        }

        return string.Join(Komma, delen) + ".";
    }

    /// <summary>The display name of an enum value (<see cref="Woordenboek"/>), in the language of the page.</summary>
    public string Label<TEnum>(TEnum waarde)
        where TEnum : struct, Enum => Woordenboek.Label(waarde, tekstCultuur);

    public string Weekdag(DayOfWeek dag) => Cultuur.DateTimeFormat.GetDayName(dag);

    /// <summary>The message of an error on a page, from <c>Teksten.resx</c> ("Fout.CODE"), with a general text for unknown codes.</summary>
    public string Foutmelding(string code, IReadOnlyList<object> argumenten)
    {
        // A value from the link is cut short; the values it could have been (the last argument of UNKNOWN_WIJK and of
        // an unknown thema or doelgroep) are ours.
        var keuzes = code == FoutCodes.OnbekendeWijk ? 1 : code == FoutCodes.OngeldigeInvoer ? 2 : -1;
        var ingekort = argumenten.Select((a, i) => a is string s && s.Length > 80 && i != keuzes ? s[..80] + "…" : a).ToArray();
        if (code == FoutCodes.OngeldigeInvoer && ingekort.Length == 3)
        {
            return this["Fout.BAD_USER_INPUT.Waarde", ingekort];
        }

        if (code == FoutCodes.OngeldigeId && ingekort.Length == 2)
        {
            ingekort[1] = ingekort[1].ToString()!.ToLowerInvariant();
        }

        try
        {
            return Zoek("Fout." + code) is { } tekst ? Vul(tekst, ingekort) : this["Fout.Algemeen"];
        }
        catch (FormatException)
        {
            return this["Fout.Algemeen"];
        }
    }
}
