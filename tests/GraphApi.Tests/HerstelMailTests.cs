using Microsoft.Extensions.Logging;
using SociaalNetwerk.Schema.Accounts;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>A server that sends its mail over SMTP to a <see cref="SmtpPostbus"/> and keeps its log in a <see cref="Logboek"/>.</summary>
public sealed class PostbusServer : SociaalNetwerkServer
{
    public SmtpPostbus Postbus { get; } = new();

    public Logboek Logboek { get; } = new();

    protected override IDictionary<string, string?> Configuratie => Postbus.Instellingen;

    protected override void ConfigureerDiensten(IServiceCollection services) => services.AddSingleton<ILoggerProvider>(Logboek);
}

/// <summary>
/// "Wachtwoord vergeten" as someone who tries addresses meets it: the answer for an address with an account is the
/// same, byte for byte, as for one without, and comes before the mail server has even answered; a failing mail server
/// is logged, not shown; an address gets at most <see cref="Beheer.HerstelMails.MaximumPerUur"/> reset mails an hour,
/// counted in the database, so across instances. Mails arrive over real SMTP (<see cref="SmtpPostbus"/>).
/// </summary>
public sealed class HerstelMailTests(PostbusServer server) : IClassFixture<PostbusServer>
{
    private const string Vergeten = "/beheer/wachtwoord-vergeten";

