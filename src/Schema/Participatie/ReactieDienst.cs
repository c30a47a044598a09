using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Redactie;
using SociaalNetwerk.Schema.Toegang;
using SociaalNetwerk.Schema.Wijken;

namespace SociaalNetwerk.Schema.Participatie;

/// <param name="Reactie">For the team (paper, conversation, a correction): the stored reactie.</param>
/// <param name="Bestaande">With <see cref="ReactieDienst.FormuliernummerBestaat"/>: the reactie entered earlier under that number.</param>
public sealed record ReactieResultaat(bool Gelukt, string? Ontvangstcode, DateTime? IngediendOp, IReadOnlyList<Veldfout> Fouten, Reactie? Reactie = null, Reactie? Bestaande = null);

/// <summary>
/// Stores reacties so that none is lost or doubled: the idempotency key is unique per uitvraag in the database, so
/// a retry — even one racing the first request — stores nothing new. A retry gets the first result (with the
/// ontvangstcode) only when it carries the same content (<see cref="ReactieInhoud"/>): the key alone does not give
/// away a respondent's code. The <see cref="InzendLimiet"/> counts every attempt except such a retry. A submission is
/// checked here, in parallel with others; what it writes (the count, the reactie) waits for the <see cref="Reactieschrijver"/>,
/// which stores the submissions waiting at the same moment in one transaction, and answers only after the commit.
/// </summary>
public sealed class ReactieDienst(
    IDbContextFactory<SociaalNetwerkDbContext> databank,
    ReactieRegels regels,
    Ontvangstcodes ontvangstcodes,
    Reactieschrijver schrijver,
    Uitvraagdefinities uitvraagdefinities,
    Proeflinks proeflinks,
    TimeProvider klok,
    Telemetrie.Metrieken metrieken)
{
    public const string SleutelHergebruikt = "IDEMPOTENCY_KEY_REUSED";

    /// <summary>A formulier number that already has a reactie in this uitvraag: refused, the existing one is shown.</summary>
    public const string FormuliernummerBestaat = "FORM_NUMBER_EXISTS";

    /// <summary>A formulier number on an online reactie: only paper and conversations have one.</summary>
    public const string FormuliernummerNietToegestaan = "FORM_NUMBER_NOT_ALLOWED";

    /// <summary>An online reactie stays the respondent's: the team cannot correct or delete it (the respondent withdraws it by code).</summary>
    public const string OnlineReactie = "ONLINE_REACTIE";

    /// <summary>A correction that would make a team-entered reactie an online one.</summary>
    public const string OngeldigKanaal = "INVALID_CHANNEL";

    /// <summary>Paper and conversations are entered into an open or closed uitvraag only: not a concept, not once results are published.</summary>
    public const string InvoerNietMogelijk = "ENTRY_NOT_POSSIBLE";

    /// <summary>Whether the team may enter (and correct) paper and conversation reacties of an uitvraag with this status.</summary>
    public static bool InvoerMogelijk(UitvraagStatus status) => status is UitvraagStatus.Open or UitvraagStatus.Gesloten;

    public async Task<ReactieResultaat> DienInAsync(ReactieInvoer invoer, Gebruiker gebruiker, string? clientAdres, CancellationToken cancellationToken)
    {
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        var uitvraagId = GlobalId.LeesInt(invoer.UitvraagId, nameof(Uitvraag));

        // The uitvraag's definition (and the wijken) as of the general data version: one statement while nothing is edited.
        var definities = await uitvraagdefinities.HuidigAsync(db);
        var uitvraag = await definities.UitvraagAsync(db, uitvraagId, cancellationToken);
        // A preview link's reactie is a test reactie: allowed on a concept and outside the period, never counted.
        var proef = invoer.ProefToken is not null;
        if (proef && (uitvraag is null || !proeflinks.IsGeldig(invoer.ProefToken, uitvraag.Id)))
        {
            throw new SociaalNetwerkException(FoutCodes.OngeldigeProeflink);
        }

        if (uitvraag is null || !(proef || Zichtbaarheid.MagZien(gebruiker, uitvraag)))
        {
            throw new SociaalNetwerkException(FoutCodes.NietGevonden, invoer.UitvraagId);
        }

        var kanaal = invoer.Kanaal ?? Kanaal.Online;
        var nu = klok.GetUtcNow().UtcDateTime;
        if (kanaal != Kanaal.Online)
        {
            gebruiker.Vereis(gebruiker.IsTeamVan(uitvraag.ParticipatietrajectId));
            if (!InvoerMogelijk(uitvraag.Status))
            {
                throw new SociaalNetwerkException(InvoerNietMogelijk);
            }
        }
        else if (!proef && !uitvraag.IsOpen(nu))
        {
            throw new SociaalNetwerkException(FoutCodes.UitvraagNietOpen);
        }

        // The traject's team is exempt from the limit: it enters a stack of paper forms from one address, under its own key.
        var vrijgesteld = gebruiker.IsTeamVan(uitvraag.ParticipatietrajectId);
        var taal = invoer.Taal ?? Vertaalbaar.Nederlands;
        var (fouten, antwoorden, wijkId) = await ControleerAsync(db, uitvraag, invoer, kanaal, taal, cancellationToken, definities);

        // The rules refuse a key that breaks the rule of Idempotentiesleutels, so then there are fouten.
        var sleutel = Idempotentiesleutels.Normaliseer(invoer.IdempotentieSleutel);
        if (fouten.Count > 0 || sleutel is null)
        {
            // Nothing looked up: an invalid reactie is never a retry of a stored one, and costs a permit like any attempt.
            await TelAsync(vrijgesteld, clientAdres);
            return new ReactieResultaat(false, null, null, fouten);
        }

        var contact = invoer.Contact is { Toestemming: true } c && uitvraag.ContactgegevensVragen ? c : null;
        var reactie = new Reactie
        {
            UitvraagId = uitvraag.Id,
            IdempotentieSleutel = sleutel,
            OntvangstcodeHash = "",
            Kanaal = kanaal,
            Formuliernummer = invoer.Formuliernummer,
            IngediendOp = nu,
            Taal = taal,
            WijkId = wijkId,
            Doelgroep = uitvraag.ProfielvraagDoelgroep ? invoer.Doelgroep : null,
            ContactToestemming = contact is not null,
            ContactNaam = Leeg(contact?.Naam),
            ContactEmail = Leeg(contact?.Email),
            ContactTelefoon = Leeg(contact?.Telefoon),
            IngevoerdDoor = kanaal == Kanaal.Online ? null : gebruiker.Kenmerk,
            Antwoorden = antwoorden,
            Proef = proef,
        };
        reactie.InhoudHash = ReactieInhoud.Hash(reactie);

        // A retry of a stored reactie with the same content stores nothing new, so it is not limited: a respondent
        // whose connection failed after the first attempt must still get their ontvangstcode, however often they
        // have tried. Anything else costs a permit before the answer says whether the key is in use.
        var bestaand = await BestaandAsync(db, uitvraag.Id, sleutel, cancellationToken);
        if (bestaand is not null && bestaand.InhoudHash == reactie.InhoudHash)
        {
            return await OpgeslagenAsync(uitvraag.Id, sleutel, bestaand, cancellationToken);
        }

        if (!string.IsNullOrEmpty(invoer.Website))
        {
            // The honeypot was filled in: a robot. It gets an answer that looks like success, with a code from a random
            // key — never the code of its key, which may be a stored reactie's. Nothing is stored or revealed.
            await TelAsync(vrijgesteld, clientAdres);
            return new ReactieResultaat(true, await ontvangstcodes.MaakAsync(uitvraag.Id, Guid.NewGuid().ToString(), cancellationToken), nu, []);
        }

        if (bestaand is not null)
        {
            await TelAsync(vrijgesteld, clientAdres);
            return Hergebruikt();
        }

        if (await FormulierAsync(db, uitvraag.Id, invoer.Formuliernummer, null, cancellationToken) is { } formulier)
        {
            await TelAsync(vrijgesteld, clientAdres);
            return FormulierBestaat(formulier);
        }

        var code = await ontvangstcodes.MaakAsync(uitvraag.Id, sleutel, cancellationToken);
        reactie.OntvangstcodeHash = Ontvangstcodes.Hash(code);
        if (await schrijver.SchrijfAsync(new Schrijfopdracht(!vrijgesteld, clientAdres, reactie)) == Schrijfuitkomst.Bezet)
        {
            // A request with the same key won the race: its result if it is the same reactie, else the key is taken.
            await using var opnieuw = await databank.CreateDbContextAsync(cancellationToken);
            var winnaar = await BestaandAsync(opnieuw, uitvraag.Id, sleutel, cancellationToken);
            if (winnaar is null)
            {
                // Not the key: the formulier number was entered at the same moment by someone else.
                return FormulierBestaat(await FormulierAsync(opnieuw, uitvraag.Id, invoer.Formuliernummer, null, cancellationToken)
                    ?? throw new InvalidOperationException("Unique key violated but no reactie found."));
            }

            return winnaar.InhoudHash == reactie.InhoudHash ? await OpgeslagenAsync(uitvraag.Id, sleutel, winnaar, cancellationToken) : Hergebruikt();
        }

        metrieken.ReactieOpgeslagen(Naam(kanaal), proef);
        return new ReactieResultaat(true, code, nu, [], kanaal == Kanaal.Online ? null : reactie);
    }

    /// <summary>
    /// Replaces what the team entered for a paper or conversation reactie (a typo): answers, profile, contact, kanaal,
    /// taal and formulier number, checked like a new reactie. Online reacties stay the respondent's (<see cref="OnlineReactie"/>).
    /// Recorded in the audit log without its contents (<see cref="Wijzigingen.Wijzigingslog.BewaarReactieAsync"/>).
    /// </summary>
    public async Task<ReactieResultaat> CorrigeerAsync(string id, ReactieCorrectie invoer, Gebruiker gebruiker, CancellationToken cancellationToken)
    {
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
        var (reactie, uitvraag) = await TeamReactieAsync(db, id, gebruiker, cancellationToken);
        var kanaal = invoer.Kanaal ?? reactie.Kanaal;
        var taal = invoer.Taal ?? reactie.Taal;
        var nummer = invoer.Formuliernummer ?? reactie.Formuliernummer;
        var alsNieuw = new ReactieInvoer
        {
            UitvraagId = GlobalId.Maak(nameof(Uitvraag), uitvraag.Id),
            IdempotentieSleutel = reactie.IdempotentieSleutel,
            Kanaal = kanaal,
            Formuliernummer = nummer,
            Taal = invoer.Taal,
            Wijk = invoer.Wijk,
            Doelgroep = invoer.Doelgroep,
            Contact = invoer.Contact,
            Antwoorden = invoer.Antwoorden,
        };
        var (fouten, antwoorden, wijkId) = await ControleerAsync(db, uitvraag, alsNieuw, kanaal, taal, cancellationToken);
        if (kanaal == Kanaal.Online)
        {
            // The team cannot turn what it entered into an online reactie (which would then be nobody's).
            fouten.Add(new Veldfout(null, "kanaal", OngeldigKanaal, regels.Bericht("REACTIE_" + OngeldigKanaal)));
        }

        if (fouten.Count > 0)
        {
            return new ReactieResultaat(false, null, null, fouten);
        }

        if (await FormulierAsync(db, uitvraag.Id, nummer, reactie.Id, cancellationToken) is { } formulier)
        {
            return FormulierBestaat(formulier);
        }

        var (oudKanaal, oudNummer, oudeInhoud) = (reactie.Kanaal, reactie.Formuliernummer, reactie.InhoudHash);
        var contact = invoer.Contact is { Toestemming: true } c && uitvraag.ContactgegevensVragen ? c : null;
        reactie.Kanaal = kanaal;
        reactie.Formuliernummer = nummer;
        reactie.Taal = taal;
        reactie.WijkId = wijkId;
        reactie.Doelgroep = uitvraag.ProfielvraagDoelgroep ? invoer.Doelgroep : null;
        reactie.ContactToestemming = contact is not null;
        reactie.ContactNaam = Leeg(contact?.Naam);
        reactie.ContactEmail = Leeg(contact?.Email);
        reactie.ContactTelefoon = Leeg(contact?.Telefoon);
        db.RemoveRange(reactie.Antwoorden);
        reactie.Antwoorden = antwoorden;
        reactie.InhoudHash = ReactieInhoud.Hash(reactie);
        var velden = new List<Wijzigingen.Veldwijziging>();
        if (oudNummer != reactie.Formuliernummer)
        {
            velden.Add(new() { Veld = "formuliernummer", Oud = Tekst(oudNummer), Nieuw = Tekst(reactie.Formuliernummer) });
        }

        if (oudKanaal != kanaal)
        {
            velden.Add(new() { Veld = "kanaal", Oud = Naam(oudKanaal), Nieuw = Naam(kanaal) });
        }

        if (oudeInhoud != reactie.InhoudHash)
        {
            // Only that the answers changed, never what they were or are.
            velden.Add(new() { Veld = "antwoorden", Lang = true });
        }

        try
        {
            if (velden.Count > 0)
            {
                await Wijzigingen.Wijzigingslog.BewaarReactieAsync(db, gebruiker, klok.GetUtcNow().UtcDateTime, reactie, Wijzigingen.WijzigingSoort.Gewijzigd, velden, cancellationToken);
            }
            else
            {
                // Nothing changed: like every edit that changes nothing, no line in the log.
                await db.SaveChangesAsync(cancellationToken);
            }

            await transactie.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException fout) when (Reactieschrijver.IsUniekeSchending(fout))
        {
            await transactie.RollbackAsync(cancellationToken);
            await using var opnieuw = await databank.CreateDbContextAsync(cancellationToken);
            return FormulierBestaat(await FormulierAsync(opnieuw, uitvraag.Id, nummer, reactie.Id, cancellationToken)
                ?? throw new InvalidOperationException("Unique key violated but no reactie found.", fout));
        }

        return new ReactieResultaat(true, null, reactie.IngediendOp, [], reactie);
    }

    /// <summary>
    /// Deletes a paper or conversation reactie the team entered, with its answers; recorded in the audit log without its
    /// contents. Online reacties stay the respondent's (<see cref="OnlineReactie"/>). Returns what was deleted.
    /// </summary>
    public async Task<Reactie> VerwijderAsync(string id, Gebruiker gebruiker, CancellationToken cancellationToken)
    {
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
        var (reactie, _) = await TeamReactieAsync(db, id, gebruiker, cancellationToken);
        db.Reacties.Remove(reactie);
        List<Wijzigingen.Veldwijziging> velden =
        [
            new() { Veld = "kanaal", Oud = Naam(reactie.Kanaal) },
            .. reactie.Formuliernummer is { } nummer ? [new Wijzigingen.Veldwijziging { Veld = "formuliernummer", Oud = Tekst(nummer) }] : Array.Empty<Wijzigingen.Veldwijziging>(),
            new() { Veld = "antwoorden", Lang = true },
        ];
        await Wijzigingen.Wijzigingslog.BewaarReactieAsync(db, gebruiker, klok.GetUtcNow().UtcDateTime, reactie, Wijzigingen.WijzigingSoort.Verwijderd, velden, cancellationToken);
        await transactie.CommitAsync(cancellationToken);
        return reactie;
    }

    /// <summary>
    /// A reactie the team of its traject entered, tracked with its answers, and its uitvraag: NOT_FOUND for an id that
    /// is no (visible) reactie, UNAUTHENTICATED or FORBIDDEN for anyone but the team, <see cref="OnlineReactie"/> for an
    /// online one, <see cref="InvoerNietMogelijk"/> once results are published.
    /// </summary>
    private static async Task<(Reactie Reactie, Uitvraag Uitvraag)> TeamReactieAsync(SociaalNetwerkDbContext db, string id, Gebruiker gebruiker, CancellationToken cancellationToken)
    {
        var reactieId = GlobalId.LeesInt(id, nameof(Reactie));
        var reactie = await db.Reacties.Include(r => r.Antwoorden).FirstOrDefaultAsync(r => r.Id == reactieId, cancellationToken);
        var uitvraag = reactie is null ? null : await db.Uitvragen.AsNoTracking().Include(u => u.Vragen).ThenInclude(v => v.Opties)
            .AsSplitQuery().FirstOrDefaultAsync(u => u.Id == reactie.UitvraagId, cancellationToken);
        if (reactie is null || uitvraag is null || !Zichtbaarheid.MagZien(gebruiker, uitvraag))
        {
            throw new SociaalNetwerkException(FoutCodes.NietGevonden, id);
        }

        gebruiker.Vereis(gebruiker.IsTeamVan(uitvraag.ParticipatietrajectId));
        if (reactie.Kanaal == Kanaal.Online)
        {
            throw new SociaalNetwerkException(OnlineReactie);
        }

        if (!InvoerMogelijk(uitvraag.Status))
        {
            throw new SociaalNetwerkException(InvoerNietMogelijk);
        }

        return (reactie, uitvraag);
    }

    /// <summary>The rules' check of a reactie, plus the wijk by its slug and the formulier number.</summary>
    /// <param name="definities">Where a submission looks up the wijk (kept per data version); null: in <paramref name="db"/>.</param>
    private async Task<(List<Veldfout> Fouten, List<Antwoord> Antwoorden, int? WijkId)> ControleerAsync(
        SociaalNetwerkDbContext db, Uitvraag uitvraag, ReactieInvoer invoer, Kanaal kanaal, string taal, CancellationToken cancellationToken,
        Uitvraagdefinities.Stand? definities = null)
    {
        var (fouten, antwoorden) = regels.Controleer(uitvraag, invoer, taal);
        int? wijkId = null;
        if (invoer.Wijk is { } slug && uitvraag.ProfielvraagWijk)
        {
            var genormaliseerd = slug.Trim().ToLowerInvariant();
            wijkId = definities is not null
                ? await definities.WijkAsync(db, genormaliseerd, cancellationToken)
                : await db.Wijken.Where(w => w.Slug == genormaliseerd).Select(w => (int?)w.Id).FirstOrDefaultAsync(cancellationToken);
            if (wijkId is null)
            {
                fouten.Add(new Veldfout(null, "wijk", FoutCodes.OnbekendeWijk, regels.Bericht(FoutCodes.OnbekendeWijk, slug, await WijkSlugs.BekendAsync(db, cancellationToken))));
            }
        }

        if (invoer.Formuliernummer is { } nummer)
        {
            if (kanaal == Kanaal.Online)
            {
                fouten.Add(new Veldfout(null, "formuliernummer", FormuliernummerNietToegestaan, regels.Bericht("REACTIE_" + FormuliernummerNietToegestaan)));
            }
            else if (nummer is < 1 or > MaxFormuliernummer)
            {
                fouten.Add(new Veldfout(null, "formuliernummer", FoutCodes.BuitenBereik, regels.Bericht("REACTIE_FORM_NUMBER_OUT_OF_RANGE", MaxFormuliernummer)));
            }
        }

        return (fouten, antwoorden, wijkId);
    }

    /// <summary>
    /// Counts an attempt that stores nothing for the <see cref="InzendLimiet"/> (the traject's team is exempt), through
    /// the <see cref="Reactieschrijver"/> like every write of a submission; throws when the address is over the limit.
    /// </summary>
    private async Task TelAsync(bool vrijgesteld, string? clientAdres)
    {
        if (!vrijgesteld)
        {
            await schrijver.SchrijfAsync(new Schrijfopdracht(true, clientAdres, null));
        }
    }

    /// <summary>The highest formulier number (six digits: a print run never gets near it).</summary>
    public const int MaxFormuliernummer = 999_999;

    /// <summary>The reactie of this uitvraag with this formulier number, other than <paramref name="behalve"/>, or null.</summary>
    private static async Task<Reactie?> FormulierAsync(SociaalNetwerkDbContext db, int uitvraagId, int? nummer, int? behalve, CancellationToken cancellationToken) =>
        nummer is null ? null : await db.Reacties.AsNoTracking()
            .FirstOrDefaultAsync(r => r.UitvraagId == uitvraagId && r.Formuliernummer == nummer && r.Id != behalve, cancellationToken);

    private ReactieResultaat FormulierBestaat(Reactie bestaande) =>
        new(false, null, null,
            [new Veldfout(null, "formuliernummer", FormuliernummerBestaat, regels.Bericht("REACTIE_" + FormuliernummerBestaat, bestaande.Formuliernummer ?? 0, GlobalId.Maak(nameof(Reactie), bestaande.Id)))],
            Bestaande: bestaande);

    private static string? Tekst(int? getal) => getal?.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Naam(Kanaal kanaal) => kanaal.ToString().ToUpperInvariant();

    /// <summary>
    /// Withdraws the reactie with this receipt code: counted by the <see cref="InzendLimiet"/> and deleted through the
    /// <see cref="Reactieschrijver"/>, in the transaction of its group (which changes the reacties version), like every
    /// write of a respondent. True once the deletion is committed; false when no reactie has this code.
    /// </summary>
    public async Task<bool> TrekInAsync(string ontvangstcode, string? clientAdres, CancellationToken cancellationToken) =>
        await schrijver.SchrijfAsync(new Schrijfopdracht(true, clientAdres, null, Ontvangstcodes.Hash(ontvangstcode))) == Schrijfuitkomst.Ingetrokken;

    private sealed record Bestaand(string? InhoudHash, string OntvangstcodeHash, DateTime IngediendOp);

    private static Task<Bestaand?> BestaandAsync(SociaalNetwerkDbContext db, int uitvraagId, string sleutel, CancellationToken cancellationToken) =>
        db.Reacties.AsNoTracking().Where(r => r.UitvraagId == uitvraagId && r.IdempotentieSleutel == sleutel)
            .Select(r => new Bestaand(r.InhoudHash, r.OntvangstcodeHash, r.IngediendOp)).FirstOrDefaultAsync(cancellationToken);

    private async Task<ReactieResultaat> OpgeslagenAsync(int uitvraagId, string sleutel, Bestaand bestaand, CancellationToken cancellationToken) =>
        new(true, await ontvangstcodes.VanOpgeslagenAsync(uitvraagId, sleutel, bestaand.OntvangstcodeHash, cancellationToken), bestaand.IngediendOp, []);

    private ReactieResultaat Hergebruikt() =>
        new(false, null, null, [new Veldfout(null, "idempotentieSleutel", SleutelHergebruikt, regels.Bericht("REACTIE_" + SleutelHergebruikt))]);

    private static string? Leeg(string? tekst) => string.IsNullOrWhiteSpace(tekst) ? null : tekst.Trim();
}
