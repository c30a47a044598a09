using System.Text.Json;

namespace SociaalNetwerk.GraphApi.GraphQL;

/// <summary>
/// One GraphQL-over-HTTP request, read from a JSON body or from the query string, before execution: either the
/// text of the document (<c>query</c>) or the id of a persisted document (<c>documentId</c>), never both.
/// </summary>
public sealed record GraphQLVerzoek(string? Query, string? DocumentId, string? OperationName, JsonElement? Variables, JsonElement? Extensions)
{
    /// <summary>How deep the JSON of a request may nest (the body, and <c>variables</c> and <c>extensions</c> in a GET).</summary>
    public const int MaximaleDiepte = 64;

    /// <summary>Reads and checks the parameters; a wrong shape is a request error (400) with the given code.</summary>
    public static GraphQLVerzoek Lees(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            throw new VerzoekFout(StatusCodes.Status400BadRequest, "BATCHING_NOT_SUPPORTED");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new VerzoekFout(StatusCodes.Status400BadRequest, "INVALID_REQUEST", new Deelbericht("REQUEST_NOT_AN_OBJECT"));
        }

        string? query = null;
        string? documentId = null;
        string? operationName = null;
        JsonElement? variables = null;
        JsonElement? extensions = null;
        foreach (var eigenschap in root.EnumerateObject())
        {
            var waarde = eigenschap.Value;
            switch (eigenschap.Name)
            {
                case "query":
                    query = waarde.ValueKind switch
                    {
                        JsonValueKind.String => waarde.GetString(),
                        JsonValueKind.Null => null,
                        _ => throw new VerzoekFout(StatusCodes.Status400BadRequest, "INVALID_REQUEST", new Deelbericht("REQUEST_MEMBER_NOT_A_STRING", "query")),
                    };
                    break;
                case "documentId":
                    documentId = waarde.ValueKind switch
                    {
                        JsonValueKind.String => waarde.GetString(),
                        JsonValueKind.Null => null,
                        _ => throw new VerzoekFout(StatusCodes.Status400BadRequest, "INVALID_REQUEST", new Deelbericht("REQUEST_MEMBER_NOT_A_STRING", "documentId")),
                    };
                    break;
                case "operationName":
                    operationName = waarde.ValueKind switch
                    {
                        JsonValueKind.String => waarde.GetString(),
                        JsonValueKind.Null => null,
                        _ => throw new VerzoekFout(StatusCodes.Status400BadRequest, "INVALID_REQUEST", new Deelbericht("REQUEST_MEMBER_NOT_A_STRING", "operationName")),
                    };
                    break;
                case "variables":
                    variables = Object(waarde, "variables");
                    break;
                case "extensions":
                    extensions = Object(waarde, "extensions");
                    break;
            }
        }

        documentId = Controleer(query, documentId);
        return new GraphQLVerzoek(documentId is null ? query : null, documentId, operationName, variables, extensions);
    }

    /// <summary>
    /// GET: <c>query</c> or <c>documentId</c>, <c>operationName</c>, and <c>variables</c>/<c>extensions</c> as
    /// URL-encoded JSON.
    /// </summary>
    public static GraphQLVerzoek Lees(IQueryCollection parameters)
    {
        var query = parameters["query"].ToString();
        var documentId = Controleer(query, parameters["documentId"].ToString());
        var operationName = parameters["operationName"].ToString();
        return new GraphQLVerzoek(
            documentId is null ? query : null,
            documentId,
            string.IsNullOrEmpty(operationName) ? null : operationName,
            LeesJson(parameters["variables"].ToString(), "variables"),
            LeesJson(parameters["extensions"].ToString(), "extensions"));
    }

    /// <summary>Exactly one of the two; returns the document id, or null when the request carries the text.</summary>
    private static string? Controleer(string? query, string? documentId)
    {
        var heeftQuery = !string.IsNullOrWhiteSpace(query);
        var heeftId = !string.IsNullOrEmpty(documentId);
        return (heeftQuery, heeftId) switch
        {
            (true, true) => throw new VerzoekFout(StatusCodes.Status400BadRequest, "QUERY_AND_DOCUMENT_ID"),
            (false, false) => throw new VerzoekFout(StatusCodes.Status400BadRequest, "QUERY_MISSING"),
            _ => heeftId ? documentId : null,
        };
    }

    private static JsonElement? LeesJson(string tekst, string naam)
    {
        if (string.IsNullOrEmpty(tekst))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(tekst, new JsonDocumentOptions { MaxDepth = MaximaleDiepte });
            return Object(document.RootElement.Clone(), naam);
        }
        catch (JsonException)
        {
            throw JsonFout.Parameter(naam, tekst, MaximaleDiepte);
        }
    }

    private static JsonElement? Object(JsonElement waarde, string naam) => waarde.ValueKind switch
    {
        JsonValueKind.Object => waarde,
        JsonValueKind.Null => null,
        _ => throw new VerzoekFout(StatusCodes.Status400BadRequest, "INVALID_REQUEST", new Deelbericht("REQUEST_MEMBER_NOT_AN_OBJECT", naam)),
    };
}

/// <summary>A request that never reaches GraphQL: wrong method, media type, size or shape.</summary>
public sealed class VerzoekFout : Exception
{
    public VerzoekFout(int status, string code, params object[] argumenten)
        : base(code)
    {
        Status = status;
        Code = code;
        Argumenten = argumenten;
    }

    public VerzoekFout()
        : this(StatusCodes.Status400BadRequest, "INVALID_REQUEST")
    {
    }

    public VerzoekFout(string message, Exception innerException)
        : base(message, innerException)
    {
        Status = StatusCodes.Status400BadRequest;
        Code = "INVALID_REQUEST";
        Argumenten = [];
    }

    public int Status { get; }

    public string Code { get; }

    public IReadOnlyList<object> Argumenten { get; }

    /// <summary>The message (a key of Berichten.resx) when it is not the one named by <see cref="Code"/>.</summary>
    public string? Bericht { get; init; }
}
