using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;
using SociaalNetwerk.Schema.Resources;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// Errors and labels come in the language of <c>Accept-Language</c>, also in Arabic, Turkish, Ukrainian and Polish, and
/// GraphQL.NET's English validation messages do not leak into them.
/// </summary>
[Collection(ServerCollectie.Naam)]
public sealed partial class VertalingTests(SociaalNetwerkServer server)
{
    private static readonly ResourceManager BerichtenBeheer = new(typeof(Berichten));
    private static readonly ResourceManager LabelsBeheer = new(typeof(Labels));
    private readonly HttpClient _client = server.MaakClient();

    public static TheoryData<string, string, string, string, object[]> Fouten()
    {
        var fouten = new (string Query, string Code, string Sleutel, object[] Argumenten)[]
        {
            ("{ agenda }", "SCALAR_LEAFS", "GQL_SUBSELECTION_REQUIRED", ["agenda", "VoorkomenConnection!"]),
            ("{ agenda { totalCount { waarde } } }", "SCALAR_LEAFS", "GQL_SUBSELECTION_NOT_ALLOWED", ["totalCount", "Int!"]),
            ("{ agenda { bestaatNiet } }", "FIELDS_ON_CORRECT_TYPE", "FIELD_NOT_FOUND", ["bestaatNiet", "VoorkomenConnection"]),
            ("{ agenda(bestaatNiet: 1) { totalCount } }", "KNOWN_ARGUMENT_NAMES", "ARGUMENT_UNKNOWN", ["bestaatNiet", "agenda"]),
            ("query Q($x: Int) { agenda { totalCount } }", "NO_UNUSED_VARIABLES", "GQL_UNUSED_VARIABLE", ["x"]),
            ("query Q { agenda(first: $n) { totalCount } }", "NO_UNDEFINED_VARIABLES", "GQL_UNDEFINED_VARIABLE", ["n"]),
            ("{ agenda { ...Onbekend } }", "KNOWN_FRAGMENT_NAMES", "GQL_UNKNOWN_FRAGMENT", ["Onbekend"]),
            ("query Q($x: Onbekend) { agenda(first: $x) { totalCount } }", "KNOWN_TYPE_NAMES", "GQL_UNKNOWN_TYPE", ["Onbekend"]),
            ("{ agenda { totalCount }", "SYNTAX_ERROR", "GQL_SYNTAX_AT", [1, 24]),
            ("{ agenda(first: 500) { totalCount } }", "FIRST_OUT_OF_RANGE", "FIRST_OUT_OF_RANGE", [500, 100]),
        };
        var data = new TheoryData<string, string, string, string, object[]>();
        foreach (var taal in new[] { "ar", "tr", "uk", "pl" })
        {
            foreach (var (query, code, sleutel, argumenten) in fouten)
            {
                data.Add(taal, query, code, sleutel, argumenten);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fouten))]
    public async Task ErrorsAreInTheLanguageOfTheRequestWithoutEnglishFromGraphQLNet(string taal, string query, string code, string sleutel, object[] argumenten)
    {
        var antwoord = await _client.GraphQLAsync(query, taal: taal);

        var fouten = antwoord.Errors!.Select(f => (Code: f!["extensions"]!["code"]!.GetValue<string>(), Bericht: f["message"]!.GetValue<string>())).ToList();
        var verwacht = Bericht(sleutel, taal, argumenten);
        Assert.Contains((code, verwacht), fouten);
        Assert.NotEqual(Bericht(sleutel, "nl", argumenten), verwacht);
        Assert.All(fouten, f => Assert.DoesNotMatch(EngelsVanGraphQLNet(), f.Bericht));
    }

    [Theory]
    [InlineData("ar")]
    [InlineData("tr")]
    [InlineData("uk")]
    [InlineData("pl")]
    public async Task LabelsFollowAcceptLanguageInEveryLanguage(string taal)
    {
        var antwoord = (await _client.GraphQLAsync("{ woordenlijst { activiteitSoorten { code label } } }", taal: taal)).ZonderFouten();

        var label = antwoord.Data["woordenlijst"]!["activiteitSoorten"]!.AsArray().Single(w => w!["code"]!.GetValue<string>() == "MAALTIJD")!["label"]!.GetValue<string>();
        Assert.Equal(LabelsBeheer.GetString("ActiviteitSoort.Maaltijd", CultureInfo.GetCultureInfo(taal)), label);
        Assert.NotEqual("Maaltijd", label);
    }

    private static string Bericht(string sleutel, string taal, object[] argumenten)
    {
        var cultuur = CultureInfo.GetCultureInfo(taal);
        var tekst = BerichtenBeheer.GetString(sleutel, cultuur) ?? throw new InvalidOperationException(sleutel);
        return Meervoud.Vul(s => BerichtenBeheer.GetString(s, cultuur), cultuur, cultuur, tekst, argumenten);
    }

    /// <summary>Phrases of GraphQL.NET's (English) validation and parser messages.</summary>
    [GeneratedRegex("must (not )?have|sub selection|Cannot query|Unknown|is never used|not defined|of type|Did you mean|Expected|found|There can")]
    private static partial Regex EngelsVanGraphQLNet();
}
