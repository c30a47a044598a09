using System.Text.Json;
using System.Threading.RateLimiting;
using GraphQL;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using GraphQL.Execution;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.Participatie;

namespace SociaalNetwerk.GraphApi.GraphQL;

/// <summary>
/// GraphQL over HTTP (the GraphQL-over-HTTP specification, checked by the graphql-http audit in the tests):
/// POST with a JSON body, GET for queries, <c>application/graphql-response+json</c> or <c>application/json</c>,
/// no batching, a body size limit, and GraphiQL for browsers. A request carries the document as text
/// (<c>query</c>) or as the id of a persisted document (<c>documentId</c>, see <see cref="OpgeslagenDocumenten"/>).
/// Successful anonymous GET queries may be cached (<see cref="LeesCache"/>, an ETag and 304s through
/// <see cref="CacheAntwoord"/>); answers with errors and answers for an API key are never stored. The server keeps
/// them too (<see cref="Antwoordcache"/>, with persisted documents sent by POST): a repeated question, or a 304, then
/// costs reading the data versions and no execution.
/// </summary>
public static class GraphQLEndpoint
{
    public const string Pad = "/graphql";
    private const string GraphQLResponse = "application/graphql-response+json";
    private const string Json = "application/json";

    /// <summary>Syntactic nesting the parser accepts; far beyond <see cref="GraphQLLimieten.MaximaleDiepte"/>, but it keeps the parser's stack small.</summary>
    private const int ParserDiepte = 128;

    public static IEndpointRouteBuilder MapGraphQL(this IEndpointRouteBuilder app)
    {
        app.MapMethods(Pad, [HttpMethods.Get, HttpMethods.Post], VerwerkAsync)
            .WithName("GraphQL")
            .DisableAntiforgery();
        return app;
    }

    private static async Task VerwerkAsync(HttpContext http)
    {
        var mediaType = KiesMediaType(http.Request.Headers.Accept);
        if (HttpMethods.IsGet(http.Request.Method) && WilHtml(http.Request.Headers.Accept))
        {
            await GraphiQL.SchrijfAsync(http);
            return;
        }

        using var operatie = new GraphQLOperatie(http);
        if (mediaType is null)
        {
            operatie.Fout("NOT_ACCEPTABLE");
            await FoutAntwoord.SchrijfAsync(http, Json, StatusCodes.Status406NotAcceptable, "NOT_ACCEPTABLE", []);
            return;
        }

        try
        {
            var verzoek = HttpMethods.IsGet(http.Request.Method)
                ? GraphQLVerzoek.Lees(http.Request.Query)
                : await LeesBodyAsync(http);
            await VoerUitAsync(http, verzoek, mediaType, operatie);
        }
        catch (VerzoekFout fout)
        {
            operatie.Fout(fout.Code);
            await FoutAntwoord.SchrijfAsync(http, mediaType, fout.Status, fout.Code, fout.Argumenten, fout.Bericht);
        }
    }

