using System.Reflection;
using Microsoft.EntityFrameworkCore.Metadata;

namespace SociaalNetwerk.Schema.Data;

/// <summary>
/// The compiled EF Core models (<c>dotnet ef dbcontext optimize</c>), one per provider, in the folders next to this file:
/// building the model from the configuration cost about a second of CPU at every start. Regenerate them after any change
/// to the model with <c>src/Schema/Data/GecompileerdModel/genereer.sh</c> (docs/development.md);
/// <c>GecompileerdModelTests</c> fails while one differs from the configuration. Found by name, not referenced: the
/// script deletes the old models first, so a model that no longer compiles never stops the regeneration.
/// </summary>
public static class GecompileerdeModellen
{
    /// <summary>The generated class of each provider (namespace = folder).</summary>
    public static string TypeNaam(DatabaseProvider provider) =>
        $"{typeof(GecompileerdeModellen).Namespace}.GecompileerdModel.{provider}.SociaalNetwerkDbContextModel";

    /// <summary>The compiled model of <paramref name="provider"/>, or null when it is missing (while regenerating).</summary>
    public static IModel? Voor(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.PostgreSql => PostgreSql.Value,
        _ => Sqlite.Value,
    };

    private static readonly Lazy<IModel?> Sqlite = new(() => Laad(DatabaseProvider.Sqlite));

    private static readonly Lazy<IModel?> PostgreSql = new(() => Laad(DatabaseProvider.PostgreSql));

    private static IModel? Laad(DatabaseProvider provider) =>
        typeof(GecompileerdeModellen).Assembly.GetType(TypeNaam(provider))?
            .GetProperty("Instance", BindingFlags.Public | BindingFlags.Static)?
            .GetValue(null) as IModel;
}
