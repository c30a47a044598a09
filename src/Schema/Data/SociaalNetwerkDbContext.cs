using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using SociaalNetwerk.Schema.Agenda;
using SociaalNetwerk.Schema.Kenmerken;
using SociaalNetwerk.Schema.Netwerken;
using SociaalNetwerk.Schema.Wijken;
using SociaalNetwerk.Schema.Wijzigingen;

namespace SociaalNetwerk.Schema.Data;

/// <summary>
/// The application's database; Identity's tables for accounts (<see cref="Accounts.Account"/>) live in it too, and the
/// ASP.NET Core Data Protection keys, so that cookies and tokens work on every instance and survive a restart.
/// </summary>
public sealed class SociaalNetwerkDbContext(DbContextOptions<SociaalNetwerkDbContext> options) : IdentityUserContext<Accounts.Account, int>(options), IDataProtectionKeyContext
{
    /// <summary>PostgreSQL's code-point collation, the equivalent of SQLite's default BINARY.</summary>
    private const string Binair = "C";

    public DbSet<Wijk> Wijken => Set<Wijk>();

    public DbSet<Locatie> Locaties => Set<Locatie>();

    public DbSet<Organisatie> Organisaties => Set<Organisatie>();

    public DbSet<Netwerk> Netwerken => Set<Netwerk>();

    public DbSet<NetwerkGroep> NetwerkGroepen => Set<NetwerkGroep>();

    public DbSet<Lidmaatschap> Lidmaatschappen => Set<Lidmaatschap>();

    public DbSet<Activiteit> Activiteiten => Set<Activiteit>();

    public DbSet<Voorkomen> Voorkomens => Set<Voorkomen>();

    public DbSet<Participatie.Participatietraject> Participatietrajecten => Set<Participatie.Participatietraject>();

    public DbSet<Participatie.Uitvraag> Uitvragen => Set<Participatie.Uitvraag>();

    public DbSet<Participatie.Vraag> Vragen => Set<Participatie.Vraag>();

    public DbSet<Participatie.Antwoordoptie> Antwoordopties => Set<Participatie.Antwoordoptie>();

    public DbSet<Participatie.Reactie> Reacties => Set<Participatie.Reactie>();

    public DbSet<Participatie.Antwoord> Antwoorden => Set<Participatie.Antwoord>();

    public DbSet<Toegang.ApiSleutel> ApiSleutels => Set<Toegang.ApiSleutel>();

    public DbSet<Accounts.AccountRol> AccountRollen => Set<Accounts.AccountRol>();

    public DbSet<Instelling> Instellingen => Set<Instelling>();

    /// <summary>The audit log (append-only; written only by <see cref="Wijzigingslog"/>).</summary>
    public DbSet<Wijziging> Wijzigingen => Set<Wijziging>();

    public DbSet<WijzigingOrganisatie> WijzigingOrganisaties => Set<WijzigingOrganisatie>();

    /// <summary>Leases of background tasks shared by all instances (<see cref="Taakvergrendelingen"/>).</summary>
    public DbSet<Taakvergrendeling> Taakvergrendelingen => Set<Taakvergrendeling>();

    /// <summary>The counters of the submission limit (<see cref="Participatie.InzendLimiet"/>).</summary>
    public DbSet<Participatie.Inzendtelling> Inzendtellingen => Set<Participatie.Inzendtelling>();

    /// <summary>The data version (<see cref="Data.Dataversie"/>), changed by every save that changes content.</summary>
    public DbSet<Dataversie> Dataversies => Set<Dataversie>();

    /// <summary>ASP.NET Core Data Protection's key ring (portal cookies, antiforgery, invitation links, preview links).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>The portal's signed-in sessions (<see cref="Accounts.PortaalSessies"/>).</summary>
    public DbSet<Accounts.PortaalSessie> PortaalSessies => Set<Accounts.PortaalSessie>();

    /// <summary>The portal's "new …" forms that were sent, so each adds once on every instance (<see cref="Formulierinzending"/>).</summary>
    public DbSet<Formulierinzending> Formulierinzendingen => Set<Formulierinzending>();

    /// <summary>The join table of activities and their organisers (a skip navigation), for batch loaders.</summary>
    public DbSet<Dictionary<string, object>> ActiviteitOrganisatoren => Set<Dictionary<string, object>>("ActiviteitOrganisatoren");

    /// <summary>The join table of organisations and the wijken they work in.</summary>
    public DbSet<Dictionary<string, object>> OrganisatieWijken => Set<Dictionary<string, object>>("OrganisatieWijken");

    /// <summary>
    /// Saves, and when the save changes content (anything but <see cref="Dataversie.GeenInhoud"/>) gives the area it
    /// changes a new <see cref="Dataversie"/> in the same transaction (the caller's, or one of its own): the reacties
    /// area when it changes only reacties and their answers, else the general one. Every writer goes through here
    /// (GraphQL mutations, the portal, background services, the CLI), so none can forget it.
    /// </summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        WerkZoektekstenBij();
        if (GewijzigdGebied() is not { } gebied)
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }

        if (Database.CurrentTransaction is not null)
        {
            Dataversie.Verhoog(this, gebied);
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }

        using var transactie = Database.BeginTransaction();
        Dataversie.Verhoog(this, gebied);
        var aantal = base.SaveChanges(acceptAllChangesOnSuccess);
        transactie.Commit();
        return aantal;
    }

    /// <inheritdoc cref="SaveChanges(bool)"/>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        WerkZoektekstenBij();
        if (GewijzigdGebied() is not { } gebied)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        if (Database.CurrentTransaction is not null)
        {
            await Dataversie.VerhoogAsync(this, cancellationToken, gebied);
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        await using var transactie = await Database.BeginTransactionAsync(cancellationToken);
        await Dataversie.VerhoogAsync(this, cancellationToken, gebied);
        var aantal = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await transactie.CommitAsync(cancellationToken);
        return aantal;
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(SociaalNetwerkDbContext).Assembly);
        if (PostgreSqlProvider.Is(Database))
        {
            VergelijkTekstBinair(builder);
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every instant is stored in UTC and read back as UTC; planning happens in Europe/Amsterdam.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    /// <summary>
    /// PostgreSQL: every text column gets the "C" collation, so ordering, keyset cursors and comparisons are by code
    /// point, as SQLite's BINARY collation does, whatever the database's default locale is.
    /// </summary>
    private static void VergelijkTekstBinair(ModelBuilder builder)
    {
        foreach (var entiteit in builder.Model.GetEntityTypes().Where(e => !e.IsMappedToJson()))
        {
            foreach (var eigenschap in entiteit.GetProperties().Where(p => p.ClrType == typeof(string)))
            {
                eigenschap.SetCollation(Binair);
            }
        }
    }

    /// <summary>The area whose version this save changes (<see cref="Dataversie.GebiedVan"/>), or null when it changes no content.</summary>
    private Gebied? GewijzigdGebied() => Dataversie.GebiedVan(ChangeTracker.Entries()
        .Where(entry => entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
        .Select(entry => entry.Metadata.ClrType));

    private void WerkZoektekstenBij()
    {
        foreach (var entry in ChangeTracker.Entries<IDoorzoekbaar>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                entry.Entity.WerkZoektekstBij();
            }
        }
    }

    /// <summary>Internal, not private: the compiled models (Data/GecompileerdModel) create it.</summary>
    internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