    /// <summary>Only against a hang: what is asserted is the order of events, never a duration.</summary>
    private static readonly TimeSpan Vangnet = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task TheAnswerForAKnownAddressIsTheSameAsForAnUnknownOneAndComesBeforeTheMailServerAnswers()
    {
        var email = await AccountAsync(server);
        using var portaal = new Portaal(server);
        var pagina = await portaal.GetAsync(Vergeten);

        // The mail server holds every connection before its greeting: a request that sends the mail itself cannot answer.
        server.Postbus.Houd();
        try
        {
            var onbekend = await portaal.PostAsync(Vergeten, pagina.Token, ("email", PortaalAccounts.NieuwAdres())).WaitAsync(Vangnet);
            var bekend = await portaal.PostAsync(Vergeten, pagina.Token, ("email", email)).WaitAsync(Vangnet);

            Assert.Empty(server.Postbus.Mails(email));
            Assert.Equal(HttpStatusCode.OK, bekend.Status);
            Assert.Equal(onbekend.Status, bekend.Status);
            Assert.Equal(onbekend.Html, bekend.Html);
            Assert.Equal(Koppen(onbekend), Koppen(bekend));
        }
        finally
        {
            server.Postbus.Laat();
        }

        // Then the mail arrives, with a link that works.
        await server.Postbus.WachtOpAsync(email).WaitAsync(Vangnet);
        var mail = Assert.Single(server.Postbus.Mails(email));
        var link = new Uri(Regex.Match(mail.TextBody ?? string.Empty, @"https?://\S+").Value).PathAndQuery;
        Assert.StartsWith("/beheer/wachtwoord-herstellen/", link, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await portaal.GetAsync(link)).Status);
    }

    [Fact]
    public async Task AFailingMailServerIsLoggedAndTheAnswerStaysTheSame()
    {
        var email = await AccountAsync(server);
        using var portaal = new Portaal(server);
        var pagina = await portaal.GetAsync(Vergeten);
        var onbekend = await portaal.PostAsync(Vergeten, pagina.Token, ("email", PortaalAccounts.NieuwAdres()));
        var fouten = server.Logboek.Regels(NietVerstuurd).Count;

        server.Postbus.Weigeren = true;
        try
        {
            var bekend = await portaal.PostAsync(Vergeten, pagina.Token, ("email", email));
            Assert.Equal(onbekend.Status, bekend.Status);
            Assert.Equal(onbekend.Html, bekend.Html);
            await server.Logboek.WachtOpAsync(NietVerstuurd, fouten + 1).WaitAsync(Vangnet);
        }
        finally
        {
            server.Postbus.Weigeren = false;
        }

        Assert.Empty(server.Postbus.Mails(email));
    }

    [Fact]
    public async Task AnAddressGetsAtMostThreeResetMailsAnHourAcrossInstancesWithTheSameAnswer()
    {
        var email = await AccountAsync(server);
        await using var tweede = new TweedePostbus(server);
        await ((IAsyncLifetime)tweede).InitializeAsync();
        using var a = new Portaal(server);
        using var b = new Portaal(tweede);
        var paginaA = await a.GetAsync(Vergeten);
        var paginaB = await b.GetAsync(Vergeten);
        var onbekend = await a.PostAsync(Vergeten, paginaA.Token, ("email", PortaalAccounts.NieuwAdres()));

        // Three, on two instances: three mails.
        List<PortaalAntwoord> antwoorden = [];
        antwoorden.Add(await a.PostAsync(Vergeten, paginaA.Token, ("email", email)));
        antwoorden.Add(await b.PostAsync(Vergeten, paginaB.Token, ("email", email)));
        antwoorden.Add(await a.PostAsync(Vergeten, paginaA.Token, ("email", email)));
        await WachtAsync(server.Postbus.WachtOpAsync(email, 3));

        // The fourth and fifth, one on each instance: the same answer, no mail, a line in the log of each.
        var limieten = server.Logboek.Regels(Limiet).Count;
        antwoorden.Add(await b.PostAsync(Vergeten, paginaB.Token, ("email", email)));
        antwoorden.Add(await a.PostAsync(Vergeten, paginaA.Token, ("email", email.ToUpperInvariant())));
        await WachtAsync(server.Logboek.WachtOpAsync(Limiet, limieten + 2));

        Assert.Equal(3, server.Postbus.Mails(email).Count);
        Assert.All(antwoorden, antwoord => Assert.Equal((onbekend.Status, onbekend.Html), (antwoord.Status, antwoord.Html)));
        Assert.DoesNotContain(server.Logboek.Regels(Limiet), r => r.Contains(email, StringComparison.OrdinalIgnoreCase));

        // Another address is not held back by this one's limit.
        var ander = await AccountAsync(server);
        await a.PostAsync(Vergeten, paginaA.Token, ("email", ander));
        await server.Postbus.WachtOpAsync(ander).WaitAsync(Vangnet);
    }

    /// <summary>Waits for a state; against a hang, a failure that shows what the background sending logged.</summary>
    private async Task WachtAsync(Task staat)
    {
        try
        {
            await staat.WaitAsync(Vangnet);
        }
        catch (TimeoutException)
        {
            Assert.Fail("Not reached. The log of the mails:\n" + string.Join("\n", server.Logboek.Regels(r => r.Contains("Mail", StringComparison.Ordinal))));
        }
    }

    private static bool NietVerstuurd(string regel) => regel.Contains("reset mail could not be sent", StringComparison.Ordinal);

    private static bool Limiet(string regel) => regel.Contains("reset mail for account", StringComparison.Ordinal) && regel.Contains("not sent", StringComparison.Ordinal);

    /// <summary>The answer's headers that could differ between two answers (not its date).</summary>
    private static string Koppen(PortaalAntwoord antwoord) =>
        string.Join("\n", antwoord.Bericht.Headers.Concat(antwoord.Bericht.Content.Headers)
            .Where(h => h.Key != "Date")
            .OrderBy(h => h.Key, StringComparer.Ordinal)
            .Select(h => h.Key + ": " + string.Join(", ", h.Value)));

    /// <summary>An active account with a password (the invitation accepted), its mail not through SMTP.</summary>
    private static async Task<string> AccountAsync(SociaalNetwerkServer server)
    {
        var email = PortaalAccounts.NieuwAdres();
        string? code;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            (_, code) = await scope.ServiceProvider.GetRequiredService<AccountBeheer>().NodigUitAsync(email, Rol.Redacteur, 1, null);
        }

        using var portaal = new Portaal(server);
        Assert.Equal(HttpStatusCode.Redirect, (await portaal.VulInAsync("/beheer/uitnodiging/" + code, ("wachtwoord", PortaalAccounts.Wachtwoord), ("herhaling", PortaalAccounts.Wachtwoord))).Status);
        return email;
    }

    /// <summary>A second instance on the same database, mail server and log.</summary>
    private sealed class TweedePostbus(PostbusServer eerste) : TweedeInstantie(eerste, eerste.Postbus.Instellingen)
    {
        protected override void ConfigureerDiensten(IServiceCollection services) => services.AddSingleton<ILoggerProvider>(eerste.Logboek);
    }
}
