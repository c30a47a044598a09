using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using SociaalNetwerk.Schema.Agenda;
using SociaalNetwerk.Schema.Kenmerken;

namespace SociaalNetwerk.Schema.Data;

/// <summary>
/// How much demo data: <see cref="Schaal"/> times the organisations' activities, and <see cref="Geschiedenis"/> days of
/// past occurrences (the CLI's <c>demo-data reset --schaal N --geschiedenis D</c>). <see cref="Standaard"/> is the
/// ordinary demo set.
/// </summary>
public readonly record struct DemoOmvang(int Schaal, int Geschiedenis)
{
    public const int MaximaleSchaal = 1000;

    /// <summary>Ten years.</summary>
    public const int MaximaleGeschiedenis = 3653;

    public static DemoOmvang Standaard { get; } = new(1, 0);
}

public static partial class DemoData
{
    /// <summary>
    /// The demo data set <see cref="DemoOmvang.Schaal"/> times over, with <see cref="DemoOmvang.Geschiedenis"/> days of
    /// history, for measuring at scale: each copy of an activity has another place (and so wijk, with the wijk's name in
    /// the title), another weekday and hour, a slightly different set of thema's; open-ended series begin
    /// <see cref="DemoOmvang.Geschiedenis"/> days ago (their dates from today on are those of the ordinary set), and
    /// every one-off activity also has an earlier edition on a past date in that period. The occurrences are planned by
    /// <see cref="VoorkomenPlanner"/> as the server plans them at <paramref name="nuUtc"/>, each series up to its own
    /// horizon (<see cref="VoorkomenPlanner.PlanTotVoor"/>), and stored with multi-row inserts; everything is saved in one
    /// transaction. Deterministic, like the ordinary set.
    /// </summary>
    /// <returns>The number of activities and of occurrences stored.</returns>
    public static async Task<(int Activiteiten, int Voorkomens)> ZaaiAsync(SociaalNetwerkDbContext db, DateOnly vandaag, DemoOmvang omvang, DateTime nuUtc, CancellationToken cancellationToken = default)
    {
        if (omvang.Schaal is < 1 or > DemoOmvang.MaximaleSchaal || omvang.Geschiedenis is < 0 or > DemoOmvang.MaximaleGeschiedenis)
        {
            throw new ArgumentOutOfRangeException(nameof(omvang));
        }

        await ControleerLeegAsync(db, cancellationToken);
        var z = Bouw(vandaag);
        Vermenigvuldig(z, omvang.Schaal);
        if (omvang.Geschiedenis > 0)
        {
            VoegGeschiedenisToe(z, omvang.Geschiedenis);
        }

        // Plan every activity once (on both cores: Ical.Net does the work), up to the full horizon, so holidays found among
        // the dates of a series are cancelled as SlaFeestdagenOver does for the ordinary set; once the ids exist, each
        // series keeps the dates before its own horizon (below).
        var activiteiten = z.Activiteiten;
        var gepland = new IReadOnlyList<Voorkomen>[activiteiten.Count];
        Parallel.For(0, activiteiten.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var activiteit = activiteiten[i];
            var (voorkomens, geplandTot) = VoorkomenPlanner.PlanTot(activiteit, nuUtc + VoorkomenPlanner.Horizon);
            activiteit.VoorkomensTot = geplandTot;
            if (activiteit.Herhaling is { } herhaling)
            {
                var feestdagen = voorkomens.Select(v => AmsterdamTijd.LokaleDatum(v.Start)).Where(IsFeestdag).ToList();
                herhaling.GeannuleerdeDatums = herhaling.GeannuleerdeDatums.Union(feestdagen).Order().ToList();
                foreach (var voorkomen in voorkomens)
                {
                    voorkomen.Geannuleerd |= feestdagen.Contains(AmsterdamTijd.LokaleDatum(voorkomen.Start));
                }
            }

            gepland[i] = voorkomens;
        });

        StempelGewijzigdOp(z);

