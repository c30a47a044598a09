using SociaalNetwerk.Schema.Wijken;

namespace SociaalNetwerk.Schema.Participatie;

internal sealed record Verdeling(int UitvraagId, Kanaal Kanaal, int? WijkId, UitvraagDoelgroep? Doelgroep, int Aantal);

internal sealed record VraagTelling(int VraagId, Kanaal Kanaal, int? WijkId, UitvraagDoelgroep? Doelgroep, int Aantal);

internal sealed record WaardeTelling(int VraagId, int? OptieId, int? Getal, FactorSoort? FactorSoort, Kanaal Kanaal, int? WijkId, UitvraagDoelgroep? Doelgroep, int Aantal);

internal sealed record EigenFactorTelling(int VraagId, FactorSoort Soort, string Genormaliseerd, Kanaal Kanaal, int? WijkId, UitvraagDoelgroep? Doelgroep, int Aantal);

internal sealed record Tellingen(
    List<Verdeling> Verdeling,
    Dictionary<int, Wijk> Wijken,
    ILookup<int, VraagTelling> Beantwoord,
    ILookup<int, WaardeTelling> Waarden,
    ILookup<int, EigenFactorTelling> EigenFactoren,
    Dictionary<(int, FactorSoort, string), string> Spellingen);

/// <summary>What a count counts.</summary>
internal enum MaatSoort
{
    /// <summary>Reacties.</summary>
    Reacties,

    /// <summary>Reacties that answered the vraag.</summary>
    Beantwoord,

    /// <summary>Reacties that left the vraag out: never published, but the difference of two published counts.</summary>
    NietBeantwoord,

    /// <summary>Reacties that chose the option (<see cref="Maat.Sleutel"/>).</summary>
    Keuze,

    /// <summary>Reacties that chose the scale value (<see cref="Maat.Sleutel"/>).</summary>
    Schaalwaarde,

    /// <summary>Reacties that named the listed factor (<see cref="Maat.Sleutel"/>) as <see cref="Maat.Factor"/>.</summary>
    Factor,

    /// <summary>Reacties that named the own factor with normalised text <see cref="Maat.Tekst"/>.</summary>
    EigenFactor,
}

internal sealed record Maat(MaatSoort Soort, int VraagId = 0, int Sleutel = 0, FactorSoort? Factor = null, string? Tekst = null);

/// <summary>
/// A part of the reacties: every filter that is set must match. <see cref="Geen"/> selects the reacties without a
/// wijk or doelgroep, a group no segment argument can ask for but whose count the lists per wijk and doelgroep show.
/// </summary>
internal sealed record Deel(int? Wijk = null, int? Doelgroep = null, int? Kanaal = null)
{
    public const int Geen = -1;

    public static Deel Van(ResultaatSegment segment) => new(segment.WijkId, (int?)segment.Doelgroep, (int?)segment.Kanaal);

    public bool Past(int? wijk, UitvraagDoelgroep? doelgroep, Kanaal kanaal) =>
        Past(Wijk, wijk) && Past(Doelgroep, (int?)doelgroep) && (Kanaal is null || Kanaal == (int)kanaal);

    /// <summary>This part narrowed by one more filter; null when the two exclude each other (the count is 0).</summary>
    public Deel? Met(int? wijk = null, int? doelgroep = null, int? kanaal = null)
    {
        if ((wijk is not null && Wijk is not null && wijk != Wijk)
            || (doelgroep is not null && Doelgroep is not null && doelgroep != Doelgroep)
            || (kanaal is not null && Kanaal is not null && kanaal != Kanaal))
        {
            return null;
        }

        return new Deel(Wijk ?? wijk, Doelgroep ?? doelgroep, Kanaal ?? kanaal);
    }

    private static bool Past(int? filter, int? waarde) => filter is null || (filter == Geen ? waarde is null : waarde == filter);
}

/// <summary>The counts of one uitvraag per wijk, doelgroep and kanaal, and the sum of any part of them.</summary>
internal sealed class ResultaatKubus
{
    private readonly Dictionary<Maat, List<(int? Wijk, UitvraagDoelgroep? Doelgroep, Kanaal Kanaal, int Aantal)>> _vakken = [];
    private readonly Dictionary<(Maat, Deel), int> _sommen = [];
    private readonly Tellingen _tellingen;

    public ResultaatKubus(int uitvraagId, List<Vraag> vragen, Tellingen tellingen)
    {
        _tellingen = tellingen;
        Vragen = vragen;
        foreach (var v in tellingen.Verdeling.Where(v => v.UitvraagId == uitvraagId))
        {
            Voeg(new Maat(MaatSoort.Reacties), v.WijkId, v.Doelgroep, v.Kanaal, v.Aantal);
        }

        foreach (var vraag in vragen)
        {
            foreach (var b in tellingen.Beantwoord[vraag.Id])
            {
                Voeg(new Maat(MaatSoort.Beantwoord, vraag.Id), b.WijkId, b.Doelgroep, b.Kanaal, b.Aantal);
            }

            foreach (var w in tellingen.Waarden[vraag.Id])
            {
                var maat = w switch
                {
                    { OptieId: { } optie, FactorSoort: { } soort } => new Maat(MaatSoort.Factor, vraag.Id, optie, soort),
                    { OptieId: { } optie } => new Maat(MaatSoort.Keuze, vraag.Id, optie),
                    _ => new Maat(MaatSoort.Schaalwaarde, vraag.Id, w.Getal!.Value),
                };
                Voeg(maat, w.WijkId, w.Doelgroep, w.Kanaal, w.Aantal);
            }

            foreach (var e in tellingen.EigenFactoren[vraag.Id])
            {
                Voeg(new Maat(MaatSoort.EigenFactor, vraag.Id, 0, e.Soort, e.Genormaliseerd), e.WijkId, e.Doelgroep, e.Kanaal, e.Aantal);
            }
        }
    }

