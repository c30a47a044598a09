namespace SociaalNetwerk.GraphApi.GraphQL;

/// <summary>GraphiQL, served from <c>wwwroot/graphiql</c> (no CDN), under a CSP without inline scripts or eval.</summary>
public static class GraphiQL
{
    public const string Csp = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public static async Task SchrijfAsync(HttpContext http)
    {
        var bestand = http.RequestServices.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider.GetFileInfo("graphiql/index.html");
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.ContentSecurityPolicy = Csp;
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.CacheControl = "no-cache";
        await using var inhoud = bestand.CreateReadStream();
        await inhoud.CopyToAsync(http.Response.Body, http.RequestAborted);
    }
}
