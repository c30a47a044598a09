using System.Globalization;
using System.Threading.Channels;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.Schema.Accounts;

namespace SociaalNetwerk.GraphApi.Beheer;

/// <summary>
/// A password reset asked for on <c>/beheer/wachtwoord-vergeten</c>, as the form gave it: the address as typed, the
/// portal's language, and the start and end of the link (made on the request, the same for every address).
/// </summary>
public sealed record HerstelVerzoek(string Email, string Taal, string LinkBegin, string LinkEinde);

/// <summary>A portal invitation mail, made on the request (in the language of the one who invites), sent in the background.</summary>
public sealed record UitnodigingsMail(string Aan, string Onderwerp, string Tekst, string Link);

/// <summary>
/// Password reset mails, handled in the background. The form's answer does the same work for every address: it puts
/// the request in a bounded queue and answers. Whether the address has an account, whether it has had its
/// <see cref="MaximumPerUur"/> mails in the last hour, the reset code and the mail (a slow or failing mail server
/// included) all happen here, after the answer, so neither the answer nor its timing tells whether an address has an
/// account. A failing mail server is logged. The queue holds <see cref="Capaciteit"/> requests; a request that finds it
/// full is logged and dropped (the person sees the same answer and can ask again). Requests still queued when the
/// server stops are not sent (logged). The portal's invitation mails (<see cref="UitnodigingsMail"/>) go through the same
/// queue, so a slow or failing mail server never holds up or breaks the beheerder's page either; a failure is logged.
/// </summary>
public sealed partial class HerstelMails(IServiceProvider services, MailVerzender mail, TimeProvider klok, ILogger<HerstelMails> logger) : BackgroundService
{
    /// <summary>How many requests may wait in the queue.</summary>
    public const int Capaciteit = 256;

    /// <summary>At most this many reset mails per account per hour (<see cref="Venster"/>), counted in the database, so across instances.</summary>
    public const int MaximumPerUur = 3;

    public static readonly TimeSpan Venster = TimeSpan.FromHours(1);

    /// <summary>Where the times of an account's last reset mails are kept: a row of Identity's <c>AccountTokens</c>.</summary>
    private const string TokenAanbieder = "SociaalNetwerk";

    private const string TokenNaam = "HerstelMails";

