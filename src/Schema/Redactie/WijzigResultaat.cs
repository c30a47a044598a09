namespace SociaalNetwerk.Schema.Redactie;

/// <summary>The outcome of an editing mutation: the changed object, or the problems with the input (then nothing was stored).</summary>
public sealed record WijzigResultaat<T>(T? Waarde, IReadOnlyList<Veldfout> Fouten)
    where T : class
{
    public bool Gelukt => Fouten.Count == 0;

    public static WijzigResultaat<T> Klaar(T waarde) => new(waarde, []);

    public static WijzigResultaat<T> Mislukt(IReadOnlyList<Veldfout> fouten) => new(null, fouten);

    /// <summary>The same outcome about another object, such as the one date that changed in a changed activity.</summary>
    public WijzigResultaat<TAnder> Als<TAnder>(Func<T, TAnder> omzetten)
        where TAnder : class => Waarde is { } waarde && Gelukt ? WijzigResultaat<TAnder>.Klaar(omzetten(waarde)) : WijzigResultaat<TAnder>.Mislukt(Fouten);
}
