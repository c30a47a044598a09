using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.Schema.Accounts;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Kenmerken;
using SociaalNetwerk.Schema.Redactie;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.Schema.Participatie;

/// <summary>
/// Authoring of participatietrajecten and their uitvragen, for the team of a traject and the beheerder. Each change
/// runs through <see cref="Bewerker"/> (one transaction, field errors as data, the audit log). The GraphQL mutations
/// and the portal's forms call the same methods with the same <see cref="Gebruiker"/>.
/// </summary>
/// <remarks>
/// Adding a traject is the beheerder's; through the portal a trajectteam account may add one too, and then becomes its
/// team (a new role grant in the same transaction, logged as a change of the <see cref="Account"/>). A key has a fixed
/// scope, so a trajectteam key cannot.
/// </remarks>
public sealed class UitvraagRedactie(Bewerker bewerker, TimeProvider klok)
{
    public const int MaxNaamLengte = 200;
    public const int MaxOmschrijvingLengte = 2000;
    public const int MaxTitelLengte = 200;
    public const int MaxTekstLengte = 4000;
    public const int MinBewaartermijn = 30;
    public const int MaxBewaartermijn = 1825;
    public const int StandaardBewaartermijn = 365;

    /// <summary>Adds a traject. <paramref name="accountId"/>: the portal's account, which (as trajectteam) becomes the new traject's team.</summary>
    public Task<WijzigResultaat<Participatietraject>> VoegTrajectToeAsync(TrajectInvoer invoer, Gebruiker gebruiker, int? accountId, CancellationToken cancellationToken)
    {
        var alsTeamAccount = accountId is { } a && gebruiker.Rol == Rol.Trajectteam && gebruiker.Kenmerk == AccountGebruikers.Kenmerk(a);
        return bewerker.VoegToeAsync(gebruiker, gebruiker.IsBeheerder || alsTeamAccount, b =>
        {
            b.Controle.Verplicht("naam", invoer.Naam);
            b.Controle.Verplicht("omschrijving", invoer.Omschrijving);
            b.Controle.Verplicht("onderwerp", invoer.Onderwerp);
            return Task.FromResult(new Participatietraject { Naam = string.Empty, Omschrijving = string.Empty, Onderwerp = string.Empty, Fase = TrajectFase.Voorbereiding });
        }, (b, traject) => PasToeAsync(b, traject, invoer), cancellationToken, async (b, traject) =>
        {
            if (!gebruiker.IsBeheerder && accountId is { } account)
            {
                b.Db.AccountRollen.Add(new AccountRol { AccountId = account, Rol = Rol.Trajectteam, ParticipatietrajectId = traject.Id });
                await AccountLog.BewaarAsync(b.Db, b.Gebruiker, klok.GetUtcNow().UtcDateTime, account, Wijzigingen.WijzigingSoort.Gewijzigd,
                    AccountLog.RolVelden(Rol.Trajectteam, null, traject.Id, erbij: true), b.CancellationToken);
            }
        });
    }

    public Task<WijzigResultaat<Participatietraject>> WijzigTrajectAsync(string id, TrajectInvoer invoer, Gebruiker gebruiker, CancellationToken cancellationToken) =>
        bewerker.WijzigAsync(gebruiker, GlobalId.ProbeerInt(id, nameof(Participatietraject)) is not { } t || gebruiker.IsTeamVan(t),
            b => b.LaadAsync<Participatietraject>(id), (b, traject) => PasToeAsync(b, traject, invoer), cancellationToken);

