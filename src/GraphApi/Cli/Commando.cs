using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using SociaalNetwerk.Schema.Data;

namespace SociaalNetwerk.GraphApi.Cli;

/// <summary>
/// Commands of the host besides serving: <c>dotnet run --project src/GraphApi -- demo-data reset</c>,
/// <c>-- keys create --rol redacteur --organisatie … --omschrijving …</c>, <c>-- migrate</c>, <c>-- database copy --naar PostgreSQL --verbinding "…"</c>.
/// Anything that is not a command starts the web server with the given ASP.NET Core arguments.
/// Everything the commands write is Dutch; an error is a message on standard error and a non-zero exit code, never a stack trace.
/// </summary>
public static class Commando
{
    /// <summary>
    /// Whether <paramref name="args"/> ask for a command rather than the server. The server takes only settings
    /// (<c>--urls …</c>, <c>--Sleutel=waarde</c>, <c>/Sleutel waarde</c>, <c>Sleutel=waarde</c>), so a first word that is
    /// none of those is a command: a known one, or a typo (<c>bakcup</c>, <c>help</c>) that is refused with a message
    /// instead of starting a server.
    /// </summary>
    public static bool IsCommando(string[] args) =>
        args.Length > 0 && (args[0] is "--version" or "--help" or "-h" or "-?" || IsWoord(args[0]));

    /// <summary><c>help</c> and <c>help keys create</c> as <c>--help</c> and <c>keys create --help</c>.</summary>
    public static string[] Normaliseer(string[] args) => args is ["help", .. var rest] ? [.. rest, "--help"] : args;

    /// <summary>
    /// A command does not start the server, so the server's addresses stay empty; without <c>PubliekeUrl</c> the links a
    /// command writes (the invitation of <c>accounts invite</c>) would then lack the port (<c>http://localhost/…</c>).
    /// They get the addresses the server would listen on with this configuration, as its own links do.
    /// </summary>
    private static void ZetAdressen(WebApplication app)
    {
        if (app.Urls.Count > 0)
        {
            return;
        }

        var delen = StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries;
        if (app.Configuration[WebHostDefaults.ServerUrlsKey] is { Length: > 0 } adressen)
        {
            foreach (var adres in adressen.Split(';', delen))
            {
                app.Urls.Add(adres);
            }
        }
        else if (app.Configuration[WebHostDefaults.HttpPortsKey] is { Length: > 0 } poorten)
        {
            app.Urls.Add($"http://localhost:{poorten.Split(';', delen)[0]}");
        }
        else if (app.Configuration[WebHostDefaults.HttpsPortsKey] is { Length: > 0 } tlsPoorten)
        {
            app.Urls.Add($"https://localhost:{tlsPoorten.Split(';', delen)[0]}");
        }
    }

    private static bool IsWoord(string argument) =>
        argument.Length > 0 && argument[0] is not '-' and not '/' && !argument.Contains('=', StringComparison.Ordinal);

    public static async Task<int> VoerUitAsync(WebApplication app, string[] args)
    {
        ZetAdressen(app);
        var reset = DemoDataCommando.MaakReset(app.Services);

        var demoData = new Command("demo-data", "Beheer van de demogegevens.") { reset };

        var migreer = new Command("migrate", "Werkt de database bij naar deze versie (past de ontbrekende migraties toe) en stopt. Voor installaties met Database:MigrateAtStart=false.");
        migreer.SetAction(async (_, token) =>
        {
            var toegepast = await Databank.MigreerAsync(app.Services, token);
            Console.WriteLine(toegepast.Count == 0
                ? "De database is al bijgewerkt; er waren geen migraties toe te passen."
                : $"De database is bijgewerkt: {toegepast.Count} migratie(s) toegepast ({string.Join(", ", toegepast)}).");
            return 0;
        });

        var root = new RootCommand("Sociaal Netwerk GraphApi. Zonder commando start de server; zie README.md.") { demoData, migreer, SleutelCommando.Maak(app.Services), AccountCommando.Maak(app.Services), BackupCommando.MaakBackup(app.Services), BackupCommando.MaakRestore(app.Services), DatabaseCommando.Maak(app.Services) };
        Nederlands.MaakNederlands(root);

        var resultaat = root.Parse(args);
        if (resultaat.Action is ParseErrorAction)
        {
            return Nederlands.SchrijfFouten(resultaat);
        }

        if (resultaat.Action is HelpAction)
        {
            return Nederlands.SchrijfHulp(resultaat);
        }

        try
        {
            return await resultaat.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("Afgebroken.");
            return 130;
        }
        catch (Exception fout)
        {
            // No stack trace: the message, and the inner one, which for database errors says what is wrong.
            await Console.Error.WriteLineAsync($"Er ging iets mis: {fout.GetBaseException().Message}");
            return 1;
        }
    }
}
