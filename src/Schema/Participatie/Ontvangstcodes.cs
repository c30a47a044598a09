using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.Schema.Data;

namespace SociaalNetwerk.Schema.Participatie;

/// <summary>
/// The receipt code with which a respondent withdraws a reactie. It is derived from the client's idempotency key
/// with a server secret (HMAC), so a retry returns the same code without the code ever being stored: the
/// database keeps only its SHA-256. Demo reacties have fixed codes (<c>DEMO-VISI-0001</c>) instead; a retry of one
/// gets that code back (<see cref="VanOpgeslagenAsync"/>).
/// </summary>
public sealed class Ontvangstcodes(IDbContextFactory<SociaalNetwerkDbContext> databank)
{
    private const string GeheimSleutel = "ontvangstcode-geheim";
    private const string Alfabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private readonly SemaphoreSlim _slot = new(1, 1);
    private byte[]? _geheim;

    public async Task<string> MaakAsync(int uitvraagId, string idempotentieSleutel, CancellationToken cancellationToken)
    {
        var mac = HMACSHA256.HashData(await GeheimAsync(cancellationToken), Encoding.UTF8.GetBytes($"{uitvraagId}:{idempotentieSleutel}"));
        var code = new StringBuilder(14);
        for (var i = 0; i < 12; i++)
        {
            if (i is 4 or 8)
            {
                code.Append('-');
            }

            code.Append(Alfabet[mac[i] % Alfabet.Length]);
        }

        return code.ToString();
    }

    /// <summary>
    /// The code of a stored reactie, for a retry that carries its key and content: the code derived from the key, or,
    /// for a demo reactie, its fixed demo code (<see cref="DemoData.DemoOntvangstcode"/>) — whichever has the stored
    /// hash, so this never returns a code that does not withdraw this very reactie. Null when neither has it (the
    /// server secret was replaced since): the reactie is stored, but its code cannot be given again.
    /// </summary>
    public async Task<string?> VanOpgeslagenAsync(int uitvraagId, string idempotentieSleutel, string ontvangstcodeHash, CancellationToken cancellationToken)
    {
        var afgeleid = await MaakAsync(uitvraagId, idempotentieSleutel, cancellationToken);
        if (Hash(afgeleid) == ontvangstcodeHash)
        {
            return afgeleid;
        }

        return DemoData.DemoOntvangstcode(idempotentieSleutel) is { } demo && Hash(demo) == ontvangstcodeHash ? demo : null;
    }

    public static string Hash(string ontvangstcode) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normaliseer(ontvangstcode))));

    /// <summary>People type codes from paper: case, spaces and missing dashes do not matter.</summary>
    public static string Normaliseer(string ontvangstcode)
    {
        var tekens = ontvangstcode.ToUpperInvariant().Where(char.IsAsciiLetterOrDigit).ToArray();
        return tekens.Length == 12 ? $"{new string(tekens, 0, 4)}-{new string(tekens, 4, 4)}-{new string(tekens, 8, 4)}" : new string(tekens);
    }

    private async Task<byte[]> GeheimAsync(CancellationToken cancellationToken)
    {
        if (_geheim is { } bekend)
        {
            return bekend;
        }

        await _slot.WaitAsync(cancellationToken);
        try
        {
            await using var db = await databank.CreateDbContextAsync(cancellationToken);
            var instelling = await db.Instellingen.FindAsync([GeheimSleutel], cancellationToken);
            if (instelling is null)
            {
                instelling = new Instelling { Sleutel = GeheimSleutel, Waarde = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) };
                db.Instellingen.Add(instelling);
                await db.SaveChangesAsync(cancellationToken);
            }

            return _geheim = Convert.FromBase64String(instelling.Waarde);
        }
        finally
        {
            _slot.Release();
        }
    }
}