    public Task<WijzigResultaat<Uitvraag>> VoegUitvraagToeAsync(string trajectId, UitvraagInvoer invoer, Gebruiker gebruiker, CancellationToken cancellationToken) =>
        bewerker.VoegToeAsync(gebruiker, GlobalId.ProbeerInt(trajectId, nameof(Participatietraject)) is not { } t || gebruiker.IsTeamVan(t), async b =>
        {
            var traject = await b.LaadAsync<Participatietraject>(trajectId);
            foreach (var (veld, waarde) in new (string, bool)[]
            {
                ("titel", invoer.Titel.IsOpgegeven), ("inleiding", invoer.Inleiding.IsOpgegeven), ("privacyverklaring", invoer.Privacyverklaring.IsOpgegeven),
                ("openVanaf", invoer.OpenVanaf.IsOpgegeven), ("openTot", invoer.OpenTot.IsOpgegeven),
            })
            {
                if (!waarde)
                {
                    b.Controle.Fout(veld, FoutCodes.Verplicht);
                }
            }

            return new Uitvraag
            {
                ParticipatietrajectId = traject.Id,
                Titel = new Vertaalbaar(),
                Inleiding = new Vertaalbaar(),
                Privacyverklaring = new Vertaalbaar(),
                Status = UitvraagStatus.Concept,
                BewaartermijnDagen = StandaardBewaartermijn,
            };
        }, (b, uitvraag) => PasToe(b, uitvraag, invoer), cancellationToken);

    public Task<WijzigResultaat<Uitvraag>> WijzigUitvraagAsync(string id, UitvraagInvoer invoer, Gebruiker gebruiker, CancellationToken cancellationToken) =>
        bewerker.WijzigAsync(gebruiker, MagUitvragenBewerken(gebruiker), b => LaadUitvraagAsync(b, id), (b, uitvraag) => PasToe(b, uitvraag, invoer), cancellationToken);

    /// <summary>
    /// A new concept with all texts, settings, questions and options of an uitvraag; its title marked as a copy. For a
    /// new round, or to change the questions of an uitvraag that already has reacties.
    /// </summary>
    public Task<WijzigResultaat<Uitvraag>> KopieerUitvraagAsync(string id, Gebruiker gebruiker, CancellationToken cancellationToken) =>
        bewerker.VoegToeAsync(gebruiker, MagUitvragenBewerken(gebruiker), async b =>
        {
            var bron = await LaadUitvraagAsync(b, id, q => q.AsNoTracking().Include(u => u.Vragen).ThenInclude(v => v.Opties));
            return new Uitvraag
            {
                ParticipatietrajectId = bron.ParticipatietrajectId,
                Titel = AlsKopie(bron.Titel),
                Inleiding = Kopie(bron.Inleiding),
                Privacyverklaring = Kopie(bron.Privacyverklaring),
                Doelgroepen = [.. bron.Doelgroepen],
                OpenVanaf = bron.OpenVanaf,
                OpenTot = bron.OpenTot,
                Status = UitvraagStatus.Concept,
                BewaartermijnDagen = bron.BewaartermijnDagen,
                ContactgegevensVragen = bron.ContactgegevensVragen,
                ProfielvraagWijk = bron.ProfielvraagWijk,
                ProfielvraagDoelgroep = bron.ProfielvraagDoelgroep,
                Vragen = [.. bron.Vragen.OrderBy(v => v.Volgorde).Select(v => new Vraag
                {
                    Volgorde = v.Volgorde,
                    Type = v.Type,
                    Tekst = Kopie(v.Tekst),
                    Toelichting = KopieOfNull(v.Toelichting),
                    Verplicht = v.Verplicht,
                    MaxLengte = v.MaxLengte,
                    MaxKeuzes = v.MaxKeuzes,
                    SchaalMin = v.SchaalMin,
                    SchaalMax = v.SchaalMax,
                    SchaalLabelMin = KopieOfNull(v.SchaalLabelMin),
                    SchaalLabelMax = KopieOfNull(v.SchaalLabelMax),
                    EigenFactorenToegestaan = v.EigenFactorenToegestaan,
                    Opties = [.. v.Opties.OrderBy(o => o.Volgorde).Select(o => new Antwoordoptie { Volgorde = o.Volgorde, Tekst = Kopie(o.Tekst) })],
                })],
            };
        }, (_, _) => Task.CompletedTask, cancellationToken);

