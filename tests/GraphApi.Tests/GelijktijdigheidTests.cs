using System.Data.Common;
using System.Net;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// One heavy query at a time, no queue, two light ones; the database holds any query that searches for
/// <see cref="Zoekterm"/> until the test lets it go. So "busy" is a state the test controls, not a race.
/// </summary>
public sealed class DrukkeServer : SociaalNetwerkServer
{
    public const string Zoekterm = "vasthouden-tot-de-test-loslaat";

    protected override IDictionary<string, string?> Configuratie => new Dictionary<string, string?>
    {
        ["GraphQL:GelijktijdigZwaar"] = "1",
        ["GraphQL:GelijktijdigLicht"] = "2",
        ["GraphQL:Wachtrij"] = "0",
        ["GraphQL:LichtTot"] = "100",
        ["GraphQL:OpnieuwNa"] = "00:00:03",
        ["GraphQL:Timeout"] = "00:05:00",
    };

    public Poort Poort { get; } = new();

    protected override void ConfigureerDiensten(IServiceCollection services) => services.AddSingleton<IInterceptor>(Poort);
}

public sealed class Poort : DbCommandInterceptor
{
    private readonly TaskCompletionSource _binnen = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _los = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when a held query reached the database.</summary>
    public Task Binnen => _binnen.Task;

    public void LaatLos() => _los.TrySetResult();

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (command.Parameters.Cast<DbParameter>().Any(p => p.Value is string s && s.Contains(DrukkeServer.Zoekterm, StringComparison.Ordinal)))
        {
            _binnen.TrySetResult();
            await _los.Task.WaitAsync(cancellationToken);
        }

        return result;
    }
}

public sealed class GelijktijdigheidTests(DrukkeServer server) : IClassFixture<DrukkeServer>
{
    private const string Zwaar = "{ agenda(first: 100, filter: { zoekterm: \"" + DrukkeServer.Zoekterm + "\" }) { nodes { start eind activiteit { titel } } } }";
    private const string NogEenZware = "{ agenda(first: 100) { nodes { start eind activiteit { titel } } } }";

    [Fact]
    public async Task WhenTheHeavyLaneIsFullHeavyQueriesGetA503AndLightOnesAndSubmissionsStillRun()
    {
        using var client = server.MaakClient();
        var bezet = client.GraphQLAsync(Zwaar);
        try
        {
            // Guards against a hang only: the held query normally arrives at once.
            await server.Poort.Binnen.WaitAsync(TimeSpan.FromMinutes(1));

            using var zwaar = new HttpRequestMessage(HttpMethod.Post, "/graphql")
            {
                Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { query = NogEenZware }), System.Text.Encoding.UTF8, "application/json"),
            };
            using var geweigerd = await client.SendAsync(zwaar);
            var fout = await client.StuurAsync(Kopie(zwaar));
            var licht = await client.GraphQLAsync("{ wijken { slug } }");
            var mutatie = await client.GraphQLAsync("mutation { reactieIntrekken(ontvangstcode: \"BESTAAT-NIET\") { ingetrokken } }");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, geweigerd.StatusCode);
            Assert.Equal("3", geweigerd.Headers.GetValues("Retry-After").Single());
            Assert.Equal("SERVER_BUSY", fout.EersteCode);
            Assert.Equal("De server is nu te druk. Probeer het over een paar seconden opnieuw (zie Retry-After).", fout.EersteBericht);
            Assert.NotEmpty(licht.ZonderFouten().Data["wijken"]!.AsArray());
            Assert.NotEqual(HttpStatusCode.ServiceUnavailable, mutatie.Status);
            Assert.NotEqual("SERVER_BUSY", mutatie.EersteCode);
        }
        finally
        {
            server.Poort.LaatLos();
        }

        (await bezet).ZonderFouten();
        // The place is free again.
        (await client.GraphQLAsync(NogEenZware)).ZonderFouten();
    }

    private static HttpRequestMessage Kopie(HttpRequestMessage verzoek) => new(verzoek.Method, verzoek.RequestUri)
    {
        Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { query = NogEenZware }), System.Text.Encoding.UTF8, "application/json"),
    };
}