    public List<Vraag> Vragen { get; }

    public Dictionary<int, Wijk> Wijken => _tellingen.Wijken;

    /// <summary>How many reacties in the part count for the measure.</summary>
    public int Som(Maat maat, Deel? deel)
    {
        if (deel is null)
        {
            return 0;
        }

        if (maat.Soort == MaatSoort.NietBeantwoord)
        {
            return Som(new Maat(MaatSoort.Reacties), deel) - Som(maat with { Soort = MaatSoort.Beantwoord }, deel);
        }

        if (!_sommen.TryGetValue((maat, deel), out var som))
        {
            som = _vakken.TryGetValue(maat, out var vakken) ? vakken.Where(v => deel.Past(v.Wijk, v.Doelgroep, v.Kanaal)).Sum(v => v.Aantal) : 0;
            _sommen[(maat, deel)] = som;
        }

        return som;
    }

    /// <summary>The wijken (null: no wijk) with reacties in the part.</summary>
    public IEnumerable<int?> WijkenIn(Deel deel) =>
        Vakken(new Maat(MaatSoort.Reacties)).Where(v => v.Aantal > 0 && deel.Past(v.Wijk, v.Doelgroep, v.Kanaal)).Select(v => v.Wijk).Distinct();

    /// <summary>Whether the part has reacties without a doelgroep.</summary>
    public bool ZonderDoelgroep(Deel deel) =>
        Vakken(new Maat(MaatSoort.Reacties)).Any(v => v.Aantal > 0 && v.Doelgroep is null && deel.Past(v.Wijk, v.Doelgroep, v.Kanaal));

    /// <summary>The scale's range and any other value chosen in the part.</summary>
    public IEnumerable<int> Schaalwaarden(Vraag vraag, Deel deel)
    {
        var bereik = vraag.SchaalMin is { } min && vraag.SchaalMax is { } max && max >= min ? Enumerable.Range(min, max - min + 1) : [];
        var gekozen = _vakken.Where(p => p.Key.Soort == MaatSoort.Schaalwaarde && p.Key.VraagId == vraag.Id && Som(p.Key, deel) > 0).Select(p => p.Key.Sleutel);
        return bereik.Union(gekozen).Order();
    }

    /// <summary>The normalised texts of the own factors named in the part.</summary>
    public IEnumerable<string> EigenFactoren(int vraagId, FactorSoort soort, Deel deel) =>
        _vakken.Keys.Where(m => m.Soort == MaatSoort.EigenFactor && m.VraagId == vraagId && m.Factor == soort && Som(m, deel) > 0).Select(m => m.Tekst!);

    /// <summary>An own factor as most respondents wrote it.</summary>
    public string Spelling(int vraagId, FactorSoort soort, string genormaliseerd) =>
        _tellingen.Spellingen.GetValueOrDefault((vraagId, soort, genormaliseerd)) ?? genormaliseerd;

    private IEnumerable<(int? Wijk, UitvraagDoelgroep? Doelgroep, Kanaal Kanaal, int Aantal)> Vakken(Maat maat) =>
        _vakken.TryGetValue(maat, out var vakken) ? vakken : [];

    private void Voeg(Maat maat, int? wijk, UitvraagDoelgroep? doelgroep, Kanaal kanaal, int aantal)
    {
        if (!_vakken.TryGetValue(maat, out var lijst))
        {
            _vakken[maat] = lijst = [];
        }

        lijst.Add((wijk, doelgroep, kanaal, aantal));
    }
}

/// <summary>How the results show a count: exactly for the team, suppressed for the public.</summary>
internal interface IResultaatTeller
{
    bool Openbaar { get; }

    /// <summary>The count of <paramref name="maat"/> in <paramref name="deel"/> (null: a part that cannot hold any) and its percentage of <paramref name="groep"/> in <paramref name="groepDeel"/>.</summary>
    Telling Tel(Maat maat, Deel? deel, Maat groep, Deel groepDeel);

    /// <summary>Whether the mean and median of a scale in the part may show.</summary>
    bool ToontAfgeleid(Vraag vraag, Deel deel);

    IEnumerable<int?> Wijken(Deel deel);

    bool ZonderDoelgroep(Deel deel);

    IEnumerable<int> Schaalwaarden(Vraag vraag, Deel deel);

    IEnumerable<string> EigenFactoren(int vraagId, FactorSoort soort, Deel deel);
}

/// <summary>The team's view: every count exactly, lists of what occurs in the segment.</summary>
internal sealed class VolledigeTeller(ResultaatKubus kubus) : IResultaatTeller
{
    public bool Openbaar => false;

    public Telling Tel(Maat maat, Deel? deel, Maat groep, Deel groepDeel)
    {
        var aantal = kubus.Som(maat, deel);
        var totaal = kubus.Som(groep, groepDeel);
        return new Telling(aantal, totaal > 0 ? Math.Round(100.0 * aantal / totaal, 1, MidpointRounding.AwayFromZero) : null, false);
    }

    public bool ToontAfgeleid(Vraag vraag, Deel deel) => true;

    public IEnumerable<int?> Wijken(Deel deel) => kubus.WijkenIn(deel);

    public bool ZonderDoelgroep(Deel deel) => kubus.ZonderDoelgroep(deel);

    public IEnumerable<int> Schaalwaarden(Vraag vraag, Deel deel) => kubus.Schaalwaarden(vraag, deel);

    public IEnumerable<string> EigenFactoren(int vraagId, FactorSoort soort, Deel deel) => kubus.EigenFactoren(vraagId, soort, deel);
}
