using System.Data.Common;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;
using SociaalNetwerk.Schema.Data;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>The health endpoints of a server that is up: both 200, never cached, nothing but check names and states.</summary>
[Collection(ServerCollectie.Naam)]
public sealed class GezondheidTests(SociaalNetwerkServer server)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task AServerThatIsUpIsLiveAndReadyAndTheAnswerIsNeverCached(string pad)
    {
        using var client = server.MaakClient();

        var antwoord = await Gezondheid.VraagAsync(client, pad);

        Assert.Equal(HttpStatusCode.OK, antwoord.Status);
        Assert.Equal("Healthy", antwoord.Body["status"]!.GetValue<string>());
        Assert.True(antwoord.Bericht.Headers.CacheControl?.NoStore);
        Assert.Equal("application/json", antwoord.Bericht.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ReadinessNamesItsChecksAndNothingElse()
    {
        using var client = server.MaakClient();

        var antwoord = await Gezondheid.VraagAsync(client, "/health/ready");

        Assert.Equal(["checks", "status"], antwoord.Body.AsObject().Select(p => p.Key).Order());
        var checks = antwoord.Body["checks"]!.AsObject();
        Assert.Equal(["databank", "documenten", "migraties", "opstart"], checks.Select(p => p.Key).Order());
        Assert.All(checks, c => Assert.Equal("Healthy", c.Value!.GetValue<string>()));
        Assert.DoesNotContain(".db", antwoord.Tekst, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/health/live", "POST")]
    [InlineData("/health/ready", "DELETE")]
    [InlineData("/health/ready", "PUT")]
    public async Task AnyMethodButGetAndHeadIsTheUsualMethodNotAllowed(string pad, string methode)
    {
        using var client = server.MaakClient();
        using var verzoek = new HttpRequestMessage(new HttpMethod(methode), pad) { Content = new StringContent("{}") };
        verzoek.Headers.Accept.ParseAdd("application/json");

        using var antwoord = await client.SendAsync(verzoek);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, antwoord.StatusCode);
        Assert.Equal("application/problem+json", antwoord.Content.Headers.ContentType?.MediaType);
        Assert.Equal("METHOD_NOT_ALLOWED", JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!["code"]!.GetValue<string>());
        Assert.Contains(HttpMethods.Get, antwoord.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task AHeadRequestIsAnsweredLikeAGet(string pad)
    {
        using var client = server.MaakClient();
        using var verzoek = new HttpRequestMessage(HttpMethod.Head, pad);

        using var antwoord = await client.SendAsync(verzoek);

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
    }

    [Fact]
    public async Task AHealthCheckWithAnApiKeyHeaderThatIsWrongIsRefusedLikeAnyOtherRequest()
    {
        using var client = server.MaakClient();
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        verzoek.Headers.Authorization = new("Bearer", "sn_onzin");

        using var antwoord = await client.SendAsync(verzoek);

        Assert.Equal(HttpStatusCode.Unauthorized, antwoord.StatusCode);
    }
}

/// <summary>A server whose database has a migration that is not applied (a newer version deployed before <c>migrate</c> ran).</summary>
public sealed class OngemigreerdeServerTests : IAsyncLifetime
{
    private readonly SociaalNetwerkServer _server = new();

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_server).DisposeAsync();

    [Fact]
    public async Task WithAPendingMigrationTheServerIsLiveButNotReady()
    {
        using var client = _server.MaakClient();
        Assert.Equal(HttpStatusCode.OK, (await Gezondheid.VraagAsync(client, "/health/ready")).Status);

        // Forget the last migration: to EF Core (and to an instance of the next version) it is pending again.
        var databank = _server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>();
        await using (var db = await databank.CreateDbContextAsync())
        {
            var laatste = (await db.Database.GetAppliedMigrationsAsync()).Last();
            Assert.Equal(1, await db.Database.ExecuteSqlAsync($"DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = {laatste}"));
        }

        var klaar = await Gezondheid.VraagAsync(client, "/health/ready");
        var levend = await Gezondheid.VraagAsync(client, "/health/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, klaar.Status);
        Assert.Equal("Unhealthy", klaar.Body["status"]!.GetValue<string>());
        Assert.Equal("Unhealthy", klaar.Body["checks"]!["migraties"]!.GetValue<string>());
        Assert.Equal("Healthy", klaar.Body["checks"]!["databank"]!.GetValue<string>());
        Assert.True(klaar.Bericht.Headers.CacheControl?.NoStore);
        Assert.Equal(HttpStatusCode.OK, levend.Status);
    }
}

/// <summary>
/// A server that loses its database after the start: every new connection fails, as when the database server is
/// down or unreachable over the network. (Connections are refused by an EF Core interceptor on opening; the product
/// sees the same exception path as a real outage.)
/// </summary>
public sealed class OnbereikbareDatabankServer : SociaalNetwerkServer
{
    public Storing Storing { get; } = new();

    protected override void ConfigureerDiensten(IServiceCollection services) => services.AddSingleton<IInterceptor>(Storing);
}

/// <summary>When <see cref="Aan"/>, opening a database connection fails.</summary>
public sealed class Storing : DbConnectionInterceptor
{
    private volatile bool _aan;

    public bool Aan
    {
        get => _aan;
        set => _aan = value;
    }

    public override ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
        Aan ? throw new InvalidOperationException("De databank is onbereikbaar (test).") : base.ConnectionOpeningAsync(connection, eventData, result, cancellationToken);

    public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        Aan ? throw new InvalidOperationException("De databank is onbereikbaar (test).") : base.ConnectionOpening(connection, eventData, result);
}

public sealed class OnbereikbareDatabankTests(OnbereikbareDatabankServer server) : IClassFixture<OnbereikbareDatabankServer>
{
    [Fact]
    public async Task WhenTheDatabaseIsUnreachableTheServerIsLiveButNotReadyAndSaysNothingAboutWhy()
    {
        using var client = server.MaakClient();
        Assert.Equal(HttpStatusCode.OK, (await Gezondheid.VraagAsync(client, "/health/ready")).Status);

        server.Storing.Aan = true;
        GezondheidAntwoord klaar, levend;
        try
        {
            klaar = await Gezondheid.VraagAsync(client, "/health/ready");
            levend = await Gezondheid.VraagAsync(client, "/health/live");
        }
        finally
        {
            server.Storing.Aan = false;
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, klaar.Status);
        Assert.Equal("Unhealthy", klaar.Body["checks"]!["databank"]!.GetValue<string>());
        Assert.DoesNotContain("onbereikbaar", klaar.Tekst, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, levend.Status);
        Assert.Equal(HttpStatusCode.OK, (await Gezondheid.VraagAsync(client, "/health/ready")).Status);
    }
}

public sealed record GezondheidAntwoord(HttpStatusCode Status, string Tekst, JsonNode Body, HttpResponseMessage Bericht);

internal static class Gezondheid
{
    public static async Task<GezondheidAntwoord> VraagAsync(HttpClient client, string pad)
    {
        var antwoord = await client.GetAsync(pad);
        var tekst = await antwoord.Content.ReadAsStringAsync();
        return new(antwoord.StatusCode, tekst, JsonNode.Parse(tekst)!, antwoord);
    }
}
