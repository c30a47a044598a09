using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>The host's commands, run as a user runs them: the built GraphApi with arguments, on a real database file.</summary>
public sealed class CliTests : IDisposable
{
    private readonly string _map = Path.Combine(Path.GetTempPath(), "sociaalnetwerk-cli", Guid.NewGuid().ToString("N"));

    private string Databestand => Path.Combine(_map, "cli.db");

    public CliTests() => Directory.CreateDirectory(_map);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_map, recursive: true);
    }

    private async Task<(int Code, string Uitvoer)> VoerUitAsync(params string[] argumenten)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "SociaalNetwerk.GraphApi.dll"), .. argumenten])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ConnectionStrings__SociaalNetwerk"] = $"Data Source={Databestand}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        using var proces = Process.Start(start)!;
        var uitvoer = await proces.StandardOutput.ReadToEndAsync();
        var fouten = await proces.StandardError.ReadToEndAsync();
        await proces.WaitForExitAsync();
        return (proces.ExitCode, uitvoer + fouten);
    }

    private long Tel(string tabel)
    {
        using var verbinding = new SqliteConnection($"Data Source={Databestand};Pooling=False");
        verbinding.Open();
        using var opdracht = verbinding.CreateCommand();
        opdracht.CommandText = $"SELECT COUNT(*) FROM \"{tabel}\"";
        return (long)opdracht.ExecuteScalar()!;
    }

    [Fact]
    public async Task DemoDataResetFillsAnEmptyDatabaseAndReplacesChangedData()
    {
        var eerste = await VoerUitAsync("demo-data", "reset");
        Assert.True(eerste.Code == 0, eerste.Uitvoer);
        Assert.Contains("demogegevens zijn opnieuw geladen", eerste.Uitvoer, StringComparison.Ordinal);
        var activiteiten = Tel("Activiteiten");
        Assert.True(activiteiten >= 60);
        Assert.True(Tel("Voorkomens") > activiteiten);

        using (var verbinding = new SqliteConnection($"Data Source={Databestand};Pooling=False"))
        {
            verbinding.Open();
            using var opdracht = verbinding.CreateCommand();
            opdracht.CommandText = "DELETE FROM Voorkomens; DELETE FROM ActiviteitOrganisatoren; DELETE FROM Activiteiten;";
            opdracht.ExecuteNonQuery();
        }

        var tweede = await VoerUitAsync("demo-data", "reset");
        Assert.True(tweede.Code == 0, tweede.Uitvoer);
        Assert.Equal(activiteiten, Tel("Activiteiten"));
    }

    [Fact]
    public async Task AnUnknownCommandIsRefusedAndChangesNothing()
    {
        var resultaat = await VoerUitAsync("demo-data", "wis-alles");

        Assert.NotEqual(0, resultaat.Code);
        Assert.Contains("wis-alles", resultaat.Uitvoer, StringComparison.Ordinal);
        Assert.False(File.Exists(Databestand));
    }

    /// <summary>A wrong role or id is a clear message and a non-zero exit code, never an exception, and creates nothing.</summary>
    [Theory]
    [InlineData("99", null, null, "'99' is geen rol")]
    [InlineData("beheerder,redacteur", null, null, "'beheerder,redacteur' is geen rol")]
    [InlineData("", null, null, "'' is geen rol")]
    [InlineData("redacteur", "abc", null, "'abc' is geen id van een Organisatie")]
    [InlineData("redacteur", "2147483648", null, "'2147483648' is geen id van een Organisatie")]
    [InlineData("redacteur", "-1", null, "'-1' is geen id van een Organisatie")]
    [InlineData("redacteur", "%00１\u202e", null, "is geen id van een Organisatie")]
    [InlineData("trajectteam", null, "QWN0aXZpdGVpdDox", "'QWN0aXZpdGVpdDox' is geen id van een Participatietraject")]
    public async Task AWrongRoleOrIdIsAClearMessageAndChangesNothing(string rol, string? organisatie, string? traject, string melding)
    {
        string[] argumenten =
        [
            "keys", "create", "--rol", rol, "--omschrijving", "test",
            .. organisatie is null ? Array.Empty<string>() : ["--organisatie", organisatie],
            .. traject is null ? Array.Empty<string>() : ["--traject", traject],
        ];

        var resultaat = await VoerUitAsync(argumenten);

        Assert.NotEqual(0, resultaat.Code);
        Assert.Contains(melding, resultaat.Uitvoer, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", resultaat.Uitvoer, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", resultaat.Uitvoer, StringComparison.Ordinal);
        Assert.False(File.Exists(Databestand));
    }
}
