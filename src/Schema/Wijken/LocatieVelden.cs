using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Redactie;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.Schema.Wijken;

/// <summary>The GraphQL side of locations: the public list and lookup, and adding and changing (see <see cref="LocatieRedactie"/>).</summary>
public static class LocatieVelden
{
    public static ObjectGraphType AddLocatieFields(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<LocatieConnectionGraphType>>("locaties")
            .Description("Alle locaties waar activiteiten plaatsvinden, op naam gesorteerd. Zoek op naam of adres, of filter op wijk.")
            .Arguments(PaginaVerzoek.Argumenten(new QueryArgument<LocatieFilterInputGraphType> { Name = "filter", Description = "Welke locaties u wilt zien. Zonder filter: alle." }))
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<LocatieZoeker>()
                .ZoekAsync(c.GetArgument<LocatieFilter?>("filter"), PaginaVerzoek.Uit(c), c.CancellationToken));

        query.OpId<LocatieGraphType, Locatie, LocatieByIdDataLoader>("locatie", "Eén locatie op id; leeg als die niet bestaat.", "De id van de locatie.");
        return query;
    }

    public static ObjectGraphType AddLocatieMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<LocatieResultaatGraphType>>("locatieToevoegen")
            .Description("Voegt een locatie toe, zodat activiteiten er kunnen plaatsvinden. Een adres (met postcode) kan maar één locatie zijn: bestaat het al, dan staat de id van die locatie in de fout `DUPLICATE_LOCATION`. Vraagt een API-sleutel van een redacteur of beheerder.")
            .Argument<NonNullGraphType<LocatieInvoerGraphType>>("invoer", "De gegevens van de locatie.")
            .ResolveAsync(async c => await Redactie(c).VoegToeAsync(c.GetArgument<LocatieInvoer>("invoer"), c.Gebruiker(), c.CancellationToken));

        mutation.Field<NonNullGraphType<LocatieResultaatGraphType>>("locatieWijzigen")
            .Description("Wijzigt een locatie: alleen de velden die u meestuurt. Vraagt een API-sleutel van een beheerder, of van een redacteur van een organisatie met een activiteit op deze locatie; een locatie die nog geen activiteit gebruikt, mag elke redacteur wijzigen.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "De id van de locatie.")
            .Argument<NonNullGraphType<LocatieInvoerGraphType>>("invoer", "De velden die veranderen.")
            .ResolveAsync(async c => await Redactie(c).WijzigAsync(c.GetArgument<string>("id"), c.GetArgument<LocatieInvoer>("invoer"), c.Gebruiker(), c.CancellationToken));

        return mutation;
    }

    public static IServiceCollection AddLocaties(this IServiceCollection services) => services
        .AddScoped<LocatieZoeker>()
        .AddScoped<LocatieRedactie>();

    private static LocatieRedactie Redactie(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<LocatieRedactie>();
}

public sealed class LocatieFilterInputGraphType : InputObjectGraphType<LocatieFilter>
{
    public LocatieFilterInputGraphType()
    {
        Name = "LocatieFilter";
        Description = "Welke locaties de lijst toont. Verschillende filters gelden samen (EN); meerdere wijken zijn alternatieven (OF).";
        Field<StringGraphType>("zoekterm").Description("Zoekt in naam, adres, postcode en plaats, zonder verschil tussen hoofd- en kleine letters of accenten. Elk woord moet voorkomen.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("wijken").Description("Slugs van wijken: locaties in een van deze wijken.");
    }
}

public sealed class LocatieInvoerGraphType : GedeeltelijkeInvoerGraphType<LocatieInvoer>
{
    public LocatieInvoerGraphType()
    {
        Name = "LocatieInvoer";
        Description = "De gegevens van een locatie. Bij `locatieToevoegen` zijn `naam`, `adres` en `postcode` verplicht. Bij `locatieWijzigen` blijft een veld dat u weglaat zoals het is en maakt `null` een veld leeg (waar dat kan).";
        Field<StringGraphType>("naam").Description($"De naam van de plek, bijvoorbeeld 'Buurthuis De Boog', hoogstens {LocatieRedactie.MaxNaamLengte} tekens.");
        Field<StringGraphType>("adres").Description($"Straat en huisnummer, hoogstens {LocatieRedactie.MaxAdresLengte} tekens. Met de postcode uniek: een adres is maar één locatie.");
        Field<StringGraphType>("postcode").Description("De Nederlandse postcode, zoals `2711 AB` (ook `2711ab` mag).");
        Field<StringGraphType>("plaats").Description($"De plaats, hoogstens {LocatieRedactie.MaxPlaatsLengte} tekens. Zonder: {Locatie.StandaardPlaats}.");
        Field<StringGraphType>("wijk").Description("De slug van de wijk, zoals `oosterheem` (zie `wijken { slug }`); `null` voor geen wijk.");
        Field<BooleanGraphType>("rolstoeltoegankelijk").Description("Of de plek met een rolstoel bereikbaar is, inclusief toilet. Zonder: nee.");
        Field<BooleanGraphType>("ringleiding").Description("Of er een ringleiding is. Zonder: nee.");
        Field<StringGraphType>("toegankelijkheidToelichting").Description($"Meer over de toegankelijkheid, hoogstens {LocatieRedactie.MaxToelichtingLengte} tekens.");
    }
}

public sealed class LocatieResultaatGraphType() : WijzigResultaatGraphType<Locatie, LocatieGraphType>(
    "LocatieResultaat", "locatie", "Het resultaat van het toevoegen of wijzigen van een locatie.", "De locatie zoals die nu is opgeslagen.");

public sealed class LocatieConnectionGraphType() : ConnectionGraphType<LocatieGraphType, LocatieEdgeGraphType, Locatie>("Locatie", "locaties");

public sealed class LocatieEdgeGraphType() : EdgeGraphType<LocatieGraphType, Locatie>("Locatie");
