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
}
