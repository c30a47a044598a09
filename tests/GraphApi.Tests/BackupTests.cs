using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// <c>backup</c> and <c>restore</c>, run as an operator runs them: the built GraphApi with arguments, next to the real
/// server. SQLite-only by nature (they copy the SQLite file), so these tests open the files themselves and pin the
/// provider to SQLite.
/// </summary>
[Trait(TestDatabank.Kenmerk, TestDatabank.Onafhankelijk)]
public sealed class BackupTests : IDisposable
{
    private const string Toevoegen = "mutation($invoer: ActiviteitInvoer!) { activiteitToevoegen(invoer: $invoer) { gelukt activiteit { id } } }";

    private readonly TijdelijkeMap _map = new("sociaalnetwerk-backup");

    public void Dispose() => _map.Dispose();

    /// <summary>The built GraphApi with <paramref name="argumenten"/> on the SQLite file <paramref name="databank"/>.</summary>
    private static Task<(int Code, string Uitvoer)> VoerUitAsync(string databank, params string[] argumenten) => GebouwdeApp.VoerUitAsync(GebouwdeApp.Sqlite(databank), argumenten);

    private static SqliteConnection Open(string bestand)
    {
        var verbinding = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = bestand, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        verbinding.Open();
        return verbinding;
    }

    private static T Scalar<T>(SqliteConnection verbinding, string sql)
    {
        using var opdracht = verbinding.CreateCommand();
        opdracht.CommandText = sql;
        return (T)opdracht.ExecuteScalar()!;
    }

    /// <summary>
    /// The server keeps storing activities (each one transaction: the activity, its four dates and its audit-log
    /// entry) while <c>backup</c> copies the database. The copy passes <c>PRAGMA integrity_check</c>, holds every
    /// activity stored before the backup began and none begun after it ended, and each activity in it whole or not at
    /// all. <c>restore</c> refuses the running server's database; restored into a new file, a new server reads the
    /// activities back through GraphQL.
    /// </summary>
    [Fact]
    public async Task ABackupWhileTheServerWritesIsConsistentAndRestoresIntoANewServer()
    {
        var databank = Path.Combine(_map.Pad, "server", "sociaalnetwerk.db");
        var server = new VasteConfiguratieServer(GebouwdeApp.Sqlite(databank));
        await ((IAsyncLifetime)server).InitializeAsync();
        try
        {
            var partners = await TestPartners.MaakAsync(server);
            using var client = server.MaakClient();
            var volgnummer = 0;
            var klaar = new ConcurrentDictionary<string, string>();
            var begonnenNaEinde = new ConcurrentBag<string>();
            var backupKlaar = false;

            async Task<string> VoegToeAsync()
            {
                var titel = $"Backupinloop {Interlocked.Increment(ref volgnummer):D4}";
                var naEinde = Volatile.Read(ref backupKlaar);
                var antwoord = (await client.GraphQLAsync(Toevoegen, new { invoer = partners.WekelijkseActiviteit(titel) }, sleutel: partners.RedacteurA)).ZonderFouten();
                var id = antwoord.Data["activiteitToevoegen"]!["activiteit"]!["id"]!.GetValue<string>();
                klaar[titel] = id;
                if (naEinde)
                {
                    begonnenNaEinde.Add(titel);
                }

                return titel;
            }

            for (var i = 0; i < 3; i++)
            {
                await VoegToeAsync();
            }

            // Two writers that keep going until the backup has finished and they have each stored two more.
            var schrijvers = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
            {
                var daarna = 0;
                while (daarna < 2)
                {
                    await VoegToeAsync();
                    if (Volatile.Read(ref backupKlaar))
                    {
                        daarna++;
                    }
                }
            })).ToArray();

            var kopie = Path.Combine(_map.Pad, "nog", "niet", "bestaande", "map", "kopie.db");
            var voorBegin = klaar.Keys.ToHashSet();
            var backup = await VoerUitAsync(databank, "backup", kopie);
            Volatile.Write(ref backupKlaar, true);
            var tijdensBackup = klaar.Keys.Except(voorBegin).ToHashSet();
            await Task.WhenAll(schrijvers);

            Assert.True(backup.Code == 0, backup.Uitvoer);
            Assert.Contains($"Back-up gemaakt: {kopie} (", backup.Uitvoer, StringComparison.Ordinal);
            Assert.Matches(@"Activiteiten\s+\d+", backup.Uitvoer);
            Assert.NotEmpty(tijdensBackup);
            Assert.NotEmpty(begonnenNaEinde);
            Assert.Equal([kopie], Directory.GetFiles(Path.GetDirectoryName(kopie)!));

