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
                .ZoekAsync(c.GetArgument<AgendaFilter?>("filter"), PaginaVerzoek.Uit(c), ActiviteitVelden(c), c.CancellationToken));

        query.OpId<ActiviteitGraphType, Activiteit, ActiviteitByIdDataLoader>("activiteit", "Eén activiteit op id; leeg als die niet bestaat.", "De id van de activiteit.");

        return query;
    }

    /// <summary>
    /// The properties of the activity that the page reads along with its occurrences: what the selected fields of an
    /// occurrence, its activity and the activity's parts (kosten, aanmelding, toegankelijkheid, contact) read.
    /// </summary>
    public static Velden ActiviteitVelden(IResolveFieldContext c)
    {
        // The activity and its parts only count when the document selects them: their field names (start, naam, email …)
        // are common, and an occurrence's activity is only reached through `activiteit`. With them, the navigations their
        // fields read along (the location and its wijk: Projectie.LeestMee).
        var namen = Projectie.VeldnamenIn(c.Document);
        string[] delen = ["activiteit", "kosten", "aanmelding", "toegankelijkheid", "contact"];
        return Projectie.VeldenVan(c, ["Voorkomen", .. delen.Where(namen.Contains).Select(d => char.ToUpperInvariant(d[0]) + d[1..])]);
    }

    public static IServiceCollection AddAgenda(this IServiceCollection services) => services
        .AddScoped<AgendaZoeker>()
        .AddSingleton<Agendatellingen>()
        .AddScoped<ActiviteitRedactie>()
        .AddNode<Activiteit, ActiviteitByIdDataLoader>()
        .AddScoped<OrganisatorenByActiviteitDataLoader>()
        .AddScoped<ActiviteitenByOrganisatieDataLoader>()
        .AddScoped<VolgendeVoorkomensByActiviteitDataLoader>()
        .AddScoped<VoorkomenByIdDataLoader>()
        .AddSingleton(new NodeLader(VoorkomenId.Type, (c, sleutel) =>
            VoorkomenId.Lees(sleutel) is { } v ? c.RequestServices!.GetRequiredService<VoorkomenByIdDataLoader>().Laad(v) : null));
}
