namespace SociaalNetwerk.Schema.Kenmerken;

public enum Kernopgave
{
    Bestaanszekerheid,
    GezondSamenleven,
    Kansengelijkheid,
}