    /// <summary>Only a beheerder or a trajectteam edits uitvragen; which traject is checked once the uitvraag is loaded.</summary>
    private static bool MagUitvragenBewerken(Gebruiker gebruiker) => gebruiker.IsBeheerder || gebruiker.Rol == Rol.Trajectteam;

    /// <summary>The uitvraag, tracked: NOT_FOUND when it does not exist or (a concept) is not visible, FORBIDDEN for another traject's team.</summary>
    private static async Task<Uitvraag> LaadUitvraagAsync(Bewerking b, string id, Func<IQueryable<Uitvraag>, IQueryable<Uitvraag>>? metErbij = null)
    {
        var uitvraag = await b.LaadAsync<Uitvraag>(id, metErbij);
        if (!Zichtbaarheid.MagZien(b.Gebruiker, uitvraag))
        {
            throw new SociaalNetwerkException(FoutCodes.NietGevonden, id);
        }

        b.Gebruiker.Vereis(b.Gebruiker.IsTeamVan(uitvraag.ParticipatietrajectId));
        return uitvraag;
    }

    private static async Task PasToeAsync(Bewerking b, Participatietraject traject, TrajectInvoer invoer)
    {
        if (invoer.Naam.IsOpgegeven && b.Controle.Tekst("naam", invoer.Naam.Waarde, MaxNaamLengte, verplicht: true) is { } naam)
        {
            var namen = await b.Db.Participatietrajecten.Where(t => t.Id != traject.Id).Select(t => t.Naam).ToListAsync(b.CancellationToken);
            if (namen.Any(n => Zoektekst.Normaliseer(n) == Zoektekst.Normaliseer(naam)))
            {
                b.Controle.Fout("naam", FoutCodes.NaamBestaatAl, naam);
            }
            else
            {
                traject.Naam = naam;
            }
        }

        if (invoer.Omschrijving.Opgegeven(out var omschrijving) && b.Controle.Tekst("omschrijving", omschrijving, MaxOmschrijvingLengte, verplicht: true) is { } o)
        {
            traject.Omschrijving = o;
        }

        if (invoer.Onderwerp.Opgegeven(out var onderwerp) && b.Controle.Tekst("onderwerp", onderwerp, MaxNaamLengte, verplicht: true) is { } w)
        {
            traject.Onderwerp = w;
        }

        if (invoer.Fase.Opgegeven(out var fase) && b.Controle.NietLeeg("fase", fase) is { } f)
        {
            traject.Fase = f;
        }
    }

