using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using SociaalNetwerk.Schema.Redactie;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.Schema.Netwerken;

public static class NetwerkMutations
{
    private const string AlleenBeheerder = "Vraagt een API-sleutel van een beheerder.";

    public static ObjectGraphType AddNetwerkMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<OrganisatieResultaatGraphType>>("organisatieToevoegen")
            .Description("Zet een nieuwe organisatie op de sociale kaart. Klopt de invoer niet, dan staat in `fouten` wat er mis is en wordt niets opgeslagen. " + AlleenBeheerder)
            .Argument<NonNullGraphType<OrganisatieInvoerGraphType>>("invoer", "De gegevens van de organisatie.")
            .ResolveAsync(async c => await Organisaties(c).VoegToeAsync(c.GetArgument<OrganisatieInvoer>("invoer"), c.Gebruiker(), c.CancellationToken));

        mutation.Field<NonNullGraphType<OrganisatieResultaatGraphType>>("organisatieWijzigen")
            .Description("Wijzigt de gegevens van een organisatie: alleen de velden die u meestuurt. Vraagt een API-sleutel van een redacteur van deze organisatie of van een beheerder; alleen een beheerder wijzigt `naam` en `soort`.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "De id van de organisatie.")
            .Argument<NonNullGraphType<OrganisatieInvoerGraphType>>("invoer", "De velden die veranderen.")
            .ResolveAsync(async c => await Organisaties(c).WijzigAsync(c.GetArgument<string>("id"), c.GetArgument<OrganisatieInvoer>("invoer"), c.Gebruiker(), c.CancellationToken));

        mutation.Field<NonNullGraphType<NetwerkResultaatGraphType>>("netwerkToevoegen")
            .Description("Maakt een nieuw netwerk. " + AlleenBeheerder)
            .Argument<NonNullGraphType<NetwerkInvoerGraphType>>("invoer", "De gegevens van het netwerk.")
            .ResolveAsync(async c => await Netwerken(c).VoegNetwerkToeAsync(c.GetArgument<NetwerkInvoer>("invoer"), c.Gebruiker(), c.CancellationToken));

        mutation.Field<NonNullGraphType<NetwerkResultaatGraphType>>("netwerkWijzigen")
            .Description("Wijzigt een netwerk: alleen de velden die u meestuurt. " + AlleenBeheerder)
            .Argument<NonNullGraphType<IdGraphType>>("id", "De id van het netwerk.")
            .Argument<NonNullGraphType<NetwerkInvoerGraphType>>("invoer", "De velden die veranderen.")
            .ResolveAsync(async c => await Netwerken(c).WijzigNetwerkAsync(c.GetArgument<string>("id"), c.GetArgument<NetwerkInvoer>("invoer"), c.Gebruiker(), c.CancellationToken));

        mutation.Field<NonNullGraphType<NetwerkGroepResultaatGraphType>>("netwerkGroepToevoegen")
            .Description("Maakt een groep binnen een netwerk, zoals een kerngroep, themagroep of actielijn. " + AlleenBeheerder)
            .Argument<NonNullGraphType<IdGraphType>>("netwerkId", "De id van het netwerk.")
            .Argument<NonNullGraphType<NetwerkGroepInvoerGraphType>>("invoer", "De gegevens van de groep.")
            .ResolveAsync(async c => await Netwerken(c).VoegGroepToeAsync(c.GetArgument<string>("netwerkId"), c.GetArgument<NetwerkGroepInvoer>("invoer"), c.Gebruiker(), c.CancellationToken));

        mutation.Field<NonNullGraphType<NetwerkGroepResultaatGraphType>>("netwerkGroepWijzigen")
            .Description("Wijzigt een groep binnen een netwerk: alleen de velden die u meestuurt. " + AlleenBeheerder)
            .Argument<NonNullGraphType<IdGraphType>>("id", "De id van de groep.")
            .Argument<NonNullGraphType<NetwerkGroepInvoerGraphType>>("invoer", "De velden die veranderen.")
            .ResolveAsync(async c => await Netwerken(c).WijzigGroepAsync(c.GetArgument<string>("id"), c.GetArgument<NetwerkGroepInvoer>("invoer"), c.Gebruiker(), c.CancellationToken));

        mutation.Field<NonNullGraphType<LidmaatschapResultaatGraphType>>("lidmaatschapToevoegen")
            .Description("Maakt een organisatie lid van een netwerk, eventueel in een groep. Een organisatie kan in meerdere groepen van een netwerk zitten, maar niet twee keer in dezelfde. " + AlleenBeheerder)
            .Argument<NonNullGraphType<IdGraphType>>("netwerkId", "De id van het netwerk.")
            .Argument<NonNullGraphType<IdGraphType>>("organisatieId", "De id van de organisatie.")
            .Argument<LidmaatschapInvoerGraphType>("invoer", "Rol, groep en begindatum; zonder: rol `LID`.")
            .ResolveAsync(async c => await Netwerken(c).VoegLidmaatschapToeAsync(
                c.GetArgument<string>("netwerkId"), c.GetArgument<string>("organisatieId"), c.GetArgument<LidmaatschapInvoer?>("invoer"), c.Gebruiker(), c.CancellationToken));

        mutation.Field<NonNullGraphType<LidmaatschapResultaatGraphType>>("lidmaatschapWijzigen")
            .Description("Wijzigt de rol, groep of begindatum van een lidmaatschap (zie `Lidmaatschap.id`). " + AlleenBeheerder)
            .Argument<NonNullGraphType<IdGraphType>>("id", "De id van het lidmaatschap.")
            .Argument<NonNullGraphType<LidmaatschapInvoerGraphType>>("invoer", "De velden die veranderen.")
            .ResolveAsync(async c => await Netwerken(c).WijzigLidmaatschapAsync(c.GetArgument<string>("id"), c.GetArgument<LidmaatschapInvoer>("invoer"), c.Gebruiker(), c.CancellationToken));

        mutation.Field<NonNullGraphType<LidmaatschapVerwijderResultaatGraphType>>("lidmaatschapVerwijderen")
            .Description("Haalt een organisatie uit een netwerk (of uit één groep ervan): het lidmaatschap wordt verwijderd. " + AlleenBeheerder)
            .Argument<NonNullGraphType<IdGraphType>>("id", "De id van het lidmaatschap.")
            .ResolveAsync(async c => await Netwerken(c).VerwijderLidmaatschapAsync(c.GetArgument<string>("id"), c.Gebruiker(), c.CancellationToken));

        return mutation;
    }

