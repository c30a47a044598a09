using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.Schema.Data;

namespace SociaalNetwerk.GraphApi.Cli;

/// <summary>
/// <c>demo-data reset [--schaal N] [--geschiedenis D]</c>: throws everything away and seeds the demo data, N times the
/// organisations' activities with D days of past occurrences (for measuring at scale, see docs/performance.md).
/// Exit codes: 0 loaded, 1 a parse error, 2 a value out of range or not a whole number (nothing touched).
/// </summary>
public static class DemoDataCommando
{
    public const int VerkeerdeWaarde = 2;

    public static Command MaakReset(IServiceProvider services)
    {
        var schaal = new Option<string>("--schaal")
        {
            Description = $"Zoveel keer de activiteiten van de organisaties, elke kopie op een andere plek, dag en tijd (1 tot {DemoOmvang.MaximaleSchaal}).",
            HelpName = "aantal",
            DefaultValueFactory = _ => "1",
        };
        var geschiedenis = new Option<string>("--geschiedenis")
        {
            Description = $"Zoveel dagen voorkomens in het verleden: doorlopende reeksen beginnen zo lang geleden en eenmalige activiteiten hebben een eerdere editie (0 tot {DemoOmvang.MaximaleGeschiedenis}).",
            HelpName = "dagen",
            DefaultValueFactory = _ => "0",
        };
        var reset = new Command("reset", "Verwijdert alle gegevens en vult de database opnieuw met de demogegevens, met data vanaf vandaag.") { schaal, geschiedenis };
        reset.SetAction(async (resultaat, token) =>
        {
            var keer = LeesGetal(resultaat.GetValue(schaal), 1, DemoOmvang.MaximaleSchaal);
            if (keer is null)
            {
                await Console.Error.WriteLineAsync($"--schaal is een geheel getal van 1 tot {DemoOmvang.MaximaleSchaal}: zoveel keer de activiteiten. '{resultaat.GetValue(schaal)}' is dat niet; er is niets veranderd.");
                return VerkeerdeWaarde;
            }

            var dagen = LeesGetal(resultaat.GetValue(geschiedenis), 0, DemoOmvang.MaximaleGeschiedenis);
            if (dagen is null)
            {
                await Console.Error.WriteLineAsync($"--geschiedenis is een aantal dagen van 0 tot {DemoOmvang.MaximaleGeschiedenis}. '{resultaat.GetValue(geschiedenis)}' is dat niet; er is niets veranderd.");
                return VerkeerdeWaarde;
            }

            var omvang = new DemoOmvang(keer.Value, dagen.Value);
            await Databank.HerstelDemoDataAsync(services, omvang, token);
            if (omvang == DemoOmvang.Standaard)
            {
                Console.WriteLine("De demogegevens zijn opnieuw geladen.");
                return 0;
            }

            await using var db = await services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>().CreateDbContextAsync(token);
            var activiteiten = await db.Activiteiten.CountAsync(token);
            var voorkomens = await db.Voorkomens.CountAsync(token);
            var nl = CultureInfo.GetCultureInfo("nl-NL");
            Console.WriteLine(string.Create(nl, $"De demogegevens zijn opnieuw geladen: {omvang.Schaal} keer, met {omvang.Geschiedenis} dagen geschiedenis ({activiteiten:N0} activiteiten, {voorkomens:N0} voorkomens)."));
            return 0;
        });

        return reset;
    }

    /// <summary>A whole number from <paramref name="minimum"/> to <paramref name="maximum"/> in plain digits, else null.</summary>
    private static int? LeesGetal(string? tekst, int minimum, int maximum) =>
        int.TryParse(tekst, NumberStyles.None, CultureInfo.InvariantCulture, out var getal) && getal >= minimum && getal <= maximum ? getal : null;
}
