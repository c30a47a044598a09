using System.Diagnostics;
using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// Hostile documents well below the 64 KB body limit whose expanded size is astronomical (fragments that spread the
/// previous one twice, thousands of aliases, introspection over and over). Each is refused with a stable code, and
/// fast: the refusal bound is generous (the unfixed server needed seconds to minutes for several of these).
/// </summary>
[Collection(ServerCollectie.Naam)]
public sealed class VijandigeDocumentenTests(SociaalNetwerkServer server)
{
    /// <summary>
    /// Loose on purpose (a loaded CI machine): the refusal itself takes milliseconds, the unfixed server a minute for the
    /// 2^26 document; the deterministic guard is the step count in <see cref="CountingIsLinearInTheText"/>.
    /// </summary>
    private static readonly TimeSpan Snel = TimeSpan.FromSeconds(5);

    private readonly HttpClient _client = server.MaakClient();

    /// <summary>Exponent of the doubling documents: Fn expands to 2^n copies of F0 (61 s on the unfixed server at 26).</summary>
    private const int N = 26;

    /// <summary><c>fragment F1 on T { ...F0 ...F0 }</c> … up to Fn; <paramref name="paar"/> writes a body from the previous name.</summary>
    public static string Verdubbelend(int n, string type, string basis, string gebruik, Func<string, string>? paar = null)
    {
        paar ??= vorige => $"...{vorige} ...{vorige}";
        var tekst = new StringBuilder();
        tekst.Append(gebruik.Replace("$F", "F" + n, StringComparison.Ordinal)).Append('\n');
        tekst.Append("fragment F0 on ").Append(type).Append(" { ").Append(basis).Append(" }\n");
        for (var i = 1; i <= n; i++)
        {
            tekst.Append("fragment F").Append(i).Append(" on ").Append(type).Append(" { ").Append(paar("F" + (i - 1))).Append(" }\n");
        }

        return tekst.ToString();
    }

    private static string Herhaal(int aantal, Func<int, string> deel, string scheiding = " ") =>
        string.Join(scheiding, Enumerable.Range(0, aantal).Select(deel));

    public static TheoryData<string, string, string?, string> Documenten => new()
    {
        // 2^26 copies of a Wijk fragment in a list (61 s on the unfixed server, then MAX_COMPLEXITY_EXCEEDED).
        { "doubling fragments in a list", Verdubbelend(N, "Wijk", "slug naam", "{ wijken { ...$F } }"), null, "MAX_SIZE_EXCEEDED" },
        // __typename costs no complexity: the unfixed server walked 2^26 fields and then answered.
        { "doubling fragments of __typename", Verdubbelend(N, "Query", "__typename", "{ ...$F }"), null, "MAX_SIZE_EXCEEDED" },
        // Under a list of zero items the complexity is zero too; the expanded size is not.
        { "doubling fragments under first: 0", Verdubbelend(N, "Organisatie", "naam", "{ organisaties(first: 0) { nodes { ...$F } } }"), null, "MAX_SIZE_EXCEEDED" },
        // The doubling in an operation that is not selected still burdens validation.
        { "doubling fragments in another operation", Verdubbelend(N, "Query", "__typename", "query A { __typename } query B { ...$F }"), "A", "MAX_SIZE_EXCEEDED" },
        // Spreads with directives that keep them in.
        { "doubling spreads with directives", Verdubbelend(N, "Query", "__typename", "{ ...$F @include(if: true) }", v => $"...{v} @include(if: true) ...{v} @skip(if: false)"), null, "MAX_SIZE_EXCEEDED" },
        // Spreads left out by @skip: still counted, validation reads them all.
        { "doubling spreads that are skipped", Verdubbelend(N, "Query", "__typename", "{ __typename ...$F @skip(if: true) }"), null, "MAX_SIZE_EXCEEDED" },
        // Doubling through inline fragments inside the fragments.
        { "doubling through inline fragments", Verdubbelend(N, "Query", "__typename", "{ ...$F }", v => $"... on Query {{ ...{v} }} ... {{ ...{v} }}"), null, "MAX_SIZE_EXCEEDED" },
        // A long string argument in a fragment doubled many times.
        { "doubling fragments with a big argument", Verdubbelend(20, "Query", "wijk(slug: \"" + new string('a', 20_000) + "\") { slug }", "{ ...$F }"), null, "MAX_SIZE_EXCEEDED" },
        // A chain of a thousand fragments, each spreading the next.
        { "a chain of fragments", "{ ...F999 }\nfragment F0 on Query { __typename }\n" + Herhaal(999, i => $"fragment F{i + 1} on Query {{ ...F{i} }}", "\n"), null, "MAX_DEPTH_EXCEEDED" },
        // Two aliased lists at every level, nested to the depth limit: small text, astronomical complexity.
        { "aliases doubling by nesting", "{ wijken { " + Genest(6) + " } }", null, "MAX_COMPLEXITY_EXCEEDED" },
        // Thousands of aliases of the same list.
        { "wide aliases of a list", "{ " + Herhaal(2500, i => $"a{i}: wijken {{ slug }}") + " }", null, "MAX_SIZE_EXCEEDED" },
        // Thousands of fields with one response name (the overlapping-fields check compares them in pairs).
        { "one alias thousands of times", "{ " + Herhaal(4000, _ => "a: __typename") + " }", null, "MAX_SIZE_EXCEEDED" },
        // A hundred copies of introspection: cheap to write, megabytes to answer (300 took 6 s and 11 MB).
        { "aliased __schema", "{ " + Herhaal(100, i => $"s{i}: __schema {{ types {{ name fields {{ name type {{ name }} }} }} }}") + " }", null, "MAX_COMPLEXITY_EXCEEDED" },
        { "aliased __type", "{ " + Herhaal(300, i => $"t{i}: __type(name: \"Query\") {{ fields {{ name }} }}") + " }", null, "MAX_COMPLEXITY_EXCEEDED" },
        // Thousands of directives on one field.
        { "many directives", "{ __typename " + Herhaal(3000, _ => "@skip(if: false)") + " }", null, "MAX_SIZE_EXCEEDED" },
        // Inline fragments nested deeper than any document needs (an internal error on the unfixed server).
        { "deeply nested inline fragments", "{ " + Herhaal(300, _ => "... on Query {") + " __typename " + new string('}', 300) + " }", null, "MAX_DEPTH_EXCEEDED" },
        // Fields nested past the depth limit, and past what the parser accepts.
        { "deep nesting", "{ " + Herhaal(10, _ => "wijken { organisaties {") + " naam " + new string('}', 20) + " }", null, "MAX_DEPTH_EXCEEDED" },
        { "nesting deeper than the parser allows", "{ " + Herhaal(1000, _ => "wijken {") + " naam " + new string('}', 1000) + " }", null, "MAX_DEPTH_EXCEEDED" },
        // Thousands of operations and of variables.
        { "many operations", Herhaal(2000, i => $"query q{i} {{ __typename }}", "\n"), "q1", "MAX_SIZE_EXCEEDED" },
        { "many variables", "query(" + Herhaal(4000, i => $"$v{i}: Int") + ") { __typename }", null, "MAX_SIZE_EXCEEDED" },
    };