            HashSet<string> inKopie = [];
            using (var verbinding = Open(kopie))
            {
                Assert.Equal("ok", Scalar<string>(verbinding, "PRAGMA integrity_check"));
                Assert.Equal("delete", Scalar<string>(verbinding, "PRAGMA journal_mode"));
                using var opdracht = verbinding.CreateCommand();
                opdracht.CommandText = """
                    SELECT a."Titel",
                           (SELECT COUNT(*) FROM "Voorkomens" v WHERE v."ActiviteitId" = a."Id"),
                           (SELECT COUNT(*) FROM "Wijzigingen" w WHERE w."ObjectType" = 'Activiteit' AND w."ObjectId" = a."Id")
                    FROM "Activiteiten" a WHERE a."Titel" LIKE 'Backupinloop %'
                    """;
                using var lezer = opdracht.ExecuteReader();
                while (lezer.Read())
                {
                    inKopie.Add(lezer.GetString(0));
                    Assert.Equal((4L, 1L), (lezer.GetInt64(1), lezer.GetInt64(2)));
                }
            }

            Assert.Subset(inKopie, voorBegin);
            Assert.Subset(klaar.Keys.ToHashSet(), inKopie);
            Assert.Empty(inKopie.Intersect(begonnenNaEinde));

            // The running server's database is not replaced: refused, nothing changed. Also when the server has been idle
            // and its pool has closed every connection (here at once: the server runs in this process).
            SqliteConnection.ClearAllPools();
            var weigering = await VoerUitAsync(databank, "restore", kopie, "--overschrijven");
            Assert.True(weigering.Code == 3, weigering.Uitvoer);
            Assert.Contains("is in gebruik: draait de server nog? Stop eerst de server", weigering.Uitvoer, StringComparison.Ordinal);
            var laatste = begonnenNaEinde.First();
            var nogErAntwoord = await client.GraphQLAsync("query($id: ID!) { activiteit(id: $id) { titel } }", new { id = klaar[laatste] });
            Assert.Equal(laatste, nogErAntwoord.ZonderFouten().Data["activiteit"]!["titel"]!.GetValue<string>());

            // The procedure: stop the server, restore over its database, start it again. It reads back what the backup
            // holds, and not what came after.
            await ((IAsyncLifetime)server).DisposeAsync();
            // The server's pooled SQLite connections close with it (in a PostgreSQL run the test database's own clean-up
            // clears only Npgsql's pools).
            SqliteConnection.ClearAllPools();
            var terug = await VoerUitAsync(databank, "restore", kopie, "--overschrijven");
            Assert.True(terug.Code == 0, terug.Uitvoer);
            Assert.Contains($"De back-up {kopie} is teruggezet in {databank} (integriteitscontrole ok).", terug.Uitvoer, StringComparison.Ordinal);
            Assert.Matches(@"Activiteiten\s+\d+", terug.Uitvoer);

