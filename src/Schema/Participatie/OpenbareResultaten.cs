namespace SociaalNetwerk.Schema.Participatie;

/// <summary>
/// The public numbers of one uitvraag, decided once for every segment the public can ask for, so that no answer and
/// no combination of answers gives a hidden count away. All counts the public can see are cells of one
/// <see cref="Onderdrukking"/> table:
/// <list type="bullet">
/// <item>reacties in the whole uitvraag, per wijk, per doelgroep, per kanaal, and the three two-way tables wijk ×
/// doelgroep, wijk × kanaal and doelgroep × kanaal (a segment's lists per wijk, doelgroep and kanaal), each with its
/// row and column totals;</item>
/// <item>per vraag and per segment (the whole or one wijk, doelgroep or kanaal, and — unpublished — the reacties
/// without wijk or doelgroep): the number that answered, the number that did not (unpublished, the difference), each
/// option, scale value and listed factor, and each own factor that at least <see cref="ResultatenBerekenaar.Drempel"/>
/// people named. Lines: a segment's reacties = answered + not answered; for one choice and a scale, answered = the sum
/// of the options; and for every count, the whole = the sum over the wijken, over the doelgroepen, over the kanalen.</item>
/// </list>
/// Primary: every count of 1 to <see cref="ResultatenBerekenaar.Drempel"/> − 1, and every count of a group (the
/// segment, or the answers to the vraag) that small. <see cref="Onderdrukking.Bereken"/> adds the complements.
/// </summary>
internal sealed class OpenbareResultaten : IResultaatTeller
{
    private const int Drempel = ResultatenBerekenaar.Drempel;

    private readonly ResultaatKubus _kubus;
    private readonly Dictionary<(Maat, Deel), int> _cellen = [];
    private readonly bool[] _verborgen;
    private readonly List<int?> _wijken;
    private readonly bool _zonderDoelgroep;

    public OpenbareResultaten(ResultaatKubus kubus)
    {
        _kubus = kubus;
        var hele = new Deel();
        _wijken = [.. kubus.WijkenIn(hele).OrderBy(w => w is null).ThenBy(w => w)];
        _zonderDoelgroep = kubus.ZonderDoelgroep(hele);
        List<Deel> wijken = [.. _wijken.Select(w => new Deel(Wijk: w ?? Deel.Geen))];
        List<Deel> doelgroepen = [.. Enum.GetValues<UitvraagDoelgroep>().Select(d => new Deel(Doelgroep: (int)d)), .. _zonderDoelgroep ? [new Deel(Doelgroep: Deel.Geen)] : Array.Empty<Deel>()];
        List<Deel> kanalen = [.. Enum.GetValues<Kanaal>().Select(k => new Deel(Kanaal: (int)k))];
        List<List<Deel>> dimensies = [wijken, doelgroepen, kanalen];
        List<Deel> segmenten = [hele, .. wijken, .. doelgroepen, .. kanalen];

        var tabel = new Onderdrukking();
        var reacties = new Maat(MaatSoort.Reacties);
        int Reacties(Deel d) => kubus.Som(reacties, d);

        int Cel(Maat maat, Deel deel, bool gepubliceerd, bool kleineGroep, bool beschermen = true, int ondergrens = 0)
        {
            var waarde = kubus.Som(maat, deel);
            var index = tabel.Cel(waarde, beschermen && Klein(waarde), gepubliceerd, ondergrens, verbergen: kleineGroep && gepubliceerd);
            _cellen[(maat, deel)] = index;
            return index;
        }

        // Lines over a segment dimension: the whole is the sum of its segments.
        void OverSegmenten(Maat maat)
        {
            foreach (var dimensie in dimensies)
            {
                tabel.Regel(_cellen[(maat, hele)], dimensie.Select(d => _cellen[(maat, d)]));
            }
        }

        // Reacties. The list per wijk names only wijken with reacties, and the groups without wijk or doelgroep only
        // when they have any: so those hidden counts are known not to be zero.
        foreach (var segment in segmenten)
        {
            Cel(reacties, segment, true, Klein(Reacties(segment)), ondergrens: segment.Wijk is not null || segment.Doelgroep == Deel.Geen ? 1 : 0);
        }

        OverSegmenten(reacties);
        foreach (var (rijen, kolommen) in new[] { (wijken, doelgroepen), (wijken, kanalen), (doelgroepen, kanalen) })
        {
            var binnen = rijen.Select(r => kolommen.Select(k =>
            {
                // Shown in the lists of segment r and of segment k, as a share of each: hidden when either is small.
                var deel = new Deel(r.Wijk ?? k.Wijk, r.Doelgroep ?? k.Doelgroep, r.Kanaal ?? k.Kanaal);
                var klein = (Publiek(r) && Klein(Reacties(r))) || (Publiek(k) && Klein(Reacties(k)));
                return Cel(reacties, deel, Publiek(r) || Publiek(k), klein);
            }).ToList()).ToList();
            for (var i = 0; i < rijen.Count; i++)
            {
                tabel.Regel(_cellen[(reacties, rijen[i])], binnen[i]);
            }

            for (var j = 0; j < kolommen.Count; j++)
            {
                tabel.Regel(_cellen[(reacties, kolommen[j])], binnen.Select(rij => rij[j]));
            }
        }

        foreach (var vraag in kubus.Vragen)
        {
            var beantwoord = new Maat(MaatSoort.Beantwoord, vraag.Id);
            var nietBeantwoord = new Maat(MaatSoort.NietBeantwoord, vraag.Id);
            foreach (var segment in segmenten)
            {
                var a = Cel(beantwoord, segment, Publiek(segment), Klein(Reacties(segment)));
                var n = Cel(nietBeantwoord, segment, false, false, beschermen: false);
                tabel.Regel(_cellen[(reacties, segment)], [a, n]);
            }

            OverSegmenten(beantwoord);

            var maten = Maten(vraag).ToList();
            foreach (var maat in maten)
            {
                foreach (var segment in segmenten)
                {
                    // A listed factor shows (hidden or not) only when someone named it.
                    Cel(maat, segment, Publiek(segment), Klein(kubus.Som(beantwoord, segment)), ondergrens: maat.Soort == MaatSoort.Factor && Publiek(segment) ? 1 : 0);
                }

                OverSegmenten(maat);
            }

            if (vraag.Type is VraagType.EenKeuze or VraagType.Schaal)
            {
                // One answer per reactie: the answered are the sum of the options (or scale values).
                foreach (var segment in segmenten)
                {
                    tabel.Regel(_cellen[(beantwoord, segment)], maten.Select(m => _cellen[(m, segment)]));
                }
            }
        }

        _verborgen = tabel.Bereken();
    }

