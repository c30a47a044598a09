using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Netwerken;
using SociaalNetwerk.Schema.Redactie;
using SociaalNetwerk.Schema.Resources;
using SociaalNetwerk.Schema.Toegang;
using SociaalNetwerk.Schema.Wijken;

namespace SociaalNetwerk.Schema.Agenda;

/// <summary>
/// Adds, changes and cancels activities and single occurrences. A redacteur may edit an activity when their
/// organisation is one of its organisers; a beheerder may edit every activity. Every change is validated as a whole
/// (nothing is stored while there is a <see cref="Participatie.Veldfout"/>) and rewrites the activity's occurrences in
/// the same transaction.
/// </summary>
public sealed partial class ActiviteitRedactie(IDbContextFactory<SociaalNetwerkDbContext> databank, IStringLocalizer<Berichten> berichten, TimeProvider klok)
{
    public const int MaxTitelLengte = 200;
    public const int MaxOmschrijvingLengte = 4000;
    public const int MaxToelichtingLengte = 500;
    public const int MaxRedenLengte = 500;
    public const int MaxContactNaamLengte = 200;
    public const int MaxOrganisatoren = 10;
    public const int MaxIntervalWeken = 52;
    public const int MaxIntervalMaanden = 12;
    public const int MaxAantal = 500;
    public const int MaxBedragInCenten = 100_000;
    public const int MaxCapaciteit = 100_000;
    public const int MaxTalen = 10;
    public const int MaxDuurInDagen = 31;
    public const int MaxDuurTerugkerendInUren = 24;

    /// <summary>A start may lie at most this many years from now, either way.</summary>
    public const int MaxJarenVanNu = 5;

    private static readonly string[] VerplichtBijToevoegen = ["titel", "omschrijving", "soort", "start", "eind"];

    public async Task<WijzigResultaat<Activiteit>> VoegToeAsync(ActiviteitInvoer invoer, Gebruiker gebruiker, CancellationToken cancellationToken)
    {
        gebruiker.Vereis(MagActiviteitenBewerken(gebruiker));
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
        var controle = new Veldcontrole(berichten);
        foreach (var veld in VerplichtBijToevoegen.Where(v => !invoer.Heeft(v)))
        {
            controle.Fout(veld, FoutCodes.Verplicht);
        }

        var activiteit = new Activiteit { Titel = string.Empty, Omschrijving = string.Empty, Status = ActiviteitStatus.Gepland };
        if (!invoer.Heeft("organisatorIds"))
        {
            if (gebruiker.IsBeheerder)
            {
                controle.Fout("organisatorIds", FoutCodes.Verplicht);
            }
            else
            {
                var eigen = await db.Organisaties.FirstOrDefaultAsync(o => o.Id == gebruiker.OrganisatieId, cancellationToken);
                gebruiker.Vereis(eigen is not null);
                activiteit.Organisatoren.Add(eigen!);
            }
        }

        await PasToeAsync(db, activiteit, invoer, gebruiker, controle, nieuw: true, cancellationToken);
        if (controle.HeeftFouten)
        {
            return WijzigResultaat<Activiteit>.Mislukt(controle.Fouten);
        }

        db.Activiteiten.Add(activiteit);
        await BewaarAsync(db, activiteit, cancellationToken);
        await transactie.CommitAsync(cancellationToken);
        return WijzigResultaat<Activiteit>.Klaar(activiteit);
    }

    public async Task<WijzigResultaat<Activiteit>> WijzigAsync(string id, ActiviteitInvoer invoer, Gebruiker gebruiker, CancellationToken cancellationToken)
    {
        gebruiker.Vereis(MagActiviteitenBewerken(gebruiker));
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
        var activiteit = await LaadOmTeBewerkenAsync(db, id, gebruiker, cancellationToken);
        var controle = new Veldcontrole(berichten);
        await PasToeAsync(db, activiteit, invoer, gebruiker, controle, nieuw: false, cancellationToken);
        if (controle.HeeftFouten)
        {
            return WijzigResultaat<Activiteit>.Mislukt(controle.Fouten);
        }

        await BewaarAsync(db, activiteit, cancellationToken);
        await transactie.CommitAsync(cancellationToken);
        return WijzigResultaat<Activiteit>.Klaar(activiteit);
    }

