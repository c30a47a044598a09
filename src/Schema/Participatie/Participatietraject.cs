using SociaalNetwerk.Schema.GraphQL;

namespace SociaalNetwerk.Schema.Participatie;

/// <summary>A participation process around one policy question, with one or more uitvragen.</summary>
public sealed class Participatietraject : IEntiteit
{
    public int Id { get; set; }

    public required string Naam { get; set; }

    public required string Omschrijving { get; set; }

    public required string Onderwerp { get; set; }

    public TrajectFase Fase { get; set; }

    public List<Uitvraag> Uitvragen { get; set; } = [];
}

public enum TrajectFase
{
    Voorbereiding,
    Ophalen,
    Analyse,
    Besluitvorming,
    Afgerond,
}
