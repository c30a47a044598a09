using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using SociaalNetwerk.Schema.Data;

namespace SociaalNetwerk.Schema.Tests;

/// <summary>
/// The server runs on a compiled EF Core model per provider (src/Schema/Data/GecompileerdModel), not on the model built
/// from the configuration (OnModelCreating and the IEntityTypeConfiguration classes). These tests keep the two equal:
/// after a change to the configuration they fail until the compiled models are regenerated.
/// </summary>
public sealed class GecompileerdModelTests
{
    private const string Regenereer = "run src/Schema/Data/GecompileerdModel/genereer.sh (docs/development.md, 'Een migratie toevoegen')";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=:memory:")]
    // No server is contacted: both models are built and compared in memory.
    [InlineData(DatabaseProvider.PostgreSql, "Host=localhost;Database=sociaalnetwerk_ontwerp")]
    public void TheCompiledModelMatchesTheConfiguration(DatabaseProvider provider, string verbinding)
    {
        using var db = new DatabaseKeuze(provider, verbinding).MaakContext();
        var gecompileerd = db.Model;
        Assert.True(gecompileerd.GetType().FullName == GecompileerdeModellen.TypeNaam(provider),
            $"The {provider} context does not use its compiled model {GecompileerdeModellen.TypeNaam(provider)} (it uses {gecompileerd.GetType().FullName}): {Regenereer}.");

        // The model built from the configuration, as the server would build it without the compiled one.
        var uitConfiguratie = db.GetService<IModelSource>().GetModel(db, db.GetService<ModelCreationDependencies>(), designTime: false);
        Assert.NotSame(gecompileerd, uitConfiguratie);

        // What EF Core knows of the mapping: entity types, properties, keys, relations, indexes, each with its facets.
        var verwacht = Beschrijf(uitConfiguratie);
        var werkelijk = Beschrijf(gecompileerd);
        var alleenConfiguratie = verwacht.Except(werkelijk).Take(10).ToList();
        var alleenGecompileerd = werkelijk.Except(verwacht).Take(10).ToList();
        Assert.True(alleenConfiguratie.Count == 0 && alleenGecompileerd.Count == 0,
            $"The compiled {provider} model differs from the configuration: {Regenereer}.\n" +
            $"Only in the configuration:\n  {string.Join("\n  ", alleenConfiguratie)}\nOnly in the compiled model:\n  {string.Join("\n  ", alleenGecompileerd)}");

        // And the tables as the runtime sees them (columns, store types, keys, constraints, indexes). Design-time facets
        // (collations, defaults, comments) are not in a compiled model; migrations are always built from the configuration.
        var tabellenVerwacht = BeschrijfTabellen(uitConfiguratie.GetRelationalModel());
        var tabellenWerkelijk = BeschrijfTabellen(gecompileerd.GetRelationalModel());
        Assert.True(tabellenVerwacht.SequenceEqual(tabellenWerkelijk),
            $"The compiled {provider} model maps to other tables than the configuration: {Regenereer}.\n" +
            $"Only in the configuration:\n  {string.Join("\n  ", tabellenVerwacht.Except(tabellenWerkelijk).Take(10))}\n" +
            $"Only in the compiled model:\n  {string.Join("\n  ", tabellenWerkelijk.Except(tabellenVerwacht).Take(10))}");
        Assert.True(verwacht.Count > 300 && tabellenVerwacht.Count > 200, $"{verwacht.Count} facts, {tabellenVerwacht.Count} table facts: the description lost the model.");
    }

    private static List<string> BeschrijfTabellen(IRelationalModel relationeel)
    {
        var regels = new List<string>();
        foreach (var tabel in relationeel.Tables)
        {
            var t = $"tabel {tabel.SchemaQualifiedName}";
            regels.Add(t);
            regels.AddRange(tabel.Columns.Select(k => $"{t}: kolom {k.Name} {k.StoreType} null {k.IsNullable}"));
            regels.AddRange(tabel.UniqueConstraints.Select(u => $"{t}: uniek {u.Name} ({string.Join(", ", u.Columns.Select(k => k.Name))}) primair {u.GetIsPrimaryKey()}"));
            regels.AddRange(tabel.ForeignKeyConstraints.Select(f => $"{t}: fk {f.Name} ({string.Join(", ", f.Columns.Select(k => k.Name))}) naar {f.PrincipalTable.SchemaQualifiedName} {f.OnDeleteAction}"));
            regels.AddRange(tabel.Indexes.Select(i => $"{t}: index {i.Name} ({string.Join(", ", i.Columns.Select(k => k.Name))}) uniek {i.IsUnique}"));
        }

        regels.Sort(StringComparer.Ordinal);
        return regels;
    }

    /// <summary>One line per fact; sorted, so that the order of declaration does not matter.</summary>
    private static List<string> Beschrijf(IModel model)
    {
        var regels = new List<string>();
        foreach (var entiteit in model.GetEntityTypes())
        {
            var e = $"{entiteit.Name} (tabel {entiteit.GetTableName()}, json {entiteit.IsMappedToJson()}, eigendom {entiteit.IsOwned()}, basis {entiteit.BaseType?.Name})";
            regels.Add(e);
            foreach (var p in entiteit.GetProperties())
            {
                var kolom = entiteit.GetTableName() is { } tabel ? p.GetColumnName(StoreObjectIdentifier.Table(tabel, entiteit.GetSchema())) : p.GetJsonPropertyName();
                regels.Add($"{e}: eigenschap {p.Name} {p.ClrType.Name} kolom {kolom} type {p.FindRelationalTypeMapping()?.StoreType} " +
                    $"null {p.IsNullable} lengte {p.GetMaxLength()} gegenereerd {p.ValueGenerated} concurrency {p.IsConcurrencyToken} " +
                    $"conversie {p.GetTypeMapping().Converter?.ProviderClrType.Name} schaduw {p.IsShadowProperty()}");
            }

            regels.AddRange(entiteit.GetKeys().Select(k => $"{e}: sleutel {Namen(k.Properties)} primair {k.IsPrimaryKey()}"));
            regels.AddRange(entiteit.GetForeignKeys().Select(f =>
                $"{e}: relatie {Namen(f.Properties)} naar {f.PrincipalEntityType.Name}.{Namen(f.PrincipalKey.Properties)} " +
                $"verplicht {f.IsRequired} uniek {f.IsUnique} verwijderen {f.DeleteBehavior} eigendom {f.IsOwnership} " +
                $"navigaties {f.DependentToPrincipal?.Name}/{f.PrincipalToDependent?.Name}"));
            regels.AddRange(entiteit.GetIndexes().Select(i => $"{e}: index {i.GetDatabaseName()} {Namen(i.Properties)} uniek {i.IsUnique}"));
            regels.AddRange(entiteit.GetSkipNavigations().Select(s => $"{e}: skip-navigatie {s.Name} naar {s.TargetEntityType.Name} via {s.ForeignKey.DeclaringEntityType.Name}"));
        }

        regels.Sort(StringComparer.Ordinal);
        return regels;
    }

    private static string Namen(IEnumerable<IReadOnlyProperty> eigenschappen) =>
        new StringBuilder("(").AppendJoin(", ", eigenschappen.Select(p => p.Name)).Append(')').ToString();
}
