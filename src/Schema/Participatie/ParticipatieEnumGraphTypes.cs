using GraphQL.Types;
using SociaalNetwerk.Schema.GraphQL;

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
        Description = "Een taal waarin de teksten van een uitvraag kunnen staan. Nederlands is er altijd; de andere zijn vertalingen.";
        Add("NL", "nl", "Nederlands.");
        Add("EN", "en", "Engels (English).");
        Add("AR", "ar", "Arabisch (العربية), van rechts naar links.");
        Add("TR", "tr", "Turks (Türkçe).");
        Add("UK", "uk", "Oekraïens (українська).");
        Add("PL", "pl", "Pools (polski).");
    }
}
