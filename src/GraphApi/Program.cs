using SociaalNetwerk.GraphApi;
using SociaalNetwerk.GraphApi.Cli;

var builder = WebApplication.CreateBuilder(args);
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
