using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SociaalNetwerk.GraphApi.Agenda;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Participatie;
using SociaalNetwerk.Schema.Toegang;
using SociaalNetwerk.Schema.Wijken;

namespace SociaalNetwerk.GraphApi.Paginas;

/// <summary>
/// <c>GET /uitvragen/{id}/afdrukken</c>: the questionnaire of an uitvraag on A4 paper, for residents who answer on
/// paper or in a conversation. Every question with boxes to tick and lines to write on, the profile and contact
/// questions when the uitvraag asks them, the introduction and the privacy statement. <c>?taal=</c> any language in
/// which the uitvraag is complete (<see cref="Vertaalstatus.CompleteTalen"/>); <c>?groot=1</c> large print;
/// <c>?vanaf=101&amp;aantal=50</c> fifty copies numbered 101 to 150, each with a QR code to the online version.
/// A concept is not found, except for its team with an API key (then the answer is never cached); the team prints a
/// concept from the portal at <c>/beheer/uitvragen/{id}/afdrukken</c> (<see cref="Beheer.AfdrukkenEndpoints"/>).
/// </summary>
public static class FormulierAfdrukken
{
    public const string Pad = "/uitvragen/{id}/afdrukken";

    /// <summary>At most this many copies per page; a batch of 50 is usual.</summary>
    public const int MaximumAantal = 200;

    /// <summary>The highest formulier number (six digits, written on paper and typed at the fast entry screen).</summary>
    public const int HoogsteNummer = 999_999;

    /// <summary>A <c>vanaf</c> that is not a formulier number, or a batch that runs past <see cref="HoogsteNummer"/>.</summary>
    public const string OngeldigNummer = "INVALID_FORM_NUMBER";

    /// <summary><c>taal</c> is not one of the languages in which this uitvraag is complete.</summary>
    public const string TaalNietBeschikbaar = "LANGUAGE_NOT_AVAILABLE";

    internal static async Task<IResult> AfdrukkenAsync(HttpContext http, string id, FormulierLezer lezer, PaginaOpmaak opmaak, IOptions<PaginaOpties> opties)
    {
        Uitvraag? uitvraag;
        try
        {
            var nummer = GlobalId.ProbeerInt(id, nameof(Uitvraag));
            uitvraag = nummer is { } n ? await lezer.LeesAsync(n, http.RequestAborted) : null;
        }
        catch (SociaalNetwerkException fout)
        {
            return PaginaEndpoints.Fout(http, StatusCodes.Status404NotFound, fout);
        }

        if (uitvraag is null || !Zichtbaarheid.MagZien(Gebruiker.Uit(http.User), uitvraag))
        {
            return PaginaEndpoints.Fout(http, StatusCodes.Status404NotFound, new SociaalNetwerkException(FoutCodes.NietGevonden, id), "Uitvraag");
        }

        return await ToonAsync(http, uitvraag, PubliekPad(uitvraag.Id), lezer, opmaak, opties.Value);
    }

    /// <summary>The public path of the print page of an uitvraag: <c>/uitvragen/{globalId}/afdrukken</c>.</summary>
    public static string PubliekPad(int uitvraagId) => "/uitvragen/" + GlobalId.Maak(nameof(Uitvraag), uitvraagId) + "/afdrukken";

