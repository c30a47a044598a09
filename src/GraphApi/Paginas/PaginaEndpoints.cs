using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using SociaalNetwerk.GraphApi.Agenda;
using SociaalNetwerk.Schema.Agenda;
using SociaalNetwerk.Schema.GraphQL;

namespace SociaalNetwerk.GraphApi.Paginas;

/// <summary>
/// Server-rendered public pages (issue 4), without any JavaScript: <c>GET /activiteiten/{id}</c> (one activity, with
/// schema.org JSON-LD), <c>GET /agenda</c> (the agenda with the widget's filters: the no-JavaScript fallback and
/// iframe target), <c>GET /agenda/afdrukken</c> (an A4 agenda of one wijk and period; <c>?groot=1</c> in large print) and <c>GET /organisaties</c>
/// (the sociale kaart, the fallback of <c>&lt;sn-organisaties&gt;</c>). Razor components rendered
/// on the server (HTML-encoded), texts in <c>Teksten*.resx</c> in six languages (<see cref="PaginaTaal"/>), styles in <c>wwwroot/paginas/</c>, a strict CSP.
/// </summary>
public static class PaginaEndpoints
{
    public const string ActiviteitPad = "/activiteiten/{id}";
    public const string VoorkomenPad = "/activiteiten/{id}/{datum}";
    public const string AgendaPad = "/agenda";
    public const string AfdrukPad = "/agenda/afdrukken";
    public const string OrganisatiesPad = "/organisaties";

    /// <summary>Dates per agenda page when <c>aantal</c> is not given.</summary>
    public const int StandaardAantal = 20;

    /// <summary>The print page lists at most this many dates.</summary>
    public const int MaximumAfdrukken = 300;

    /// <summary>The longest period of the print page, in days.</summary>
    public const int LangstePeriodeAfdrukken = 92;

    private const string CachePagina = "public, max-age=300";
    private const string CacheFout = "no-cache";

