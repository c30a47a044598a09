using SociaalNetwerk.Schema.GraphQL;

namespace SociaalNetwerk.Schema.Participatie;

public sealed class Vraag : IEntiteit
{
    public int Id { get; set; }

    public int UitvraagId { get; set; }

    public int Volgorde { get; set; }

    public VraagType Type { get; set; }

    public required Vertaalbaar Tekst { get; set; }

    public Vertaalbaar? Toelichting { get; set; }

    public bool Verplicht { get; set; }

    /// <summary>Open text: the maximum number of characters.</summary>
    public int? MaxLengte { get; set; }

    /// <summary>Several choices, factoren: the most a respondent may pick or name (per kind, for factoren).</summary>
    public int? MaxKeuzes { get; set; }

    public int? SchaalMin { get; set; }

    public int? SchaalMax { get; set; }

    public Vertaalbaar? SchaalLabelMin { get; set; }

    public Vertaalbaar? SchaalLabelMax { get; set; }

    /// <summary>Factoren: whether respondents may add factors of their own besides the predefined list.</summary>
    public bool EigenFactorenToegestaan { get; set; }

    public List<Antwoordoptie> Opties { get; set; } = [];
}

public enum VraagType
{
    OpenTekst,
    EenKeuze,
    MeerdereKeuzes,
    Schaal,
    Factoren,
}

/// <summary>An option of a choice question, or a predefined factor of a factoren question.</summary>
public sealed class Antwoordoptie : IEntiteit
{
    public int Id { get; set; }

    public int VraagId { get; set; }

    public int Volgorde { get; set; }

    public required Vertaalbaar Tekst { get; set; }
}
