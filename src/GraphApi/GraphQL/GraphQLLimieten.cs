namespace SociaalNetwerk.GraphApi.GraphQL;

/// <summary>
/// Limits on one GraphQL request, bound from the <c>GraphQL</c> configuration section. The defaults follow
/// the OWASP GraphQL cheat sheet and leave room for the deepest query the widgets send (depth 9).
/// </summary>
public sealed class GraphQLLimieten
{
    public const string Sectie = "GraphQL";

    /// <summary>Nesting depth of fields; the schema's deepest useful path is about 10.</summary>
    public int MaximaleDiepte { get; set; } = 15;

    /// <summary>
    /// Complexity as computed by GraphQL.NET's analyser (now by <see cref="QueryBegroting"/>, with the same numbers):
    /// each field costs 1, and lists multiply what is below them by their <c>first</c> (or 20). A full agenda page of
    /// 100 items with activity, organisers and location is about 2,500; one introspection query 2,500.
    /// </summary>
    public int MaximaleComplexiteit { get; set; } = 10_000;

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Request body in bytes; the largest real document (introspection) is about 2 KB.</summary>
    public int MaximaleBodyGrootte { get; set; } = 64 * 1024;

    /// <summary>
    /// Size of the whole document with every fragment filled in (fields, arguments, directives…, see
    /// <see cref="QueryBegroting"/>); the introspection query GraphiQL sends is about 250.
    /// </summary>
    public int MaximaleOmvang { get; set; } = 2_000;

    /// <summary>Queries up to this complexity are light: they have their own places and never wait behind heavy ones.</summary>
    public int LichtTot { get; set; } = 250;

    /// <summary>Light queries (and mutations, which are light) executing at the same time.</summary>
    public int GelijktijdigLicht { get; set; } = 32;

    /// <summary>Heavy queries executing at the same time; the machine has few cores and SQLite one writer.</summary>
    public int GelijktijdigZwaar { get; set; } = 4;

    /// <summary>Requests that may wait for a place, per kind; past that (or after <see cref="Timeout"/>) a 503 <c>SERVER_BUSY</c>.</summary>
    public int Wachtrij { get; set; } = 200;

    /// <summary>The <c>Retry-After</c> of a 503 <c>SERVER_BUSY</c>.</summary>
    public TimeSpan OpnieuwNa { get; set; } = TimeSpan.FromSeconds(2);
}
