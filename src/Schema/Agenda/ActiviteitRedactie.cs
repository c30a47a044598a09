using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Netwerken;
using SociaalNetwerk.Schema.Redactie;
using SociaalNetwerk.Schema.Toegang;
using SociaalNetwerk.Schema.Wijken;

namespace SociaalNetwerk.Schema.Agenda;

/// <summary>
/// Adds, changes and cancels activities and single occurrences. A redacteur may edit an activity when their
/// organisation is one of its organisers; a beheerder may edit every activity. Every change runs through
/// <see cref="Bewerker"/>: validated as a whole (nothing is stored while there is a <see cref="Veldfout"/>), with the
/// activity's occurrences rewritten in the same transaction. The calendar rules are <see cref="Kalenderregels"/>.
/// </summary>
public sealed partial class ActiviteitRedactie(Bewerker bewerker, TimeProvider klok)
{
    public const int MaxTitelLengte = 200;
    public const int MaxOmschrijvingLengte = 4000;
    public const int MaxToelichtingLengte = 500;
    public const int MaxRedenLengte = 500;
    public const int MaxContactNaamLengte = 200;
    public const int MaxOrganisatoren = 10;
    public const int MaxBedragInCenten = 100_000;
    public const int MaxCapaciteit = 100_000;
    public const int MaxTalen = 10;

    public Task<WijzigResultaat<Activiteit>> VoegToeAsync(ActiviteitInvoer invoer, Gebruiker gebruiker, CancellationToken cancellationToken) =>
        bewerker.VoegToeAsync(gebruiker, MagActiviteitenBewerken(gebruiker), b => NieuwAsync(b, invoer), Gedateerd((b, activiteit) => PasToeAsync(b, activiteit, invoer, nieuw: true)), cancellationToken, VernieuwVoorkomensAsync);

    /// <summary>
    /// The activity as adding (<paramref name="id"/> null) or changing it with <paramref name="invoer"/> would store it,
    /// with the same rights and checks, without storing anything: its location (with wijk), network and organisers
    /// loaded, and <see cref="Activiteit.Voorkomens"/> its next dates from <paramref name="vanaf"/> (at most
    /// <paramref name="aantal"/>). The portal's preview.
    /// </summary>
    public Task<WijzigResultaat<Activiteit>> VoorbeeldAsync(string? id, ActiviteitInvoer invoer, Gebruiker gebruiker, DateTime vanaf, int aantal, CancellationToken cancellationToken) =>
        bewerker.ProbeerAsync(
            gebruiker,
            MagActiviteitenBewerken(gebruiker),
            b => id is null ? NieuwAsync(b, invoer) : LaadBewerkbaarAsync(b, id),
            (b, activiteit) => PasToeAsync(b, activiteit, invoer, nieuw: id is null),
            async (b, activiteit) =>
            {
                activiteit.Locatie = activiteit.LocatieId is { } locatie
                    ? await b.Db.Locaties.AsNoTracking().Include(l => l.Wijk).FirstOrDefaultAsync(l => l.Id == locatie, b.CancellationToken)
                    : null;
                activiteit.Netwerk = activiteit.NetwerkId is { } netwerk
                    ? await b.Db.Netwerken.AsNoTracking().FirstOrDefaultAsync(n => n.Id == netwerk, b.CancellationToken)
                    : null;
                activiteit.Organisatoren = [.. activiteit.Organisatoren.OrderBy(o => o.Naam)];
                activiteit.Voorkomens = [.. VoorkomenPlanner.Plan(activiteit, vanaf + VoorkomenPlanner.Horizon).Where(v => v.Eind > vanaf).Take(aantal)];
            },
            cancellationToken);

    /// <summary>A new activity, before its input: the required fields noted, and a redacteur's own organisation as organiser when none is given.</summary>
    private static async Task<Activiteit> NieuwAsync(Bewerking b, ActiviteitInvoer invoer)
    {
        var gebruiker = b.Gebruiker;
        b.Controle.Verplicht("titel", invoer.Titel);
        b.Controle.Verplicht("omschrijving", invoer.Omschrijving);
        b.Controle.Verplicht("soort", invoer.Soort);
        b.Controle.Verplicht("start", invoer.Start);
        b.Controle.Verplicht("eind", invoer.Eind);
        var activiteit = new Activiteit { Titel = string.Empty, Omschrijving = string.Empty, Status = ActiviteitStatus.Gepland };
        if (!invoer.OrganisatorIds.IsOpgegeven)
        {
            if (gebruiker.IsBeheerder)
            {
                b.Controle.Fout("organisatorIds", FoutCodes.Verplicht);
            }
            else
            {
                var eigen = await b.Db.Organisaties.FirstOrDefaultAsync(o => o.Id == gebruiker.OrganisatieId, b.CancellationToken);
                gebruiker.Vereis(eigen is not null);
                activiteit.Organisatoren.Add(eigen!);
            }
        }

        return activiteit;
    }

