using System.Globalization;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Resources;
using SociaalNetwerk.Schema.Toegang;
using SociaalNetwerk.Schema.Wijken;

namespace SociaalNetwerk.Schema.Participatie;

public static class ResultaatVelden
{
    /// <summary>The <c>resultaten</c> field of <see cref="UitvraagGraphType"/>.</summary>
    public static FieldBuilder<Uitvraag, object> Resultaten(this FieldBuilder<Uitvraag, object> veld) => veld
        .Description(
            $"De resultaten van deze uitvraag: per vraag aantallen en percentages, de verdeling van een schaal met gemiddelde en mediaan, de meest genoemde factoren, en de aantallen per kanaal, wijk en doelgroep. "
            + $"Het team van het traject ziet altijd alles, ook open antwoorden. Anderen zien de resultaten pas als de status `RESULTATEN_GEPUBLICEERD` is, en dan openbaar: aantallen van 1 tot en met {ResultatenBerekenaar.Drempel - 1} zijn verborgen (`onderDrempel`), en zo nodig ook andere aantallen, zodat geen verborgen aantal uit de getoonde af te leiden is (ook niet tussen segmenten); open antwoorden en eigen factoren die minder dan {ResultatenBerekenaar.Drempel} mensen noemden ontbreken. "
            + "Openbaar is `segment` het geheel of één wijk, doelgroep of kanaal; een combinatie geeft de fout `SEGMENT_TOO_NARROW`. "
            + "Zijn de resultaten nog niet gepubliceerd, dan geeft dit veld voor anderen `null` met de fout `RESULTS_NOT_PUBLISHED`; de rest van de uitvraag komt gewoon terug. Een wijk in `segment` die niet bestaat geeft de fout `UNKNOWN_WIJK`.")
        .Argument<ResultaatSegmentInvoerGraphType>("segment", "Tel alleen de reacties uit dit segment. Zonder: alle reacties. In de openbare weergave hoogstens één filter.")
        .Resolve(c =>
        {
            var gebruiker = c.Gebruiker();
            var team = gebruiker.IsTeamVan(c.Source.ParticipatietrajectId);
            if (!team && c.Source.Status != UitvraagStatus.ResultatenGepubliceerd)
            {
                throw new SociaalNetwerkException(FoutCodes.ResultatenNietGepubliceerd);
            }

            var segment = c.GetArgument<ResultaatSegmentInvoer?>("segment") ?? new ResultaatSegmentInvoer();
            if (!team && !ResultatenBerekenaar.OpenbaarSegment(segment))
            {
                throw new SociaalNetwerkException(FoutCodes.SegmentTeSmal);
            }

            var resultaten = c.RequestServices!.GetRequiredService<ResultatenByUitvraagDataLoader>().Laad(new ResultaatVerzoek(c.Source.Id, segment, Openbaar: !team));
            var databank = c.RequestServices!.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>();
            return new VervolgResultaatAsync<UitvraagResultaten?, UitvraagResultaten>(
                resultaten,
                async (r, ct) => r ?? throw await WijkSlugs.OnbekendAsync(databank, segment.Wijk ?? string.Empty, ct));
        });
}

public sealed class ResultaatSegmentInvoerGraphType : InputObjectGraphType<ResultaatSegmentInvoer>
{
    public ResultaatSegmentInvoerGraphType()
    {
        Name = "ResultaatSegmentInvoer";
        Description = "Welke reacties de resultaten tellen. Alle ingevulde filters gelden samen (EN).";
        Field<StringGraphType>("wijk").Description("Alleen reacties uit deze wijk: de slug (bijvoorbeeld `seghwaert`) of de id van de wijk.");
        Field<UitvraagDoelgroepGraphType>("doelgroep").Description("Alleen reacties van deze doelgroep.");
        Field<KanaalGraphType>("kanaal").Description("Alleen reacties die via dit kanaal binnenkwamen.");
    }
}

