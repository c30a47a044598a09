using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;
using GraphQLParser.AST;

namespace SociaalNetwerk.Schema.GraphQL;

/// <summary>
/// The built-in <c>@specifiedBy(url:)</c> directive of the GraphQL specification (October 2021): a custom scalar links to
/// the human-readable specification of its format. GraphQL.NET 8 does not define it (graphql-dotnet issue #2495).
/// </summary>
public sealed class SpecifiedByDirective : Directive
{
    /// <summary>The directive's name.</summary>
    public const string Naam = "specifiedBy";

    /// <summary>Creates the directive definition.</summary>
    public SpecifiedByDirective()
        : base(Naam, DirectiveLocation.Scalar)
    {
        Description = "Verwijst naar de specificatie van het formaat van een eigen scalar (RFC 3339, ISO 8601).";
        Arguments = new QueryArguments(new QueryArgument<NonNullGraphType<StringGraphType>>
        {
            Name = "url",
            Description = "Het adres van de leesbare specificatie van het formaat van deze scalar.",
        });
    }

    /// <summary>Listed in introspection like the other built-in directives (graphql-js lists it too).</summary>
    public override bool? Introspectable => true;

    /// <summary>The URL a scalar is specified by, or null.</summary>
    public static string? Url(IGraphType type) =>
        type is ScalarGraphType scalar ? scalar.GetAppliedDirectives()?.Find(Naam)?.FindArgument("url")?.Value as string : null;
}

/// <summary>
/// Adds <c>__Type.specifiedByURL</c> (introspection as in the October 2021 specification) to GraphQL.NET 8's introspection
/// types, which lack it; it answers the <c>@specifiedBy</c> URL of a custom scalar and null for every other type.
/// </summary>
public sealed class SpecifiedByUrlIntrospectie : BaseSchemaNodeVisitor
{
    /// <inheritdoc/>
    public override void VisitObject(IObjectGraphType type, ISchema schema)
    {
        // graphql-js asks `args(includeDeprecated: true)` of directives too; no directive argument here is deprecated,
        // so the argument only needs to be accepted.
        if (type.Name == "__Directive" && type.GetField("args") is { } args && args.Arguments?.Find("includeDeprecated") is null)
        {
            args.Arguments ??= new QueryArguments();
            args.Arguments.Add(new QueryArgument(schema.AllTypes["Boolean"]!)
            {
                Name = "includeDeprecated",
                Description = "Also the deprecated arguments (there are none).",
                DefaultValue = false,
            });
        }

        if (type.Name != "__Type" || type.HasField("specifiedByURL"))
        {
            return;
        }

        type.AddField(new FieldType
        {
            Name = "specifiedByURL",
            Description = "The URL of the specification of a custom scalar (`@specifiedBy`); null for other types.",
            ResolvedType = schema.AllTypes["String"],
            Resolver = new FuncFieldResolver<object?>(c => c.Source is IGraphType t ? SpecifiedByDirective.Url(t) : null),
        });
    }
}
