using System.Text.RegularExpressions;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// The portal's invitation mail goes through the background mail queue (as the reset mails): a mail server that is
/// down or slow never gives the beheerder an error page or a wait; the page says the invitation is being sent, a
/// failure is logged, and the mail arrives over real SMTP (<see cref="SmtpPostbus"/>) when the server answers.
/// </summary>
public sealed class BeheerUitnodigingMailTests(PostbusServer server) : IClassFixture<PostbusServer>
{
    /// <summary>Only against a hang: what is asserted is the order of events, never a duration.</summary>
    private static readonly TimeSpan Vangnet = TimeSpan.FromMinutes(1);

    private static bool NietVerstuurd(string regel) => regel.Contains("invitation mail", StringComparison.Ordinal) && regel.Contains("could not be sent", StringComparison.Ordinal);

    [Fact]
    public async Task AMailServerThatIsDownOrSlowGivesTheBeheerderThePageThatTheInvitationIsBeingSentAndTheMailFollows()
    {
        var (beheerder, _) = await PortaalAccounts.IngelogdAsync(server, Rol.Beheerder);
        using var _b = beheerder;

        // Down: the page says the invitation is on its way; the failure is in the log, not on the page.
        var mislukt = PortaalAccounts.NieuwAdres();
        var fouten = server.Logboek.Regels(NietVerstuurd).Count;
        server.Postbus.Weigeren = true;
        try
        {
            var pagina = await beheerder.GetAsync("/beheer/accounts");
            var antwoord = await beheerder.PostAsync("/beheer/accounts", pagina.Token, ("email", mislukt), ("rol", "Redacteur"), ("organisatie", "2"));
            Assert.Equal(HttpStatusCode.OK, antwoord.Status);
            Assert.Contains($"{mislukt} is uitgenodigd", antwoord.Tekst, StringComparison.Ordinal);
            Assert.Contains("De uitnodiging wordt verstuurd", antwoord.Tekst, StringComparison.Ordinal);
            await server.Logboek.WachtOpAsync(NietVerstuurd, fouten + 1).WaitAsync(Vangnet);
        }
        finally
        {
            server.Postbus.Weigeren = false;
        }

        Assert.Empty(server.Postbus.Mails(mislukt));

        // Slow: the answer comes before the mail server has even greeted; then the mail arrives with a link that works.
        var email = PortaalAccounts.NieuwAdres();
        server.Postbus.Houd();
        try
        {
            var pagina = await beheerder.GetAsync("/beheer/accounts?taal=en");
            var antwoord = await beheerder.PostAsync("/beheer/accounts?taal=en", pagina.Token, ("email", email), ("rol", "Redacteur"), ("organisatie", "2")).WaitAsync(Vangnet);
            Assert.Equal(HttpStatusCode.OK, antwoord.Status);
            Assert.Contains("The invitation is being sent", antwoord.Tekst, StringComparison.Ordinal);
            Assert.Empty(server.Postbus.Mails(email));
        }
        finally
        {
            server.Postbus.Laat();
        }

        await server.Postbus.WachtOpAsync(email).WaitAsync(Vangnet);
        var mail = Assert.Single(server.Postbus.Mails(email));
        Assert.Contains("inZet", mail.TextBody, StringComparison.Ordinal);
        var link = new Uri(Regex.Match(mail.TextBody ?? string.Empty, @"https?://\S+").Value).PathAndQuery;
        Assert.StartsWith("/beheer/uitnodiging/", link, StringComparison.Ordinal);
        using var persoon = new Portaal(server);
        Assert.Equal(HttpStatusCode.OK, (await persoon.GetAsync(link)).Status);
    }
}
