using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace SociaalNetwerk.GraphApi.Beheer;

/// <summary>
/// The settings of section <c>Mail</c>. Without <see cref="Host"/> (the default, and in tests) no mail leaves the
/// machine: each one is written as an <c>.eml</c> file to <c>mail/</c> beside the database file and its link is logged.
/// </summary>
public sealed class MailOpties
{
    public const string Sectie = "Mail";

    /// <summary>The SMTP server, such as <c>smtp.zoetermeer.nl</c>; empty: write <c>.eml</c> files.</summary>
    public string? Host { get; set; }

    /// <summary>The SMTP port: 587 (STARTTLS) by default, 465 for TLS from the start.</summary>
    public int Port { get; set; } = 587;

    /// <summary>The SMTP user name, if the server asks for one.</summary>
    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender, such as <c>Sociaal Netwerk &lt;noreply@zoetermeer.nl&gt;</c>.</summary>
    public string From { get; set; } = "Sociaal Netwerk <noreply@localhost>";

    /// <summary>Where <c>.eml</c> files go without SMTP; set by the host to <c>mail/</c> beside the database.</summary>
    public string? Map { get; set; }
}

/// <summary>Sends the portal's mails (invitation, password reset) with MailKit, or writes them as <c>.eml</c> files.</summary>
public sealed class MailVerzender(IOptions<MailOpties> opties, TimeProvider klok, ILogger<MailVerzender> logger)
{
    /// <summary>Sends a plain-text mail. <paramref name="link"/> is the one link in it, logged when the mail is written to a file.</summary>
    public async Task VerstuurAsync(string aan, string onderwerp, string tekst, string link, CancellationToken cancellationToken = default)
    {
        var instellingen = opties.Value;
        var bericht = new MimeMessage();
        bericht.From.Add(MailboxAddress.Parse(instellingen.From));
        bericht.To.Add(MailboxAddress.Parse(aan));
        bericht.Subject = onderwerp;
        bericht.Date = klok.GetUtcNow();
        bericht.Body = new TextPart(MimeKit.Text.TextFormat.Plain) { Text = tekst };

        if (string.IsNullOrWhiteSpace(instellingen.Host))
        {
            var map = instellingen.Map ?? Path.Combine(AppContext.BaseDirectory, "data", "mail");
            Directory.CreateDirectory(map);
            var bestand = Path.Combine(map, $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.eml");
            // Written under another name and then renamed: whoever reads the folder (a test, a developer's mail viewer)
            // never sees half a mail, now that mails are written in the background (HerstelMails).
            var tijdelijk = bestand + ".tmp";
            await bericht.WriteToAsync(tijdelijk, cancellationToken);
            File.Move(tijdelijk, bestand);
            logger.LogInformation("Mail '{Onderwerp}' aan {Aan} geschreven naar {Bestand} (geen Mail:Host ingesteld). Link: {Link}", onderwerp, aan, bestand, link);
            return;
        }

        using var smtp = new SmtpClient();
        await smtp.ConnectAsync(instellingen.Host, instellingen.Port, instellingen.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTlsWhenAvailable, cancellationToken);
        if (!string.IsNullOrEmpty(instellingen.User))
        {
            await smtp.AuthenticateAsync(instellingen.User, instellingen.Password ?? string.Empty, cancellationToken);
        }

        await smtp.SendAsync(bericht, cancellationToken);
        await smtp.DisconnectAsync(quit: true, cancellationToken);
        logger.LogInformation("Mail '{Onderwerp}' aan {Aan} verstuurd via {Host}.", onderwerp, aan, instellingen.Host);
    }
}
