using System.CommandLine;
using SociaalNetwerk.GraphApi.Beheer;
using SociaalNetwerk.GraphApi.Paginas;
using SociaalNetwerk.Schema.Accounts;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.GraphApi.Cli;

/// <summary><c>accounts invite | list | disable</c>: accounts of people for the partner portal (<c>/beheer</c>).</summary>
public static class AccountCommando
{
    public static Command Maak(IServiceProvider services)
    {
        var email = new Option<string>("--email") { Description = "Het e-mailadres van de persoon.", HelpName = "adres", Required = true };
        var rol = new Option<Rol>("--rol") { Description = "De rol: beheerder, redacteur of trajectteam.", HelpName = "beheerder|redacteur|trajectteam", Required = true, CustomParser = SleutelCommando.LeesRol };
        var organisatie = new Option<string?>("--organisatie") { Description = "Bij redacteur: de id (uit de API) of het nummer van de organisatie.", HelpName = "id" };
        var traject = new Option<string?>("--traject") { Description = "Bij trajectteam: de id (uit de API) of het nummer van het participatietraject.", HelpName = "id" };
        var nodigUit = new Command("invite", "Nodigt iemand uit met een rol. Stuurt een mail en toont de link, die één keer werkt en 7 dagen geldig is. Een bestaand account krijgt de rol erbij.")
        {
            email, rol, organisatie, traject,
        };
        nodigUit.SetAction(async (resultaat, token) =>
        {
            try
            {
                // The arguments first: a wrong one changes nothing, not even creates the database.
                var organisatieId = SleutelCommando.Id(resultaat.GetValue(organisatie), "Organisatie");
                var trajectId = SleutelCommando.Id(resultaat.GetValue(traject), "Participatietraject");
                var gekozen = resultaat.GetValue(rol);
                if (ApiSleutels.KoppelingsFout(gekozen, organisatieId, trajectId) is { } fout)
                {
                    throw new ArgumentException(fout);
                }

                var adres = resultaat.GetValue(email)!.Trim();
                if (!AccountBeheer.IsEmailadres(adres))
                {
                    throw new ArgumentException($"'{adres}' is geen geldig e-mailadres.");
                }

                await Databank.BereidVoorAsync(services, token);
                // The invitation's token is Data Protection's: its key first, outside the invitation's transaction.
                await Sleutelring.ZorgVoorSleutelAsync(services, token);
                await using var scope = services.CreateAsyncScope();
                var (account, code) = await scope.ServiceProvider.GetRequiredService<AccountBeheer>().NodigUitAsync(adres, gekozen, organisatieId, trajectId, AccountLog.Cli, token);
                var rolTekst = SleutelCommando.Naam(gekozen) + (organisatieId is { } o ? $" van organisatie {o}" : trajectId is { } t ? $" van traject {t}" : string.Empty);
                if (code is null)
                {
                    Console.WriteLine($"{account.Email} heeft al een account en is nu ook {rolTekst}. Inloggen gaat met het bestaande wachtwoord.");
                    return 0;
                }

                var link = services.GetRequiredService<PubliekAdres>().Absoluut(BeheerEndpoints.UitnodigingPad + "/" + code).AbsoluteUri;
                await services.GetRequiredService<MailVerzender>().VerstuurAsync(
                    account.Email!,
                    BeheerOpmaak.Tekst("Mail.Uitnodiging.Onderwerp", "nl"),
                    BeheerOpmaak.Tekst("Mail.Uitnodiging.Tekst", "nl", rolTekst, link),
                    link,
                    token);
                Console.WriteLine($"{account.Email} is uitgenodigd als {rolTekst}. De link werkt één keer en is 7 dagen geldig:");
                Console.WriteLine();
                Console.WriteLine("  " + link);
                return 0;
            }
            catch (ArgumentException fout)
            {
                await Console.Error.WriteLineAsync(fout.Message);
                return 2;
            }
        });

        var lijst = new Command("list", "Toont alle accounts met hun rollen.");
        lijst.SetAction(async (_, token) =>
        {
            await Databank.BereidVoorAsync(services, token);
            await using var scope = services.CreateAsyncScope();
            var accounts = await scope.ServiceProvider.GetRequiredService<AccountBeheer>().LijstAsync(token);
            if (accounts.Count == 0)
            {
                Console.WriteLine("Er zijn nog geen accounts. Nodig iemand uit met accounts invite.");
            }

            foreach (var a in accounts)
            {
                var rollen = string.Join(", ", a.Rollen.Select(r => SleutelCommando.Naam(r.Rol)
                    + (r.OrganisatieId is { } o ? $" organisatie {o}" : r.ParticipatietrajectId is { } t ? $" traject {t}" : string.Empty)));
                var status = a.UitgeschakeldOp is { } uit ? $"uitgeschakeld {uit:yyyy-MM-dd}" : a.PasswordHash is null ? "uitgenodigd" : "actief";
                Console.WriteLine($"{a.Email}  {status}  {rollen}");
            }

            return 0;
        });

        var uitEmail = new Option<string>("--email") { Description = "Het e-mailadres van het account.", HelpName = "adres", Required = true };
        var schakelUit = new Command("disable", "Schakelt een account uit: inloggen kan niet meer en open sessies en links stoppen direct.") { uitEmail };
        schakelUit.SetAction(async (resultaat, token) =>
        {
            await Databank.BereidVoorAsync(services, token);
            await using var scope = services.CreateAsyncScope();
            var adres = resultaat.GetValue(uitEmail)!.Trim();
            if (await scope.ServiceProvider.GetRequiredService<AccountBeheer>().SchakelUitAsync(adres, AccountLog.Cli, token))
            {
                Console.WriteLine($"Het account {adres} is uitgeschakeld.");
                return 0;
            }

            await Console.Error.WriteLineAsync($"Er is geen actief account met e-mailadres '{adres}'. Zie accounts list.");
            return 1;
        });

        return new Command("accounts", "Accounts van mensen voor het partnerportaal (/beheer).") { nodigUit, lijst, schakelUit };
    }
}
