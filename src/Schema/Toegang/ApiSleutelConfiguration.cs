using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SociaalNetwerk.Schema.Toegang;

internal sealed class ApiSleutelConfiguration : IEntityTypeConfiguration<ApiSleutel>
{
    public void Configure(EntityTypeBuilder<ApiSleutel> builder)
    {
        builder.ToTable("ApiSleutels");
        builder.HasIndex(s => s.Kenmerk).IsUnique();
        builder.Property(s => s.Kenmerk).HasMaxLength(20);
        builder.Property(s => s.Hash).HasMaxLength(64);
        builder.Property(s => s.Rol).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Omschrijving).HasMaxLength(200);
    }
}
