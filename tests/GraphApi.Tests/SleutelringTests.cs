using System.Data.Common;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;
using SociaalNetwerk.Schema.Data;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// The Data Protection key ring is loaded at its first use, not at the start (docs/performance.md, idle memory), while
/// the start still writes the key before anything needs it (<see cref="Sleutelring"/>): the built app, started as an
/// operator starts it, twice on one SQLite database. What the process loaded is read from <c>/proc/&lt;pid&gt;/maps</c>
/// (Linux), as the test process itself has loaded the XML stack for other tests.
/// </summary>
[Trait(TestDatabank.Kenmerk, TestDatabank.Onafhankelijk)]
public sealed class SleutelringNietGeladenTests : IDisposable
{
    private readonly TijdelijkeMap _map = new("sociaalnetwerk-sleutelring");

    private string Bestand => Path.Combine(_map.Pad, "sleutelring.db");

    public void Dispose() => _map.Dispose();

    [Fact]
    public async Task TheStartWritesTheKeyAndTheKeyRingIsLoadedAtItsFirstUse()
    {
        // A new installation: the start migrates, seeds and writes the first key, before any request.
        await using (var eerste = await GebouwdeApp.StartAsync(Bestand))
        {
            Assert.Equal(1, TelSleutels());
        }

        await using var app = await GebouwdeApp.StartAsync(Bestand);
        var agenda = await app.Client.GetAsync($"/graphql?query={Uri.EscapeDataString("{ agenda(first: 5) { totalCount nodes { start activiteit { titel } } } }")}");
        Assert.True(agenda.IsSuccessStatusCode, await agenda.Content.ReadAsStringAsync());
        var pagina = await app.Client.GetAsync("/agenda");
        Assert.True(pagina.IsSuccessStatusCode, await pagina.Content.ReadAsStringAsync());
        // Reading the key ring parses the stored XML (System.Private.Xml). A page resolves Data Protection's provider,
        // which loads only the repository's types (System.Private.Xml.Linq), not the keys.
        Assert.DoesNotContain("System.Private.Xml.dll", app.Geladen());

        // The portal's sign-in form needs an antiforgery token: the key ring is loaded now, and it reads the stored key.
        var inloggen = await app.Client.GetAsync("/beheer/inloggen");
        var html = await inloggen.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, inloggen.StatusCode);
        Assert.Contains("name=\"__sn_formulier\" value=\"CfDJ8", html, StringComparison.Ordinal);
        Assert.Contains(inloggen.Headers.GetValues("Set-Cookie"), c => c.StartsWith("sn_beheer_af=", StringComparison.Ordinal));
        Assert.Contains("System.Private.Xml.dll", app.Geladen());
        Assert.Equal(1, TelSleutels());
    }

    private long TelSleutels()
    {
        using var verbinding = new SqliteConnection($"Data Source={Bestand};Pooling=False");
        verbinding.Open();
        using var opdracht = verbinding.CreateCommand();
        opdracht.CommandText = "SELECT COUNT(*) FROM \"DataProtectionKeys\"";
        return (long)opdracht.ExecuteScalar()!;
    }
}

/// <summary>
/// <see cref="Sleutelring"/> writes the next key ahead of its use, as Data Protection would at its next refresh (then
/// possibly inside a request, or inside a write transaction): from the stored keys' dates, read as text.
/// </summary>
public sealed class SleutelringTests(SociaalNetwerkServer server) : IClassFixture<SociaalNetwerkServer>
{
    private static readonly DateTimeOffset Nu = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AKeyThatLastsIsEnough() =>
        Assert.Equal(Sleutelring.Oordeel.Genoeg, Sleutelring.Beoordeel([Sleutel(Nu.AddDays(-10), Nu.AddDays(80))], Nu).Oordeel);

    [Fact]
    public void NoKeyOrOnlyExpiredOnesAsksForANewOne()
    {
        Assert.Equal(Sleutelring.Oordeel.Nieuw, Sleutelring.Beoordeel([], Nu).Oordeel);
        Assert.Equal(Sleutelring.Oordeel.Nieuw, Sleutelring.Beoordeel([Sleutel(Nu.AddDays(-100), Nu.AddDays(-10))], Nu).Oordeel);
        Assert.Equal(Sleutelring.Oordeel.Nieuw, Sleutelring.Beoordeel([Sleutel(Nu.AddDays(1), Nu.AddDays(91))], Nu).Oordeel);
    }

