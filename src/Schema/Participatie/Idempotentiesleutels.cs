using System.Buffers.Text;
using System.Text.RegularExpressions;

namespace SociaalNetwerk.Schema.Participatie;

/// <summary>
/// The rule for the <c>idempotentieSleutel</c> of a reactie. A retry with a stored key and the same content gets the
/// reactie's ontvangstcode, with which the reactie can be withdrawn, so a key must be as unguessable as a secret:
/// at least 16 random bytes (128 bits). Accepted, after trimming, are exactly two forms:
/// <list type="bullet">
/// <item>A UUID in its canonical form: 36 characters, hexadecimal digits in groups of 8-4-4-4-12 separated by dashes,
/// in any case (stored in lower case), as <c>crypto.randomUUID()</c>, <c>Guid.NewGuid()</c> or <c>uuidgen</c> make it.</item>
/// <item>base64url without padding (RFC 4648 §5: <c>A–Z a–z 0–9 - _</c>) of 16 to 64 bytes: 22 to 86 characters, in
/// canonical form (the unused bits of the last character are zero), as
/// <c>Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16))</c> makes it.</item>
/// </list>
/// Whatever the form, a key whose bytes take fewer than <see cref="MinVerschillendeBytes"/> different values (the nil
/// UUID, <c>aaaaaaaa-aaaa-…</c>, <c>12345678-1234-1234-1234-123456789abc</c>) is refused as not random: sixteen random
/// bytes fail that test with a chance below one in 10^12.
/// </summary>
public static partial class Idempotentiesleutels
{
    public const int MinBytes = 16;
    public const int MaxBytes = 64;
    public const int MinVerschillendeBytes = 8;

    /// <summary>The key as it is stored and looked up (a UUID in lower case), or null when it breaks the rule.</summary>
    public static string? Normaliseer(string? sleutel)
    {
        var tekst = sleutel?.Trim() ?? "";
        byte[] bytes;
        if (Uuid().IsMatch(tekst))
        {
            tekst = tekst.ToLowerInvariant();
            bytes = Convert.FromHexString(tekst.Replace("-", "", StringComparison.Ordinal));
        }
        else if (Base64UrlTekens().IsMatch(tekst))
        {
            try
            {
                bytes = Base64Url.DecodeFromChars(tekst);
            }
            catch (FormatException)
            {
                return null;
            }

            // Only the canonical spelling: otherwise one key has several spellings, and length 4n+1 is no base64url at all.
            if (bytes.Length is < MinBytes or > MaxBytes || Base64Url.EncodeToString(bytes) != tekst)
            {
                return null;
            }
        }
        else
        {
            return null;
        }

        return bytes.Distinct().Count() >= MinVerschillendeBytes ? tekst : null;
    }

    [GeneratedRegex("^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex Uuid();

    [GeneratedRegex("^[A-Za-z0-9_-]{22,86}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex Base64UrlTekens();
}
