using GraphQL;
using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Redactie;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.Schema.Participatie;

/// <summary>
/// Adds, changes, moves and removes the questions of an uitvraag, with their options in order. For the team of the
/// uitvraag's traject and beheerders. Every change runs through <see cref="Bewerker"/> (validated as a whole, logged in
/// the audit log). Once the uitvraag has reacties that count (<see cref="TellendeReacties.IsBevrorenAsync"/>), its
/// structure is frozen: only wording fixes of existing texts are allowed; anything else is <c>UITVRAAG_FROZEN</c>.
/// </summary>
public sealed class VraagRedactie(Bewerker bewerker)
{
    public const int MaxTekstLengte = 500;
    public const int MaxToelichtingLengte = 1000;
    public const int MaxOptieLengte = 200;
    public const int MaxLabelLengte = 100;
    public const int MaxOpties = 30;
    public const int MaxVragen = 100;
    public const int MaxMaxLengte = 4000;
    public const int MaxFactoren = 20;
    public const int SchaalOndergrens = 0;
    public const int SchaalBovengrens = 10;

    /// <summary>The code of a structural change of an uitvraag that has reacties.</summary>
    public const string Bevroren = FoutCodes.UitvraagBevroren;
    public const string TeWeinigOpties = "TOO_FEW_OPTIONS";
    public const string TeVeelOpties = "TOO_MANY_OPTIONS";
    public const string OptiesNietToegestaan = "OPTIONS_NOT_ALLOWED";
    public const string PastNietBijType = "NOT_APPLICABLE";
    public const string OngeldigeSchaal = "INVALID_SCALE";
    public const string OnbekendeOptie = "UNKNOWN_OPTION";
    public const string DubbeleOptie = "DUPLICATE_OPTION";
    public const string TeVeelVragen = "TOO_MANY_QUESTIONS";

    /// <summary>Adds a question at the end of the uitvraag.</summary>
    public Task<WijzigResultaat<Vraag>> VoegToeAsync(string uitvraagId, VraagInvoer invoer, Gebruiker gebruiker, CancellationToken cancellationToken) =>
        bewerker.VoegToeAsync(gebruiker, MagVragenBewerken(gebruiker), async b =>
        {
            var uitvraag = await LaadUitvraagAsync(b, uitvraagId);
            await VereisNietBevrorenAsync(b, uitvraag.Id);
            b.Controle.Verplicht("type", invoer.Type);
            b.Controle.Verplicht("tekst", invoer.Tekst);
            var aantal = await b.Db.Vragen.CountAsync(v => v.UitvraagId == uitvraag.Id, cancellationToken);
            if (aantal >= MaxVragen)
            {
                b.Controle.Fout("uitvraagId", TeVeelVragen, MaxVragen);
            }

            return new Vraag { UitvraagId = uitvraag.Id, Volgorde = aantal + 1, Tekst = new Vertaalbaar() };
        }, (b, vraag) => PasToeAsync(b, vraag, invoer, bevroren: false), cancellationToken);

    /// <summary>Changes a question: only the fields given. A frozen uitvraag allows only its texts to change.</summary>
    public Task<WijzigResultaat<Vraag>> WijzigAsync(string id, VraagInvoer invoer, Gebruiker gebruiker, CancellationToken cancellationToken)
    {
        var bevroren = false;
        return bewerker.WijzigAsync(gebruiker, MagVragenBewerken(gebruiker), async b =>
        {
            var vraag = await LaadVraagAsync(b, id);
            bevroren = await TellendeReacties.IsBevrorenAsync(b.Db, vraag.UitvraagId, cancellationToken);
            return vraag;
        }, (b, vraag) => PasToeAsync(b, vraag, invoer, bevroren), cancellationToken);
    }

    /// <summary>Moves a question to position <paramref name="naarNummer"/> (1 is first); the others shift up or down.</summary>
    public Task<WijzigResultaat<Vraag>> VerplaatsAsync(string id, int naarNummer, Gebruiker gebruiker, CancellationToken cancellationToken)
    {
        List<Vraag> vragen = [];
        return bewerker.WijzigAsync(gebruiker, MagVragenBewerken(gebruiker), async b =>
        {
            var vraag = await LaadVraagAsync(b, id);
            await VereisNietBevrorenAsync(b, vraag.UitvraagId);
            vragen = await b.Db.Vragen.Where(v => v.UitvraagId == vraag.UitvraagId).OrderBy(v => v.Volgorde).ThenBy(v => v.Id).ToListAsync(cancellationToken);
            return vraag;
        }, (b, vraag) =>
        {
            if (naarNummer < 1 || naarNummer > vragen.Count)
            {
                b.Controle.Fout("naarNummer", FoutCodes.BuitenBereik, 1, vragen.Count);
                return Task.CompletedTask;
            }

            vragen.Remove(vraag);
            vragen.Insert(naarNummer - 1, vraag);
            Nummer(vragen);
            return Task.CompletedTask;
        }, cancellationToken);
    }