    public static IServiceCollection AddPaginas(this IServiceCollection services)
    {
        services.AddRazorComponents();
        // HTML-encode only what HTML needs (<, >, &, quotes…): Dutch, Arabic or Turkish letters stay as they are.
        services.AddWebEncoders(opties => opties.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddHttpContextAccessor();
        services.AddOptions<PaginaOpties>().BindConfiguration(PaginaOpties.Sectie)
            .Validate(o => PaginaOpties.IsGeldigeFrameAncestors(o.FrameAncestors), "Paginas:FrameAncestors is a space-separated list of CSP sources")
            .Validate(o => PaginaOpties.IsGeldigUitvraagAdres(o.UitvraagAdres), "Paginas:UitvraagAdres is a path or an http(s) address with {id}, such as /uitvragen/{id}")
            .ValidateOnStart();
        services.AddOptions<PubliekAdresOpties>()
            .Configure<IConfiguration>((opties, configuratie) => opties.PubliekeUrl = configuratie[PubliekAdresOpties.Sleutel])
            .Validate(o => PubliekAdresOpties.IsGeldig(o.PubliekeUrl), "PubliekeUrl is an absolute http(s) URL without query or fragment, such as https://sociaalnetwerk.zoetermeer.nl")
            .ValidateOnStart();
        services.AddSingleton<PubliekAdres>();
        services.AddScoped<PaginaOpmaak>();
        services.AddScoped<AgendaLezer>();
        services.AddScoped<ActiviteitLezer>();
        services.AddScoped<OrganisatieLezer>();
        services.AddScoped<FormulierLezer>();
        return services;
    }

    public static IEndpointRouteBuilder MapPaginas(this IEndpointRouteBuilder app)
    {
        var paginas = app.MapGroup(string.Empty).AddEndpointFilter(ZetKoppen).ExcludeFromDescription();
        string[] methoden = [HttpMethods.Get, HttpMethods.Head];
        paginas.MapMethods(ActiviteitPad, methoden, ActiviteitAsync);
        paginas.MapMethods(VoorkomenPad, methoden, VoorkomenAsync);
        paginas.MapMethods(AgendaPad, methoden, AgendaAsync);
        paginas.MapMethods(AfdrukPad, methoden, AfdrukkenAsync);
        paginas.MapMethods(OrganisatiesPad, methoden, OrganisatiesAsync);
        paginas.MapMethods(FormulierAfdrukken.Pad, methoden, FormulierAfdrukken.AfdrukkenAsync);
        // The uitvraag page and its preview have a script (the widget), so their own CSP and headers: not in the group.
        app.MapUitvraagPagina();
        app.MapProefPagina();
        // robots.txt and sitemap.xml are not pages: no CSP or language of their own.
        app.MapZoekmachines();
        return app;
    }

    private static async Task<IResult> ActiviteitAsync(HttpContext http, string id, ActiviteitLezer lezer, PaginaOpmaak opmaak)
    {
        int? nummer;
        try
        {
            nummer = GlobalId.ProbeerInt(id, nameof(Activiteit));
        }
        catch (SociaalNetwerkException fout)
        {
            // A malformed id in the path names no page: 404, with the message that says what is wrong with it.
            return Fout(http, StatusCodes.Status404NotFound, fout);
        }

        var gegevens = nummer is { } n ? await lezer.LeesAsync(n, http.RequestAborted) : null;
        if (gegevens is null)
        {
            return Fout(http, StatusCodes.Status404NotFound, new SociaalNetwerkException(FoutCodes.NietGevonden, id));
        }

        var adres = opmaak.Absoluut("/activiteiten/" + GlobalId.Maak(nameof(Activiteit), gegevens.Activiteit.Id));
        return Pagina(http, new RazorComponentResult<ActiviteitPagina>(new { Gegevens = gegevens, Adres = adres, JsonLd = EventJsonLd.Maak(gegevens, adres) }));
    }

    /// <summary>
    /// <c>/activiteiten/{id}/{datum}</c>: one date (<c>yyyy-MM-dd</c> in Zoetermeer) of an activity with its own canonical
    /// address and Event JSON-LD, so that every date of a series can be found (search engines ignore <c>eventSchedule</c>).
    /// A date without an occurrence, or one that is no date, is not found. A one-off activity's date has the activity's
    /// page as canonical address: it is the same event.
    /// </summary>
    private static async Task<IResult> VoorkomenAsync(HttpContext http, string id, string datum, ActiviteitLezer lezer, PaginaOpmaak opmaak)
    {
        int? nummer;
        try
        {
            nummer = GlobalId.ProbeerInt(id, nameof(Activiteit));
        }
        catch (SociaalNetwerkException fout)
        {
            return Fout(http, StatusCodes.Status404NotFound, fout);
        }

        var gegevens = nummer is { } n && DateOnly.TryParseExact(datum, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var dag)
            ? await lezer.LeesOpDatumAsync(n, dag, http.RequestAborted)
            : null;
        if (gegevens is null)
        {
            return Fout(http, StatusCodes.Status404NotFound, new SociaalNetwerkException(FoutCodes.NietGevonden, id + "/" + datum));
        }

        var reeks = opmaak.Absoluut("/activiteiten/" + GlobalId.Maak(nameof(Activiteit), gegevens.Activiteit.Id));
        var adres = opmaak.Absoluut(VoorkomenAdres(gegevens.Activiteit.Id, gegevens.Volgende[0].Start));
        var canoniek = gegevens.Activiteit.Herhaling is null ? reeks : adres;
        return Pagina(http, new RazorComponentResult<ActiviteitPagina>(new { Gegevens = gegevens, Adres = canoniek, Reeks = reeks, JsonLd = EventJsonLd.Maak(gegevens, canoniek, reeks: gegevens.Activiteit.Herhaling is null ? null : reeks) }));
    }

    /// <summary>The path of one date of an activity: <c>/activiteiten/{id}/2026-11-24</c> (the date in Zoetermeer).</summary>
    public static string VoorkomenAdres(int activiteitId, DateTime startUtc) =>
        "/activiteiten/" + GlobalId.Maak(nameof(Activiteit), activiteitId) + "/"
        + AmsterdamTijd.LokaleDatum(startUtc).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<IResult> AgendaAsync(HttpContext http, AgendaLezer lezer)
    {
        try
        {
            var keuze = AgendaKeuze.Lees(http.Request.Query);
            var wijken = await lezer.WijkenAsync(http.RequestAborted);
            var resultaat = await lezer.LeesAsync(keuze.Filter, new PaginaVerzoek(keuze.Aantal ?? StandaardAantal, keuze.Na), http.RequestAborted);
            return Pagina(http, new RazorComponentResult<AgendaPagina>(new { Keuze = keuze, Resultaat = resultaat, Wijken = wijken }));
        }
        catch (SociaalNetwerkException fout)
        {
            return Fout(http, StatusCodes.Status400BadRequest, fout);
        }
    }

    private static async Task<IResult> AfdrukkenAsync(HttpContext http, AgendaLezer lezer, PaginaOpmaak opmaak)
    {
        try
        {
            var keuze = AgendaKeuze.Lees(http.Request.Query);
            var van = keuze.Van ?? opmaak.Vandaag;
            var totEnMet = keuze.TotEnMet
                ?? (keuze.Periode is { } periode ? AgendaPeriode.Einde(periode, van).AddDays(-1) : van.AddDays(6));
            var dagen = totEnMet.DayNumber - van.DayNumber + 1;
            if (dagen < 1)
            {
                throw new SociaalNetwerkException(FoutCodes.OngeldigePeriode, van, totEnMet);
            }

            if (dagen > LangstePeriodeAfdrukken)
            {
                throw new SociaalNetwerkException(AgendaKeuze.PeriodeTeLang, dagen, LangstePeriodeAfdrukken);
            }

            var wijken = await lezer.WijkenAsync(http.RequestAborted);
            AgendaResultaat? resultaat = null;
            if (keuze.Wijk is not null)
            {
                var filter = keuze.Filter with { Periode = null, Vanaf = AmsterdamTijd.BeginVanDag(van), Tot = AmsterdamTijd.BeginVanDag(totEnMet.AddDays(1)) };
                resultaat = await lezer.LeesAsync(filter, new PaginaVerzoek(MaximumAfdrukken, null), http.RequestAborted);
            }

            // ?groot=1: the large-print variant; any other value is the normal print.
            var groot = AgendaKeuze.Tekst(http.Request.Query, "groot") == "1";
            return Pagina(http, new RazorComponentResult<AfdrukPagina>(new { Keuze = keuze, Van = van, TotEnMet = totEnMet, Resultaat = resultaat, Wijken = wijken, Groot = groot }));
        }
        catch (SociaalNetwerkException fout)
        {
            return Fout(http, StatusCodes.Status400BadRequest, fout);
        }
    }

    private static async Task<IResult> OrganisatiesAsync(HttpContext http, OrganisatieLezer lezer, AgendaLezer agenda)
    {
        try
        {
            var keuze = OrganisatieKeuze.Lees(http.Request.Query);
            var wijken = await agenda.WijkenAsync(http.RequestAborted);
            var resultaat = await lezer.LeesAsync(keuze.Filter, new PaginaVerzoek(keuze.Aantal ?? StandaardAantal, keuze.Na), http.RequestAborted);
            return Pagina(http, new RazorComponentResult<OrganisatiesPagina>(new { Keuze = keuze, Resultaat = resultaat, Wijken = wijken }));
        }
        catch (SociaalNetwerkException fout)
        {
            return Fout(http, StatusCodes.Status400BadRequest, fout);
        }
    }

    internal static IResult Pagina(HttpContext http, IResult pagina)
    {
        http.Response.Headers.CacheControl = CachePagina;
        return pagina;
    }

    /// <param name="onderwerp">What was not found or is wrong, when the message of the code depends on it (<c>Fout.NOT_FOUND.Uitvraag</c>).</param>
    internal static IResult Fout(HttpContext http, int status, SociaalNetwerkException fout, string? onderwerp = null)
    {
        if (FoutPaginas.WilJson(http.Request))
        {
            return FoutPaginas.Probleem(http, status, fout.Code, fout.Argumenten);
        }

        http.Response.Headers.CacheControl = CacheFout;
        http.Response.Headers.Append(Microsoft.Net.Http.Headers.HeaderNames.Vary, Microsoft.Net.Http.Headers.HeaderNames.Accept);
        return new RazorComponentResult<FoutPagina>(new { Status = status, Code = fout.Code, Argumenten = fout.Argumenten, Onderwerp = onderwerp }) { StatusCode = status };
    }

    /// <summary>Every page: a strict CSP (no scripts at all, styles only from our own files), embeddable as configured, and its language.</summary>
    private static async ValueTask<object?> ZetKoppen(EndpointFilterInvocationContext context, EndpointFilterDelegate volgende)
    {
        ZetPaginaKoppen(context.HttpContext);
        return await volgende(context);
    }

    /// <summary>The headers of every page (<see cref="ZetKoppen"/>), also for the error pages of <see cref="FoutPaginas"/>.</summary>
    internal static void ZetPaginaKoppen(HttpContext http)
    {
        var opties = http.RequestServices.GetRequiredService<IOptions<PaginaOpties>>().Value;
        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy =
            "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors " + opties.FrameAncestors;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        // The language of ?taal=, else of Accept-Language (PaginaTaal); a cache keeps one page per language.
        headers.ContentLanguage = http.RequestServices.GetRequiredService<PaginaOpmaak>().Taal;
        headers.Append(Microsoft.Net.Http.Headers.HeaderNames.Vary, Microsoft.Net.Http.Headers.HeaderNames.AcceptLanguage);
    }
}

/// <summary>Settings of the pages (section <c>Paginas</c>).</summary>
public sealed class PaginaOpties
{
    public const string Sectie = "Paginas";

