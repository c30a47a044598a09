namespace SociaalNetwerk.GraphApi.GraphQL;

/// <summary>
/// GraphiQL, served from <c>wwwroot/graphiql</c> (no CDN), under a CSP without inline scripts or eval. The page links
/// to the fingerprinted addresses of its scripts and styles (<see cref="StatischeBestanden"/>): the browser keeps the
/// 3.5 MB of GraphiQL (570 KB brotli, compressed at build time) until it changes.
/// </summary>
public static class GraphiQL
{
    public const string Csp = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public static async Task SchrijfAsync(HttpContext http)
    {
        var bestand = http.RequestServices.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider.GetFileInfo("graphiql/index.html");
        using var lezer = new StreamReader(bestand.CreateReadStream());
        var html = http.RequestServices.GetRequiredService<StatischeBestanden>().InHtml(await lezer.ReadToEndAsync(http.RequestAborted), http.Request.PathBase);
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.ContentSecurityPolicy = Csp;
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.CacheControl = "no-cache";
        await http.Response.WriteAsync(html, http.RequestAborted);
    }
}
