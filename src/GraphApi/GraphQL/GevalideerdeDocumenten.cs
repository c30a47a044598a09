using System.Collections.Concurrent;
using GraphQLParser.AST;

namespace SociaalNetwerk.GraphApi.GraphQL;

/// <summary>
/// Documents that passed GraphQL.NET's validation once, parsed, by their text: a widget sends the same few documents
/// over and over, and validating one costs more than resolving half its fields. None of the validation rules depends
/// on the variables or the caller (GraphQL.NET's own document cache, <c>MemoryDocumentCache</c>, relies on the same),
/// and the variables and arguments are still read and checked for every request, so a kept document runs without the
/// rules. The same parsed document also keeps what <see cref="Schema.GraphQL.Projectie"/> worked out for it. Bounded:
/// once <see cref="Maximum"/> documents sent as text are kept, new texts are validated every time (a client that sends
/// ever new texts cannot fill the memory). The persisted documents (<see cref="OpgeslagenDocumenten"/>, a fixed set the
/// server was built with) do not count against that bound and are always kept, so nobody can push the widgets' own
/// documents out by sending 500 texts first.
/// </summary>
public sealed class GevalideerdeDocumenten
{
    /// <summary>How many documents sent as text are kept at most.</summary>
    public const int Maximum = 500;

    /// <summary>Texts longer than this are not kept.</summary>
    public const int MaximaleLengte = 20_000;

    private readonly ConcurrentDictionary<string, GraphQLDocument> _documenten = new(StringComparer.Ordinal);

    private int _alsTekst;

    /// <summary>The parsed document of a text that validated before; null when it has not (yet).</summary>
    public GraphQLDocument? Zoek(string tekst) => _documenten.TryGetValue(tekst, out var document) ? document : null;

    /// <summary>
    /// Keeps a document that GraphQL.NET executed, so it passed validation; <paramref name="opgeslagen"/> when it came
    /// by its persisted-document id (always kept), otherwise as text (kept while fewer than <see cref="Maximum"/> are).
    /// </summary>
    public void Bewaar(string tekst, GraphQLDocument document, bool opgeslagen)
    {
        if (opgeslagen)
        {
            _documenten.TryAdd(tekst, document);
        }
        else if (tekst.Length <= MaximaleLengte && Volatile.Read(ref _alsTekst) < Maximum && _documenten.TryAdd(tekst, document))
        {
            Interlocked.Increment(ref _alsTekst);
        }
    }

    /// <summary>How many documents are kept (for tests).</summary>
    public int Aantal => _documenten.Count;
}
