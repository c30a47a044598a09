using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace SociaalNetwerk.Bench;

/// <summary>
/// The baseline: the agenda page of <c>&lt;sn-agenda&gt;</c> (the persisted document <c>WidgetAgenda</c>) answered by
/// hand-written SQL and a <see cref="Utf8JsonWriter"/>, from the same SQLite file, byte for byte the JSON GraphApi sends.
/// What a lean implementation costs; GraphApi's CPU per request is reported as a multiple of this.
/// Understands the variables the bench sends: <c>filter.wijken</c>, <c>filter.vanaf</c>, <c>first</c>, <c>after</c>.
/// Also serves <c>/agenda-pagina?api=…</c>, a partner page with only an agenda, for the script measurement.
/// </summary>
public static class Basislijn
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    private static readonly JsonWriterOptions Schrijfopties = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<int> DraaiAsync(string databank, string urls)
    {
        var bouwer = WebApplication.CreateSlimBuilder();
        bouwer.Logging.ClearProviders();
        bouwer.WebHost.UseUrls(urls);
        var app = bouwer.Build();
        var verbinding = new SqliteConnectionStringBuilder { DataSource = databank, Mode = SqliteOpenMode.ReadOnly, Pooling = true }.ToString();

        app.MapGet("/health/ready", () => Results.Text("{\"status\":\"klaar\"}", "application/json"));
        app.MapGet("/graphql", async (HttpContext context) =>
        {
            var variabelen = JsonDocument.Parse(context.Request.Query["variables"].ToString() is { Length: > 0 } v ? v : "{}").RootElement;
            var buffer = new ArrayBufferWriter<byte>(16 * 1024);
            await using (var sqlite = new SqliteConnection(verbinding))
            {
                await sqlite.OpenAsync(context.RequestAborted);
                Schrijf(sqlite, variabelen, buffer, DateTime.UtcNow);
            }

            context.Response.ContentType = "application/graphql-response+json; charset=utf-8";
            context.Response.ContentLength = buffer.WrittenCount;
            await context.Response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted);
        });
        app.MapGet("/agenda-pagina", (string api) => Results.Content(
            $"""
            <!doctype html>
            <html lang="nl"><head><meta charset="utf-8"><title>Agenda</title>
            <script type="module" src="{api}/widgets/v1/sociaal-netwerk.js"></script></head>
            <body><sn-agenda wijk="oosterheem"><a href="https://www.example.org/agenda">Agenda</a></sn-agenda></body></html>
            """,
            "text/html; charset=utf-8"));

        await app.RunAsync();
        return 0;
    }

    private sealed record Rij(int Id, int ActiviteitId, DateTime Start, DateTime Eind, bool Geannuleerd, string Titel, bool Online, string Status, int? Kosten, bool Rolstoel, bool Ringleiding, bool EenvoudigeTaal, int? LocatieId);

    /// <summary>The whole answer: page (first + 1 rows), organisers and places of that page, and the count.</summary>
    public static void Schrijf(SqliteConnection sqlite, JsonElement variabelen, IBufferWriter<byte> uit, DateTime nu)
    {
        var filter = variabelen.TryGetProperty("filter", out var f) && f.ValueKind == JsonValueKind.Object ? f : default;
        var eerste = variabelen.TryGetProperty("first", out var fi) && fi.ValueKind == JsonValueKind.Number ? fi.GetInt32() : 20;
        var vanaf = filter.ValueKind == JsonValueKind.Object && filter.TryGetProperty("vanaf", out var va) && va.ValueKind == JsonValueKind.String
            ? DateTimeOffset.Parse(va.GetString()!, CultureInfo.InvariantCulture).UtcDateTime
            : nu;
        var wijken = filter.ValueKind == JsonValueKind.Object && filter.TryGetProperty("wijken", out var w) && w.ValueKind == JsonValueKind.Array
            ? w.EnumerateArray().Select(x => x.GetString()!).ToList()
            : [];
        (DateTime Start, int Id)? na = null;
        if (variabelen.TryGetProperty("after", out var af) && af.ValueKind == JsonValueKind.String)
        {
            var delen = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(af.GetString())).Split('|');
            na = (new DateTime(long.Parse(delen[1], CultureInfo.InvariantCulture), DateTimeKind.Utc), int.Parse(delen[2], CultureInfo.InvariantCulture));
        }

        var wijkJoin = wijken.Count > 0 ? " JOIN \"Locaties\" l ON l.\"Id\" = a.\"LocatieId\" JOIN \"Wijken\" w ON w.\"Id\" = l.\"WijkId\"" : string.Empty;
        var wijkWaar = wijken.Count > 0 ? $" AND w.\"Slug\" IN ({string.Join(", ", wijken.Select((_, i) => "@w" + i))})" : string.Empty;

        List<Rij> rijen = [];
        using (var opdracht = sqlite.CreateCommand())
        {
            opdracht.CommandText =
                "SELECT v.\"Id\", v.\"ActiviteitId\", v.\"Start\", v.\"Eind\", v.\"Geannuleerd\", a.\"Titel\", a.\"OnlineLink\" IS NOT NULL, a.\"Status\", a.\"KostenInCenten\", "
                + "a.\"Rolstoeltoegankelijk\", a.\"Ringleiding\", a.\"EenvoudigeTaal\", a.\"LocatieId\" "
                + "FROM \"Voorkomens\" v JOIN \"Activiteiten\" a ON a.\"Id\" = v.\"ActiviteitId\"" + wijkJoin
                + " WHERE v.\"Start\" > @vroegste AND v.\"Eind\" > @vanaf" + wijkWaar
                + (na is null ? string.Empty : " AND (v.\"Start\" > @naStart OR (v.\"Start\" = @naStart AND v.\"Id\" > @naId))")
                + " ORDER BY v.\"Start\", v.\"Id\" LIMIT @aantal";
            Parameters(opdracht, vanaf, wijken);
            opdracht.Parameters.AddWithValue("@aantal", eerste + 1);
            if (na is { } n)
            {
                opdracht.Parameters.AddWithValue("@naStart", Tekst(n.Start));
                opdracht.Parameters.AddWithValue("@naId", n.Id);
            }

            using var lezer = opdracht.ExecuteReader();
            while (lezer.Read())
            {
                rijen.Add(new Rij(
                    lezer.GetInt32(0), lezer.GetInt32(1), Utc(lezer.GetString(2)), Utc(lezer.GetString(3)), lezer.GetBoolean(4), lezer.GetString(5),
                    lezer.GetBoolean(6), lezer.GetString(7), lezer.IsDBNull(8) ? null : lezer.GetInt32(8), lezer.GetBoolean(9), lezer.GetBoolean(10), lezer.GetBoolean(11),
                    lezer.IsDBNull(12) ? null : lezer.GetInt32(12)));
            }
        }

        var meer = rijen.Count > eerste;
        if (meer)
        {
            rijen.RemoveAt(rijen.Count - 1);
        }

        long totaal;
        using (var opdracht = sqlite.CreateCommand())
        {
            opdracht.CommandText = "SELECT COUNT(*) FROM \"Voorkomens\" v" + (wijken.Count > 0 ? " JOIN \"Activiteiten\" a ON a.\"Id\" = v.\"ActiviteitId\"" + wijkJoin : string.Empty)
                + " WHERE v.\"Start\" > @vroegste AND v.\"Eind\" > @vanaf" + wijkWaar;
            Parameters(opdracht, vanaf, wijken);
            totaal = (long)opdracht.ExecuteScalar()!;
        }

        var organisatoren = new Dictionary<int, List<(int Id, string Naam)>>();
        var activiteiten = rijen.Select(r => r.ActiviteitId).Distinct().ToList();
        if (activiteiten.Count > 0)
        {
            using var opdracht = sqlite.CreateCommand();
            opdracht.CommandText = "SELECT ao.\"ActiviteitId\", o.\"Id\", o.\"Naam\" FROM \"ActiviteitOrganisatoren\" ao JOIN \"Organisaties\" o ON o.\"Id\" = ao.\"OrganisatieId\" "
                + $"WHERE ao.\"ActiviteitId\" IN ({string.Join(", ", activiteiten)}) ORDER BY o.\"ZoekNaam\", o.\"Id\"";
            using var lezer = opdracht.ExecuteReader();
            while (lezer.Read())
            {
                var id = lezer.GetInt32(0);
                if (!organisatoren.TryGetValue(id, out var lijst))
                {
                    organisatoren[id] = lijst = [];
                }

                lijst.Add((lezer.GetInt32(1), lezer.GetString(2)));
            }
        }

        var locaties = new Dictionary<int, (string Naam, string Adres, int? WijkId, string? WijkNaam)>();
        var locatieIds = rijen.Where(r => r.LocatieId is not null).Select(r => r.LocatieId!.Value).Distinct().ToList();
        if (locatieIds.Count > 0)
        {
            using var opdracht = sqlite.CreateCommand();
            opdracht.CommandText = "SELECT l.\"Id\", l.\"Naam\", l.\"Adres\", w.\"Id\", w.\"Naam\" FROM \"Locaties\" l LEFT JOIN \"Wijken\" w ON w.\"Id\" = l.\"WijkId\" "
                + $"WHERE l.\"Id\" IN ({string.Join(", ", locatieIds)})";
            using var lezer = opdracht.ExecuteReader();
            while (lezer.Read())
            {
                locaties[lezer.GetInt32(0)] = (lezer.GetString(1), lezer.GetString(2), lezer.IsDBNull(3) ? null : lezer.GetInt32(3), lezer.IsDBNull(4) ? null : lezer.GetString(4));
            }
        }

        using var json = new Utf8JsonWriter(uit, Schrijfopties);
        json.WriteStartObject();
        json.WriteStartObject("data");
        json.WriteStartObject("agenda");
        json.WriteNumber("totalCount", totaal);
        json.WriteStartObject("pageInfo");
        json.WriteBoolean("hasNextPage", meer);
        if (rijen.Count > 0)
        {
            var laatste = rijen[^1];
            json.WriteString("endCursor", Id("v1|" + laatste.Start.Ticks.ToString(CultureInfo.InvariantCulture) + "|" + laatste.Id.ToString(CultureInfo.InvariantCulture)));
        }
        else
        {
            json.WriteNull("endCursor");
        }

        json.WriteEndObject();
        json.WriteStartArray("nodes");
        foreach (var r in rijen)
        {
            json.WriteStartObject();
            json.WriteString("id", Id("Voorkomen:" + r.ActiviteitId.ToString(CultureInfo.InvariantCulture) + ":" + r.Start.Ticks.ToString(CultureInfo.InvariantCulture)));
            json.WriteString("start", Tijdstip(r.Start));
            json.WriteString("eind", Tijdstip(r.Eind));
            json.WriteString("status", r.Geannuleerd || r.Status == "Geannuleerd" ? "GEANNULEERD" : r.Status == "Vol" ? "VOL" : "GEPLAND");
            json.WriteStartObject("activiteit");
            json.WriteString("id", Id("Activiteit:" + r.ActiviteitId.ToString(CultureInfo.InvariantCulture)));
            json.WriteString("titel", r.Titel);
            json.WriteBoolean("online", r.Online);
            json.WriteStartArray("organisatoren");
            foreach (var (id, naam) in organisatoren.GetValueOrDefault(r.ActiviteitId) ?? [])
            {
                json.WriteStartObject();
                json.WriteString("id", Id("Organisatie:" + id.ToString(CultureInfo.InvariantCulture)));
                json.WriteString("naam", naam);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (r.LocatieId is { } locatieId && locaties.TryGetValue(locatieId, out var l))
            {
                json.WriteStartObject("locatie");
                json.WriteString("id", Id("Locatie:" + locatieId.ToString(CultureInfo.InvariantCulture)));
                json.WriteString("naam", l.Naam);
                json.WriteString("adres", l.Adres);
                if (l.WijkId is { } wijkId)
                {
                    json.WriteStartObject("wijk");
                    json.WriteString("id", Id("Wijk:" + wijkId.ToString(CultureInfo.InvariantCulture)));
                    json.WriteString("naam", l.WijkNaam);
                    json.WriteEndObject();
                }
                else
                {
                    json.WriteNull("wijk");
                }

                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("locatie");
            }

            var gratis = r.Kosten is null or 0;
            json.WriteStartObject("kosten");
            json.WriteBoolean("gratis", gratis);
            if (gratis)
            {
                json.WriteNull("bedragInCenten");
            }
            else
            {
                json.WriteNumber("bedragInCenten", r.Kosten!.Value);
            }

            json.WriteEndObject();
            json.WriteStartObject("toegankelijkheid");
            json.WriteBoolean("rolstoeltoegankelijk", r.Rolstoel);
            json.WriteBoolean("ringleiding", r.Ringleiding);
            json.WriteBoolean("eenvoudigeTaal", r.EenvoudigeTaal);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Parameters(SqliteCommand opdracht, DateTime vanaf, List<string> wijken)
    {
        opdracht.Parameters.AddWithValue("@vanaf", Tekst(vanaf));
        opdracht.Parameters.AddWithValue("@vroegste", Tekst(VroegsteStart(vanaf)));
        for (var i = 0; i < wijken.Count; i++)
        {
            opdracht.Parameters.AddWithValue("@w" + i, wijken[i]);
        }
    }

    /// <summary>
    /// The product's lower bound on the start (<c>AgendaZoeker.VroegsteStart</c>): no occurrence lasts longer than
    /// <c>Kalenderregels.MaxDuurInDagen</c> (31) days, so the page and the count start their index range there, as the product's do.
    /// </summary>
    private static DateTime VroegsteStart(DateTime vanaf) => vanaf - TimeSpan.FromDays(31);

    /// <summary>An instant as EF Core's SQLite provider stores it.</summary>
    private static string Tekst(DateTime utc) => utc.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture);

    private static DateTime Utc(string tekst) => DateTime.SpecifyKind(DateTime.Parse(tekst, CultureInfo.InvariantCulture, DateTimeStyles.None), DateTimeKind.Utc);

    private static string Id(string tekst) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(tekst));

    private static string Tijdstip(DateTime utc)
    {
        var lokaal = TimeZoneInfo.ConvertTimeFromUtc(utc, Amsterdam);
        return new DateTimeOffset(lokaal, Amsterdam.GetUtcOffset(utc)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
    }
}
