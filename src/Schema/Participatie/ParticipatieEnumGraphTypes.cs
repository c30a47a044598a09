using GraphQL.Types;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Woordenlijst;

namespace SociaalNetwerk.Schema.Participatie;

public sealed class TrajectFaseGraphType() : GelabeldeEnumGraphType<TrajectFase>("In welke fase een participatietraject is.");

public sealed class UitvraagStatusGraphType() : GelabeldeEnumGraphType<UitvraagStatus>("Of een uitvraag in voorbereiding is, open staat, gesloten is of zijn resultaten heeft gepubliceerd.");

public sealed class VraagTypeGraphType() : GelabeldeEnumGraphType<VraagType>("Wat voor antwoord een vraag verwacht.");

public sealed class UitvraagDoelgroepGraphType() : GelabeldeEnumGraphType<UitvraagDoelgroep>("Wie een uitvraag wil horen.");

public sealed class KanaalGraphType() : GelabeldeEnumGraphType<Kanaal>("Hoe een reactie binnenkwam.");

public sealed class FactorSoortGraphType() : GelabeldeEnumGraphType<FactorSoort>("Of een factor helpt of tegenhoudt.");

public sealed class TaalGraphType : EnumerationGraphType
{
    public TaalGraphType()
    {
        Name = "Taal";
        Description = "Een van de zes talen van Sociaal Netwerk: van de teksten van een uitvraag, van `woordenlijst` en van een reactie. Nederlands is er altijd; de andere zijn vertalingen.";
        foreach (var woord in Woordenboek.Soorten.Single(s => s.Naam == Name).Woorden)
        {
            Add(woord.Code, woord.Waarde, Woordenboek.Omschrijving(woord));
        }
    }
}
