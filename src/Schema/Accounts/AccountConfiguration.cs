using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.AspNetCore.Identity;
using SociaalNetwerk.Schema.Netwerken;
using SociaalNetwerk.Schema.Participatie;

namespace SociaalNetwerk.Schema.Accounts;

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> builder)
    {
        builder.ToTable("Accounts");
        builder.HasMany(a => a.Rollen).WithOne().HasForeignKey(r => r.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AccountRolConfiguration : IEntityTypeConfiguration<AccountRol>
{
    public void Configure(EntityTypeBuilder<AccountRol> builder)
    {
        builder.ToTable("AccountRollen");
        builder.Property(r => r.Rol).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Organisatie>().WithMany().HasForeignKey(r => r.OrganisatieId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Participatietraject>().WithMany().HasForeignKey(r => r.ParticipatietrajectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.AccountId, r.Rol, r.OrganisatieId, r.ParticipatietrajectId }).IsUnique();
    }
}

internal sealed class AccountClaimConfiguration : IEntityTypeConfiguration<IdentityUserClaim<int>>
{
    public void Configure(EntityTypeBuilder<IdentityUserClaim<int>> builder) => builder.ToTable("AccountClaims");
}

internal sealed class AccountLoginConfiguration : IEntityTypeConfiguration<IdentityUserLogin<int>>
{
    public void Configure(EntityTypeBuilder<IdentityUserLogin<int>> builder) => builder.ToTable("AccountLogins");
}

internal sealed class AccountTokenConfiguration : IEntityTypeConfiguration<IdentityUserToken<int>>
{
    public void Configure(EntityTypeBuilder<IdentityUserToken<int>> builder) => builder.ToTable("AccountTokens");
}
