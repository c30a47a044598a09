using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace SociaalNetwerk.GraphApi.Voorbeelden;

/// <summary>
/// The example partner site (<c>examples/partner-site/</c>) at <c>/voorbeeld/</c>, so that the README's run command
/// shows every widget on a real page. Only when <c>Voorbeelden:PartnerSite</c> names the folder, which
/// <c>appsettings.Development.json</c> does (a source checkout); a deployment serves nothing here. The page gets
/// the strict Content Security Policy we ask of partners: no inline scripts or styles, no <c>eval</c>. Below a path
/// (<see cref="Exploitatie.PadBasis"/>) the page names this server's addresses with the path base, as a partner's page
/// would name the public address: the widgets' script, and with it their modules and API, and the fallback links.
/// </summary>
public static partial class VoorbeeldSite
{
    public const string Pad = "/voorbeeld";

    private const string Csp =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; " +
        "frame-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /// <summary>The folder of the example site, or null when it is not configured or not there.</summary>
    public static string? Map(WebApplication app)
    {
        var ingesteld = app.Configuration["Voorbeelden:PartnerSite"];
        if (string.IsNullOrWhiteSpace(ingesteld))
        {
            return null;
        }

        var map = Path.GetFullPath(Path.Combine(app.Environment.ContentRootPath, ingesteld));
        if (Directory.Exists(map))
        {
            return map;
        }

        app.Logger.LogWarning("Voorbeelden:PartnerSite points to {Map}, which does not exist: {Pad} is not served", map, Pad);
        return null;
    }

    public static WebApplication UseVoorbeeldSite(this WebApplication app)
    {
        if (Map(app) is not { } map)
        {
            return app;
        }

        var bestanden = new PhysicalFileProvider(map);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = bestanden, RequestPath = Pad });
        app.Use(async (http, volgende) =>
        {
            if (http.Request.Path == Pad + "/index.html"
                && (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
                && bestanden.GetFileInfo("index.html") is { Exists: true, PhysicalPath: { } pagina })
            {
                await SchrijfPaginaAsync(http, pagina);
                return;
            }

            await volgende(http);
        });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = bestanden,
            RequestPath = Pad,
            ContentTypeProvider = new FileExtensionContentTypeProvider(),
            OnPrepareResponse = context => Koppen(context.Context.Response),
        });
        return app;
    }

    /// <summary>The page with the path base before every address of this server it names (<c>src="/…"</c>, <c>href="/…"</c>).</summary>
    private static async Task SchrijfPaginaAsync(HttpContext http, string pagina)
    {
        var basis = WebUtility.HtmlEncode(http.Request.PathBase.ToUriComponent());
        var html = EigenAdres().Replace(await File.ReadAllTextAsync(pagina, http.RequestAborted), basis + "/");
        var inhoud = System.Text.Encoding.UTF8.GetBytes(html);
        Koppen(http.Response);
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.ContentLength = inhoud.Length;
        if (!HttpMethods.IsHead(http.Request.Method))
        {
            await http.Response.Body.WriteAsync(inhoud, http.RequestAborted);
        }
    }

    private static void Koppen(HttpResponse response)
    {
        response.Headers.ContentSecurityPolicy = Csp;
        response.Headers.CacheControl = "no-cache";
        response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
    }

    /// <summary>The leading slash of a root-relative <c>src</c> or <c>href</c> (not <c>//host</c>).</summary>
    [GeneratedRegex("(?<=\\s(?:src|href)=\")/(?!/)")]
    private static partial Regex EigenAdres();
}
