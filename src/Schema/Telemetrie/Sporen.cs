using System.Diagnostics;

namespace SociaalNetwerk.Schema.Telemetrie;

/// <summary>
/// The <see cref="ActivitySource"/> <c>SociaalNetwerk</c> (<see cref="Metrieken.Naam"/>) for every span of this
/// app: the GraphQL operations and <see cref="Data.Dataversielezer"/>'s statement; the telemetry registration listens to that name.
/// Without a listener <see cref="ActivitySource.StartActivity(string, ActivityKind)"/> returns null and costs next to nothing.
/// </summary>
public static class Sporen
{
    public static readonly ActivitySource Bron = new(Metrieken.Naam);
}