    /// <summary>Removes a question with its options; the questions after it move up. Answers with the removed question's id.</summary>
    public Task<VraagVerwijderd> VerwijderAsync(string id, Gebruiker gebruiker, CancellationToken cancellationToken) =>
        bewerker.VerwijderAsync(gebruiker, MagVragenBewerken(gebruiker), async b =>
        {
            var vraag = await LaadVraagAsync(b, id);
            await VereisNietBevrorenAsync(b, vraag.UitvraagId);
            var anderen = await b.Db.Vragen.Where(v => v.UitvraagId == vraag.UitvraagId && v.Id != vraag.Id).OrderBy(v => v.Volgorde).ThenBy(v => v.Id).ToListAsync(cancellationToken);
            Nummer(anderen);

            // Not frozen, so only test reacties can have answered it: their answers go with the question. Past the
            // change tracker, so the reacties version is changed here (the question's removal changes the general one).
            if (await b.Db.Antwoorden.Where(a => a.VraagId == vraag.Id).ExecuteDeleteAsync(cancellationToken) > 0)
            {
                await Dataversie.VerhoogAsync(b.Db, cancellationToken, Gebied.Reacties);
            }

            return vraag;
        }, (b, vraag) => Task.FromResult(new VraagVerwijderd(GlobalId.Maak(nameof(Vraag), vraag.Id), vraag.UitvraagId)), cancellationToken);

    /// <summary>Who may edit questions at all; which uitvraag is checked once it is loaded.</summary>
    public static bool MagVragenBewerken(Gebruiker gebruiker) => gebruiker.IsBeheerder || gebruiker.Rol == Rol.Trajectteam;

    private static void Nummer(List<Vraag> vragen)
    {
        for (var i = 0; i < vragen.Count; i++)
        {
            vragen[i].Volgorde = i + 1;
        }
    }

    /// <summary>The uitvraag, tracked: NOT_FOUND when it does not exist or the caller cannot see it, FORBIDDEN for another traject's team.</summary>
    private static async Task<Uitvraag> LaadUitvraagAsync(Bewerking b, string uitvraagId)
    {
        var uitvraag = await b.LaadAsync<Uitvraag>(uitvraagId);
        if (!Zichtbaarheid.MagZien(b.Gebruiker, uitvraag))
        {
            throw new SociaalNetwerkException(FoutCodes.NietGevonden, uitvraagId);
        }

        b.Gebruiker.Vereis(b.Gebruiker.IsTeamVan(uitvraag.ParticipatietrajectId));
        return uitvraag;
    }

    private static async Task<Vraag> LaadVraagAsync(Bewerking b, string id)
    {
        var vraag = await b.LaadAsync<Vraag>(id, v => v.Include(x => x.Opties));
        var uitvraag = await b.Db.Uitvragen.AsNoTracking().FirstAsync(u => u.Id == vraag.UitvraagId, b.CancellationToken);
        if (!Zichtbaarheid.MagZien(b.Gebruiker, uitvraag))
        {
            throw new SociaalNetwerkException(FoutCodes.NietGevonden, id);
        }

        b.Gebruiker.Vereis(b.Gebruiker.IsTeamVan(uitvraag.ParticipatietrajectId));
        vraag.Opties.Sort((x, y) => x.Volgorde != y.Volgorde ? x.Volgorde.CompareTo(y.Volgorde) : x.Id.CompareTo(y.Id));
        return vraag;
    }

    private static async Task VereisNietBevrorenAsync(Bewerking b, int uitvraagId)
    {
        if (await TellendeReacties.IsBevrorenAsync(b.Db, uitvraagId, b.CancellationToken))
        {
            throw new SociaalNetwerkException(Bevroren);
        }
    }

