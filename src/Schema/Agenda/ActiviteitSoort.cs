namespace SociaalNetwerk.Schema.Agenda;

public enum ActiviteitSoort
{
    Bijeenkomst,
    Inloopspreekuur,
    CursusTraining,
    Maaltijd,
    Buurtactiviteit,
    Feest,
    Informatiemarkt,
    SportEnBewegen,
    Netwerkbijeenkomst,
    Overig,
}

public enum ActiviteitStatus
{
    Gepland,
    Geannuleerd,
    Vol,
}

public enum AanmeldWijze
{
    NietNodig,
    ViaLink,
    ViaEmailOfTelefoon,
}
