using System.CommandLine;
using System.Globalization;
using SociaalNetwerk.Schema.Accounts;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.GraphApi.Cli;

/// <summary><c>keys create | list | revoke</c>: API keys for partners and participatietraject teams.</summary>
public static class SleutelCommando
{
    public static Command Maak(IServiceProvider services)
    {
        var rol = new Option<Rol>("--rol") { Description = "Wat de sleutel mag: beheerder, redacteur of trajectteam.", HelpName = "beheerder|redacteur|trajectteam", Required = true, CustomParser = LeesRol };
        var organisatie = new Option<string?>("--organisatie") { Description = "Bij redacteur: de id (uit de API) of het nummer van de organisatie.", HelpName = "id" };
        var traject = new Option<string?>("--traject") { Description = "Bij trajectteam: de id (uit de API) of het nummer van het participatietraject.", HelpName = "id" };
        var omschrijving = new Option<string>("--omschrijving") { Description = "Voor wie de sleutel is, bijvoorbeeld 'website inZet'.", HelpName = "tekst", Required = true };
        omschrijving.Validators.Add(resultaat =>
        {
            if (string.IsNullOrWhiteSpace(resultaat.GetValueOrDefault<string>()))
            {
                resultaat.AddError(ApiSleutels.LegeOmschrijving);
            }
        });
        var maak = new Command("create", "Maakt een API-sleutel. De sleutel wordt één keer getoond; bewaar hem veilig.") { rol, organisatie, traject, omschrijving };
        maak.SetAction(async (resultaat, token) =>
        {
            try
            {
                // The arguments first: a wrong one changes nothing, not even creates the database.
                var organisatieId = Id(resultaat.GetValue(organisatie), "Organisatie");
                var trajectId = Id(resultaat.GetValue(traject), "Participatietraject");
                if (ApiSleutels.KoppelingsFout(resultaat.GetValue(rol), organisatieId, trajectId) is { } fout)
                {
                    throw new ArgumentException(fout);
                }

                await Databank.BereidVoorAsync(services, token);
                var (sleutel, gegevens) = await services.GetRequiredService<ApiSleutels>().MaakAsync(
                    resultaat.GetValue(rol), organisatieId, trajectId, resultaat.GetValue(omschrijving)!, AccountLog.Cli, token);
                Console.WriteLine($"Sleutel {gegevens.Kenmerk} ({Naam(gegevens.Rol)}) gemaakt. Deze wordt maar één keer getoond:");
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
            var sleutels = await services.GetRequiredService<ApiSleutels>().LijstAsync(token);
            if (sleutels.Count == 0)
            {
                Console.WriteLine("Er zijn nog geen sleutels. Maak er een met keys create.");
            }

            foreach (var s in sleutels)
            {
                var voor = s.OrganisatieId is { } o ? $" organisatie {o}" : s.ParticipatietrajectId is { } t ? $" traject {t}" : string.Empty;
                var status = s.IngetrokkenOp is { } ingetrokken ? $"ingetrokken {ingetrokken:yyyy-MM-dd}" : "actief";
                Console.WriteLine($"{s.Kenmerk}  {Naam(s.Rol)}{voor}  {status}  {s.Omschrijving}");
            }

            return 0;
        });

        var kenmerk = new Argument<string>("kenmerk") { Description = "Het publieke deel van de sleutel, zoals sn_ab12cd34ef." };
        var trekIn = new Command("revoke", "Trekt een sleutel in; hij werkt direct niet meer.") { kenmerk };
        trekIn.SetAction(async (resultaat, token) =>
        {
            await Databank.BereidVoorAsync(services, token);
            var gevraagd = resultaat.GetValue(kenmerk)!;
            if (await services.GetRequiredService<ApiSleutels>().TrekInAsync(gevraagd, AccountLog.Cli, token))
            {
                Console.WriteLine($"De sleutel {gevraagd} is ingetrokken.");
                return 0;
            }

            await Console.Error.WriteLineAsync($"Er is geen actieve sleutel met kenmerk '{gevraagd}'. Zie keys list.");
            return 1;
        });

        return new Command("keys", "API-sleutels beheren.") { maak, lijst, trekIn };
    }

    /// <summary>A role by its name only: an enum parser would also take <c>99</c> or <c>beheerder,redacteur</c> and store a role that does not exist.</summary>
    internal static Rol LeesRol(System.CommandLine.Parsing.ArgumentResult resultaat)
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

    /// <summary>A role as the command takes it: <c>redacteur</c>, not <c>Redacteur</c>.</summary>
    internal static string Naam(Rol rol) => rol.ToString().ToLowerInvariant();

    internal static int? Id(string? waarde, string type)
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