public sealed class UitvraagResultatenGraphType : ObjectGraphType<UitvraagResultaten>
{
    public UitvraagResultatenGraphType()
    {
        Name = "UitvraagResultaten";
        Description = "De resultaten van een uitvraag, voor alle reacties of voor een segment.";
        Field<NonNullGraphType<BooleanGraphType>>("openbaar")
            .Description($"Of dit de openbare weergave is: aantallen van 1 tot en met {ResultatenBerekenaar.Drempel - 1} zijn verborgen, en zo nodig andere aantallen om die te beschermen; open antwoorden en zelden genoemde eigen factoren ontbreken. `false` voor het team van het traject: alles is zichtbaar.")
            .Resolve(c => c.Source.Openbaar);
        Field<NonNullGraphType<IntGraphType>>("drempel")
            .Description("Het kleinste aantal dat de openbare weergave toont. Kleinere aantallen (behalve 0) zijn verborgen, net als de aantallen die nodig zijn om ze te beschermen.")
            .Resolve(_ => ResultatenBerekenaar.Drempel);
        Field<NonNullGraphType<TellingGraphType>>("totaal").Description("Het aantal reacties in het segment. Het percentage is 100.").Resolve(c => c.Source.Totaal);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KanaalTellingGraphType>>>>("perKanaal")
            .Description("Het aantal reacties per kanaal (online, op papier, in een gesprek), alle kanalen, ook met 0. Percentages van het totaal.")
            .KleineLijst()
            .Resolve(c => c.Source.PerKanaal);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WijkTellingGraphType>>>>("perWijk")
            .Description("Het aantal reacties per wijk, alleen wijken met reacties, op naam; reacties zonder wijk als laatste (`wijk` is dan leeg). Percentages van het totaal. In de openbare weergave in elk segment dezelfde wijken: die met reacties in de hele uitvraag.")
            .Resolve(c => c.Source.PerWijk);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DoelgroepTellingGraphType>>>>("perDoelgroep")
            .Description("Het aantal reacties per doelgroep, alle doelgroepen, ook met 0; reacties zonder doelgroep als laatste (`doelgroep` is dan leeg). Percentages van het totaal.")
            .KleineLijst()
            .Resolve(c => c.Source.PerDoelgroep);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<VraagResultaatGraphType>>>>("vragen")
            .Description("De resultaten per vraag, in de volgorde van de vragen.")
            .Resolve(c => c.Source.Vragen);
    }
}

public sealed class TellingGraphType : ObjectGraphType<Telling>
{
    public TellingGraphType()
    {
        Name = "Telling";
        Description = $"Een aantal reacties met zijn aandeel. In de openbare weergave is een aantal van 1 tot en met {ResultatenBerekenaar.Drempel - 1} verborgen, net als alle aantallen van een groep die kleiner is dan {ResultatenBerekenaar.Drempel} en de aantallen die nodig zijn om die te beschermen (anders zou aftrekken ze teruggeven): dan zijn `aantal` en `percentage` leeg en is `onderDrempel` waar. Het percentage is ook leeg als het aantal waarvan het een deel is verborgen is.";
        Field<IntGraphType>("aantal").Description("Het aantal, of leeg als het verborgen is.").Resolve(c => c.Source.Aantal);
        Field<FloatGraphType>("percentage")
            .Description("Het aandeel in procenten, op één decimaal; waarvan staat bij het veld. Leeg als het aantal verborgen is of de groep leeg is.")
            .Resolve(c => c.Source.Percentage);
        Field<NonNullGraphType<BooleanGraphType>>("onderDrempel")
            .Description($"Of het aantal verborgen is: omdat het (of de groep waar het bij hoort) kleiner is dan {ResultatenBerekenaar.Drempel}, of om zo'n aantal te beschermen. Welke van de twee zegt de API niet. Toon dan `weergave`.")
            .Resolve(c => c.Source.OnderDrempel);
        Field<NonNullGraphType<StringGraphType>>("weergave")
            .Description("Het aantal om te tonen, in de taal van `Accept-Language`: bijvoorbeeld `12`, of `verborgen` als het verborgen is.")
            .Resolve(c => c.Source.Aantal is { } aantal
                ? aantal.ToString("N0", CultureInfo.CurrentCulture)
                : c.RequestServices!.GetRequiredService<IStringLocalizer<Labels>>()["Telling.Verborgen"].Value);
    }
}

