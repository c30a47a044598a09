using System.Diagnostics;
using GraphQL;
using GraphQLParser.AST;
using SociaalNetwerk.Schema.Telemetrie;

namespace SociaalNetwerk.GraphApi.GraphQL;

/// <summary>
/// The telemetry of one GraphQL request (<see cref="GraphQLEndpoint"/>): an <see cref="Activity"/> from the
/// ActivitySource <c>SociaalNetwerk</c> and the <see cref="Metrieken"/> of the operation. The span carries what
/// identifies the operation and how it ended — operation name and type, the persisted document's id, the error
/// codes — and never the variables, the document's text (its literals) or an error message, which may hold what
/// a respondent typed. Without a listener there is no activity and the metrics cost next to nothing.
/// </summary>
public sealed class GraphQLOperatie : IDisposable
{
    private readonly Activity? _activity;
    private readonly Metrieken _metrieken;
    private readonly long _start = Stopwatch.GetTimestamp();
    private readonly List<string> _codes = [];
    private string? _naam;
    private string? _type;

    public GraphQLOperatie(HttpContext http)
    {
        _metrieken = http.RequestServices.GetRequiredService<Metrieken>();
        _activity = Sporen.Bron.StartActivity("GraphQL Operation");
    }

    /// <summary>The request named a persisted document.</summary>
    public void Document(string? documentId)
    {
        if (documentId is not null)
        {
            _activity?.SetTag("graphql.document.id", documentId);
        }
    }

    /// <summary>The operation that will run: its name (a GraphQL name, from the document itself) and type.</summary>
    public void Operatie(GraphQLDocument? document, string? operationName)
    {
        var operaties = document?.Definitions.OfType<GraphQLOperationDefinition>().ToList() ?? [];
        var operatie = operationName is null
            ? operaties.Count == 1 ? operaties[0] : null
            : operaties.FirstOrDefault(o => o.Name?.Value == operationName);
        if (operatie is null)
        {
            return;
        }

        Noem(operatie.Name?.Value.ToString(), operatie.Operation.ToString().ToLowerInvariant());
    }

    /// <summary>The operation's name, once known (<see cref="Operatie"/>).</summary>
    public string? Naam => _naam;

    /// <summary>The operation's type (<c>query</c>, <c>mutation</c>, <c>subscription</c>), once known.</summary>
    public string? Type => _type;

    /// <summary>The answer came from the server's copy (<see cref="Antwoordcache"/>): the operation as it was when it was made.</summary>
    public void Bewaard(string? naam, string? type)
    {
        _activity?.SetTag("graphql.cache", "stored");
        Noem(naam, type);
    }

    private void Noem(string? naam, string? type)
    {
        _naam = naam;
        _type = type;
        if (_activity is not null && type is not null)
        {
            _activity.DisplayName = naam is null ? type : $"{type} {naam}";
            _activity.SetTag("graphql.operation.type", type);
            _activity.SetTag("graphql.operation.name", naam);
        }
    }

    /// <summary>A request error (<see cref="VerzoekFout"/>) or a GraphQL error, by its stable code.</summary>
    public void Fout(string code) => _codes.Add(code);

    /// <summary>The errors of an executed (or refused) operation, by the codes the client sees.</summary>
    public void Resultaat(ExecutionResult resultaat, FoutVertaler vertaler)
    {
        foreach (var fout in resultaat.Errors ?? [])
        {
            _codes.Add(vertaler.Code(fout));
        }
    }

    public void Dispose()
    {
        var codes = _codes.Distinct(StringComparer.Ordinal).ToArray();
        if (_activity is not null)
        {
            if (codes.Length > 0)
            {
                _activity.SetTag("graphql.error.codes", codes);
                _activity.SetTag("error.type", codes[0]);
                _activity.SetStatus(ActivityStatusCode.Error, codes[0]);
            }

            _activity.Dispose();
        }

        if (codes.Contains(Schema.GraphQL.FoutCodes.TeVeelVerzoeken))
        {
            _metrieken.InzendingGeweigerd();
        }

        _metrieken.Operatie(_naam, _type, codes.Length == 0 ? "ok" : "error", Stopwatch.GetElapsedTime(_start));
    }
}
