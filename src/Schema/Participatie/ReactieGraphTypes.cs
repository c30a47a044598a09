using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Redactie;
using SociaalNetwerk.Schema.Wijken;

namespace SociaalNetwerk.Schema.Participatie;

public sealed class ReactieGraphType : ObjectGraphType<Reactie>
{
    public ReactieGraphType()
    {
        Name = "Reactie";
        Description = "Eén ingevulde uitvraag. Persoonsgegevens: alleen zichtbaar voor het team van het traject.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("De id van de reactie.").Resolve(c => GlobalId.Maak(nameof(Reactie), c.Source.Id));
        Field<NonNullGraphType<KanaalGraphType>>("kanaal").Description("Hoe de reactie binnenkwam.").Resolve(c => c.Source.Kanaal);
        Field<IntGraphType>("formuliernummer").Description("Bij papier of gesprek: het nummer van het formulier, uniek binnen de uitvraag.").Resolve(c => c.Source.Formuliernummer);
        Field<NonNullGraphType<TijdstipGraphType>>("ingediendOp").Description("Wanneer de reactie binnenkwam of werd ingevoerd.").Resolve(c => c.Source.IngediendOp);
        Field<NonNullGraphType<TaalGraphType>>("taal").Description("De taal waarin de respondent antwoordde.").Resolve(c => c.Source.Taal);
        Field<WijkGraphType>("wijk").Description("De wijk van de respondent, als die is gevraagd.")
            .Resolve(c => c.Source.WijkId is { } id ? c.RequestServices!.GetRequiredService<WijkByIdDataLoader>().Laad(id, c) : null);
        Field<UitvraagDoelgroepGraphType>("doelgroep").Description("Als wie de respondent reageerde, als dat is gevraagd.").Resolve(c => c.Source.Doelgroep);
        Field<StringGraphType>("contactNaam").Description("De naam, alleen met toestemming. Verdwijnt na de bewaartermijn.").Resolve(c => c.Source.ContactNaam);
        Field<StringGraphType>("contactEmail").Description("Het e-mailadres, alleen met toestemming. Verdwijnt na de bewaartermijn.").Resolve(c => c.Source.ContactEmail);
        Field<StringGraphType>("contactTelefoon").Description("Het telefoonnummer, alleen met toestemming. Verdwijnt na de bewaartermijn.").Resolve(c => c.Source.ContactTelefoon);
        Field<StringGraphType>("ingevoerdDoor").Description("Bij papier of gesprek: wie de reactie invoerde — het kenmerk van de API-sleutel, of `account:{nummer}` voor een account in het portaal.").Resolve(c => c.Source.IngevoerdDoor);
        Field<TijdstipGraphType>("persoonsgegevensVerwijderdOp").Description("Wanneer contactgegevens en open antwoorden na de bewaartermijn zijn verwijderd.").Resolve(c => c.Source.PersoonsgegevensVerwijderdOp);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AntwoordGraphType>>>>("antwoorden").Description("De antwoorden: één per gekozen optie, genoemde factor, schaalwaarde of open antwoord.")
            .Resolve(c => c.RequestServices!.GetRequiredService<AntwoordenByReactieDataLoader>().Laad(c.Source.Id));
    }
}

public sealed class AntwoordGraphType : ObjectGraphType<Antwoord>
{
    public AntwoordGraphType()
    {
        Name = "Antwoord";
        Description = "Eén antwoordwaarde in een reactie.";
        Field<NonNullGraphType<IdGraphType>>("vraagId").Description("De vraag waar dit antwoord bij hoort.").Resolve(c => GlobalId.Maak(nameof(Vraag), c.Source.VraagId));
        Field<AntwoordoptieGraphType>("optie").Description("De gekozen optie of bekende factor.")
            .Resolve(c => c.Source.OptieId is { } id ? c.RequestServices!.GetRequiredService<AntwoordoptieByIdDataLoader>().Laad(id) : null);
        Field<IntGraphType>("getal").Description("De gekozen waarde op een schaal.").Resolve(c => c.Source.Getal);
        Field<StringGraphType>("tekst").Description("Een open antwoord of een eigen factor. Open antwoorden verdwijnen na de bewaartermijn.").Resolve(c => c.Source.Tekst);
        Field<FactorSoortGraphType>("factorSoort").Description("Bij een factor: of die helpt of tegenhoudt.").Resolve(c => c.Source.FactorSoort);
    }
}

public sealed class ReactieConnectionGraphType() : ConnectionGraphType<ReactieGraphType, ReactieEdgeGraphType, Reactie>("Reactie", "reacties");

public sealed class ReactieEdgeGraphType() : EdgeGraphType<ReactieGraphType, Reactie>("Reactie");

public sealed class ReactieResultaatGraphType : ObjectGraphType<ReactieResultaat>
{
    public ReactieResultaatGraphType()
    {
        Name = "ReactieResultaat";
        Description = "Het resultaat van het indienen van een reactie.";
        Field<NonNullGraphType<BooleanGraphType>>("gelukt").Description("Of de reactie is opgeslagen. Zo niet, dan staat in `fouten` wat er mis is.").Resolve(c => c.Source.Gelukt);
        Field<StringGraphType>("ontvangstcode").Description("De ontvangstcode: laat die aan de respondent zien. Daarmee kan de respondent de reactie later intrekken (`reactieIntrekken`).").Resolve(c => c.Source.Ontvangstcode);
        Field<TijdstipGraphType>("ingediendOp").Description("Wanneer de reactie is opgeslagen.").Resolve(c => c.Source.IngediendOp);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<VeldfoutGraphType>>>>("fouten").Description("Wat er mis is, per vraag of veld. Leeg als het gelukt is.").Resolve(c => c.Source.Fouten);
        Field<ReactieGraphType>("reactie").Description("Voor het team, bij papier, gesprek of een verbetering: de opgeslagen reactie. Leeg bij een online reactie.").Resolve(c => c.Source.Reactie);
        Field<ReactieGraphType>("bestaandeReactie").Description("Bij `FORM_NUMBER_EXISTS`: de reactie die eerder met dit formuliernummer is ingevoerd.").Resolve(c => c.Source.Bestaande);
    }
}

public sealed class ReactieVerwijderdGraphType : ObjectGraphType<Reactie>
{
    public ReactieVerwijderdGraphType()
    {
        Name = "ReactieVerwijderd";
        Description = "Een reactie die het team heeft verwijderd.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("De id die de reactie had.").Resolve(c => GlobalId.Maak(nameof(Reactie), c.Source.Id));
        Field<IntGraphType>("formuliernummer").Description("Het formuliernummer dat de reactie had; dat nummer is nu weer vrij.").Resolve(c => c.Source.Formuliernummer);
    }
}

public sealed class IntrekResultaatGraphType : ObjectGraphType<bool>
{
    public IntrekResultaatGraphType()
    {
        Name = "IntrekResultaat";
        Description = "Het resultaat van het intrekken van een reactie.";
        Field<NonNullGraphType<BooleanGraphType>>("ingetrokken").Description("Of er een reactie met deze ontvangstcode was en die nu is verwijderd, met al haar antwoorden.").Resolve(c => c.Source);
    }
}
