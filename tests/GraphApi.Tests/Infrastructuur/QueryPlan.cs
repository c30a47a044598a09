using Microsoft.Data.Sqlite;

namespace SociaalNetwerk.GraphApi.Tests.Infrastructuur;

/// <summary>SQLite's <c>EXPLAIN QUERY PLAN</c> for a statement as the server sent it (<see cref="SqlTeller"/>).</summary>
public static class QueryPlan
{
    /// <summary>Each row of the plan: its id, its parent and its detail (e.g. <c>SEARCH a USING INDEX …</c>).</summary>
    public static async Task<List<(long Id, long Ouder, string Detail)>> LeesAsync(string connectionString, SqlOpdracht opdracht)
    {
        await using var verbinding = new SqliteConnection(connectionString);
        await verbinding.OpenAsync();
        await using var commando = verbinding.CreateCommand();
        commando.CommandText = "EXPLAIN QUERY PLAN " + opdracht.Tekst;
        foreach (var (naam, waarde) in opdracht.Parameters)
        {
            commando.Parameters.AddWithValue(naam, waarde ?? DBNull.Value);
        }

        var regels = new List<(long Id, long Ouder, string Detail)>();
        await using var lezer = await commando.ExecuteReaderAsync();
        while (await lezer.ReadAsync())
        {
            regels.Add((lezer.GetInt64(0), lezer.GetInt64(1), lezer.GetString(3)));
        }

        return regels;
    }
}