public sealed class KanaalTellingGraphType : ObjectGraphType<KanaalTelling>
{
    public KanaalTellingGraphType()
    {
        Name = "KanaalTelling";
        Description = "Het aantal reacties dat via één kanaal binnenkwam.";
        Field<NonNullGraphType<KanaalGraphType>>("kanaal").Description("Het kanaal.").Resolve(c => c.Source.Kanaal);
        Field<NonNullGraphType<TellingGraphType>>("telling").Description("Het aantal reacties; het percentage is van het totaal.").Resolve(c => c.Source.Telling);
    }
}

public sealed class WijkTellingGraphType : ObjectGraphType<WijkTelling>
{
    public WijkTellingGraphType()
    {
        Name = "WijkTelling";
        Description = "Het aantal reacties uit één wijk.";
        Field<WijkGraphType>("wijk").Description("De wijk; leeg voor reacties zonder wijk (niet gevraagd of niet ingevuld).").Resolve(c => c.Source.Wijk);
        Field<NonNullGraphType<TellingGraphType>>("telling").Description("Het aantal reacties; het percentage is van het totaal.").Resolve(c => c.Source.Telling);
    }
}

public sealed class DoelgroepTellingGraphType : ObjectGraphType<DoelgroepTelling>
{
    public DoelgroepTellingGraphType()
    {
        Name = "DoelgroepTelling";
        Description = "Het aantal reacties van één doelgroep.";
        Field<UitvraagDoelgroepGraphType>("doelgroep").Description("De doelgroep; leeg voor reacties zonder doelgroep (niet gevraagd of niet ingevuld).").Resolve(c => c.Source.Doelgroep);
        Field<NonNullGraphType<TellingGraphType>>("telling").Description("Het aantal reacties; het percentage is van het totaal.").Resolve(c => c.Source.Telling);
    }
}

public sealed class VraagResultaatGraphType : ObjectGraphType<VraagResultaat>
{
    public VraagResultaatGraphType()
    {
        Name = "VraagResultaat";
        Description = "De resultaten van één vraag. Welke velden gevuld zijn hangt af van het type vraag.";
        Field<NonNullGraphType<VraagGraphType>>("vraag").Description("De vraag.").Resolve(c => c.Source.Vraag);
        Field<NonNullGraphType<TellingGraphType>>("aantalReacties")
            .Description("Hoeveel reacties deze vraag beantwoordden; het percentage is van het totaal in het segment. Percentages hieronder zijn van dit aantal.")
            .Resolve(c => c.Source.AantalReacties);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OptieResultaatGraphType>>>>("opties")
            .Description("Bij één keuze of meerdere keuzes: elke optie in volgorde, met hoe vaak die gekozen is. Bij meerdere keuzes tellen de percentages op tot meer dan 100. Anders leeg.")
            .KleineLijst()
            .Resolve(c => c.Source.Opties);
        Field<SchaalResultaatGraphType>("schaal").Description("Bij een schaal: de verdeling, het gemiddelde en de mediaan. Anders leeg.").Resolve(c => c.Source.Schaal);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FactorResultaatGraphType>>>>("helpendeFactoren")
            .Description($"Bij factoren: de hoogstens {ResultatenBerekenaar.MaximumFactoren} meest genoemde helpende factoren, uit de lijst en eigen woorden samen, de meest genoemde eerst. Anders leeg.")
            .KleineLijst()
            .Resolve(c => c.Source.HelpendeFactoren);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FactorResultaatGraphType>>>>("remmendeFactoren")
            .Description($"Bij factoren: de hoogstens {ResultatenBerekenaar.MaximumFactoren} meest genoemde remmende factoren, uit de lijst en eigen woorden samen, de meest genoemde eerst. Anders leeg.")
            .KleineLijst()
            .Resolve(c => c.Source.RemmendeFactoren);
        Field<ListGraphType<NonNullGraphType<TeamFactorGraphType>>>("alleFactoren")
            .Description("Bij factoren, alleen voor het team van het traject: elke genoemde factor in het segment (helpend en remmend, niet alleen de meest genoemde), eerst die uit de lijst in volgorde, dan de eigen factoren, de meest genoemde eerst, elk met alle schrijfwijzen die respondenten gebruikten. In de openbare weergave en bij andere vragen leeg.")
            .Resolve(c => c.Source.Openbaar || c.Source.Vraag.Type != VraagType.Factoren
                ? null
                : c.RequestServices!.GetRequiredService<TeamFactorenByVraagDataLoader>().Laad((c.Source.Vraag.Id, c.Source.Vraag.UitvraagId, c.Source.Segment))
                    .Dan(f => (IEnumerable<TeamFactor>)TeamFactor.Van(c.Source.Vraag, f)));
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("openAntwoorden")
            .Description("Bij een open vraag: de antwoorden in het segment, in de volgorde waarin ze binnenkwamen. Alleen voor het team van het traject (persoonsgegevens); in de openbare weergave en bij andere vragen leeg. Verdwijnen na de bewaartermijn.")
            .Resolve(c => c.Source.Openbaar || c.Source.Vraag.Type != VraagType.OpenTekst
                ? null
                : c.RequestServices!.GetRequiredService<OpenAntwoordenByVraagDataLoader>().Laad((c.Source.Vraag.Id, c.Source.Vraag.UitvraagId, c.Source.Segment)));
    }
}

