using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Resources;
using SociaalNetwerk.Schema.Toegang;
using SociaalNetwerk.Schema.Wijzigingen;

namespace SociaalNetwerk.Schema.Redactie;

/// <summary>
/// The one script of every editing mutation: authorise → transaction → load (or make) → validate and apply → save →
/// result. A mutation states only what differs: who may, what it loads and how it applies its input. Nothing is stored
/// while the <see cref="Veldcontrole"/> holds a problem; the problems are the <see cref="WijzigResultaat{T}"/> then.
/// Free of GraphQL types: the GraphQL mutations and (later) the portal's forms call the same domain services with the
/// same <see cref="Gebruiker"/>.
/// </summary>
/// <remarks>
/// Each change runs in one transaction (SQLite's write lock is taken at its start), so a unique name or a membership is
/// checked and stored together. Errors that are not about a field (UNAUTHENTICATED, FORBIDDEN, INVALID_ID of the object
/// itself, NOT_FOUND) are thrown as <see cref="SociaalNetwerkException"/>.
/// </remarks>
public sealed class Bewerker(IDbContextFactory<SociaalNetwerkDbContext> databank, IStringLocalizer<Berichten> berichten, TimeProvider klok)
{
    /// <summary>
    /// Adds a new object: <paramref name="maak"/> makes it (and notes the fields adding needs), <paramref name="pasToe"/>
    /// applies the input; without problems it is added and stored. <paramref name="opgeslagen"/> runs after the save,
    /// inside the transaction.
    /// </summary>
    public Task<WijzigResultaat<T>> VoegToeAsync<T>(
        Gebruiker gebruiker, bool toegestaan, Func<Bewerking, Task<T>> maak, Func<Bewerking, T, Task> pasToe, CancellationToken cancellationToken, Func<Bewerking, T, Task>? opgeslagen = null)
        where T : class => VoerUitAsync(gebruiker, toegestaan, maak, pasToe, nieuw: true, opgeslagen, cancellationToken);

    /// <summary>
    /// Changes a stored object: <paramref name="laad"/> loads it tracked (throwing NOT_FOUND or FORBIDDEN),
    /// <paramref name="pasToe"/> applies the input; without problems the change is stored.
    /// </summary>
    public Task<WijzigResultaat<T>> WijzigAsync<T>(
        Gebruiker gebruiker, bool toegestaan, Func<Bewerking, Task<T>> laad, Func<Bewerking, T, Task> pasToe, CancellationToken cancellationToken, Func<Bewerking, T, Task>? opgeslagen = null)
        where T : class => VoerUitAsync(gebruiker, toegestaan, laad, pasToe, nieuw: false, opgeslagen, cancellationToken);

    /// <summary>
    /// Removes a stored object that <paramref name="laad"/> loads tracked (throwing NOT_FOUND or FORBIDDEN); answers
    /// with <paramref name="resultaat"/>, read after the removal inside the same transaction.
    /// </summary>
    public Task<TResultaat> VerwijderAsync<T, TResultaat>(
        Gebruiker gebruiker, bool toegestaan, Func<Bewerking, Task<T>> laad, Func<Bewerking, T, Task<TResultaat>> resultaat, CancellationToken cancellationToken)
        where T : class => InTransactieAsync(gebruiker, toegestaan, async bewerking =>
        {
            var waarde = await laad(bewerking);
            bewerking.Db.Remove(waarde);
            await BewaarAsync(bewerking);
            return await resultaat(bewerking, waarde);
        }, cancellationToken);

    /// <summary>
    /// A dry run of an add (<paramref name="nieuw"/>) or a change: the same rights, loading, input and checks as
    /// <see cref="VoegToeAsync{T}"/> and <see cref="WijzigAsync{T}"/>, then <paramref name="bekijk"/> on the object as it
    /// would be stored (inside the transaction, to read what it refers to); nothing is saved and the transaction is
    /// rolled back. The portal's preview.
    /// </summary>
    public Task<WijzigResultaat<T>> ProbeerAsync<T>(
        Gebruiker gebruiker, bool toegestaan, Func<Bewerking, Task<T>> laad, Func<Bewerking, T, Task> pasToe, Func<Bewerking, T, Task> bekijk, CancellationToken cancellationToken)
        where T : class => InTransactieAsync(gebruiker, toegestaan, async bewerking =>
        {
            var waarde = await laad(bewerking);
            await pasToe(bewerking, waarde);
            if (bewerking.Controle.HeeftFouten)
            {
                return WijzigResultaat<T>.Mislukt(bewerking.Controle.Fouten);
            }

            await bekijk(bewerking, waarde);
            bewerking.Db.ChangeTracker.Clear();
            return WijzigResultaat<T>.Klaar(waarde);
        }, cancellationToken, bewaar: false);

