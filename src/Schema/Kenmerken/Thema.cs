namespace SociaalNetwerk.Schema.Kenmerken;

public enum Thema
{
    EenzaamheidEnOntmoeting,
    GezondheidEnBewegen,
    GeldzakenEnSchulden,
    TaalEnDigitaleVaardigheden,
    Jeugd,
    Vrijwilligerswerk,
    Mantelzorg,
    WonenEnBuurt,
    WerkEnDagbesteding,
    Inclusie,
}
