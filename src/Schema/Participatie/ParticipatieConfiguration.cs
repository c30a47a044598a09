using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace SociaalNetwerk.Schema.Participatie;

internal static class VertaalbaarKolom
{
    private static readonly ValueConverter<Vertaalbaar, string> Converter = new(
        v => JsonSerializer.Serialize(v.Teksten, (JsonSerializerOptions?)null),
        s => new Vertaalbaar { Teksten = JsonSerializer.Deserialize<Dictionary<string, string>>(s, (JsonSerializerOptions?)null) ?? new Dictionary<string, string>() });

    private static readonly ValueComparer<Vertaalbaar> Vergelijker = new(
        (a, b) => JsonSerializer.Serialize(a!.Teksten, (JsonSerializerOptions?)null) == JsonSerializer.Serialize(b!.Teksten, (JsonSerializerOptions?)null),
        v => JsonSerializer.Serialize(v.Teksten, (JsonSerializerOptions?)null).GetHashCode(StringComparison.Ordinal),
        v => new Vertaalbaar { Teksten = new Dictionary<string, string>(v.Teksten) });

    public static PropertyBuilder<Vertaalbaar> AlsVertaalbaar(this PropertyBuilder<Vertaalbaar> property) =>
        property.HasConversion(Converter, Vergelijker);

    public static PropertyBuilder<Vertaalbaar?> AlsOptioneelVertaalbaar(this PropertyBuilder<Vertaalbaar?> property) =>
        property.HasConversion(Converter!, Vergelijker!);
}

internal sealed class ParticipatietrajectConfiguration : IEntityTypeConfiguration<Participatietraject>
{
    public void Configure(EntityTypeBuilder<Participatietraject> builder)
    {
        builder.ToTable("Participatietrajecten");
        builder.Property(t => t.Naam).HasMaxLength(200);
        builder.Property(t => t.Fase).HasConversion<string>().HasMaxLength(30);
        builder.HasMany(t => t.Uitvragen).WithOne(u => u.Participatietraject).HasForeignKey(u => u.ParticipatietrajectId);
    }
}

internal sealed class UitvraagConfiguration : IEntityTypeConfiguration<Uitvraag>
{
    public void Configure(EntityTypeBuilder<Uitvraag> builder)
    {
        builder.ToTable("Uitvragen");
        builder.Property(u => u.Titel).AlsVertaalbaar();
        builder.Property(u => u.Inleiding).AlsVertaalbaar();
        builder.Property(u => u.Privacyverklaring).AlsVertaalbaar();
        builder.Property(u => u.Status).HasConversion<string>().HasMaxLength(30);
        builder.PrimitiveCollection(u => u.Doelgroepen).ElementType().HasConversion<string>();
        builder.Ignore(u => u.BewaarTot);
        builder.HasMany(u => u.Vragen).WithOne().HasForeignKey(v => v.UitvraagId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class VraagConfiguration : IEntityTypeConfiguration<Vraag>
{
    public void Configure(EntityTypeBuilder<Vraag> builder)
    {
        builder.ToTable("Vragen");
        builder.Property(v => v.Type).HasConversion<string>().HasMaxLength(30);
        builder.Property(v => v.Tekst).AlsVertaalbaar();
        builder.Property(v => v.Toelichting).AlsOptioneelVertaalbaar();
        builder.Property(v => v.SchaalLabelMin).AlsOptioneelVertaalbaar();
        builder.Property(v => v.SchaalLabelMax).AlsOptioneelVertaalbaar();
        builder.HasMany(v => v.Opties).WithOne().HasForeignKey(o => o.VraagId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.UitvraagId, v.Volgorde });
    }
}

internal sealed class AntwoordoptieConfiguration : IEntityTypeConfiguration<Antwoordoptie>
{
    public void Configure(EntityTypeBuilder<Antwoordoptie> builder)
    {
        builder.ToTable("Antwoordopties");
        builder.Property(o => o.Tekst).AlsVertaalbaar();
    }
}

internal sealed class ReactieConfiguration : IEntityTypeConfiguration<Reactie>
{
    public void Configure(EntityTypeBuilder<Reactie> builder)
    {
        builder.ToTable("Reacties");
        builder.Property(r => r.IdempotentieSleutel).HasMaxLength(100);
        builder.Property(r => r.OntvangstcodeHash).HasMaxLength(64);
        builder.Property(r => r.InhoudHash).HasMaxLength(64);
        builder.Property(r => r.Kanaal).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Doelgroep).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Taal).HasMaxLength(5);
        builder.Property(r => r.ContactNaam).HasMaxLength(200);
        builder.Property(r => r.ContactEmail).HasMaxLength(200);
        builder.Property(r => r.ContactTelefoon).HasMaxLength(40);
        builder.Property(r => r.IngevoerdDoor).HasMaxLength(20);
        // A retry with the same key can never store a second reactie, however the requests race.
        builder.HasIndex(r => new { r.UitvraagId, r.IdempotentieSleutel }).IsUnique();
        builder.HasIndex(r => r.OntvangstcodeHash).IsUnique();
        // One reactie per printed form: entering the same formulier number twice can never store a second one.
        builder.HasIndex(r => new { r.UitvraagId, r.Formuliernummer }).IsUnique().HasFilter("\"Formuliernummer\" IS NOT NULL");
        builder.HasMany(r => r.Antwoorden).WithOne().HasForeignKey(a => a.ReactieId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.Uitvraag).WithMany().HasForeignKey(r => r.UitvraagId);
    }
}

internal sealed class AntwoordConfiguration : IEntityTypeConfiguration<Antwoord>
{
    public void Configure(EntityTypeBuilder<Antwoord> builder)
    {
        builder.ToTable("Antwoorden");
        builder.Property(a => a.Tekst).HasMaxLength(4000);
        builder.Property(a => a.GenormaliseerdeTekst).HasMaxLength(200);
        builder.Property(a => a.FactorSoort).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(a => new { a.VraagId, a.OptieId });
    }
}
