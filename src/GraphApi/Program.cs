using SociaalNetwerk.GraphApi;
using SociaalNetwerk.GraphApi.Cli;
using SociaalNetwerk.GraphApi.Exploitatie;

// The slim builder, with what the default one adds that this app uses (Exploitatie/SlankeBouwer.cs): less to load.
var builder = WebApplication.CreateSlimBuilder(args);
builder.AddWatDeStandaardBouwerDoet();
builder.AddSociaalNetwerk();
var app = builder.Build();

if (Commando.IsCommando(args))
{
    return await Commando.VoerUitAsync(app, args);
}

app.UseSociaalNetwerk();
if (!await app.BereidDatabankVoorAsync())
{
    return 1;
}

await app.RunAsync();
return 0;

public partial class Program;
