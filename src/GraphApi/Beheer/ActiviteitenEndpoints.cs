using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SociaalNetwerk.Schema.Accounts;
using SociaalNetwerk.GraphApi.Paginas;
using SociaalNetwerk.Schema.Agenda;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Redactie;
using SociaalNetwerk.Schema.Resources;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.GraphApi.Beheer;

/// <summary>One row of the list of activities.</summary>
public sealed record ActiviteitRij(int Id, string Titel, IReadOnlyList<string> Organisaties, DateTime? Volgende, ActiviteitStatus Status);

/// <summary>One date of an activity (UTC), for the dashboard and the edit page.</summary>
public sealed record DatumRij(int ActiviteitId, string Titel, DateTime Start, DateTime Eind, bool Geannuleerd, ActiviteitStatus Status);

/// <summary>What <c>/beheer</c> shows of the activities: the next dates and the activities whose dates all lie in the past.</summary>
public sealed record ActiviteitenOverzicht(IReadOnlyList<DatumRij> Volgende, IReadOnlyList<ActiviteitRij> Voorbij);

/// <summary>
/// The portal's activity pages (issue 11): <c>/beheer/activiteiten</c> (the activities of the account's organisations;
/// a beheerder sees all, with a filter), <c>/nieuw</c> (also as a copy) and <c>/{id}</c> (edit, cancel the whole
/// activity or one date, restore). Plain HTML forms, each POST with its antiforgery token; every change goes through
/// <see cref="ActiviteitRedactie"/> (so <see cref="Bewerker"/>) with the account's <see cref="Gebruiker"/>, exactly as
/// the GraphQL mutations do.
/// </summary>
public static class ActiviteitenEndpoints
{
    public const string Pad = "/beheer/activiteiten";
    public const string NieuwPad = "/beheer/activiteiten/nieuw";
    public const int PerPagina = 25;

    /// <summary>The form's button that narrows the list of locations (the form shown again with all its values, nothing checked or stored).</summary>
    public const string ZoekLocatie = "zoek-locatie";

    /// <summary>How many locations a search of the form lists at most.</summary>
    public const int LocatieTreffersMaximum = 50;

    /// <summary>How many dates the preview and the edit page show.</summary>
    public const int AantalDatums = 12;

    /// <summary>The code of the refusal page of an activity of another organisation.</summary>
    public const string GeenToegang = "FORBIDDEN";

    public const string NietGevonden = "NOT_FOUND";

    /// <summary>Registered in <see cref="BeheerEndpoints.MapBeheer"/>, inside the portal's group (its headers).</summary>
    public static RouteGroupBuilder MapActiviteiten(this RouteGroupBuilder beheer)
    {
        // Under the pages' group: the domain's field errors follow the portal's language (?taal= too).
        var paginas = beheer.Paginas();
        paginas.MapGet("/activiteiten", LijstAsync);
        paginas.MapGet("/activiteiten/nieuw", NieuwAsync);
        paginas.MapPost("/activiteiten/nieuw", ToevoegenAsync);
        paginas.MapGet("/activiteiten/{id}", BewerkenAsync);
        paginas.MapPost("/activiteiten/{id}", WijzigenAsync);
        paginas.MapPost("/activiteiten/{id}/annuleren", AnnulerenAsync);
        paginas.MapPost("/activiteiten/{id}/herstellen", HerstellenAsync);
        paginas.MapPost("/activiteiten/{id}/datum", DatumAsync);
        return beheer;
    }

    /// <summary>Who may do what: beheerder (everything) or redacteur of these organisations.</summary>
    private sealed record Bereik(Account Account, bool Beheerder, IReadOnlyList<int> Organisaties)
    {
        public bool Mag(IEnumerable<int> organisatoren) => Beheerder || organisatoren.Any(Organisaties.Contains);

        /// <summary>The account acting for an activity of these organisers (or for a new one of this organisation).</summary>
        public Gebruiker Als(IEnumerable<int> organisatoren) => Beheerder
            ? AccountGebruikers.AlsBeheerder(Account)
            : AccountGebruikers.VoorOrganisatie(Account, organisatoren.FirstOrDefault(Organisaties.Contains)) with { OokRedacteurVan = Organisaties };
    }

    /// <summary>The signed-in account with its scope, or the answer instead: sign in, set up two-factor, or 403.</summary>
    private static async Task<(Bereik? Bereik, IResult? Anders)> BereikAsync(HttpContext http)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(http.RequestServices.GetRequiredService<BeheerOpmaak>().Taal);
        if (await BeheerEndpoints.AangemeldAsync(http) is not { } account)
        {
            return (null, BeheerEndpoints.NaarInloggen(http));
        }

