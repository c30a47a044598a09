using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SociaalNetwerk.Schema.Netwerken;

namespace SociaalNetwerk.Schema.Agenda;

internal sealed class ActiviteitConfiguration : IEntityTypeConfiguration<Activiteit>
{
    public void Configure(EntityTypeBuilder<Activiteit> builder)
    {
        builder.ToTable("Activiteiten");
        builder.Property(a => a.Titel).HasMaxLength(200);
        builder.Property(a => a.Omschrijving).HasMaxLength(4000);
        builder.Property(a => a.ZoekTekst).HasMaxLength(4300);
        builder.Property(a => a.Soort).HasConversion<string>().HasMaxLength(40);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.AnnuleringReden).HasMaxLength(500);
        builder.Property(a => a.Aanmelding).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.AfbeeldingUrl).HasMaxLength(Redactie.Veldcontrole.MaxUrlLengte);
        builder.Property(a => a.AfbeeldingAlt).HasMaxLength(Kenmerken.Afbeelding.MaxAltLengte);
        builder.PrimitiveCollection(a => a.Themas).ElementType().HasConversion<string>();
        builder.PrimitiveCollection(a => a.Kernopgaven).ElementType().HasConversion<string>();
        builder.PrimitiveCollection(a => a.Doelgroepen).ElementType().HasConversion<string>();
        builder.PrimitiveCollection(a => a.GesprokenTalen);
        builder.Ignore(a => a.Gratis);
        builder.OwnsOne(a => a.Herhaling, h =>
        {
            h.ToJson();
            h.Property(x => x.Frequentie).HasConversion<string>();
            h.OwnsMany(x => x.AnnuleringRedenen);
        });
        builder.HasOne(a => a.Netwerk).WithMany().HasForeignKey(a => a.NetwerkId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(a => a.Locatie).WithMany().HasForeignKey(a => a.LocatieId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(a => new { a.Start, a.Id });
        builder.HasIndex(a => a.NetwerkId);
        builder.HasIndex(a => a.LocatieId);
        // The background planner finds what is due (null, or a horizon that falls behind) without reading every activity.
        builder.HasIndex(a => a.VoorkomensTot);
        builder.HasMany(a => a.Organisatoren).WithMany(o => o.Activiteiten).UsingEntity(
            "ActiviteitOrganisatoren",
            r => r.HasOne(typeof(Organisatie)).WithMany().HasForeignKey("OrganisatieId"),
            l => l.HasOne(typeof(Activiteit)).WithMany().HasForeignKey("ActiviteitId"),
            j =>
            {
                j.HasKey("ActiviteitId", "OrganisatieId");
                j.HasIndex("OrganisatieId", "ActiviteitId");
            });
    }
}

internal sealed class VoorkomenConfiguration : IEntityTypeConfiguration<Voorkomen>
{
    public void Configure(EntityTypeBuilder<Voorkomen> builder)
    {
        builder.ToTable("Voorkomens");
        builder.HasOne(v => v.Activiteit).WithMany(a => a.Voorkomens).HasForeignKey(v => v.ActiviteitId).OnDelete(DeleteBehavior.Cascade);
        // The agenda (AgendaZoeker) pages with a keyset on (Start, Id) from a start shortly before `vanaf`, and checks the
        // end and the activity in the same index, so it reads no table row for an occurrence it skips. Its count with a
        // filter on the activity looks up each activity's occurrences by (ActiviteitId, Eind), again without table rows;
        // the correction of a kept count (AgendaZoeker.TelAsync) reads an hour of ends on Eind.
        // Node ids look up (ActiviteitId, Start).
        builder.HasIndex(v => new { v.Start, v.Id, v.Eind, v.ActiviteitId });
        builder.HasIndex(v => v.Eind);
        builder.HasIndex(v => new { v.ActiviteitId, v.Start }).IsUnique();
        builder.HasIndex(v => new { v.ActiviteitId, v.Eind, v.Start });
    }
}
