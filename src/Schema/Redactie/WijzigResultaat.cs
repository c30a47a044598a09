using GraphQL.Types;
using SociaalNetwerk.Schema.Participatie;

namespace SociaalNetwerk.Schema.Redactie;

/// <summary>The outcome of an editing mutation: the changed object, or the problems with the input (then nothing was stored).</summary>
public sealed record WijzigResultaat<T>(T? Waarde, IReadOnlyList<Veldfout> Fouten)
    where T : class
{
    public bool Gelukt => Fouten.Count == 0;

    public static WijzigResultaat<T> Klaar(T waarde) => new(waarde, []);

    public static WijzigResultaat<T> Mislukt(IReadOnlyList<Veldfout> fouten) => new(null, fouten);
}

/// <summary>
/// The payload type of an editing mutation, such as <c>ActiviteitResultaat { gelukt activiteit fouten }</c>, in the
/// style of <c>ReactieResultaat</c>: field errors are data, so a form can show them next to the right input.
/// </summary>
public abstract class WijzigResultaatGraphType<T, TGraphType> : ObjectGraphType<WijzigResultaat<T>>
    where T : class
    where TGraphType : IGraphType
{
    protected WijzigResultaatGraphType(string naam, string veld, string beschrijving, string veldBeschrijving)
    {
        Name = naam;
        Description = beschrijving;
        Field<NonNullGraphType<BooleanGraphType>>("gelukt").Description("Of de wijziging is opgeslagen. Zo niet, dan staat in `fouten` wat er mis is en is er niets veranderd.").Resolve(c => c.Source.Gelukt);
        Field<TGraphType>(veld).Description(veldBeschrijving + " Leeg als het niet gelukt is.").Resolve(c => c.Source.Waarde);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<VeldfoutGraphType>>>>("fouten").Description("Wat er mis is met de invoer, per veld. Leeg als het gelukt is.").Resolve(c => c.Source.Fouten);
    }
}