    public Task<WijzigResultaat<Activiteit>> WijzigAsync(string id, ActiviteitInvoer invoer, Gebruiker gebruiker, CancellationToken cancellationToken) =>
        BewerkAsync(id, gebruiker, (b, activiteit) => PasToeAsync(b, activiteit, invoer, nieuw: false), cancellationToken);

    /// <summary>Cancels the whole activity: every date shows as cancelled, with the reason.</summary>
    public Task<WijzigResultaat<Activiteit>> AnnuleerAsync(string id, string? reden, Gebruiker gebruiker, CancellationToken cancellationToken) =>
        BewerkAsync(id, gebruiker, (b, activiteit) =>
        {
            var tekst = b.Controle.Tekst("reden", reden, MaxRedenLengte);
            activiteit.Status = ActiviteitStatus.Geannuleerd;
            activiteit.AnnuleringReden = tekst;
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>
    /// Cancels (or restores) one date of a recurring activity. The date is kept in <see cref="Herhaling.GeannuleerdeDatums"/>
    /// as a local date, so it stays cancelled when the series is changed or its occurrences are recalculated; its
    /// <paramref name="reden"/> (optional, for residents) in <see cref="Herhaling.AnnuleringRedenen"/>. Restoring removes the reason.
    /// </summary>
    public async Task<WijzigResultaat<Voorkomen>> ZetVoorkomenAsync(string activiteitId, DateTime start, bool annuleren, Gebruiker gebruiker, CancellationToken cancellationToken, string? reden = null)
    {
        var resultaat = await BewerkAsync(activiteitId, gebruiker, (b, activiteit) =>
        {
            var tekst = annuleren ? b.Controle.Tekst("reden", reden, MaxRedenLengte) : null;
            if (activiteit.Herhaling is not { } herhaling)
            {
                b.Controle.Fout("activiteitId", FoutCodes.NietTerugkerend);
            }
            else if (!Kalenderregels.IsVoorkomen(activiteit, start))
            {
                b.Controle.Fout("start", FoutCodes.OnbekendVoorkomen, TijdstipGraphType.Formatteer(start));
            }
            else
            {
                var datum = AmsterdamTijd.LokaleDatum(start);
                herhaling.GeannuleerdeDatums = Kalenderregels.ZetGeannuleerd(herhaling.GeannuleerdeDatums, datum, annuleren);
                herhaling.AnnuleringRedenen = Kalenderregels.ZetReden(herhaling.AnnuleringRedenen, datum, tekst);
            }

            return Task.CompletedTask;
        }, cancellationToken);
        return resultaat.Als(activiteit => new Voorkomen
        {
            ActiviteitId = activiteit.Id,
            Activiteit = activiteit,
            Start = start,
            Eind = start + (activiteit.Eind - activiteit.Start),
            Geannuleerd = annuleren,
        });
    }

    /// <summary>
    /// Removes a mistaken activity with its dates (not for one that did not go ahead: cancel that). Same rights as
    /// changing it; answers with the removed activity's id.
    /// </summary>
    public Task<string> VerwijderAsync(string id, Gebruiker gebruiker, CancellationToken cancellationToken) =>
        bewerker.VerwijderAsync(gebruiker, MagActiviteitenBewerken(gebruiker), async b =>
        {
            var activiteit = await b.LaadAsync<Activiteit>(id, a => a.Include(x => x.Organisatoren));
            gebruiker.Vereis(gebruiker.IsBeheerder || activiteit.Organisatoren.Any(o => gebruiker.IsRedacteurVan(o.Id)));
            return activiteit;
        }, (b, activiteit) => Task.FromResult(GlobalId.Maak(nameof(Activiteit), activiteit.Id)), cancellationToken);

    private static bool MagActiviteitenBewerken(Gebruiker gebruiker) => gebruiker.IsBeheerder || gebruiker.Rol == Rol.Redacteur;

    /// <summary>A change of a stored activity: INVALID_ID, NOT_FOUND or FORBIDDEN, in that order; otherwise <paramref name="pasToe"/> on the tracked activity with its organisers.</summary>
    private Task<WijzigResultaat<Activiteit>> BewerkAsync(string id, Gebruiker gebruiker, Func<Bewerking, Activiteit, Task> pasToe, CancellationToken cancellationToken) =>
        bewerker.WijzigAsync(gebruiker, MagActiviteitenBewerken(gebruiker), b => LaadBewerkbaarAsync(b, id), Gedateerd(pasToe), cancellationToken, VernieuwVoorkomensAsync);

    /// <summary>The tracked activity with its organisers: INVALID_ID, NOT_FOUND or FORBIDDEN (not a redacteur of any of its organisers).</summary>
    private static async Task<Activiteit> LaadBewerkbaarAsync(Bewerking b, string id)
    {
        var activiteit = await b.LaadAsync<Activiteit>(id, a => a.Include(x => x.Organisatoren));
        b.Gebruiker.Vereis(b.Gebruiker.IsBeheerder || activiteit.Organisatoren.Any(o => b.Gebruiker.IsRedacteurVan(o.Id)));
        return activiteit;
    }

    /// <summary>A change that, once applied, marks the activity as changed now (<see cref="Activiteit.GewijzigdOp"/>, the feeds' last-modified).</summary>
    private Func<Bewerking, Activiteit, Task> Gedateerd(Func<Bewerking, Activiteit, Task> pasToe) => async (b, activiteit) =>
    {
        await pasToe(b, activiteit);
        activiteit.GewijzigdOp = klok.GetUtcNow().UtcDateTime;
    };

    /// <summary>Rewrites the activity's occurrences after it was stored, inside the edit's transaction.</summary>
    private async Task VernieuwVoorkomensAsync(Bewerking b, Activiteit activiteit) =>
        await VoorkomenVernieuwer.VernieuwAsync(b.Db, [activiteit.Id], klok, b.CancellationToken);

    /// <summary>Applies the fields the client gave to <paramref name="activiteit"/> and checks the result.</summary>
    private async Task PasToeAsync(Bewerking b, Activiteit activiteit, ActiviteitInvoer invoer, bool nieuw)
    {
        var controle = b.Controle;
        var oudNetwerk = activiteit.NetwerkId;
        if (invoer.Titel.Opgegeven(out var titelInvoer) && controle.Tekst("titel", titelInvoer, MaxTitelLengte, verplicht: true) is { } titel)
        {
            activiteit.Titel = titel;
        }

        if (invoer.Omschrijving.Opgegeven(out var omschrijvingInvoer) && controle.Tekst("omschrijving", omschrijvingInvoer, MaxOmschrijvingLengte, verplicht: true) is { } omschrijving)
        {
            activiteit.Omschrijving = omschrijving;
        }

        if (invoer.Soort.Opgegeven(out var soortInvoer) && controle.NietLeeg("soort", soortInvoer) is { } soort)
        {
            activiteit.Soort = soort;
        }

        if (invoer.Themas.Opgegeven(out var themas))
        {
            activiteit.Themas = [.. (themas ?? []).Distinct()];
        }

        if (invoer.Kernopgaven.Opgegeven(out var kernopgaven))
        {
            activiteit.Kernopgaven = [.. (kernopgaven ?? []).Distinct()];
        }

        if (invoer.Doelgroepen.Opgegeven(out var doelgroepen))
        {
            activiteit.Doelgroepen = [.. (doelgroepen ?? []).Distinct()];
        }

        if (invoer.OrganisatorIds.Opgegeven(out var organisatorIds))
        {
            await ZetOrganisatorenAsync(b, activiteit, organisatorIds ?? []);
        }

        if (invoer.NetwerkId.Opgegeven(out var netwerkId))
        {
            activiteit.NetwerkId = await b.VerwijzingAsync<Netwerk>("netwerkId", netwerkId, FoutCodes.OnbekendNetwerk);
        }

        if (invoer.LocatieId.Opgegeven(out var locatieId))
        {
            activiteit.LocatieId = await b.VerwijzingAsync<Locatie>("locatieId", locatieId, FoutCodes.OnbekendeLocatie);
        }

        if (invoer.OnlineLink.Opgegeven(out var onlineLink))
        {
            activiteit.OnlineLink = controle.Url("onlineLink", onlineLink);
        }

        if (invoer.Afbeelding.Opgegeven(out var afbeelding))
        {
            var gecontroleerd = controle.Afbeelding("afbeelding", afbeelding);
            activiteit.AfbeeldingUrl = gecontroleerd?.Url;
            activiteit.AfbeeldingAlt = gecontroleerd?.Alt;
        }

        if (invoer.Start.Opgegeven(out var startInvoer) && controle.NietLeeg("start", startInvoer) is { } start)
        {
            activiteit.Start = start;
        }

        if (invoer.Eind.Opgegeven(out var eindInvoer) && controle.NietLeeg("eind", eindInvoer) is { } eind)
        {
            activiteit.Eind = eind;
        }

        if (invoer.Herhaling.Opgegeven(out var herhaling))
        {
            activiteit.Herhaling = Kalenderregels.Lees(herhaling, activiteit.Herhaling);
        }

        if (invoer.Kosten.Opgegeven(out var kosten))
        {
            var bedrag = controle.Getal("kosten.bedragInCenten", kosten?.BedragInCenten, 0, MaxBedragInCenten);
            activiteit.KostenInCenten = bedrag is 0 ? null : bedrag;
            activiteit.KostenToelichting = controle.Tekst("kosten.toelichting", kosten?.Toelichting, MaxToelichtingLengte);
        }

        if (invoer.Aanmelding.Opgegeven(out var aanmelding))
        {
            ZetAanmelding(activiteit, aanmelding, controle);
        }

        if (invoer.Toegankelijkheid.Opgegeven(out var toegankelijkheid))
        {
            ZetToegankelijkheid(activiteit, toegankelijkheid, controle);
        }

        if (invoer.Contact.Opgegeven(out var contact))
        {
            activiteit.ContactNaam = controle.Tekst("contact.naam", contact?.Naam, MaxContactNaamLengte);
            activiteit.ContactEmail = controle.Email("contact.email", contact?.Email);
            activiteit.ContactTelefoon = controle.Telefoon("contact.telefoon", contact?.Telefoon);
        }

        if (invoer.Status.Opgegeven(out var statusInvoer) && controle.NietLeeg("status", statusInvoer) is { } status)
        {
            activiteit.Status = status;
            activiteit.AnnuleringReden = status == ActiviteitStatus.Geannuleerd ? activiteit.AnnuleringReden : null;
        }

        var nu = klok.GetUtcNow().UtcDateTime;
        var tijdenCompleet = !nieuw || (invoer.Start.IsOpgegeven && invoer.Eind.IsOpgegeven);
        if (tijdenCompleet && !controle.HeeftFout("start") && !controle.HeeftFout("eind")
            && Kalenderregels.ControleerTijden(activiteit.Start, activiteit.Eind, activiteit.Herhaling is not null, invoer.Start.IsOpgegeven, nu) is { } tijdFout)
        {
            controle.Fout(tijdFout);
        }

        if (activiteit.Herhaling is not null && (invoer.Herhaling.IsOpgegeven || invoer.Start.IsOpgegeven) && !controle.HeeftFout("start"))
        {
            foreach (var fout in Kalenderregels.ControleerHerhaling(activiteit.Herhaling, activiteit.Start))
            {
                controle.Fout(fout);
            }
        }

        if ((nieuw || invoer.LocatieId.IsOpgegeven || invoer.OnlineLink.IsOpgegeven) && activiteit.LocatieId is null && activiteit.OnlineLink is null
            && !controle.HeeftFout("locatieId") && !controle.HeeftFout("onlineLink"))
        {
            controle.Fout("locatieId", FoutCodes.PlaatsOntbreekt);
        }

        if (!b.Gebruiker.IsBeheerder && activiteit.NetwerkId is { } nieuwNetwerk && nieuwNetwerk != oudNetwerk)
        {
            var organisatoren = activiteit.Organisatoren.Select(o => o.Id).ToList();
            if (!await b.Db.Lidmaatschappen.AnyAsync(l => l.NetwerkId == nieuwNetwerk && organisatoren.Contains(l.OrganisatieId), b.CancellationToken))
            {
                controle.Fout("netwerkId", FoutCodes.GeenLidVanNetwerk);
            }
        }

        // A new activity, or a change of its dates, must leave at least one date from now on (a change of only its text may be made afterwards).
        var datumsGewijzigd = nieuw || invoer.Start.IsOpgegeven || invoer.Eind.IsOpgegeven || invoer.Herhaling.IsOpgegeven;
        if (datumsGewijzigd && !controle.HeeftFouten && !Kalenderregels.HeeftDatumNa(activiteit, nu))
        {
            controle.Fout(activiteit.Herhaling is null ? "eind" : "herhaling", FoutCodes.InHetVerleden);
        }
    }

    private static async Task ZetOrganisatorenAsync(Bewerking b, Activiteit activiteit, IReadOnlyList<string> globalIds)
    {
        const string veld = "organisatorIds";
        var (controle, gebruiker) = (b.Controle, b.Gebruiker);
        var ids = new List<int>();
        foreach (var globalId in globalIds)
        {
            if (controle.Id(veld, globalId, nameof(Organisatie)) is { } id && !ids.Contains(id))
            {
                ids.Add(id);
            }
        }

        if (controle.HeeftFout(veld))
        {
            return;
        }

        if (ids.Count is 0 or > MaxOrganisatoren)
        {
            controle.Fout(veld, ids.Count == 0 ? FoutCodes.Verplicht : FoutCodes.BuitenBereik, 1, MaxOrganisatoren);
            return;
        }

        var organisaties = await b.Db.Organisaties.Where(o => ids.Contains(o.Id)).ToListAsync(b.CancellationToken);
        if (ids.Where(id => organisaties.All(o => o.Id != id)).Select(id => (int?)id).FirstOrDefault() is { } onbekend)
        {
            controle.Fout(veld, FoutCodes.OnbekendeOrganisatie, GlobalId.Maak(nameof(Organisatie), onbekend));
            return;
        }

        if (!gebruiker.IsBeheerder)
        {
            // A redacteur keeps an organisation of its own among the organisers, and removes only its own (moving an activity between them).
            if (!ids.Any(gebruiker.IsRedacteurVan))
            {
                controle.Fout(veld, FoutCodes.EigenOrganisatieVerplicht);
                return;
            }

            if (activiteit.Organisatoren.FirstOrDefault(o => !ids.Contains(o.Id) && !gebruiker.IsRedacteurVan(o.Id)) is { } verwijderd)
            {
                controle.Fout(veld, FoutCodes.OrganisatorBlijft, verwijderd.Naam);
                return;
            }
        }

        activiteit.Organisatoren.RemoveAll(o => !ids.Contains(o.Id));
        activiteit.Organisatoren.AddRange(organisaties.Where(o => !activiteit.Organisatoren.Contains(o)));
    }

    private static void ZetAanmelding(Activiteit activiteit, AanmeldingInvoer? aanmelding, Veldcontrole controle)
    {
        activiteit.Aanmelding = aanmelding?.Wijze ?? AanmeldWijze.NietNodig;
        activiteit.AanmeldLink = controle.Url("aanmelding.link", aanmelding?.Link);
        activiteit.AanmeldEmail = controle.Email("aanmelding.email", aanmelding?.Email);
        activiteit.AanmeldTelefoon = controle.Telefoon("aanmelding.telefoon", aanmelding?.Telefoon);
        activiteit.Capaciteit = controle.Getal("aanmelding.capaciteit", aanmelding?.Capaciteit, 1, MaxCapaciteit);
        if (activiteit.Aanmelding == AanmeldWijze.ViaLink && activiteit.AanmeldLink is null && !controle.HeeftFout("aanmelding.link"))
        {
            controle.Fout("aanmelding.link", FoutCodes.Verplicht);
        }

        if (activiteit.Aanmelding == AanmeldWijze.ViaEmailOfTelefoon && activiteit.AanmeldEmail is null && activiteit.AanmeldTelefoon is null
            && !controle.HeeftFout("aanmelding.email") && !controle.HeeftFout("aanmelding.telefoon"))
        {
            controle.FoutMetBericht("aanmelding.email", FoutCodes.Verplicht, "REDACTIE_EMAIL_OR_PHONE_REQUIRED");
        }
    }

    private static void ZetToegankelijkheid(Activiteit activiteit, ToegankelijkheidInvoer? toegankelijkheid, Veldcontrole controle)
    {
        activiteit.Rolstoeltoegankelijk = toegankelijkheid?.Rolstoeltoegankelijk ?? false;
        activiteit.Ringleiding = toegankelijkheid?.Ringleiding ?? false;
        activiteit.EenvoudigeTaal = toegankelijkheid?.EenvoudigeTaal ?? false;
        var talen = (toegankelijkheid?.GesprokenTalen ?? []).Select(t => t.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (talen.Count > MaxTalen)
        {
            controle.Fout("toegankelijkheid.gesprokenTalen", FoutCodes.BuitenBereik, 0, MaxTalen);
        }
        else if (talen.FirstOrDefault(t => !Taalcode().IsMatch(t)) is { } fout)
        {
            controle.Fout("toegankelijkheid.gesprokenTalen", FoutCodes.OngeldigeTaalcode, fout);
        }
        else
        {
            activiteit.GesprokenTalen = talen;
        }
    }

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex Taalcode();
}
