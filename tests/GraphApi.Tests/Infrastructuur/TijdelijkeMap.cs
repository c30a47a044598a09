using Microsoft.Data.Sqlite;

namespace SociaalNetwerk.GraphApi.Tests.Infrastructuur;

/// <summary>
/// A test's own folder, <c>{temp}/{naam}/{guid}</c>, made at once; on <see cref="Dispose"/> deleted with all it holds.
/// SQLite's pooled connections let go of their files first. A folder that cannot be deleted (a process that was
/// killed may still be letting go of its files) is left to the temp folder's own clean-up rather than failing the
/// test.
/// </summary>
public sealed class TijdelijkeMap : IDisposable
{
    public TijdelijkeMap(string naam)
    {
        Pad = Path.Combine(Path.GetTempPath(), naam, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Pad);
    }

    public string Pad { get; }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Pad, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
