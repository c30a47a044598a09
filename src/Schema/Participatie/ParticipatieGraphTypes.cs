using System.Collections.Concurrent;
using System.Globalization;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Toegang;
using SociaalNetwerk.Schema.Wijken;

namespace SociaalNetwerk.Schema.Participatie;

/// <summary>
/// The language texts of uitvragen are shown in: the <c>taal</c> argument, else <c>Accept-Language</c>, else Dutch.
/// An uitvraag (asked through <c>uitvraag(id:)</c>) that is not completely translated into that language is shown
/// wholly in Dutch, with its questions and options: an uitvraag offers only its complete languages.
/// </summary>
public static class Taalkeuze
{
    private const string Sleutel = "sn:taal";
    private const string PerUitvraag = "sn:taal:uitvraag";

    public static void Zet(IResolveFieldContext context, string? taal)
    {
        if (taal is not null)
        {
            context.UserContext[Sleutel] = taal;
        }
    }

    /// <summary>The asked language.</summary>
    public static string Van(IResolveFieldContext context) =>
        context.UserContext.TryGetValue(Sleutel, out var taal) && taal is string t ? t : CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    /// <summary>
    /// Shows an uitvraag in Dutch when the asked language is not one of its complete languages (loading its questions
    /// and options once to tell). Only needed when another language than Dutch is asked.
    /// </summary>
    public static async Task KiesVoorUitvraagAsync(IResolveFieldContext context, Uitvraag uitvraag, CancellationToken cancellationToken)
    {
        var taal = Van(context);
        if (taal == Vertaalbaar.Nederlands)
        {
            return;
        }

        var (status, vragen) = await Vertalingen.StatusAsync(context, uitvraag, cancellationToken);
        if (status.FirstOrDefault(s => s.Taal == taal) is not { Compleet: true })
        {
            var keuzes = Keuzes(context);
            keuzes[(nameof(Uitvraag), uitvraag.Id)] = Vertaalbaar.Nederlands;
            foreach (var vraag in vragen)
            {
                keuzes[(nameof(Vraag), vraag.Id)] = Vertaalbaar.Nederlands;
            }
        }
    }

    /// <summary>The language of an uitvraag's texts (<paramref name="soort"/> Uitvraag) or of a vraag's options (Vraag).</summary>
    public static string Voor(IResolveFieldContext context, string soort, int id) =>
        context.UserContext.TryGetValue(PerUitvraag, out var k) && k is ConcurrentDictionary<(string, int), string> keuzes && keuzes.TryGetValue((soort, id), out var taal)
            ? taal
            : Van(context);

    public static string Tekst(this IResolveFieldContext context, Vertaalbaar? tekst) => tekst?.In(Van(context)) ?? string.Empty;

    /// <summary>A text of an uitvraag (<paramref name="soort"/> Uitvraag, its id) or of a vraag's options (Vraag, its id), in the chosen language.</summary>
    public static string Tekst(this IResolveFieldContext context, Vertaalbaar? tekst, string soort, int id) => tekst?.In(Voor(context, soort, id)) ?? string.Empty;

    private static ConcurrentDictionary<(string, int), string> Keuzes(IResolveFieldContext context)
    {
        lock (context.UserContext)
        {
            if (context.UserContext.TryGetValue(PerUitvraag, out var k) && k is ConcurrentDictionary<(string, int), string> keuzes)
            {
                return keuzes;
            }

            var nieuw = new ConcurrentDictionary<(string, int), string>();
            context.UserContext[PerUitvraag] = nieuw;
            return nieuw;
        }
    }
}

/// <summary>
/// The translation state of uitvragen from <see cref="VragenMetOptiesByUitvraagDataLoader"/>: the uitvragen of one
/// level of a query share one statement.
/// </summary>
public static class Vertalingen
{
    /// <summary>The state per language, batched with every other uitvraag of the same level (not awaited here).</summary>
    public static IDataLoaderResult<IReadOnlyList<Vertaalstatus>> Status(IResolveFieldContext context, Uitvraag uitvraag) =>
        context.RequestServices!.GetRequiredService<VragenMetOptiesByUitvraagDataLoader>().Laad(uitvraag.Id)
            .Dan(vragen => Vertaalstatus.Van(uitvraag, vragen, v => v.Opties));

    public static async Task<(IReadOnlyList<Vertaalstatus> Status, IReadOnlyList<Vraag> Vragen)> StatusAsync(IResolveFieldContext context, Uitvraag uitvraag, CancellationToken cancellationToken)
    {
        var vragen = await context.RequestServices!.GetRequiredService<VragenMetOptiesByUitvraagDataLoader>().Laad(uitvraag.Id).GetResultAsync(cancellationToken);
        return (Vertaalstatus.Van(uitvraag, vragen, v => v.Opties), vragen);
    }
}

