using SociaalNetwerk.GraphApi.Tests.Infrastructuur;

namespace SociaalNetwerk.GraphApi.Tests;

[Collection(ServerCollectie.Naam)]
public sealed class IntrospectieTests(SociaalNetwerkServer server)
{
    /// <summary>The introspection query GraphiQL and code generators send (graphql-js getIntrospectionQuery, with descriptions).</summary>
    private const string Introspectie = """
        query IntrospectionQuery {
          __schema {
            queryType { name } mutationType { name } subscriptionType { name }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type {
          kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
        }
        """;

    [Fact]
    public async Task GraphiQLsIntrospectionQueryIsWithinTheLimits()
    {
        using var client = server.MaakClient();

        var antwoord = (await client.GraphQLAsync(Introspectie)).ZonderFouten();

        Assert.Contains(antwoord.Data["__schema"]!["types"]!.AsArray(), t => t!["name"]!.GetValue<string>() == "Activiteit");
    }

    /// <summary>
    /// graphql-js 16's getIntrospectionQuery with every option of the current specification on (descriptions,
    /// specifiedByUrl, directiveIsRepeatable, schemaDescription, inputValueDeprecation), as newer GraphiQL and
    /// graphql-codegen send it.
    /// </summary>
    private const string ModerneIntrospectie = """
        query IntrospectionQuery {
          __schema {
            description
            queryType { name } mutationType { name } subscriptionType { name }
            types { ...FullType }
            directives { name description isRepeatable locations args(includeDeprecated: true) { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description specifiedByURL
          fields(includeDeprecated: true) { name description args(includeDeprecated: true) { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields(includeDeprecated: true) { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue isDeprecated deprecationReason }
        fragment TypeRef on __Type {
          kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
        }
        """;

    [Fact]
    public async Task TheCurrentSpecificationsIntrospectionQueryAnswersSpecifiedByUrlIsRepeatableAndInputValueDeprecation()
    {
        using var client = server.MaakClient();

        var schema = (await client.GraphQLAsync(ModerneIntrospectie)).ZonderFouten().Data["__schema"]!;

        var typen = schema["types"]!.AsArray().ToDictionary(t => t!["name"]!.GetValue<string>(), t => t!);
        Assert.Equal("https://www.rfc-editor.org/rfc/rfc3339", typen["DateTime"]["specifiedByURL"]!.GetValue<string>());
        Assert.StartsWith("https://www.rfc-editor.org/rfc/rfc3339", typen["DateOnly"]["specifiedByURL"]!.GetValue<string>());
        Assert.StartsWith("Een kalenderdatum", typen["DateOnly"]["description"]!.GetValue<string>());
        // Built-in scalars and all other kinds have no URL (the specification says so).
        Assert.Null(typen["String"]["specifiedByURL"]);
        Assert.Null(typen["Activiteit"]["specifiedByURL"]);
        // Every custom scalar links to its specification.
        Assert.All(
            typen.Values.Where(t => t["kind"]!.GetValue<string>() == "SCALAR" && t["name"]!.GetValue<string>() is not ("String" or "Int" or "Float" or "Boolean" or "ID")),
            t => Assert.NotNull(t["specifiedByURL"]));

        var directieven = schema["directives"]!.AsArray().ToDictionary(d => d!["name"]!.GetValue<string>(), d => d!);
        Assert.False(directieven["skip"]["isRepeatable"]!.GetValue<bool>());
        Assert.Equal(["SCALAR"], directieven["specifiedBy"]["locations"]!.AsArray().Select(l => l!.GetValue<string>()));

        // Arguments and input fields answer isDeprecated (none is deprecated today).
        var invoer = typen.Values.Where(t => t["kind"]!.GetValue<string>() == "INPUT_OBJECT").SelectMany(t => t["inputFields"]!.AsArray()).ToList();
        Assert.NotEmpty(invoer);
        Assert.All(invoer, v => Assert.False(v!["isDeprecated"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task ASingleScalarsSpecifiedByUrlCanBeAskedFor()
    {
        using var client = server.MaakClient();

        var type = (await client.GraphQLAsync("""{ __type(name: "DateTime") { name specifiedByURL } }""")).ZonderFouten().Data["__type"]!;

        Assert.Equal("https://www.rfc-editor.org/rfc/rfc3339", type["specifiedByURL"]!.GetValue<string>());
    }
}
