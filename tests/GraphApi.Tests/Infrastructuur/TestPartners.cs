using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Netwerken;
using SociaalNetwerk.Schema.Participatie;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.GraphApi.Tests.Infrastructuur;

/// <summary>
/// Two organisations of the test's own (A and B, stored straight in the server's database), API keys for a redacteur
/// of each, a beheerder and a trajectteam, and a demo location to hold activities. Tests that edit use these, so the
/// demo data other tests rely on stays as it is.
/// </summary>
public sealed record TestPartners(string A, string B, string NaamA, string RedacteurA, string RedacteurB, string Beheerder, string Trajectteam, string LocatieId)
{
    public static async Task<TestPartners> MaakAsync(SociaalNetwerkServer server)
    {
        var databank = server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>();
        await using var db = await databank.CreateDbContextAsync();
        var kenmerk = Guid.NewGuid().ToString("N")[..8];
        var a = new Organisatie { Naam = "Testpartner A " + kenmerk, Soort = OrganisatieSoort.Vereniging, Omschrijving = "Een vereniging voor de test." };
        var b = new Organisatie { Naam = "Testpartner B " + kenmerk, Soort = OrganisatieSoort.Welzijn };
        var traject = new Participatietraject { Naam = "Testtraject " + kenmerk, Omschrijving = "Test", Onderwerp = "Test" };
        db.Organisaties.AddRange(a, b);
        db.Participatietrajecten.Add(traject);
        await db.SaveChangesAsync();
        var locatie = await db.Locaties.OrderBy(l => l.Id).Select(l => l.Id).FirstAsync();

        var sleutels = server.Services.GetRequiredService<ApiSleutels>();
        var (redacteurA, _) = await sleutels.MaakAsync(Rol.Redacteur, a.Id, null, "redacteur A");
        var (redacteurB, _) = await sleutels.MaakAsync(Rol.Redacteur, b.Id, null, "redacteur B");
        var (beheerder, _) = await sleutels.MaakAsync(Rol.Beheerder, null, null, "beheerder");
        var (team, _) = await sleutels.MaakAsync(Rol.Trajectteam, null, traject.Id, "team");
        return new TestPartners(
            GlobalId.Maak(nameof(Organisatie), a.Id), GlobalId.Maak(nameof(Organisatie), b.Id), a.Naam,
            redacteurA, redacteurB, beheerder, team, GlobalId.Maak("Locatie", locatie));
    }

    /// <summary>A valid weekly activity: four Tuesdays from 24 November 2026, 10:00 to 12:00 in Zoetermeer.</summary>
    public Dictionary<string, object?> WekelijkseActiviteit(string titel = "Testinloop") => new()
    {
        ["titel"] = titel,
        ["omschrijving"] = "Koffie en een praatje, elke dinsdag.",
        ["soort"] = "INLOOPSPREEKUUR",
        ["themas"] = new[] { "WONEN_EN_BUURT" },
        ["locatieId"] = LocatieId,
        ["start"] = "2026-11-24T10:00:00+01:00",
        ["eind"] = "2026-11-24T12:00:00+01:00",
        ["herhaling"] = new { frequentie = "WEKELIJKS", aantal = 4 },
    };
}