    /// <summary>Cancels the whole activity: every date shows as cancelled, with the reason.</summary>
    public async Task<WijzigResultaat<Activiteit>> AnnuleerAsync(string id, string? reden, Gebruiker gebruiker, CancellationToken cancellationToken)
    {
        gebruiker.Vereis(MagActiviteitenBewerken(gebruiker));
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
        var activiteit = await LaadOmTeBewerkenAsync(db, id, gebruiker, cancellationToken);
        var controle = new Veldcontrole(berichten);
        var tekst = controle.Tekst("reden", reden, MaxRedenLengte);
        if (controle.HeeftFouten)
        {
            return WijzigResultaat<Activiteit>.Mislukt(controle.Fouten);
        }

        activiteit.Status = ActiviteitStatus.Geannuleerd;
        activiteit.AnnuleringReden = tekst;
        await BewaarAsync(db, activiteit, cancellationToken);
        await transactie.CommitAsync(cancellationToken);
        return WijzigResultaat<Activiteit>.Klaar(activiteit);
    }

    /// <summary>
    /// Cancels (or restores) one date of a recurring activity. The date is kept in <see cref="Herhaling.GeannuleerdeDatums"/>
    /// as a local date, so it stays cancelled when the series is changed or its occurrences are recalculated.
    /// </summary>
    public async Task<WijzigResultaat<Voorkomen>> ZetVoorkomenAsync(string activiteitId, DateTime start, bool annuleren, Gebruiker gebruiker, CancellationToken cancellationToken)
    {
        gebruiker.Vereis(MagActiviteitenBewerken(gebruiker));
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
        var activiteit = await LaadOmTeBewerkenAsync(db, activiteitId, gebruiker, cancellationToken);
        var controle = new Veldcontrole(berichten);
        if (activiteit.Herhaling is not { } herhaling)
        {
            controle.Fout("activiteitId", FoutCodes.NietTerugkerend);
            return WijzigResultaat<Voorkomen>.Mislukt(controle.Fouten);
        }

        if (!VoorkomenPlanner.Plan(activiteit, start.AddTicks(1)).Any(v => v.Start == start))
        {
            controle.Fout("start", FoutCodes.OnbekendVoorkomen, TijdstipGraphType.Formatteer(start));
            return WijzigResultaat<Voorkomen>.Mislukt(controle.Fouten);
        }

        var datum = AmsterdamTijd.LokaleDatum(start);
        var datums = herhaling.GeannuleerdeDatums.Where(d => d != datum).ToList();
        if (annuleren)
        {
            datums.Add(datum);
        }

        herhaling.GeannuleerdeDatums = [.. datums.Order()];
        await BewaarAsync(db, activiteit, cancellationToken);
        await transactie.CommitAsync(cancellationToken);
        return WijzigResultaat<Voorkomen>.Klaar(new Voorkomen
        {
            ActiviteitId = activiteit.Id,
            Activiteit = activiteit,
            Start = start,
            Eind = start + (activiteit.Eind - activiteit.Start),
            Geannuleerd = annuleren,
        });
    }

    private static bool MagActiviteitenBewerken(Gebruiker gebruiker) => gebruiker.IsBeheerder || gebruiker.Rol == Rol.Redacteur;

    /// <summary>INVALID_ID, NOT_FOUND or FORBIDDEN, in that order; otherwise the tracked activity with its organisers.</summary>
    private static async Task<Activiteit> LaadOmTeBewerkenAsync(SociaalNetwerkDbContext db, string id, Gebruiker gebruiker, CancellationToken cancellationToken)
    {
        var sleutel = GlobalId.LeesInt(id, nameof(Activiteit));
        var activiteit = await db.Activiteiten.Include(a => a.Organisatoren).FirstOrDefaultAsync(a => a.Id == sleutel, cancellationToken)
            ?? throw new SociaalNetwerkException(FoutCodes.NietGevonden, id);
        gebruiker.Vereis(gebruiker.IsBeheerder || activiteit.Organisatoren.Any(o => gebruiker.IsRedacteurVan(o.Id)));
        return activiteit;
    }

    /// <summary>Stores the activity and rewrites its occurrences, inside the caller's transaction.</summary>
    private async Task BewaarAsync(SociaalNetwerkDbContext db, Activiteit activiteit, CancellationToken cancellationToken)
    {
        activiteit.GewijzigdOp = klok.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        await VoorkomenVernieuwer.VernieuwAsync(db, [activiteit.Id], klok, cancellationToken);
    }

