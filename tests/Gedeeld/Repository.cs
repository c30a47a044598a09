namespace SociaalNetwerk.Tests;

/// <summary>The repository root (where SociaalNetwerk.sln is), for tests that read examples, schema.graphql or tools.</summary>
public static class Repository
{
    public static string Map { get; } = Zoek();

    private static string Zoek()
    {
        for (var map = new DirectoryInfo(AppContext.BaseDirectory); map is not null; map = map.Parent)
        {
            if (File.Exists(Path.Combine(map.FullName, "SociaalNetwerk.sln")))
            {
                return map.FullName;
            }
        }

        throw new InvalidOperationException("SociaalNetwerk.sln not found above " + AppContext.BaseDirectory);
    }
}
