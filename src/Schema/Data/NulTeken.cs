using System.Data.Common;

namespace SociaalNetwerk.Schema.Data;

/// <summary>
/// PostgreSQL: text cannot hold U+0000, which SQLite stores and compares like any character. Every text parameter
/// (also in lists) gets U+FFFD (the replacement character) instead, so input with a NUL — a search term, a slug, a
/// field — is answered as on SQLite (it matches nothing stored) instead of failing the whole request.
/// </summary>
public sealed class NulTeken : OpdrachtInterceptor
{
    private const char Vervanging = '\uFFFD';

    protected override void Voor(DbCommand command)
    {
        foreach (DbParameter parameter in command.Parameters)
        {
            switch (parameter.Value)
            {
                case string tekst when tekst.Contains('\0', StringComparison.Ordinal):
                    parameter.Value = tekst.Replace('\0', Vervanging);
                    break;
                case string?[] lijst when lijst.Any(t => t?.Contains('\0', StringComparison.Ordinal) == true):
                    parameter.Value = lijst.Select(t => t?.Replace('\0', Vervanging)).ToArray();
                    break;
                case List<string> lijst when lijst.Any(t => t?.Contains('\0', StringComparison.Ordinal) == true):
                    parameter.Value = lijst.Select(t => t?.Replace('\0', Vervanging)).ToList();
                    break;
            }
        }
    }
}
