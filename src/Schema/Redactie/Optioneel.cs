namespace SociaalNetwerk.Schema.Redactie;

/// <summary>
/// One field of a partial input (patch semantics): not given (the field stays as it is), or given, with a value or
/// with <c>null</c> (the field is cleared where that is allowed). The compiler sees which fields an input has, so
/// editing code asks <c>invoer.Titel.IsOpgegeven</c> instead of testing a field name as a string.
/// </summary>
/// <remarks>
/// In-process callers assign plain values (<c>new ActiviteitInvoer { Titel = "Taalcafé", Kosten = null }</c>: both
/// given); a property left out is not given. GraphQL input objects fill these properties through
/// <see cref="GedeeltelijkeInvoerGraphType{T}"/>.
/// </remarks>
public readonly record struct Optioneel<T>
{
    private Optioneel(T waarde)
    {
        IsOpgegeven = true;
        Waarde = waarde;
    }

    /// <summary>Not given: the field stays as it is.</summary>
    public static Optioneel<T> NietOpgegeven => default;

    /// <summary>Whether the field was given, with a value or with null.</summary>
    public bool IsOpgegeven { get; }

    /// <summary>The value given (possibly null); the default of <typeparamref name="T"/> when not given.</summary>
    public T Waarde { get; }

    /// <summary>A given value.</summary>
    public static implicit operator Optioneel<T>(T waarde) => new(waarde);

    /// <summary>Whether the field was given; if so, its value.</summary>
    public bool Opgegeven(out T waarde)
    {
        waarde = Waarde;
        return IsOpgegeven;
    }

    public override string ToString() => IsOpgegeven ? $"{Waarde}" : "(niet opgegeven)";
}