    private static OrganisatieRedactie Organisaties(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<OrganisatieRedactie>();

    private static NetwerkRedactie Netwerken(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<NetwerkRedactie>();
}

public sealed class OrganisatieResultaatGraphType() : WijzigResultaatGraphType<Organisatie, OrganisatieGraphType>(
    "OrganisatieResultaat", "organisatie", "Het resultaat van het toevoegen of wijzigen van een organisatie.", "De organisatie zoals die nu is opgeslagen.");

public sealed class NetwerkResultaatGraphType() : WijzigResultaatGraphType<Netwerk, NetwerkGraphType>(
    "NetwerkResultaat", "netwerk", "Het resultaat van het toevoegen of wijzigen van een netwerk.", "Het netwerk zoals het nu is opgeslagen.");

public sealed class NetwerkGroepResultaatGraphType() : WijzigResultaatGraphType<NetwerkGroep, NetwerkGroepGraphType>(
    "NetwerkGroepResultaat", "groep", "Het resultaat van het toevoegen of wijzigen van een groep binnen een netwerk.", "De groep zoals die nu is opgeslagen.");

public sealed class LidmaatschapResultaatGraphType() : WijzigResultaatGraphType<Lidmaatschap, LidmaatschapGraphType>(
    "LidmaatschapResultaat", "lidmaatschap", "Het resultaat van het toevoegen of wijzigen van een lidmaatschap.", "Het lidmaatschap zoals het nu is opgeslagen.");

public sealed class LidmaatschapVerwijderResultaatGraphType : ObjectGraphType<LidmaatschapVerwijderd>
{
    public LidmaatschapVerwijderResultaatGraphType()
    {
        Name = "LidmaatschapVerwijderResultaat";
        Description = "Het resultaat van het verwijderen van een lidmaatschap.";
        Field<NonNullGraphType<NetwerkGraphType>>("netwerk").Description("Het netwerk, zonder het verwijderde lidmaatschap.").Resolve(c => c.Source.Netwerk);
        Field<NonNullGraphType<OrganisatieGraphType>>("organisatie").Description("De organisatie, zonder het verwijderde lidmaatschap.").Resolve(c => c.Source.Organisatie);
    }
}