    /// <summary>Applies the fields given to <paramref name="vraag"/>, then checks the question as a whole against its type.</summary>
    private static async Task PasToeAsync(Bewerking b, Vraag vraag, VraagInvoer invoer, bool bevroren)
    {
        var c = b.Controle;

        // A structural field may change only while the uitvraag has no reacties.
        void Structuur<T>(string veld, T oud, T nieuw, Action zet)
        {
            if (EqualityComparer<T>.Default.Equals(oud, nieuw))
            {
                return;
            }

            if (bevroren)
            {
                c.Fout(veld, Bevroren);
            }
            else
            {
                zet();
            }
        }

        if (invoer.Type.Opgegeven(out var typeInvoer) && c.NietLeeg("type", typeInvoer) is { } type)
        {
            Structuur("type", vraag.Type, type, () => vraag.Type = type);
        }

        if (invoer.Verplicht.Opgegeven(out var verplichtInvoer) && c.NietLeeg("verplicht", verplichtInvoer) is { } verplicht)
        {
            Structuur("verplicht", vraag.Verplicht, verplicht, () => vraag.Verplicht = verplicht);
        }

        if (invoer.Tekst.Opgegeven(out var tekstInvoer) && UitvraagRedactie.Tekst(c, "tekst", tekstInvoer, MaxTekstLengte, verplicht: true) is { } tekst)
        {
            vraag.Tekst = tekst;
        }

        if (invoer.Toelichting.Opgegeven(out var toelichting))
        {
            vraag.Toelichting = UitvraagRedactie.Tekst(c, "toelichting", toelichting, MaxToelichtingLengte, verplicht: false);
        }

        if (invoer.SchaalLabelMin.Opgegeven(out var labelMin))
        {
            vraag.SchaalLabelMin = UitvraagRedactie.Tekst(c, "schaalLabelMin", labelMin, MaxLabelLengte, verplicht: false);
        }

        if (invoer.SchaalLabelMax.Opgegeven(out var labelMax))
        {
            vraag.SchaalLabelMax = UitvraagRedactie.Tekst(c, "schaalLabelMax", labelMax, MaxLabelLengte, verplicht: false);
        }

        if (invoer.MaxLengte.Opgegeven(out var maxLengteInvoer))
        {
            var maxLengte = c.Getal("maxLengte", maxLengteInvoer, 1, MaxMaxLengte);
            Structuur("maxLengte", vraag.MaxLengte, maxLengte, () => vraag.MaxLengte = maxLengte);
        }

        if (invoer.MaxKeuzes.Opgegeven(out var maxKeuzesInvoer))
        {
            var maxKeuzes = c.Getal("maxKeuzes", maxKeuzesInvoer, 1, MaxOpties);
            Structuur("maxKeuzes", vraag.MaxKeuzes, maxKeuzes, () => vraag.MaxKeuzes = maxKeuzes);
        }

        if (invoer.SchaalMin.Opgegeven(out var schaalMinInvoer))
        {
            var schaalMin = c.Getal("schaalMin", schaalMinInvoer, SchaalOndergrens, SchaalBovengrens);
            Structuur("schaalMin", vraag.SchaalMin, schaalMin, () => vraag.SchaalMin = schaalMin);
        }

        if (invoer.SchaalMax.Opgegeven(out var schaalMaxInvoer))
        {
            var schaalMax = c.Getal("schaalMax", schaalMaxInvoer, SchaalOndergrens, SchaalBovengrens);
            Structuur("schaalMax", vraag.SchaalMax, schaalMax, () => vraag.SchaalMax = schaalMax);
        }

        if (invoer.EigenFactorenToegestaan.Opgegeven(out var eigenInvoer) && c.NietLeeg("eigenFactorenToegestaan", eigenInvoer) is { } eigen)
        {
            Structuur("eigenFactorenToegestaan", vraag.EigenFactorenToegestaan, eigen, () => vraag.EigenFactorenToegestaan = eigen);
        }

        if (invoer.Opties.Opgegeven(out var opties))
        {
            await ZetOptiesAsync(b, vraag, opties ?? [], bevroren);
        }

        if (!c.HeeftFout("type") && !bevroren)
        {
            await ControleerTypeAsync(b, vraag, invoer);
        }
    }

