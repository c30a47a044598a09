using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.Schema.Data;

namespace SociaalNetwerk.GraphApi.Beheer;

/// <summary>
/// A "new …" form of the portal (activity, traject, uitvraag) adds once: the form carries a fresh key in a hidden field
/// (kept while it comes back with errors), and a second post of the same form (a double click, a resubmit after a slow
/// answer, the back button) gets the page of what the first one added instead of adding a second (the portal cannot
/// delete activities or uitvragen). Per account and key, in the database (<see cref="Formulierinzending"/>), so it holds
/// across every instance on it: the first post inserts the row (one atomic <c>INSERT … ON CONFLICT DO NOTHING</c>, the
/// same SQL on SQLite and PostgreSQL), a later or simultaneous one finds it and waits for its page.
/// </summary>
public static class EenmaalPerFormulier
{
    /// <summary>How long a form's key answers a second post of that form with the page of what the first one added.</summary>
    public static readonly TimeSpan Onthouden = TimeSpan.FromHours(1);

    /// <summary>
    /// How long another post waits for a first one that is still adding; a first post still busy after this is taken to
    /// have died with its process (adding one activity or uitvraag takes well under a second), and the waiting post adds.
    /// </summary>
    public static readonly TimeSpan Bezig = TimeSpan.FromMinutes(2);

    private static readonly TimeSpan Wachttijd = TimeSpan.FromMilliseconds(100);

    /// <summary>A fresh key for a new form.</summary>
    public static string NieuweSleutel() => Guid.NewGuid().ToString("N");

    /// <summary>
    /// Adds once per form: <paramref name="voegToe"/> runs for the first post of a form's key and gives the page of what
    /// it added (null when it added nothing: the form had errors, and may be sent again corrected). A later or
    /// simultaneous post with that key, on this instance or another, gets that page without adding again. Without a key
    /// (or as no account) it simply runs. The database is the request's (<paramref name="http"/>).
    /// </summary>
    public static async Task<string?> VoegToeAsync(HttpContext http, string wie, string sleutel, Func<Task<string?>> voegToe)
    {
        if (wie.Length is 0 or > Formulierinzending.MaxWie || !Guid.TryParse(sleutel, out var guid))
        {
            return await voegToe();
        }

        var databank = http.RequestServices.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>();
        var formulier = guid.ToString("N");
        while (true)
        {
            var (stand, pad) = await ProbeerAsync(databank, wie, formulier);
            if (stand == Stand.Eerste)
            {
                break;
            }

            if (pad is not null)
            {
                return pad;
            }

            if (stand == Stand.Bezig)
            {
                await Task.Delay(Wachttijd, http.RequestAborted);
            }
        }

        string? toegevoegd;
        try
        {
            toegevoegd = await voegToe();
        }
        catch (Exception)
        {
            // Nothing added: a post of the form that waits, or comes later, tries for itself.
            await using var opnieuw = await databank.CreateDbContextAsync(CancellationToken.None);
            await Rij(opnieuw, wie, formulier).ExecuteDeleteAsync(CancellationToken.None);
            throw;
        }

        await using var db = await databank.CreateDbContextAsync(CancellationToken.None);
        if (toegevoegd is null || toegevoegd.Length > Formulierinzending.MaxPad)
        {
            // Without a page the post added nothing (its errors are the next one's too): the next checks and adds as usual.
            await Rij(db, wie, formulier).ExecuteDeleteAsync(CancellationToken.None);
        }
        else
        {
            await Rij(db, wie, formulier).ExecuteUpdateAsync(s => s.SetProperty(f => f.Pad, toegevoegd), CancellationToken.None);
        }

        return toegevoegd;
    }

    private enum Stand
    {
        /// <summary>This post is the form's first: it adds.</summary>
        Eerste,

        /// <summary>An earlier post of the form added, or is adding.</summary>
        Bezig,

        /// <summary>The earlier post's row went (it added nothing) between two statements: try again at once.</summary>
        Opnieuw,
    }

    /// <summary>
    /// One try to be the form's first post, or the page an earlier one added. Not cancelled with the request: a post
    /// whose row is in must also write its page, or the next post of the form would wait for it.
    /// </summary>
    private static async Task<(Stand Stand, string? Pad)> ProbeerAsync(IDbContextFactory<SociaalNetwerkDbContext> databank, string wie, string formulier)
    {
        // The wall clock, not the app's TimeProvider: instances compare these moments with each other.
        var nu = DateTime.UtcNow;
        var vergeten = nu - Onthouden;
        await using var db = await databank.CreateDbContextAsync(CancellationToken.None);
        await db.Formulierinzendingen.Where(f => f.Sinds < vergeten).ExecuteDeleteAsync(CancellationToken.None);
        var ingevoegd = await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "Formulierinzendingen" ("Wie", "Sleutel", "Sinds") VALUES ({wie}, {formulier}, {nu})
            ON CONFLICT ("Wie", "Sleutel") DO NOTHING
            """,
            CancellationToken.None);
        if (ingevoegd == 1)
        {
            return (Stand.Eerste, null);
        }

        var eerder = await Rij(db, wie, formulier).AsNoTracking().Select(f => new { f.Pad, f.Sinds }).FirstOrDefaultAsync(CancellationToken.None);
        if (eerder is null)
        {
            return (Stand.Opnieuw, null);
        }

        if (eerder.Pad is not null)
        {
            return (Stand.Bezig, eerder.Pad);
        }

        // A first post still busy after Bezig died with its process: this one takes its place (one of several waiting does).
        var sinds = eerder.Sinds;
        var overgenomen = nu - sinds > Bezig && await Rij(db, wie, formulier)
            .Where(f => f.Pad == null && f.Sinds == sinds)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.Sinds, nu), CancellationToken.None) == 1;
        return (overgenomen ? Stand.Eerste : Stand.Bezig, null);
    }

    private static IQueryable<Formulierinzending> Rij(SociaalNetwerkDbContext db, string wie, string formulier) =>
        db.Formulierinzendingen.Where(f => f.Wie == wie && f.Sleutel == formulier);
}
