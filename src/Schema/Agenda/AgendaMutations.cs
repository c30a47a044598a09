using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Redactie;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.Schema.Agenda;

public static class AgendaMutations
{
    private const string Toegang = "Vraagt een API-sleutel van een beheerder, of van een redacteur van een van de organisatoren.";

    public static ObjectGraphType AddAgendaMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ActiviteitResultaatGraphType>>("activiteitToevoegen")
            .Description("Zet een nieuwe activiteit in de agenda. De organisatie van de redacteur wordt organisator; een beheerder geeft de organisatoren op in `organisatorIds`. De data (`Voorkomen`) staan meteen in de agenda. Klopt de invoer niet, dan staat in `fouten` wat er mis is en wordt niets opgeslagen. Vraagt een API-sleutel van een redacteur of beheerder.")
            .Argument<NonNullGraphType<ActiviteitInvoerGraphType>>("invoer", "De gegevens van de activiteit.")
            .ResolveAsync(async c => await Redactie(c).VoegToeAsync(c.GetArgument<ActiviteitInvoer>("invoer"), c.Gebruiker(), c.CancellationToken));

        mutation.Field<NonNullGraphType<ActiviteitResultaatGraphType>>("activiteitWijzigen")
            .Description("Wijzigt een activiteit: alleen de velden die u meestuurt. Bij een terugkerende activiteit geldt dat voor de hele reeks; de data in de agenda worden opnieuw berekend en geannuleerde data blijven geannuleerd. " + Toegang)
            .Argument<NonNullGraphType<IdGraphType>>("id", "De id van de activiteit.")
            .Argument<NonNullGraphType<ActiviteitInvoerGraphType>>("invoer", "De velden die veranderen.")
            .ResolveAsync(async c => await Redactie(c).WijzigAsync(c.GetArgument<string>("id"), c.GetArgument<ActiviteitInvoer>("invoer"), c.Gebruiker(), c.CancellationToken));

        mutation.Field<NonNullGraphType<ActiviteitResultaatGraphType>>("activiteitAnnuleren")
            .Description("Annuleert de hele activiteit: elke datum staat in de agenda als `GEANNULEERD`, met de reden. Terugzetten kan met `activiteitWijzigen` en `status: GEPLAND`. " + Toegang)
            .Argument<NonNullGraphType<IdGraphType>>("id", "De id van de activiteit.")
            .Argument<StringGraphType>("reden", $"Waarom de activiteit niet doorgaat, voor bewoners (hoogstens {ActiviteitRedactie.MaxRedenLengte} tekens), bijvoorbeeld 'De vrijwilliger is ziek'.")
            .ResolveAsync(async c => await Redactie(c).AnnuleerAsync(c.GetArgument<string>("id"), c.GetArgument<string?>("reden"), c.Gebruiker(), c.CancellationToken));

        mutation.Field<NonNullGraphType<VoorkomenResultaatGraphType>>("voorkomenAnnuleren")
            .Description("Annuleert één datum van een terugkerende activiteit; de reeks gaat door. De datum blijft in de agenda staan als `GEANNULEERD`, ook als de reeks later wordt gewijzigd. " + Toegang)
            .Argument<NonNullGraphType<IdGraphType>>("activiteitId", "De id van de activiteit.")
            .Argument<NonNullGraphType<TijdstipGraphType>>("start", "De begintijd van die datum, precies zoals in `Voorkomen.start`.")
            .Argument<StringGraphType>("reden", $"Waarom deze datum niet doorgaat, voor bewoners (hoogstens {ActiviteitRedactie.MaxRedenLengte} tekens), bijvoorbeeld 'Het buurthuis is gesloten'. Te zien als `Voorkomen.annuleringReden`.")
            .ResolveAsync(async c => await Redactie(c).ZetVoorkomenAsync(c.GetArgument<string>("activiteitId"), c.GetArgument<DateTime>("start"), annuleren: true, c.Gebruiker(), c.CancellationToken, c.GetArgument<string?>("reden")));

        mutation.Field<NonNullGraphType<VoorkomenResultaatGraphType>>("voorkomenHerstellen")
            .Description("Zet een geannuleerde datum van een terugkerende activiteit terug: die gaat toch door. " + Toegang)
            .Argument<NonNullGraphType<IdGraphType>>("activiteitId", "De id van de activiteit.")
            .Argument<NonNullGraphType<TijdstipGraphType>>("start", "De begintijd van die datum, precies zoals in `Voorkomen.start`.")
            .ResolveAsync(async c => await Redactie(c).ZetVoorkomenAsync(c.GetArgument<string>("activiteitId"), c.GetArgument<DateTime>("start"), annuleren: false, c.Gebruiker(), c.CancellationToken));

        mutation.Field<NonNullGraphType<ActiviteitVerwijderResultaatGraphType>>("activiteitVerwijderen")
            .Description("Verwijdert een activiteit die per vergissing is aangemaakt, met al haar data. Gaat een activiteit niet door, annuleer haar dan (`activiteitAnnuleren`): dan zien bewoners dat. " + Toegang)
            .Argument<NonNullGraphType<IdGraphType>>("id", "De id van de activiteit.")
            .ResolveAsync(async c => new ActiviteitVerwijderd(await Redactie(c).VerwijderAsync(c.GetArgument<string>("id"), c.Gebruiker(), c.CancellationToken)));

        return mutation;
    }

    private static ActiviteitRedactie Redactie(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<ActiviteitRedactie>();
}

public sealed class ActiviteitResultaatGraphType() : WijzigResultaatGraphType<Activiteit, ActiviteitGraphType>(
    "ActiviteitResultaat", "activiteit", "Het resultaat van het toevoegen, wijzigen of annuleren van een activiteit.", "De activiteit zoals die nu is opgeslagen.");

public sealed class VoorkomenResultaatGraphType() : WijzigResultaatGraphType<Voorkomen, VoorkomenGraphType>(
    "VoorkomenResultaat", "voorkomen", "Het resultaat van het annuleren of herstellen van één datum van een activiteit.", "De datum, met zijn nieuwe status.");

/// <summary>The answer of <c>activiteitVerwijderen</c>: the id the activity had.</summary>
public sealed record ActiviteitVerwijderd(string Id);

public sealed class ActiviteitVerwijderResultaatGraphType : ObjectGraphType<ActiviteitVerwijderd>
{
    public ActiviteitVerwijderResultaatGraphType()
    {
        Name = "ActiviteitVerwijderResultaat";
        Description = "Het resultaat van het verwijderen van een activiteit.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("De id van de verwijderde activiteit; die bestaat nu niet meer.").Resolve(c => c.Source.Id);
    }
}