    private readonly Channel<object> _wachtrij = Channel.CreateBounded<object>(new BoundedChannelOptions(Capaciteit)
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleReader = true,
    });

    /// <summary>Queues a request; never waits. False (logged) when the queue is full.</summary>
    public bool Plaats(HerstelVerzoek verzoek)
    {
        if (_wachtrij.Writer.TryWrite(verzoek))
        {
            return true;
        }

        LogVol(Capaciteit);
        return false;
    }

    /// <summary>Queues an invitation mail; never waits. False (logged) when the queue is full.</summary>
    public bool Plaats(UitnodigingsMail mail)
    {
        if (_wachtrij.Writer.TryWrite(mail))
        {
            return true;
        }

        LogUitnodigingVol(Capaciteit);
        return false;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var verzoek in _wachtrij.Reader.ReadAllAsync(stoppingToken))
            {
                if (verzoek is UitnodigingsMail uitnodiging)
                {
                    try
                    {
                        await mail.VerstuurAsync(uitnodiging.Aan, uitnodiging.Onderwerp, uitnodiging.Tekst, uitnodiging.Link, stoppingToken);
                    }
                    catch (Exception fout) when (fout is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                    {
                        // The beheerder was told the invitation is being sent; the account's list still shows it as invited.
                        LogUitnodigingNietVerstuurd(fout);
                    }

                    continue;
                }

                try
                {
                    await VerwerkAsync((HerstelVerzoek)verzoek, stoppingToken);
                }
                catch (Exception fout) when (fout is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    // For the log only: the person saw the same answer as for an unknown address.
                    LogNietVerstuurd(fout);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            if (_wachtrij.Reader.Count > 0)
            {
                LogNietVerwerkt(_wachtrij.Reader.Count);
            }
        }
    }

    private async Task VerwerkAsync(HerstelVerzoek verzoek, CancellationToken cancellationToken)
    {
        (Account Account, string Code)? gevonden;
        await using (var scope = services.CreateAsyncScope())
        {
            gevonden = await scope.ServiceProvider.GetRequiredService<AccountBeheer>().HerstelCodeAsync(verzoek.Email);
        }

        if (gevonden is null)
        {
            return;
        }

        var (account, code) = gevonden.Value;

        if (!await MagAsync(account.Id, cancellationToken))
        {
            return;
        }

        var link = verzoek.LinkBegin + code + verzoek.LinkEinde;
        await mail.VerstuurAsync(account.Email!, BeheerOpmaak.Tekst("Mail.Herstel.Onderwerp", verzoek.Taal), BeheerOpmaak.Tekst("Mail.Herstel.Tekst", verzoek.Taal, link), link, cancellationToken);
    }

    /// <summary>
    /// Whether the account may have another reset mail, and if so counts it: the times of its mails in the last hour
    /// are one token row of the account, written with the account's concurrency stamp (Identity's <c>UpdateAsync</c>),
    /// so two instances that count at the same moment do not both get the last mail: the one that comes second reads
    /// the row again and counts once more.
    /// </summary>
    private async Task<bool> MagAsync(int accountId, CancellationToken cancellationToken)
    {
        for (var poging = 1; ; poging++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await using var scope = services.CreateAsyncScope();
            var gebruikers = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
            if (await gebruikers.FindByIdAsync(accountId.ToString(CultureInfo.InvariantCulture)) is not { } account)
            {
                return false;
            }

            var nu = klok.GetUtcNow();
            var tijden = (await gebruikers.GetAuthenticationTokenAsync(account, TokenAanbieder, TokenNaam) ?? string.Empty)
                .Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(t => long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? DateTimeOffset.FromUnixTimeSeconds(s) : DateTimeOffset.MinValue)
                .Where(t => t > nu - Venster && t <= nu)
                .ToList();
            if (tijden.Count >= MaximumPerUur)
            {
                LogLimiet(accountId, MaximumPerUur);
                return false;
            }

            tijden.Add(nu);
            bool geschreven;
            try
            {
                var resultaat = await gebruikers.SetAuthenticationTokenAsync(account, TokenAanbieder, TokenNaam,
                    string.Join(' ', tijden.Select(t => t.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture))));
                geschreven = resultaat.Succeeded;
            }
            catch (DbUpdateException)
            {
                // Another instance wrote the first row of this account at the same moment.
                geschreven = false;
            }

            if (geschreven)
            {
                return true;
            }

            if (poging == 5)
            {
                // Never counted: no mail rather than one past the limit.
                LogNietGeteld(accountId, poging);
                return false;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The password reset mail could not be sent.")]
    private partial void LogNietVerstuurd(Exception fout);

    [LoggerMessage(Level = LogLevel.Error, Message = "The portal invitation mail could not be sent.")]
    private partial void LogUitnodigingNietVerstuurd(Exception fout);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Portal invitation mail not sent: the queue of mails is full ({Capaciteit}).")]
    private partial void LogUitnodigingVol(int capaciteit);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Password reset mail for account {AccountId} not sent: it had {Maximum} in the last hour.")]
    private partial void LogLimiet(int accountId, int maximum);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Password reset mail for account {AccountId} not sent: its mails could not be counted after {Pogingen} attempts (concurrent writes).")]
    private partial void LogNietGeteld(int accountId, int pogingen);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Password reset request dropped: the queue of reset mails is full ({Capaciteit}).")]
    private partial void LogVol(int capaciteit);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Aantal} password reset requests were not handled before the server stopped.")]
    private partial void LogNietVerwerkt(int aantal);
}