        var strategie = db.Database.CreateExecutionStrategy();
        var aantalVoorkomens = 0;
        await strategie.ExecuteAsync(async () =>
        {
            await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
            db.Wijken.AddRange(z.Wijken.Values);
            db.Locaties.AddRange(z.Locaties.Values);
            db.Organisaties.AddRange(z.Organisaties.Values);
            db.Netwerken.AddRange(z.Netwerken.Values);
            db.Activiteiten.AddRange(activiteiten);
            await db.SaveChangesAsync(cancellationToken);

            // The ids exist now: each series is cut back to its own horizon, which the server spreads over the days of a
            // week by id (VoorkomenPlanner.PlanTotVoor), and noted so (an update per series, in this transaction): what
            // PlanTot up to that instant gives, so the server's background planner extends about a seventh a day.
            for (var i = 0; i < activiteiten.Count; i++)
            {
                if (activiteiten[i].Herhaling is null)
                {
                    continue;
                }

                var eigen = VoorkomenPlanner.PlanTotVoor(activiteiten[i].Id, nuUtc);
                var binnen = gepland[i].Where(v => v.Start < eigen).ToList();
                activiteiten[i].VoorkomensTot = activiteiten[i].VoorkomensTot == VoorkomenPlanner.Compleet && binnen.Count == gepland[i].Count ? VoorkomenPlanner.Compleet : eigen;
                gepland[i] = binnen;
            }

            await db.SaveChangesAsync(cancellationToken);

            // The occurrences go in activity by activity, as the server writes them.
            var voorkomens = new List<Voorkomen>(gepland.Sum(g => g.Count));
            for (var i = 0; i < activiteiten.Count; i++)
            {
                foreach (var voorkomen in gepland[i])
                {
                    voorkomen.ActiviteitId = activiteiten[i].Id;
                    voorkomens.Add(voorkomen);
                }
            }

            aantalVoorkomens = await VoegToeInBulkAsync(db, voorkomens, cancellationToken);
            await ZaaiParticipatieAsync(db, z, cancellationToken);
            await transactie.CommitAsync(cancellationToken);
        });

