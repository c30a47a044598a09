using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SociaalNetwerk.Schema.Netwerken;

internal sealed class OrganisatieConfiguration : IEntityTypeConfiguration<Organisatie>
{
    public void Configure(EntityTypeBuilder<Organisatie> builder)
    {
        builder.ToTable("Organisaties");
        builder.Property(o => o.Naam).HasMaxLength(200);
        builder.Property(o => o.ZoekNaam).HasMaxLength(200);
        builder.Property(o => o.ZoekTekst).HasMaxLength(4200);
        builder.Property(o => o.AfbeeldingUrl).HasMaxLength(Redactie.Veldcontrole.MaxUrlLengte);
        builder.Property(o => o.AfbeeldingAlt).HasMaxLength(Kenmerken.Afbeelding.MaxAltLengte);
        builder.Property(o => o.Soort).HasConversion<string>().HasMaxLength(40);
        builder.PrimitiveCollection(o => o.Themas).ElementType().HasConversion<string>();
        builder.HasIndex(o => new { o.ZoekNaam, o.Id });
        builder.HasMany(o => o.Wijken).WithMany().UsingEntity(
            "OrganisatieWijken",
            r => r.HasOne(typeof(Wijken.Wijk)).WithMany().HasForeignKey("WijkId"),
            l => l.HasOne(typeof(Organisatie)).WithMany().HasForeignKey("OrganisatieId"),
            j => j.HasKey("OrganisatieId", "WijkId"));
    }
}

internal sealed class NetwerkConfiguration : IEntityTypeConfiguration<Netwerk>
{
    public void Configure(EntityTypeBuilder<Netwerk> builder)
    {
        builder.ToTable("Netwerken");
        builder.Property(n => n.Naam).HasMaxLength(200);
        builder.HasOne(n => n.OnderdeelVan).WithMany().HasForeignKey(n => n.OnderdeelVanId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(n => n.Groepen).WithOne(g => g.Netwerk).HasForeignKey(g => g.NetwerkId);
    }
}

internal sealed class NetwerkGroepConfiguration : IEntityTypeConfiguration<NetwerkGroep>
{
    public void Configure(EntityTypeBuilder<NetwerkGroep> builder)
    {
        builder.ToTable("NetwerkGroepen");
        builder.Property(g => g.Naam).HasMaxLength(200);
        builder.Property(g => g.Soort).HasConversion<string>().HasMaxLength(40);
    }
}

internal sealed class LidmaatschapConfiguration : IEntityTypeConfiguration<Lidmaatschap>
{
    public void Configure(EntityTypeBuilder<Lidmaatschap> builder)
    {
        builder.ToTable("Lidmaatschappen");
        builder.Property(l => l.Rol).HasConversion<string>().HasMaxLength(40);
        builder.HasOne(l => l.Organisatie).WithMany(o => o.Lidmaatschappen).HasForeignKey(l => l.OrganisatieId);
        builder.HasOne(l => l.Netwerk).WithMany(n => n.Lidmaatschappen).HasForeignKey(l => l.NetwerkId);
        builder.HasOne(l => l.Groep).WithMany().HasForeignKey(l => l.GroepId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(l => new { l.NetwerkId, l.OrganisatieId });
    }
}
