using System.Globalization;
using System.Resources;

namespace SociaalNetwerk.Schema.Resources;

/// <summary>Marker for <c>Labels.resx</c>: display names of enum values, per culture.</summary>
public sealed class Labels
{
    private static readonly ResourceManager Beheer = new(typeof(Labels));

    public static string Nederlands(string sleutel) =>
        Beheer.GetString(sleutel, CultureInfo.InvariantCulture) ?? throw new InvalidOperationException($"Label '{sleutel}' is missing from Labels.resx.");
}

/// <summary>Marker for <c>Berichten.resx</c>: error and user messages, per culture.</summary>
public sealed class Berichten;