    /// <summary>
    /// The print page of an uitvraag the caller may see (the public route checks <see cref="Zichtbaarheid.MagZien"/>,
    /// the portal's route the team of the traject): the query (<c>taal</c>, <c>vanaf</c>, <c>aantal</c>, <c>groot</c>)
    /// read and checked, the copies rendered. <paramref name="pad"/> is the page's own path, for its form and links.
    /// </summary>
    internal static async Task<IResult> ToonAsync(HttpContext http, Uitvraag uitvraag, string pad, FormulierLezer lezer, PaginaOpmaak opmaak, PaginaOpties opties)
    {
        try
        {
            var id = GlobalId.Maak(nameof(Uitvraag), uitvraag.Id);
            var query = http.Request.Query;
            var talen = Vertaalstatus.CompleteTalen(uitvraag);
            var gevraagd = AgendaKeuze.Tekst(query, PaginaTaal.Parameter);
            if (gevraagd is not null && !talen.Contains(gevraagd.ToLowerInvariant()))
            {
                throw new SociaalNetwerkException(TaalNietBeschikbaar, Vertaalbaar.Talen.Contains(gevraagd.ToLowerInvariant()) ? opmaak.TaalNaam(gevraagd) : gevraagd, opmaak.Lijst([.. talen.Select(opmaak.TaalNaam)]));
            }

            if (gevraagd is null && !talen.Contains(opmaak.Taal))
            {
                // The browser's language (Accept-Language) lacks a translation: the whole form in Dutch, never half.
                return Results.Redirect(http.Request.PathBase + http.Request.Path + QueryString.Create(
                    query.Where(p => p.Key != PaginaTaal.Parameter).Select(p => new KeyValuePair<string, string?>(p.Key, p.Value.ToString()))
                        .Append(new(PaginaTaal.Parameter, Vertaalbaar.Nederlands))).ToUriComponent());
            }

            var aantalTekst = AgendaKeuze.Tekst(query, "aantal");
            var aantal = aantalTekst is null ? 1 : Getal(aantalTekst, 1, MaximumAantal, AgendaKeuze.OngeldigAantal, MaximumAantal);
            int? vanaf = AgendaKeuze.Tekst(query, "vanaf") is { } vanafTekst ? Getal(vanafTekst, 1, HoogsteNummer - aantal + 1, OngeldigNummer, HoogsteNummer - aantal + 1) : null;
            var groot = AgendaKeuze.Tekst(query, "groot") == "1";

            var wijken = uitvraag.ProfielvraagWijk ? await lezer.WijkenAsync(http.RequestAborted) : [];
            var online = opmaak.Absoluut(OnlinePad(opties, id, talen.Count > 1 ? opmaak.Taal : null));
            var pagina = new RazorComponentResult<FormulierPagina>(new
            {
                Uitvraag = uitvraag,
                Talen = talen,
                Wijken = wijken,
                Nummers = Enumerable.Range(0, aantal).Select(i => vanaf + i).ToList(),
                Groot = groot,
                Online = online,
                Pad = pad,
            });
            if (uitvraag.Status == UitvraagStatus.Concept)
            {
                // Only the team sees a concept: never in a shared cache.
                http.Response.Headers.CacheControl = "private, no-store";
                return pagina;
            }

            return PaginaEndpoints.Pagina(http, pagina);
        }
        catch (SociaalNetwerkException fout)
        {
            return PaginaEndpoints.Fout(http, StatusCodes.Status400BadRequest, fout);
        }
    }

    /// <summary>
    /// The path or address of the online version of an uitvraag (<see cref="PaginaOpties.UitvraagAdres"/> with
    /// <c>{id}</c> filled in), with <c>taal</c> when the form is printed in a language other than Dutch.
    /// </summary>
    public static string OnlinePad(PaginaOpties opties, string id, string? taal)
    {
        var adres = opties.UitvraagAdres.Replace("{id}", Uri.EscapeDataString(id), StringComparison.Ordinal);
        return taal is null or Vertaalbaar.Nederlands ? adres : adres + (adres.Contains('?', StringComparison.Ordinal) ? "&" : "?") + PaginaTaal.Parameter + "=" + taal;
    }

    private static int Getal(string tekst, int minimum, int maximum, string code, object bovengrens) =>
        int.TryParse(tekst, NumberStyles.None, CultureInfo.InvariantCulture, out var getal) && getal >= minimum && getal <= maximum
            ? getal
            : throw new SociaalNetwerkException(code, tekst, bovengrens);
}

/// <summary>Reads an uitvraag with its questions and options in order, for the print page.</summary>
public sealed class FormulierLezer(IDbContextFactory<SociaalNetwerkDbContext> databank)
{
    public async Task<Uitvraag?> LeesAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        return await db.Uitvragen.AsNoTracking().AsSplitQuery()
            .Include(u => u.Vragen.OrderBy(v => v.Volgorde).ThenBy(v => v.Id))
            .ThenInclude(v => v.Opties.OrderBy(o => o.Volgorde).ThenBy(o => o.Id))
            .FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
    }

    public async Task<List<Wijk>> WijkenAsync(CancellationToken cancellationToken)
    {
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        return await db.Wijken.AsNoTracking().OrderBy(w => w.Naam).ToListAsync(cancellationToken);
    }
}
