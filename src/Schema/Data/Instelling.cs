using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SociaalNetwerk.Schema.Data;

/// <summary>A server-wide value kept in the database, such as the secret behind ontvangstcodes.</summary>
public sealed class Instelling
{
    public required string Sleutel { get; set; }

    public required string Waarde { get; set; }
}

internal sealed class InstellingConfiguration : IEntityTypeConfiguration<Instelling>
{
    public void Configure(EntityTypeBuilder<Instelling> builder)
    {
        builder.ToTable("Instellingen");
        builder.HasKey(i => i.Sleutel);
        builder.Property(i => i.Sleutel).HasMaxLength(100);
        builder.Property(i => i.Waarde).HasMaxLength(500);
    }
}
