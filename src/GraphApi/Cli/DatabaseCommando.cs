using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using SociaalNetwerk.Schema.Data;

namespace SociaalNetwerk.GraphApi.Cli;

/// <summary>
/// <c>database copy --naar PostgreSQL --verbinding "…"</c>: moves the whole installation from the configured database
/// (<c>Database:Provider</c>, <c>ConnectionStrings:SociaalNetwerk</c>) to an empty database of either provider
/// (<see cref="DatabaseKopie"/>). Exit codes: 0 copied and verified, 2 wrong arguments, 3 refused (a non-empty target,
/// an outdated source, an unreachable database; nothing written), 4 the counts differ after the copy.
/// </summary>
public static class DatabaseCommando
{
    public const int Geweigerd = 3;

    public const int TellingVerschilt = 4;

    public static Command Maak(IServiceProvider services)
    {
        var naar = new Option<DatabaseProvider>("--naar")
        {
            Description = "Het soort doeldatabase: PostgreSQL of Sqlite.",
            HelpName = "PostgreSQL|Sqlite",
            Required = true,
            CustomParser = LeesProvider,
        };
        var verbinding = new Option<string>("--verbinding")
        {
            Description = "De connection string van de lege doeldatabase, bijvoorbeeld \"Host=db;Database=sociaalnetwerk;Username=sn;Password=…\" of \"Data Source=data/sociaalnetwerk.db\".",
            HelpName = "connection string",
            Required = true,
        };
        var batch = new Option<int>("--batch")
        {
            Description = "Rijen per keer.",
            HelpName = "aantal",
            DefaultValueFactory = _ => 1000,
        };
        var kopieer = new Command(
            "copy",
            "Kopieert de hele installatie (alle tabellen, accounts, reacties, het wijzigingslog) van de ingestelde database naar een lege database, "
            + "bijvoorbeeld van SQLite naar PostgreSQL, en controleert de aantallen per tabel. Zet de server eerst stil.")
        {
            naar, verbinding, batch,
        };
        kopieer.SetAction(async (resultaat, token) =>
        {
            var tekst = resultaat.GetValue(verbinding)!.Trim();
            if (tekst.Length == 0)
            {
                await Console.Error.WriteLineAsync("Geef met --verbinding de connection string van de lege doeldatabase.");
                return 2;
            }

            if (resultaat.GetValue(batch) is < 1 or > 100_000)
            {
                await Console.Error.WriteLineAsync("--batch is een aantal rijen van 1 tot 100000.");
                return 2;
            }

            var doel = new DatabaseKeuze(resultaat.GetValue(naar), tekst);
            try
            {
                _ = doel.Provider == DatabaseProvider.PostgreSql
                    ? new Npgsql.NpgsqlConnectionStringBuilder(tekst).ToString()
                    : new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(tekst).ToString();
            }
            catch (ArgumentException fout)
            {
                await Console.Error.WriteLineAsync($"--verbinding is geen geldige connection string voor {Naam(doel.Provider)}: {fout.Message}");
                return 2;
            }

            var bron = Databestand.Keuze(services.GetRequiredService<IConfiguration>(), services.GetRequiredService<IHostEnvironment>());
            Console.WriteLine($"Bron: {DatabaseKopie.Beschrijf(bron)}");
            Console.WriteLine($"Doel: {DatabaseKopie.Beschrijf(doel)}");
            Console.WriteLine("Zorg dat de server (en elke andere instantie) stilstaat: wat tijdens het kopiëren nog in de bron verandert, komt niet in het doel.");

            IReadOnlyList<(string Tabel, long Bron, long Doel)> tellingen;
            try
            {
                tellingen = await new DatabaseKopie(bron, doel, Console.Out) { Batch = resultaat.GetValue(batch) }.VoerUitAsync(token);
            }
            catch (KopieFout fout)
            {
                await Console.Error.WriteLineAsync(fout.Message);
                return Geweigerd;
            }

            var breedte = Math.Max("Tabel".Length, tellingen.Max(t => t.Tabel.Length));
            Console.WriteLine();
            Console.WriteLine($"{"Tabel".PadRight(breedte)}  {"Bron",10}  {"Doel",10}");
            foreach (var (tabel, inBron, inDoel) in tellingen)
            {
                Console.WriteLine($"{tabel.PadRight(breedte)}  {inBron,10}  {inDoel,10}{(inBron == inDoel ? string.Empty : "  VERSCHILT")}");
            }

            var verschillen = tellingen.Count(t => t.Bron != t.Doel);
            if (verschillen > 0)
            {
                await Console.Error.WriteLineAsync($"De aantallen verschillen in {verschillen} tabel(len). Gebruik het doel niet; kopieer opnieuw naar een lege database.");
                return TellingVerschilt;
            }

            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Klaar: {tellingen.Count} tabellen, {tellingen.Sum(t => t.Doel)} rijen, in bron en doel gelijk."));
            Console.WriteLine($"Zet nu Database:Provider={Naam(doel.Provider)} en ConnectionStrings:SociaalNetwerk op het doel en start de server.");
            return 0;
        });

        return new Command("database", "Beheer van de database.") { kopieer };
    }

    private static string Naam(DatabaseProvider provider) => provider == DatabaseProvider.PostgreSql ? "PostgreSQL" : "Sqlite";

    private static DatabaseProvider LeesProvider(ArgumentResult argument)
    {
        var waarde = argument.Tokens.Count > 0 ? argument.Tokens[0].Value : string.Empty;
        try
        {
            return DatabaseKeuze.LeesProvider(string.IsNullOrWhiteSpace(waarde) ? "?" : waarde);
        }
        catch (InvalidOperationException)
        {
            argument.AddError($"'{waarde}' is geen soort database: kies PostgreSQL of Sqlite.");
            return default;
        }
    }
}
