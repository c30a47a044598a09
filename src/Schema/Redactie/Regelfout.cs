namespace SociaalNetwerk.Schema.Redactie;

/// <summary>
/// A broken rule found by a pure check (such as the calendar rules), before it is put into words: the field, the
/// stable code and the message key with its arguments. <see cref="Veldcontrole.Fout(Regelfout)"/> turns it into a
/// localised <see cref="Veldfout"/>.
/// </summary>
public sealed record Regelfout(string Veld, string Code, string BerichtSleutel, IReadOnlyList<object> Argumenten)
{
    /// <summary>A problem with the standard message of its code, <c>REDACTIE_&lt;code&gt;</c>.</summary>
    public static Regelfout Standaard(string veld, string code, params object[] argumenten) => new(veld, code, "REDACTIE_" + code, argumenten);

    /// <summary>A problem whose message is not the standard one for its code.</summary>
    public static Regelfout MetBericht(string veld, string code, string berichtSleutel, params object[] argumenten) => new(veld, code, berichtSleutel, argumenten);
}
