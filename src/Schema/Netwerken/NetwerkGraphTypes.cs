using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using SociaalNetwerk.Schema.Agenda;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Kenmerken;
using SociaalNetwerk.Schema.Wijken;

namespace SociaalNetwerk.Schema.Netwerken;

public sealed class OrganisatieSoortGraphType() : GelabeldeEnumGraphType<OrganisatieSoort>("Wat voor soort organisatie het is.");

public sealed class GroepSoortGraphType() : GelabeldeEnumGraphType<GroepSoort>("Wat voor groep binnen een netwerk het is.");

public sealed class LidmaatschapRolGraphType() : GelabeldeEnumGraphType<LidmaatschapRol>("De rol van een organisatie in een netwerk.");

public sealed class OrganisatieGraphType : ObjectGraphType<Organisatie>
{
    public OrganisatieGraphType()
    {
        Name = "Organisatie";
        Description = "Een partner in de sociale basis: een welzijnsorganisatie, vereniging, bewonersinitiatief, zorgaanbieder, de gemeente …";
        Interface<NodeInterfaceGraphType>();
        Field<NonNullGraphType<IdGraphType>>("id").Leest(nameof(Organisatie.Id)).Description("De wereldwijd unieke id.").Resolve(c => GlobalId.Maak(nameof(Organisatie), c.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("naam").Leest(nameof(Organisatie.Naam)).Description("De naam van de organisatie.").Resolve(c => c.Source.Naam);
        Field<NonNullGraphType<OrganisatieSoortGraphType>>("soort").Leest(nameof(Organisatie.Soort)).Description("Wat voor organisatie het is.").Resolve(c => c.Source.Soort);
        Field<StringGraphType>("omschrijving").Leest(nameof(Organisatie.Omschrijving)).Description("Wat de organisatie doet, in eenvoudige taal. Platte tekst, nooit HTML.").Resolve(c => c.Source.Omschrijving);
        Field<StringGraphType>("website").Leest(nameof(Organisatie.Website)).Description("De website.").Resolve(c => c.Source.Website);
        Field<StringGraphType>("email").Leest(nameof(Organisatie.Email)).Description("Het algemene e-mailadres.").Resolve(c => c.Source.Email);
        Field<StringGraphType>("telefoon").Leest(nameof(Organisatie.Telefoon)).Description("Het algemene telefoonnummer.").Resolve(c => c.Source.Telefoon);
        Field<AdresGraphType>("adres").Leest(nameof(Organisatie.Adres), nameof(Organisatie.Postcode), nameof(Organisatie.Plaats)).Description("Het bezoekadres, als de organisatie er een heeft.")
            .Resolve(c => c.Source.Adres is null ? null : new Adres(c.Source.Adres, c.Source.Postcode, c.Source.Plaats));
        Field<AfbeeldingGraphType>("afbeelding").Leest(nameof(Organisatie.AfbeeldingUrl), nameof(Organisatie.AfbeeldingAlt)).Description("Het logo of een foto van de organisatie, als ze er een heeft.")
            .Resolve(c => Afbeelding.Van(c.Source.AfbeeldingUrl, c.Source.AfbeeldingAlt));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ThemaGraphType>>>>("themas").Leest(nameof(Organisatie.Themas)).KleineLijst().Description("De thema's waar de organisatie aan werkt.").Resolve(c => c.Source.Themas);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WijkGraphType>>>>("wijken").Leest(nameof(Organisatie.Id)).KleineLijst().Description("De wijken waar de organisatie actief is.")
            .Resolve(c => c.RequestServices!.GetRequiredService<WijkenByOrganisatieDataLoader>().Laad(c.Source.Id, c));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LidmaatschapGraphType>>>>("lidmaatschappen").Leest(nameof(Organisatie.Id)).KleineLijst().Description("De netwerken waar de organisatie lid van is, met haar rol.")
            .Resolve(c => c.RequestServices!.GetRequiredService<LidmaatschappenByOrganisatieDataLoader>().Laad(c.Source.Id));
        Field<NonNullGraphType<ActiviteitConnectionGraphType>>("activiteiten").Leest(nameof(Organisatie.Id))
            .Description("De activiteiten die deze organisatie (mede) organiseert, op begindatum.")
            .Arguments(PaginaVerzoek.Argumenten())
            .Resolve(c => c.RequestServices!.GetRequiredService<ActiviteitenByOrganisatieDataLoader>()
                .Laad(new OrganisatiePagina(c.Source.Id, PaginaVerzoek.Uit(c))));
    }
}

public sealed record Adres(string Straat, string? Postcode, string? Plaats);

public sealed class AdresGraphType : ObjectGraphType<Adres>
{
    public AdresGraphType()
    {
        Name = "Adres";
        Description = "Een bezoekadres.";
        Field<NonNullGraphType<StringGraphType>>("straat").Description("Straat en huisnummer.").Resolve(c => c.Source.Straat);
        Field<StringGraphType>("postcode").Description("De postcode.").Resolve(c => c.Source.Postcode);
        Field<StringGraphType>("plaats").Description("De plaats.").Resolve(c => c.Source.Plaats);
    }
}

public sealed class NetwerkGraphType : ObjectGraphType<Netwerk>
{
    public NetwerkGraphType()
    {
        Name = "Netwerk";
        Description = "Een samenwerking van organisaties en inwoners, zoals de Community tegen Eenzaamheid of Samen ZoeterMeer Gezond.";
        Interface<NodeInterfaceGraphType>();
        Field<NonNullGraphType<IdGraphType>>("id").Leest(nameof(Netwerk.Id)).Description("De wereldwijd unieke id.").Resolve(c => GlobalId.Maak(nameof(Netwerk), c.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("naam").Leest(nameof(Netwerk.Naam)).Description("De naam van het netwerk.").Resolve(c => c.Source.Naam);
        Field<StringGraphType>("omschrijving").Leest(nameof(Netwerk.Omschrijving)).Description("Wat het netwerk doet, in eenvoudige taal.").Resolve(c => c.Source.Omschrijving);
        Field<StringGraphType>("website").Leest(nameof(Netwerk.Website)).Description("De website van het netwerk.").Resolve(c => c.Source.Website);
        Field<NetwerkGraphType>("onderdeelVan").Leest(nameof(Netwerk.OnderdeelVanId)).Description("Het grotere netwerk waar dit netwerk deel van is, zoals Eten en Ontmoeten binnen de Community tegen Eenzaamheid.")
            .Resolve(c => c.Source.OnderdeelVanId is { } id ? c.RequestServices!.GetRequiredService<NetwerkByIdDataLoader>().Laad(id, c) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NetwerkGroepGraphType>>>>("groepen").Leest(nameof(Netwerk.Id)).KleineLijst().Description("De kerngroepen, themagroepen, actielijnen en teams binnen het netwerk.")
            .Resolve(c => c.RequestServices!.GetRequiredService<GroepenByNetwerkDataLoader>().Laad(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LidmaatschapGraphType>>>>("leden").Leest(nameof(Netwerk.Id)).Description("De organisaties in het netwerk, met hun rol en groep, op naam gesorteerd.")
            .Resolve(c => c.RequestServices!.GetRequiredService<LidmaatschappenByNetwerkDataLoader>().Laad(c.Source.Id));
    }
}

public sealed class NetwerkGroepGraphType : ObjectGraphType<NetwerkGroep>
{
    public NetwerkGroepGraphType()
    {
        Name = "NetwerkGroep";
        Description = "Een groep binnen een netwerk: een kerngroep (zoals Preventie), een themagroep, een actielijn of een kernteam.";
        Interface<NodeInterfaceGraphType>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("De wereldwijd unieke id.").Resolve(c => GlobalId.Maak(nameof(NetwerkGroep), c.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("naam").Description("De naam van de groep.").Resolve(c => c.Source.Naam);
        Field<NonNullGraphType<GroepSoortGraphType>>("soort").Description("Wat voor groep het is.").Resolve(c => c.Source.Soort);
        Field<StringGraphType>("omschrijving").Description("Waar de groep aan werkt.").Resolve(c => c.Source.Omschrijving);
        Field<NonNullGraphType<NetwerkGraphType>>("netwerk").Description("Het netwerk waar de groep bij hoort.")
            .Resolve(c => c.RequestServices!.GetRequiredService<NetwerkByIdDataLoader>().Laad(c.Source.NetwerkId, c));
    }
}

public sealed class LidmaatschapGraphType : ObjectGraphType<Lidmaatschap>
{
    public LidmaatschapGraphType()
    {
        Name = "Lidmaatschap";
        Description = "Dat een organisatie meedoet in een netwerk, met welke rol en eventueel in welke groep.";
        Interface<NodeInterfaceGraphType>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("De wereldwijd unieke id; daarmee wijzigt of verwijdert een beheerder het lidmaatschap.").Resolve(c => GlobalId.Maak(nameof(Lidmaatschap), c.Source.Id));
        Field<NonNullGraphType<OrganisatieGraphType>>("organisatie").Description("De organisatie.")
            .Resolve(c => c.RequestServices!.GetRequiredService<OrganisatieByIdDataLoader>().Laad(c.Source.OrganisatieId));
        Field<NonNullGraphType<NetwerkGraphType>>("netwerk").Description("Het netwerk.")
            .Resolve(c => c.RequestServices!.GetRequiredService<NetwerkByIdDataLoader>().Laad(c.Source.NetwerkId, c));
        Field<NonNullGraphType<LidmaatschapRolGraphType>>("rol").Description("De rol van de organisatie in het netwerk.").Resolve(c => c.Source.Rol);
        Field<NetwerkGroepGraphType>("groep").Description("De groep binnen het netwerk waarin de organisatie meedoet, als die er is.")
            .Resolve(c => c.Source.GroepId is { } id ? c.RequestServices!.GetRequiredService<NetwerkGroepByIdDataLoader>().Laad(id) : null);
        Field<DatumGraphType>("sinds").Description("Sinds wanneer de organisatie meedoet.").Resolve(c => c.Source.Sinds);
    }
}
