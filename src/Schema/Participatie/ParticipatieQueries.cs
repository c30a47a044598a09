using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.Schema.Participatie;

public static class ParticipatieQueries
{
    /// <summary>The key of <see cref="GraphQL.ExecutionOptions.UserContext"/> under which the transport puts the client's address.</summary>
    public const string ClientAdres = "sn:client";

    /// <summary>The key of the user context under which a valid preview link's uitvraag id is kept for the request.</summary>
    private const string ProefSleutel = "sn:proef";

    public static ObjectGraphType AddParticipatieFields(this ObjectGraphType query)
    {
        query.Alle<ParticipatietrajectGraphType, Participatietraject>("participatietrajecten", "Alle participatietrajecten, op naam.", db => db.Participatietrajecten.AsNoTracking().OrderBy(t => t.Naam));
        query.OpId<ParticipatietrajectGraphType, Participatietraject, ParticipatietrajectByIdDataLoader>("participatietraject", "Eén participatietraject op id; leeg als het niet bestaat.", "De id van het traject.");

        query.Field<UitvraagGraphType>("uitvraag")
            .Description("Eén uitvraag op id, met haar vragen, in de gevraagde taal. Leeg als ze niet bestaat of (als concept) niet zichtbaar is.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "De id van de uitvraag.")
            .Argument<TaalGraphType>("taal", "De taal van de teksten. Zonder: de taal uit `Accept-Language`. Is de uitvraag niet helemaal in die taal vertaald (`beschikbareTalen`), dan is ze helemaal Nederlands.")
            .Argument<StringGraphType>("proefToken", "Het token van een proeflink (`proeflinkMaken`): daarmee is ook een uitvraag in concept zichtbaar, om haar als proef in te vullen. Een ongeldig of verlopen token geeft `INVALID_PREVIEW_TOKEN`.")
            .Resolve(c =>
            {
                Taalkeuze.Zet(c, c.GetArgument<string?>("taal"));
                var id = GlobalId.ProbeerInt(c.GetArgument<string>("id"), nameof(Uitvraag));
                if (c.GetArgument<string?>("proefToken") is { } token)
                {
                    if (id is null || !c.RequestServices!.GetRequiredService<Proeflinks>().IsGeldig(token, id.Value))
                    {
                        throw new SociaalNetwerkException(FoutCodes.OngeldigeProeflink);
                    }

                    c.UserContext[ProefSleutel] = id.Value;
                }

                // A loader result, not an awaited value: aliased uitvraag fields on one level share one statement.
                return id is { } uitvraagId
                    ? new ZichtbaarResultaat<Uitvraag>(c, c.RequestServices!.GetRequiredService<UitvraagByIdDataLoader>().Laad(uitvraagId), MagUitvraagInTaalZienAsync)
                    : null;
            });

        return query;
    }

    public static ObjectGraphType AddParticipatieMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ReactieResultaatGraphType>>("reactieIndienen")
            .Description("Dient een reactie op een open uitvraag in. Elk antwoord wordt gecontroleerd; fouten komen per vraag terug in `fouten` en dan wordt niets opgeslagen. Een nieuwe poging met dezelfde `idempotentieSleutel` en dezelfde inhoud geeft het eerste resultaat terug; dezelfde sleutel met een andere inhoud geeft de fout `IDEMPOTENCY_KEY_REUSED`. Het team van het traject voert hiermee ook reacties van papier of uit gesprekken in (`kanaal`, met `formuliernummer`), bij een open of gesloten uitvraag (anders `ENTRY_NOT_POSSIBLE`).")
            .Argument<NonNullGraphType<ReactieInvoerGraphType>>("invoer", "De reactie.")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<ReactieDienst>()
                .DienInAsync(c.GetArgument<ReactieInvoer>("invoer"), c.Gebruiker(), Adres(c), c.CancellationToken));

