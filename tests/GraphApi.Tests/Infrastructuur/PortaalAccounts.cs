using SociaalNetwerk.Schema.Accounts;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.GraphApi.Tests.Infrastructuur;

/// <summary>
/// Signed-in portal sessions for a role, as a person gets one: invited (the same <see cref="AccountBeheer"/> the CLI
/// and the portal call), the password set through the invitation page, and for a role that reads personal data
/// (beheerder, trajectteam) the authenticator set up
/// with a code computed from the page's key (<see cref="Totp"/>).
/// </summary>
public static class PortaalAccounts
{
    public const string Wachtwoord = "een lang genoeg wachtwoord";

    public static string NieuwAdres() => $"p{Guid.NewGuid():N}"[..12] + "@partner.example";

    /// <summary>A new account with this role, signed in on its own <see cref="Portaal"/>.</summary>
    public static async Task<(Portaal Portaal, string Email)> IngelogdAsync(SociaalNetwerkServer server, Rol rol, int? organisatie = null, int? traject = null)
    {
        var email = NieuwAdres();
        string? code;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            (_, code) = await scope.ServiceProvider.GetRequiredService<AccountBeheer>().NodigUitAsync(email, rol, organisatie, traject);
        }

        var portaal = new Portaal(server);
        var gezet = await portaal.VulInAsync("/beheer/uitnodiging/" + code, ("wachtwoord", Wachtwoord), ("herhaling", Wachtwoord));
        Assert.Equal(HttpStatusCode.Redirect, gezet.Status);
        if (rol is Rol.Beheerder or Rol.Trajectteam)
        {
            await TweestapsAanAsync(portaal);
        }

        return (portaal, email);
    }

    /// <summary>Sets up the authenticator of the signed-in account (a beheerder and a trajectteam must).</summary>
    public static async Task TweestapsAanAsync(Portaal portaal)
    {
        var instellen = await portaal.GetAsync("/beheer/tweestaps");
        Assert.Equal(HttpStatusCode.OK, instellen.Status);
        var sleutel = Regex.Match(instellen.Html, "Sleutel: ([a-z2-7 ]+)<").Groups[1].Value.Replace(" ", string.Empty, StringComparison.Ordinal);
        var aan = await portaal.PostAsync("/beheer/tweestaps", instellen.Token, ("code", Totp.Code(sleutel)));
        Assert.Equal(HttpStatusCode.OK, aan.Status);
    }
}
