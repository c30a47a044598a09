using System.Net;
using System.Text.RegularExpressions;
using MimeKit;

namespace SociaalNetwerk.GraphApi.Tests.Infrastructuur;

/// <summary>
/// A browser on the portal (<c>/beheer</c>) without JavaScript: its own cookies, no automatic redirects, forms posted
/// with the antiforgery token of the page they came from. Mails are read from the <c>.eml</c> files the server writes.
/// </summary>
public sealed partial class Portaal : IDisposable
{
    private readonly HttpClient _client;

    public Portaal(SociaalNetwerkServer server)
        : this(server.Adres)
    {
    }

    /// <summary>A browser on the portal of the server at <paramref name="adres"/> (a <see cref="GebouwdeApp"/>, say).</summary>
    public Portaal(Uri adres)
    {
        _client = new HttpClient(new HttpClientHandler { CookieContainer = Koekjes, AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = adres };
    }

    public CookieContainer Koekjes { get; } = new();

    public HttpClient Client => _client;

    public void Dispose() => _client.Dispose();

    public async Task<PortaalAntwoord> GetAsync(string pad)
    {
        using var antwoord = await _client.GetAsync(pad);
        return await PortaalAntwoord.LeesAsync(antwoord);
    }

    /// <summary>Posts a form; with <paramref name="token"/> null the form has no antiforgery field (a forged form).</summary>
    public async Task<PortaalAntwoord> PostAsync(string pad, string? token, params (string Naam, string Waarde)[] velden)
    {
        var alles = velden.Select(v => new KeyValuePair<string, string>(v.Naam, v.Waarde)).ToList();
        if (token is not null)
        {
            alles.Add(new("__sn_formulier", token));
        }

        using var antwoord = await _client.PostAsync(pad, new FormUrlEncodedContent(alles));
        return await PortaalAntwoord.LeesAsync(antwoord);
    }

    /// <summary>Opens a page with a form and posts it with that page's token.</summary>
    public async Task<PortaalAntwoord> VulInAsync(string pad, params (string Naam, string Waarde)[] velden)
    {
        var pagina = await GetAsync(pad);
        Assert.Equal(HttpStatusCode.OK, pagina.Status);
        return await PostAsync(pad, pagina.Token, velden);
    }

    public async Task<PortaalAntwoord> InloggenAsync(string email, string wachtwoord) =>
        await VulInAsync("/beheer/inloggen", ("email", email), ("wachtwoord", wachtwoord));

    /// <summary>The mails the server wrote to <paramref name="aan"/>, oldest first.</summary>
    public static IReadOnlyList<MimeMessage> Mails(SociaalNetwerkServer server, string aan)
    {
        var map = Path.Combine(server.Databank.Map, "mail");
        if (!Directory.Exists(map))
        {
            return [];
        }

        return [.. Directory.GetFiles(map, "*.eml").Select(f => (Tijd: File.GetLastWriteTimeUtc(f), Bericht: MimeMessage.Load(f))).OrderBy(m => m.Tijd)
            .Select(m => m.Bericht).Where(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, aan, StringComparison.OrdinalIgnoreCase)))];
    }

    /// <summary>
    /// Waits until the server has written <paramref name="aantal"/> mails to <paramref name="aan"/>: a password reset
    /// mail is written in the background, after the answer (a state, looked at until it is there; at most a minute
    /// against a hang).
    /// </summary>
    public static async Task<IReadOnlyList<MimeMessage>> WachtOpMailsAsync(SociaalNetwerkServer server, string aan, int aantal = 1)
    {
        var grens = DateTime.UtcNow.AddMinutes(1);
        while (true)
        {
            var mails = Mails(server, aan);
            if (mails.Count >= aantal || DateTime.UtcNow > grens)
            {
                return mails;
            }

            await Task.Delay(20);
        }
    }

    /// <summary>The path and query of the one link in the newest mail to <paramref name="aan"/>.</summary>
    public static string LinkUitMail(SociaalNetwerkServer server, string aan)
    {
        var mail = Assert.Single(Mails(server, aan).TakeLast(1));
        var link = Assert.Single(Link().Matches(mail.TextBody ?? string.Empty)).Value;
        var uri = new Uri(link);
        Assert.Equal(server.Adres.Authority, uri.Authority);
        return uri.PathAndQuery;
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}

public sealed partial record PortaalAntwoord(HttpStatusCode Status, string Html, string? Locatie, HttpResponseMessage Bericht)
{
    public static async Task<PortaalAntwoord> LeesAsync(HttpResponseMessage antwoord) =>
        new(antwoord.StatusCode, await antwoord.Content.ReadAsStringAsync(), antwoord.Headers.Location?.OriginalString, antwoord);

    /// <summary>The antiforgery token of the page's form.</summary>
    public string Token => TokenVeld().Match(Html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : throw new Xunit.Sdk.XunitException("No form token in: " + Html);

    /// <summary>The text of the page without tags and the token, to compare two answers.</summary>
    public string Tekst => Spaties().Replace(Tags().Replace(TokenVeld().Replace(Html, string.Empty), " "), " ").Trim();

    [GeneratedRegex("name=\"__sn_formulier\" value=\"([^\"]+)\"")]
    private static partial Regex TokenVeld();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaties();
}
