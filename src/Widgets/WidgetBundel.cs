namespace SociaalNetwerk.Widgets;

/// <summary>
/// The built widget library (<c>dist/</c>: <c>sociaal-netwerk.js</c>, <c>custom-elements.json</c>, <c>manifest.json</c>,
/// and <c>persisted-documents.json</c>, the widgets' GraphQL operations by id), embedded in this assembly by Widgets.csproj.
/// </summary>
public static class WidgetBundel
{
    private const string Voorvoegsel = "widgets/";

    /// <summary>Every embedded file by name; empty when the assembly was built without the widgets.</summary>
    public static IReadOnlyDictionary<string, byte[]> Bestanden { get; } = Lees();

    private static Dictionary<string, byte[]> Lees()
    {
        var assembly = typeof(WidgetBundel).Assembly;
        var bestanden = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var naam in assembly.GetManifestResourceNames().Where(naam => naam.StartsWith(Voorvoegsel, StringComparison.Ordinal)))
        {
            using var stroom = assembly.GetManifestResourceStream(naam)!;
            using var geheugen = new MemoryStream();
            stroom.CopyTo(geheugen);
            bestanden[naam[Voorvoegsel.Length..]] = geheugen.ToArray();
        }

        return bestanden;
    }
}