    private static async Task<GraphQLVerzoek> LeesBodyAsync(HttpContext http)
    {
        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var contentType)
            || !contentType.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
            || (contentType.Charset.HasValue && !contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
        {
            throw new VerzoekFout(StatusCodes.Status415UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE");
        }

        var limiet = http.RequestServices.GetRequiredService<IOptions<GraphQLLimieten>>().Value.MaximaleBodyGrootte;
        if (http.Request.ContentLength > limiet)
        {
            throw new VerzoekFout(StatusCodes.Status413PayloadTooLarge, "REQUEST_TOO_LARGE", limiet);
        }

        var buffer = new MemoryStream();
        var blok = new byte[8192];
        int gelezen;
        try
        {
            while ((gelezen = await http.Request.Body.ReadAsync(blok, http.RequestAborted)) > 0)
            {
                if (buffer.Length + gelezen > limiet)
                {
                    throw new VerzoekFout(StatusCodes.Status413PayloadTooLarge, "REQUEST_TOO_LARGE", limiet);
                }

                buffer.Write(blok, 0, gelezen);
            }
        }
        catch (BadHttpRequestException fout)
        {
            // Kestrel gave up on the body: too slow (MinRequestBodyDataRate, 408), or malformed or cut off (400).
            throw fout.StatusCode == StatusCodes.Status408RequestTimeout
                ? new VerzoekFout(StatusCodes.Status408RequestTimeout, "REQUEST_BODY_TIMEOUT")
                : new VerzoekFout(fout.StatusCode is >= 400 and < 500 ? fout.StatusCode : StatusCodes.Status400BadRequest, "INVALID_REQUEST", new Deelbericht("REQUEST_BODY_UNREADABLE"));
        }

        // Strings with invalid UTF-8 pass the JSON parser but cannot be read as text.
        var body = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        if (!System.Text.Unicode.Utf8.IsValid(body.Span))
        {
            throw JsonFout.Body(body.Span, GraphQLVerzoek.MaximaleDiepte);
        }

        try
        {
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = GraphQLVerzoek.MaximaleDiepte });
            return GraphQLVerzoek.Lees(document.RootElement.Clone());
        }
        catch (JsonException)
        {
            // System.Text.Json's message is English and names its own counting (0-based lines, bytes): said again in
            // the request's language.
            throw JsonFout.Body(body.Span, GraphQLVerzoek.MaximaleDiepte);
        }
    }

    /// <summary>
    /// Runs one request: look up the document, parse it, refuse a mutation over GET, read the variables, weigh the
    /// document, wait in the queue, execute and write the answer. Each step that refuses throws a
    /// <see cref="VerzoekFout"/> or writes a GraphQL error itself.
    /// </summary>
    private static async Task VoerUitAsync(HttpContext http, GraphQLVerzoek verzoek, string mediaType, GraphQLOperatie operatie)
    {
        // A query's statements share the request's connection (Verzoekcontext), opened once for the execution instead
        // of once per statement; not while the request waits in the queue, nor for a mutation (which writes with
        // contexts of its own).
        var verzoekcontext = http.RequestServices.GetRequiredService<Verzoekcontext>();
        try
        {
            await VoerUitAsync(http, verzoek, mediaType, operatie, verzoekcontext);
        }
        finally
        {
            await verzoekcontext.SluitAsync();
        }
    }

    private static async Task VoerUitAsync(HttpContext http, GraphQLVerzoek verzoek, string mediaType, GraphQLOperatie operatie, Verzoekcontext verzoekcontext)
    {
        var services = http.RequestServices;
        var limieten = services.GetRequiredService<IOptions<GraphQLLimieten>>().Value;
        operatie.Document(verzoek.DocumentId);
        var tekst = DocumentTekst(services, verzoek);
        var cache = services.GetRequiredService<Antwoordcache>();
        // The data versions are read past EF Core (Dataversielezer): a cached answer or a 304 takes no context and
        // opens no connection of the request's; an execution opens it below.
        var (sleutel, reactieversie) = cache.IsVoor(http, verzoek) ? await cache.SleutelAsync(verzoek, tekst, mediaType, http.RequestAborted) : default;
        if (sleutel is { } bewaardOnder && cache.Zoek(bewaardOnder, reactieversie) is { } bewaard)
        {
            operatie.Bewaard(bewaard.OperatieNaam, bewaard.OperatieType);
            await SchrijfBewaardAsync(http, bewaard.Inhoud, bewaard.Hash, mediaType + "; charset=utf-8", bewaard: true, codering => cache.Gecomprimeerd(bewaardOnder, bewaard, codering));
            return;
        }

        var gevalideerd = services.GetRequiredService<GevalideerdeDocumenten>();
        var bekend = gevalideerd.Zoek(tekst);
        var document = bekend;
        if (document is null && !ProbeerTeParsen(tekst, out document))
        {
            await SchrijfAsync(http, new ExecutionResult(new LimietFout("MAX_DEPTH_EXCEEDED", ParserDiepte + "+", limieten.MaximaleDiepte)), mediaType, operatie);
            return;
        }

        operatie.Operatie(document, verzoek.OperationName);

        WeigerMutatieViaGet(http, document, verzoek.OperationName);
        var (variabelen, extensies) = LeesInputs(services, verzoek);
        var (complexiteit, teZwaar) = Weeg(services, document, verzoek.OperationName, variabelen, limieten);
        if (teZwaar is not null)
        {
            await SchrijfAsync(http, new ExecutionResult(teZwaar), mediaType, operatie);
            return;
        }

        using var plaats = services.GetRequiredService<GraphQLWachtrij>().ProbeerNu(complexiteit) ?? await BetreedWachtrijAsync(http, complexiteit, limieten);
        if (operatie.Type == "query")
        {
            await verzoekcontext.OpenAsync(http.RequestAborted);
        }

        // An answer to keep: which areas its execution reads decides which versions it is kept under.
        var spoor = sleutel is null ? null : Leesspoor.Volg();
        var resultaat = await services.GetRequiredService<IDocumentExecuter<ISchema>>().ExecuteAsync(new ExecutionOptions
        {
            Query = tekst,
            Document = document,
            OperationName = verzoek.OperationName,
            Variables = variabelen,
            Extensions = extensies,
            RequestServices = services,
            User = http.User,
            UserContext = new Dictionary<string, object?> { [ParticipatieQueries.ClientAdres] = http.Connection.RemoteIpAddress?.ToString() },
            CancellationToken = http.RequestAborted,
            Timeout = limieten.Timeout,
            TimeoutAction = TimeoutAction.ReturnTimeoutError,
            // A document that validated before is not validated again (the variables and arguments still are).
            ValidationRules = bekend is null ? null : [],
        });
        if (bekend is null && document is not null && resultaat.Executed)
        {
            gevalideerd.Bewaar(tekst, document, opgeslagen: verzoek.DocumentId is not null);
        }

        await SchrijfAsync(http, resultaat, mediaType, operatie, sleutel, spoor?.LeestReacties == true ? reactieversie : null);
    }

    /// <summary>The document's text: sent as <c>query</c>, or looked up by its <c>documentId</c>.</summary>
    private static string DocumentTekst(IServiceProvider services, GraphQLVerzoek verzoek) =>
        verzoek.DocumentId is { } documentId
            ? services.GetRequiredService<OpgeslagenDocumenten>().Zoek(documentId)
            : verzoek.Query!;

    /// <summary>
    /// Parses the document; false when it nests deeper than the parser accepts. A syntax error leaves
    /// <paramref name="document"/> null: the executer parses again and reports it in the standard shape.
    /// </summary>
    private static bool ProbeerTeParsen(string tekst, out GraphQLDocument? document)
    {
        document = null;
        try
        {
            document = Parser.Parse(tekst, new ParserOptions { MaxDepth = ParserDiepte });
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return false;
        }
        catch (GraphQLParserException)
        {
            // Reported by the executer.
        }

        return true;
    }

    /// <summary>GET is for queries only: a mutation or subscription over GET is a 405 that points to POST.</summary>
    private static void WeigerMutatieViaGet(HttpContext http, GraphQLDocument? document, string? operationName)
    {
        if (document is not null && HttpMethods.IsGet(http.Request.Method) && IsMutatie(document, operationName))
        {
            http.Response.Headers.Allow = HttpMethods.Post;
            throw new VerzoekFout(StatusCodes.Status405MethodNotAllowed, "METHOD_NOT_ALLOWED");
        }
    }

    /// <summary>The variables and extensions of the request; either one that cannot be read is a 400.</summary>
    private static (Inputs? Variabelen, Inputs? Extensies) LeesInputs(IServiceProvider services, GraphQLVerzoek verzoek)
    {
        var serializer = services.GetRequiredService<IGraphQLTextSerializer>();
        return (LeesInputs(serializer, verzoek.Variables, "variables"), LeesInputs(serializer, verzoek.Extensions, "extensions"));
    }

    /// <summary>
    /// The object was checked to be a JSON object (<see cref="GraphQLVerzoek"/>); what GraphQL.NET's reader can still
    /// refuse is a value in it (a string with half a surrogate pair, <c>"\ud800"</c>, a number beyond a double). Its
    /// own message names an internal type (<c>GraphQL.Inputs</c>), so the answer says which member and what to fix.
    /// </summary>
    private static Inputs? LeesInputs(IGraphQLTextSerializer serializer, JsonElement? json, string naam)
    {
        try
        {
            return json is { } waarde ? serializer.ReadNode<Inputs>(waarde) : null;
        }
        catch (Exception fout) when (fout is JsonException or InvalidOperationException or FormatException or OverflowException)
        {
            throw new VerzoekFout(StatusCodes.Status400BadRequest, "INVALID_REQUEST", new Deelbericht("REQUEST_VALUE_UNREADABLE", naam));
        }
    }

    /// <summary>
    /// Weighs the document before GraphQL.NET validates it, so a hostile one is refused in time linear in its text:
    /// its complexity, or the limit it exceeds. A document that did not parse weighs nothing.
    /// </summary>
    private static (double Complexiteit, LimietFout? Fout) Weeg(
        IServiceProvider services,
        GraphQLDocument? document,
        string? operationName,
        Inputs? variabelen,
        GraphQLLimieten limieten)
    {
        if (document is null)
        {
            return (0d, null);
        }

        var schema = services.GetRequiredService<ISchema>();
        if (!schema.Initialized)
        {
            schema.Initialize();
        }

        var (begroting, fout) = QueryBegroting.Bereken(document, schema, operationName, variabelen, limieten);
        return fout is not null ? (0d, fout) : (begroting!.Complexiteit, null);
    }

    /// <summary>A place in the <see cref="GraphQLWachtrij"/>; when none comes free in time, a 503 with Retry-After.</summary>
    private static async Task<RateLimitLease> BetreedWachtrijAsync(HttpContext http, double complexiteit, GraphQLLimieten limieten)
    {
        var plaats = await http.RequestServices.GetRequiredService<GraphQLWachtrij>().BetreedAsync(complexiteit, http.RequestAborted);
        if (plaats is null)
        {
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(limieten.OpnieuwNa.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            throw new VerzoekFout(StatusCodes.Status503ServiceUnavailable, "SERVER_BUSY");
        }

        return plaats;
    }

    /// <param name="sleutel">The key under which a successful query's answer is kept (<see cref="Antwoordcache"/>); null: not kept.</param>
    /// <param name="reactieversie">The reacties version the answer was made at, when its execution read reacties.</param>
    private static async Task SchrijfAsync(HttpContext http, ExecutionResult resultaat, string mediaType, GraphQLOperatie operatie, Antwoordcache.Sleutel? sleutel = null, long? reactieversie = null)
    {
        var services = http.RequestServices;
        operatie.Resultaat(resultaat, services.GetRequiredService<FoutVertaler>());
        var serializer = services.GetRequiredService<IGraphQLTextSerializer>();

        // application/graphql-response+json: a request that never executed (parse or validation error) is a 400.
        http.Response.StatusCode = !resultaat.Executed && mediaType == GraphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        var contentType = mediaType + "; charset=utf-8";
        var gelukt = resultaat.Executed && resultaat.Errors is not { Count: > 0 };
        var bewaren = gelukt && sleutel is not null && operatie.Type == "query";
        if (gelukt && ((HttpMethods.IsGet(http.Request.Method) && string.IsNullOrEmpty(http.Request.Headers.Authorization)) || bewaren))
        {
            using var buffer = new MemoryStream();
            await serializer.WriteAsync(buffer, resultaat, http.RequestAborted);
            var inhoud = buffer.ToArray();
            var hash = CacheAntwoord.Hash(http, contentType, inhoud);
            Func<string, byte[]?>? gecomprimeerd = null;
            if (bewaren)
            {
                var cache = services.GetRequiredService<Antwoordcache>();
                var antwoord = new Antwoordcache.Antwoord(inhoud, hash, operatie.Naam, operatie.Type, reactieversie);
                cache.Bewaar(sleutel!, antwoord);
                gecomprimeerd = codering => cache.Gecomprimeerd(sleutel!, antwoord, codering);
            }

            await SchrijfBewaardAsync(http, inhoud, hash, contentType, bewaard: false, gecomprimeerd);
            return;
        }

        if (!gelukt)
        {
            http.Response.Headers.CacheControl = "no-store";
        }

        http.Response.ContentType = contentType;
        await serializer.WriteAsync(http.Response.Body, resultaat, http.RequestAborted);
    }

    /// <summary>
    /// A successful answer as bytes: for a GET with the cache headers and an ETag (a 304 when <c>If-None-Match</c> names
    /// it), for a POST (a persisted document) as is. <paramref name="bewaard"/>: from the server's copy;
    /// <paramref name="gecomprimeerd"/>: its compressed forms, for an answer the server keeps (<see cref="Antwoordcache.Gecomprimeerd"/>).
    /// </summary>
    private static async Task SchrijfBewaardAsync(HttpContext http, byte[] inhoud, string hash, string contentType, bool bewaard, Func<string, byte[]?>? gecomprimeerd = null)
    {
        if (!HttpMethods.IsGet(http.Request.Method) || !string.IsNullOrEmpty(http.Request.Headers.Authorization))
        {
            http.Response.StatusCode = StatusCodes.Status200OK;
            http.Response.ContentType = contentType;
            await CacheAntwoord.SchrijfInhoudAsync(http, inhoud, gecomprimeerd);
            return;
        }

        // The answer depends on these request headers; with an API key it would differ (and is never stored). Origin:
        // CORS adds Access-Control-Allow-Origin only when a request has one, so a copy cached for the API's own pages
        // must not serve a widget on another origin. Accept-Encoding: on every answer, a 304 and an uncompressed one
        // included (the middleware named it only on the answers it compressed).
        http.Response.Headers.Vary = "Accept, Accept-Language, Authorization, Origin, Accept-Encoding";
        var cache = http.RequestServices.GetRequiredService<IOptions<LeesCache>>().Value;
        await CacheAntwoord.SchrijfAsync(http, inhoud, contentType, hash, cache.CacheControl, "graphql", bewaard, gecomprimeerd);
    }

    private static bool IsMutatie(GraphQLDocument document, string? operationName)
    {
        var operaties = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var operatie = operationName is null
            ? operaties.Count == 1 ? operaties[0] : null
            : operaties.FirstOrDefault(o => o.Name?.Value == operationName);
        return operatie?.Operation is OperationType.Mutation or OperationType.Subscription;
    }

    /// <summary>The first acceptable type in the order the client listed them (the graphql-http reference does the same).</summary>
    private static string? KiesMediaType(Microsoft.Extensions.Primitives.StringValues accept)
    {
        if (accept.Count == 0 || string.IsNullOrWhiteSpace(accept.ToString()))
        {
            return Json;
        }

        if (!MediaTypeHeaderValue.TryParseList(accept, out var typen))
        {
            return Json;
        }

        foreach (var type in typen)
        {
            var naam = type.MediaType.Value ?? string.Empty;
            if (naam.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLResponse;
            }

            if (naam.Equals(Json, StringComparison.OrdinalIgnoreCase) || naam is "*/*" or "application/*")
            {
                return Json;
            }
        }

        return null;
    }

    private static bool WilHtml(Microsoft.Extensions.Primitives.StringValues accept) =>
        MediaTypeHeaderValue.TryParseList(accept, out var typen) && typen.Any(t => t.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
}
