using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using SociaalNetwerk.Schema.Data;

namespace SociaalNetwerk.Schema.Tests;

/// <summary>An existing SQLite installation upgrades in place: its migration history and data keep working.</summary>
public sealed class DatabankUpgradeTests
{
    /// <summary>
    /// Locations stored before migration LocatieZoektekst get their normalised search columns at the next start, so
    /// the location search finds them without case and accents.
    /// </summary>
    [Fact]
    public async Task LocationsFromBeforeTheSearchColumnsAreFoundAfterTheUpgrade()
    {
        var pad = Path.Combine(Path.GetTempPath(), $"upgrade-{Guid.NewGuid():N}.db");
        var verbinding = $"Data Source={pad};Pooling=False";
        try
        {
            await using (var oud = new DatabaseKeuze(DatabaseProvider.Sqlite, verbinding).MaakContext())
            {
                await oud.GetService<IMigrator>().MigrateAsync("20261202040753_AnnuleringRedenPerDatum");
                await oud.Database.ExecuteSqlRawAsync("""
                    INSERT INTO "Wijken" ("Slug", "Naam") VALUES ('centrum', 'Centrum');
                    INSERT INTO "Locaties" ("Naam", "Adres", "Postcode", "Plaats", "Rolstoeltoegankelijk", "Ringleiding")
                    VALUES ('Café  De Ÿsbreker', 'Dorpsstraat 1', '2712 AB', 'Zoetermeer', 0, 0);
                    """);
            }

            await using var services = new ServiceCollection().AddLogging().AddSociaalNetwerkSchema(verbinding).BuildServiceProvider();
            await Databank.BereidVoorAsync(services);

            await using var db = new DatabaseKeuze(DatabaseProvider.Sqlite, verbinding).MaakContext();
            var locatie = await db.Locaties.SingleAsync();
            Assert.Equal("cafe de ysbreker", locatie.ZoekNaam);
            Assert.Equal("cafe de ysbreker dorpsstraat 1 2712 ab zoetermeer", locatie.ZoekTekst);
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        }
        finally
        {
            File.Delete(pad);
        }
    }
}
