using System.Collections;
using System.Globalization;
using System.Text.Json;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using SociaalNetwerk.Schema.Accounts;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Netwerken;
using SociaalNetwerk.Schema.Participatie;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.Schema.Wijzigingen;

/// <summary>
/// Writes the audit log: <see cref="BewaarAsync"/> stores a change and, in the same transaction, one
/// <see cref="Wijziging"/> per changed object. What changed is read from EF Core's change tracker before the save
/// (original and current values of every modified property; owned values such as <c>herhaling</c> and many-to-many
/// links such as <c>organisatoren</c> count as fields of their owner); the keys of new rows are read after it.
/// </summary>
/// <remarks>
/// Logged: every entity with a global id (<see cref="IEntiteit"/>) except reacties of residents
/// (<see cref="Reactie"/>: personal data, never logged from the change tracker). The one exception is the team's
/// correction or deletion of a reactie it entered from paper or a conversation (<see cref="BewaarReactieAsync"/>):
/// that it happened, by whom, its formulier number and kanaal — never its answers or contact details. Not logged as fields: keys, derived columns (search texts,
/// <c>GewijzigdOp</c>) and secrets (a key's hash). A text longer than <see cref="MaxKortLengte"/> characters, or of a
/// column that may hold more, is logged as changed without its values.
/// </remarks>
public static class Wijzigingslog
{
    /// <summary>The longest value kept as old → new; longer texts are only marked as changed.</summary>
    public const int MaxKortLengte = 500;

    private static readonly HashSet<Type> NietGelogd = [typeof(Reactie)];

    private static readonly HashSet<string> NietAlsVeld = ["ZoekTekst", "ZoekNaam", "GewijzigdOp", "Hash"];