    private Task<WijzigResultaat<T>> VoerUitAsync<T>(
        Gebruiker gebruiker, bool toegestaan, Func<Bewerking, Task<T>> laad, Func<Bewerking, T, Task> pasToe, bool nieuw, Func<Bewerking, T, Task>? opgeslagen, CancellationToken cancellationToken)
        where T : class => InTransactieAsync(gebruiker, toegestaan, async bewerking =>
        {
            var waarde = await laad(bewerking);
            await pasToe(bewerking, waarde);
            if (bewerking.Controle.HeeftFouten)
            {
                return WijzigResultaat<T>.Mislukt(bewerking.Controle.Fouten);
            }

            if (nieuw)
            {
                bewerking.Db.Add(waarde);
            }

            await BewaarAsync(bewerking);
            if (opgeslagen is not null)
            {
                await opgeslagen(bewerking, waarde);
            }

            return WijzigResultaat<T>.Klaar(waarde);
        }, cancellationToken);

    /// <summary>
    /// Checks the right, opens the database and its transaction and runs <paramref name="werk"/> in it; commits only
    /// when the <see cref="Veldcontrole"/> holds no problem (otherwise the transaction is rolled back on disposal).
    /// </summary>
    private async Task<TUitkomst> InTransactieAsync<TUitkomst>(Gebruiker gebruiker, bool toegestaan, Func<Bewerking, Task<TUitkomst>> werk, CancellationToken cancellationToken, bool bewaar = true)
    {
        gebruiker.Vereis(toegestaan);
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
        var bewerking = new Bewerking(db, new Veldcontrole(berichten), gebruiker, cancellationToken);
        var uitkomst = await werk(bewerking);
        if (bewaar && !bewerking.Controle.HeeftFouten)
        {
            await transactie.CommitAsync(cancellationToken);
        }

        return uitkomst;
    }

    /// <summary>
    /// Stores the validated change. This is the one place every edit passes before it is stored, and so where the audit
    /// log is written (<see cref="Wijzigingslog"/>): who (<see cref="Bewerking.Gebruiker"/>, an account or a key's
    /// kenmerk), what (the entries of <c>Db.ChangeTracker</c>, read before the save, and the keys of added rows, known
    /// after it), when (the clock), in the same transaction, so a change that is rolled back leaves no entry.
    /// </summary>
    private async Task BewaarAsync(Bewerking bewerking) =>
        await Wijzigingslog.BewaarAsync(bewerking.Db, bewerking.Gebruiker, klok.GetUtcNow().UtcDateTime, bewerking.CancellationToken);
}

/// <summary>One edit in progress: the database inside its transaction, the problems found so far and who is editing.</summary>
public sealed class Bewerking(SociaalNetwerkDbContext db, Veldcontrole controle, Gebruiker gebruiker, CancellationToken cancellationToken)
{
    public SociaalNetwerkDbContext Db { get; } = db;

    public Veldcontrole Controle { get; } = controle;

    public Gebruiker Gebruiker { get; } = gebruiker;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>
    /// The tracked row of a global id, with <paramref name="metErbij"/> (such as <c>Include</c>s): INVALID_ID for a
    /// malformed id or one of another type, NOT_FOUND for a row that does not exist.
    /// </summary>
    public async Task<T> LaadAsync<T>(string id, Func<IQueryable<T>, IQueryable<T>>? metErbij = null)
        where T : class, IEntiteit
    {
        var sleutel = GlobalId.LeesInt(id, typeof(T).Name);
        var rijen = metErbij is null ? Db.Set<T>() : metErbij(Db.Set<T>());
        return await rijen.FirstOrDefaultAsync(e => e.Id == sleutel, CancellationToken)
            ?? throw new SociaalNetwerkException(FoutCodes.NietGevonden, id);
    }

    /// <summary>
    /// The key of a referenced row, or null for no reference: INVALID_ID for a malformed id, <paramref name="onbekend"/>
    /// for a row that does not exist (or does not meet <paramref name="voorwaarde"/>).
    /// </summary>
    public async Task<int?> VerwijzingAsync<T>(string veld, string? globalId, string onbekend, Expression<Func<T, bool>>? voorwaarde = null)
        where T : class, IEntiteit
    {
        if (globalId is null || Controle.Id(veld, globalId, typeof(T).Name) is not { } id)
        {
            return null;
        }

        var rijen = voorwaarde is null ? Db.Set<T>() : Db.Set<T>().Where(voorwaarde);
        if (!await rijen.AnyAsync(e => e.Id == id, CancellationToken))
        {
            Controle.Fout(veld, onbekend, globalId);
            return null;
        }

        return id;
    }
}

public static class RedactieServiceCollectionExtensions
{
    public static IServiceCollection AddRedactie(this IServiceCollection services) => services.AddScoped<Bewerker>();
}
