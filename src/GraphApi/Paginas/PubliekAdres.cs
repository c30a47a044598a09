using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace SociaalNetwerk.GraphApi.Paginas;

/// <summary>
/// The public address of the API, the start of every absolute link the server writes (the <c>URL</c> of a calendar
/// event, canonical links, the JSON-LD <c>@id</c> and <c>url</c>, the address on the print page). Never the <c>Host</c>
/// header of an arbitrary client: a client chooses that, and these answers are cached <c>public</c>, so a hostile host would end
/// up in what others get. Set <c>PubliekeUrl</c> in production; without it the links use the scheme and host a known
/// reverse proxy forwarded (<see cref="Exploitatie.ProxyInstellingen"/>: only when <c>AllowedHosts</c> names the hosts), and
/// otherwise the first address the server listens on (a wildcard host as <c>localhost</c>), which is right on a
/// developer's machine.
/// </summary>
public sealed class PubliekAdres(IOptions<PubliekAdresOpties> opties, IServer server, IHostEnvironment omgeving, ILogger<PubliekAdres> logger, IHttpContextAccessor context)
{
    private Uri? _basis;

    /// <summary>The base, always ending in <c>/</c>: <c>https://sociaalnetwerk.zoetermeer.nl/</c>.</summary>
    public Uri Basis =>
        opties.Value.PubliekeUrl is not { Length: > 0 } && context.HttpContext is { } http && Exploitatie.ProxyInstellingen.HostVanBekendeProxy(http)
            ? MetSlash(new Uri($"{http.Request.Scheme}://{http.Request.Host.ToUriComponent()}{http.Request.PathBase.ToUriComponent()}"))
            : _basis ??= Bepaal();

    /// <summary>An absolute URL of a path of the API (<c>/activiteiten/…</c>, with a query if any) below <see cref="Basis"/>.</summary>
    public Uri Absoluut(string pad) => new(Basis, pad.TrimStart('/'));

    private Uri Bepaal()
    {
        if (opties.Value.PubliekeUrl is { Length: > 0 } ingesteld)
        {
            return MetSlash(new Uri(ingesteld, UriKind.Absolute));
        }

        var adres = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost/";
        var uri = new UriBuilder(adres.Replace("://*", "://localhost", StringComparison.Ordinal).Replace("://+", "://localhost", StringComparison.Ordinal));
        if (uri.Host is "0.0.0.0" or "[::]" or "::")
        {
            uri.Host = "localhost";
        }

        var basis = MetSlash(uri.Uri);
        if (!omgeving.IsDevelopment())
        {
            logger.LogWarning("PubliekeUrl is not set: links in pages and feeds use {Adres}. Set PubliekeUrl to the public address of the API.", basis);
        }

        return basis;
    }

    private static Uri MetSlash(Uri uri) => uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
}

/// <summary>The setting <c>PubliekeUrl</c> (top level).</summary>
public sealed class PubliekAdresOpties
{
    public const string Sleutel = "PubliekeUrl";

    /// <summary>The public address of the API, with a path if it is served below one: <c>https://sociaalnetwerk.zoetermeer.nl</c>.</summary>
    public string? PubliekeUrl { get; set; }

    /// <summary>An absolute http(s) URL without user, query or fragment; or not set.</summary>
    public static bool IsGeldig(string? waarde) =>
        string.IsNullOrWhiteSpace(waarde)
        || (Uri.TryCreate(waarde, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && uri.UserInfo.Length == 0 && uri.Query.Length == 0 && uri.Fragment.Length == 0);
}
