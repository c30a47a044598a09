using GraphQL;
using GraphQL.Types;
using SociaalNetwerk.Schema.Agenda;
using SociaalNetwerk.Schema.Netwerken;
using SociaalNetwerk.Schema.Participatie;
using SociaalNetwerk.Schema.Wijken;
using SociaalNetwerk.Schema.Wijzigingen;
using SociaalNetwerk.Schema.Woordenlijst;

namespace SociaalNetwerk.Schema.GraphQL;

public sealed class SociaalNetwerkSchema : global::GraphQL.Types.Schema
{
    public SociaalNetwerkSchema(IServiceProvider services, QueryGraphType query, MutationGraphType mutation)
        : base(services)
    {
        Description = "De GraphQL API van Sociaal Netwerk Zoetermeer: organisaties, netwerken, wijken en de gedeelde agenda van de sterke sociale basis.";
        Query = query;
        Mutation = mutation;

        // Introspection as in the current specification: __Directive.isRepeatable, deprecated arguments and input fields
        // (includeDeprecated, isDeprecated, deprecationReason on __InputValue), and __Type.specifiedByURL with @specifiedBy,
        // which GraphQL.NET 8 lacks (SpecifiedByUrlIntrospectie adds it). Newer GraphiQL and graphql-codegen ask for these.
        // Before WithIntrospectionComplexityImpact: that initialises the schema.
        Features.RepeatableDirectives = true;
        Features.DeprecationOfInputValues = true;
        Directives.Register(new SpecifiedByDirective());
        RegisterVisitor(new SpecifiedByUrlIntrospectie());

        // Introspection fields cost nothing per field here (__typename stays free); the host weighs __schema and __type as a
        // whole (GraphApi's QueryBegroting), so one introspection query fits and hundreds of aliased copies do not.
        this.WithIntrospectionComplexityImpact(0);
    }
}

public sealed class QueryGraphType : ObjectGraphType
{
    public QueryGraphType()
    {
        Name = "Query";
        Description = "Alles wat u kunt opvragen. Alle gegevens hier zijn openbaar.";
        this.AddAgendaFields();
        this.AddNetwerkFields();
        this.AddWijkFields();
        this.AddLocatieFields();
        this.AddParticipatieFields();
        this.AddWoordenlijstFields();
        this.AddNodeFields();
        this.AddWijzigingFields();
    }
}

public sealed class MutationGraphType : ObjectGraphType
{
    public MutationGraphType()
    {
        Name = "Mutation";
        Description = "Alles wat u kunt wijzigen. Reageren op een open uitvraag kan iedereen; de rest vraagt een API-sleutel (`Authorization: Bearer sn_…`) met de juiste rol.";
        this.AddParticipatieMutations();
        this.AddAgendaMutations();
        this.AddNetwerkMutations();
        this.AddLocatieMutations();
    }
}
