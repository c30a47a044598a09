namespace SociaalNetwerk.GraphApi.Tests.Infrastructuur;

/// <summary>
/// A second instance of the same installation: its own process state (caches, limiters, key ring in memory) and port,
/// but the database and the clock of <paramref name="eerste"/>, as two servers behind one proxy. Start it after the
/// first (or at the same moment, to test a concurrent start) and dispose it before the first, which owns the database.
/// </summary>
public class TweedeInstantie(SociaalNetwerkServer eerste, IDictionary<string, string?>? configuratie = null) : SociaalNetwerkServer
{
    public override TimeProvider Klok => eerste.Klok;

    protected override IDictionary<string, string?> Configuratie
    {
        get
        {
            var alles = new Dictionary<string, string?>(configuratie ?? new Dictionary<string, string?>());
            foreach (var (sleutel, waarde) in (eerste.Databank ?? throw new InvalidOperationException("The first instance has no database yet: start it, or call its MaakDatabankAsync, first.")).Instellingen)
            {
                alles[sleutel] = waarde;
            }

            return alles;
        }
    }
}
