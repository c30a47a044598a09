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
                + "Alleen voor het team van het traject en de beheerder. Een andere overgang geeft `INVALID_STATUS_TRANSITION`; de status die de uitvraag al heeft is geen fout. "
                + "Met `RESULTATEN_GEPUBLICEERD` ziet iedereen de openbare resultaten (`Uitvraag.resultaten`).")
            .Argument<NonNullGraphType<IdGraphType>>("id", "De id van de uitvraag.")
            .Argument<NonNullGraphType<UitvraagStatusGraphType>>("status", "De nieuwe status.")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<UitvraagStatusDienst>()
                .WijzigAsync(c.GetArgument<string>("id"), c.GetArgument<UitvraagStatus>("status"), c.Gebruiker(), c.CancellationToken));

        return mutation;
    }
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