public sealed class ParticipatietrajectGraphType : ObjectGraphType<Participatietraject>
{
    public ParticipatietrajectGraphType()
    {
        Name = "Participatietraject";
        Description = "Een participatietraject rond één beleidsvraag, zoals de Visie Sterke Sociale Basis, met een of meer uitvragen.";
        Interface<NodeInterfaceGraphType>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("De wereldwijd unieke id.").Resolve(c => GlobalId.Maak(nameof(Participatietraject), c.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("naam").Description("De naam van het traject.").Resolve(c => c.Source.Naam);
        Field<NonNullGraphType<StringGraphType>>("omschrijving").Description("Waar het traject over gaat, in eenvoudige taal.").Resolve(c => c.Source.Omschrijving);
        Field<NonNullGraphType<StringGraphType>>("onderwerp").Description("Het beleidsonderwerp.").Resolve(c => c.Source.Onderwerp);
        Field<NonNullGraphType<TrajectFaseGraphType>>("fase").Description("In welke fase het traject is.").Resolve(c => c.Source.Fase);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UitvraagGraphType>>>>("uitvragen")
            .Description("De uitvragen van dit traject. Uitvragen in concept ziet alleen het team van het traject.")
            .KleineLijst()
            .Resolve(c =>
            {
                // Not awaited here: the uitvragen of every traject of the list share one statement (awaiting in the
                // resolver would send the first traject's key on its own, and the rest in as many batches as timing gives).
                var gebruiker = c.Gebruiker();
                return c.RequestServices!.GetRequiredService<UitvragenByTrajectDataLoader>().Laad(c.Source.Id)
                    .Dan(uitvragen => (IReadOnlyList<Uitvraag>)uitvragen.Where(u => Zichtbaarheid.MagZien(gebruiker, u)).ToList());
            });
    }
}

public sealed class UitvraagGraphType : ObjectGraphType<Uitvraag>
{
    public UitvraagGraphType()
    {
        Name = "Uitvraag";
        Description = "Een participatie-uitvraag: vragen aan inwoners, vrijwilligers, informele netwerken en organisaties. Teksten staan in de gevraagde taal, met Nederlands als terugval.";
        Interface<NodeInterfaceGraphType>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("De wereldwijd unieke id.").Resolve(c => GlobalId.Maak(nameof(Uitvraag), c.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("titel").Description("De titel.").Resolve(c => c.Tekst(c.Source.Titel, nameof(Uitvraag), c.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("inleiding").Description("De inleiding: waarom deze vragen, wat er met de antwoorden gebeurt. Platte tekst.").Resolve(c => c.Tekst(c.Source.Inleiding, nameof(Uitvraag), c.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("privacyverklaring").Description("Wat er met de antwoorden en eventuele contactgegevens gebeurt, en hoe lang ze bewaard worden.").Resolve(c => c.Tekst(c.Source.Privacyverklaring, nameof(Uitvraag), c.Source.Id));
        Field<NonNullGraphType<TaalGraphType>>("taal").Description("De taal waarin de teksten van dit antwoord staan (`NL` als de uitvraag niet helemaal in de gevraagde taal vertaald is: dan is ze helemaal Nederlands).")
            .Resolve(c => Taalkeuze.Voor(c, nameof(Uitvraag), c.Source.Id) is var taal && c.Source.Titel.Teksten.ContainsKey(taal) ? taal : Vertaalbaar.Nederlands);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TaalGraphType>>>>("beschikbareTalen")
            .Description("De talen waarin deze uitvraag helemaal vertaald is: elke tekst van de uitvraag, haar vragen en keuzes. Nederlands is er altijd. In een andere taal toont `uitvraag(taal:)` de uitvraag in het Nederlands.")
            .KleineLijst()
            .Resolve(c => Vertalingen.Status(c, c.Source).Dan(status => status.Where(s => s.Compleet).Select(s => s.Taal).ToList()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<VertaalstatusGraphType>>>>("vertaalstatus")
            .Description("Per taal of de uitvraag compleet vertaald is en zo niet, welke teksten ontbreken. Alleen voor het team van het traject.")
            .KleineLijst()
            .Resolve(c =>
            {
                c.Gebruiker().Vereis(c.Gebruiker().IsTeamVan(c.Source.ParticipatietrajectId));
                return Vertalingen.Status(c, c.Source);
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UitvraagDoelgroepGraphType>>>>("doelgroepen").Description("Wie de uitvraag wil horen.").KleineLijst().Resolve(c => c.Source.Doelgroepen);
        Field<NonNullGraphType<TijdstipGraphType>>("openVanaf").Description("Vanaf wanneer reageren kan.").Resolve(c => c.Source.OpenVanaf);
        Field<NonNullGraphType<TijdstipGraphType>>("openTot").Description("Tot wanneer reageren kan.").Resolve(c => c.Source.OpenTot);
        Field<NonNullGraphType<UitvraagStatusGraphType>>("status").Description("De status van de uitvraag.").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<BooleanGraphType>>("open").Description("Of u nu kunt reageren: de status is open en het is binnen de periode.")
            .Resolve(c => c.Source.IsOpen(Nu(c)));
        Field<NonNullGraphType<BooleanGraphType>>("gepland").Description("Of de uitvraag gepland is: de status is open, maar `openVanaf` ligt nog in de toekomst. Ze gaat dan vanzelf open; toon \"nog niet open\" met de datum.")
            .Resolve(c => c.Source.IsGepland(Nu(c)));
        Field<NonNullGraphType<BooleanGraphType>>("verlopen").Description("Of de uitvraag vanzelf gesloten is: de status is open, maar `openTot` is voorbij.")
            .Resolve(c => c.Source.IsVerlopen(Nu(c)));
        Field<NonNullGraphType<IntGraphType>>("bewaartermijnDagen").Description("Hoeveel dagen na het sluiten contactgegevens en open antwoorden worden verwijderd. Tellingen blijven bestaan.").Resolve(c => c.Source.BewaartermijnDagen);
        Field<NonNullGraphType<BooleanGraphType>>("contactgegevensVragen").Description("Of u contactgegevens mag achterlaten; alleen met uw uitdrukkelijke toestemming.").Resolve(c => c.Source.ContactgegevensVragen);
        Field<NonNullGraphType<BooleanGraphType>>("profielvraagWijk").Description("Of de uitvraag vraagt in welke wijk u woont (om resultaten per wijk te tonen).").Resolve(c => c.Source.ProfielvraagWijk);
        Field<NonNullGraphType<BooleanGraphType>>("profielvraagDoelgroep").Description("Of de uitvraag vraagt als wie u reageert (om resultaten per doelgroep te tonen).").Resolve(c => c.Source.ProfielvraagDoelgroep);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<VraagGraphType>>>>("vragen").Description("De vragen, in volgorde.")
            .Resolve(c => c.RequestServices!.GetRequiredService<VragenByUitvraagDataLoader>().Laad(c.Source.Id));
        Field<NonNullGraphType<ParticipatietrajectGraphType>>("traject").Description("Het participatietraject waar deze uitvraag bij hoort.")
            .Resolve(c => c.RequestServices!.GetRequiredService<ParticipatietrajectByIdDataLoader>().Laad(c.Source.ParticipatietrajectId));
        Field<NonNullGraphType<IntGraphType>>("aantalReacties").Description("Hoeveel reacties er zijn. Alleen voor het team van het traject.")
            .Resolve(c =>
            {
                c.Gebruiker().Vereis(c.Gebruiker().IsTeamVan(c.Source.ParticipatietrajectId));
                return c.RequestServices!.GetRequiredService<AantalReactiesByUitvraagDataLoader>().Laad(c.Source.Id);
            });
        Field<NonNullGraphType<ReactieConnectionGraphType>>("reacties")
            .Description("De ruwe reacties, met open antwoorden en contactgegevens: persoonsgegevens. Alleen voor het team van het traject.")
            .Arguments(PaginaVerzoek.Argumenten())
            .ResolveAsync(async c =>
            {
                c.Gebruiker().Vereis(c.Gebruiker().IsTeamVan(c.Source.ParticipatietrajectId));
                return await c.RequestServices!.GetRequiredService<ReactieZoeker>().ZoekAsync(c.Source.Id, PaginaVerzoek.Uit(c), c.CancellationToken);
            });
        Field<UitvraagResultatenGraphType>("resultaten").Resultaten();
    }

    private static DateTime Nu(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
}

public sealed class VraagGraphType : ObjectGraphType<Vraag>
{
    public VraagGraphType()
    {
        Name = "Vraag";
        Description = "Een vraag in een uitvraag.";
        Interface<NodeInterfaceGraphType>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("De wereldwijd unieke id; gebruik die bij het indienen van een antwoord.").Resolve(c => GlobalId.Maak(nameof(Vraag), c.Source.Id));
        Field<NonNullGraphType<IntGraphType>>("nummer").Description("Het volgnummer van de vraag, vanaf 1.").Resolve(c => c.Source.Volgorde);
        Field<NonNullGraphType<VraagTypeGraphType>>("type").Description("Wat voor antwoord de vraag verwacht.").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<StringGraphType>>("tekst").Description("De vraag.").Resolve(c => c.Tekst(c.Source.Tekst, nameof(Uitvraag), c.Source.UitvraagId));
        Field<StringGraphType>("toelichting").Description("Uitleg bij de vraag.").Resolve(c => c.Source.Toelichting is null ? null : c.Tekst(c.Source.Toelichting, nameof(Uitvraag), c.Source.UitvraagId));
        Field<NonNullGraphType<BooleanGraphType>>("verplicht").Description("Of een antwoord nodig is.").Resolve(c => c.Source.Verplicht);
        Field<IntGraphType>("maxLengte").Description("Bij een open vraag: hoeveel tekens het antwoord hoogstens mag hebben.").Resolve(c => c.Source.Type == VraagType.OpenTekst ? c.Source.MaxLengte ?? ReactieRegels.StandaardMaxLengte : null);
        Field<IntGraphType>("maxKeuzes").Description("Bij meerdere keuzes: hoeveel u er hoogstens kiest. Bij factoren: hoeveel helpende en hoeveel remmende u hoogstens noemt.").Resolve(c => c.Source.MaxKeuzes);
        Field<IntGraphType>("schaalMin").Description("Bij een schaal: de laagste waarde.").Resolve(c => c.Source.SchaalMin);
        Field<IntGraphType>("schaalMax").Description("Bij een schaal: de hoogste waarde.").Resolve(c => c.Source.SchaalMax);
        Field<StringGraphType>("schaalLabelMin").Description("Bij een schaal: wat de laagste waarde betekent.").Resolve(c => c.Source.SchaalLabelMin is null ? null : c.Tekst(c.Source.SchaalLabelMin, nameof(Uitvraag), c.Source.UitvraagId));
        Field<StringGraphType>("schaalLabelMax").Description("Bij een schaal: wat de hoogste waarde betekent.").Resolve(c => c.Source.SchaalLabelMax is null ? null : c.Tekst(c.Source.SchaalLabelMax, nameof(Uitvraag), c.Source.UitvraagId));
        Field<NonNullGraphType<BooleanGraphType>>("eigenFactorenToegestaan").Description("Bij factoren: of u ook eigen factoren mag noemen naast de lijst.").Resolve(c => c.Source.EigenFactorenToegestaan);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AntwoordoptieGraphType>>>>("opties").Description("De keuzes, of bij factoren de lijst met bekende factoren, in volgorde.")
            .Resolve(c => c.RequestServices!.GetRequiredService<OptiesByVraagDataLoader>().Laad(c.Source.Id));
    }
}

public sealed class AntwoordoptieGraphType : ObjectGraphType<Antwoordoptie>
{
    public AntwoordoptieGraphType()
    {
        Name = "Antwoordoptie";
        Description = "Een keuze bij een vraag, of een bekende factor.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("De id; gebruik die bij het indienen van een antwoord.").Resolve(c => GlobalId.Maak(nameof(Antwoordoptie), c.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("tekst").Description("De tekst van de keuze.").Resolve(c => c.Tekst(c.Source.Tekst, nameof(Vraag), c.Source.VraagId));
    }
}

/// <summary>Who may see which uitvraag: drafts only the traject's team.</summary>
public static class Zichtbaarheid
{
    public static bool MagZien(Gebruiker gebruiker, Uitvraag uitvraag) =>
        uitvraag.Status != UitvraagStatus.Concept || gebruiker.IsTeamVan(uitvraag.ParticipatietrajectId);
}

public sealed class ProeflinkGraphType : ObjectGraphType<Proeflink>
{
    public ProeflinkGraphType()
    {
        Name = "Proeflink";
        Description = "Een link waarmee collega's een uitvraag als proef invullen. Proefreacties tellen nooit mee.";
        Field<NonNullGraphType<StringGraphType>>("token").Resolve(c => c.Source.Token).Description("Het token: geef het mee als `proefToken` bij `uitvraag` en `reactieIndienen`, of aan `<sn-uitvraag proef=\"…\">`.");
        Field<NonNullGraphType<StringGraphType>>("pad").Description("Het pad van de proefpagina, achter het adres van de API: `/uitvragen/{id}/proef/{token}`.").Resolve(c => c.Source.Pad);
        Field<NonNullGraphType<TijdstipGraphType>>("geldigTot").Description("Tot wanneer de link werkt.").Resolve(c => c.Source.GeldigTot);
    }
}
