using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using SociaalNetwerk.Schema.GraphQL;

namespace SociaalNetwerk.Schema.Agenda;

public static class AgendaQueries
{
    public static ObjectGraphType AddAgendaFields(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<VoorkomenConnectionGraphType>>("agenda")
            .Description("De gedeelde agenda van alle partners: elke datum van elke activiteit, gesorteerd op begintijd. Filter op wijk, thema, doelgroep, organisatie en meer; blader met `first` en `after`.")
            .Arguments(PaginaVerzoek.Argumenten(new QueryArgument<AgendaFilterInputGraphType> { Name = "filter", Description = "Welke activiteiten u wilt zien. Zonder filter: alles vanaf nu." }))
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<AgendaZoeker>()
                .ZoekAsync(c.GetArgument<AgendaFilter?>("filter"), PaginaVerzoek.Uit(c), c.CancellationToken));

        query.OpId<ActiviteitGraphType, Activiteit, ActiviteitByIdDataLoader>("activiteit", "Eén activiteit op id; leeg als die niet bestaat.", "De id van de activiteit.");

        return query;
    }

    public static IServiceCollection AddAgenda(this IServiceCollection services) => services
        .AddScoped<AgendaZoeker>()
        .AddScoped<ActiviteitRedactie>()
        .AddNode<Activiteit, ActiviteitByIdDataLoader>()
        .AddScoped<OrganisatorenByActiviteitDataLoader>()
        .AddScoped<ActiviteitenByOrganisatieDataLoader>()
        .AddScoped<VolgendeVoorkomensByActiviteitDataLoader>()
        .AddScoped<VoorkomenByIdDataLoader>()
        .AddSingleton(new NodeLader(VoorkomenId.Type, (c, sleutel) =>
            VoorkomenId.Lees(sleutel) is { } v ? c.RequestServices!.GetRequiredService<VoorkomenByIdDataLoader>().Laad(v) : null));
}
