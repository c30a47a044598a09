using System.Text.RegularExpressions;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace SociaalNetwerk.Schema.Tests;

/// <summary>
/// examples/codegen.ts (the graphql-codegen configuration for partners) maps every custom scalar of the schema, so a
/// new scalar cannot leave partners with <c>unknown</c> (its <c>strictScalars</c> would even stop their build).
/// </summary>
public sealed partial class CodegenVoorbeeldTests
{
    private static readonly string[] IngebouwdeScalars = ["String", "Int", "Float", "Boolean", "ID"];

    [Fact]
    public void TheCodegenExampleMapsEveryCustomScalarOfTheSchema()
    {
        var schema = new ServiceCollection().AddLogging().AddSociaalNetwerkSchema("Data Source=:memory:").BuildServiceProvider().GetRequiredService<ISchema>();
        schema.Initialize();
        var scalars = schema.AllTypes.OfType<ScalarGraphType>().Where(t => t is not EnumerationGraphType).Select(t => t.Name).Where(n => !IngebouwdeScalars.Contains(n)).Order(StringComparer.Ordinal).ToList();
        var tekst = File.ReadAllText(Path.Combine(Repository.Map, "examples", "codegen.ts"));

        var gekoppeld = ScalarRegel().Matches(tekst).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(["DateOnly", "DateTime"], scalars);
        Assert.Equal(scalars, gekoppeld);
        Assert.Contains("strictScalars: true", tekst, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\s+(\w+): \{ input: '\w+', output: '\w+' \}", RegexOptions.Multiline)]
    private static partial Regex ScalarRegel();
}
