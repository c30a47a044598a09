using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.Routing.Template;
using SociaalNetwerk.Schema.Accounts;
using SociaalNetwerk.Schema.Redactie;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.GraphApi.Beheer;

/// <summary>
/// Who may open a portal page: anonymous (or a disabled account, or a changed security stamp) → the sign-in page with a
/// return address; a role that reads personal data (beheerder, trajectteam) without two-factor → <c>/beheer/tweestaps</c>
/// (<see cref="BeheerEndpoints.MoetTweestapsInstellen"/>); an account without the page's role → the
/// 403 page (<c>FORBIDDEN</c>), which says nothing about the object asked for.
/// </summary>
public static class PortaalToegang
{
    /// <summary>
    /// Metadata of a POST-only route whose form is on another page than the nearest one above its address
    /// (<see cref="FormulierPagina"/>): that page's route template, its parameters filled in from the POST's route.
    /// </summary>
    public sealed record FormulierOp(string Sjabloon);

    /// <summary>The portal's GET routes, per app (a test process runs several).</summary>
    private static readonly ConditionalWeakTable<EndpointDataSource, List<TemplateMatcher>> GetRoutes = [];
    /// <summary>The stable code of the 403 page.</summary>
    public const string GeenToegang = "FORBIDDEN";

    /// <summary>The signed-in account when <paramref name="mag"/> allows it; otherwise the answer to give instead.</summary>
    public static async Task<(Account? Account, IResult? Anders)> VereisAsync(HttpContext http, Func<Account, bool> mag)
    {
        if (await BeheerEndpoints.AangemeldAsync(http) is not { } account)
        {
            return (null, BeheerEndpoints.NaarInloggen(http));
        }

        if (BeheerEndpoints.MoetTweestapsInstellen(account))
        {
            return (null, Results.Redirect(BeheerEndpoints.Link(http, BeheerEndpoints.TweestapsPad)));
        }

        return mag(account) ? (account, null) : (null, Geweigerd(http));
    }

    /// <summary>A POST: the antiforgery token first (400, nothing done), then as <see cref="VereisAsync"/>.</summary>
    public static async Task<(Account? Account, IResult? Anders)> VereisPostAsync(HttpContext http, IAntiforgery af, Func<Account, bool> mag) =>
        await BeheerEndpoints.Geweigerd(http, af) is { } weigering ? (null, weigering) : await VereisAsync(http, mag);

    /// <summary>
    /// The group of the signed-in pages: the domain's messages (field errors, <c>Berichten.resx</c>) in the portal's
    /// language (nl or en, as <see cref="BeheerOpmaak"/>), not in the Accept-Language the API follows. Set in a filter,
    /// before the handler runs: a culture set inside an awaited method does not flow back to its caller.
    /// </summary>
    public static RouteGroupBuilder Paginas(this RouteGroupBuilder beheer) =>
        beheer.MapGroup(string.Empty).AddEndpointFilter(async (context, volgende) =>
        {
            var taal = CultureInfo.GetCultureInfo(context.HttpContext.RequestServices.GetRequiredService<BeheerOpmaak>().Taal);
            CultureInfo.CurrentUICulture = taal;
            CultureInfo.CurrentCulture = taal;
            return await volgende(context);
        });

    /// <summary>
    /// The page a form posted to this address was on, to return to after signing in (the POST's own address may take
    /// no GET: a 405): the route's <see cref="FormulierOp"/>, or else the address itself or the nearest address above
    /// it that is a portal page (<c>/beheer/sleutels/{kenmerk}/intrekken</c> → <c>/beheer/sleutels</c>).
    /// </summary>
    public static string FormulierPagina(HttpContext http)
    {
        if (http.GetEndpoint()?.Metadata.GetMetadata<FormulierOp>() is { } op)
        {
            // ASP.NET Core's own binder fills the template in (encoded), with only its own parameters from the POST's route.
            var sjabloon = RoutePatternFactory.Parse(op.Sjabloon);
            var waarden = new RouteValueDictionary(sjabloon.Parameters.ToDictionary(p => p.Name, p => http.GetRouteValue(p.Name)));
            return http.RequestServices.GetRequiredService<TemplateBinderFactory>().Create(sjabloon).BindValues(waarden) ?? BeheerEndpoints.Pad;
        }

        var bron = http.RequestServices.GetRequiredService<EndpointDataSource>();
        var paginas = GetRoutes.GetValue(bron, b => [.. b.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains(HttpMethods.Get) == true
                && e.RoutePattern.RawText?.StartsWith(BeheerEndpoints.Pad, StringComparison.Ordinal) != false)
            .Select(e => new TemplateMatcher(new RouteTemplate(e.RoutePattern), new RouteValueDictionary(e.RoutePattern.Defaults)))]);
        for (var pad = http.Request.Path.Value ?? BeheerEndpoints.Pad; pad.StartsWith(BeheerEndpoints.Pad, StringComparison.Ordinal); pad = pad[..pad.LastIndexOf('/')])
        {
            if (paginas.Any(p => p.TryMatch(pad, new RouteValueDictionary())))
            {
                return pad;
            }
        }

        return BeheerEndpoints.Pad;
    }

    /// <summary>The 403 page.</summary>
    public static IResult Geweigerd(HttpContext http) =>
        BeheerEndpoints.Melding(http, "Titel.GeenToegang", "GeenToegang.Tekst", StatusCodes.Status403Forbidden, GeenToegang);

    /// <summary>The 404 page: an id the account may see but that does not exist (any more).</summary>
    public static IResult NietGevonden(HttpContext http) =>
        BeheerEndpoints.Melding(http, "Titel.NietGevonden", "NietGevonden.Tekst", StatusCodes.Status404NotFound, "NOT_FOUND");

    public static bool IsBeheerder(Account account) => AccountGebruikers.Van(account).Any(g => g.IsBeheerder);

    public static bool IsRedacteur(Account account) => AccountGebruikers.Van(account).Any(g => g.Rol == Rol.Redacteur);

    /// <summary>The organisations the account is redacteur of.</summary>
    public static IReadOnlyList<int> Organisaties(Account account) =>
        [.. AccountGebruikers.Van(account).Where(g => g.Rol == Rol.Redacteur && g.OrganisatieId is not null).Select(g => g.OrganisatieId!.Value).Distinct()];

    /// <summary>A portal field error (the same record as the domain's, so one summary shows both).</summary>
    public static Veldfout Fout(string veld, string code, string bericht) => new(null, veld, code, bericht);

    /// <summary>The id of a field's input: <c>adres.straat</c> → <c>adres-straat</c>.</summary>
    public static string VeldId(string veld) => veld.Replace('.', '-');

    /// <summary>
    /// The domain's messages in the portal's words: they name the API's field ('naam', 'adres.postcode'), in the API's
    /// (Dutch) spelling whatever the language; here that name becomes the label of the field on the page
    /// (<paramref name="labels"/>: field → key in BeheerTeksten), in the portal's language.
    /// </summary>
    public static List<Veldfout> InWoorden(HttpContext http, IEnumerable<Veldfout> fouten, IReadOnlyDictionary<string, string> labels)
    {
        var b = http.RequestServices.GetRequiredService<BeheerOpmaak>();
        return [.. fouten.Select(f => labels.TryGetValue(f.Veld, out var sleutel)
            ? f with { Bericht = f.Bericht.Replace("'" + f.Veld + "'", "'" + b[sleutel] + "'", StringComparison.Ordinal) }
            : f)];
    }
}
