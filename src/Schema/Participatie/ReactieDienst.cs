using System.Threading.RateLimiting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.Schema.Participatie;

public sealed class ParticipatieOpties
{
    public const string Sectie = "Participatie";

    /// <summary>Submissions and withdrawals per client address per minute; a person filling in a form needs one or two.</summary>
    public int InzendingenPerMinuut { get; set; } = 10;

    /// <summary>How often the retention purge (<see cref="BewaartermijnOpruimer"/>) runs; it also runs at start-up.</summary>
    public TimeSpan BewaartermijnInterval { get; set; } = TimeSpan.FromHours(1);
}

public sealed record ReactieResultaat(bool Gelukt, string? Ontvangstcode, DateTime? IngediendOp, IReadOnlyList<Veldfout> Fouten);

/// <summary>
/// Stores reacties so that none is lost or doubled: the idempotency key is unique per uitvraag in the database, so
/// a retry — even one racing the first request — returns the first result and stores nothing new. The
/// <see cref="InzendLimiet"/> counts attempts to store a new reactie (and withdrawals), not retries of stored ones.
/// </summary>
public sealed class ReactieDienst(
    IDbContextFactory<SociaalNetwerkDbContext> databank,
    ReactieRegels regels,
    Ontvangstcodes ontvangstcodes,
    InzendLimiet limiet,
    TimeProvider klok)
{
    public async Task<ReactieResultaat> DienInAsync(ReactieInvoer invoer, Gebruiker gebruiker, string? clientAdres, CancellationToken cancellationToken)
    {
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        var uitvraagId = GlobalId.LeesInt(invoer.UitvraagId, nameof(Uitvraag));
        var uitvraag = await db.Uitvragen.AsNoTracking().Include(u => u.Vragen).ThenInclude(v => v.Opties)
            .AsSplitQuery().FirstOrDefaultAsync(u => u.Id == uitvraagId, cancellationToken);
        if (uitvraag is null || !Zichtbaarheid.MagZien(gebruiker, uitvraag))
        {
            throw new SociaalNetwerkException(FoutCodes.NietGevonden, invoer.UitvraagId);
        }

        var kanaal = invoer.Kanaal ?? Kanaal.Online;
        var nu = klok.GetUtcNow().UtcDateTime;
        if (kanaal != Kanaal.Online)
        {
            gebruiker.Vereis(gebruiker.IsTeamVan(uitvraag.ParticipatietrajectId));
        }
        else if (!uitvraag.IsOpen(nu))
        {
            throw new SociaalNetwerkException(FoutCodes.UitvraagNietOpen);
        }

        var sleutel = invoer.IdempotentieSleutel.Trim();
        if (await BestaandAsync(db, uitvraag.Id, sleutel, cancellationToken) is { } bestaand)
        {
            return bestaand;
        }

        // Only now the limit: a retry of a stored reactie stores nothing new, and a respondent whose connection
        // failed after the first attempt must still get their ontvangstcode, however often they have tried.
        // The traject's team is exempt: it enters a stack of paper forms from one address, under its own key.
        if (!gebruiker.IsTeamVan(uitvraag.ParticipatietrajectId))
        {
            limiet.Controleer(clientAdres);
        }

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

        if (fouten.Count > 0)
        {
            return new ReactieResultaat(false, null, null, fouten);
        }

        var code = await ontvangstcodes.MaakAsync(uitvraag.Id, sleutel, cancellationToken);
        if (!string.IsNullOrEmpty(invoer.Website))
        {
            // The honeypot was filled in: a robot. It gets an answer that looks like success; nothing is stored.
            return new ReactieResultaat(true, code, nu, []);
        }

        var contact = invoer.Contact is { Toestemming: true } c && uitvraag.ContactgegevensVragen ? c : null;
        db.Reacties.Add(new Reactie
        {
            UitvraagId = uitvraag.Id,
            IdempotentieSleutel = sleutel,
            OntvangstcodeHash = Ontvangstcodes.Hash(code),
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
        });

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException fout) when (IsUniekeSchending(fout))
        {
            // A retry with the same key won the race: return what it stored.
            await using var opnieuw = await databank.CreateDbContextAsync(cancellationToken);
            return await BestaandAsync(opnieuw, uitvraag.Id, sleutel, cancellationToken) ?? throw new InvalidOperationException("Unique key violated but no reactie found.", fout);
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

    private async Task<ReactieResultaat?> BestaandAsync(SociaalNetwerkDbContext db, int uitvraagId, string sleutel, CancellationToken cancellationToken)
    {
        var bestaand = await db.Reacties.AsNoTracking().Where(r => r.UitvraagId == uitvraagId && r.IdempotentieSleutel == sleutel)
            .Select(r => new { r.IngediendOp }).FirstOrDefaultAsync(cancellationToken);
        return bestaand is null ? null : new ReactieResultaat(true, await ontvangstcodes.MaakAsync(uitvraagId, sleutel, cancellationToken), bestaand.IngediendOp, []);
    }

    private static string? Leeg(string? tekst) => string.IsNullOrWhiteSpace(tekst) ? null : tekst.Trim();

    private static bool IsUniekeSchending(DbUpdateException fout) =>
        fout.InnerException is SqliteException { SqliteErrorCode: 19 };
}

/// <summary>The ASP.NET Core rate limiter (System.Threading.RateLimiting), partitioned by client address.</summary>
public sealed class InzendLimiet(IOptions<ParticipatieOpties> opties) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(adres =>
        RateLimitPartition.GetFixedWindowLimiter(adres, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, opties.Value.InzendingenPerMinuut),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    public void Controleer(string? clientAdres)
    {
        using var lease = _limiter.AttemptAcquire(clientAdres ?? "onbekend");
        if (!lease.IsAcquired)
        {
            throw new SociaalNetwerkException(FoutCodes.TeVeelVerzoeken);
        }
    }

    public void Dispose() => _limiter.Dispose();
}