    /// <summary>Applies the fields the client sent to <paramref name="activiteit"/> and checks the result.</summary>
    private async Task PasToeAsync(SociaalNetwerkDbContext db, Activiteit activiteit, ActiviteitInvoer invoer, Gebruiker gebruiker, Veldcontrole controle, bool nieuw, CancellationToken cancellationToken)
    {
        var oudNetwerk = activiteit.NetwerkId;
        if (invoer.Heeft("titel") && controle.Tekst("titel", invoer.Titel, MaxTitelLengte, verplicht: true) is { } titel)
        {
            activiteit.Titel = titel;
        }

        if (invoer.Heeft("omschrijving") && controle.Tekst("omschrijving", invoer.Omschrijving, MaxOmschrijvingLengte, verplicht: true) is { } omschrijving)
        {
            activiteit.Omschrijving = omschrijving;
        }

        if (invoer.Heeft("soort"))
        {
            Verplicht(controle, "soort", invoer.Soort, s => activiteit.Soort = s);
        }

        if (invoer.Heeft("themas"))
        {
            activiteit.Themas = [.. (invoer.Themas ?? []).Distinct()];
        }

        if (invoer.Heeft("kernopgaven"))
        {
            activiteit.Kernopgaven = [.. (invoer.Kernopgaven ?? []).Distinct()];
        }

        if (invoer.Heeft("doelgroepen"))
        {
            activiteit.Doelgroepen = [.. (invoer.Doelgroepen ?? []).Distinct()];
        }

        if (invoer.Heeft("organisatorIds"))
        {
            await ZetOrganisatorenAsync(db, activiteit, invoer.OrganisatorIds ?? [], gebruiker, controle, cancellationToken);
        }

        if (invoer.Heeft("netwerkId"))
        {
            activiteit.NetwerkId = await BestaandAsync<Netwerk>(db, controle, "netwerkId", invoer.NetwerkId, FoutCodes.OnbekendNetwerk, cancellationToken);
        }

        if (invoer.Heeft("locatieId"))
        {
            activiteit.LocatieId = await BestaandAsync<Locatie>(db, controle, "locatieId", invoer.LocatieId, FoutCodes.OnbekendeLocatie, cancellationToken);
        }

        if (invoer.Heeft("onlineLink"))
        {
            activiteit.OnlineLink = controle.Url("onlineLink", invoer.OnlineLink);
        }

        if (invoer.Heeft("start"))
        {
            Verplicht(controle, "start", invoer.Start, s => activiteit.Start = s);
        }

        if (invoer.Heeft("eind"))
        {
            Verplicht(controle, "eind", invoer.Eind, e => activiteit.Eind = e);
        }

        if (invoer.Heeft("herhaling"))
        {
            activiteit.Herhaling = invoer.Herhaling is { } h
                ? new Herhaling
                {
                    Frequentie = h.Frequentie,
                    Interval = h.Interval ?? 1,
                    Weekdagen = [.. (h.Weekdagen ?? []).Distinct().Order()],
                    WeekVanDeMaand = h.WeekVanDeMaand,
                    TotEnMet = h.TotEnMet,
                    Aantal = h.Aantal,
                    GeannuleerdeDatums = [.. activiteit.Herhaling?.GeannuleerdeDatums ?? []],
                }
                : null;
        }

        if (invoer.Heeft("kosten"))
        {
            var bedrag = controle.Getal("kosten.bedragInCenten", invoer.Kosten?.BedragInCenten, 0, MaxBedragInCenten);
            activiteit.KostenInCenten = bedrag is 0 ? null : bedrag;
            activiteit.KostenToelichting = controle.Tekst("kosten.toelichting", invoer.Kosten?.Toelichting, MaxToelichtingLengte);
        }

        if (invoer.Heeft("aanmelding"))
        {
            ZetAanmelding(activiteit, invoer.Aanmelding, controle);
        }

        if (invoer.Heeft("toegankelijkheid"))
        {
            ZetToegankelijkheid(activiteit, invoer.Toegankelijkheid, controle);
        }

        if (invoer.Heeft("contact"))
        {
            activiteit.ContactNaam = controle.Tekst("contact.naam", invoer.Contact?.Naam, MaxContactNaamLengte);
            activiteit.ContactEmail = controle.Email("contact.email", invoer.Contact?.Email);
            activiteit.ContactTelefoon = controle.Telefoon("contact.telefoon", invoer.Contact?.Telefoon);
        }

        if (invoer.Heeft("status"))
        {
            Verplicht(controle, "status", invoer.Status, s =>
            {
                activiteit.Status = s;
                activiteit.AnnuleringReden = s == ActiviteitStatus.Geannuleerd ? activiteit.AnnuleringReden : null;
            });
        }

        ControleerTijden(activiteit, invoer, controle, nieuw);
        if (activiteit.Herhaling is not null && (invoer.Heeft("herhaling") || invoer.Heeft("start")) && !controle.HeeftFout("start"))
        {
            ControleerHerhaling(activiteit, controle);
        }

        if ((nieuw || invoer.Heeft("locatieId") || invoer.Heeft("onlineLink")) && activiteit.LocatieId is null && activiteit.OnlineLink is null
            && !controle.HeeftFout("locatieId") && !controle.HeeftFout("onlineLink"))
        {
            controle.Fout("locatieId", FoutCodes.PlaatsOntbreekt);
        }

        if (!gebruiker.IsBeheerder && activiteit.NetwerkId is { } netwerkId && netwerkId != oudNetwerk)
        {
            var organisatoren = activiteit.Organisatoren.Select(o => o.Id).ToList();
            if (!await db.Lidmaatschappen.AnyAsync(l => l.NetwerkId == netwerkId && organisatoren.Contains(l.OrganisatieId), cancellationToken))
            {
                controle.Fout("netwerkId", FoutCodes.GeenLidVanNetwerk);
            }
        }

        // A new activity, or a change of its dates, must leave at least one date from now on (a change of only its text may be made afterwards).
        var datumsGewijzigd = nieuw || invoer.Heeft("start") || invoer.Heeft("eind") || invoer.Heeft("herhaling");
        if (datumsGewijzigd && !controle.HeeftFouten && !VoorkomenPlanner.Plan(activiteit, klok.GetUtcNow().UtcDateTime + VoorkomenPlanner.Horizon).Any(v => v.Eind > klok.GetUtcNow().UtcDateTime))
        {
            controle.Fout(activiteit.Herhaling is null ? "eind" : "herhaling", FoutCodes.InHetVerleden);
        }
    }

