using System.CommandLine;
using SociaalNetwerk.Schema.Data;

namespace SociaalNetwerk.GraphApi.Cli;

/// <summary>
/// Commands of the host besides serving: <c>dotnet run --project src/GraphApi -- demo-data reset</c>,
/// <c>-- keys create --rol redacteur --organisatie … --omschrijving …</c>.
/// Anything that is not a command starts the web server with the given ASP.NET Core arguments.
/// </summary>
public static class Commando
{
    public static bool IsCommando(string[] args) => args.Length > 0 && args[0] is "demo-data" or "keys" or "--help" or "-h" or "-?";

    public static async Task<int> VoerUitAsync(WebApplication app, string[] args)
    {
        var reset = new Command("reset", "Verwijdert alle gegevens en vult de database opnieuw met de demogegevens, met data vanaf vandaag.");
        reset.SetAction(async (_, token) =>
        {
            await Databank.HerstelDemoDataAsync(app.Services, token);
            Console.WriteLine("De demogegevens zijn opnieuw geladen.");
            return 0;
        });

        var demoData = new Command("demo-data", "Beheer van de demogegevens.") { reset };
        var root = new RootCommand("Sociaal Netwerk GraphApi. Zonder commando start de server; zie README.md.") { demoData, SleutelCommando.Maak(app.Services) };
        return await root.Parse(args).InvokeAsync();
    }
}
