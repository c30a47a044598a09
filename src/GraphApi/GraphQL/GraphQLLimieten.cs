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
    /// Complexity as computed by GraphQL.NET's analyser: each field costs 1, and lists multiply what is below
    /// them by their <c>first</c> (or 20). A full agenda page of 100 items with activity, organisers and location is about 2,500.
    /// </summary>
    public int MaximaleComplexiteit { get; set; } = 10_000;

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Request body in bytes; the largest real document (introspection) is about 2 KB.</summary>
    public int MaximaleBodyGrootte { get; set; } = 64 * 1024;
}
