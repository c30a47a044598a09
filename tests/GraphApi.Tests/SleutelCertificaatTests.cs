using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Data.Sqlite;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// The Data Protection keys (portal cookies, form tokens, invitation links) and the operator: a command that does not
/// use them writes no key and shows no warning about them, and with <c>DataProtection:Certificaat</c> the keys are
/// encrypted at rest, which the server reads back. The built app, as an operator runs it, on a new SQLite file.
/// </summary>
[Trait(TestDatabank.Kenmerk, TestDatabank.Onafhankelijk)]
public sealed class SleutelCertificaatTests : IDisposable
{
    private const string Waarschuwing = "No XML encryptor configured";

    private readonly TijdelijkeMap _map = new("sociaalnetwerk-sleutelcertificaat");

    private string Bestand => Path.Combine(_map.Pad, "sleutels.db");

    public void Dispose() => _map.Dispose();

    private KeyValuePair<string, string>[] Instellingen(params KeyValuePair<string, string>[] extra) =>
        [.. GebouwdeApp.Sqlite(Bestand), new("Database:Map", _map.Pad), .. extra];

    /// <summary>Every command warned "No XML encryptor configured" on a database without a key: each wrote a key it never used.</summary>
    [Fact]
    public async Task CommandsThatDoNotUseDataProtectionWriteNoKeyAndNoWarning()
    {
        var resultaten = new[]
        {
            await GebouwdeApp.VoerUitAsync(Instellingen(), "migrate"),
            await GebouwdeApp.VoerUitAsync(Instellingen(), "keys", "create", "--rol", "beheerder", "--omschrijving", "Sleuteltest"),
            await GebouwdeApp.VoerUitAsync(Instellingen(), "keys", "list"),
            await GebouwdeApp.VoerUitAsync(Instellingen(), "accounts", "list"),
        };

        Assert.All(resultaten, r => Assert.True(r.Code == 0, r.Uitvoer));
        Assert.All(resultaten, r => Assert.DoesNotContain(Waarschuwing, r.Uitvoer, StringComparison.Ordinal));
        Assert.All(resultaten, r => Assert.DoesNotContain("warn:", r.Uitvoer, StringComparison.Ordinal));
        Assert.Empty(Sleutels());
    }

    /// <summary>
    /// With a certificate the key that <c>accounts invite</c> writes is encrypted in the database (no warning), and the
    /// server, with the same certificate, reads it: the invitation link opens.
    /// </summary>
    [Fact]
    public async Task WithACertificateTheKeysAreEncryptedAtRestAndTheServerReadsThem()
    {
        var certificaat = MaakCertificaat("een wachtwoord");
        var instellingen = Instellingen(new("DataProtection:Certificaat", certificaat), new("DataProtection:CertificaatWachtwoord", "een wachtwoord"));

        var uitgenodigd = await GebouwdeApp.VoerUitAsync(instellingen, "accounts", "invite", "--email", "sleutel@partner.example", "--rol", "beheerder");

        Assert.True(uitgenodigd.Code == 0, uitgenodigd.Uitvoer);
        Assert.DoesNotContain(Waarschuwing, uitgenodigd.Uitvoer, StringComparison.Ordinal);
        var sleutel = Assert.Single(Sleutels());
        Assert.Contains("EncryptedData", sleutel, StringComparison.Ordinal);
        Assert.DoesNotContain("<value>", sleutel, StringComparison.Ordinal);

        var link = new Uri(uitgenodigd.Uitvoer.Split('\n').Select(r => r.Trim()).Single(r => r.Contains("/beheer/uitnodiging/", StringComparison.Ordinal) && !r.Contains(' ', StringComparison.Ordinal)));
        await using var app = await GebouwdeApp.StartAsync(instellingen);
        var pagina = await app.Client.GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, pagina.StatusCode);
        Assert.Contains("wachtwoord", await pagina.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(Waarschuwing, string.Join('\n', app.Regels) + app.Fouten, StringComparison.Ordinal);
    }

    /// <summary>A self-signed RSA certificate with its private key, as a PKCS#12 file in the test's folder.</summary>
    private string MaakCertificaat(string wachtwoord)
    {
        using var rsa = RSA.Create(2048);
        var verzoek = new CertificateRequest("CN=Sociaal Netwerk Data Protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificaat = verzoek.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(2));
        var pad = Path.Combine(_map.Pad, "dataprotection.pfx");
        File.WriteAllBytes(pad, certificaat.Export(X509ContentType.Pfx, wachtwoord));
        return pad;
    }

    private List<string> Sleutels()
    {
        if (!File.Exists(Bestand))
        {
            return [];
        }

        using var verbinding = new SqliteConnection($"Data Source={Bestand};Pooling=False");
        verbinding.Open();
        using var opdracht = verbinding.CreateCommand();
        opdracht.CommandText = "SELECT \"Xml\" FROM \"DataProtectionKeys\"";
        using var lezer = opdracht.ExecuteReader();
        var sleutels = new List<string>();
        while (lezer.Read())
        {
            sleutels.Add(lezer.GetString(0));
        }

        return sleutels;
    }
}
