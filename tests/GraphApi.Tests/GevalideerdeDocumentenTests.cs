using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL.Validation;
using SociaalNetwerk.GraphApi.GraphQL;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// A server whose GraphQL.NET validator counts, per document text, how often it ran the validation rules (a call
/// without rules only reads the variables and arguments, which happens for every request).
/// </summary>
public sealed class TellendeValidatieServer : SociaalNetwerkServer
{
    public TellendeValidator Validator { get; } = new();

    protected override void ConfigureerDiensten(IServiceCollection services) => services.AddSingleton<IDocumentValidator>(Validator);
}

/// <summary>GraphQL.NET's own validator, counting the calls that ran rules, per document text.</summary>
public sealed class TellendeValidator : IDocumentValidator
{
    private readonly DocumentValidator _binnen = new();

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _aantallen = new(StringComparer.Ordinal);

    public int Aantal(string tekst) => _aantallen.GetValueOrDefault(tekst);

    public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
    {
        if (options.Rules is null || options.Rules.Any())
        {
            _aantallen.AddOrUpdate(options.Document.Source.ToString(), 1, (_, n) => n + 1);
        }

        return _binnen.ValidateAsync(options);
    }
}

/// <summary>
/// <see cref="GevalideerdeDocumenten"/>: a document that passed validation is not validated again when it comes back
/// (a widget sends the same few documents over and over), and one that failed is never kept, so it fails every time.
/// </summary>
public sealed class GevalideerdeDocumentenTests(TellendeValidatieServer server) : IClassFixture<TellendeValidatieServer>
{
    private readonly HttpClient _client = server.MaakClient();

    [Fact]
    public async Task ADocumentSentTwiceIsValidatedOnceWithItsVariablesStillReadEachTime()
    {
        const string Tekst = "query EenmaalGevalideerd($eerste: Int) { agenda(first: $eerste) { nodes { start activiteit { titel } } } }";

        var eerste = (await _client.GraphQLAsync(Tekst, new { eerste = 2 })).ZonderFouten();
        var tweede = (await _client.GraphQLAsync(Tekst, new { eerste = 3 })).ZonderFouten();
        var derde = (await _client.GraphQLAsync(Tekst, new { eerste = 2 })).ZonderFouten();

        Assert.Equal(1, server.Validator.Aantal(Tekst));
        Assert.NotNull(server.Services.GetRequiredService<GevalideerdeDocumenten>().Zoek(Tekst));
        // The variables are still read per request: a kept document answers each request's own arguments.
        Assert.Equal(2, eerste.Data["agenda"]!["nodes"]!.AsArray().Count);
        Assert.Equal(3, tweede.Data["agenda"]!["nodes"]!.AsArray().Count);
        Assert.Equal(eerste.Body.ToJsonString(), derde.Body.ToJsonString());
    }

    [Fact]
    public async Task AnInvalidDocumentIsNeverKeptAndFailsTheSameWayEachTime()
    {
        const string Tekst = "{ agenda(first: 2) { nodes { start bestaatNiet } } }";

        var eerste = await _client.GraphQLAsync(Tekst);
        var tweede = await _client.GraphQLAsync(Tekst);

        Assert.NotNull(eerste.Errors);
        Assert.Equal(eerste.Status, tweede.Status);
        Assert.Equal(eerste.Body.ToJsonString(), tweede.Body.ToJsonString());
        Assert.Null(server.Services.GetRequiredService<GevalideerdeDocumenten>().Zoek(Tekst));
        Assert.Equal(2, server.Validator.Aantal(Tekst));
    }
}

/// <summary>
/// The bound of <see cref="GevalideerdeDocumenten"/> is for texts that clients send: once 500 are kept, new texts are
/// validated every time, but the widgets' persisted documents are still kept, so nobody can make every widget request
/// run the validation rules by sending 500 different queries first. Its own server: the class above keeps documents too.
/// </summary>
public sealed class GevalideerdeDocumentenGrensTests(TellendeValidatieServer server) : IClassFixture<TellendeValidatieServer>
{
    private readonly HttpClient _client = server.MaakClient();

    [Fact]
    public async Task AfterFiveHundredTextsThePersistedDocumentsAreStillKeptAndNewTextsAreNot()
    {
        var gevalideerd = server.Services.GetRequiredService<GevalideerdeDocumenten>();
        for (var i = 0; gevalideerd.Aantal < GevalideerdeDocumenten.Maximum; i++)
        {
            (await _client.GraphQLAsync($"query Vol{i} {{ wijken {{ slug }} }}")).ZonderFouten();
        }

        const string Teveel = "query EenTeveel { wijken { slug naam } }";
        (await _client.GraphQLAsync(Teveel)).ZonderFouten();
        (await _client.GraphQLAsync(Teveel)).ZonderFouten();
        Assert.Null(gevalideerd.Zoek(Teveel));
        Assert.Equal(2, server.Validator.Aantal(Teveel));

        var documenten = server.Services.GetRequiredService<OpgeslagenDocumenten>().Alle;
        var (id, tekst) = documenten.Single(d => d.Value.StartsWith("query WidgetAgenda(", StringComparison.Ordinal));
        // Two different variables: the second is not an answer the read cache kept, so it runs again.
        foreach (var eerste in new[] { 2, 3 })
        {
            using var antwoord = await _client.PostAsync("/graphql", new StringContent(
                JsonSerializer.Serialize(new { documentId = id, operationName = "WidgetAgenda", variables = new { filter = new { }, first = eerste } }),
                Encoding.UTF8, "application/json"));
            var inhoud = JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!;
            Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
            Assert.Null(inhoud["errors"]);
            Assert.Equal(eerste, inhoud["data"]!["agenda"]!["nodes"]!.AsArray().Count);
        }

        Assert.NotNull(gevalideerd.Zoek(tekst));
        Assert.Equal(1, server.Validator.Aantal(tekst));
    }
}
