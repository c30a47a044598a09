namespace SociaalNetwerk.Schema.Kenmerken;

public enum Doelgroep
{
    Iedereen,
    Ouderen,
    Jongeren,
    Kinderen,
    Ouders,
    Mantelzorgers,
    Vrijwilligers,
    Nieuwkomers,
    Laaggeletterden,
    MensenMetBeperking,
    WerkendeMinima,
    Professionals,
}
