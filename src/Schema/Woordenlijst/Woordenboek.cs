using System.Collections.Frozen;
using System.Globalization;
using System.Resources;
using GraphQL;
using SociaalNetwerk.Schema.Agenda;
using SociaalNetwerk.Schema.Kenmerken;
using SociaalNetwerk.Schema.Netwerken;
using SociaalNetwerk.Schema.Participatie;
using SociaalNetwerk.Schema.Resources;

namespace SociaalNetwerk.Schema.Woordenlijst;

/// <summary>One enum of the public vocabulary: its GraphQL name, the field of <c>woordenlijst</c> that lists it, and its codes in order.</summary>
public sealed record WoordSoort(string Naam, string Veld, IReadOnlyList<Woord> Woorden);

/// <summary>
/// One code of an enum: the GraphQL code (<c>EENZAAMHEID_EN_ONTMOETING</c>), the key of its label in <c>Labels.resx</c>
/// (<c>Thema.EenzaamheidEnOntmoeting</c>; the short description is that key plus <c>.Beschrijving</c>) and the .NET value.
/// </summary>
public sealed record Woord(string Code, string Sleutel, object Waarde)
{
    /// <summary>The code in kebab case for URLs: <c>eenzaamheid-en-ontmoeting</c>.</summary>
    public string Slug => Woordenlijst.Slug.VanCode(Code);
}

/// <summary>
/// The one table of enum codes and their display texts. Every enum whose values a person reads is listed here: the
/// GraphQL enums take their value descriptions from it, <c>woordenlijst</c> serves it in six languages, the pages,
/// feeds and CSV export label with it, and the widgets' build generates its copy from schema.graphql and the same
/// <c>Labels*.resx</c>. A code is the .NET name in CONSTANT_CASE, as GraphQL.NET names enum values.
/// </summary>
public static class Woordenboek
{
    /// <summary>The suffix of a description's key in <c>Labels.resx</c>.</summary>
    public const string BeschrijvingAchtervoegsel = ".Beschrijving";

    private static readonly ResourceManager Beheer = new(typeof(Labels));

    /// <summary>Every enum of the vocabulary, in the order of <c>woordenlijst</c>.</summary>
    public static readonly IReadOnlyList<WoordSoort> Soorten =
    [
        Van<Thema>("themas"),
        Van<Kernopgave>("kernopgaven"),
        Van<Doelgroep>("doelgroepen"),
        Van<ActiviteitSoort>("activiteitSoorten"),
        Van<ActiviteitStatus>("activiteitStatussen"),
        Van<VoorkomenStatus>("voorkomenStatussen"),
        Van<AanmeldWijze>("aanmeldWijzen"),
        Van<Frequentie>("frequenties"),
        Van<OrganisatieSoort>("organisatieSoorten"),
        Van<GroepSoort>("groepSoorten"),
        Van<LidmaatschapRol>("lidmaatschapRollen"),
        Van<TrajectFase>("trajectFasen"),
        Van<UitvraagStatus>("uitvraagStatussen"),
        Van<VraagType>("vraagTypen"),
        Van<UitvraagDoelgroep>("uitvraagDoelgroepen"),
        Van<Kanaal>("kanalen"),
        Van<FactorSoort>("factorSoorten"),
        Van<Wijzigingen.WijzigingSoort>("wijzigingSoorten"),
        new("Taal", "talen", [.. Talen.Alle.Select(t => new Woord(t.ToUpperInvariant(), "Taal." + char.ToUpperInvariant(t[0]) + t[1..], t))]),
    ];

    private static readonly FrozenDictionary<(Type, string), object> PerCode = Soorten
        .SelectMany(s => s.Woorden).Where(w => w.Waarde is Enum)
        .ToFrozenDictionary(w => (w.Waarde.GetType(), w.Code), w => w.Waarde);

    /// <summary>The GraphQL code of an enum value: <c>Thema.EenzaamheidEnOntmoeting</c> → <c>EENZAAMHEID_EN_ONTMOETING</c>.</summary>
    public static string Code<TEnum>(TEnum waarde)
        where TEnum : struct, Enum => waarde.ToString().ToConstantCase();

    /// <summary>The enum value of a GraphQL code (exact, CONSTANT_CASE); null when the enum has no such code.</summary>
    public static TEnum? Waarde<TEnum>(string code)
        where TEnum : struct, Enum => PerCode.TryGetValue((typeof(TEnum), code), out var waarde) ? (TEnum)waarde : null;

    /// <summary>The label of an enum value in a language (the current UI culture when none is given), Dutch when it lacks one.</summary>
    public static string Label<TEnum>(TEnum waarde, CultureInfo? cultuur = null)
        where TEnum : struct, Enum => Tekst(typeof(TEnum).Name + "." + waarde, cultuur);

    /// <summary>The label of a code.</summary>
    public static string Label(Woord woord, CultureInfo? cultuur = null) => Tekst(woord.Sleutel, cultuur);

    /// <summary>The short description of a code.</summary>
    public static string Beschrijving(Woord woord, CultureInfo? cultuur = null) => Tekst(woord.Sleutel + BeschrijvingAchtervoegsel, cultuur);

    /// <summary>The description of an enum value.</summary>
    public static string Beschrijving<TEnum>(TEnum waarde, CultureInfo? cultuur = null)
        where TEnum : struct, Enum => Tekst(typeof(TEnum).Name + "." + waarde + BeschrijvingAchtervoegsel, cultuur);

    /// <summary>"Label: beschrijving" in Dutch, the description of a code in the schema.</summary>
    public static string Omschrijving(Woord woord) => $"{Label(woord, CultureInfo.InvariantCulture)}: {Beschrijving(woord, CultureInfo.InvariantCulture)}";

    /// <summary>"Label: beschrijving" in Dutch of an enum value.</summary>
    public static string Omschrijving<TEnum>(TEnum waarde)
        where TEnum : struct, Enum => $"{Label(waarde, CultureInfo.InvariantCulture)}: {Beschrijving(waarde, CultureInfo.InvariantCulture)}";

    private static string Tekst(string sleutel, CultureInfo? cultuur) =>
        Beheer.GetString(sleutel, cultuur ?? CultureInfo.CurrentUICulture)
        ?? throw new InvalidOperationException($"'{sleutel}' is missing from Labels.resx.");

    private static WoordSoort Van<TEnum>(string veld)
        where TEnum : struct, Enum =>
        new(typeof(TEnum).Name, veld, [.. Enum.GetValues<TEnum>().Select(w => new Woord(Code(w), typeof(TEnum).Name + "." + w, w))]);
}
