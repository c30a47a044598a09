using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// Property-style: random and boundary values (<see cref="Onzin"/>, a fixed seed, so every run sends the same) on
/// every parameter of every public entry point (the pages, the feeds, the CSV export, GraphQL arguments and
/// variables) are never a 500 and never an internal error: the answer is a normal success or an error with a code
/// (a 4xx page with "Foutcode: …", or JSON errors with <c>extensions.code</c>), without a stack trace.
/// </summary>
[Collection(ServerCollectie.Naam)]
public sealed partial class NooitFout500Tests(SociaalNetwerkServer server)
{
    public const int Seed = 20261123;

    /// <summary>Random values per parameter on top of <see cref="Onzin.Grenswaarden"/>.</summary>
    private const int Willekeurig = 8;

    private const int Gelijktijdig = 4;

    private static readonly string[] AgendaParameters = ["wijk", "thema", "doelgroep", "organisatie", "netwerk", "periode", "van", "tot", "aantal", "na", "taal"];

    private static readonly string[] Datums = ["0001-01-01", "1999-12-31", "2000-01-01", "2026-11-23", "2999-12-31", "3000-01-01", "9998-12-31", "9999-12-30", "9999-12-31"];

    [Fact]
    public async Task EveryParameterOfThePagesFeedsAndExportIsNeverA500()
    {
        var uitvraag = await TestUitvraag.MaakAsync(server);
        var onzin = new Onzin(Seed);
        var verzoeken = new List<(string Doel, (string, string)[] Koppen)>();
        void Voeg(string doel, params (string, string)[] koppen) => verzoeken.Add((doel, koppen));

        (string Pad, string Vast, string[] Parameters)[] ingangen =
        [
            ("/agenda", string.Empty, AgendaParameters),
            ("/agenda/afdrukken", "wijk=oosterheem&", AgendaParameters),
            ("/organisaties", string.Empty, ["wijk", "thema", "zoekterm", "aantal", "na", "taal"]),
            ("/agenda.ics", string.Empty, ["wijk", "thema", "doelgroep", "organisatie", "netwerk", "taal"]),
            ("/beheer/inloggen", string.Empty, ["terug", "taal"]),
            ("/beheer", string.Empty, ["taal"]),
            ($"/uitvragen/{uitvraag.Id}/afdrukken", string.Empty, ["vanaf", "aantal", "groot", "taal"]),
            ($"/uitvragen/{uitvraag.Id}", string.Empty, ["taal"]),
        ];
        foreach (var (pad, vast, parameters) in ingangen)
        {
            foreach (var parameter in parameters)
            {
                foreach (var waarde in onzin.Waarden(Soort(parameter), Willekeurig))
                {
                    Voeg($"{pad}?{vast}{parameter}={Onzin.Codeer(waarde)}");
                }

                foreach (var ruw in Onzin.RuweQueryWaarden)
                {
                    Voeg($"{pad}?{vast}{parameter}={ruw}");
                }

                // The same parameter twice, and a name without a value.
                Voeg($"{pad}?{vast}{parameter}={Onzin.Codeer(onzin.Een())}&{parameter}={Onzin.Codeer(onzin.Een())}");
                Voeg($"{pad}?{vast}{parameter}");
            }
        }

        foreach (var pad in new[] { "/agenda", "/agenda/afdrukken?wijk=oosterheem" })
        {
            var scheiding = pad.Contains('?', StringComparison.Ordinal) ? '&' : '?';
            foreach (var van in Datums)
            {
                foreach (var tot in Datums)
                {
                    Voeg($"{pad}{scheiding}van={van}&tot={tot}");
                }

                foreach (var periode in new[] { "vandaag", "week", "maand", "1", "92", "366" })
                {
                    Voeg($"{pad}{scheiding}van={van}&periode={periode}");
                    Voeg($"{pad}{scheiding}tot={van}&periode={periode}");
                }
            }
        }

        var team = ("Authorization", "Bearer " + uitvraag.TeamSleutel);
        foreach (var waarde in onzin.Waarden(Onzin.Ids, Willekeurig).Where(w => w.Length > 0))
        {
            var id = Onzin.Codeer(waarde);
            Voeg($"/activiteiten/{id}");
            Voeg($"/activiteiten/{id}.ics");
            Voeg($"/uitvragen/{id}/reacties.csv", team);
            Voeg($"/uitvragen/{id}/afdrukken");
            Voeg($"/uitvragen/{id}");
            Voeg($"/uitvragen/{id}/proef/kapot");
            Voeg($"/uitvragen/{uitvraag.Id}/proef/{id}");
            Voeg($"/beheer/uitnodiging/{id}");
            Voeg($"/beheer/wachtwoord-herstellen/{id}");
        }

        foreach (var ruw in Onzin.RuweQueryWaarden)
        {
            Voeg($"/activiteiten/{ruw}");
            Voeg($"/activiteiten/{ruw}.ics");
            Voeg($"/uitvragen/{ruw}/reacties.csv", team);
            Voeg($"/uitvragen/{ruw}/afdrukken");
            Voeg($"/uitvragen/{ruw}");
            Voeg($"/uitvragen/{uitvraag.Id}/proef/{ruw}");
            Voeg($"/beheer/uitnodiging/{ruw}");
        }

        var fouten = new ConcurrentBag<string>();
        var klok = Stopwatch.StartNew();
        await Parallel.ForEachAsync(verzoeken, new ParallelOptions { MaxDegreeOfParallelism = Gelijktijdig }, async (verzoek, token) =>
        {
            var antwoord = await RuwHttp.GetAsync(server, verzoek.Doel, koppen: verzoek.Koppen);

            // Kestrel itself refuses a path with NUL in it (an empty 400) before any endpoint sees the request.
            var doorKestrelGeweigerd = antwoord is { Status: 400, Body: "" } && verzoek.Doel.Split('?')[0].Contains("%00", StringComparison.Ordinal);
            if (!doorKestrelGeweigerd && Controleer(antwoord.Status, antwoord.ContentType, antwoord.Body) is { } fout)
            {
                fouten.Add($"GET {Kort(verzoek.Doel)} → {fout}");
            }
        });

        Assert.True(fouten.IsEmpty, $"{fouten.Count} of {verzoeken.Count} requests ({klok.Elapsed.TotalSeconds:0.0} s) failed:\n" + string.Join('\n', fouten.Order().Take(60)));
    }

