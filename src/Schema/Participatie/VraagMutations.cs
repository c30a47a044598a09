using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Redactie;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.Schema.Participatie;

public static class VraagMutations
{
    private const string Toegang = "Voor het team van het traject en de beheerder.";

    private const string Bevroren = "Heeft de uitvraag al reacties (proefreacties tellen niet), dan liggen de vragen vast en geeft dit `UITVRAAG_FROZEN`: maak dan een kopie van de uitvraag (`uitvraagKopieren`).";

    public static ObjectGraphType AddVraagMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<VraagWijzigResultaatGraphType>>("vraagToevoegen")
            .Description("Voegt een vraag toe aan het eind van een uitvraag, met haar opties in volgorde. `type` en `tekst` (met Nederlands) zijn verplicht. Klopt de invoer niet, dan staat in `fouten` wat er mis is en wordt niets opgeslagen. " + Bevroren + " " + Toegang)
            .Argument<NonNullGraphType<IdGraphType>>("uitvraagId", "De id van de uitvraag.")
            .Argument<NonNullGraphType<VraagInvoerGraphType>>("invoer", "De vraag.")
            .ResolveAsync(async c => await Redactie(c).VoegToeAsync(c.GetArgument<string>("uitvraagId"), c.GetArgument<VraagInvoer>("invoer"), c.Gebruiker(), c.CancellationToken));

        mutation.Field<NonNullGraphType<VraagWijzigResultaatGraphType>>("vraagWijzigen")
            .Description("Wijzigt een vraag: alleen de velden die u meestuurt. Heeft de uitvraag al reacties, dan kunnen alleen de teksten nog veranderen (tekstcorrecties, met oud en nieuw in het wijzigingslog); een ander type, andere opties of een andere volgorde van de opties geeft dan in `fouten` de code `UITVRAAG_FROZEN`. " + Toegang)
            .Argument<NonNullGraphType<IdGraphType>>("id", "De id van de vraag.")
            .Argument<NonNullGraphType<VraagInvoerGraphType>>("invoer", "De velden die veranderen.")
            .ResolveAsync(async c => await Redactie(c).WijzigAsync(c.GetArgument<string>("id"), c.GetArgument<VraagInvoer>("invoer"), c.Gebruiker(), c.CancellationToken));

        mutation.Field<NonNullGraphType<VraagWijzigResultaatGraphType>>("vraagVerplaatsen")
            .Description("Zet een vraag op een andere plaats in de uitvraag; de andere vragen schuiven op. " + Bevroren + " " + Toegang)
            .Argument<NonNullGraphType<IdGraphType>>("id", "De id van de vraag.")
            .Argument<NonNullGraphType<IntGraphType>>("naarNummer", "Het nieuwe nummer van de vraag (`Vraag.nummer`): 1 is de eerste, het aantal vragen de laatste. Eén omhoog is het huidige nummer min 1.")
            .ResolveAsync(async c => await Redactie(c).VerplaatsAsync(c.GetArgument<string>("id"), c.GetArgument<int>("naarNummer"), c.Gebruiker(), c.CancellationToken));

        mutation.Field<NonNullGraphType<VraagVerwijderResultaatGraphType>>("vraagVerwijderen")
            .Description("Verwijdert een vraag met haar opties; de vragen erna schuiven een plaats op. " + Bevroren + " " + Toegang)
            .Argument<NonNullGraphType<IdGraphType>>("id", "De id van de vraag.")
            .ResolveAsync(async c => await Redactie(c).VerwijderAsync(c.GetArgument<string>("id"), c.Gebruiker(), c.CancellationToken));

        return mutation;
    }

    private static VraagRedactie Redactie(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<VraagRedactie>();
}

public sealed class VraagWijzigResultaatGraphType() : WijzigResultaatGraphType<Vraag, VraagGraphType>(
    "VraagWijzigResultaat", "vraag", "Het resultaat van het toevoegen, wijzigen of verplaatsen van een vraag.", "De vraag zoals die nu is opgeslagen.");

public sealed class VraagVerwijderResultaatGraphType : ObjectGraphType<VraagVerwijderd>
{
    public VraagVerwijderResultaatGraphType()
    {
        Name = "VraagVerwijderResultaat";
        Description = "Het resultaat van het verwijderen van een vraag.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("De id van de verwijderde vraag; die bestaat nu niet meer.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<UitvraagGraphType>>("uitvraag").Description("De uitvraag, met haar vragen zoals ze nu zijn.")
            .Resolve(c => c.RequestServices!.GetRequiredService<UitvraagByIdDataLoader>().Laad(c.Source.UitvraagId));
    }
}

