using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.Schema.Wijzigingen;

/// <summary>
/// One entry of the audit log: one change of one object, by whom and when, and which fields changed. Append-only: rows
/// are only ever added (by <see cref="Wijzigingslog"/>, inside the transaction of the change itself), never changed or
/// removed. <see cref="Volgnummer"/> rises with every entry: the order of the log and the basis of a change feed.
/// </summary>
public sealed class Wijziging
{
    /// <summary>The sequence number: the key, assigned by the database (SQLite <c>AUTOINCREMENT</c>, never reused).</summary>
    public int Volgnummer { get; set; }

    /// <summary>When the change was stored (UTC), by the application's clock.</summary>
    public DateTime Tijdstip { get; set; }

    /// <summary>Who: <c>account:&lt;id&gt;</c> for a person, the key's kenmerk (<c>sn_…</c>) for a machine; null when unknown.</summary>
    public string? DoorKenmerk { get; set; }

    /// <summary>The account's id when a person made the change (no foreign key: the log outlives accounts).</summary>
    public int? AccountId { get; set; }

    /// <summary>Who, readable, as it was at the time: the account's e-mail address, or the key's description.</summary>
    public string DoorNaam { get; set; } = string.Empty;

    /// <summary>The role the change was made in.</summary>
    public Rol? Rol { get; set; }

    /// <summary>The object's type, as GraphQL names it (<c>Activiteit</c>, <c>Organisatie</c> …).</summary>
    public required string ObjectType { get; set; }

    /// <summary>The object's key; with <see cref="ObjectType"/> its global id.</summary>
    public int ObjectId { get; set; }

    public WijzigingSoort Soort { get; set; }

    /// <summary>What changed, field by field (a JSON column).</summary>
    public List<Veldwijziging> Velden { get; set; } = [];

    /// <summary>The organisations the object belonged to before or after the change: who may read the entry.</summary>
    public List<WijzigingOrganisatie> Organisaties { get; set; } = [];
}

/// <summary>One changed field: its name as the API spells it, with the old and new value (null for none) unless it is long.</summary>
public sealed class Veldwijziging
{
    /// <summary>The field, in camelCase (<c>titel</c>, <c>herhaling.geannuleerdeDatums</c>).</summary>
    public required string Veld { get; set; }

    public string? Oud { get; set; }

    public string? Nieuw { get; set; }

    /// <summary>A long text (such as a description): only that it changed is kept, not its values.</summary>
    public bool Lang { get; set; }
}

/// <summary>An organisation an entry belongs to (a redacteur of it may read the entry).</summary>
public sealed class WijzigingOrganisatie
{
    public int Volgnummer { get; set; }

    public int OrganisatieId { get; set; }
}

/// <summary>What kind of change an entry records.</summary>
public enum WijzigingSoort
{
    Toegevoegd,
    Gewijzigd,
    Geannuleerd,
    Hersteld,
    Verwijderd,
}
