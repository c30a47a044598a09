using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Resources;

namespace SociaalNetwerk.Schema.Redactie;

/// <summary>
/// Collects the problems of one editing mutation's input as <see cref="Veldfout"/>s (stable code, field, message in the
/// request's language), so that a form can show every error at once and nothing is stored while there are any.
/// Messages are <c>REDACTIE_&lt;code&gt;</c> in <c>Resources/Berichten.resx</c>.
/// </summary>
public sealed partial class Veldcontrole(IStringLocalizer<Berichten> berichten)
{
    public const int MaxUrlLengte = 500;
    public const int MaxEmailLengte = 200;
    public const int MaxTelefoonLengte = 30;

    private readonly List<Veldfout> _fouten = [];

    public IReadOnlyList<Veldfout> Fouten => _fouten;

    public bool HeeftFouten => _fouten.Count > 0;

    public bool HeeftFout(string veld) => _fouten.Any(f => f.Veld == veld);

    /// <summary>Adds a problem with the message <c>REDACTIE_&lt;code&gt;</c>; <paramref name="argumenten"/> follow the field name ({0}) in the message.</summary>
    public void Fout(string veld, string code, params object[] argumenten) => FoutMetBericht(veld, code, "REDACTIE_" + code, argumenten);

    /// <summary>Adds a problem whose message is not the standard one for its code.</summary>
    public void FoutMetBericht(string veld, string code, string berichtSleutel, params object[] argumenten) =>
        _fouten.Add(new Veldfout(null, veld, code, berichten[berichtSleutel, [veld, .. argumenten]].Value));

    /// <summary>Adds a problem found by a pure rule.</summary>
    public void Fout(Regelfout fout)
    {
        ArgumentNullException.ThrowIfNull(fout);
        FoutMetBericht(fout.Veld, fout.Code, fout.BerichtSleutel, [.. fout.Argumenten]);
    }

    /// <summary>REQUIRED when a field that adding needs was not given.</summary>
    public void Verplicht<T>(string veld, Optioneel<T> invoer)
    {
        if (!invoer.IsOpgegeven)
        {
            Fout(veld, FoutCodes.Verplicht);
        }
    }

    /// <summary>The value of a field that cannot be cleared; REQUIRED when it was given as null.</summary>
    public T? NietLeeg<T>(string veld, T? waarde)
        where T : struct
    {
        if (waarde is null)
        {
            Fout(veld, FoutCodes.Verplicht);
        }

        return waarde;
    }

    /// <summary>Trimmed text, or null when empty; REQUIRED when it must be there, TOO_LONG above <paramref name="max"/> characters.</summary>
    public string? Tekst(string veld, string? waarde, int max, bool verplicht = false)
    {
        var tekst = string.IsNullOrWhiteSpace(waarde) ? null : waarde.Trim();
        if (tekst is null)
        {
            if (verplicht)
            {
                Fout(veld, FoutCodes.Verplicht);
            }

            return null;
        }

        if (tekst.Length > max)
        {
            Fout(veld, FoutCodes.TeLang, max, tekst.Length);
            return null;
        }

        return tekst;
    }

