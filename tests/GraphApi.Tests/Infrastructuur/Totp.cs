using System.Security.Cryptography;

namespace SociaalNetwerk.GraphApi.Tests.Infrastructuur;

/// <summary>RFC 6238 (TOTP, HMAC-SHA1, 30 s, 6 digits), as an authenticator app computes it from a base32 key.</summary>
public static class Totp
{
    private const string Alfabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    /// <summary>The code for the time step <paramref name="stappenVerder"/> steps after now (wall clock, as the server's Identity uses).</summary>
    public static string Code(string sleutel, int stappenVerder = 0)
    {
        var stap = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30 + stappenVerder;
        var teller = BitConverter.GetBytes(stap);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(teller);
        }

#pragma warning disable CA5350 // RFC 6238 and every authenticator app use HMAC-SHA1; this computes what they compute.
        var hash = HMACSHA1.HashData(Base32(sleutel), teller);
#pragma warning restore CA5350
        var begin = hash[^1] & 0x0f;
        var getal = ((hash[begin] & 0x7f) << 24) | (hash[begin + 1] << 16) | (hash[begin + 2] << 8) | hash[begin + 3];
        return (getal % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Base32(string tekst)
    {
        var bits = 0;
        var waarde = 0;
        var uit = new List<byte>();
        foreach (var teken in tekst.ToUpperInvariant().Where(c => c != ' ' && c != '='))
        {
            waarde = (waarde << 5) | Alfabet.IndexOf(teken, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                uit.Add((byte)(waarde >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. uit];
    }
}