        db.ChangeTracker.Clear();
        return (activiteiten.Count, aantalVoorkomens);
    }

    /// <summary>Adds <paramref name="schaal"/> − 1 variants of every activity of the ordinary set.</summary>
    private static void Vermenigvuldig(Zaaisel z, int schaal)
    {
        var basis = z.Activiteiten.ToList();
        var locaties = z.Locaties.Values.ToList();
        var themas = Enum.GetValues<Thema>();
        for (var k = 1; k < schaal; k++)
        {
            for (var i = 0; i < basis.Count; i++)
            {
                z.Voeg(Variant(z, basis[i], i, k, locaties, themas));
            }
        }
    }

    /// <summary>Copy <paramref name="k"/> of activity <paramref name="i"/>: elsewhere, on another day and hour.</summary>
    private static Activiteit Variant(Zaaisel z, Activiteit bron, int i, int k, List<Wijken.Locatie> locaties, Thema[] themas)
    {
        var kopie = Kopie(bron);

        if (bron.Locatie is { } locatie)
        {
            var andere = locaties[(locaties.IndexOf(locatie) + (k * 7) + i) % locaties.Count];
            kopie.Locatie = andere;
            kopie.Rolstoeltoegankelijk = andere.Rolstoeltoegankelijk;
            kopie.Ringleiding = andere.Ringleiding;
            kopie.Titel = bron.Titel.Contains(locatie.Wijk!.Naam, StringComparison.Ordinal)
                ? bron.Titel.Replace(locatie.Wijk.Naam, andere.Wijk!.Naam, StringComparison.Ordinal)
                : $"{bron.Titel} ({andere.Wijk!.Naam})";
        }
        else
        {
            kopie.Titel = string.Create(CultureInfo.InvariantCulture, $"{bron.Titel} (groep {k + 1})");
        }

        kopie.Themas = (k % 4) switch
        {
            1 => [.. bron.Themas, .. bron.Themas.Contains(themas[(i + k) % themas.Length]) ? Array.Empty<Thema>() : [themas[(i + k) % themas.Length]]],
            2 when bron.Themas.Count > 1 => [bron.Themas[0]],
            3 => [.. Enumerable.Reverse(bron.Themas)],
            _ => [.. bron.Themas],
        };

        int[] uren = [0, 1, -1, 2, -2];
        var uur = uren[k % uren.Length];
        var lokaleStart = AmsterdamTijd.NaarLokaal(bron.Start);
        var lokaalEind = AmsterdamTijd.NaarLokaal(bron.Eind);
        if (lokaleStart.Hour + uur < 7 || lokaalEind.Hour + uur > 22 || lokaalEind.Date != lokaleStart.Date)
        {
            uur = 0;
        }

        var dagen = 0;
        var datum = DateOnly.FromDateTime(lokaleStart);
        switch (kopie.Herhaling)
        {
            case null:
                dagen = ((k * 11) + i) % 84;
                datum = BuitenDeFeestdagen(datum.AddDays(dagen), z.Vandaag);
                break;
            case { Frequentie: Frequentie.Wekelijks } herhaling:
                dagen = k % 7;
                datum = datum.AddDays(dagen);
                herhaling.Weekdagen = [.. herhaling.Weekdagen.Select(d => (DayOfWeek)(((int)d + dagen) % 7))];
                break;
            case { Frequentie: Frequentie.Maandelijks, WeekVanDeMaand: { } week } herhaling:
                dagen = k % 7;
                var weekdag = (DayOfWeek)(((int)datum.DayOfWeek + dagen) % 7);
                herhaling.Weekdagen = [weekdag];
                datum = InMaand(datum.Year, datum.Month, weekdag, week);
                if (datum < z.Vandaag)
                {
                    var volgende = datum.AddMonths(1);
                    datum = InMaand(volgende.Year, volgende.Month, weekdag, week);
                }

                // Other dates than the source's: its cancelled dates do not apply.
                herhaling.GeannuleerdeDatums = [];
                herhaling.AnnuleringRedenen = [];
                dagen = 0;
                break;
        }

        if (kopie.Herhaling is { } h && dagen != 0)
        {
            h.GeannuleerdeDatums = [.. h.GeannuleerdeDatums.Select(d => d.AddDays(dagen))];
            h.AnnuleringRedenen = [.. h.AnnuleringRedenen.Select(r => new DatumReden { Datum = r.Datum.AddDays(dagen), Reden = r.Reden })];
            h.TotEnMet = h.TotEnMet?.AddDays(dagen);
        }

        var duur = bron.Eind - bron.Start;
        kopie.Start = AmsterdamTijd.NaarUtc(datum.ToDateTime(TimeOnly.FromDateTime(lokaleStart)).AddHours(uur));
        kopie.Eind = kopie.Start + duur;
        return kopie;
    }

    /// <summary>
    /// Open-ended series start <paramref name="dagen"/> days earlier (a whole number of periods, so their dates from
    /// today on stay as they were); courses with a number of dates stay as they are; every one-off activity gets an
    /// earlier edition on a past date within the period.
    /// </summary>
    private static void VoegGeschiedenisToe(Zaaisel z, int dagen)
    {
        var grens = z.Vandaag.AddDays(-dagen);
        var eenmalig = 0;
        foreach (var activiteit in z.Activiteiten.ToList())
        {
            var lokaleStart = AmsterdamTijd.NaarLokaal(activiteit.Start);
            var datum = DateOnly.FromDateTime(lokaleStart);
            var tijd = TimeOnly.FromDateTime(lokaleStart);
            var duur = activiteit.Eind - activiteit.Start;
            DateOnly nieuweDatum;
            switch (activiteit.Herhaling)
            {
                case { Aantal: not null }:
                    continue;
                case { Frequentie: Frequentie.Wekelijks } herhaling:
                    var periode = 7 * Math.Max(1, herhaling.Interval);
                    nieuweDatum = datum.AddDays(-periode * (int)Math.Ceiling((datum.DayNumber - grens.DayNumber) / (double)periode));
                    break;
                case { Frequentie: Frequentie.Maandelijks } herhaling:
                    var stap = Math.Max(1, herhaling.Interval);
                    var maanden = stap;
                    nieuweDatum = EerderInMaand(datum, maanden, herhaling.WeekVanDeMaand);
                    while (nieuweDatum > grens)
                    {
                        maanden += stap;
                        nieuweDatum = EerderInMaand(datum, maanden, herhaling.WeekVanDeMaand);
                    }

                    break;
                default:
                    var editie = Kopie(activiteit);
                    var terug = 1 + (int)((eenmalig++ * 37L) % dagen);
                    editie.Start = AmsterdamTijd.NaarUtc(z.Vandaag.AddDays(-terug).ToDateTime(tijd));
                    editie.Eind = editie.Start + duur;
                    z.Voeg(editie);
                    continue;
            }

            activiteit.Start = AmsterdamTijd.NaarUtc(nieuweDatum.ToDateTime(tijd));
            activiteit.Eind = activiteit.Start + duur;
        }
    }

    /// <summary>The date <paramref name="maanden"/> months before <paramref name="datum"/> in a monthly series.</summary>
    private static DateOnly EerderInMaand(DateOnly datum, int maanden, int? week) =>
        week is { } w ? MaandenLater(datum, -maanden, w) : datum.AddMonths(-maanden);

    /// <summary>A new, unsaved activity with the same values (the same organisers, network and place).</summary>
    private static Activiteit Kopie(Activiteit a) => new()
    {
        Titel = a.Titel,
        Omschrijving = a.Omschrijving,
        Organisatoren = [.. a.Organisatoren],
        Netwerk = a.Netwerk,
        Soort = a.Soort,
        Themas = [.. a.Themas],
        Kernopgaven = [.. a.Kernopgaven],
        Doelgroepen = [.. a.Doelgroepen],
        Locatie = a.Locatie,
        OnlineLink = a.OnlineLink,
        Start = a.Start,
        Eind = a.Eind,
        Herhaling = a.Herhaling is { } h
            ? new Herhaling
            {
                Frequentie = h.Frequentie,
                Interval = h.Interval,
                Weekdagen = [.. h.Weekdagen],
                WeekVanDeMaand = h.WeekVanDeMaand,
                TotEnMet = h.TotEnMet,
                Aantal = h.Aantal,
                GeannuleerdeDatums = [.. h.GeannuleerdeDatums],
                AnnuleringRedenen = [.. h.AnnuleringRedenen.Select(r => new DatumReden { Datum = r.Datum, Reden = r.Reden })],
            }
            : null,
        KostenInCenten = a.KostenInCenten,
        KostenToelichting = a.KostenToelichting,
        Aanmelding = a.Aanmelding,
        AanmeldLink = a.AanmeldLink,
        AanmeldEmail = a.AanmeldEmail,
        AanmeldTelefoon = a.AanmeldTelefoon,
        Capaciteit = a.Capaciteit,
        Rolstoeltoegankelijk = a.Rolstoeltoegankelijk,
        Ringleiding = a.Ringleiding,
        EenvoudigeTaal = a.EenvoudigeTaal,
        GesprokenTalen = [.. a.GesprokenTalen],
        Status = a.Status,
        AnnuleringReden = a.AnnuleringReden,
        ContactNaam = a.ContactNaam,
        ContactEmail = a.ContactEmail,
        ContactTelefoon = a.ContactTelefoon,
    };

    /// <summary>
    /// Inserts many rows of one entity type in the open transaction with multi-row <c>INSERT … VALUES</c> statements,
    /// bypassing the change tracker. Columns, names and value conversions come from the EF model, so the statement
    /// follows the model on both providers; generated keys are left to the database.
    /// </summary>
    private static async Task<int> VoegToeInBulkAsync<T>(SociaalNetwerkDbContext db, IReadOnlyList<T> rijen, CancellationToken cancellationToken)
        where T : class
    {
        var type = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} hoort niet bij het model.");
        var tabel = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var kolommen = type.GetProperties()
            .Where(p => !(p.IsPrimaryKey() && p.ValueGenerated != ValueGenerated.Never) && p.GetColumnName(tabel) is not null)
            .Select(p => (Eigenschap: p, Kolom: p.GetColumnName(tabel)!, Mapping: p.GetRelationalTypeMapping(), Lezer: p.GetGetter()))
            .ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        var kop = $"INSERT INTO {sql.DelimitIdentifier(tabel.Name, tabel.Schema)} ({string.Join(", ", kolommen.Select(k => sql.DelimitIdentifier(k.Kolom)))}) VALUES ";

        // About a thousand parameters per statement: far below either provider's limit, large enough to be fast.
        var perOpdracht = Math.Max(1, 1000 / kolommen.Count);
        var verbinding = db.Database.GetDbConnection();
        var transactie = db.Database.CurrentTransaction?.GetDbTransaction();
        for (var begin = 0; begin < rijen.Count; begin += perOpdracht)
        {
            var aantal = Math.Min(perOpdracht, rijen.Count - begin);
            await using var opdracht = verbinding.CreateCommand();
            opdracht.Transaction = transactie;
            var tekst = new StringBuilder(kop);
            for (var r = 0; r < aantal; r++)
            {
                tekst.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < kolommen.Count; c++)
                {
                    var (eigenschap, _, mapping, lezer) = kolommen[c];
                    var naam = string.Create(CultureInfo.InvariantCulture, $"@p{r}_{c}");
                    tekst.Append(c == 0 ? naam : ", " + naam);
                    opdracht.Parameters.Add(mapping.CreateParameter(opdracht, naam, lezer.GetClrValueUsingContainingEntity(rijen[begin + r]), eigenschap.IsNullable));
                }

                tekst.Append(')');
            }

            opdracht.CommandText = tekst.ToString();
            await opdracht.ExecuteNonQueryAsync(cancellationToken);
        }

        return rijen.Count;
    }
}