        if (BeheerEndpoints.MoetTweestapsInstellen(account))
        {
            return (null, Results.Redirect(BeheerEndpoints.Link(http, BeheerEndpoints.TweestapsPad)));
        }

        var gebruikers = AccountGebruikers.Van(account);
        var bereik = new Bereik(account, gebruikers.Any(g => g.IsBeheerder), [.. gebruikers.Where(g => g.Rol == Rol.Redacteur && g.OrganisatieId is not null).Select(g => g.OrganisatieId!.Value)]);
        return bereik.Beheerder || bereik.Organisaties.Count > 0 ? (bereik, null) : (null, Verboden(http));
    }

    private static IResult Verboden(HttpContext http) =>
        BeheerEndpoints.Melding(http, "Activiteiten.Verboden.Titel", "Activiteiten.Verboden.Tekst", StatusCodes.Status403Forbidden, GeenToegang);

    private static IResult Onbekend(HttpContext http) =>
        BeheerEndpoints.Melding(http, "Activiteiten.Onbekend.Titel", "Activiteiten.Onbekend.Tekst", StatusCodes.Status404NotFound, NietGevonden);

    private static async Task<IResult> LijstAsync(HttpContext http, IAntiforgery af, IDbContextFactory<SociaalNetwerkDbContext> databank, TimeProvider klok)
    {
        var (bereik, anders) = await BereikAsync(http);
        if (bereik is null)
        {
            return anders!;
        }

        var pagina = int.TryParse(http.Request.Query["pagina"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p is >= 1 and <= 100_000 ? p : 1;
        int? filter = int.TryParse(http.Request.Query["organisatie"], NumberStyles.None, CultureInfo.InvariantCulture, out var f) ? f : null;
        var nu = klok.GetUtcNow().UtcDateTime;
        await using var db = await databank.CreateDbContextAsync(http.RequestAborted);
        var organisaties = await Organisaties(db, bereik).ToListAsync(http.RequestAborted);
        if (filter is { } gekozen && organisaties.All(o => o.Id != gekozen))
        {
            filter = null;
        }

        var rijen = Activiteiten(db, bereik);
        if (filter is { } organisatie)
        {
            rijen = rijen.Where(a => a.Organisatoren.Any(o => o.Id == organisatie));
        }

        // Three statements whatever the number of activities: the organisations, the count and the page.
        var totaal = await rijen.CountAsync(http.RequestAborted);
        var lijst = await Rijen(rijen, nu).Skip((pagina - 1) * PerPagina).Take(PerPagina).ToListAsync(http.RequestAborted);
        return BeheerEndpoints.Formulier<ActiviteitenPagina>(http, af, new
        {
            Activiteiten = lijst,
            Organisaties = organisaties.Select(o => (o.Id, o.Naam)).ToList(),
            Filter = filter,
            Pagina = pagina,
            Paginas = Math.Max(1, (totaal + PerPagina - 1) / PerPagina),
            Totaal = totaal,
            Beheerder = bereik.Beheerder,
        });
    }

    /// <summary>The dashboard's part of the activities, for <c>/beheer</c>: two statements.</summary>
    public static async Task<ActiviteitenOverzicht?> OverzichtAsync(HttpContext http, Account account, SociaalNetwerkDbContext db)
    {
        var gebruikers = AccountGebruikers.Van(account);
        var bereik = new Bereik(account, gebruikers.Any(g => g.IsBeheerder), [.. gebruikers.Where(g => g.Rol == Rol.Redacteur && g.OrganisatieId is not null).Select(g => g.OrganisatieId!.Value)]);
        if (!bereik.Beheerder && bereik.Organisaties.Count == 0)
        {
            return null;
        }

        var nu = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var eigen = bereik.Organisaties;
        var volgende = await db.Voorkomens.AsNoTracking()
            .Where(v => v.Eind > nu && (bereik.Beheerder || v.Activiteit!.Organisatoren.Any(o => eigen.Contains(o.Id))))
            .OrderBy(v => v.Start).ThenBy(v => v.ActiviteitId).Take(10)
            .Select(v => new DatumRij(v.ActiviteitId, v.Activiteit!.Titel, v.Start, v.Eind, v.Geannuleerd, v.Activiteit.Status))
            .ToListAsync(http.RequestAborted);
        var voorbij = await Rijen(Activiteiten(db, bereik).Where(a => !a.Voorkomens.Any(v => v.Eind > nu)), nu).Take(20).ToListAsync(http.RequestAborted);
        return new ActiviteitenOverzicht(volgende, voorbij);
    }

    private static IQueryable<Activiteit> Activiteiten(SociaalNetwerkDbContext db, Bereik bereik)
    {
        var eigen = bereik.Organisaties;
        var rijen = db.Activiteiten.AsNoTracking();
        return bereik.Beheerder ? rijen : rijen.Where(a => a.Organisatoren.Any(o => eigen.Contains(o.Id)));
    }

    private static IQueryable<Schema.Netwerken.Organisatie> Organisaties(SociaalNetwerkDbContext db, Bereik bereik)
    {
        var eigen = bereik.Organisaties;
        var rijen = db.Organisaties.AsNoTracking();
        return (bereik.Beheerder ? rijen : rijen.Where(o => eigen.Contains(o.Id))).OrderBy(o => o.Naam).ThenBy(o => o.Id);
    }

    /// <summary>Activities as rows, the next date first (activities without one last), in one statement.</summary>
    private static IQueryable<ActiviteitRij> Rijen(IQueryable<Activiteit> activiteiten, DateTime nu) => activiteiten
        .Select(a => new
        {
            a.Id,
            a.Titel,
            a.Status,
            Organisaties = a.Organisatoren.OrderBy(o => o.Naam).Select(o => o.Naam).ToList(),
            Volgende = a.Voorkomens.Where(v => v.Eind > nu && !v.Geannuleerd).OrderBy(v => v.Start).Select(v => (DateTime?)v.Start).FirstOrDefault(),
        })
        .OrderBy(a => a.Volgende == null).ThenBy(a => a.Volgende).ThenBy(a => a.Titel).ThenBy(a => a.Id)
        .Select(a => new ActiviteitRij(a.Id, a.Titel, a.Organisaties, a.Volgende, a.Status));

    private static async Task<IResult> NieuwAsync(HttpContext http, IAntiforgery af, IDbContextFactory<SociaalNetwerkDbContext> databank)
    {
        var (bereik, anders) = await BereikAsync(http);
        if (bereik is null)
        {
            return anders!;
        }

        var formulier = new ActiviteitFormulier();
        if (bereik.Organisaties.Count > 0)
        {
            formulier.Organisatie = bereik.Organisaties[0].ToString(CultureInfo.InvariantCulture);
        }

        await using var db = await databank.CreateDbContextAsync(http.RequestAborted);
        if (http.Request.Query["kopie"].ToString() is { Length: > 0 } kopie)
        {
            // A copy: the form of an activity the account may edit, as a new activity (its cancelled dates not copied).
            if (Sleutel(kopie) is not { } id
                || await db.Activiteiten.AsNoTracking().Include(a => a.Organisatoren).FirstOrDefaultAsync(a => a.Id == id, http.RequestAborted) is not { } bron)
            {
                return Onbekend(http);
            }

            if (!bereik.Mag(bron.Organisatoren.Select(o => o.Id)))
            {
                return Verboden(http);
            }

            formulier = ActiviteitFormulier.Van(bron);
            formulier.Titel = bron.Titel;
            if (!bereik.Beheerder && !bereik.Organisaties.Contains(int.Parse(formulier.Organisatie, CultureInfo.InvariantCulture)))
            {
                formulier.Organisatie = bron.Organisatoren.Select(o => o.Id).First(bereik.Organisaties.Contains).ToString(CultureInfo.InvariantCulture);
            }
        }

        formulier.Locatie = GekozenLocatie(http) ?? formulier.Locatie;
        formulier.Sleutel = EenmaalPerFormulier.NieuweSleutel();
        return await PaginaAsync(http, af, db, bereik, formulier, null, [], null, StatusCodes.Status200OK);
    }

    /// <summary>The location just added on the locations page (<c>?locatie=</c>, its number), chosen when the person comes back to the form.</summary>
    private static string? GekozenLocatie(HttpContext http) =>
        int.TryParse(http.Request.Query["locatie"], NumberStyles.None, CultureInfo.InvariantCulture, out var locatie) ? locatie.ToString(CultureInfo.InvariantCulture) : null;

    private static async Task<IResult> ToevoegenAsync(HttpContext http, IAntiforgery af, IDbContextFactory<SociaalNetwerkDbContext> databank, ActiviteitRedactie redactie, TimeProvider klok)
    {
        if (await BeheerEndpoints.Geweigerd(http, af) is { } weigering)
        {
            return weigering;
        }

        var (bereik, anders) = await BereikAsync(http);
        if (bereik is null)
        {
            return anders!;
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var formulier = ActiviteitFormulier.Lees(form);
        var b = http.RequestServices.GetRequiredService<BeheerOpmaak>();
        await using var db = await databank.CreateDbContextAsync(http.RequestAborted);
        if (form["actie"] == ZoekLocatie)
        {
            return await PaginaAsync(http, af, db, bereik, formulier, null, [], null, StatusCodes.Status200OK);
        }

        var (invoer, fouten) = formulier.NaarInvoer(b, null);
        if (invoer is null)
        {
            var eigen = int.TryParse(formulier.Organisatie, NumberStyles.None, CultureInfo.InvariantCulture, out var gekozen) && (bereik.Beheerder || bereik.Organisaties.Contains(gekozen));
            fouten = eigen ? await OokDeRestAsync(http, redactie, b, formulier, null, bereik.Als([gekozen]), fouten, klok) : fouten;
            return await PaginaAsync(http, af, db, bereik, formulier, null, fouten, null, StatusCodes.Status400BadRequest);
        }

        if (form["actie"] == "bekijk")
        {
            var (voorbeeld, voorbeeldFouten) = Voorbeeld(http, invoer, null, klok);
            return await PaginaAsync(http, af, db, bereik, formulier, null, voorbeeldFouten, voorbeeld, voorbeeldFouten.Count == 0 ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
        }

        var organisatie = int.TryParse(formulier.Organisatie, NumberStyles.None, CultureInfo.InvariantCulture, out var o) ? o : 0;
        if (!bereik.Beheerder && !bereik.Organisaties.Contains(organisatie))
        {
            return await PaginaAsync(http, af, db, bereik, formulier, null, [("organisatie", b["Activiteit.Fout.Organisatie"])], null, StatusCodes.Status400BadRequest);
        }

        if (form["actie"] == "voorbeeld")
        {
            return await ProefAsync(http, af, db, bereik, formulier, null, redactie.VoorbeeldAsync(null, invoer, bereik.Als([organisatie]), klok.GetUtcNow().UtcDateTime, ActiviteitLezer.AantalVolgende, http.RequestAborted));
        }

        WijzigResultaat<Activiteit>? resultaat = null;
        var pad = await EenmaalPerFormulier.VoegToeAsync(http, "account:" + bereik.Account.Id.ToString(CultureInfo.InvariantCulture), formulier.Sleutel, async () =>
        {
            // Not cancelled with the request: a browser cancels the first post of a double click, and the second waits for it.
            resultaat = await redactie.VoegToeAsync(invoer, bereik.Als([organisatie]), CancellationToken.None);
            return resultaat is { Gelukt: true, Waarde: { } activiteit } ? Adres(http, activiteit.Id, "opgeslagen") : null;
        });
        if (pad is not null)
        {
            return Results.Redirect(pad);
        }

        return await PaginaAsync(http, af, db, bereik, formulier, null, Fouten(b, resultaat!.Fouten), null, StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> BewerkenAsync(HttpContext http, IAntiforgery af, string id, IDbContextFactory<SociaalNetwerkDbContext> databank)
    {
        var (bereik, anders) = await BereikAsync(http);
        if (bereik is null)
        {
            return anders!;
        }

        await using var db = await databank.CreateDbContextAsync(http.RequestAborted);
        var (activiteit, weigering) = await LaadAsync(http, db, bereik, id);
        return activiteit is null
            ? weigering!
            : await PaginaAsync(http, af, db, bereik, Formulier(activiteit), activiteit, [], null, StatusCodes.Status200OK, http.Request.Query["klaar"].ToString());

        ActiviteitFormulier Formulier(Activiteit activiteit)
        {
            var formulier = ActiviteitFormulier.Van(activiteit);
            formulier.Locatie = GekozenLocatie(http) ?? formulier.Locatie;
            if (!bereik.Beheerder && activiteit.Organisatoren.FirstOrDefault(o => bereik.Organisaties.Contains(o.Id)) is { } eigen)
            {
                // The organiser the form shows (and can move) is one of the account's own.
                formulier.Organisatie = formulier.OrganisatieWas = eigen.Id.ToString(CultureInfo.InvariantCulture);
            }

            return formulier;
        }
    }

    private static Task<IResult> WijzigenAsync(HttpContext http, IAntiforgery af, string id, IDbContextFactory<SociaalNetwerkDbContext> databank, ActiviteitRedactie redactie, TimeProvider klok) =>
        MetActiviteitAsync(http, af, id, databank, async (db, bereik, activiteit, form) =>
        {
            var formulier = ActiviteitFormulier.Lees(form);
            if (form["actie"] == ZoekLocatie)
            {
                return await PaginaAsync(http, af, db, bereik, formulier, activiteit, [], null, StatusCodes.Status200OK);
            }

            var b = http.RequestServices.GetRequiredService<BeheerOpmaak>();
            var (invoer, fouten) = formulier.NaarInvoer(b, activiteit);
            if (invoer is null)
            {
                fouten = await OokDeRestAsync(http, redactie, b, formulier, activiteit, bereik.Als(activiteit.Organisatoren.Select(o => o.Id)), fouten, klok);
                return await PaginaAsync(http, af, db, bereik, formulier, activiteit, fouten, null, StatusCodes.Status400BadRequest);
            }

            if (form["actie"] == "bekijk")
            {
                var (voorbeeld, voorbeeldFouten) = Voorbeeld(http, invoer, activiteit, klok);
                return await PaginaAsync(http, af, db, bereik, formulier, activiteit, voorbeeldFouten, voorbeeld, voorbeeldFouten.Count == 0 ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
            }

            if (form["actie"] == "voorbeeld")
            {
                return await ProefAsync(http, af, db, bereik, formulier, activiteit, redactie.VoorbeeldAsync(id, invoer, bereik.Als(activiteit.Organisatoren.Select(o => o.Id)), klok.GetUtcNow().UtcDateTime, ActiviteitLezer.AantalVolgende, http.RequestAborted));
            }

            var resultaat = await redactie.WijzigAsync(id, invoer, bereik.Als(activiteit.Organisatoren.Select(o => o.Id)), http.RequestAborted);
            return resultaat.Gelukt
                ? Results.Redirect(Adres(http, activiteit.Id, "opgeslagen"))
                : await PaginaAsync(http, af, db, bereik, formulier, activiteit, Fouten(b, resultaat.Fouten), null, StatusCodes.Status400BadRequest);
        });

    private static Task<IResult> AnnulerenAsync(HttpContext http, IAntiforgery af, string id, IDbContextFactory<SociaalNetwerkDbContext> databank, ActiviteitRedactie redactie) =>
        ActieAsync(http, af, id, databank, "geannuleerd", async (form, activiteit, gebruiker) =>
            (await redactie.AnnuleerAsync(id, form["reden"].ToString().Trim() is { Length: > 0 } reden ? reden : null, gebruiker, http.RequestAborted)).Fouten);

    private static Task<IResult> HerstellenAsync(HttpContext http, IAntiforgery af, string id, IDbContextFactory<SociaalNetwerkDbContext> databank, ActiviteitRedactie redactie) =>
        ActieAsync(http, af, id, databank, "hersteld", async (form, activiteit, gebruiker) =>
            (await redactie.WijzigAsync(id, new ActiviteitInvoer { Status = ActiviteitStatus.Gepland }, gebruiker, http.RequestAborted)).Fouten);

    /// <summary>Cancels (<c>actie=annuleren</c>) or restores one date, named by its start (UTC, as the list of dates gives it).</summary>
    private static Task<IResult> DatumAsync(HttpContext http, IAntiforgery af, string id, IDbContextFactory<SociaalNetwerkDbContext> databank, ActiviteitRedactie redactie) =>
        ActieAsync(http, af, id, databank, "datum", async (form, activiteit, gebruiker) =>
        {
            if (!DateTime.TryParseExact(form["start"].ToString(), "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var start))
            {
                return [new Veldfout(null, "start", FoutCodes.OngeldigeInvoer, http.RequestServices.GetRequiredService<BeheerOpmaak>()["Activiteit.Fout.Datum", "start"])];
            }

            var reden = form["reden"].ToString().Trim() is { Length: > 0 } tekst ? tekst : null;
            var fouten = (await redactie.ZetVoorkomenAsync(id, start, form["actie"] != "herstellen", gebruiker, http.RequestAborted, reden)).Fouten;

            // At the list of dates, not at the reason of cancelling the whole activity.
            return [.. fouten.Select(f => f with { Veld = "datums" })];
        });

    /// <summary>An action on a stored activity with its own small form: token, account, the activity; then back to the edit page, or the page with the errors.</summary>
    private static Task<IResult> ActieAsync(
        HttpContext http, IAntiforgery af, string id, IDbContextFactory<SociaalNetwerkDbContext> databank, string klaar, Func<IFormCollection, Activiteit, Gebruiker, Task<IReadOnlyList<Veldfout>>> actie) =>
        MetActiviteitAsync(http, af, id, databank, async (db, bereik, activiteit, form) =>
        {
            var fouten = await actie(form, activiteit, bereik.Als(activiteit.Organisatoren.Select(o => o.Id)));
            if (fouten.Count == 0)
            {
                return Results.Redirect(Adres(http, activiteit.Id, klaar));
            }

            var b = http.RequestServices.GetRequiredService<BeheerOpmaak>();
            return await PaginaAsync(http, af, db, bereik, ActiviteitFormulier.Van(activiteit), activiteit, [.. fouten.Select(f => (f.Veld == "reden" ? "reden" : "datums", f.Bericht))], null, StatusCodes.Status400BadRequest);
        });

    /// <summary>
    /// A POST on a stored activity: the form token, the account's scope and the activity (or the refusal page), then
    /// <paramref name="verder"/> with the database, the scope, the activity and the form.
    /// </summary>
    private static async Task<IResult> MetActiviteitAsync(
        HttpContext http, IAntiforgery af, string id, IDbContextFactory<SociaalNetwerkDbContext> databank, Func<SociaalNetwerkDbContext, Bereik, Activiteit, IFormCollection, Task<IResult>> verder)
    {
        if (await BeheerEndpoints.Geweigerd(http, af) is { } weigering)
        {
            return weigering;
        }

        var (bereik, anders) = await BereikAsync(http);
        if (bereik is null)
        {
            return anders!;
        }

        await using var db = await databank.CreateDbContextAsync(http.RequestAborted);
        var (activiteit, nee) = await LaadAsync(http, db, bereik, id);
        if (activiteit is null)
        {
            return nee!;
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        return await verder(db, bereik, activiteit, form);
    }

    /// <summary>The activity of a route, read-only with its organisers and location; or the 404 or 403 page.</summary>
    private static async Task<(Activiteit? Activiteit, IResult? Anders)> LaadAsync(HttpContext http, SociaalNetwerkDbContext db, Bereik bereik, string id)
    {
        if (Sleutel(id) is not { } sleutel
            || await db.Activiteiten.AsNoTracking().Include(a => a.Organisatoren).FirstOrDefaultAsync(a => a.Id == sleutel, http.RequestAborted) is not { } activiteit)
        {
            return (null, Onbekend(http));
        }

        return bereik.Mag(activiteit.Organisatoren.Select(o => o.Id)) ? (activiteit, null) : (null, Verboden(http));
    }

    /// <summary>
    /// A form with values that cannot be read (a date, an amount): the domain still checks the rest of it, nothing
    /// stored, so the page shows every problem at once instead of the next ones only after the first are fixed. A
    /// field keeps the form's own message; while a date or time cannot be read, the domain says nothing about the dates.
    /// </summary>
    private static async Task<List<(string Veld, string Tekst)>> OokDeRestAsync(
        HttpContext http, ActiviteitRedactie redactie, BeheerOpmaak b, ActiviteitFormulier formulier, Activiteit? activiteit, Gebruiker gebruiker,
        List<(string Veld, string Tekst)> fouten, TimeProvider klok)
    {
        if (formulier.NaarInvoer(b, activiteit, gedeeltelijk: true).Invoer is not { } rest)
        {
            return fouten;
        }

        WijzigResultaat<Activiteit> resultaat;
        try
        {
            var id = activiteit is null ? null : GlobalId.Maak(nameof(Activiteit), activiteit.Id);
            resultaat = await redactie.VoorbeeldAsync(id, rest, gebruiker, klok.GetUtcNow().UtcDateTime, 0, http.RequestAborted);
        }
        catch (SociaalNetwerkException)
        {
            // Not allowed as the form stands (another organisation): that is said once the form can be read.
            return fouten;
        }

        var tijden = fouten.Any(f => ActiviteitFormulier.IsTijdveld(f.Veld));
        var rij = fouten.Concat(Fouten(b, resultaat.Fouten).Where(f => fouten.All(g => g.Veld != f.Veld) && !(tijden && ActiviteitFormulier.IsTijdveld(f.Veld))));
        return [.. rij.OrderBy(f => ActiviteitFormulier.Plek(f.Veld))];
    }

    /// <summary>The preview of the form (nothing stored): the page with the activity as it would look, or with the domain's field errors.</summary>
    private static async Task<IResult> ProefAsync(
        HttpContext http, IAntiforgery af, SociaalNetwerkDbContext db, Bereik bereik, ActiviteitFormulier formulier, Activiteit? activiteit, Task<WijzigResultaat<Activiteit>> voorbeeld)
    {
        var resultaat = await voorbeeld;
        if (resultaat is { Gelukt: true, Waarde: { } proef })
        {
            return await PaginaAsync(http, af, db, bereik, formulier, activiteit, [], null, StatusCodes.Status200OK, proef: new ActiviteitGegevens(proef, proef.Voorkomens));
        }

        return await PaginaAsync(http, af, db, bereik, formulier, activiteit, Fouten(http.RequestServices.GetRequiredService<BeheerOpmaak>(), resultaat.Fouten), null, StatusCodes.Status400BadRequest);
    }

    /// <summary>The form page: new (<paramref name="activiteit"/> null) or edit, with its choices, the stored dates and the errors.</summary>
    private static async Task<IResult> PaginaAsync(
        HttpContext http, IAntiforgery af, SociaalNetwerkDbContext db, Bereik bereik, ActiviteitFormulier formulier, Activiteit? activiteit,
        List<(string Veld, string Tekst)> fouten, Activiteit? voorbeeld, int status, string? klaar = null, ActiviteitGegevens? proef = null)
    {
        var nu = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        // The organisations to choose from: the account's own (a beheerder: all), and the activity's current organisers.
        var huidigeOrganisatoren = activiteit?.Organisatoren.Select(o => o.Id).ToList() ?? [];
        var organisaties = await db.Organisaties.AsNoTracking()
            .Where(o => bereik.Beheerder || bereik.Organisaties.Contains(o.Id) || huidigeOrganisatoren.Contains(o.Id))
            .OrderBy(o => o.Naam).ThenBy(o => o.Id).Select(o => new { o.Id, o.Naam }).ToListAsync(http.RequestAborted);

        // The networks: those the account's organisations (a beheerder: any) or the activity's organisers are members of, and the current one.
        var leden = bereik.Organisaties.Concat(huidigeOrganisatoren).ToList();
        var netwerk = activiteit?.NetwerkId;
        var netwerken = await db.Netwerken.AsNoTracking()
            .Where(n => bereik.Beheerder || n.Id == netwerk || db.Lidmaatschappen.Any(l => l.NetwerkId == n.Id && leden.Contains(l.OrganisatieId)))
            .OrderBy(n => n.Naam).ThenBy(n => n.Id).Select(n => new { n.Id, n.Naam }).ToListAsync(http.RequestAborted);
        var gekozen = int.TryParse(formulier.Locatie, NumberStyles.None, CultureInfo.InvariantCulture, out var l) ? l : (int?)null;
        string? zoekterm = formulier.LocatieZoek.Trim() is { Length: > 0 } z ? z[..Math.Min(z.Length, AgendaFilter.MaximaleZoektermLengte)] : null;
        var treffers = 0;
        IQueryable<Schema.Wijken.Locatie> lijst = db.Locaties.AsNoTracking();
        if (zoekterm is not null)
        {
            // The search of the locations page (words in name or address, without case or accents), and the chosen location whatever it finds.
            var gevonden = (await http.RequestServices.GetRequiredService<Schema.Wijken.LocatieZoeker>().KiesAsync(zoekterm, LocatieTreffersMaximum, http.RequestAborted)).Select(g => g.Id).ToList();
            treffers = gevonden.Count;
            lijst = lijst.Where(x => gevonden.Contains(x.Id) || x.Id == gekozen);
        }

        var locaties = await lijst.OrderBy(x => x.Naam).ThenBy(x => x.Id).Select(x => new { x.Id, x.Naam, x.Adres }).ToListAsync(http.RequestAborted);
        List<DatumRij> datums = [];
        if (activiteit is not null)
        {
            datums = await db.Voorkomens.AsNoTracking().Where(v => v.ActiviteitId == activiteit.Id && v.Eind > nu).OrderBy(v => v.Start).Take(AantalDatums)
                .Select(v => new DatumRij(v.ActiviteitId, string.Empty, v.Start, v.Eind, v.Geannuleerd, activiteit.Status)).ToListAsync(http.RequestAborted);
        }

        return BeheerEndpoints.Formulier<ActiviteitBewerkPagina>(http, af, new
        {
            Formulier = formulier,
            Activiteit = activiteit,
            Id = activiteit is null ? null : GlobalId.Maak(nameof(Activiteit), activiteit.Id),
            Organisaties = organisaties.Select(o => (o.Id, o.Naam)).ToList(),
            Netwerken = netwerken.Select(n => (n.Id, n.Naam)).ToList(),
            Locaties = locaties.Select(x => (x.Id, x.Naam + ", " + x.Adres)).ToList(),
            LocatieZoekterm = zoekterm,
            LocatieTreffers = treffers,
            Datums = datums,
            Fouten = fouten,
            Voorbeeld = voorbeeld,
            VoorbeeldDatums = voorbeeld is null ? [] : VoorkomenPlanner.Plan(voorbeeld, nu + VoorkomenPlanner.Horizon).Where(v => v.Eind > nu).Take(AantalDatums).ToList(),
            Proef = proef,
            Klaar = klaar is "opgeslagen" or "geannuleerd" or "hersteld" or "datum" ? klaar : null,
        }, status);
    }

    /// <summary>
    /// The activity's dates as the form would make them, without storing anything: the calendar rules of the domain
    /// (<see cref="Kalenderregels"/>) on an activity in memory, with their messages.
    /// </summary>
    private static (Activiteit? Voorbeeld, List<(string Veld, string Tekst)> Fouten) Voorbeeld(HttpContext http, ActiviteitInvoer invoer, Activiteit? huidige, TimeProvider klok)
    {
        var controle = new Veldcontrole(http.RequestServices.GetRequiredService<IStringLocalizer<Berichten>>());
        var start = invoer.Start.IsOpgegeven ? invoer.Start.Waarde : huidige?.Start;
        var eind = invoer.Eind.IsOpgegeven ? invoer.Eind.Waarde : huidige?.Eind;
        if (start is null || eind is null)
        {
            return (null, []);
        }

        var herhaling = invoer.Herhaling.IsOpgegeven ? Kalenderregels.Lees(invoer.Herhaling.Waarde, huidige?.Herhaling) : huidige?.Herhaling;
        var nu = klok.GetUtcNow().UtcDateTime;
        if (Kalenderregels.ControleerTijden(start.Value, eind.Value, herhaling is not null, invoer.Start.IsOpgegeven, nu) is { } fout)
        {
            controle.Fout(fout);
        }

        if (herhaling is not null)
        {
            foreach (var regelfout in Kalenderregels.ControleerHerhaling(herhaling, start.Value))
            {
                controle.Fout(regelfout);
            }
        }

        var b = http.RequestServices.GetRequiredService<BeheerOpmaak>();
        return controle.HeeftFouten
            ? (null, Fouten(b, controle.Fouten))
            : (new Activiteit { Titel = string.Empty, Omschrijving = string.Empty, Start = start.Value, Eind = eind.Value, Herhaling = herhaling, Status = huidige?.Status ?? ActiviteitStatus.Gepland }, []);
    }

    /// <summary>
    /// The domain's field errors at the form's fields, in the form's own words: the API's messages name the API's
    /// fields ('aanmelding.capaciteit', 'locatieId'), which a person filling in the form never sees; those become the
    /// labels of the form.
    /// </summary>
    private static List<(string Veld, string Tekst)> Fouten(BeheerOpmaak b, IEnumerable<Veldfout> fouten) =>
        [.. fouten.Select(f => ActiviteitFormulier.Veld(f.Veld) is var veld && f.Code == FoutCodes.Verplicht
            ? (veld, b["Activiteit.Fout.Verplicht", b["Activiteit.Veld." + veld]])
            : f.Code == FoutCodes.PlaatsOntbreekt
                ? (veld, b["Activiteit.Fout.Plaats"])
                : (veld, MetLabel(b, f.Bericht, f.Veld, veld)))];

    /// <summary>The message with the API's name of the field (quoted) replaced by the form's label of it.</summary>
    private static string MetLabel(BeheerOpmaak b, string bericht, string domeinVeld, string veld)
    {
        var sleutel = "Activiteit.Veld." + veld;
        var label = b[sleutel];
        return label == sleutel ? bericht : bericht.Replace("'" + domeinVeld + "'", "'" + label + "'", StringComparison.Ordinal);
    }

    /// <summary>The key of an activity's id in a route; null for anything else (a malformed id is simply not found here).</summary>
    private static int? Sleutel(string id) =>
        GlobalId.Probeer(id, out var type, out var sleutel) && type == nameof(Activiteit)
            && int.TryParse(sleutel, NumberStyles.None, CultureInfo.InvariantCulture, out var waarde)
            ? waarde
            : null;

    private static string Adres(HttpContext http, int id, string klaar)
    {
        var pad = BeheerEndpoints.Link(http, Pad + "/" + Uri.EscapeDataString(GlobalId.Maak(nameof(Activiteit), id)));
        return pad + (pad.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "klaar=" + klaar;
    }
}
