using System.Text.Json;

namespace SociaalNetwerk.GraphApi.GraphQL;

/// <summary>One GraphQL-over-HTTP request, read from a JSON body or from the query string, before execution.</summary>
public sealed record GraphQLVerzoek(string Query, string? OperationName, JsonElement? Variables, JsonElement? Extensions)
{
    /// <summary>Reads and checks the parameters; a wrong shape is a request error (400) with the given code.</summary>
    public static GraphQLVerzoek Lees(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            throw new VerzoekFout(StatusCodes.Status400BadRequest, "BATCHING_NOT_SUPPORTED");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new VerzoekFout(StatusCodes.Status400BadRequest, "INVALID_REQUEST", "the body must be a JSON object");
        }

        string? query = null;
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
                        _ => throw new VerzoekFout(StatusCodes.Status400BadRequest, "INVALID_REQUEST", "'query' must be a string"),
                    };
                    break;
                case "operationName":
                    operationName = waarde.ValueKind switch
                    {
                        JsonValueKind.String => waarde.GetString(),
                        JsonValueKind.Null => null,
                        _ => throw new VerzoekFout(StatusCodes.Status400BadRequest, "INVALID_REQUEST", "'operationName' must be a string"),
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

        return string.IsNullOrWhiteSpace(query)
            ? throw new VerzoekFout(StatusCodes.Status400BadRequest, "QUERY_MISSING")
            : new GraphQLVerzoek(query, operationName, variables, extensions);
    }

    /// <summary>GET: <c>query</c>, <c>operationName</c>, and <c>variables</c>/<c>extensions</c> as URL-encoded JSON.</summary>
    public static GraphQLVerzoek Lees(IQueryCollection parameters)
    {
        var query = parameters["query"].ToString();
        if (string.IsNullOrWhiteSpace(query))
        {
            throw new VerzoekFout(StatusCodes.Status400BadRequest, "QUERY_MISSING");
        }

        var operationName = parameters["operationName"].ToString();
        return new GraphQLVerzoek(
            query,
            string.IsNullOrEmpty(operationName) ? null : operationName,
            LeesJson(parameters["variables"].ToString(), "variables"),
            LeesJson(parameters["extensions"].ToString(), "extensions"));
    }

    private static JsonElement? LeesJson(string tekst, string naam)
    {
        if (string.IsNullOrEmpty(tekst))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(tekst);
            return Object(document.RootElement.Clone(), naam);
        }
        catch (JsonException fout)
        {
            throw new VerzoekFout(StatusCodes.Status400BadRequest, "INVALID_JSON", naam + ": " + fout.Message);
        }
    }

    private static JsonElement? Object(JsonElement waarde, string naam) => waarde.ValueKind switch
    {
        JsonValueKind.Object => waarde,
        JsonValueKind.Null => null,
        _ => throw new VerzoekFout(StatusCodes.Status400BadRequest, "INVALID_REQUEST", $"'{naam}' must be a JSON object"),
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
}