public sealed class OptieResultaatGraphType : ObjectGraphType<OptieResultaat>
{
    public OptieResultaatGraphType()
    {
        Name = "OptieResultaat";
        Description = "Hoe vaak één optie gekozen is.";
        Field<NonNullGraphType<AntwoordoptieGraphType>>("optie").Description("De optie.").Resolve(c => c.Source.Optie);
        Field<NonNullGraphType<TellingGraphType>>("telling").Description("Hoeveel reacties deze optie kozen; het percentage is van de reacties die de vraag beantwoordden.").Resolve(c => c.Source.Telling);
    }
}

public sealed class SchaalResultaatGraphType : ObjectGraphType<SchaalResultaat>
{
    public SchaalResultaatGraphType()
    {
        Name = "SchaalResultaat";
        Description = "De antwoorden op een schaalvraag.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SchaalWaardeTellingGraphType>>>>("verdeling")
            .Description("Elke waarde van de schaal, van laag naar hoog, met hoe vaak die gekozen is (ook 0).")
            .KleineLijst()
            .Resolve(c => c.Source.Verdeling);
        Field<FloatGraphType>("gemiddelde")
            .Description($"Het gemiddelde, op twee decimalen. Leeg zonder antwoorden, en in de openbare weergave als minder dan {ResultatenBerekenaar.Drempel} reacties de vraag beantwoordden of een aantal van de verdeling verborgen is.")
            .Resolve(c => c.Source.Gemiddelde);
        Field<FloatGraphType>("mediaan")
            .Description($"De mediaan: de middelste waarde, of het gemiddelde van de twee middelste. Leeg zonder antwoorden, en in de openbare weergave als minder dan {ResultatenBerekenaar.Drempel} reacties de vraag beantwoordden of een aantal van de verdeling verborgen is.")
            .Resolve(c => c.Source.Mediaan);
    }
}

public sealed class SchaalWaardeTellingGraphType : ObjectGraphType<SchaalWaardeTelling>
{
    public SchaalWaardeTellingGraphType()
    {
        Name = "SchaalWaardeTelling";
        Description = "Hoe vaak één waarde van een schaal gekozen is.";
        Field<NonNullGraphType<IntGraphType>>("waarde").Description("De waarde op de schaal.").Resolve(c => c.Source.Waarde);
        Field<NonNullGraphType<TellingGraphType>>("telling").Description("Hoeveel reacties deze waarde kozen; het percentage is van de reacties die de vraag beantwoordden.").Resolve(c => c.Source.Telling);
    }
}

