using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SociaalNetwerk.GraphApi.Tests.Infrastructuur;

/// <summary>
/// The real GraphApi on Kestrel at 127.0.0.1 (a random port), on its own database with the demo data (a SQLite file,
/// or with <c>SN_TEST_DATABASE=PostgreSQL</c> a PostgreSQL database: <see cref="TestDatabank"/>; see
/// <see cref="MaakDatabankAsync"/>), with a fixed clock so dates are predictable. Tests talk to it over real HTTP.
/// </summary>
public class SociaalNetwerkServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>Monday 23 November 2026, 09:00 in Zoetermeer.</summary>
    public static readonly DateTimeOffset Nu = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    private readonly TijdelijkeMap _map = new("sociaalnetwerk-tests");

    public SqlTeller SqlTeller { get; } = new();

    public Uri Adres { get; private set; } = null!;

    /// <summary>The server's own database, for tests that read what it stored.</summary>
    public TestDatabank Databank { get; private set; } = null!;

    protected virtual IDictionary<string, string?> Configuratie => new Dictionary<string, string?>();

    /// <summary>The server's clock; the demo data is dated from its today. Fixed at <see cref="Nu"/> unless a subclass says otherwise.</summary>
    public virtual TimeProvider Klok { get; } = new VasteKlok(Nu);

    /// <summary>
    /// Makes this server's database if it has none yet (<see cref="InitializeAsync"/> does so too): a second instance
    /// that starts at the same moment as this one needs it before this one has started. A server whose clock starts at
    /// <see cref="Nu"/> gets a copy of the demo data seeded once per run for that moment
    /// (<see cref="TestDatabank.MaakMetDemoDataAsync"/>), the same data it would seed itself; a server on another clock
    /// (the demo data is dated from its today), or with <paramref name="leeg"/>, gets an empty database and migrates and
    /// seeds it when it starts, as a new installation does.
    /// </summary>
    public async Task<TestDatabank> MaakDatabankAsync(bool leeg = false)
    {
        if (Databank is null)
        {
            Databank = !leeg && Klok.GetUtcNow() == Nu && !Configuratie.ContainsKey("ConnectionStrings:SociaalNetwerk")
                ? await TestDatabank.MaakMetDemoDataAsync(_map.Pad, Nu)
                : await TestDatabank.MaakAsync(_map.Pad);
        }

        return Databank;
    }

    public async Task InitializeAsync()
    {
        var klok = System.Diagnostics.Stopwatch.StartNew();
        var soort = Databank is not null ? "vooraf" : (await MaakDatabankAsync()).MetDemoData ? "kopie" : "zaait";
        var databank = klok.Elapsed;
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        var gestart = klok.Elapsed;
        var adres = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Adres = new Uri(adres);
        var verzoeken = Services.GetRequiredService<Microsoft.AspNetCore.Http.IHttpContextAccessor>();
        SqlTeller.TelAlleenAls(() => verzoeken.HttpContext is not null);

        // Occurrences are planned and the retention period is applied in the background after the start (on a new
        // database the seed plans occurrences itself), beginning once the server has answered ready (Achtergrondstart),
        // as an orchestrator's probe asks it: the tests begin when those first passes are done, so no background
        // statement runs beside what they count.
        using (var probe = MaakClient())
        {
            using var _ = await probe.GetAsync(new Uri("/health/ready", UriKind.Relative));
        }

        await Services.GetRequiredService<SociaalNetwerk.Schema.Agenda.VoorkomenPlanning>().Bijgewerkt;
        await Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<BewaartermijnService>().Single().EersteRonde;
        if (Environment.GetEnvironmentVariable("SN_TEST_TIJDEN") is { Length: > 0 } tijden)
        {
            // Where a test server's start goes (./docs/development.md): one line per server, in milliseconds.
            var regel = string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{GetType().Name}\t{soort}\tdatabank {databank.TotalMilliseconds:F0}\tstart {(gestart - databank).TotalMilliseconds:F0}\teerste rondes {(klok.Elapsed - gestart).TotalMilliseconds:F0}\n");
            lock (TijdenSlot)
            {
                File.AppendAllText(tijden, regel);
            }
        }
    }

    private static readonly Lock TijdenSlot = new();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (Databank is not null)
        {
            await Databank.DisposeAsync();
        }

        _map.Dispose();
    }

    public HttpClient MaakClient() => new() { BaseAddress = Adres };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(Path.Combine(Repository.Map, "src", "GraphApi"));
        builder.UseEnvironment("Development");
        foreach (var (sleutel, waarde) in Databank.Instellingen)
        {
            builder.UseSetting(sleutel, waarde);
        }

        // Every test client comes from 127.0.0.1; the rate limit has its own test with its own server.
        builder.UseSetting("Participatie:InzendingenPerMinuut", "100000");
        builder.UseSetting("Beheer:InlogPogingenPerMinuut", "100000");
        // A loaded machine may take longer than the production limit of 10 s for a request (the load test sends 100 at
        // once); TimeoutTests sets its own.
        builder.UseSetting("GraphQL:Timeout", "00:02:00");
        // Giving memory back after a quiet period is a full, blocking collection of the whole process: here that is
        // the test run with dozens of servers in it, not one server. GeheugenInRustTests turns it on for its own.
        builder.UseSetting(Exploitatie.GeheugenInRust.Sectie, "00:00:00");
        foreach (var (sleutel, waarde) in Configuratie)
        {
            builder.UseSetting(sleutel, waarde);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton(Klok);
            services.AddSingleton<IInterceptor>(SqlTeller);
            services.AddSingleton<Schema.Data.IDataversieWaarnemer>(SqlTeller);
            ConfigureerDiensten(services);
        });
    }

    /// <summary>For servers that differ from the standard one in a service (a slow database, a low limit).</summary>
    protected virtual void ConfigureerDiensten(IServiceCollection services)
    {
    }
}

[CollectionDefinition(Naam)]
public sealed class ServerCollectie : ICollectionFixture<SociaalNetwerkServer>
{
    public const string Naam = "server";
}

public sealed class VasteKlok(DateTimeOffset nu) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => nu;
}
