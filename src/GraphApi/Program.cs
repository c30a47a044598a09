using System.Reflection;
using Microsoft.Extensions.Options;
using SociaalNetwerk.GraphApi;
using SociaalNetwerk.GraphApi.Cli;
using SociaalNetwerk.GraphApi.Exploitatie;

// The slim builder, with what the default one adds that this app uses (Exploitatie/SlankeBouwer.cs): less to load.
var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ContentRootPath = Werkmap.ContentRoot(args) });

// A wrong setting is a Dutch sentence (a JSON log entry with JSON console logs) and exit code 78, for the server and every
// command, never a stack trace. Only as a program of its own: in a test host (WebApplicationFactory runs this Main) the
// start fails as it always did, with the options' own exception, so a test sees it.
var alsProgramma = Assembly.GetEntryAssembly() == typeof(Program).Assembly;
if (alsProgramma && Configuratiecontrole.Problemen(builder.Configuration) is { Count: > 0 } fouten)
{
    return Configuratiecontrole.Meld(builder.Configuration, fouten);
}

try
{
    builder.AddWatDeStandaardBouwerDoet();
    builder.AddSociaalNetwerk();
    var app = builder.Build();

    // The options that check themselves (ValidateOnStart), now: before a command runs or the database is migrated,
    // not when the host starts (which would log the failure with its stack trace first).
    app.Services.GetService<IStartupValidator>()?.Validate();

    if (Commando.IsCommando(args))
    {
        return await Commando.VoerUitAsync(app, Commando.Normaliseer(args));
    }

    app.UseSociaalNetwerk();
    if (!await app.BereidDatabankVoorAsync())
    {
        return 1;
    }

    await app.RunAsync();
    return 0;
}
catch (OptionsValidationException fout) when (alsProgramma)
{
    // What the options check themselves at the start (ValidateOnStart) and Configuratiecontrole did not see.
    return Configuratiecontrole.Meld(builder.Configuration, fout);
}

public partial class Program;