    /// <summary>
    /// Checks the question against its type. A field that does not belong to the type is refused when it was given
    /// and cleared otherwise (so changing the type drops what the old type needed).
    /// </summary>
    private static async Task ControleerTypeAsync(Bewerking b, Vraag vraag, VraagInvoer invoer)
    {
        var c = b.Controle;
        var type = vraag.Type;
        var typeNaam = type.ToString().ToConstantCase();
        var metOpties = type is VraagType.EenKeuze or VraagType.MeerdereKeuzes or VraagType.Factoren;

        // A value given for a field of another type is refused; an empty one (null, a text without any language) is not a value.
        static bool Gegeven<T>(Optioneel<T> invoer) => invoer.IsOpgegeven && invoer.Waarde switch
        {
            null => false,
            VertaalbaarInvoer tekst => Vertaalbaar.Talen.Any(taal => !string.IsNullOrWhiteSpace(tekst.In(taal))),
            bool waar => waar,
            _ => true,
        };

        void NietVoorType(string veld, bool gegeven, bool heeftWaarde, Action wis)
        {
            if (gegeven)
            {
                c.Fout(veld, PastNietBijType, typeNaam);
            }
            else if (heeftWaarde)
            {
                wis();
            }
        }

        if (type != VraagType.OpenTekst)
        {
            NietVoorType("maxLengte", Gegeven(invoer.MaxLengte), vraag.MaxLengte is not null, () => vraag.MaxLengte = null);
        }

        if (type is not (VraagType.MeerdereKeuzes or VraagType.Factoren))
        {
            NietVoorType("maxKeuzes", Gegeven(invoer.MaxKeuzes), vraag.MaxKeuzes is not null, () => vraag.MaxKeuzes = null);
        }

        if (type != VraagType.Schaal)
        {
            NietVoorType("schaalMin", Gegeven(invoer.SchaalMin), vraag.SchaalMin is not null, () => vraag.SchaalMin = null);
            NietVoorType("schaalMax", Gegeven(invoer.SchaalMax), vraag.SchaalMax is not null, () => vraag.SchaalMax = null);
            NietVoorType("schaalLabelMin", Gegeven(invoer.SchaalLabelMin), vraag.SchaalLabelMin is not null, () => vraag.SchaalLabelMin = null);
            NietVoorType("schaalLabelMax", Gegeven(invoer.SchaalLabelMax), vraag.SchaalLabelMax is not null, () => vraag.SchaalLabelMax = null);
        }

        if (type != VraagType.Factoren)
        {
            NietVoorType("eigenFactorenToegestaan", Gegeven(invoer.EigenFactorenToegestaan), vraag.EigenFactorenToegestaan, () => vraag.EigenFactorenToegestaan = false);
        }

        if (!metOpties && vraag.Opties.Count > 0)
        {
            if (invoer.Opties.IsOpgegeven)
            {
                c.Fout("opties", OptiesNietToegestaan, typeNaam);
            }
            else
            {
                await VerwijderOptiesAsync(b, vraag, [.. vraag.Opties]);
            }
        }

        if (c.Fouten.Any(f => f.Veld.StartsWith("opties", StringComparison.Ordinal)))
        {
            return;
        }

        switch (type)
        {
            case VraagType.EenKeuze or VraagType.MeerdereKeuzes when vraag.Opties.Count < 2:
                c.Fout("opties", TeWeinigOpties, 2);
                break;
            case VraagType.MeerdereKeuzes when vraag.MaxKeuzes > vraag.Opties.Count && !c.HeeftFout("maxKeuzes"):
                c.Fout("maxKeuzes", FoutCodes.BuitenBereik, 1, vraag.Opties.Count);
                break;
            case VraagType.Factoren when vraag.Opties.Count == 0 && !vraag.EigenFactorenToegestaan:
                c.FoutMetBericht("opties", TeWeinigOpties, "REDACTIE_TOO_FEW_FACTORS");
                break;
            case VraagType.Factoren when vraag.MaxKeuzes > MaxFactoren && !c.HeeftFout("maxKeuzes"):
                c.Fout("maxKeuzes", FoutCodes.BuitenBereik, 1, MaxFactoren);
                break;
            case VraagType.Schaal:
                if (vraag.SchaalMin is null && !c.HeeftFout("schaalMin"))
                {
                    c.Fout("schaalMin", FoutCodes.Verplicht);
                }

                if (vraag.SchaalMax is null && !c.HeeftFout("schaalMax"))
                {
                    c.Fout("schaalMax", FoutCodes.Verplicht);
                }

                if (vraag.SchaalMin >= vraag.SchaalMax)
                {
                    c.Fout("schaalMax", OngeldigeSchaal, vraag.SchaalMin!.Value, vraag.SchaalMax!.Value);
                }

                break;
        }
    }

