using SociaalNetwerk.Schema.GraphQL;

namespace SociaalNetwerk.Schema.Netwerken;

public sealed class Lidmaatschap : IEntiteit
{
    public int Id { get; set; }

    public int OrganisatieId { get; set; }

    public Organisatie? Organisatie { get; set; }

    public int NetwerkId { get; set; }

    public Netwerk? Netwerk { get; set; }

    public LidmaatschapRol Rol { get; set; }

    public int? GroepId { get; set; }

    public NetwerkGroep? Groep { get; set; }

    public DateOnly? Sinds { get; set; }
}

public enum LidmaatschapRol
{
    Lid,
    Kernteam,
    Trekker,
    Bestuur,
    Financier,
}
