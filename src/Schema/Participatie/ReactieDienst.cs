using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Redactie;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.Schema.Participatie;

public sealed record ReactieResultaat(bool Gelukt, string? Ontvangstcode, DateTime? IngediendOp, IReadOnlyList<Veldfout> Fouten);

/// <summary>
/// Stores reacties so that none is lost or doubled: the idempotency key is unique per uitvraag in the database, so
/// a retry — even one racing the first request — stores nothing new. A retry gets the first result (with the
/// ontvangstcode) only when it carries the same content (<see cref="ReactieInhoud"/>): the key alone does not give
/// away a respondent's code. The <see cref="InzendLimiet"/> counts every attempt except such a retry.
/// </summary>
public sealed class ReactieDienst(
    IDbContextFactory<SociaalNetwerkDbContext> databank,
    ReactieRegels regels,
    Ontvangstcodes ontvangstcodes,
    InzendLimiet limiet,
    Proeflinks proeflinks,
    TimeProvider klok)
{
    public const string SleutelHergebruikt = "IDEMPOTENCY_KEY_REUSED";

    public async Task<ReactieResultaat> DienInAsync(ReactieInvoer invoer, Gebruiker gebruiker, string? clientAdres, CancellationToken cancellationToken)
    {
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        var uitvraagId = GlobalId.LeesInt(invoer.UitvraagId, nameof(Uitvraag));
        var uitvraag = await db.Uitvragen.AsNoTracking().Include(u => u.Vragen).ThenInclude(v => v.Opties)
            .AsSplitQuery().FirstOrDefaultAsync(u => u.Id == uitvraagId, cancellationToken);
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
        }
        else if (!proef && !uitvraag.IsOpen(nu))
        {
            throw new SociaalNetwerkException(FoutCodes.UitvraagNietOpen);
        }

        // The traject's team is exempt from the limit: it enters a stack of paper forms from one address, under its own key.
        var vrijgesteld = gebruiker.IsTeamVan(uitvraag.ParticipatietrajectId);
        var taal = invoer.Taal ?? Vertaalbaar.Nederlands;
        var (fouten, antwoorden) = regels.Controleer(uitvraag, invoer, taal);
        int? wijkId = null;
        if (invoer.Wijk is { } slug && uitvraag.ProfielvraagWijk)
        {
            var genormaliseerd = slug.Trim().ToLowerInvariant();
            wijkId = await db.Wijken.Where(w => w.Slug == genormaliseerd).Select(w => (int?)w.Id).FirstOrDefaultAsync(cancellationToken);
            if (wijkId is null)
            {
                fouten.Add(new Veldfout(null, "wijk", FoutCodes.OnbekendeWijk, regels.Bericht(FoutCodes.OnbekendeWijk, slug)));
            }
        }

        // The rules refuse a key that breaks the rule of Idempotentiesleutels, so then there are fouten.
        var sleutel = Idempotentiesleutels.Normaliseer(invoer.IdempotentieSleutel);
        if (fouten.Count > 0 || sleutel is null)
        {
            // Nothing looked up: an invalid reactie is never a retry of a stored one, and costs a permit like any attempt.
            if (!vrijgesteld)
            {
                limiet.Controleer(clientAdres);
            }

            return new ReactieResultaat(false, null, null, fouten);
        }

        var contact = invoer.Contact is { Toestemming: true } c && uitvraag.ContactgegevensVragen ? c : null;
        var reactie = new Reactie
        {
            UitvraagId = uitvraag.Id,
            IdempotentieSleutel = sleutel,
            OntvangstcodeHash = "",
            Kanaal = kanaal,
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

        if (!vrijgesteld)
        {
            limiet.Controleer(clientAdres);
        }

        if (!string.IsNullOrEmpty(invoer.Website))
        {
            // The honeypot was filled in: a robot. It gets an answer that looks like success, with a code from a random
            // key — never the code of its key, which may be a stored reactie's. Nothing is stored or revealed.
            return new ReactieResultaat(true, await ontvangstcodes.MaakAsync(uitvraag.Id, Guid.NewGuid().ToString(), cancellationToken), nu, []);
        }

        if (bestaand is not null)
        {
            return Hergebruikt();
        }

        var code = await ontvangstcodes.MaakAsync(uitvraag.Id, sleutel, cancellationToken);
        reactie.OntvangstcodeHash = Ontvangstcodes.Hash(code);
        db.Reacties.Add(reactie);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException fout) when (IsUniekeSchending(fout))
        {
            // A request with the same key won the race: its result if it is the same reactie, else the key is taken.
            await using var opnieuw = await databank.CreateDbContextAsync(cancellationToken);
            var winnaar = await BestaandAsync(opnieuw, uitvraag.Id, sleutel, cancellationToken) ?? throw new InvalidOperationException("Unique key violated but no reactie found.", fout);
            return winnaar.InhoudHash == reactie.InhoudHash ? await OpgeslagenAsync(uitvraag.Id, sleutel, winnaar, cancellationToken) : Hergebruikt();
        }

        return new ReactieResultaat(true, code, nu, []);
    }

    public async Task<bool> TrekInAsync(string ontvangstcode, string? clientAdres, CancellationToken cancellationToken)
    {
        limiet.Controleer(clientAdres);
        var hash = Ontvangstcodes.Hash(ontvangstcode);
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        return await db.Reacties.Where(r => r.OntvangstcodeHash == hash).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    private sealed record Bestaand(string? InhoudHash, string OntvangstcodeHash, DateTime IngediendOp);

    private static Task<Bestaand?> BestaandAsync(SociaalNetwerkDbContext db, int uitvraagId, string sleutel, CancellationToken cancellationToken) =>
        db.Reacties.AsNoTracking().Where(r => r.UitvraagId == uitvraagId && r.IdempotentieSleutel == sleutel)
            .Select(r => new Bestaand(r.InhoudHash, r.OntvangstcodeHash, r.IngediendOp)).FirstOrDefaultAsync(cancellationToken);

    private async Task<ReactieResultaat> OpgeslagenAsync(int uitvraagId, string sleutel, Bestaand bestaand, CancellationToken cancellationToken) =>
        new(true, await ontvangstcodes.VanOpgeslagenAsync(uitvraagId, sleutel, bestaand.OntvangstcodeHash, cancellationToken), bestaand.IngediendOp, []);

    private ReactieResultaat Hergebruikt() =>
        new(false, null, null, [new Veldfout(null, "idempotentieSleutel", SleutelHergebruikt, regels.Bericht("REACTIE_" + SleutelHergebruikt))]);

    private static string? Leeg(string? tekst) => string.IsNullOrWhiteSpace(tekst) ? null : tekst.Trim();

    private static bool IsUniekeSchending(DbUpdateException fout) =>
        fout.InnerException is SqliteException { SqliteErrorCode: 19 };
}
