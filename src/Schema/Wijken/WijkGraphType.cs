using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Netwerken;

namespace SociaalNetwerk.Schema.Wijken;

public sealed class WijkGraphType : ObjectGraphType<Wijk>
{
    public WijkGraphType()
    {
        Name = "Wijk";
        Description = "Een wijk van Zoetermeer. De gemeente en haar partners plannen per wijk (wijkplan, wijkregisseur).";
        Interface<NodeInterfaceGraphType>();
        Field<NonNullGraphType<IdGraphType>>("id").Leest(nameof(Wijk.Id)).Description("De wereldwijd unieke id.").Resolve(c => GlobalId.Maak(nameof(Wijk), c.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("slug").Leest(nameof(Wijk.Slug)).Description("Vaste korte naam voor URL's en widget-attributen, bijvoorbeeld `oosterheem`.").Resolve(c => c.Source.Slug);
        Field<NonNullGraphType<StringGraphType>>("naam").Leest(nameof(Wijk.Naam)).Description("De naam van de wijk.").Resolve(c => c.Source.Naam);
        Field<StringGraphType>("omschrijving").Leest(nameof(Wijk.Omschrijving)).Description("Een korte omschrijving van de wijk in eenvoudige taal.").Resolve(c => c.Source.Omschrijving);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganisatieGraphType>>>>("organisaties").Leest(nameof(Wijk.Id))
            .Description("De organisaties die in deze wijk actief zijn, op naam gesorteerd.")
            .Resolve(c => c.RequestServices!.GetRequiredService<OrganisatiesByWijkDataLoader>().Laad(c.Source.Id, c));
    }
}

public sealed class LocatieGraphType : ObjectGraphType<Locatie>
{
    public LocatieGraphType()
    {
        Name = "Locatie";
        Description = "Een plek waar activiteiten plaatsvinden, zoals een buurthuis of bibliotheek.";
        Interface<NodeInterfaceGraphType>();
        Field<NonNullGraphType<IdGraphType>>("id").Leest(nameof(Locatie.Id)).Description("De wereldwijd unieke id.").Resolve(c => GlobalId.Maak(nameof(Locatie), c.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("naam").Leest(nameof(Locatie.Naam)).Description("De naam van de plek, bijvoorbeeld 'Buurthuis De Leyens'.").Resolve(c => c.Source.Naam);
        Field<NonNullGraphType<StringGraphType>>("adres").Leest(nameof(Locatie.Adres)).Description("Straat en huisnummer.").Resolve(c => c.Source.Adres);
        Field<NonNullGraphType<StringGraphType>>("postcode").Leest(nameof(Locatie.Postcode)).Description("De postcode, bijvoorbeeld '2729 AB'.").Resolve(c => c.Source.Postcode);
        Field<NonNullGraphType<StringGraphType>>("plaats").Leest(nameof(Locatie.Plaats)).Description("De plaats, meestal Zoetermeer.").Resolve(c => c.Source.Plaats);
        Field<WijkGraphType>("wijk").Leest(nameof(Locatie.WijkId)).LeestMee(nameof(Locatie.Wijk), "Wijk").Description("De wijk waarin deze plek ligt.")
            .Resolve(c => (object?)c.Source.Wijk ?? (c.Source.WijkId is { } id ? c.RequestServices!.GetRequiredService<WijkByIdDataLoader>().Laad(id, c) : null));
        Field<NonNullGraphType<BooleanGraphType>>("rolstoeltoegankelijk").Leest(nameof(Locatie.Rolstoeltoegankelijk)).Description("Of de plek met een rolstoel bereikbaar is, inclusief toilet.").Resolve(c => c.Source.Rolstoeltoegankelijk);
        Field<NonNullGraphType<BooleanGraphType>>("ringleiding").Leest(nameof(Locatie.Ringleiding)).Description("Of er een ringleiding is voor mensen met een hoortoestel.").Resolve(c => c.Source.Ringleiding);
        Field<StringGraphType>("toegankelijkheidToelichting").Leest(nameof(Locatie.ToegankelijkheidToelichting)).Description("Meer over de toegankelijkheid, bijvoorbeeld over de ingang of parkeren.").Resolve(c => c.Source.ToegankelijkheidToelichting);
    }
}
