using GraphQL;
using GraphQL.Types;
using SociaalNetwerk.Schema.Agenda;
using SociaalNetwerk.Schema.Netwerken;
using SociaalNetwerk.Schema.Wijken;

namespace SociaalNetwerk.Schema.GraphQL;

public sealed class SociaalNetwerkSchema : global::GraphQL.Types.Schema
{
    public SociaalNetwerkSchema(IServiceProvider services, QueryGraphType query)
        : base(services)
    {
        Description = "De GraphQL API van Sociaal Netwerk Zoetermeer: organisaties, netwerken, wijken en de gedeelde agenda van de sterke sociale basis.";
        Query = query;

        // Introspection (GraphiQL, code generators) is bounded by the schema's size, not by data: it must never hit the complexity limit.
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
        this.AddNodeFields();
    }
}