    public bool Openbaar => true;

    public Telling Tel(Maat maat, Deel? deel, Maat groep, Deel groepDeel)
    {
        var aantal = _kubus.Som(maat, deel);
        var totaal = _kubus.Som(groep, groepDeel);
        if (deel is not null && !_cellen.ContainsKey((maat, deel)) && aantal > 0)
        {
            // Not a part the public can ask for (combined filters are refused before this): show nothing.
            return Telling.Verborgen;
        }

        if (Verborgen(maat, deel))
        {
            return Telling.Verborgen;
        }

        var percentage = totaal > 0 && !Verborgen(groep, groepDeel) ? Math.Round(100.0 * aantal / totaal, 1, MidpointRounding.AwayFromZero) : (double?)null;
        return new Telling(aantal, percentage, false);
    }

    /// <summary>Mean and median would give the hidden counts of the distribution back: only when none is hidden.</summary>
    public bool ToontAfgeleid(Vraag vraag, Deel deel) =>
        !Verborgen(new Maat(MaatSoort.Beantwoord, vraag.Id), deel)
        && _kubus.Som(new Maat(MaatSoort.Beantwoord, vraag.Id), deel) >= Drempel
        && Schaalwaarden(vraag, deel).All(w => !Verborgen(new Maat(MaatSoort.Schaalwaarde, vraag.Id, w), deel));

    /// <summary>The same wijken in every segment (all with reacties in the uitvraag), so the list tells nothing by itself.</summary>
    public IEnumerable<int?> Wijken(Deel deel) => deel.Wijk is { } wijk ? [wijk == Deel.Geen ? null : wijk] : _wijken;

    public bool ZonderDoelgroep(Deel deel) => deel.Doelgroep is null ? _zonderDoelgroep : deel.Doelgroep == Deel.Geen;

    public IEnumerable<int> Schaalwaarden(Vraag vraag, Deel deel) => _kubus.Schaalwaarden(vraag, new Deel());

    /// <summary>Own factors that at least <see cref="Drempel"/> people named in the whole uitvraag.</summary>
    public IEnumerable<string> EigenFactoren(int vraagId, FactorSoort soort, Deel deel) =>
        _kubus.EigenFactoren(vraagId, soort, new Deel()).Where(t => _kubus.Som(new Maat(MaatSoort.EigenFactor, vraagId, 0, soort, t), new Deel()) >= Drempel);

    private static bool Klein(int aantal) => aantal is > 0 and < Drempel;

    /// <summary>Whether the public can ask for this segment (the groups without wijk or doelgroep it cannot).</summary>
    private static bool Publiek(Deel deel) => deel.Wijk != Deel.Geen && deel.Doelgroep != Deel.Geen;

    private bool Verborgen(Maat maat, Deel? deel) => deel is not null && _cellen.TryGetValue((maat, deel), out var cel) && _verborgen[cel];

    /// <summary>The counts of a vraag besides the number that answered: options, scale values, factors.</summary>
    private IEnumerable<Maat> Maten(Vraag vraag)
    {
        var opties = vraag.Opties.OrderBy(o => o.Volgorde).ThenBy(o => o.Id).ToList();
        return vraag.Type switch
        {
            VraagType.EenKeuze or VraagType.MeerdereKeuzes => opties.Select(o => new Maat(MaatSoort.Keuze, vraag.Id, o.Id)),
            VraagType.Schaal => Schaalwaarden(vraag, new Deel()).Select(w => new Maat(MaatSoort.Schaalwaarde, vraag.Id, w)),
            VraagType.Factoren =>
            [
                .. new[] { FactorSoort.Helpend, FactorSoort.Remmend }.SelectMany(s => opties.Select(o => new Maat(MaatSoort.Factor, vraag.Id, o.Id, s))),
                .. new[] { FactorSoort.Helpend, FactorSoort.Remmend }.SelectMany(s => EigenFactoren(vraag.Id, s, new Deel()).Order(StringComparer.Ordinal).Select(t => new Maat(MaatSoort.EigenFactor, vraag.Id, 0, s, t))),
            ],
            _ => [],
        };
    }
}