public sealed class FactorResultaatGraphType : ObjectGraphType<FactorResultaat>
{
    public FactorResultaatGraphType()
    {
        Name = "FactorResultaat";
        Description = "Eén genoemde factor: uit de lijst van de vraag of in eigen woorden, met hoe vaak die genoemd is.";
        Field<NonNullGraphType<FactorSoortGraphType>>("soort").Description("Of de factor helpt of tegenhoudt.").Resolve(c => c.Source.Soort);
        Field<NonNullGraphType<StringGraphType>>("tekst")
            .Description("De factor om te tonen: de tekst uit de lijst in de gevraagde taal, of een eigen factor zoals de meeste respondenten hem schreven.")
            .Resolve(c => c.Source.Optie is { } optie ? c.Tekst(optie.Tekst) : c.Source.EigenTekst);
        Field<AntwoordoptieGraphType>("optie").Description("De factor uit de lijst; leeg bij een eigen factor.").Resolve(c => c.Source.Optie);
        Field<NonNullGraphType<BooleanGraphType>>("eigen")
            .Description("Of respondenten deze factor zelf noemden. Eigen factoren worden geteld op hun tekst zonder verschil in hoofdletters, spaties en accenten.")
            .Resolve(c => c.Source.Optie is null);
        Field<NonNullGraphType<TellingGraphType>>("telling").Description("Hoeveel reacties deze factor noemden; het percentage is van de reacties die de vraag beantwoordden.").Resolve(c => c.Source.Telling);
    }
}

public sealed class TeamFactorGraphType : ObjectGraphType<TeamFactor>
{
    public TeamFactorGraphType()
    {
        Name = "TeamFactor";
        Description = "Eén factor die reacties noemden, voor het team: uit de lijst van de vraag of in eigen woorden, met alle schrijfwijzen. Niet onderdrukt.";
        Field<NonNullGraphType<FactorSoortGraphType>>("soort").Description("Of de factor helpt of tegenhoudt.").Resolve(c => c.Source.Soort);
        Field<NonNullGraphType<StringGraphType>>("tekst")
            .Description("De factor om te tonen: de tekst uit de lijst in de gevraagde taal, of een eigen factor in de schrijfwijze die het meest voorkwam (bij gelijke aantallen de eerste in alfabetische volgorde).")
            .Resolve(c => c.Source.Optie is { } optie ? c.Tekst(optie.Tekst) : c.Source.Telling.Tekst);
        Field<AntwoordoptieGraphType>("optie").Description("De factor uit de lijst; leeg bij een eigen factor.").Resolve(c => c.Source.Optie);
        Field<NonNullGraphType<BooleanGraphType>>("eigen")
            .Description("Of respondenten deze factor zelf noemden. Eigen factoren worden samen geteld op hun tekst zonder verschil in hoofdletters, spaties en accenten.")
            .Resolve(c => c.Source.Optie is null);
        Field<NonNullGraphType<IntGraphType>>("aantal").Description("Hoeveel reacties in het segment deze factor noemden.").Resolve(c => c.Source.Telling.Aantal);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SchrijfwijzeGraphType>>>>("schrijfwijzen")
            .Description("Bij een eigen factor: elke schrijfwijze met hoe vaak die voorkwam, de meest gebruikte eerst. Bij een factor uit de lijst leeg.")
            .KleineLijst()
            .Resolve(c => c.Source.Telling.Varianten);
    }
}

public sealed class SchrijfwijzeGraphType : ObjectGraphType<Schrijfwijze>
{
    public SchrijfwijzeGraphType()
    {
        Name = "Schrijfwijze";
        Description = "Eén schrijfwijze van een eigen factor, zoals respondenten hem schreven.";
        Field<NonNullGraphType<StringGraphType>>("tekst").Description("De tekst zoals geschreven.").Resolve(c => c.Source.Tekst);
        Field<NonNullGraphType<IntGraphType>>("aantal").Description("Hoe vaak hij zo geschreven is.").Resolve(c => c.Source.Aantal);
    }
}
