namespace SociaalNetwerk.Schema.Netwerken;

public enum OrganisatieSoort
{
    Gemeente,
    Welzijn,
    Zorg,
    Vrijwilligersorganisatie,
    Bewonersinitiatief,
    Vereniging,
    Onderwijs,
    Woningcorporatie,
    Financier,
    Bedrijf,
    Overig,
}
