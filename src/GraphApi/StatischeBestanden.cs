using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.StaticAssets;

namespace SociaalNetwerk.GraphApi;

/// <summary>
/// The fingerprinted addresses MapStaticAssets gives the files of wwwroot (GraphApi.csproj): <c>graphiql/graphiql.min.js</c>
/// is also served as <c>/graphiql/graphiql.min.&lt;fingerprint&gt;.js</c>, cached for a year (<c>immutable</c>). Pages
/// that link to a file through <see cref="Adres"/> are downloaded again only when the file changes; the plain
/// address keeps working (<c>no-cache</c> with a strong ETag).
/// </summary>
public sealed partial class StatischeBestanden(EndpointDataSource endpoints)
{
    private FrozenDictionary<string, string>? _adressen;

    /// <summary>The fingerprinted address of a file of wwwroot (<c>/graphiql/graphiql.min.js</c>); the address itself when it has none.</summary>
    public string Adres(string pad) => Adressen().GetValueOrDefault(pad, pad);

    /// <summary>
    /// Every <c>src="/…"</c>, <c>href="/…"</c> and <c>data-endpoint="/…"</c> of an HTML text with the fingerprinted
    /// address of that file (when it has one), below the request's path base (<c>/sociaalnetwerk/graphiql/…</c>).
    /// </summary>
    public string InHtml(string html, PathString padBasis) =>
        Verwijzing().Replace(html, match => $"{match.Groups["attribuut"].Value}=\"{padBasis.Add(Adres(match.Groups["pad"].Value)).ToUriComponent()}\"");

    // Read from the endpoints once they exist (the first request): each fingerprinted endpoint says which file it serves ("label").
    private FrozenDictionary<string, string> Adressen() => _adressen ??= endpoints.Endpoints
        .Select(endpoint => endpoint.Metadata.GetMetadata<StaticAssetDescriptor>())
        .OfType<StaticAssetDescriptor>()
        .Where(descriptor => descriptor.Properties.Any(p => p.Name == "fingerprint"))
        .Select(descriptor => (Label: descriptor.Properties.FirstOrDefault(p => p.Name == "label")?.Value, descriptor.Route))
        .Where(paar => paar.Label is not null)
        .DistinctBy(paar => paar.Label)
        .ToFrozenDictionary(paar => "/" + paar.Label, paar => "/" + paar.Route, StringComparer.Ordinal);

    [GeneratedRegex("(?<attribuut>src|href|data-endpoint)=\"(?<pad>/[^\"/][^\"]*)\"")]
    private static partial Regex Verwijzing();
}
