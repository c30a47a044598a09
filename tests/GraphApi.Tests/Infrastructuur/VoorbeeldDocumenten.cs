using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.GraphApi.Tests.Infrastructuur;

/// <summary>
/// The documents the project shows to its users, as they are written: examples/queries, examples/mutations (each with a
/// machine-readable <c># rol: …</c> line naming the key it needs) and the GraphQL in README.md.
/// </summary>
public static partial class VoorbeeldDocumenten
{
    public static readonly string Queries = Path.Combine(Repository.Map, "examples", "queries");

    public static readonly string Mutaties = Path.Combine(Repository.Map, "examples", "mutations");

    /// <summary>
    /// The order in which the keyed example mutations run against one database: each one on its own works on the demo
    /// data, and none undoes what a later one needs (the membership is changed before it is removed; the single date is
    /// cancelled before it is restored).
    /// </summary>
    public static readonly string[] MutatieVolgorde =
    [
        "activiteitToevoegen.graphql", "activiteitWijzigen.graphql", "voorkomenAnnuleren.graphql", "voorkomenHerstellen.graphql",
        "activiteitAnnuleren.graphql", "organisatieToevoegen.graphql", "organisatieWijzigen.graphql", "netwerkToevoegen.graphql",
        "netwerkWijzigen.graphql", "netwerkGroepToevoegen.graphql", "netwerkGroepWijzigen.graphql", "lidmaatschapToevoegen.graphql",
        "lidmaatschapWijzigen.graphql", "lidmaatschapVerwijderen.graphql", "uitvraagStatusWijzigen.graphql",
        "locatieToevoegen.graphql", "locatieWijzigen.graphql", "activiteitVerwijderen.graphql",
        "participatietrajectToevoegen.graphql", "participatietrajectWijzigen.graphql", "uitvraagToevoegen.graphql", "uitvraagWijzigen.graphql",
        "uitvraagKopieren.graphql",
        "vraagToevoegen.graphql", "vraagWijzigen.graphql", "vraagVerplaatsen.graphql", "proeflinkMaken.graphql", "vraagVerwijderen.graphql",
    ];

    public static IEnumerable<string> QueryBestanden() => Directory.GetFiles(Queries, "*.graphql").Select(f => Path.GetFileName(f)).Order();

    /// <summary>The role line of an example: <c>geen</c>, <c>beheerder</c>, <c>redacteur organisatie 2</c> or <c>trajectteam traject 2</c>.</summary>
    public static string RolVan(string tekst) => RolRegel().Match(tekst) is { Success: true } m ? m.Groups[1].Value.Trim() : throw new Xunit.Sdk.XunitException("No '# rol:' line in:\n" + tekst);

    /// <summary>The role line of an example query, or null for a public one (a query example without <c># rol:</c>).</summary>
    public static string? RolVanQuery(string tekst) => RolRegel().Match(tekst) is { Success: true } m ? m.Groups[1].Value.Trim() : null;

    /// <summary>
    /// Before a keyed query example runs: one example change (organisatieWijzigen.graphql, with the key of its role), so
    /// the example of the change log (wijzigingen.graphql) finds an entry on a fresh database too.
    /// </summary>
    public static async Task ZorgVoorEenWijzigingAsync(SociaalNetwerkServer server, HttpClient client)
    {
        var tekst = await File.ReadAllTextAsync(Path.Combine(Mutaties, "organisatieWijzigen.graphql"));
        (await client.GraphQLAsync(tekst, sleutel: await SleutelVoorAsync(server, RolVan(tekst)))).ZonderFouten();
    }

    /// <summary>An API key for the role of an example, made in the server's own key store.</summary>
    public static async Task<string?> SleutelVoorAsync(SociaalNetwerkServer server, string rol)
    {
        var delen = rol.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var sleutels = server.Services.GetRequiredService<ApiSleutels>();
        return delen switch
        {
            ["geen"] => null,
            ["beheerder"] => (await sleutels.MaakAsync(Rol.Beheerder, null, null, "voorbeeld")).Sleutel,
            ["redacteur", "organisatie", var id] => (await sleutels.MaakAsync(Rol.Redacteur, int.Parse(id, System.Globalization.CultureInfo.InvariantCulture), null, "voorbeeld")).Sleutel,
            ["trajectteam", "traject", var id] => (await sleutels.MaakAsync(Rol.Trajectteam, null, int.Parse(id, System.Globalization.CultureInfo.InvariantCulture), "voorbeeld")).Sleutel,
            _ => throw new Xunit.Sdk.XunitException("Unknown role: " + rol),
        };
    }

