using System.Buffers.Text;
using System.Text;

namespace SociaalNetwerk.Schema.GraphQL;

/// <summary>Relay global ids: opaque to clients, <c>base64url("Type:key")</c> inside.</summary>
public static class GlobalId
{
    public static string Maak(string type, string sleutel) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(type + ":" + sleutel));

    public static string Maak(string type, int id) => Maak(type, id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static bool Probeer(string? globalId, out string type, out string sleutel)
    {
        type = sleutel = string.Empty;
        if (string.IsNullOrEmpty(globalId) || globalId.Length > 200 || !Base64Url.IsValid(globalId))
        {
            return false;
        }

        string tekst;
        try
        {
            tekst = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(globalId));
        }
        catch (FormatException)
        {
            return false;
        }

        var scheiding = tekst.IndexOf(':', StringComparison.Ordinal);
        if (scheiding <= 0 || scheiding == tekst.Length - 1)
        {
            return false;
        }

        type = tekst[..scheiding];
        sleutel = tekst[(scheiding + 1)..];
        return true;
    }

    /// <summary>The integer key of an id of the given type, or an INVALID_ID error.</summary>
    public static int LeesInt(string? globalId, string verwachtType)
    {
        if (Probeer(globalId, out var type, out var sleutel) && type == verwachtType
            && int.TryParse(sleutel, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
        {
            return id;
        }

        throw new SociaalNetwerkException(FoutCodes.OngeldigeId, globalId ?? string.Empty, verwachtType);
    }

    /// <summary>Like <see cref="LeesInt"/>, but a well-formed id of another type or an unknown row is simply "not found".</summary>
    public static int? ProbeerInt(string? globalId, string verwachtType)
    {
        if (!Probeer(globalId, out var type, out var sleutel))
        {
            throw new SociaalNetwerkException(FoutCodes.OngeldigeId, globalId ?? string.Empty, verwachtType);
        }

        return type == verwachtType && int.TryParse(sleutel, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? id
            : null;
    }
}