            var nieuw = new VasteConfiguratieServer(GebouwdeApp.Sqlite(databank));
            await ((IAsyncLifetime)nieuw).InitializeAsync();
            try
            {
                using var nieuwClient = nieuw.MaakClient();
                foreach (var titel in klaar.Keys)
                {
                    var gelezen = (await nieuwClient.GraphQLAsync("query($id: ID!) { activiteit(id: $id) { titel volgendeVoorkomens(aantal: 10) { start } } }", new { id = klaar[titel] })).ZonderFouten().Data["activiteit"];
                    if (inKopie.Contains(titel))
                    {
                        Assert.Equal(titel, gelezen!["titel"]!.GetValue<string>());
                        Assert.Equal(4, gelezen["volgendeVoorkomens"]!.AsArray().Count);
                    }
                    else
                    {
                        Assert.Null(gelezen);
                    }
                }
            }
            finally
            {
                await ((IAsyncLifetime)nieuw).DisposeAsync();
            }
        }
        finally
        {
            await ((IAsyncLifetime)server).DisposeAsync();
        }
    }

    /// <summary>Mistakes and the PostgreSQL case are a Dutch message and a non-zero exit code; nothing is overwritten.</summary>
    [Fact]
    public async Task BackupAndRestoreRefuseClearlyAndOverwriteNothing()
    {
        var bron = Path.Combine(_map.Pad, "bron.db");
        using (var verbinding = new SqliteConnection($"Data Source={bron};Pooling=False"))
        {
            verbinding.Open();
            using var opdracht = verbinding.CreateCommand();
            opdracht.CommandText = "PRAGMA journal_mode=WAL; CREATE TABLE \"Notities\" (\"Tekst\" TEXT); INSERT INTO \"Notities\" VALUES ('een'), ('twee');";
            opdracht.ExecuteNonQuery();
        }

        // The file exists: refused without --overschrijven, replaced with it.
        var bestaand = Path.Combine(_map.Pad, "bestaand.db");
        await File.WriteAllTextAsync(bestaand, "niet vervangen");
        var geweigerd = await VoerUitAsync(bron, "backup", bestaand);
        Assert.Equal(2, geweigerd.Code);
        Assert.Contains($"Het bestand {bestaand} bestaat al. Kies een andere naam, of geef --overschrijven", geweigerd.Uitvoer, StringComparison.Ordinal);
        Assert.Equal("niet vervangen", await File.ReadAllTextAsync(bestaand));
        var vervangen = await VoerUitAsync(bron, "backup", bestaand, "--overschrijven");
        Assert.True(vervangen.Code == 0, vervangen.Uitvoer);
        Assert.Matches(@"Notities\s+2", vervangen.Uitvoer);
        using (var verbinding = Open(bestaand))
        {
            Assert.Equal(2L, Scalar<long>(verbinding, "SELECT COUNT(*) FROM \"Notities\""));
        }

        // No database to copy; the copy onto the database itself.
        var geen = await VoerUitAsync(Path.Combine(_map.Pad, "bestaat-niet.db"), "backup", Path.Combine(_map.Pad, "x.db"));
        Assert.Equal(1, geen.Code);
        Assert.Contains("Er is geen database op", geen.Uitvoer, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_map.Pad, "bestaat-niet.db")));
        Assert.Equal(2, (await VoerUitAsync(bron, "backup", bron, "--overschrijven")).Code);

        // Restore: a missing file, a file that is no database, a database that is not ours, an existing database.
        var doel = Path.Combine(_map.Pad, "doel.db");
        Assert.Contains("bestaat niet", (await VoerUitAsync(doel, "restore", Path.Combine(_map.Pad, "weg.db"))).Uitvoer, StringComparison.Ordinal);
        var tekst = Path.Combine(_map.Pad, "tekst.db");
        await File.WriteAllTextAsync(tekst, "Dit is geen database, maar het is lang genoeg om op een kop van een SQLite-bestand te lijken. ".PadRight(200, '.'));
        var geenDatabank = await VoerUitAsync(doel, "restore", tekst);
        Assert.Equal(2, geenDatabank.Code);
        Assert.Contains($"{tekst} is geen (leesbare) SQLite-database", geenDatabank.Uitvoer, StringComparison.Ordinal);
        var nietVanOns = await VoerUitAsync(doel, "restore", bron);
        Assert.Equal(2, nietVanOns.Code);
        Assert.Contains("is geen back-up van Sociaal Netwerk: de tabel __EFMigrationsHistory ontbreekt", nietVanOns.Uitvoer, StringComparison.Ordinal);
        Assert.False(File.Exists(doel));
        var bezet = await VoerUitAsync(bestaand, "restore", bron);
        Assert.Equal(2, bezet.Code);
        Assert.Contains($"Er is al een database op {bestaand}. Geef --overschrijven", bezet.Uitvoer, StringComparison.Ordinal);

        foreach (var (_, uitvoer) in new[] { geweigerd, geen, geenDatabank, nietVanOns, bezet })
        {
            Assert.DoesNotContain("Exception", uitvoer, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", uitvoer, StringComparison.Ordinal);
        }
    }

    /// <summary>On PostgreSQL the commands name the pg_dump and pg_restore commands to use, without the password, and copy nothing.</summary>
    [Fact]
    public async Task OnPostgreSqlBackupAndRestoreNamePgDumpAndPgRestore()
    {
        var postgreSql = new Dictionary<string, string>
        {
            ["Database:Provider"] = "PostgreSQL",
            ["ConnectionStrings:SociaalNetwerk"] = "Host=db.example;Port=5433;Database=sociaalnetwerk;Username=sn_app;Password=geheim123",
        };
        var doel = Path.Combine(_map.Pad, "pg.dump");

        var backup = await GebouwdeApp.VoerUitAsync(postgreSql, "backup", doel);
        var restore = await GebouwdeApp.VoerUitAsync(postgreSql, "restore", doel);

        Assert.True(backup.Code == 2, backup.Uitvoer);
        Assert.Contains($"pg_dump --format=custom --host=db.example --port=5433 --username=sn_app --dbname=sociaalnetwerk --file={doel}", backup.Uitvoer, StringComparison.Ordinal);
        Assert.Equal(2, restore.Code);
        Assert.Contains($"pg_restore --clean --if-exists --no-owner --single-transaction --host=db.example --port=5433 --username=sn_app --dbname=sociaalnetwerk {doel}", restore.Uitvoer, StringComparison.Ordinal);
        foreach (var (_, uitvoer) in new[] { backup, restore })
        {
            Assert.DoesNotContain("geheim123", uitvoer, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", uitvoer, StringComparison.Ordinal);
        }

        Assert.False(File.Exists(doel));
    }

    [Fact]
    public async Task HelpForBackupAndRestoreIsDutch()
    {
        var backup = await VoerUitAsync(Path.Combine(_map.Pad, "x.db"), "backup", "--help");
        var restore = await VoerUitAsync(Path.Combine(_map.Pad, "x.db"), "restore", "--help");

        Assert.True(backup.Code == 0, backup.Uitvoer);
        Assert.Contains("consistente kopie van de SQLite-database, ook terwijl de server draait", backup.Uitvoer, StringComparison.Ordinal);
        Assert.Contains("--overschrijven", backup.Uitvoer, StringComparison.Ordinal);
        Assert.Contains("Stop eerst de server", restore.Uitvoer, StringComparison.Ordinal);
        Assert.DoesNotContain("Usage", backup.Uitvoer + restore.Uitvoer, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_map.Pad, "x.db")));
    }
}
