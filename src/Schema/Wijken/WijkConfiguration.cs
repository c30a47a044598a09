using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SociaalNetwerk.Schema.Wijken;

internal sealed class WijkConfiguration : IEntityTypeConfiguration<Wijk>
{
    public void Configure(EntityTypeBuilder<Wijk> builder)
    {
        builder.ToTable("Wijken");
        builder.HasIndex(w => w.Slug).IsUnique();
        builder.Property(w => w.Slug).HasMaxLength(64);
        builder.Property(w => w.Naam).HasMaxLength(100);
    }
}

internal sealed class LocatieConfiguration : IEntityTypeConfiguration<Locatie>
{
    public void Configure(EntityTypeBuilder<Locatie> builder)
    {
        builder.ToTable("Locaties");
        builder.Property(l => l.Naam).HasMaxLength(200);
        builder.Property(l => l.ZoekNaam).HasMaxLength(200);
        builder.Property(l => l.ZoekTekst).HasMaxLength(520);
        builder.HasIndex(l => new { l.ZoekNaam, l.Id });
        builder.Property(l => l.Adres).HasMaxLength(200);
        builder.Property(l => l.Postcode).HasMaxLength(10);
        builder.Property(l => l.Plaats).HasMaxLength(100);
        builder.HasOne(l => l.Wijk).WithMany().HasForeignKey(l => l.WijkId).OnDelete(DeleteBehavior.SetNull);
    }
}