    /// <summary>Two aliased lists of organisations per level, each with the wijken of every organisation below.</summary>
    private static string Genest(int niveaus) => niveaus == 0
        ? "naam"
        : $"a: organisaties {{ wijken {{ {Genest(niveaus - 1)} }} }} b: organisaties {{ wijken {{ {Genest(niveaus - 1)} }} }}";

    [Theory]
    [MemberData(nameof(Documenten))]
    public async Task HostileDocumentsAreRefusedFastWithACode(string naam, string document, string? operationName, string code)
    {
        Assert.True(Encoding.UTF8.GetByteCount(document) < 64 * 1024, $"{naam}: {Encoding.UTF8.GetByteCount(document)} bytes");

        var klok = Stopwatch.StartNew();
        var antwoord = await StuurAsync(document, operationName);
        klok.Stop();

        var body = antwoord.Body.ToJsonString();
        Assert.True(code == antwoord.EersteCode, $"{naam}: {antwoord.Status} {body[..Math.Min(500, body.Length)]}");
        Assert.Equal(HttpStatusCode.BadRequest, antwoord.Status);
        Assert.Null(antwoord.Body["data"]);
        Assert.True(klok.Elapsed < Snel, $"{naam}: refused after {klok.Elapsed}");
    }

    private async Task<GraphQLAntwoord> StuurAsync(string document, string? operationName)
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { query = document, operationName }), Encoding.UTF8, "application/json"),
        };
        verzoek.Headers.Accept.ParseAdd("application/graphql-response+json");
        return await _client.StuurAsync(verzoek);
    }

    /// <summary>The deterministic measure: the check visits each written selection about once, never the expansion.</summary>
    [Theory]
    [MemberData(nameof(Documenten))]
    public void CountingIsLinearInTheText(string naam, string document, string? operationName, string code)
    {
        GraphQLParser.AST.GraphQLDocument ontleed;
        try
        {
            ontleed = GraphQLParser.Parser.Parse(document, new GraphQLParser.ParserOptions { MaxDepth = 128 });
        }
        catch (GraphQLParser.Exceptions.GraphQLMaxDepthExceededException)
        {
            Assert.Equal("MAX_DEPTH_EXCEEDED", code);
            return;
        }

        var schema = server.Services.GetRequiredService<global::GraphQL.Types.ISchema>();
        var limieten = new SociaalNetwerk.GraphApi.GraphQL.GraphQLLimieten();
        var (_, fout) = SociaalNetwerk.GraphApi.GraphQL.QueryBegroting.Bereken(ontleed, schema, operationName, null, limieten, out var stappen);

        Assert.Equal(code, fout?.Code);
        Assert.True(stappen <= document.Length + limieten.MaximaleOmvang, $"{naam}: {stappen} steps for {document.Length} characters");
    }

    [Fact]
    public async Task TheRefusalsAreLocalised()
    {
        var antwoord = await _client.GraphQLAsync(Verdubbelend(N, "Query", "__typename", "{ ...$F }"), taal: "en");

        Assert.Equal("MAX_SIZE_EXCEEDED", antwoord.EersteCode);
        Assert.Equal("The query is too large: with every fragment filled in it has more than 2000 fields, arguments and directives. Use fewer aliases and fragments.", antwoord.EersteBericht);
    }

    [Fact]
    public async Task AFragmentCycleIsAValidationError()
    {
        var antwoord = await _client.GraphQLAsync("{ ...A } fragment A on Query { __typename ...B } fragment B on Query { ...A }");

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.Status);
        Assert.Equal("NO_FRAGMENT_CYCLES", antwoord.EersteCode);
    }

    [Fact]
    public async Task ALongStringIsAnsweredNormally()
    {
        var antwoord = (await _client.GraphQLAsync("{ wijk(slug: \"" + new string('x', 60_000) + "\") { naam } }")).ZonderFouten();

        Assert.Null(antwoord.Data["wijk"]);
    }
}
