using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using SociaalNetwerk.Widgets;

namespace SociaalNetwerk.GraphApi.GraphQL;

/// <summary>
/// Persisted documents (GraphQL over HTTP, appendix "Persisted Documents"): the widgets' operations by
/// <c>sha256:&lt;hex&gt;</c> id, from <c>persisted-documents.json</c> in SociaalNetwerk.Widgets.dll (written by
/// src/Widgets/scripts/documenten.mjs). Every id must be the SHA-256 of its text (UTF-8), checked at startup.
/// Other clients may still send any query as text; these ids only spare the widgets the text and make their
/// GET URLs short and cacheable.
/// </summary>
public sealed partial class OpgeslagenDocumenten
{
    public const string Bestand = "persisted-documents.json";

    private readonly FrozenDictionary<string, string> _documenten;

    public OpgeslagenDocumenten(IReadOnlyDictionary<string, string> documenten)
    {
        foreach (var (id, tekst) in documenten)
        {
            if (id != IdVan(tekst))
            {
                throw new InvalidOperationException($"{Bestand}: '{id}' is not the sha256 of its document; rebuild src/Widgets (npm run build)");
            }
        }

        _documenten = documenten.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Every document by id.</summary>
    public IReadOnlyDictionary<string, string> Alle => _documenten;

    /// <summary>The documents the widget library was built with; none when it was built without them.</summary>
    public static OpgeslagenDocumenten UitWidgets() =>
        new(WidgetBundel.Bestanden.TryGetValue(Bestand, out var json)
            ? JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? []
            : []);

    /// <summary><c>sha256:</c> and the lower-case hex SHA-256 of the UTF-8 text, as the appendix defines it.</summary>
    public static string IdVan(string tekst) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(tekst)));

    /// <summary>The text of a document; a malformed id is a 400, an unknown one a 404 (as the Apollo router does).</summary>
    public string Zoek(string documentId)
    {
        if (!Sha256Id().IsMatch(documentId))
        {
            throw new VerzoekFout(StatusCodes.Status400BadRequest, "DOCUMENT_ID_INVALID");
        }

        return _documenten.TryGetValue(documentId, out var tekst)
            ? tekst
            : throw new VerzoekFout(StatusCodes.Status404NotFound, "PERSISTED_QUERY_NOT_FOUND", documentId);
    }

    [GeneratedRegex("^sha256:[0-9a-f]{64}$")]
    private static partial Regex Sha256Id();
}