    [Fact]
    public async Task EveryGraphQLArgumentAndVariableIsNeverA500OrAnInternalError()
    {
        var uitvraag = await TestUitvraag.MaakAsync(server);
        var partners = await TestPartners.MaakAsync(server);
        var activiteit = GlobalId.Maak("Activiteit", 1);
        var organisatie = GlobalId.Maak("Organisatie", 1);

        // (document with $v, the type of $v, API key)
        (string Document, string Type, string? Sleutel)[] operaties =
        [
            ("query($v: DateTime) { agenda(filter: { vanaf: $v }, first: 1) { totalCount nodes { start } } }", "DateTime", null),
            ("query($v: DateTime) { agenda(filter: { tot: $v }, first: 1) { totalCount nodes { start } } }", "DateTime", null),
            ("query($v: DateTime) { agenda(filter: { vanaf: $v, tot: $v }, first: 1) { totalCount } }", "DateTime", null),
            ("query($v: Int) { agenda(first: $v) { totalCount pageInfo { endCursor } } }", "Int", null),
            ("query($v: String) { agenda(first: 1, after: $v) { totalCount nodes { start } } }", "String", null),
            ("query($v: [String!]) { agenda(filter: { wijken: $v }, first: 1) { totalCount } }", "[String!]", null),
            ("query($v: [Thema!]) { agenda(filter: { themas: $v }, first: 1) { totalCount } }", "[Thema!]", null),
            ("query($v: [Doelgroep!]) { agenda(filter: { doelgroepen: $v }, first: 1) { totalCount } }", "[Doelgroep!]", null),
            ("query($v: [ID!]) { agenda(filter: { organisaties: $v }, first: 1) { totalCount } }", "[ID!]", null),
            ("query($v: [ID!]) { agenda(filter: { netwerken: $v }, first: 1) { totalCount } }", "[ID!]", null),
            ("query($v: String) { agenda(filter: { zoekterm: $v }, first: 1) { totalCount } }", "String", null),
            ("query($v: String) { agenda(filter: { periode: $v }, first: 1) { totalCount nodes { start } } }", "String", null),
            ("query($v: String) { agenda(filter: { periode: $v, tot: \"2026-12-01\" }, first: 1) { totalCount } }", "String", null),
            ("query($v: ID!) { activiteit(id: $v) { id titel } }", "ID!", null),
            ($"query($v: Int) {{ activiteit(id: \"{activiteit}\") {{ volgendeVoorkomens(aantal: $v) {{ start }} }} }}", "Int", null),
            ("query($v: ID!) { organisatie(id: $v) { id naam } }", "ID!", null),
            ($"query($v: Int) {{ organisatie(id: \"{organisatie}\") {{ activiteiten(first: $v) {{ totalCount }} }} }}", "Int", null),
            ($"query($v: String) {{ organisatie(id: \"{organisatie}\") {{ activiteiten(first: 1, after: $v) {{ totalCount }} }} }}", "String", null),
            ("query($v: Int) { organisaties(first: $v) { totalCount } }", "Int", null),
            ("query($v: String) { organisaties(first: 1, after: $v) { totalCount } }", "String", null),
            ("query($v: String) { organisaties(filter: { zoekterm: $v }) { totalCount } }", "String", null),
            ("query($v: [String!]) { organisaties(filter: { wijken: $v }) { totalCount } }", "[String!]", null),
            ("query($v: [ID!]) { organisaties(filter: { netwerken: $v }) { totalCount } }", "[ID!]", null),
            ("query($v: ID) { wijzigingen(filter: { organisatie: $v }) { totalCount } }", "ID", partners.Beheerder),
            ("query($v: String) { wijzigingen(filter: { objectType: $v }) { totalCount } }", "String", partners.Beheerder),
            ("query($v: ID) { wijzigingen(filter: { object: $v }) { totalCount nodes { velden { veld } } } }", "ID", partners.RedacteurB),
            ("query($v: String) { wijzigingen(first: 1, after: $v) { totalCount } }", "String", partners.RedacteurB),
            ("query($v: Int) { wijzigingen(first: $v) { totalCount } }", "Int", partners.Beheerder),
            ("query($v: ID!) { netwerk(id: $v) { id } }", "ID!", null),
            ("query($v: String!) { wijk(slug: $v) { naam } }", "String!", null),
            ("query($v: ID!) { participatietraject(id: $v) { id } }", "ID!", null),
            ("query($v: ID!) { uitvraag(id: $v) { id } }", "ID!", null),
            ($"query($v: Taal) {{ uitvraag(id: \"{uitvraag.Id}\", taal: $v) {{ titel }} }}", "Taal", null),
            ($"query($v: Int) {{ uitvraag(id: \"{uitvraag.Id}\") {{ reacties(first: $v) {{ totalCount }} }} }}", "Int", uitvraag.TeamSleutel),
            ($"query($v: String) {{ uitvraag(id: \"{uitvraag.Id}\") {{ reacties(first: 1, after: $v) {{ totalCount }} }} }}", "String", uitvraag.TeamSleutel),
            ($"query($v: String) {{ uitvraag(id: \"{uitvraag.Id}\") {{ resultaten(segment: {{ wijk: $v }}) {{ aantalReacties }} }} }}", "String", uitvraag.TeamSleutel),
            ("query($v: ID!) { node(id: $v) { id } }", "ID!", null),
            ("query($v: [ID!]!) { nodes(ids: $v) { id } }", "[ID!]!", null),
            ("mutation($v: String!) { reactieIntrekken(ontvangstcode: $v) { gelukt } }", "String!", null),
            ("mutation($v: ID!) { uitvraagStatusWijzigen(id: $v, status: GESLOTEN) { id } }", "ID!", uitvraag.AnderTeamSleutel),
            ("mutation($v: ID!) { activiteitAnnuleren(id: $v, reden: \"test\") { gelukt } }", "ID!", partners.RedacteurB),
            ("mutation($v: ID!) { voorkomenAnnuleren(activiteitId: $v, start: \"2026-12-01T10:00:00+01:00\") { gelukt } }", "ID!", partners.RedacteurB),
            ($"mutation($v: DateTime!) {{ voorkomenHerstellen(activiteitId: \"{activiteit}\", start: $v) {{ gelukt }} }}", "DateTime!", partners.RedacteurB),
            ("mutation($v: ID!) { organisatieWijzigen(id: $v, invoer: {}) { gelukt } }", "ID!", partners.RedacteurB),
            ("mutation($v: ID!) { lidmaatschapVerwijderen(id: $v) { gelukt } }", "ID!", partners.RedacteurB),
            ($"query($v: String) {{ uitvraag(id: \"{uitvraag.Id}\", proefToken: $v) {{ id }} }}", "String", null),
            ("mutation($v: ID!) { proeflinkMaken(uitvraagId: $v) { token } }", "ID!", uitvraag.TeamSleutel),
            ("mutation($v: ID!) { vraagVerwijderen(id: $v) { id } }", "ID!", uitvraag.AnderTeamSleutel),
            ($"mutation($v: Int!) {{ vraagVerplaatsen(id: \"{uitvraag.Open}\", naarNummer: $v) {{ gelukt }} }}", "Int!", uitvraag.TeamSleutel),
            ($"mutation($v: Int) {{ vraagWijzigen(id: \"{uitvraag.Open}\", invoer: {{ maxLengte: $v }}) {{ gelukt }} }}", "Int", uitvraag.TeamSleutel),
        ];

        var onzin = new Onzin(Seed + 1);
        string[] getallen = ["0", "-1", "1", "100", "101", "2147483647", "2147483648", "-2147483649", "9223372036854775808", "1e400", "1.5", "1e3", "-0", "true", "null", "[]", "{}", "[null]", "[1, \"a\"]", "{\"a\": 1}"];
        var verzoeken = new List<(string Body, string? Sleutel, string Omschrijving)>();
        foreach (var (document, type, sleutel) in operaties)
        {
            var soort = type.StartsWith("DateTime", StringComparison.Ordinal) ? Onzin.Datums : type.StartsWith("Int", StringComparison.Ordinal) ? Onzin.Getallen : Onzin.Ids;
            var waarden = onzin.Waarden(soort, Willekeurig).Select(w => JsonSerializer.Serialize(w)).Concat(getallen).ToList();
            foreach (var waarde in waarden)
            {
                verzoeken.Add(($"{{\"query\": {JsonSerializer.Serialize(document)}, \"variables\": {{\"v\": {waarde}}}}}", sleutel, $"{document} with $v = {waarde}"));
            }

            // The same values written into the document as a literal.
            var zonderVariabele = document[(document.IndexOf(')', StringComparison.Ordinal) + 1)..];
            var operatie = document.StartsWith("mutation", StringComparison.Ordinal) ? "mutation" : "query";
            foreach (var waarde in waarden.Where((_, i) => i % 4 == 0).Concat(getallen))
            {
                var letterlijk = operatie + " " + zonderVariabele.Replace("$v", waarde, StringComparison.Ordinal);
                verzoeken.Add(($"{{\"query\": {JsonSerializer.Serialize(letterlijk)}}}", sleutel, letterlijk));
            }
        }

        var fouten = new ConcurrentBag<string>();
        var klok = Stopwatch.StartNew();
        await Parallel.ForEachAsync(verzoeken, new ParallelOptions { MaxDegreeOfParallelism = Gelijktijdig }, async (verzoek, token) =>
        {
            using var bericht = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(verzoek.Body, Encoding.UTF8, "application/json") };
            bericht.Headers.Accept.ParseAdd("application/graphql-response+json");
            if (verzoek.Sleutel is not null)
            {
                bericht.Headers.Authorization = new AuthenticationHeaderValue("Bearer", verzoek.Sleutel);
            }

            using var client = server.MaakClient();
            using var antwoord = await client.SendAsync(bericht, token);
            var body = await antwoord.Content.ReadAsStringAsync(token);
            if (Controleer((int)antwoord.StatusCode, antwoord.Content.Headers.ContentType?.ToString(), body, graphQL: true) is { } fout)
            {
                fouten.Add($"{Kort(verzoek.Omschrijving)} → {fout}");
            }
        });

