using System.Data.Common;

namespace SociaalNetwerk.Schema.Data;

/// <summary>
/// Which <see cref="Gebied"/>s one piece of work read: every statement EF Core sends in the async flow of a
/// <see cref="Volg"/> is looked at, and one that names a table of the reacties area (<see cref="Dataversie.ReactieTabellen"/>)
/// marks the work as reading reacties. The GraphQL read cache keeps such an answer under the reacties version too, and
/// every other answer under the general version only. Looking at the SQL rather than at the fields asked for means a
/// new field that reads reacties can never be forgotten.
/// </summary>
public sealed class Leesspoor : OpdrachtInterceptor
{
    private static readonly AsyncLocal<Spoor?> Huidig = new();

    /// <summary>Follows the statements this async flow (and what it starts) sends from here on.</summary>
    public static Spoor Volg()
    {
        var spoor = new Spoor();
        Huidig.Value = spoor;
        return spoor;
    }

    /// <summary>What the followed work read so far.</summary>
    public sealed class Spoor
    {
        private volatile bool _leestReacties;

        /// <summary>Whether a statement named a table of the reacties area.</summary>
        public bool LeestReacties => _leestReacties;

        internal void Zie(string sql)
        {
            if (_leestReacties)
            {
                return;
            }

            foreach (var tabel in Dataversie.ReactieTabellen)
            {
                if (sql.Contains(tabel, StringComparison.Ordinal))
                {
                    _leestReacties = true;
                    return;
                }
            }
        }
    }

    // Only what reads: a statement without a result reads no area.
    protected override bool OokZonderResultaat => false;

    protected override void Voor(DbCommand command) => Huidig.Value?.Zie(command.CommandText);
}
