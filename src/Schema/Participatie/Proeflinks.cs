using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using SociaalNetwerk.Schema.GraphQL;

namespace SociaalNetwerk.Schema.Participatie;

/// <summary>A preview link's token and until when it works.</summary>
public sealed record Proeflink(int UitvraagId, string Token, DateTime GeldigTot)
{
    /// <summary>The path of the preview page, below the API's address.</summary>
    public string Pad => $"/uitvragen/{GlobalId.Maak(nameof(Uitvraag), UitvraagId)}/proef/{Token}";
}

/// <summary>
/// Preview links: the team lets colleagues fill in an uitvraag (also a concept) as a test. The token is the uitvraag's
/// id and an expiry, protected by ASP.NET Core Data Protection (so it cannot be forged or changed, and no table is
/// needed); it works <see cref="Geldigheid"/> long. Reacties given with it are test reacties (<see cref="Reactie.Proef"/>),
/// never counted. The expiry is checked against the server's <see cref="TimeProvider"/>, not the protector's own clock,
/// so it is the same time every other rule uses.
/// </summary>
public sealed class Proeflinks(IDataProtectionProvider dataProtection, TimeProvider klok)
{
    public static readonly TimeSpan Geldigheid = TimeSpan.FromDays(14);

    private readonly IDataProtector _beschermer = dataProtection.CreateProtector("SociaalNetwerk.Participatie.Proeflink.v1");

    public Proeflink Maak(int uitvraagId)
    {
        var tot = klok.GetUtcNow().UtcDateTime.Add(Geldigheid);
        var inhoud = string.Create(CultureInfo.InvariantCulture, $"{uitvraagId}|{tot.Ticks}");
        return new Proeflink(uitvraagId, _beschermer.Protect(inhoud), tot);
    }

    /// <summary>Whether <paramref name="token"/> is a preview link of uitvraag <paramref name="uitvraagId"/> that has not expired.</summary>
    public bool IsGeldig(string? token, int uitvraagId) => Lees(token) is { } link && link.UitvraagId == uitvraagId;

    /// <summary>The link a token stands for, or null for a forged, damaged or expired one.</summary>
    public Proeflink? Lees(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 1000)
        {
            return null;
        }

        string inhoud;
        try
        {
            inhoud = _beschermer.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return null;
        }

        var delen = inhoud.Split('|');
        if (delen.Length != 2
            || !int.TryParse(delen[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || !long.TryParse(delen[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks))
        {
            return null;
        }

        var tot = new DateTime(ticks, DateTimeKind.Utc);
        return klok.GetUtcNow().UtcDateTime < tot ? new Proeflink(id, token, tot) : null;
    }
}
