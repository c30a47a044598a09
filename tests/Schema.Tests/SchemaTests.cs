using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;
using Snapshooter.Xunit;
using SociaalNetwerk.Schema;

namespace SociaalNetwerk.Schema.Tests;

public sealed class SchemaTests
{
    private static readonly string[] IngebouwdeScalars = ["String", "Int", "Float", "Boolean", "ID"];

    /// <summary>The initialised schema as the server builds it.</summary>
    internal static ISchema MaakSchema()
    {
        var services = new ServiceCollection().AddLogging().AddSociaalNetwerkSchema("Data Source=:memory:").BuildServiceProvider();
        var schema = services.GetRequiredService<ISchema>();
        schema.Initialize();
        return schema;
    }

    private static string Sdl() => MaakSchema().Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true });

    /// <summary>
    /// A schema change fails this test until the snapshot is updated (see docs/development.md), so every change
    /// of the public API is visible in review.
    /// </summary>
    [Fact]
    public void PrintedSchemaMatchesTheSnapshot() => Sdl().MatchSnapshot();

    /// <summary>schema.graphql at the repository root is what client developers read; it must be the schema the server serves.</summary>
    [Fact]
    public void SchemaGraphqlAtTheRepositoryRootIsTheCurrentSchema()
    {
        var pad = Path.Combine(Repository.Map, "schema.graphql");
        var sdl = Sdl().ReplaceLineEndings("\n").TrimEnd() + "\n";
        if (!File.Exists(pad) && Environment.GetEnvironmentVariable("CI") is null)
        {
            File.WriteAllText(pad, sdl);
        }

        Assert.True(File.Exists(pad), "schema.graphql is missing; run the tests once outside CI to write it.");
        Assert.True(File.ReadAllText(pad) == sdl, "schema.graphql differs from the schema: delete it and run the tests outside CI to write it again.");
    }

    [Fact]
    public void EveryTypeFieldArgumentAndEnumValueHasADescription()
    {
        var ontbrekend = new List<string>();
        foreach (var type in MaakSchema().AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && !IngebouwdeScalars.Contains(t.Name)))
        {
            Controleer(type.Name, type.Description);
            if (type is IComplexGraphType complex)
            {
                foreach (var veld in complex.Fields)
                {
                    Controleer($"{type.Name}.{veld.Name}", veld.Description);
                    foreach (var argument in veld.Arguments ?? [])
                    {
                        Controleer($"{type.Name}.{veld.Name}({argument.Name})", argument.Description);
                    }
                }
            }

            if (type is EnumerationGraphType enumeratie)
            {
                foreach (var waarde in enumeratie.Values)
                {
                    Controleer($"{type.Name}.{waarde.Name}", waarde.Description);
                }
            }
        }

        Assert.True(ontbrekend.Count == 0, "Without description: " + string.Join(", ", ontbrekend));

        void Controleer(string wat, string? beschrijving)
        {
            if (string.IsNullOrWhiteSpace(beschrijving))
            {
                ontbrekend.Add(wat);
            }
        }
    }
}
