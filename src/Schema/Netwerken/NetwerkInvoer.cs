using GraphQL.Types;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Kenmerken;
using SociaalNetwerk.Schema.Redactie;

namespace SociaalNetwerk.Schema.Netwerken;

/// <summary>The editable fields of an organisation; fields not given stay as they are (<see cref="Optioneel{T}"/>). Naam and soort are the beheerder's.</summary>
public sealed record OrganisatieInvoer
{
    public Optioneel<string?> Naam { get; init; }

    public Optioneel<OrganisatieSoort?> Soort { get; init; }

    public Optioneel<string?> Omschrijving { get; init; }

    public Optioneel<string?> Website { get; init; }

    public Optioneel<string?> Email { get; init; }

    public Optioneel<string?> Telefoon { get; init; }

    public Optioneel<AdresInvoer?> Adres { get; init; }

    public Optioneel<AfbeeldingInvoer?> Afbeelding { get; init; }

    public Optioneel<IReadOnlyList<Thema>?> Themas { get; init; }

    public Optioneel<IReadOnlyList<string>?> Wijken { get; init; }
}

public sealed record AdresInvoer
{
    public string? Straat { get; init; }

    public string? Postcode { get; init; }

    public string? Plaats { get; init; }
}

public sealed record NetwerkInvoer
{
    public Optioneel<string?> Naam { get; init; }

    public Optioneel<string?> Omschrijving { get; init; }

    public Optioneel<string?> Website { get; init; }

    public Optioneel<string?> OnderdeelVanId { get; init; }
}

public sealed record NetwerkGroepInvoer
{
    public Optioneel<string?> Naam { get; init; }

    public Optioneel<GroepSoort?> Soort { get; init; }

    public Optioneel<string?> Omschrijving { get; init; }
}

public sealed record LidmaatschapInvoer
{
    public Optioneel<LidmaatschapRol?> Rol { get; init; }

    public Optioneel<string?> GroepId { get; init; }

    public Optioneel<DateOnly?> Sinds { get; init; }
}

public sealed class OrganisatieInvoerGraphType : GedeeltelijkeInvoerGraphType<OrganisatieInvoer>
{
    public OrganisatieInvoerGraphType()
    {
        Name = "OrganisatieInvoer";
        Description = "De gegevens van een organisatie. Bij `organisatieToevoegen` zijn `naam` en `soort` verplicht. Bij `organisatieWijzigen` blijft een veld dat u weglaat zoals het is en maakt `null` een veld leeg. `naam` en `soort` wijzigt alleen een beheerder; een redacteur mag ze meesturen als ze niet veranderen.";
        Field<StringGraphType>("naam").Description($"De naam, hoogstens {OrganisatieRedactie.MaxNaamLengte} tekens; uniek in de sociale kaart. Alleen voor beheerders.");
        Field<OrganisatieSoortGraphType>("soort").Description("Wat voor organisatie het is. Alleen voor beheerders.");
        Field<StringGraphType>("omschrijving").Description($"Wat de organisatie doet, in eenvoudige taal, hoogstens {OrganisatieRedactie.MaxOmschrijvingLengte} tekens. Platte tekst.");
        Field<StringGraphType>("website").Description("De website (http of https).");
        Field<StringGraphType>("email").Description("Het algemene e-mailadres.");
        Field<StringGraphType>("telefoon").Description("Het algemene telefoonnummer.");
        Field<AdresInvoerGraphType>("adres").Description("Het bezoekadres; `null` haalt het weg.");
        Field<AfbeeldingInvoerGraphType>("afbeelding").Description("Het logo of een foto van de organisatie (https), met een beschrijving; `null` haalt het weg. Activiteiten zonder eigen afbeelding tonen deze bij het delen.");
        Field<ListGraphType<NonNullGraphType<ThemaGraphType>>>("themas").Description("De thema's waar de organisatie aan werkt.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("wijken").Description("Slugs van de wijken waar de organisatie actief is, zoals `oosterheem` (zie `wijken { slug }`).");
    }
}

public sealed class AdresInvoerGraphType : InputObjectGraphType<AdresInvoer>
{
    public AdresInvoerGraphType()
    {
        Name = "AdresInvoer";
        Description = "Een bezoekadres.";
        Field<StringGraphType>("straat").Description("Straat en huisnummer (verplicht).");
        Field<StringGraphType>("postcode").Description("De postcode, zoals `2711 AB`.");
        Field<StringGraphType>("plaats").Description("De plaats, zoals Zoetermeer.");
    }
}

public sealed class NetwerkInvoerGraphType : GedeeltelijkeInvoerGraphType<NetwerkInvoer>
{
    public NetwerkInvoerGraphType()
    {
        Name = "NetwerkInvoer";
        Description = "De gegevens van een netwerk. Bij `netwerkToevoegen` is `naam` verplicht; bij `netwerkWijzigen` blijft een veld dat u weglaat zoals het is en maakt `null` een veld leeg.";
        Field<StringGraphType>("naam").Description($"De naam, hoogstens {OrganisatieRedactie.MaxNaamLengte} tekens; uniek.");
        Field<StringGraphType>("omschrijving").Description($"Wat het netwerk doet, in eenvoudige taal, hoogstens {OrganisatieRedactie.MaxOmschrijvingLengte} tekens.");
        Field<StringGraphType>("website").Description("De website van het netwerk (http of https).");
        Field<IdGraphType>("onderdeelVanId").Description("De id van het grotere netwerk waar dit netwerk deel van is; niet het netwerk zelf of een van zijn onderdelen.");
    }
}

public sealed class NetwerkGroepInvoerGraphType : GedeeltelijkeInvoerGraphType<NetwerkGroepInvoer>
{
    public NetwerkGroepInvoerGraphType()
    {
        Name = "NetwerkGroepInvoer";
        Description = "De gegevens van een groep binnen een netwerk. Bij `netwerkGroepToevoegen` zijn `naam` en `soort` verplicht; bij `netwerkGroepWijzigen` blijft een veld dat u weglaat zoals het is.";
        Field<StringGraphType>("naam").Description($"De naam, hoogstens {OrganisatieRedactie.MaxNaamLengte} tekens; uniek binnen het netwerk.");
        Field<GroepSoortGraphType>("soort").Description("Wat voor groep het is.");
        Field<StringGraphType>("omschrijving").Description($"Waar de groep aan werkt, hoogstens {NetwerkRedactie.MaxGroepOmschrijvingLengte} tekens.");
    }
}

public sealed class LidmaatschapInvoerGraphType : GedeeltelijkeInvoerGraphType<LidmaatschapInvoer>
{
    public LidmaatschapInvoerGraphType()
    {
        Name = "LidmaatschapInvoer";
        Description = "De rol, groep en begindatum van een lidmaatschap. Een veld dat u weglaat blijft zoals het is (bij toevoegen: rol `LID`, geen groep, geen datum).";
        Field<LidmaatschapRolGraphType>("rol").Description("De rol van de organisatie in het netwerk.");
        Field<IdGraphType>("groepId").Description("De id van een groep van hetzelfde netwerk waarin de organisatie meedoet; `null` voor geen groep.");
        Field<DatumGraphType>("sinds").Description("Sinds wanneer de organisatie meedoet; niet na vandaag.");
    }
}
