using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Kenmerken;

namespace SociaalNetwerk.Schema.Netwerken;

public static class NetwerkQueries
{
    public static ObjectGraphType AddNetwerkFields(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<OrganisatieConnectionGraphType>>("organisaties")
            .Description("De sociale kaart: alle organisaties, op naam gesorteerd. Zoek op naam, wijk, thema, soort of netwerk.")
            .Arguments(PaginaVerzoek.Argumenten(new QueryArgument<OrganisatieFilterInputGraphType> { Name = "filter", Description = "Welke organisaties u wilt zien. Zonder filter: alle." }))
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<OrganisatieZoeker>()
                .ZoekAsync(c.GetArgument<OrganisatieFilter?>("filter"), PaginaVerzoek.Uit(c), c.CancellationToken));

        query.OpId<OrganisatieGraphType, Organisatie, OrganisatieByIdDataLoader>("organisatie", "Eén organisatie op id; leeg als die niet bestaat.", "De id van de organisatie.");
        query.Alle<NetwerkGraphType, Netwerk>("netwerken", "Alle netwerken, op naam gesorteerd.", db => db.Netwerken.AsNoTracking().OrderBy(n => n.Naam));
        query.OpId<NetwerkGraphType, Netwerk, NetwerkByIdDataLoader>("netwerk", "Eén netwerk op id, met zijn leden en groepen; leeg als het niet bestaat.", "De id van het netwerk.");

        return query;
    }

    public static IServiceCollection AddNetwerken(this IServiceCollection services) => services
        .AddScoped<OrganisatieZoeker>()
        .AddNode<Organisatie, OrganisatieByIdDataLoader>()
        .AddNode<Netwerk, NetwerkByIdDataLoader>()
        .AddNode<NetwerkGroep, NetwerkGroepByIdDataLoader>()
        .AddNode<Lidmaatschap, LidmaatschapByIdDataLoader>()
        .AddScoped<OrganisatieRedactie>()
        .AddScoped<NetwerkRedactie>()
        .AddScoped<GroepenByNetwerkDataLoader>()
        .AddScoped<LidmaatschappenByNetwerkDataLoader>()
        .AddScoped<LidmaatschappenByOrganisatieDataLoader>()
        .AddScoped<WijkenByOrganisatieDataLoader>()
        .AddScoped<OrganisatiesByWijkDataLoader>();
}

public sealed record OrganisatieFilter
{
    public string? Zoekterm { get; init; }

    public IReadOnlyList<string>? Wijken { get; init; }

    public IReadOnlyList<Thema>? Themas { get; init; }

    public IReadOnlyList<OrganisatieSoort>? Soorten { get; init; }

    public IReadOnlyList<string>? Netwerken { get; init; }
}

public sealed class OrganisatieFilterInputGraphType : InputObjectGraphType<OrganisatieFilter>
{
    public OrganisatieFilterInputGraphType()
    {
        Name = "OrganisatieFilter";
        Description = "Welke organisaties de sociale kaart toont. Verschillende filters gelden samen (EN); meerdere waarden binnen één filter zijn alternatieven (OF).";
        Field<StringGraphType>("zoekterm").Description("Zoekt in de naam en omschrijving, zonder verschil tussen hoofd- en kleine letters of accenten.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("wijken").Description("Slugs van wijken: organisaties die in een van deze wijken actief zijn.");
        Field<ListGraphType<NonNullGraphType<ThemaGraphType>>>("themas").Description("Organisaties die aan een van deze thema's werken.");
        Field<ListGraphType<NonNullGraphType<OrganisatieSoortGraphType>>>("soorten").Description("Soorten organisatie.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("netwerken").Description("Ids van netwerken: organisaties die lid zijn van een van deze netwerken.");
    }
}

public sealed class OrganisatieConnectionGraphType() : ConnectionGraphType<OrganisatieGraphType, OrganisatieEdgeGraphType, Organisatie>("Organisatie", "organisaties");

public sealed class OrganisatieEdgeGraphType() : EdgeGraphType<OrganisatieGraphType, Organisatie>("Organisatie");