    /// <summary>
    /// Saves the context's changes and logs them as <paramref name="gebruiker"/> at <paramref name="tijdstip"/>. Call it
    /// inside a transaction: the log rows are a second save, and must be rolled back with the change.
    /// </summary>
    public static async Task BewaarAsync(SociaalNetwerkDbContext db, Gebruiker gebruiker, DateTime tijdstip, CancellationToken cancellationToken)
    {
        var notities = Noteer(db);
        await db.SaveChangesAsync(cancellationToken);
        if (notities.Count == 0)
        {
            return;
        }

        var (accountId, naam) = await DoorAsync(db, gebruiker.Kenmerk, cancellationToken);
        foreach (var notitie in notities)
        {
            var id = notitie.Id ?? (int)notitie.Entry.Property(nameof(IEntiteit.Id)).CurrentValue!;
            if (notitie.IsOrganisatie)
            {
                notitie.Organisaties.Add(id);
            }

            db.Add(new Wijziging
            {
                Tijdstip = tijdstip,
                DoorKenmerk = gebruiker.Kenmerk,
                AccountId = accountId,
                DoorNaam = naam,
                Rol = gebruiker.Rol,
                ObjectType = notitie.Type,
                ObjectId = id,
                Soort = notitie.Soort,
                Velden = notitie.Velden(),
                Organisaties = [.. notitie.Organisaties.Order().Select(o => new WijzigingOrganisatie { OrganisatieId = o })],
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Saves the context's changes and logs one change of a team-entered <paramref name="reactie"/> with exactly the
    /// given <paramref name="velden"/> (chosen by the caller: formulier number, kanaal, and only <em>that</em> the answers
    /// changed, never their values), plus, for a deletion, the uitvraag it belonged to. Call it inside a transaction,
    /// like <see cref="BewaarAsync"/>.
    /// </summary>
    public static async Task BewaarReactieAsync(
        SociaalNetwerkDbContext db, Gebruiker gebruiker, DateTime tijdstip, Reactie reactie, WijzigingSoort soort, IEnumerable<Veldwijziging> velden, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        var (accountId, naam) = await DoorAsync(db, gebruiker.Kenmerk, cancellationToken);
        var uitvraag = GlobalId.Maak(nameof(Uitvraag), reactie.UitvraagId);
        db.Add(new Wijziging
        {
            Tijdstip = tijdstip,
            DoorKenmerk = gebruiker.Kenmerk,
            AccountId = accountId,
            DoorNaam = naam,
            Rol = gebruiker.Rol,
            ObjectType = nameof(Reactie),
            ObjectId = reactie.Id,
            Soort = soort,
            Velden =
            [
                .. (soort == WijzigingSoort.Verwijderd ? velden.Append(new Veldwijziging { Veld = "uitvraag", Oud = uitvraag }) : velden)
                    .OrderBy(v => v.Veld, StringComparer.Ordinal),
            ],
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Saves the context's changes and logs one change of an object the change tracker does not log (an account:
    /// <see cref="AccountLog"/>) with exactly the given <paramref name="velden"/>, chosen by the caller (never a secret).
    /// The entry belongs to no organisation, so only beheerders read it. Call it inside a transaction, like
    /// <see cref="BewaarAsync"/>.
    /// </summary>
    public static async Task BewaarObjectAsync(
        SociaalNetwerkDbContext db, Gebruiker gebruiker, DateTime tijdstip, string objectType, int objectId, WijzigingSoort soort, IEnumerable<Veldwijziging> velden, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        var (accountId, naam) = await DoorAsync(db, gebruiker.Kenmerk, cancellationToken);
        db.Add(new Wijziging
        {
            Tijdstip = tijdstip,
            DoorKenmerk = gebruiker.Kenmerk,
            AccountId = accountId,
            DoorNaam = naam,
            Rol = gebruiker.Rol,
            ObjectType = objectType,
            ObjectId = objectId,
            Soort = soort,
            Velden = [.. velden.Where(v => v.Lang || v.Oud != v.Nieuw).OrderBy(v => v.Veld, StringComparer.Ordinal)],
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Who, readable: an account's e-mail address or a key's description, as they are now.</summary>
    private static async Task<(int? AccountId, string Naam)> DoorAsync(SociaalNetwerkDbContext db, string? kenmerk, CancellationToken cancellationToken)
    {
        if (kenmerk is null)
        {
            return (null, string.Empty);
        }

        if (kenmerk.StartsWith(AccountGebruikers.KenmerkVoorvoegsel, StringComparison.Ordinal)
            && int.TryParse(kenmerk.AsSpan(AccountGebruikers.KenmerkVoorvoegsel.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var accountId))
        {
            var email = await db.Users.AsNoTracking().Where(a => a.Id == accountId).Select(a => a.Email).FirstOrDefaultAsync(cancellationToken);
            return (accountId, email ?? kenmerk);
        }

        var omschrijving = await db.ApiSleutels.AsNoTracking().Where(s => s.Kenmerk == kenmerk).Select(s => s.Omschrijving).FirstOrDefaultAsync(cancellationToken);
        return (null, omschrijving ?? kenmerk);
    }

    /// <summary>The changes the tracker holds, one note per logged object, read before the save.</summary>
    private static List<Notitie> Noteer(DbContext db)
    {
        var alle = db.ChangeTracker.Entries().ToList();
        var perSleutel = new Dictionary<(IEntityType, object), Notitie>();
        var volgorde = new List<Notitie>();

        Notitie? NotitieVan(EntityEntry entry, bool maak)
        {
            if (entry.Entity is not IEntiteit || NietGelogd.Contains(entry.Metadata.ClrType) || entry.Metadata.IsOwned())
            {
                return null;
            }

            var sleutel = (entry.Metadata, entry.Property(nameof(IEntiteit.Id)).CurrentValue!);
            if (perSleutel.TryGetValue(sleutel, out var bestaand) || !maak)
            {
                return bestaand;
            }

            var notitie = new Notitie(entry);
            perSleutel[sleutel] = notitie;
            volgorde.Add(notitie);
            return notitie;
        }

        Notitie? NotitieOpSleutel(IEntityType type, object? sleutel) =>
            sleutel is null ? null : alle.FirstOrDefault(e => e.Metadata == type && Equals(e.Property(nameof(IEntiteit.Id)).CurrentValue, sleutel)) is { } entry
                ? NotitieVan(entry, maak: true)
                : null;

        var gewijzigd = alle.Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        static bool IsKoppeling(EntityEntry e) => e.Metadata.HasSharedClrType && e.Metadata.ClrType == typeof(Dictionary<string, object>);
        foreach (var entry in gewijzigd.Where(e => !IsKoppeling(e)))
        {
            if (entry.Metadata.IsOwned())
            {
                // An owned value (herhaling), or one owned by an owned value (herhaling.annuleringRedenen): a field of the object that owns it all.
                var voorvoegsel = string.Empty;
                var deel = entry;
                Notitie? eigenaar = null;
                while (deel is not null && deel.Metadata.FindOwnership() is { } eigendom)
                {
                    voorvoegsel = Camel(eigendom.PrincipalToDependent!.Name) + "." + voorvoegsel;
                    var waarde = deel.Property(eigendom.Properties[0].Name).CurrentValue;
                    if (!eigendom.PrincipalEntityType.IsOwned())
                    {
                        eigenaar = NotitieOpSleutel(eigendom.PrincipalEntityType, waarde);
                        break;
                    }

                    var sleutel = eigendom.PrincipalKey.Properties[0].Name;
                    deel = alle.FirstOrDefault(e => e.Metadata == eigendom.PrincipalEntityType && Equals(e.Property(sleutel).CurrentValue, waarde));
                }

                eigenaar?.NoteerVelden(entry, voorvoegsel);
            }
            else if (NotitieVan(entry, maak: true) is { } notitie)
            {
                notitie.NoteerVelden(entry, string.Empty);
            }
        }

        // Links after the objects, so a link is a field of the object that is being changed.
        foreach (var entry in gewijzigd.Where(IsKoppeling))
        {
            NoteerKoppeling(db, entry, perSleutel, NotitieOpSleutel);
        }

        foreach (var notitie in volgorde)
        {
            notitie.NoteerOrganisaties();
        }

        return [.. volgorde.Where(n => n.Soort != WijzigingSoort.Gewijzigd || n.Velden().Count > 0)];
    }

    /// <summary>
    /// A link of a many-to-many relation added or removed: a change of the list field of the side that changed
    /// (activity → <c>organisatoren</c>, organisation → <c>wijken</c>).
    /// </summary>
    private static void NoteerKoppeling(DbContext db, EntityEntry entry, Dictionary<(IEntityType, object), Notitie> perSleutel, Func<IEntityType, object?, Notitie?> notitieOpSleutel)
    {
        if (entry.State == EntityState.Modified)
        {
            return;
        }

        var kanten = db.Model.GetEntityTypes().SelectMany(t => t.GetSkipNavigations()).Where(s => s.JoinEntityType == entry.Metadata).ToList();
        object? Waarde(ISkipNavigation kant) => entry.Property(kant.ForeignKey.Properties[0].Name).CurrentValue;
        var kant = kanten.FirstOrDefault(k => Waarde(k) is { } w && perSleutel.ContainsKey((k.DeclaringEntityType, w)))
            ?? kanten.FirstOrDefault(k => typeof(IEntiteit).IsAssignableFrom(k.DeclaringEntityType.ClrType));
        if (kant?.Inverse is not { } andere || notitieOpSleutel(kant.DeclaringEntityType, Waarde(kant)) is not { } notitie)
        {
            return;
        }

        var doel = entry.Property(andere.ForeignKey.Properties[0].Name).CurrentValue is int d ? d : (int?)null;
        if (doel is { } id)
        {
            notitie.NoteerKoppeling(kant, id, toegevoegd: entry.State == EntityState.Added);
        }
    }

    private static string Camel(string naam) => char.ToLowerInvariant(naam[0]) + naam[1..];

    /// <summary>A value as the log keeps it: text in the API's spelling (enum codes, global ids, ISO dates), lists joined.</summary>
    private static string? Formatteer(object? waarde, IReadOnlyProperty? eigenschap)
    {
        if (waarde is null)
        {
            return null;
        }

        if (eigenschap is not null && eigenschap.IsForeignKey() && waarde is int id
            && eigenschap.GetContainingForeignKeys().First().PrincipalEntityType.ClrType is { } doel && typeof(IEntiteit).IsAssignableFrom(doel))
        {
            return GlobalId.Maak(doel.Name, id);
        }

        return Tekst(waarde);
    }

    private static string? Tekst(object waarde) => waarde switch
    {
        string s => s,
        Enum e => e.ToString().ToConstantCase(),
        bool b => b ? "true" : "false",
        DateTime d => TijdstipGraphType.Formatteer(d.Kind == DateTimeKind.Utc ? d : d.ToUniversalTime()),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly t => t.ToString("HH:mm", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable lijst => Leeg(lijst) ? null : string.Join(", ", lijst.Cast<object?>().Select(x => x is null ? string.Empty : Tekst(x))),
        _ => JsonSerializer.Serialize(waarde),
    };

    private static bool Leeg(IEnumerable lijst) => !lijst.GetEnumerator().MoveNext();

    /// <summary>The change of one object in progress.</summary>
    private sealed class Notitie(EntityEntry entry)
    {
        private readonly Dictionary<string, Waarden> velden = [];
        private readonly Dictionary<ISkipNavigation, (HashSet<int> Erbij, HashSet<int> Eraf)> koppelingen = [];

        public EntityEntry Entry { get; } = entry;

        public string Type { get; } = entry.Metadata.ClrType.Name;

        /// <summary>The key, known before the save for a stored object; null for a new one (read after the save).</summary>
        public int? Id { get; } = entry.State == EntityState.Added ? null : (int)entry.Property(nameof(IEntiteit.Id)).CurrentValue!;

        public bool IsOrganisatie => Entry.Metadata.ClrType == typeof(Organisatie);

        public HashSet<int> Organisaties { get; } = [];

        private readonly EntityState staat = entry.State;

        public WijzigingSoort Soort => staat switch
        {
            EntityState.Added => WijzigingSoort.Toegevoegd,
            EntityState.Deleted => WijzigingSoort.Verwijderd,
            _ when velden.TryGetValue("status", out var s) && s.Nieuw == "GEANNULEERD" => WijzigingSoort.Geannuleerd,
            _ when velden.TryGetValue("status", out var s) && s.Oud == "GEANNULEERD" => WijzigingSoort.Hersteld,
            _ => WijzigingSoort.Gewijzigd,
        };

        public void NoteerVelden(EntityEntry bron, string voorvoegsel)
        {
            foreach (var eigenschap in bron.Properties)
            {
                var meta = eigenschap.Metadata;
                if (meta.IsPrimaryKey() || meta.IsShadowProperty() || NietAlsVeld.Contains(meta.Name)
                    || (bron.State == EntityState.Modified && !eigenschap.IsModified))
                {
                    continue;
                }

                var naam = voorvoegsel + Camel(meta.Name);
                if (meta.ClrType == typeof(Vertaalbaar))
                {
                    NoteerVertalingen(naam, bron.State is EntityState.Modified or EntityState.Deleted ? eigenschap.OriginalValue as Vertaalbaar : null,
                        bron.State is EntityState.Modified or EntityState.Added ? eigenschap.CurrentValue as Vertaalbaar : null);
                    continue;
                }

                var waarden = velden.TryGetValue(naam, out var w) ? w : velden[naam] = new Waarden();
                waarden.LangMogelijk |= meta.ClrType == typeof(string) && meta.GetMaxLength() > MaxKortLengte;
                if (bron.State is EntityState.Modified or EntityState.Deleted)
                {
                    waarden.Oud = Formatteer(eigenschap.OriginalValue, meta);
                }

                if (bron.State is EntityState.Modified or EntityState.Added)
                {
                    waarden.Nieuw = Formatteer(eigenschap.CurrentValue, meta);
                }
            }
        }

        /// <summary>
        /// A text in several languages (a question, an option): one field per language, <c>tekst.nl</c>, <c>tekst.en</c>
        /// …, so a wording fix shows old → new of just the language that changed.
        /// </summary>
        private void NoteerVertalingen(string naam, Vertaalbaar? oud, Vertaalbaar? nieuw)
        {
            foreach (var taal in Vertaalbaar.Talen)
            {
                var o = oud?.Teksten.GetValueOrDefault(taal);
                var n = nieuw?.Teksten.GetValueOrDefault(taal);
                if (o is not null || n is not null)
                {
                    velden[naam + "." + taal] = new Waarden { Oud = o, Nieuw = n };
                }
            }
        }

        public void NoteerKoppeling(ISkipNavigation kant, int doel, bool toegevoegd)
        {
            if (!koppelingen.TryGetValue(kant, out var k))
            {
                koppelingen[kant] = k = ([], []);
            }

            (toegevoegd ? k.Erbij : k.Eraf).Add(doel);
        }

        /// <summary>The organisations the object belongs to: itself, its <c>OrganisatieId</c>, its organisation links before and after.</summary>
        public void NoteerOrganisaties()
        {
            if (IsOrganisatie && Id is { } eigen)
            {
                Organisaties.Add(eigen);
            }

            if (Entry.Metadata.FindProperty("OrganisatieId") is { } eigenschap)
            {
                var p = Entry.Property(eigenschap.Name);
                foreach (var waarde in new[] { p.OriginalValue, p.CurrentValue })
                {
                    if (waarde is int o)
                    {
                        Organisaties.Add(o);
                    }
                }
            }

            foreach (var kant in Entry.Metadata.GetSkipNavigations())
            {
                var doelType = kant.TargetEntityType;
                var huidig = Entry.Collection(kant.Name).CurrentValue?.Cast<object>()
                    .Select(d => Entry.Context.Entry(d).Property(nameof(IEntiteit.Id)).CurrentValue).OfType<int>().ToHashSet() ?? [];
                var (erbij, eraf) = koppelingen.TryGetValue(kant, out var k) ? k : ([], []);
                if (doelType.ClrType == typeof(Organisatie))
                {
                    Organisaties.UnionWith(huidig);
                    Organisaties.UnionWith(eraf);
                }

                if (erbij.Count == 0 && eraf.Count == 0)
                {
                    continue;
                }

                var oud = huidig.Except(erbij).Union(eraf).Order();
                string? Lijst(IEnumerable<int> ids) => ids.Any() ? string.Join(", ", ids.Select(i => GlobalId.Maak(doelType.ClrType.Name, i))) : null;
                velden[Camel(kant.Name)] = new Waarden { Oud = Lijst(oud), Nieuw = Lijst(huidig.Order()) };
            }
        }

        public List<Veldwijziging> Velden() =>
        [
            .. velden.Where(v => v.Value.Oud != v.Value.Nieuw).OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => v.Value.LangMogelijk || v.Value.Oud?.Length > MaxKortLengte || v.Value.Nieuw?.Length > MaxKortLengte
                ? new Veldwijziging { Veld = v.Key, Lang = true }
                : new Veldwijziging { Veld = v.Key, Oud = v.Value.Oud, Nieuw = v.Value.Nieuw }),
        ];
    }

    private sealed class Waarden
    {
        public string? Oud { get; set; }

        public string? Nieuw { get; set; }

        public bool LangMogelijk { get; set; }
    }
}
