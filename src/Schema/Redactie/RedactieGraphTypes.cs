using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using GraphQL;
using GraphQL.Types;

namespace SociaalNetwerk.Schema.Redactie;

public sealed class VeldfoutGraphType : ObjectGraphType<Veldfout>
{
    public VeldfoutGraphType()
    {
        Name = "Veldfout";
        Description = "Wat er mis is met één onderdeel van de invoer, zodat een formulier de fout bij het juiste veld kan tonen.";
        Field<IdGraphType>("vraagId").Description("De vraag waar de fout bij hoort, als het om een antwoord gaat.").Resolve(c => c.Source.VraagId);
        Field<NonNullGraphType<StringGraphType>>("veld").Description("Het invoerveld, zoals `antwoorden`, `contact.email` of `wijk`.").Resolve(c => c.Source.Veld);
        Field<NonNullGraphType<StringGraphType>>("code").Description("Een vaste code, bijvoorbeeld `REQUIRED` of `SCALE_OUT_OF_RANGE`.").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("bericht").Description("De fout in de taal van het verzoek, met de vraag erbij.").Resolve(c => c.Source.Bericht);
    }
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

/// <summary>
/// An input object type with patch semantics. GraphQL.NET turns an absent field and a field sent as <c>null</c> into
/// the same CLR value, so this type fills the <see cref="Optioneel{T}"/> properties of <typeparamref name="T"/> itself:
/// a field the client sent becomes given (with its value or null), a field it left out stays not given. Every field
/// must have an <see cref="Optioneel{T}"/> property of the same name and the other way round; the schema refuses to
/// start otherwise.
/// </summary>
public abstract class GedeeltelijkeInvoerGraphType<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.PublicProperties | DynamicallyAccessedMemberTypes.PublicFields)] T> : InputObjectGraphType<T>
    where T : class, new()
{
    private Dictionary<string, InvoerVeld> _velden = [];

    public override void Initialize(ISchema schema)
    {
        base.Initialize(schema);
        var eigenschappen = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(Optioneel<>))
            .ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
        var zonderEigenschap = Fields.Select(f => f.Name).Where(n => !eigenschappen.ContainsKey(n)).ToList();
        var zonderVeld = eigenschappen.Keys.Where(n => !Fields.Any(f => string.Equals(f.Name, n, StringComparison.OrdinalIgnoreCase))).ToList();
        if (zonderEigenschap.Count > 0 || zonderVeld.Count > 0)
        {
            throw new InvalidOperationException($"{Name}: every field needs an Optioneel<> property of {typeof(T).Name} and the other way round; without property: {string.Join(", ", zonderEigenschap)}; without field: {string.Join(", ", zonderVeld)}.");
        }

        _velden = Fields.ToDictionary(f => f.Name, f => new InvoerVeld(f, eigenschappen[f.Name]), StringComparer.Ordinal);
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var invoer = new T();
        foreach (var (naam, waarde) in value)
        {
            _velden[naam].Zet(invoer, waarde);
        }

        return invoer;
    }

    /// <summary>One field and its <see cref="Optioneel{T}"/> property, with the conversion of a sent value to a given one.</summary>
    private sealed class InvoerVeld
    {
        private readonly FieldType _veld;
        private readonly PropertyInfo _eigenschap;
        private readonly Type _waardeType;
        private readonly Func<object?, object> _opgegeven;

        public InvoerVeld(FieldType veld, PropertyInfo eigenschap)
        {
            _veld = veld;
            _eigenschap = eigenschap;
            _waardeType = eigenschap.PropertyType.GetGenericArguments()[0];
            _opgegeven = typeof(InvoerVeld).GetMethod(nameof(Opgegeven), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(_waardeType)
                .CreateDelegate<Func<object?, object>>();
        }

        [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The same conversion GraphQL.NET uses for every input object; the input types are not trimmed.")]
        public void Zet(T invoer, object? waarde) =>
            _eigenschap.SetValue(invoer, _opgegeven(waarde?.GetPropertyValue(_waardeType, _veld.ResolvedType!)));

        private static object Opgegeven<TWaarde>(object? waarde) => (Optioneel<TWaarde>)(TWaarde)waarde!;
    }
}