    /// <summary>
    /// An absolute http(s) link, stored in its percent-encoded form (<see cref="Uri.AbsoluteUri"/>): a space, quote or
    /// angle bracket becomes <c>%20</c>, <c>%22</c>, <c>%3C</c>, <c>%3E</c>, scheme and host are lower case and a default
    /// port goes. A link with a user name or password in it (<c>https://user:pass@…</c>) is refused.
    /// </summary>
    public string? Url(string veld, string? waarde, bool verplicht = false)
    {
        var tekst = Tekst(veld, waarde, MaxUrlLengte, verplicht);
        if (tekst is null)
        {
            return null;
        }

        if (!(Uri.TryCreate(tekst, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0))
        {
            Fout(veld, FoutCodes.OngeldigeUrl, tekst);
            return null;
        }

        if (uri.UserInfo.Length > 0)
        {
            FoutMetBericht(veld, FoutCodes.OngeldigeUrl, "REDACTIE_URL_WITH_USERINFO", tekst);
            return null;
        }

        // AbsoluteUri writes a bare host as "https://example.org/"; keep the link as it was typed then.
        var link = uri.AbsoluteUri;
        if (uri.PathAndQuery == "/" && uri.Fragment.Length == 0 && !tekst.EndsWith('/'))
        {
            link = link[..^1];
        }

        if (link.Length > MaxUrlLengte)
        {
            Fout(veld, FoutCodes.TeLang, MaxUrlLengte, link.Length);
            return null;
        }

        return link;
    }

    /// <summary>
    /// An image (<paramref name="veld"/><c>.url</c>, <paramref name="veld"/><c>.alt</c>): null clears it; otherwise an https
    /// link (<see cref="Url"/>; INVALID_URL for http or any other scheme) and the alt text, which is then required
    /// (REQUIRED with its own message). Null (and nothing stored) while either is wrong.
    /// </summary>
    public Kenmerken.Afbeelding? Afbeelding(string veld, Kenmerken.AfbeeldingInvoer? invoer)
    {
        if (invoer is null)
        {
            return null;
        }

        var url = Url(veld + ".url", invoer.Url, verplicht: true);
        if (url is not null && !url.StartsWith("https://", StringComparison.Ordinal))
        {
            FoutMetBericht(veld + ".url", FoutCodes.OngeldigeUrl, "REDACTIE_URL_NOT_HTTPS", url);
            url = null;
        }

        var alt = Tekst(veld + ".alt", invoer.Alt, Kenmerken.Afbeelding.MaxAltLengte);
        if (alt is null && !HeeftFout(veld + ".alt"))
        {
            FoutMetBericht(veld + ".alt", FoutCodes.Verplicht, "REDACTIE_IMAGE_ALT_REQUIRED");
        }

        return url is null || alt is null ? null : new Kenmerken.Afbeelding(url, alt);
    }

    public string? Email(string veld, string? waarde)
    {
        var tekst = Tekst(veld, waarde, MaxEmailLengte);
        if (tekst is not null && !(MailAddress.TryCreate(tekst, out var adres) && adres.Address == tekst && !tekst.Contains(' ', StringComparison.Ordinal)))
        {
            Fout(veld, FoutCodes.OngeldigeEmail, tekst);
            return null;
        }

        return tekst;
    }

    public string? Telefoon(string veld, string? waarde)
    {
        var tekst = Tekst(veld, waarde, MaxTelefoonLengte);
        if (tekst is not null && !Telefoonnummer().IsMatch(tekst))
        {
            Fout(veld, FoutCodes.OngeldigTelefoonnummer, tekst);
            return null;
        }

        return tekst;
    }

    /// <summary>A Dutch postcode, written as <c>1234 AB</c>.</summary>
    public string? Postcode(string veld, string? waarde)
    {
        var tekst = Tekst(veld, waarde, 7);
        if (tekst is null)
        {
            return null;
        }

        var match = NederlandsePostcode().Match(tekst);
        if (!match.Success)
        {
            Fout(veld, FoutCodes.OngeldigePostcode, tekst);
            return null;
        }

        return match.Groups[1].Value + " " + match.Groups[2].Value.ToUpperInvariant();
    }

    public int? Getal(string veld, int? waarde, int min, int max)
    {
        if (waarde is { } getal && (getal < min || getal > max))
        {
            Fout(veld, FoutCodes.BuitenBereik, min, max);
            return null;
        }

        return waarde;
    }

    /// <summary>The integer key of a global id of <paramref name="type"/>, or INVALID_ID.</summary>
    public int? Id(string veld, string? globalId, string type)
    {
        if (GlobalId.Probeer(globalId, out var gelezenType, out var sleutel) && gelezenType == type
            && int.TryParse(sleutel, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return id;
        }

        _fouten.Add(new Veldfout(null, veld, FoutCodes.OngeldigeId, berichten[FoutCodes.OngeldigeId, globalId ?? string.Empty, type].Value));
        return null;
    }

    [GeneratedRegex(@"^\+?[0-9][0-9 ()\-]{5,29}$")]
    private static partial Regex Telefoonnummer();

    [GeneratedRegex(@"^([1-9][0-9]{3}) ?([A-Za-z]{2})$")]
    private static partial Regex NederlandsePostcode();
}
