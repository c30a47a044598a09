using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.Schema.Participatie;

public static class UitvraagMutations
{
    public static ObjectGraphType AddUitvraagMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<UitvraagGraphType>>("uitvraagStatusWijzigen")
            .Description(
                "Zet de status van een uitvraag: `CONCEPT` → `OPEN` → `GESLOTEN` → `RESULTATEN_GEPUBLICEERD`, en van `RESULTATEN_GEPUBLICEERD` terug naar `GESLOTEN` om de resultaten weer af te schermen. "
                + "Alleen voor het team van het traject en de beheerder. Een andere overgang geeft `INVALID_STATUS_TRANSITION`; de status die de uitvraag al heeft is geen fout. Een uitvraag zonder vragen gaat niet open (`NO_QUESTIONS`). "
                + "Met `RESULTATEN_GEPUBLICEERD` ziet iedereen de openbare resultaten (`Uitvraag.resultaten`).")
            .Argument<NonNullGraphType<IdGraphType>>("id", "De id van de uitvraag.")
            .Argument<NonNullGraphType<UitvraagStatusGraphType>>("status", "De nieuwe status.")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<UitvraagStatusDienst>()
                .WijzigAsync(c.GetArgument<string>("id"), c.GetArgument<UitvraagStatus>("status"), c.Gebruiker(), c.CancellationToken));

        const string Team = "Voor het team van het traject en de beheerder. Klopt de invoer niet, dan staat in `fouten` wat er mis is en wordt niets opgeslagen.";
        mutation.Field<NonNullGraphType<ParticipatietrajectResultaatGraphType>>("participatietrajectToevoegen")
            .Description("Maakt een nieuw participatietraject. Vraagt een API-sleutel van een beheerder; in het portaal kan ook een trajectteam een traject maken (en wordt dan het team ervan). Klopt de invoer niet, dan staat in `fouten` wat er mis is en wordt niets opgeslagen.")
            .Argument<NonNullGraphType<TrajectInvoerGraphType>>("invoer", "De gegevens van het traject.")
            .ResolveAsync(async c => await Redactie(c).VoegTrajectToeAsync(c.GetArgument<TrajectInvoer>("invoer"), c.Gebruiker(), null, c.CancellationToken));

        mutation.Field<NonNullGraphType<ParticipatietrajectResultaatGraphType>>("participatietrajectWijzigen")
            .Description("Wijzigt naam, omschrijving, onderwerp of fase van een participatietraject: alleen de velden die u meestuurt. " + Team)
            .Argument<NonNullGraphType<IdGraphType>>("id", "De id van het traject.")
            .Argument<NonNullGraphType<TrajectInvoerGraphType>>("invoer", "De velden die veranderen.")
            .ResolveAsync(async c => await Redactie(c).WijzigTrajectAsync(c.GetArgument<string>("id"), c.GetArgument<TrajectInvoer>("invoer"), c.Gebruiker(), c.CancellationToken));

        mutation.Field<NonNullGraphType<UitvraagResultaatGraphType>>("uitvraagToevoegen")
            .Description("Maakt een nieuwe uitvraag in een traject, als `CONCEPT`: alleen het team ziet haar tot ze op `OPEN` gaat (`uitvraagStatusWijzigen`). " + Team)
            .Argument<NonNullGraphType<IdGraphType>>("trajectId", "De id van het traject.")
            .Argument<NonNullGraphType<UitvraagInvoerGraphType>>("invoer", "De gegevens van de uitvraag.")
            .ResolveAsync(async c => await Redactie(c).VoegUitvraagToeAsync(c.GetArgument<string>("trajectId"), c.GetArgument<UitvraagInvoer>("invoer"), c.Gebruiker(), c.CancellationToken));

        mutation.Field<NonNullGraphType<UitvraagResultaatGraphType>>("uitvraagWijzigen")
            .Description("Wijzigt een uitvraag: alleen de velden die u meestuurt. Een meegestuurde tekst vervangt die tekst in alle talen. " + Team)
            .Argument<NonNullGraphType<IdGraphType>>("id", "De id van de uitvraag.")
            .Argument<NonNullGraphType<UitvraagInvoerGraphType>>("invoer", "De velden die veranderen.")
            .ResolveAsync(async c => await Redactie(c).WijzigUitvraagAsync(c.GetArgument<string>("id"), c.GetArgument<UitvraagInvoer>("invoer"), c.Gebruiker(), c.CancellationToken));

        mutation.Field<NonNullGraphType<UitvraagResultaatGraphType>>("uitvraagKopieren")
            .Description("Maakt een kopie van een uitvraag als nieuw `CONCEPT` in hetzelfde traject, met alle teksten, instellingen, vragen en keuzes, maar zonder reacties; de titel krijgt `(kopie)`. Zo verandert u de vragen van een uitvraag die al reacties heeft. " + Team)
            .Argument<NonNullGraphType<IdGraphType>>("id", "De id van de uitvraag om te kopiëren.")
            .ResolveAsync(async c => await Redactie(c).KopieerUitvraagAsync(c.GetArgument<string>("id"), c.Gebruiker(), c.CancellationToken));

        return mutation;
    }

    private static UitvraagRedactie Redactie(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<UitvraagRedactie>();
}