    /// <summary>
    /// Runs every keyed example mutation in <see cref="MutatieVolgorde"/> with a key of its role and returns what went
    /// wrong: a GraphQL error, or a payload whose <c>gelukt</c> is not true.
    /// </summary>
    public static async Task<List<string>> VoerMutatiesUitAsync(SociaalNetwerkServer server)
    {
        var problemen = new List<string>();
        using var client = server.MaakClient();
        foreach (var bestand in MutatieVolgorde)
        {
            var tekst = await File.ReadAllTextAsync(Path.Combine(Mutaties, bestand));
            var antwoord = await client.GraphQLAsync(tekst, sleutel: await SleutelVoorAsync(server, RolVan(tekst)));
            if (antwoord.Errors is not null || antwoord.Body["data"] is not JsonObject data)
            {
                problemen.Add($"{bestand}: {antwoord.Body.ToJsonString()}");
                continue;
            }

            var resultaat = data.Single().Value;
            if (resultaat is null || (resultaat["gelukt"] is { } gelukt && !gelukt.GetValue<bool>()))
            {
                problemen.Add($"{bestand}: {antwoord.Body.ToJsonString()}");
            }
        }

        return problemen;
    }

    /// <summary>Every ```graphql block of README.md, and the JSON body (<c>-d '…'</c>) of every curl POST that is a query, with whether it sends a key.</summary>
    public static IReadOnlyList<(string Naam, string Query, JsonNode? Variabelen, bool MetSleutel)> ReadmeQueries()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Map, "README.md"));
        var lijst = new List<(string, string, JsonNode?, bool)>();
        var nummer = 0;
        foreach (Match blok in GraphqlBlok().Matches(readme))
        {
            lijst.Add(($"graphql-blok {++nummer}", blok.Groups[1].Value, null, false));
        }

        nummer = 0;
        foreach (Match curl in CurlMetBody().Matches(readme))
        {
            var body = JsonNode.Parse(curl.Groups[2].Value)!;
            var query = body["query"]!.GetValue<string>();
            nummer++;
            if (!query.TrimStart().StartsWith("mutation", StringComparison.Ordinal))
            {
                lijst.Add(($"curl {nummer}: {query[..Math.Min(40, query.Length)]}", query, body["variables"], curl.Groups[1].Value.Contains("Authorization", StringComparison.Ordinal)));
            }
        }

        foreach (Match get in CurlGet().Matches(readme))
        {
            lijst.Add(($"curl GET: {get.Groups[1].Value}", get.Groups[1].Value, null, false));
        }

        return lijst;
    }

    /// <summary>Every read document: examples/queries and the README's queries, keyed ones with a beheerder's key. Returns what went wrong.</summary>
    public static async Task<List<string>> VoerQueriesUitAsync(SociaalNetwerkServer server)
    {
        var problemen = new List<string>();
        using var client = server.MaakClient();
        var beheerder = await SleutelVoorAsync(server, "beheerder");
        await ZorgVoorEenWijzigingAsync(server, client);
        var documenten = QueryBestanden().Select(b => (Naam: b, Query: File.ReadAllText(Path.Combine(Queries, b)), Variabelen: (JsonNode?)null, MetSleutel: false))
            .Concat(ReadmeQueries());
        foreach (var (naam, query, variabelen, metSleutel) in documenten)
        {
            var sleutel = RolVanQuery(query) is { } rol ? await SleutelVoorAsync(server, rol) : metSleutel ? beheerder : null;
            var antwoord = await client.GraphQLAsync(query, variabelen, sleutel: sleutel);
            if (antwoord.Errors is not null || antwoord.Body["data"] is not JsonObject data)
            {
                problemen.Add($"{naam}: {antwoord.Body.ToJsonString()}");
                continue;
            }

            foreach (var (veld, waarde) in data)
            {
                if (waarde is null or JsonArray { Count: 0 } || (waarde is JsonObject verbinding && verbinding["nodes"] is JsonArray { Count: 0 }))
                {
                    problemen.Add($"{naam}: {veld} is empty: {antwoord.Body.ToJsonString()}");
                }
            }
        }

        return problemen;
    }

    /// <summary>The number of activities in the server's database, to show that an example added one.</summary>
    public static async Task<int> AantalActiviteitenAsync(SociaalNetwerkServer server)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>().CreateDbContextAsync();
        return await db.Activiteiten.CountAsync();
    }

    [GeneratedRegex(@"^#\s*rol:\s*(.+)$", RegexOptions.Multiline)]
    private static partial Regex RolRegel();

    [GeneratedRegex(@"```graphql\r?\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex GraphqlBlok();

    [GeneratedRegex(@"curl -s http://localhost:5080/graphql([^\n]*(?:\\\n[^\n]*)*?)-d '(\{.*?\})'", RegexOptions.Singleline)]
    private static partial Regex CurlMetBody();

    [GeneratedRegex(@"curl -s -G http://localhost:5080/graphql --data-urlencode 'query=(.*?)'")]
    private static partial Regex CurlGet();
}
