using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SociaalNetwerk.Schema.Data;

/// <summary>
/// A "new …" form of the portal that was sent, by account and the form's key: the first post of the form inserts the
/// row and adds, and writes the page of what it added in <see cref="Pad"/>; another post of that form, on any instance
/// on the database, finds the row and gets that page instead of adding again (GraphApi's <c>EenmaalPerFormulier</c>).
/// </summary>
public sealed class Formulierinzending
{
    public const int MaxWie = 200;

    public const int MaxPad = 2000;

    /// <summary>Who sent it (<c>account:12</c>, or the key of a <c>Gebruiker</c>).</summary>
    public required string Wie { get; set; }

    /// <summary>The form's key (a GUID, 32 hex digits).</summary>
    public required string Sleutel { get; set; }

    /// <summary>The page of what the first post added; null while it is adding.</summary>
    public string? Pad { get; set; }

    /// <summary>When the first post began (UTC); rows are kept for an hour.</summary>
    public DateTime Sinds { get; set; }
}

internal sealed class FormulierinzendingConfiguration : IEntityTypeConfiguration<Formulierinzending>
{
    public void Configure(EntityTypeBuilder<Formulierinzending> builder)
    {
        builder.ToTable("Formulierinzendingen");
        builder.HasKey(f => new { f.Wie, f.Sleutel });
        builder.Property(f => f.Wie).HasMaxLength(Formulierinzending.MaxWie);
        builder.Property(f => f.Sleutel).HasMaxLength(32);
        builder.Property(f => f.Pad).HasMaxLength(Formulierinzending.MaxPad);
        builder.HasIndex(f => f.Sinds);
    }
}
