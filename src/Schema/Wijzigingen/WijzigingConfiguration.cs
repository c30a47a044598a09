using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SociaalNetwerk.Schema.Wijzigingen;

internal sealed class WijzigingConfiguration : IEntityTypeConfiguration<Wijziging>
{
    public void Configure(EntityTypeBuilder<Wijziging> builder)
    {
        builder.ToTable("Wijzigingen");
        builder.HasKey(w => w.Volgnummer);
        // AUTOINCREMENT: a sequence number is never reused, also not after the highest row would be gone.
        builder.Property(w => w.Volgnummer).ValueGeneratedOnAdd().HasAnnotation("Sqlite:Autoincrement", true);
        builder.Property(w => w.DoorKenmerk).HasMaxLength(100);
        builder.Property(w => w.DoorNaam).HasMaxLength(300);
        builder.Property(w => w.Rol).HasConversion<string>().HasMaxLength(20);
        builder.Property(w => w.ObjectType).HasMaxLength(60);
        builder.Property(w => w.Soort).HasConversion<string>().HasMaxLength(20);
        builder.OwnsMany(w => w.Velden, v => v.ToJson());
        builder.HasMany(w => w.Organisaties).WithOne().HasForeignKey(o => o.Volgnummer).OnDelete(DeleteBehavior.Cascade);
        // The filters page newest first: by object type, by one object.
        builder.HasIndex(w => new { w.ObjectType, w.Volgnummer });
        builder.HasIndex(w => new { w.ObjectType, w.ObjectId, w.Volgnummer });
    }
}

internal sealed class WijzigingOrganisatieConfiguration : IEntityTypeConfiguration<WijzigingOrganisatie>
{
    public void Configure(EntityTypeBuilder<WijzigingOrganisatie> builder)
    {
        builder.ToTable("WijzigingOrganisaties");
        builder.HasKey(o => new { o.Volgnummer, o.OrganisatieId });
        // A redacteur's log: the entries of an organisation, newest first.
        builder.HasIndex(o => new { o.OrganisatieId, o.Volgnummer });
    }
}
