using System.Collections.Concurrent;

namespace SociaalNetwerk.GraphApi.Beheer;

/// <summary>
/// A "new …" form of the portal (activity, traject, uitvraag) adds once: the form carries a fresh key in a hidden field
/// (kept while it comes back with errors), and a second post of the same form (a double click, a resubmit after a slow
/// answer, the back button) gets the page of what the first one added instead of adding a second (the portal cannot
/// delete activities or uitvragen). Per account and key, in this process: with several instances, two posts that land
/// on different instances can still both add (docs/beheer.md).
/// </summary>
public static class EenmaalPerFormulier
{
    /// <summary>How long a form's key answers a second post of that form with the page of what the first one added.</summary>
    public static readonly TimeSpan Onthouden = TimeSpan.FromHours(1);

    /// <summary>What a form with a key added, or is adding, by account and key.</summary>
    private static readonly ConcurrentDictionary<(string Wie, string Sleutel), (Task<string?> Pad, DateTime Sinds)> Toegevoegd = new();

    /// <summary>A fresh key for a new form.</summary>
    public static string NieuweSleutel() => Guid.NewGuid().ToString("N");

    /// <summary>
    /// Adds once per form: <paramref name="voegToe"/> runs for the first post of a form's key and gives the page of what
    /// it added (null when it added nothing: the form had errors, and may be sent again corrected). A later or
    /// simultaneous post with that key gets that page without adding again. Without a key (or as no account) it simply runs.
    /// </summary>
    public static async Task<string?> VoegToeAsync(string wie, string sleutel, Func<Task<string?>> voegToe)
    {
        if (wie.Length == 0 || !Guid.TryParse(sleutel, out _))
        {
            return await voegToe();
        }

        var nu = DateTime.UtcNow;
        foreach (var (oud, waarde) in Toegevoegd)
        {
            if (nu - waarde.Sinds > Onthouden)
            {
                Toegevoegd.TryRemove(oud, out _);
            }
        }

        var klaar = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var sleutelVan = (wie, sleutel.Trim().ToLowerInvariant());
        var eerder = Toegevoegd.GetOrAdd(sleutelVan, (klaar.Task, nu));
        if (eerder.Pad != klaar.Task)
        {
            string? pad = null;
            try
            {
                pad = await eerder.Pad;
            }
            catch (Exception)
            {
                // The first post failed; this one tries for itself below.
            }

            // Without a page the first post added nothing (its errors are this one's too): check and add as usual.
            return pad ?? await voegToe();
        }

        try
        {
            var toegevoegd = await voegToe();
            if (toegevoegd is null)
            {
                Toegevoegd.TryRemove(sleutelVan, out _);
            }

            klaar.SetResult(toegevoegd);
            return toegevoegd;
        }
        catch (Exception fout)
        {
            Toegevoegd.TryRemove(sleutelVan, out _);
            klaar.SetException(fout);
            throw;
        }
    }
}
