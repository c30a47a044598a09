using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using SociaalNetwerk.Schema.Agenda;
using SociaalNetwerk.Schema.Kenmerken;
using SociaalNetwerk.Schema.Netwerken;
using SociaalNetwerk.Schema.Redactie;

namespace SociaalNetwerk.Schema.Tests;

/// <summary>Partial inputs: a field left out is not given, a field sent as null is given as null, whether it comes from GraphQL or from code.</summary>
public sealed class GedeeltelijkeInvoerTests
{
    private static readonly Lazy<ISchema> Schema = new(() =>
    {
        var schema = new ServiceCollection().AddLogging().AddSociaalNetwerkSchema("Data Source=:memory:").BuildServiceProvider().GetRequiredService<ISchema>();
        schema.Initialize();
        return schema;
    });

    private static T Lees<T>(string type, Dictionary<string, object?> velden) => (T)((IInputObjectGraphType)Schema.Value.AllTypes[type]!).ParseDictionary(velden);

    [Fact]
    public void AGraphQLInputKnowsWhichFieldsWereSentAndWhichWereSentAsNull()
    {
        var herhaling = new HerhalingInvoer { Frequentie = Frequentie.Wekelijks };

        var invoer = Lees<ActiviteitInvoer>("ActiviteitInvoer", new()
        {
            ["titel"] = "Taalcafé",
            ["netwerkId"] = null,
            ["themas"] = new List<object?> { Thema.TaalEnDigitaleVaardigheden },
            ["herhaling"] = herhaling,
            ["soort"] = null,
        });

        Assert.Equal("Taalcafé", invoer.Titel.Waarde);
        Assert.True(invoer.NetwerkId.IsOpgegeven);
        Assert.Null(invoer.NetwerkId.Waarde);
        Assert.Equal([Thema.TaalEnDigitaleVaardigheden], invoer.Themas.Waarde);
        Assert.Same(herhaling, invoer.Herhaling.Waarde);
        Assert.True(invoer.Soort.IsOpgegeven);
        Assert.Null(invoer.Soort.Waarde);
        Assert.False(invoer.Omschrijving.IsOpgegeven);
        Assert.False(invoer.Kosten.IsOpgegeven);
        Assert.False(invoer.Status.IsOpgegeven);
    }

    [Fact]
    public void AnEmptyGraphQLInputGivesNothing()
    {
        var invoer = Lees<LidmaatschapInvoer>("LidmaatschapInvoer", []);

        Assert.Equal(new LidmaatschapInvoer(), invoer);
        Assert.False(invoer.Rol.IsOpgegeven || invoer.GroepId.IsOpgegeven || invoer.Sinds.IsOpgegeven);
    }

    [Fact]
    public void CodeGivesAFieldByAssigningItAndNullClearsIt()
    {
        var invoer = new OrganisatieInvoer { Omschrijving = "Buurthuis", Adres = null, Soort = null };

        Assert.True(invoer.Omschrijving.Opgegeven(out var omschrijving));
        Assert.Equal("Buurthuis", omschrijving);
        Assert.True(invoer.Adres.IsOpgegeven);
        Assert.Null(invoer.Adres.Waarde);
        Assert.True(invoer.Soort.IsOpgegeven);
        Assert.False(invoer.Naam.IsOpgegeven);
        Assert.Equal(Optioneel<string?>.NietOpgegeven, invoer.Naam);
    }

    [Fact]
    public void AnInputTypeWhoseFieldsAndPropertiesDoNotMatchIsRefused()
    {
        var fout = Assert.Throws<InvalidOperationException>(() => new ScheveInvoerGraphType().Initialize(new global::GraphQL.Types.Schema()));

        Assert.Contains("without property: naam", fout.Message, StringComparison.Ordinal);
        Assert.Contains("without field: Website", fout.Message, StringComparison.Ordinal);
    }

    private sealed record ScheveInvoer
    {
        public Optioneel<string?> Website { get; init; }
    }

    private sealed class ScheveInvoerGraphType : GedeeltelijkeInvoerGraphType<ScheveInvoer>
    {
        public ScheveInvoerGraphType()
        {
            Name = "ScheveInvoer";
            Field<StringGraphType>("naam");
        }
    }
}