        Assert.True(fouten.IsEmpty, $"{fouten.Count} of {verzoeken.Count} requests ({klok.Elapsed.TotalSeconds:0.0} s) failed:\n" + string.Join('\n', fouten.Order().Take(60)));
    }

    private static IReadOnlyList<string> Soort(string parameter) => parameter switch
    {
        "van" or "tot" => Onzin.Datums,
        "aantal" or "periode" or "vanaf" => Onzin.Getallen,
        "taal" => Onzin.Algemeen,
        _ => Onzin.Ids,
    };

    /// <summary>A filter of only commas or spaces is no filter: the page shows everything (it was a 500 in the wijk list).</summary>
    [Theory]
    [InlineData("/agenda?wijk=%2C%2C%2C")]
    [InlineData("/agenda?wijk=%20%2C%20&thema=%2C&doelgroep=%2C&organisatie=%2C&netwerk=%2C")]
    [InlineData("/agenda/afdrukken?wijk=%2C")]
    [InlineData("/organisaties?wijk=%2C%2C&thema=%20%2C")]
    public async Task AFilterOfOnlyCommasIsNoFilter(string pad)
    {
        using var client = server.MaakClient();
        using var antwoord = await client.GetAsync(pad);
        var html = await antwoord.Content.ReadAsStringAsync();

        Assert.True(antwoord.StatusCode == System.Net.HttpStatusCode.OK, html);
        Assert.Contains("<option value selected>", html, StringComparison.Ordinal);
    }

    /// <summary>Null when the answer is a success or a coded error; otherwise what is wrong with it.</summary>
    private static string? Controleer(int status, string? contentType, string body, bool graphQL = false)
    {
        if (status >= 500)
        {
            return $"{status}: {Kort(body)}";
        }

        if (body.Contains("Exception", StringComparison.Ordinal) || body.Contains("   at ", StringComparison.Ordinal))
        {
            return $"{status} with a stack trace: {Kort(body)}";
        }

        if (graphQL)
        {
            JsonNode? json;
            try
            {
                json = JsonNode.Parse(body);
            }
            catch (JsonException)
            {
                return $"{status}, no JSON: {Kort(body)}";
            }

            if (json?["errors"] is JsonArray errors)
            {
                foreach (var error in errors)
                {
                    var code = error?["extensions"]?["code"]?.GetValueKind() == JsonValueKind.String ? error["extensions"]!["code"]!.GetValue<string>() : null;
                    if (code is null or FoutCodes.InterneFout)
                    {
                        return $"{status}, error without a code or internal: {Kort(error?.ToJsonString() ?? "null")}";
                    }
                }
            }
            else if (json?["data"] is null)
            {
                return $"{status}, neither data nor errors: {Kort(body)}";
            }

            return null;
        }

        if (status < 400)
        {
            return null;
        }

        if (contentType?.StartsWith("text/html", StringComparison.Ordinal) == true)
        {
            var code = FoutCode().Match(body);
            return code.Success && code.Groups[1].Value != FoutCodes.InterneFout ? null : $"{status}, a page without an error code: {Kort(body)}";
        }

        if (contentType?.Contains("json", StringComparison.Ordinal) == true)
        {
            try
            {
                var code = JsonNode.Parse(body)?["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();
                return code is null or FoutCodes.InterneFout ? $"{status}, JSON without an error code: {Kort(body)}" : null;
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException)
            {
                return $"{status}, no JSON: {Kort(body)}";
            }
        }

        return $"{status} ({contentType ?? "no content type"}) without an error code: {Kort(body)}";
    }

    private static string Kort(string tekst) => tekst.Length > 300 ? tekst[..300] + "…" : tekst;

    [GeneratedRegex("Foutcode: ([A-Z_]+)")]
    private static partial Regex FoutCode();
}