    private static Task PasToe(Bewerking b, Uitvraag uitvraag, UitvraagInvoer invoer)
    {
        var c = b.Controle;
        if (invoer.Titel.IsOpgegeven && Tekst(c, "titel", invoer.Titel.Waarde, MaxTitelLengte) is { } titel)
        {
            uitvraag.Titel = titel;
        }

        if (invoer.Inleiding.IsOpgegeven && Tekst(c, "inleiding", invoer.Inleiding.Waarde, MaxTekstLengte) is { } inleiding)
        {
            uitvraag.Inleiding = inleiding;
        }

        if (invoer.Privacyverklaring.IsOpgegeven && Tekst(c, "privacyverklaring", invoer.Privacyverklaring.Waarde, MaxTekstLengte) is { } privacy)
        {
            uitvraag.Privacyverklaring = privacy;
        }

        if (invoer.Doelgroepen.Opgegeven(out var doelgroepen))
        {
            uitvraag.Doelgroepen = [.. (doelgroepen ?? []).Distinct()];
        }

        if (invoer.OpenVanaf.Opgegeven(out var vanaf) && c.NietLeeg("openVanaf", vanaf) is { } v)
        {
            uitvraag.OpenVanaf = v;
        }

        if (invoer.OpenTot.Opgegeven(out var tot) && c.NietLeeg("openTot", tot) is { } t)
        {
            uitvraag.OpenTot = t;
        }

        if (!c.HeeftFout("openVanaf") && !c.HeeftFout("openTot") && uitvraag.OpenTot <= uitvraag.OpenVanaf)
        {
            c.FoutMetBericht("openTot", FoutCodes.EindVoorStart, "REDACTIE_OPEN_TOT_BEFORE_VANAF");
        }

        if (invoer.BewaartermijnDagen.Opgegeven(out var dagen) && c.Getal("bewaartermijnDagen", c.NietLeeg("bewaartermijnDagen", dagen), MinBewaartermijn, MaxBewaartermijn) is { } d)
        {
            uitvraag.BewaartermijnDagen = d;
        }

        if (invoer.ContactgegevensVragen.Opgegeven(out var contact) && c.NietLeeg("contactgegevensVragen", contact) is { } cg)
        {
            uitvraag.ContactgegevensVragen = cg;
        }

        if (invoer.ProfielvraagWijk.Opgegeven(out var wijk) && c.NietLeeg("profielvraagWijk", wijk) is { } pw)
        {
            uitvraag.ProfielvraagWijk = pw;
        }

        if (invoer.ProfielvraagDoelgroep.Opgegeven(out var doelgroep) && c.NietLeeg("profielvraagDoelgroep", doelgroep) is { } pd)
        {
            uitvraag.ProfielvraagDoelgroep = pd;
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// A text in the six languages (of an uitvraag, a question, an option): Dutch required (REQUIRED on
    /// <c>veld.nl</c>), each language trimmed and at most <paramref name="max"/> characters (TOO_LONG on
    /// <c>veld.taal</c>); empty languages have no translation. An optional text (<paramref name="verplicht"/> false)
    /// with no language filled in is cleared (null, no error).
    /// </summary>
    public static Vertaalbaar? Tekst(Veldcontrole controle, string veld, VertaalbaarInvoer? invoer, int max, bool verplicht = true)
    {
        ArgumentNullException.ThrowIfNull(controle);
        if (!verplicht && Vertaalbaar.Talen.All(taal => string.IsNullOrWhiteSpace(invoer?.In(taal))))
        {
            return null;
        }

        var teksten = new Dictionary<string, string>();
        var goed = true;
        foreach (var taal in Vertaalbaar.Talen)
        {
            var nederlands = taal == Vertaalbaar.Nederlands;
            var waarde = invoer?.In(taal);
            if (nederlands && string.IsNullOrWhiteSpace(waarde))
            {
                controle.FoutMetBericht(veld + "." + taal, FoutCodes.Verplicht, "REDACTIE_DUTCH_REQUIRED");
                goed = false;
                continue;
            }

            if (controle.Tekst(veld + "." + taal, waarde, max) is { } tekst)
            {
                teksten[taal] = tekst;
            }
            else if (!string.IsNullOrWhiteSpace(waarde))
            {
                goed = false;
            }
        }

        return goed ? new Vertaalbaar { Teksten = teksten } : null;
    }

    private static Vertaalbaar Kopie(Vertaalbaar tekst) => new() { Teksten = new Dictionary<string, string>(tekst.Teksten) };

    private static Vertaalbaar? KopieOfNull(Vertaalbaar? tekst) => tekst is null ? null : Kopie(tekst);

    /// <summary>The title of a copy: "(kopie)" in Dutch, "(copy)" in English; the other languages as they were.</summary>
    private static Vertaalbaar AlsKopie(Vertaalbaar titel)
    {
        var kopie = Kopie(titel);
        foreach (var (taal, merk) in new[] { ("nl", " (kopie)"), ("en", " (copy)") })
        {
            if (kopie.Teksten.TryGetValue(taal, out var tekst))
            {
                kopie.Teksten[taal] = tekst.Length + merk.Length <= MaxTitelLengte ? tekst + merk : tekst[..(MaxTitelLengte - merk.Length)] + merk;
            }
        }

        return kopie;
    }
}
