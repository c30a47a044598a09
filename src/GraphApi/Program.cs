using Microsoft.Extensions.Options;
using SociaalNetwerk.GraphApi;
using SociaalNetwerk.GraphApi.Cli;
using SociaalNetwerk.GraphApi.Exploitatie;

// The slim builder, with what the default one adds that this app uses (Exploitatie/SlankeBouwer.cs): less to load.
var builder = WebApplication.CreateSlimBuilder(args);

// A wrong setting is a Dutch sentence and exit code 78, for the server and every command, never a stack trace.
if (Configuratiecontrole.Fouten(builder.Configuration) is { Count: > 0 } fouten)
{
    return Configuratiecontrole.Meld(fouten);
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
catch (OptionsValidationException fout)
{
    // What the options check themselves at the start (ValidateOnStart), such as Paginas:FrameAncestors.
    return Configuratiecontrole.Meld(fout);
}

public partial class Program;