    private static void Verplicht<T>(Veldcontrole controle, string veld, T? waarde, Action<T> zet)
        where T : struct
    {
        if (waarde is { } w)
        {
            zet(w);
        }
        else
        {
            controle.Fout(veld, FoutCodes.Verplicht);
        }
    }

    private static async Task<int?> BestaandAsync<T>(SociaalNetwerkDbContext db, Veldcontrole controle, string veld, string? globalId, string onbekend, CancellationToken cancellationToken)
        where T : class, IEntiteit
    {
        if (globalId is null || controle.Id(veld, globalId, typeof(T).Name) is not { } id)
        {
            return null;
        }

        if (!await db.Set<T>().AnyAsync(e => e.Id == id, cancellationToken))
        {
            controle.Fout(veld, onbekend, globalId);
            return null;
        }

        return id;
    }

    private static async Task ZetOrganisatorenAsync(SociaalNetwerkDbContext db, Activiteit activiteit, IReadOnlyList<string> globalIds, Gebruiker gebruiker, Veldcontrole controle, CancellationToken cancellationToken)
    {
        const string veld = "organisatorIds";
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

        var organisaties = await db.Organisaties.Where(o => ids.Contains(o.Id)).ToListAsync(cancellationToken);
        if (ids.Where(id => organisaties.All(o => o.Id != id)).Select(id => (int?)id).FirstOrDefault() is { } onbekend)
        {
            controle.Fout(veld, FoutCodes.OnbekendeOrganisatie, GlobalId.Maak(nameof(Organisatie), onbekend));
            return;
        }

        if (!gebruiker.IsBeheerder)
        {
            if (!ids.Contains(gebruiker.OrganisatieId ?? 0))
            {
                controle.Fout(veld, FoutCodes.EigenOrganisatieVerplicht);
                return;
            }

            if (activiteit.Organisatoren.FirstOrDefault(o => !ids.Contains(o.Id)) is { } verwijderd)
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

    private void ControleerTijden(Activiteit activiteit, ActiviteitInvoer invoer, Veldcontrole controle, bool nieuw)
    {
        if (controle.HeeftFout("start") || controle.HeeftFout("eind") || (nieuw && !(invoer.Heeft("start") && invoer.Heeft("eind"))))
        {
            return;
        }

        var nu = klok.GetUtcNow().UtcDateTime;
        if (invoer.Heeft("start") && (activiteit.Start > nu.AddYears(MaxJarenVanNu) || activiteit.Start < nu.AddYears(-MaxJarenVanNu)))
        {
            controle.FoutMetBericht("start", FoutCodes.BuitenBereik, "REDACTIE_START_OUT_OF_RANGE", MaxJarenVanNu);
            return;
        }

        var duur = activiteit.Eind - activiteit.Start;
        if (duur <= TimeSpan.Zero)
        {
            controle.Fout("eind", FoutCodes.EindVoorStart);
        }
        else if (duur > TimeSpan.FromDays(MaxDuurInDagen))
        {
            controle.Fout("eind", FoutCodes.TeLangeDuur, MaxDuurInDagen);
        }
        else if (activiteit.Herhaling is not null && duur > TimeSpan.FromHours(MaxDuurTerugkerendInUren))
        {
            controle.FoutMetBericht("eind", FoutCodes.TeLangeDuur, "REDACTIE_DURATION_TOO_LONG_RECURRING", MaxDuurTerugkerendInUren);
        }
    }

    private static void ControleerHerhaling(Activiteit activiteit, Veldcontrole controle)
    {
        var herhaling = activiteit.Herhaling!;
        var eerste = AmsterdamTijd.LokaleDatum(activiteit.Start);
        var maximumInterval = herhaling.Frequentie == Frequentie.Wekelijks ? MaxIntervalWeken : MaxIntervalMaanden;
        controle.Getal("herhaling.interval", herhaling.Interval, 1, maximumInterval);
        controle.Getal("herhaling.aantal", herhaling.Aantal, 1, MaxAantal);
        if (herhaling.TotEnMet is not null && herhaling.Aantal is not null)
        {
            controle.FoutMetBericht("herhaling.aantal", FoutCodes.OngeldigeHerhaling, "REDACTIE_RECURRENCE_END_AND_COUNT");
        }

        if (herhaling.TotEnMet is { } totEnMet && totEnMet < eerste)
        {
            controle.FoutMetBericht("herhaling.totEnMet", FoutCodes.OngeldigeHerhaling, "REDACTIE_RECURRENCE_UNTIL_BEFORE_START", eerste.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        if (herhaling.Frequentie == Frequentie.Wekelijks)
        {
            if (herhaling.WeekVanDeMaand is not null)
            {
                controle.FoutMetBericht("herhaling.weekVanDeMaand", FoutCodes.OngeldigeHerhaling, "REDACTIE_RECURRENCE_WEEK_OF_MONTH_MONTHLY_ONLY");
            }
            else if (herhaling.Weekdagen.Count > 0 && !herhaling.Weekdagen.Contains(eerste.DayOfWeek))
            {
                controle.FoutMetBericht("herhaling.weekdagen", FoutCodes.OngeldigeHerhaling, "REDACTIE_RECURRENCE_START_NOT_ON_WEEKDAY");
            }

            return;
        }

        if (herhaling.WeekVanDeMaand is not { } week)
        {
            if (herhaling.Weekdagen.Count > 0)
            {
                controle.FoutMetBericht("herhaling.weekdagen", FoutCodes.OngeldigeHerhaling, "REDACTIE_RECURRENCE_WEEKDAYS_NEED_WEEK_OF_MONTH");
            }

            return;
        }

        if (week is not (1 or 2 or 3 or 4 or -1))
        {
            controle.FoutMetBericht("herhaling.weekVanDeMaand", FoutCodes.OngeldigeHerhaling, "REDACTIE_RECURRENCE_WEEK_OF_MONTH_RANGE");
        }
        else if (herhaling.Weekdagen.Count > 1 || (herhaling.Weekdagen.Count == 1 && herhaling.Weekdagen[0] != eerste.DayOfWeek))
        {
            controle.FoutMetBericht("herhaling.weekdagen", FoutCodes.OngeldigeHerhaling, "REDACTIE_RECURRENCE_START_NOT_ON_WEEKDAY");
        }
        else if (week == -1 ? eerste.AddDays(7).Month == eerste.Month : ((eerste.Day - 1) / 7) + 1 != week)
        {
            controle.FoutMetBericht("herhaling.weekVanDeMaand", FoutCodes.OngeldigeHerhaling, "REDACTIE_RECURRENCE_START_NOT_IN_WEEK", week);
        }
    }

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex Taalcode();
}
