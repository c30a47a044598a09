using System.Collections.Concurrent;
using GraphQLParser.AST;

namespace SociaalNetwerk.GraphApi.GraphQL;

/// <summary>
/// Documents that passed GraphQL.NET's validation once, parsed, by their text: a widget sends the same few documents
/// over and over, and validating one costs more than resolving half its fields. None of the validation rules depends
/// on the variables or the caller (GraphQL.NET's own document cache, <c>MemoryDocumentCache</c>, relies on the same),
/// and the variables and arguments are still read and checked for every request, so a kept document runs without the
/// rules. The same parsed document also keeps what <see cref="Schema.GraphQL.Projectie"/> worked out for it. Bounded:
/// once <see cref="Maximum"/> documents are kept, new ones are validated every time (a client that sends ever new
/// texts cannot fill the memory).
/// </summary>
public sealed class GevalideerdeDocumenten
{
    /// <summary>How many documents are kept at most.</summary>
    public const int Maximum = 500;

    /// <summary>Texts longer than this are not kept.</summary>
    public const int MaximaleLengte = 20_000;

    private readonly ConcurrentDictionary<string, GraphQLDocument> _documenten = new(StringComparer.Ordinal);

    /// <summary>The parsed document of a text that validated before; null when it has not (yet).</summary>
    public GraphQLDocument? Zoek(string tekst) => _documenten.TryGetValue(tekst, out var document) ? document : null;

    /// <summary>Keeps a document that GraphQL.NET executed, so it passed validation.</summary>
    public void Bewaar(string tekst, GraphQLDocument document)
    {
        if (tekst.Length <= MaximaleLengte && _documenten.Count < Maximum)
        {
            _documenten.TryAdd(tekst, document);
        }
    }

    /// <summary>How many documents are kept (for tests).</summary>
    public int Aantal => _documenten.Count;
}