/// <summary>Moves an uitvraag through its life: drafted, open for reacties, closed, results published.</summary>
public sealed class UitvraagStatusDienst(IDbContextFactory<SociaalNetwerkDbContext> databank, TimeProvider klok)
{
    private static readonly HashSet<(UitvraagStatus Van, UitvraagStatus Naar)> Overgangen =
    [
        (UitvraagStatus.Concept, UitvraagStatus.Open),
        (UitvraagStatus.Open, UitvraagStatus.Gesloten),
        (UitvraagStatus.Gesloten, UitvraagStatus.ResultatenGepubliceerd),
        (UitvraagStatus.ResultatenGepubliceerd, UitvraagStatus.Gesloten),
    ];

    public static bool MagNaar(UitvraagStatus van, UitvraagStatus naar) => van == naar || Overgangen.Contains((van, naar));

    public async Task<Uitvraag> WijzigAsync(string id, UitvraagStatus status, Gebruiker gebruiker, CancellationToken cancellationToken)
    {
        var uitvraagId = GlobalId.LeesInt(id, nameof(Uitvraag));
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
        var uitvraag = await db.Uitvragen.FirstOrDefaultAsync(u => u.Id == uitvraagId, cancellationToken);
        if (uitvraag is null || !Zichtbaarheid.MagZien(gebruiker, uitvraag))
        {
            throw new SociaalNetwerkException(FoutCodes.NietGevonden, id);
        }

        gebruiker.Vereis(gebruiker.IsTeamVan(uitvraag.ParticipatietrajectId));
        if (!MagNaar(uitvraag.Status, status))
        {
            throw new SociaalNetwerkException(FoutCodes.OngeldigeStatusovergang, Naam(uitvraag.Status), Naam(status));
        }

        // Open without questions, residents would get a form with only a send button (and empty reacties would count).
        if (uitvraag.Status == UitvraagStatus.Concept && status == UitvraagStatus.Open
            && !await db.Vragen.AnyAsync(v => v.UitvraagId == uitvraagId, cancellationToken))
        {
            throw new SociaalNetwerkException(FoutCodes.GeenVragen);
        }

        if (uitvraag.Status != status)
        {
            uitvraag.Status = status;
            // Logged like every edit (Bewerker), in the same transaction.
            await Wijzigingen.Wijzigingslog.BewaarAsync(db, gebruiker, klok.GetUtcNow().UtcDateTime, cancellationToken);
            await transactie.CommitAsync(cancellationToken);
        }

        return uitvraag;
    }

    /// <summary>The value as the schema spells it, e.g. <c>RESULTATEN_GEPUBLICEERD</c>: the same in every language.</summary>
    private static string Naam(UitvraagStatus status) => status.ToString().ToConstantCase();
}