    /// <summary>
    /// Who may show the pages in an iframe: the CSP <c>frame-ancestors</c> sources, such as
    /// <c>https://www.partner.nl https://*.zoetermeer.nl</c>. Default <c>*</c>: every website.
    /// </summary>
    public string FrameAncestors { get; set; } = "*";

    /// <summary>
    /// Where the online version of an uitvraag is, for the QR code on its printed form: a path below
    /// <c>PubliekeUrl</c> or an absolute address (the partner page with <c>&lt;sn-uitvraag&gt;</c>), with <c>{id}</c>
    /// for the id of the uitvraag. Default <c>/uitvragen/{id}</c>.
    /// </summary>
    public string UitvraagAdres { get; set; } = "/uitvragen/{id}";

    /// <summary>CSP sources separated by spaces: not empty, no <c>;</c> or <c>,</c> (another directive) and no line break.</summary>
    public static bool IsGeldigeFrameAncestors(string? waarde) =>
        !string.IsNullOrWhiteSpace(waarde) && !waarde.Any(c => c is ';' or ',' or '\r' or '\n');

    /// <summary>A path or an http(s) address, with <c>{id}</c>.</summary>
    public static bool IsGeldigUitvraagAdres(string waarde) =>
        waarde.Contains("{id}", StringComparison.Ordinal)
        && (waarde.StartsWith('/') || Links.Web(waarde.Replace("{id}", "x", StringComparison.Ordinal)) is not null);
}
