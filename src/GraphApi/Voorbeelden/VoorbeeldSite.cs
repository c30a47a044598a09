using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace SociaalNetwerk.GraphApi.Voorbeelden;

/// <summary>
/// The example partner site (<c>examples/partner-site/</c>) at <c>/voorbeeld/</c>, so that the README's run command
/// shows every widget on a real page. Only when <c>Voorbeelden:PartnerSite</c> names the folder, which
/// <c>appsettings.Development.json</c> does (a source checkout); a deployment serves nothing here. The page gets
/// the strict Content Security Policy we ask of partners: no inline scripts or styles, no <c>eval</c>.
/// </summary>
public static class VoorbeeldSite
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
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = bestanden,
            RequestPath = Pad,
            ContentTypeProvider = new FileExtensionContentTypeProvider(),
            OnPrepareResponse = context =>
            {
                var headers = context.Context.Response.Headers;
                headers.ContentSecurityPolicy = Csp;
                headers.CacheControl = "no-cache";
                headers[HeaderNames.XContentTypeOptions] = "nosniff";
            },
        });
        return app;
    }
}