    /// <summary>
    /// Replaces the options by <paramref name="lijst"/>, in its order: an option sent with its id keeps it (and its
    /// answers), one without an id is new, a stored option that is not sent is removed. On a frozen uitvraag only the
    /// texts of the same options in the same order may change.
    /// </summary>
    private static async Task ZetOptiesAsync(Bewerking b, Vraag vraag, IReadOnlyList<OptieInvoer> lijst, bool bevroren)
    {
        var c = b.Controle;
        if (lijst.Count > MaxOpties)
        {
            c.Fout("opties", TeVeelOpties, MaxOpties);
            return;
        }

        var bestaand = vraag.Opties.ToDictionary(o => o.Id);
        var gezien = new HashSet<int>();
        var nieuw = new List<(Antwoordoptie Optie, Vertaalbaar? Tekst)>();
        for (var i = 0; i < lijst.Count; i++)
        {
            var veld = $"opties[{i}]";
            var tekst = UitvraagRedactie.Tekst(c, veld + ".tekst", lijst[i].Tekst, MaxOptieLengte, verplicht: true);
            if (lijst[i].Id is not { } globalId)
            {
                nieuw.Add((new Antwoordoptie { Tekst = tekst ?? new Vertaalbaar() }, tekst));
                continue;
            }

            if (c.Id(veld + ".id", globalId, nameof(Antwoordoptie)) is not { } id)
            {
                continue;
            }

            if (!bestaand.TryGetValue(id, out var optie))
            {
                c.Fout(veld + ".id", OnbekendeOptie, globalId);
            }
            else if (!gezien.Add(id))
            {
                c.Fout(veld + ".id", DubbeleOptie, globalId);
            }
            else
            {
                nieuw.Add((optie, tekst));
            }
        }

        if (c.HeeftFouten)
        {
            return;
        }

        var zelfdeStructuur = nieuw.Select(n => n.Optie.Id).SequenceEqual(vraag.Opties.Select(o => o.Id)) && nieuw.All(n => n.Optie.Id != 0);
        if (bevroren && !zelfdeStructuur)
        {
            c.Fout("opties", Bevroren);
            return;
        }

        await VerwijderOptiesAsync(b, vraag, [.. vraag.Opties.Where(o => !gezien.Contains(o.Id))]);
        for (var i = 0; i < nieuw.Count; i++)
        {
            var (optie, tekst) = nieuw[i];
            if (tekst is not null)
            {
                optie.Tekst = tekst;
            }

            optie.Volgorde = i + 1;
            if (optie.Id == 0)
            {
                vraag.Opties.Add(optie);
            }
        }
    }

    private static async Task VerwijderOptiesAsync(Bewerking b, Vraag vraag, List<Antwoordoptie> weg)
    {
        if (weg.Count == 0)
        {
            return;
        }

        foreach (var optie in weg)
        {
            vraag.Opties.Remove(optie);
            b.Db.Remove(optie);
        }

        // The structure may change, so only test reacties can have chosen them: those answers go with the option.
        var ids = weg.Select(o => o.Id).ToList();
        if (await b.Db.Antwoorden.Where(a => a.OptieId != null && ids.Contains(a.OptieId.Value)).ExecuteDeleteAsync(b.CancellationToken) > 0)
        {
            // Past the change tracker: the reacties version is changed here (the options' removal changes the general one).
            await Dataversie.VerhoogAsync(b.Db, b.CancellationToken, Gebied.Reacties);
        }
    }
}

/// <summary>The answer of <c>vraagVerwijderen</c>: the id the question had and its uitvraag.</summary>
public sealed record VraagVerwijderd(string Id, int UitvraagId);

/// <summary>One option of a question as input: with the id of a stored option to keep it, without for a new one.</summary>
public sealed record OptieInvoer
{
    public string? Id { get; init; }

    public VertaalbaarInvoer? Tekst { get; init; }
}

/// <summary>
/// The editable fields of a question, for adding (<c>type</c> and <c>tekst</c> must be there) and changing (fields not
/// given stay as they are). Texts and the options are replaced as a whole.
/// </summary>
public sealed record VraagInvoer
{
    public Optioneel<VraagType?> Type { get; init; }

    public Optioneel<bool?> Verplicht { get; init; }

    public Optioneel<VertaalbaarInvoer?> Tekst { get; init; }

    public Optioneel<VertaalbaarInvoer?> Toelichting { get; init; }

    public Optioneel<int?> MaxLengte { get; init; }

    public Optioneel<int?> MaxKeuzes { get; init; }

    public Optioneel<int?> SchaalMin { get; init; }

    public Optioneel<int?> SchaalMax { get; init; }

    public Optioneel<VertaalbaarInvoer?> SchaalLabelMin { get; init; }

    public Optioneel<VertaalbaarInvoer?> SchaalLabelMax { get; init; }

    public Optioneel<bool?> EigenFactorenToegestaan { get; init; }

    public Optioneel<IReadOnlyList<OptieInvoer>?> Opties { get; init; }
}
