namespace SociaalNetwerk.GraphApi.Paginas;

/// <summary>
/// The headers of the pages that show a widget (<see cref="UitvraagPagina"/>: the public page of an uitvraag and its
/// preview page), the only pages with a script: the widget bundle from <c>/widgets/</c>, under a CSP that allows
/// just that (script only from our own origin, no inline script, no eval) and the API on the same origin.
/// </summary>
internal static class WidgetPagina
{
    /// <summary>The widget bundle, the one script of these pages.</summary>
    public const string Bundel = "/widgets/v1/sociaal-netwerk.js";

    /// <param name="frameAncestors">The CSP <c>frame-ancestors</c> sources: who may show the page in an iframe.</param>
    public static string Csp(string frameAncestors) =>
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors " + frameAncestors;

    /// <summary>Sets the CSP, the page's language (<see cref="PaginaTaal"/>) and the given caching and referrer policy.</summary>
    public static void ZetKoppen(HttpContext http, string frameAncestors, string cacheControl, string referrerPolicy)
    {
        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy = Csp(frameAncestors);
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = cacheControl;
        headers["Referrer-Policy"] = referrerPolicy;
        headers.ContentLanguage = http.RequestServices.GetRequiredService<PaginaOpmaak>().Taal;
        headers.Append(Microsoft.Net.Http.Headers.HeaderNames.Vary, Microsoft.Net.Http.Headers.HeaderNames.AcceptLanguage);
    }
}