    [Fact]
    public void AKeyThatEndsWithinThreeDaysAsksForItsSuccessorUnlessOneIsThere()
    {
        var (oordeel, einde) = Sleutelring.Beoordeel([Sleutel(Nu.AddDays(-88), Nu.AddDays(2))], Nu);
        Assert.Equal(Sleutelring.Oordeel.Opvolger, oordeel);
        Assert.Equal(Nu.AddDays(2), einde);

        Assert.Equal(Sleutelring.Oordeel.Genoeg, Sleutelring.Beoordeel([Sleutel(Nu.AddDays(-88), Nu.AddDays(2)), Sleutel(Nu.AddDays(2), Nu.AddDays(92))], Nu).Oordeel);
    }

    [Fact]
    public void ARevocationIsLeftToDataProtection() =>
        Assert.Equal(Sleutelring.Oordeel.Onbekend, Sleutelring.Beoordeel(
            [Sleutel(Nu.AddDays(-10), Nu.AddDays(80)), "<revocation version=\"1\"><revocationDate>2026-12-01T00:00:00Z</revocationDate><key id=\"*\" /><reason>test</reason></revocation>"],
            Nu).Oordeel);

    [Fact]
    public async Task TheSuccessorIsWrittenAheadAndTheKeyRingUsesIt()
    {
        // The server's start wrote its key; make it end tomorrow, as if it were 89 days old.
        var (id, xml) = LeesSleutels().Single(s => Sleutelring.Beoordeel([s.Xml], DateTimeOffset.UtcNow).Oordeel == Sleutelring.Oordeel.Genoeg);
        var morgen = DateTimeOffset.UtcNow.AddDays(1);
        var verloopt = xml.IndexOf("<expirationDate>", StringComparison.Ordinal) + "<expirationDate>".Length;
        var gewijzigd = xml[..verloopt] + morgen.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture) + xml[xml.IndexOf("</expirationDate>", StringComparison.Ordinal)..];
        using (var verbinding = server.Databank.Open())
        {
            using var opdracht = verbinding.CreateCommand();
            opdracht.CommandText = "UPDATE \"DataProtectionKeys\" SET \"Xml\" = @xml WHERE \"Id\" = @id";
            Parameter(opdracht, "@xml", gewijzigd);
            Parameter(opdracht, "@id", id);
            Assert.Equal(1, opdracht.ExecuteNonQuery());
        }

        await Sleutelring.ZorgVoorSleutelAsync(server.Services);

        var sleutels = LeesSleutels();
        Assert.Equal(2, sleutels.Count);
        var opvolger = sleutels.Single(s => s.Id != id).Xml;
        Assert.Contains($"<activationDate>{morgen.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss}", opvolger, StringComparison.Ordinal);
        Assert.Equal(Sleutelring.Oordeel.Genoeg, Sleutelring.Beoordeel(sleutels.Select(s => s.Xml), DateTimeOffset.UtcNow).Oordeel);

        // A second pass finds enough and writes nothing; protecting and unprotecting still work.
        await Sleutelring.ZorgVoorSleutelAsync(server.Services);
        Assert.Equal(2, LeesSleutels().Count);
        var beschermer = server.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("SleutelringTests");
        Assert.Equal("hallo", beschermer.Unprotect(beschermer.Protect("hallo")));
    }

    private List<(int Id, string Xml)> LeesSleutels()
    {
        using var verbinding = server.Databank.Open();
        using var opdracht = verbinding.CreateCommand();
        opdracht.CommandText = "SELECT \"Id\", \"Xml\" FROM \"DataProtectionKeys\" ORDER BY \"Id\"";
        using var lezer = opdracht.ExecuteReader();
        var sleutels = new List<(int, string)>();
        while (lezer.Read())
        {
            sleutels.Add((lezer.GetInt32(0), lezer.GetString(1)));
        }

        return sleutels;
    }

    private static void Parameter(DbCommand opdracht, string naam, object waarde)
    {
        var parameter = opdracht.CreateParameter();
        parameter.ParameterName = naam;
        parameter.Value = waarde;
        opdracht.Parameters.Add(parameter);
    }

    private static string Sleutel(DateTimeOffset activatie, DateTimeOffset verloopt) =>
        $"<key id=\"{Guid.NewGuid()}\" version=\"1\"><creationDate>{activatie.UtcDateTime:O}</creationDate><activationDate>{activatie.UtcDateTime:O}</activationDate>"
        + $"<expirationDate>{verloopt.UtcDateTime:O}</expirationDate><descriptor /></key>";
}
