using System.CommandLine;
using System.Globalization;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.GraphApi.Cli;

/// <summary><c>keys create | list | revoke</c>: API keys for partners and participatietraject teams.</summary>
public static class SleutelCommando
{
    public static Command Maak(IServiceProvider services)
    {
        var rol = new Option<Rol>("--rol") { Description = "beheerder, redacteur of trajectteam.", Required = true, CustomParser = LeesRol };
        var organisatie = new Option<string?>("--organisatie") { Description = "Bij redacteur: de id (uit de API) of het nummer van de organisatie." };
        var traject = new Option<string?>("--traject") { Description = "Bij trajectteam: de id (uit de API) of het nummer van het participatietraject." };
        var omschrijving = new Option<string>("--omschrijving") { Description = "Voor wie de sleutel is, bijvoorbeeld 'website inZet'.", Required = true };
        var maak = new Command("create", "Maakt een API-sleutel. De sleutel wordt één keer getoond; bewaar hem veilig.") { rol, organisatie, traject, omschrijving };
        maak.SetAction(async (resultaat, token) =>
        {
            try
            {
                // The arguments first: a wrong one changes nothing, not even creates the database.
                var organisatieId = Id(resultaat.GetValue(organisatie), "Organisatie");
                var trajectId = Id(resultaat.GetValue(traject), "Participatietraject");
                await Databank.BereidVoorAsync(services, token);
                var (sleutel, gegevens) = await services.GetRequiredService<ApiSleutels>().MaakAsync(
                    resultaat.GetValue(rol), organisatieId, trajectId, resultaat.GetValue(omschrijving)!, token);
                Console.WriteLine($"Sleutel {gegevens.Kenmerk} ({gegevens.Rol}) gemaakt. Deze wordt maar één keer getoond:");
                Console.WriteLine();
                Console.WriteLine("  " + sleutel);
                Console.WriteLine();
                Console.WriteLine("Gebruik: Authorization: Bearer " + sleutel);
                return 0;
            }
            catch (ArgumentException fout)
            {
                await Console.Error.WriteLineAsync(fout.Message);
                return 2;
            }
        });

        var lijst = new Command("list", "Toont alle sleutels (zonder het geheime deel).");
        lijst.SetAction(async (_, token) =>
        {
            await Databank.BereidVoorAsync(services, token);
            foreach (var s in await services.GetRequiredService<ApiSleutels>().LijstAsync(token))
            {
                var voor = s.OrganisatieId is { } o ? $" organisatie {o}" : s.ParticipatietrajectId is { } t ? $" traject {t}" : string.Empty;
                var status = s.IngetrokkenOp is { } ingetrokken ? $"ingetrokken {ingetrokken:yyyy-MM-dd}" : "actief";
                Console.WriteLine($"{s.Kenmerk}  {s.Rol}{voor}  {status}  {s.Omschrijving}");
            }

            return 0;
        });

        var kenmerk = new Argument<string>("kenmerk") { Description = "Het publieke deel van de sleutel, zoals sn_ab12cd34ef." };
        var trekIn = new Command("revoke", "Trekt een sleutel in; hij werkt direct niet meer.") { kenmerk };
        trekIn.SetAction(async (resultaat, token) =>
        {
            await Databank.BereidVoorAsync(services, token);
            var gelukt = await services.GetRequiredService<ApiSleutels>().TrekInAsync(resultaat.GetValue(kenmerk)!, token);
            Console.WriteLine(gelukt ? "De sleutel is ingetrokken." : "Geen actieve sleutel met dat kenmerk.");
            return gelukt ? 0 : 1;
        });

        return new Command("keys", "API-sleutels beheren.") { maak, lijst, trekIn };
    }

    /// <summary>A role by its name only: an enum parser would also take <c>99</c> or <c>beheerder,redacteur</c> and store a role that does not exist.</summary>
    private static Rol LeesRol(System.CommandLine.Parsing.ArgumentResult resultaat)
    {
        var tekst = resultaat.Tokens.Count == 1 ? resultaat.Tokens[0].Value.Trim() : string.Empty;
        foreach (var gevonden in Enum.GetValues<Rol>())
        {
            if (string.Equals(gevonden.ToString(), tekst, StringComparison.OrdinalIgnoreCase))
            {
                return gevonden;
            }
        }

        resultaat.AddError($"'{tekst}' is geen rol. Kies beheerder, redacteur of trajectteam.");
        return default;
    }

    private static int? Id(string? waarde, string type)
    {
        if (string.IsNullOrWhiteSpace(waarde))
        {
            return null;
        }

        if (int.TryParse(waarde, NumberStyles.None, CultureInfo.InvariantCulture, out var nummer))
        {
            return nummer;
        }

        try
        {
            return GlobalId.LeesInt(waarde, type);
        }
        catch (SociaalNetwerkException)
        {
            throw new ArgumentException($"'{waarde}' is geen id van een {type}.");
        }
    }
}