public sealed class OptieInvoerGraphType : InputObjectGraphType<OptieInvoer>
{
    public OptieInvoerGraphType()
    {
        Name = "OptieInvoer";
        Description = "Een keuze van een vraag, of een bekende factor.";
        Field<IdGraphType>("id").Description("De id van een bestaande optie (`Antwoordoptie.id`): die blijft dezelfde, met de antwoorden die erop gegeven zijn. Laat weg voor een nieuwe optie.");
        Field<NonNullGraphType<VertaalbaarInvoerGraphType>>("tekst").Description($"De tekst van de optie, hoogstens {VraagRedactie.MaxOptieLengte} tekens per taal.");
    }
}

public sealed class VraagInvoerGraphType : GedeeltelijkeInvoerGraphType<VraagInvoer>
{
    public VraagInvoerGraphType()
    {
        Name = "VraagInvoer";
        Description = "De gegevens van een vraag. Bij `vraagToevoegen` zijn `type` en `tekst` verplicht. Bij `vraagWijzigen` blijft een veld dat u weglaat zoals het is en maakt `null` een veld leeg. Velden die niet bij het type passen geven `NOT_APPLICABLE`; bij een ander type vervallen ze vanzelf.";
        Field<VraagTypeGraphType>("type").Description("Wat voor antwoord de vraag verwacht.");
        Field<BooleanGraphType>("verplicht").Description("Of een antwoord nodig is. Standaard niet.");
        Field<VertaalbaarInvoerGraphType>("tekst").Description($"De vraag, hoogstens {VraagRedactie.MaxTekstLengte} tekens per taal.");
        Field<VertaalbaarInvoerGraphType>("toelichting").Description($"Uitleg bij de vraag, hoogstens {VraagRedactie.MaxToelichtingLengte} tekens per taal.");
        Field<IntGraphType>("maxLengte").Description($"Bij `OPEN_TEKST`: hoeveel tekens het antwoord hoogstens mag hebben (1 tot {VraagRedactie.MaxMaxLengte}; zonder: {ReactieRegels.StandaardMaxLengte}).");
        Field<IntGraphType>("maxKeuzes").Description($"Bij `MEERDERE_KEUZES`: hoeveel opties iemand hoogstens kiest (hoogstens het aantal opties). Bij `FACTOREN`: hoeveel helpende en hoeveel remmende factoren iemand hoogstens noemt (1 tot {VraagRedactie.MaxFactoren}). Zonder: geen grens.");
        Field<IntGraphType>("schaalMin").Description($"Bij `SCHAAL` (verplicht): de laagste waarde, {VraagRedactie.SchaalOndergrens} tot {VraagRedactie.SchaalBovengrens}, lager dan `schaalMax`.");
        Field<IntGraphType>("schaalMax").Description($"Bij `SCHAAL` (verplicht): de hoogste waarde, {VraagRedactie.SchaalOndergrens} tot {VraagRedactie.SchaalBovengrens}.");
        Field<VertaalbaarInvoerGraphType>("schaalLabelMin").Description($"Bij `SCHAAL`: wat de laagste waarde betekent, hoogstens {VraagRedactie.MaxLabelLengte} tekens per taal.");
        Field<VertaalbaarInvoerGraphType>("schaalLabelMax").Description($"Bij `SCHAAL`: wat de hoogste waarde betekent, hoogstens {VraagRedactie.MaxLabelLengte} tekens per taal.");
        Field<BooleanGraphType>("eigenFactorenToegestaan").Description("Bij `FACTOREN`: of iemand ook eigen factoren mag noemen naast de lijst. Zonder lijst is dit verplicht `true`.");
        Field<ListGraphType<NonNullGraphType<OptieInvoerGraphType>>>("opties").Description($"De keuzes (bij `EEN_KEUZE` en `MEERDERE_KEUZES` minstens 2) of de bekende factoren (bij `FACTOREN`), in volgorde, hoogstens {VraagRedactie.MaxOpties}. Vervangt de hele lijst: een optie met `id` blijft bestaan, een optie zonder `id` is nieuw, een optie die u niet meestuurt vervalt. Niet bij `OPEN_TEKST` en `SCHAAL`.");
    }
}
