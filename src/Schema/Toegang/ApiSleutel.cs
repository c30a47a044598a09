using SociaalNetwerk.Schema.GraphQL;

namespace SociaalNetwerk.Schema.Toegang;

/// <summary>
/// An API key. Only a SHA-256 hash of its secret is stored; the key itself (<c>sn_&lt;id&gt;_&lt;secret&gt;</c>) is
/// shown once, when it is created with <c>keys create</c>.
/// </summary>
public sealed class ApiSleutel : IEntiteit
{
    public int Id { get; set; }

    /// <summary>The public part of the key (<c>sn_XXXXXXXXXX</c>), to find it and to revoke it.</summary>
    public required string Kenmerk { get; set; }

    /// <summary>SHA-256 of the secret part, hex.</summary>
    public required string Hash { get; set; }

    public Rol Rol { get; set; }

    /// <summary>For <see cref="Rol.Redacteur"/>: the organisation whose activities and details the key may edit.</summary>
    public int? OrganisatieId { get; set; }

    /// <summary>For <see cref="Rol.Trajectteam"/>: the participatietraject whose uitvragen and reacties the key may see.</summary>
    public int? ParticipatietrajectId { get; set; }

    public required string Omschrijving { get; set; }

    public DateTime AangemaaktOp { get; set; }

    public DateTime? IngetrokkenOp { get; set; }
}

public enum Rol
{
    Beheerder,
    Redacteur,
    Trajectteam,
}
