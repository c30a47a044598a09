using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.Schema.Wijzigingen;

public static class WijzigingQueries
{
    public static ObjectGraphType AddWijzigingFields(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<WijzigingConnectionGraphType>>("wijzigingen")
            .Description(
                "Het wijzigingslog: elke wijziging via de API of het portaal (wie, wanneer, welk object, welke velden), de nieuwste eerst. "
                + "Alleen voor de beheerder (alles) en redacteuren (de wijzigingen van hun eigen organisatie: de organisatie zelf, haar activiteiten en lidmaatschappen). "
                + "Zonder sleutel `UNAUTHENTICATED`, met een andere rol `FORBIDDEN`. Reacties van inwoners staan er niet in, behalve dát het team een reactie van papier of uit een gesprek verbeterde of verwijderde (objecttype `Reactie`: formuliernummer en kanaal, nooit de antwoorden of contactgegevens).")
            .Arguments(PaginaVerzoek.Argumenten(new QueryArgument<WijzigingFilterInputGraphType> { Name = "filter", Description = "Welke wijzigingen u wilt zien. Zonder filter: alle die u mag zien." }))
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<WijzigingenLezer>()
                .LeesAsync(c.Gebruiker(), c.GetArgument<WijzigingFilter?>("filter"), PaginaVerzoek.Uit(c), c.CancellationToken));
        return query;
    }

    public static IServiceCollection AddWijzigingen(this IServiceCollection services) => services.AddScoped<WijzigingenLezer>();
}

public sealed class WijzigingFilterInputGraphType : InputObjectGraphType<WijzigingFilter>
{
    public WijzigingFilterInputGraphType()
    {
        Name = "WijzigingFilter";
        Description = "Welke wijzigingen het log toont. Verschillende filters gelden samen (EN).";
        Field<IdGraphType>("organisatie").Description("De id van een organisatie: wijzigingen van de organisatie zelf, haar activiteiten en lidmaatschappen. Een redacteur mag alleen een eigen organisatie kiezen (anders `FORBIDDEN`).");
        Field<StringGraphType>("objectType").Description("Het GraphQL-type van de gewijzigde objecten, zoals `Activiteit`, `Organisatie`, `Netwerk`, `Lidmaatschap` of `Locatie` (een onbekend type geeft `UNKNOWN_OBJECT_TYPE`).");
        Field<IdGraphType>("object").Description("De id van één object: alleen zijn wijzigingen.");
    }
}

public sealed class WijzigingGraphType : ObjectGraphType<Wijziging>
{
    public WijzigingGraphType()
    {
        Name = "Wijziging";
        Description = "Eén wijziging van één object: wie, wanneer, wat voor wijziging en welke velden.";
        Field<NonNullGraphType<IntGraphType>>("volgnummer").Description("Het volgnummer: elke nieuwe wijziging krijgt een hoger nummer dan alle eerdere (de basis van een wijzigingsfeed).").Resolve(c => c.Source.Volgnummer);
        Field<NonNullGraphType<TijdstipGraphType>>("tijdstip").Description("Wanneer de wijziging is opgeslagen (Nederlandse tijd).").Resolve(c => c.Source.Tijdstip);
        Field<NonNullGraphType<StringGraphType>>("door").Description("Wie: het e-mailadres van het account of de omschrijving van de API-sleutel, zoals die toen waren.").Resolve(c => c.Source.DoorNaam);
        Field<StringGraphType>("doorKenmerk").Description("Wie, als kenmerk: `account:<nummer>` voor een persoon, het kenmerk van de sleutel (`sn_…`) voor een systeem.").Resolve(c => c.Source.DoorKenmerk);
        Field<NonNullGraphType<WijzigingSoortGraphType>>("soort").Description("Wat voor wijziging het is.").Resolve(c => c.Source.Soort);
        Field<NonNullGraphType<StringGraphType>>("objectType").Description("Het GraphQL-type van het gewijzigde object, zoals `Activiteit`.").Resolve(c => c.Source.ObjectType);
        Field<NonNullGraphType<IdGraphType>>("objectId").Description("De id van het gewijzigde object (voor `node(id:)` of het filter `object`; een verwijderd object is er niet meer).")
            .Resolve(c => GlobalId.Maak(c.Source.ObjectType, c.Source.ObjectId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("organisatieIds").Description("De ids van de organisaties waar het object bij hoorde, vóór of na de wijziging.").KleineLijst()
            .Resolve(c => c.Source.Organisaties.Select(o => GlobalId.Maak("Organisatie", o.OrganisatieId)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<VeldwijzigingGraphType>>>>("velden").Description("De gewijzigde velden, op naam. Bij toevoegen alle ingevulde velden, bij verwijderen alle velden die een waarde hadden.").KleineLijst()
            .Resolve(c => c.Source.Velden);
    }
}

public sealed class VeldwijzigingGraphType : ObjectGraphType<Veldwijziging>
{
    public VeldwijzigingGraphType()
    {
        Name = "Veldwijziging";
        Description = "Eén gewijzigd veld, met de oude en de nieuwe waarde als tekst (codes, ids en tijdstippen zoals de API ze schrijft; lijsten met komma's).";
        Field<NonNullGraphType<StringGraphType>>("veld").Description("De naam van het veld, zoals `titel` of `herhaling.geannuleerdeDatums`.").Resolve(c => c.Source.Veld);
        Field<StringGraphType>("oud").Description("De waarde ervoor; leeg als er geen was, of bij een lange tekst.").Resolve(c => c.Source.Oud);
        Field<StringGraphType>("nieuw").Description("De waarde erna; leeg als er geen meer is, of bij een lange tekst.").Resolve(c => c.Source.Nieuw);
        Field<NonNullGraphType<BooleanGraphType>>("lang").Description("Waar bij een lange tekst (zoals een omschrijving): het log bewaart dan alleen dát hij gewijzigd is.").Resolve(c => c.Source.Lang);
    }
}

public sealed class WijzigingSoortGraphType() : GelabeldeEnumGraphType<WijzigingSoort>("Wat voor wijziging: toegevoegd, gewijzigd, geannuleerd, hersteld of verwijderd.");

public sealed class WijzigingConnectionGraphType() : ConnectionGraphType<WijzigingGraphType, WijzigingEdgeGraphType, Wijziging>("Wijziging", "wijzigingen");

public sealed class WijzigingEdgeGraphType() : EdgeGraphType<WijzigingGraphType, Wijziging>("Wijziging");
