using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.Schema.Data;

namespace SociaalNetwerk.Schema.Participatie;

/// <summary>What one run of the retention purge changed.</summary>
/// <param name="Reacties">Reacties whose contact details were removed and that were stamped <see cref="Reactie.PersoonsgegevensVerwijderdOp"/>.</param>
/// <param name="OpenAntwoorden">Answers to open questions whose text was removed.</param>
public sealed record OpruimResultaat(int Reacties, int OpenAntwoorden);

/// <summary>
/// Removes personal data from the reacties of every uitvraag whose retention period (<see cref="Uitvraag.BewaarTot"/>)
/// has passed: the contact details (name, e-mail, phone) and the text of answers to open questions, which may say
/// anything about anyone. Everything results are made of stays: chosen options, scale values, wijk, doelgroep,
/// kanaal, and own factors. Own factors stay whole (text and normalised text): they are short (at most
/// <see cref="ReactieRegels.MaxEigenFactorLengte"/> characters) answers to "name a factor", they are counted in the
/// results, and the normalised text would carry the same words anyway. The row of an open answer stays with its
/// text set to null, so "how many people answered the open question" can still be counted.
/// </summary>
/// <remarks>
/// Set-based (two UPDATE statements in one transaction) and idempotent: a run changes only what an earlier run has
/// not, so it also catches reacties the team entered from paper after the term had passed.
/// </remarks>
public sealed class BewaartermijnOpruimer(IDbContextFactory<SociaalNetwerkDbContext> databank, TimeProvider klok)
{
    public async Task<OpruimResultaat> RuimOpAsync(CancellationToken cancellationToken)
    {
        var nu = klok.GetUtcNow().UtcDateTime;
        await using var db = await databank.CreateDbContextAsync(cancellationToken);

        // BewaarTot is computed; the closed uitvragen are few, so the term is compared here rather than with
        // date arithmetic in SQL, which every database provider spells differently.
        var verlopen = (await db.Uitvragen.AsNoTracking().Where(u => u.OpenTot <= nu).ToListAsync(cancellationToken))
            .Where(u => u.BewaarTot <= nu)
            .Select(u => u.Id)
            .ToList();
        if (verlopen.Count == 0)
        {
            return new OpruimResultaat(0, 0);
        }

        var openVragen = db.Vragen.Where(v => verlopen.Contains(v.UitvraagId) && v.Type == VraagType.OpenTekst).Select(v => v.Id);
        await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
        var antwoorden = await db.Antwoorden
            .Where(a => openVragen.Contains(a.VraagId) && (a.Tekst != null || a.GenormaliseerdeTekst != null))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Tekst, (string?)null).SetProperty(a => a.GenormaliseerdeTekst, (string?)null), cancellationToken);
        var reacties = await db.Reacties
            .Where(r => verlopen.Contains(r.UitvraagId) && r.PersoonsgegevensVerwijderdOp == null)
            .ExecuteUpdateAsync(
                s => s.SetProperty(r => r.ContactNaam, (string?)null)
                    .SetProperty(r => r.ContactEmail, (string?)null)
                    .SetProperty(r => r.ContactTelefoon, (string?)null)
                    .SetProperty(r => r.PersoonsgegevensVerwijderdOp, nu),
                cancellationToken);
        if (antwoorden + reacties > 0)
        {
            // Past the change tracker, and only in the reacties area: the reacties version changes, in this transaction.
            await Dataversie.VerhoogAsync(db, cancellationToken, Gebied.Reacties);
        }

        await transactie.CommitAsync(cancellationToken);
        return new OpruimResultaat(reacties, antwoorden);
    }
}
