using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace SociaalNetwerk.Schema.Data;

/// <summary>
/// Keeps a Data Protection key ahead of its use (the portal's cookies and antiforgery tokens, invitation links, test
/// links), without loading the key ring. Data Protection keeps its keys in this database and writes a new one when it
/// finds none, or when the current one expires within its propagation window (two days), at the moment it loads or
/// refreshes its key ring: inside whatever called it. On SQLite such a write, while another connection of this process
/// holds a write transaction, waits for that transaction. So the start (and <c>SleutelringBewaking</c>, twice a day)
/// makes the key before anything needs it, and the key ring itself is loaded at its first use: a server that only
/// answers the widgets never loads it, nor the XML stack it is stored in (docs/performance.md, idle memory).
/// </summary>
/// <remarks>
/// The keys are read as text from <see cref="SociaalNetwerkDbContext.DataProtectionKeys"/> (their activation and
/// expiration dates), not with an XML parser. Anything this does not understand (a revocation, a key it cannot read)
/// falls back to what Data Protection does itself: the key ring is loaded now, outside any transaction.
/// </remarks>
public static class Sleutelring
{
    /// <summary>
    /// How far ahead a key must last: Data Protection's propagation window (two days, after which it makes the next
    /// key at its next refresh) plus the day it caches a loaded key ring before it reads the keys again.
    /// </summary>
    public static readonly TimeSpan Voorsprong = TimeSpan.FromDays(3);

    /// <summary>Data Protection's tolerance for a key activated a little in the future (clock skew between instances).</summary>
    private static readonly TimeSpan Scheefheid = TimeSpan.FromMinutes(5);

    /// <summary>What <see cref="Beoordeel"/> concludes from the stored keys.</summary>
    public enum Oordeel
    {
        /// <summary>A key is active now and the keys last beyond <see cref="Voorsprong"/>: nothing to write.</summary>
        Genoeg,

        /// <summary>No key is active now: a new one, active now.</summary>
        Nieuw,

        /// <summary>The keys end within <see cref="Voorsprong"/>: the next one, active when they end.</summary>
        Opvolger,

        /// <summary>Something this does not read (a revocation, an unreadable key): let Data Protection decide.</summary>
        Onbekend,
    }

    /// <summary>
    /// Makes sure a key is there for the coming days: reads the stored keys as text, and writes one (with Data
    /// Protection's own key manager) only when needed. Call it outside any transaction. Does nothing when Data
    /// Protection is not registered.
    /// </summary>
    public static async Task ZorgVoorSleutelAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        // Resolving IDataProtectionProvider or IKeyManager builds the key manager, which loads the XML stack: only ask
        // whether it is registered.
        if (services.GetService<IServiceProviderIsService>()?.IsService(typeof(IKeyManager)) != true)
        {
            return;
        }

        // Data Protection's own clock (it does not use the TimeProvider of the container).
        var nu = DateTimeOffset.UtcNow;
        List<string> sleutels;
        await using (var db = await services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>().CreateDbContextAsync(cancellationToken))
        {
            sleutels = await db.DataProtectionKeys.AsNoTracking().Where(k => k.Xml != null).Select(k => k.Xml!).ToListAsync(cancellationToken);
        }

        var (oordeel, einde) = Beoordeel(sleutels, nu);
        switch (oordeel)
        {
            case Oordeel.Genoeg:
                return;
            case Oordeel.Onbekend:
                LaadSleutelring(services);
                return;
            default:
                MaakSleutel(services, oordeel == Oordeel.Nieuw ? nu : einde!.Value, nu);
                return;
        }
    }

    /// <summary>
    /// From the stored keys (their XML as text): whether a key is active at <paramref name="nu"/>, and until when the
    /// keys last (a key that starts before another ends continues it).
    /// </summary>
    public static (Oordeel Oordeel, DateTimeOffset? Einde) Beoordeel(IEnumerable<string> sleutels, DateTimeOffset nu)
    {
        var gelezen = new List<(DateTimeOffset Activatie, DateTimeOffset Verloopt)>();
        foreach (var xml in sleutels)
        {
            if (!xml.TrimStart().StartsWith("<key ", StringComparison.Ordinal)
                || Datum(xml, "activationDate") is not { } activatie
                || Datum(xml, "expirationDate") is not { } verloopt)
            {
                return (Oordeel.Onbekend, null);
            }

            gelezen.Add((activatie, verloopt));
        }

        var actief = gelezen.Where(s => s.Activatie <= nu + Scheefheid && s.Verloopt > nu).ToList();
        if (actief.Count == 0)
        {
            return (Oordeel.Nieuw, null);
        }

        var einde = actief.Max(s => s.Verloopt);
        for (var verlengd = true; verlengd;)
        {
            verlengd = false;
            foreach (var s in gelezen.Where(s => s.Activatie <= einde && s.Verloopt > einde))
            {
                einde = s.Verloopt;
                verlengd = true;
            }
        }

        return einde > nu + Voorsprong ? (Oordeel.Genoeg, einde) : (Oordeel.Opvolger, einde);
    }

    /// <summary>The text of <c>&lt;naam&gt;…&lt;/naam&gt;</c> as a date (how Data Protection writes it: XmlConvert, round-trip).</summary>
    private static DateTimeOffset? Datum(string xml, string naam)
    {
        var open = $"<{naam}>";
        var begin = xml.IndexOf(open, StringComparison.Ordinal);
        var eind = begin < 0 ? -1 : xml.IndexOf($"</{naam}>", begin, StringComparison.Ordinal);
        return eind < 0
            || !DateTimeOffset.TryParse(xml.AsSpan(begin + open.Length, eind - begin - open.Length), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var datum)
            ? null
            : datum;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void MaakSleutel(IServiceProvider services, DateTimeOffset activatie, DateTimeOffset nu)
    {
        var levensduur = services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.NewKeyLifetime;
        services.GetRequiredService<IKeyManager>().CreateNewKey(activatie, nu + levensduur);
    }

    /// <summary>Data Protection's own way: load the key ring (it writes a key if it needs one).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void LaadSleutelring(IServiceProvider services) =>
        services.GetRequiredService<IDataProtectionProvider>().CreateProtector("SociaalNetwerk.Sleutelring").Protect("sleutelring");
}