        mutation.Field<NonNullGraphType<IntrekResultaatGraphType>>("reactieIntrekken")
            .Description("Trekt een reactie in met de ontvangstcode die de respondent kreeg: de reactie en al haar antwoorden worden verwijderd.")
            .Argument<NonNullGraphType<StringGraphType>>("ontvangstcode", "De ontvangstcode, bijvoorbeeld `ABCD-2345-WXYZ` (hoofdletters, spaties en streepjes maken niet uit).")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<ReactieDienst>()
                .TrekInAsync(c.GetArgument<string>("ontvangstcode"), Adres(c), c.CancellationToken));

        mutation.Field<NonNullGraphType<ReactieResultaatGraphType>>("reactieCorrigeren")
            .Description(
                "Verbetert een reactie die het team van papier of uit een gesprek heeft ingevoerd (een tikfout): antwoorden, profiel en contactgegevens worden vervangen en gecontroleerd als bij een nieuwe reactie. "
                + "Alleen voor het team van het traject en de beheerder, bij een open of gesloten uitvraag. Een online reactie blijft van de respondent: `ONLINE_REACTIE`. "
                + "Komt in het wijzigingslog: wie, wanneer, formuliernummer en kanaal, en dát de antwoorden veranderden — nooit de antwoorden zelf.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "De id van de reactie.")
            .Argument<NonNullGraphType<ReactieCorrectieGraphType>>("invoer", "De verbeterde reactie.")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<ReactieDienst>()
                .CorrigeerAsync(c.GetArgument<string>("id"), c.GetArgument<ReactieCorrectie>("invoer"), c.Gebruiker(), c.CancellationToken));

        mutation.Field<NonNullGraphType<ReactieVerwijderdGraphType>>("reactieVerwijderen")
            .Description(
                "Verwijdert een reactie die het team van papier of uit een gesprek heeft ingevoerd, met al haar antwoorden; het formuliernummer komt weer vrij. "
                + "Alleen voor het team van het traject en de beheerder, bij een open of gesloten uitvraag. Een online reactie blijft van de respondent (die trekt haar in met de ontvangstcode): `ONLINE_REACTIE`. "
                + "Komt in het wijzigingslog, zonder de antwoorden.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "De id van de reactie.")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<ReactieDienst>()
                .VerwijderAsync(c.GetArgument<string>("id"), c.Gebruiker(), c.CancellationToken));

        mutation.Field<NonNullGraphType<ProeflinkGraphType>>("proeflinkMaken")
            .Description($"Maakt een proeflink voor een uitvraag, ook in concept: collega's vullen haar daarmee als proef in (`/uitvragen/{{id}}/proef/{{token}}`, of `proefToken` bij `uitvraag` en `reactieIndienen`). Proefreacties tellen nooit mee. De link werkt {(int)Proeflinks.Geldigheid.TotalDays} dagen. Alleen voor het team van het traject en de beheerder.")
            .Argument<NonNullGraphType<IdGraphType>>("uitvraagId", "De id van de uitvraag.")
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<string>("uitvraagId");
                var uitvraag = await c.RequestServices!.GetRequiredService<UitvraagByIdDataLoader>().Laad(GlobalId.LeesInt(id, nameof(Uitvraag))).GetResultAsync(c.CancellationToken);
                var gebruiker = c.Gebruiker();
                if (uitvraag is null || !Zichtbaarheid.MagZien(gebruiker, uitvraag))
                {
                    gebruiker.Vereis(gebruiker.Rol is not null);
                    throw new SociaalNetwerkException(FoutCodes.NietGevonden, id);
                }

                gebruiker.Vereis(gebruiker.IsTeamVan(uitvraag.ParticipatietrajectId));
                return c.RequestServices!.GetRequiredService<Proeflinks>().Maak(uitvraag.Id);
            });

        return mutation.AddUitvraagMutations().AddVraagMutations();
    }

    public static IServiceCollection AddParticipatie(this IServiceCollection services) => services
        .AddNode<Participatietraject, ParticipatietrajectByIdDataLoader>()
        .AddNode<Uitvraag, UitvraagByIdDataLoader>(MagUitvraagZien)
        .AddNode<Vraag, VraagByIdDataLoader>(async (c, vraag, ct) =>
            await c.RequestServices!.GetRequiredService<UitvraagByIdDataLoader>().Laad(vraag.UitvraagId).GetResultAsync(ct) is { } uitvraag
            && Zichtbaarheid.MagZien(c.Gebruiker(), uitvraag))
        .AddScoped<AntwoordoptieByIdDataLoader>()
        .AddScoped<UitvragenByTrajectDataLoader>()
        .AddScoped<VragenByUitvraagDataLoader>()
        .AddScoped<OptiesByVraagDataLoader>()
        .AddScoped<AntwoordenByReactieDataLoader>()
        .AddScoped<AantalReactiesByUitvraagDataLoader>()
        .AddScoped<ReactieZoeker>()
        .AddScoped<ReactieRegels>()
        .AddScoped<ReactieDienst>()
        .AddSingleton<Ontvangstcodes>()
        .AddSingleton<BewaartermijnOpruimer>()
        .AddSingleton<InzendLimiet>()
        .AddSingleton<Reactieschrijver>()
        .AddSingleton<Uitvraagdefinities>()
        .AddScoped<ResultatenBerekenaar>()
        .AddScoped<ResultatenByUitvraagDataLoader>()
        .AddScoped<OpenAntwoordenByVraagDataLoader>()
        .AddScoped<TeamFactorenByVraagDataLoader>()
        .AddScoped<VragenMetOptiesByUitvraagDataLoader>()
        .AddScoped<UitvraagStatusDienst>()
        .AddScoped<TeamResultaten>()
        .AddScoped<UitvraagRedactie>()
        .AddScoped<VraagRedactie>()
        .AddSingleton<Proeflinks>()
        .AddMetrics()
        .AddSingleton<Telemetrie.Metrieken>();

    private static Task<bool> MagUitvraagZien(IResolveFieldContext c, Uitvraag uitvraag, CancellationToken _) =>
        Task.FromResult(Zichtbaarheid.MagZien(c.Gebruiker(), uitvraag)
            || (c.UserContext.TryGetValue(ProefSleutel, out var proef) && proef is int id && id == uitvraag.Id));

    /// <summary>As <see cref="MagUitvraagZien"/>, and chooses the language: Dutch when the asked one is not complete.</summary>
    private static async Task<bool> MagUitvraagInTaalZienAsync(IResolveFieldContext c, Uitvraag uitvraag, CancellationToken cancellationToken)
    {
        if (!await MagUitvraagZien(c, uitvraag, cancellationToken))
        {
            return false;
        }

        await Taalkeuze.KiesVoorUitvraagAsync(c, uitvraag, cancellationToken);
        return true;
    }

    private static string? Adres(IResolveFieldContext c) => c.UserContext.TryGetValue(ClientAdres, out var adres) ? adres as string : null;
}
