using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace SociaalNetwerk.Bench;

/// <summary>
/// Measures each row of docs/performance.md side by side in one run: GraphApi (the Release build, as a separate
/// process) against the baseline (<see cref="Basislijn"/>, another process) on the same SQLite files. Server CPU per
/// request is read from /proc/&lt;pid&gt;/stat (utime + stime) before and after a series of sequential requests.
/// </summary>
public static class Meting
{
    /// <param name="AlleenReacties">Only the reacties row (<c>--alleen-reacties</c>), <see cref="Rondes"/> times, each on a fresh copy of the 1× data.</param>
    /// <param name="AlleenAgenda">Only the agenda row (<c>--alleen-agenda</c>), <see cref="Rondes"/> times: every build and the baseline on fresh copies of the 1× data, their blocks of requests in turn.</param>
    /// <param name="Tegen">With <see cref="AlleenReacties"/> or <see cref="AlleenAgenda"/>: other GraphApi builds (<c>--tegen path/SociaalNetwerk.GraphApi.dll[,another]</c>) measured in turn with this one, in the same run.</param>
    public sealed record Opties(string Repository, string Werkmap, int Schaal, int Geschiedenis, int Verzoeken, int TraagVerzoeken, int ReactieSeconden, bool NieuweData,
        bool AlleenReacties = false, string? Tegen = null, int Rondes = 1, bool AlleenAgenda = false)
    {
        public static Opties Lees(string[] args)
        {
            string Waarde(string naam, string standaard)
            {
                var i = Array.IndexOf(args, naam);
                return i >= 0 && i + 1 < args.Length ? args[i + 1] : standaard;
            }

            var snel = args.Contains("--snel");
            return new Opties(
                Path.GetFullPath(Waarde("--repository", ".")),
                Path.GetFullPath(Waarde("--werkmap", Path.Combine(Path.GetTempPath(), "sn-bench"))),
                int.Parse(Waarde("--schaal", snel ? "1" : "100"), CultureInfo.InvariantCulture),
                int.Parse(Waarde("--geschiedenis", snel ? "30" : "365"), CultureInfo.InvariantCulture),
                int.Parse(Waarde("--verzoeken", snel ? "200" : "1000"), CultureInfo.InvariantCulture),
                int.Parse(Waarde("--traag", snel ? "10" : "30"), CultureInfo.InvariantCulture),
                int.Parse(Waarde("--reacties-seconden", snel ? "5" : "20"), CultureInfo.InvariantCulture),
                args.Contains("--nieuwe-data"),
                args.Contains("--alleen-reacties"),
                Array.IndexOf(args, "--tegen") >= 0 ? Waarde("--tegen", string.Empty) : null,
                int.Parse(Waarde("--rondes", "1"), CultureInfo.InvariantCulture),
                args.Contains("--alleen-agenda"));
        }
    }

    private static readonly List<(string Wat, string Gemeten, string Doel)> Tabel = [];

    public static async Task<int> DraaiAsync(Opties o)
    {
        Directory.CreateDirectory(o.Werkmap);
        var graphApi = Path.Combine(o.Repository, "src/GraphApi/bin/Release/net10.0/SociaalNetwerk.GraphApi.dll");
        if (!File.Exists(graphApi))
        {
            Console.Error.WriteLine($"{graphApi} ontbreekt: bouw eerst (bench/run.sh doet dat).");
            return 2;
        }

        var klein = Path.Combine(o.Werkmap, "demo-1x.db");
        if (o.AlleenReacties)
        {
            await MaakDataAsync(graphApi, klein, 1, 0, o.NieuweData);
            return await AlleenReactiesAsync(o, graphApi, klein);
        }

        if (o.AlleenAgenda)
        {
            await MaakDataAsync(graphApi, klein, 1, 0, o.NieuweData);
            return await AlleenAgendaAsync(o, graphApi, klein, LeesDocumentId(o.Repository));
        }

        var documentId = LeesDocumentId(o.Repository);
        var groot = Path.Combine(o.Werkmap, $"demo-{o.Schaal}x-{o.Geschiedenis}d.db");
        await MaakDataAsync(graphApi, klein, 1, 0, o.NieuweData);
        await MaakDataAsync(graphApi, groot, o.Schaal, o.Geschiedenis, o.NieuweData);
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; klok {DateTime.UtcNow:u}");

        // ---- 1×: start, idle memory, CPU per request against the baseline, 304, cached 200, script, reacties ----
        // The 1× rows run on a copy: the reacties row writes into it, and the kept file stays as it was made, so every
        // run starts from the same data (the kept file used to grow by ~20,000 reacties a run).
        var kopie1x = Kopie(klein, Path.Combine(o.Werkmap, "demo-1x-deze-run.db"));
        using (var api = await Server.StartGraphApiAsync(graphApi, kopie1x))
        using (var basis = await Server.StartBasislijnAsync(kopie1x))
        {
            Tabel.Add(("klaar na de start (1×)", $"{api.Klaar.TotalSeconds:0.00} s", "≤ 2 s"));
            using var http = Http();
            var agenda = new Agenda(documentId);
            await ControleerGelijkAsync(http, api, basis, agenda, "{\"filter\":{},\"first\":20}");
            await ControleerGelijkAsync(http, api, basis, agenda, "{\"filter\":{\"wijken\":[\"oosterheem\"]},\"first\":20}");
            var eersteAntwoord = JsonNode.Parse(await http.GetStringAsync(api.Adres + agenda.Pad("{\"filter\":{},\"first\":20}")))!;
            var cursor = eersteAntwoord["data"]!["agenda"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
            await ControleerGelijkAsync(http, api, basis, agenda, $"{{\"filter\":{{}},\"first\":20,\"after\":\"{cursor}\"}}");

            // Idle memory: a few requests, then nothing for a while.
            for (var i = 0; i < 5; i++)
            {
                await http.GetStringAsync(api.Adres + agenda.Pad(Agenda.Uniek(i, null)));
            }

            await Task.Delay(TimeSpan.FromSeconds(15));
            Tabel.Add(("geheugen in rust (RSS, 1×)", $"{api.RssMb():0} MB", "≤ 120 MB"));

            // Full runs: every request has its own variables (a vanaf a millisecond apart), so no cache can answer.
            // First both servers warm up until their CPU per request no longer drops (the JIT's second tier and the
            // caches of EF Core and GraphQL.NET are in place: a short warm-up measured compilation, not requests),
            // then they take turns in blocks, so that a change in the machine's load hits both alike.
            var warm = await WarmAsync(http, api, i => agenda.Pad(Agenda.Uniek(i, null)));
            await WarmAsync(http, basis, i => agenda.Pad(Agenda.Uniek(i, null)));
            var (volApi, volBasis) = await AfwisselendAsync(http, api, basis, o.Verzoeken, i => agenda.Pad(Agenda.Uniek(warm + i, null)));
            Tabel.Add(("agendapagina, CPU per verzoek: GraphApi / basislijn", $"{volApi.CpuMs:0.00} / {volBasis.CpuMs:0.00} ms = {volApi.CpuMs / volBasis.CpuMs:0.0}×", "≤ 2,5×"));
            Tabel.Add(("agendapagina p50: GraphApi / basislijn", $"{volApi.P50:0.0} / {volBasis.P50:0.0} ms", string.Empty));

            // The same request again and again (the widget's own variables): a cache may answer it. Ten times as many
            // requests as for the full runs: /proc counts CPU in ticks of 10 ms, and 200 answers of 0.1 ms are 2 ticks.
            var vast = agenda.Pad("{\"filter\":{},\"first\":20}");
            var goedkoop = o.Verzoeken * 10;
            using var eerste = await http.SendAsync(Verzoek(api, vast, null));
            var etag = eerste.Headers.ETag?.ToString();
            var gecachet = await Reeks(http, api, goedkoop, _ => vast);
            Tabel.Add(("zelfde GET nog eens (200), CPU t.o.v. volledige uitvoering", $"{gecachet.CpuMs:0.00} ms = {gecachet.CpuMs / volApi.CpuMs:0.00}× (p50 {gecachet.P50:0.0} ms)", "≤ 0,15×"));

            // The same, as a browser asks it (every browser sends Accept-Encoding): the answer goes out compressed.
            using (var gecomprimeerdEerste = await http.SendAsync(Verzoek(api, vast, null, BrowserCodering)))
            {
                var bytes = (await gecomprimeerdEerste.Content.ReadAsByteArrayAsync()).Length;
                var gecomprimeerd = await Reeks(http, api, goedkoop, _ => vast, acceptEncoding: BrowserCodering);
                Tabel.Add(($"zelfde GET nog eens met Accept-Encoding: {BrowserCodering} (200), CPU t.o.v. volledige uitvoering",
                    $"{gecomprimeerd.CpuMs:0.00} ms = {gecomprimeerd.CpuMs / volApi.CpuMs:0.00}× (p50 {gecomprimeerd.P50:0.0} ms, {string.Join(", ", gecomprimeerdEerste.Content.Headers.ContentEncoding)} {bytes} bytes)", "≤ 0,15×"));
            }

            if (etag is null)
            {
                Tabel.Add(("If-None-Match → 304", "geen ETag", "≤ 0,1×"));
            }
            else
            {
                var niets = await Reeks(http, api, goedkoop, _ => vast, etag);
                Tabel.Add(("If-None-Match → 304, CPU t.o.v. volledige uitvoering", $"{niets.CpuMs:0.00} ms = {niets.CpuMs / volApi.CpuMs:0.00}× (p50 {niets.P50:0.0} ms, {niets.Status})", "≤ 0,1×"));
            }

            var script = await ScriptBytesAsync(o.Repository, basis.Adres + "/agenda-pagina?api=" + Uri.EscapeDataString(api.Adres));
            Tabel.Add(("script van een pagina met alleen een agenda (brotli)", script, "≤ 20 KB"));

            var (perSeconde, p99, aantal, fouten, cpu) = await ReactiesAsync(api, o.ReactieSeconden);
            Tabel.Add(("reacties per seconde, 16 clients (SQLite)", $"{perSeconde:0}/s, p99 {p99:0} ms ({aantal} opgeslagen, {fouten} fouten, {cpu:0.00} ms CPU per reactie)", "≥ 300/s, p99 ≤ 250 ms"));
        }

        // ---- N× with D days of history: start, wijk page, first page ----
        using (var api = await Server.StartGraphApiAsync(graphApi, groot))
        using (var basis = await Server.StartBasislijnAsync(groot))
        {
            Tabel.Add(($"klaar na de start ({o.Schaal}×, {o.Geschiedenis} dagen)", $"{api.Klaar.TotalSeconds:0.00} s", "≤ 2 s"));
            using var http = Http();
            var agenda = new Agenda(documentId);
            await ControleerGelijkAsync(http, api, basis, agenda, "{\"filter\":{\"wijken\":[\"oosterheem\"]},\"first\":20}");
            await ControleerGelijkAsync(http, api, basis, agenda, "{\"filter\":{},\"first\":20}");
            // Both servers warm up as for the 1× rows (until their CPU per request no longer drops), per row, with
            // variables of their own (so no cache answers the measured requests).
            await WarmAsync(http, api, i => agenda.Pad(Agenda.Uniek(100_000 + i, "oosterheem")));
            await WarmAsync(http, basis, i => agenda.Pad(Agenda.Uniek(100_000 + i, "oosterheem")));
            var wijk = await Reeks(http, api, o.TraagVerzoeken, i => agenda.Pad(Agenda.Uniek(i, "oosterheem")));
            var wijkBasis = await Reeks(http, basis, o.TraagVerzoeken, i => agenda.Pad(Agenda.Uniek(i, "oosterheem")));
            Tabel.Add(($"wijkpagina met totalCount, {o.Schaal}×: p50 GraphApi / basislijn", $"{wijk.P50:0} / {wijkBasis.P50:0} ms", "≤ 30 ms"));
            await WarmAsync(http, api, i => agenda.Pad(Agenda.Uniek(200_000 + i, null)));
            await WarmAsync(http, basis, i => agenda.Pad(Agenda.Uniek(200_000 + i, null)));
            var eerstePagina = await Reeks(http, api, o.TraagVerzoeken, i => agenda.Pad(Agenda.Uniek(1000 + i, null)));
            var eerstePaginaBasis = await Reeks(http, basis, o.TraagVerzoeken, i => agenda.Pad(Agenda.Uniek(1000 + i, null)));
            Tabel.Add(($"eerste pagina na {o.Geschiedenis} dagen, {o.Schaal}×: p50 GraphApi / basislijn", $"{eerstePagina.P50:0} / {eerstePaginaBasis.P50:0} ms", "≤ 15 ms"));
            Tabel.Add(($"geheugen na de metingen ({o.Schaal}×)", $"{api.RssMb():0} MB", string.Empty));
        }

        Console.WriteLine();
        var breedte = Tabel.Max(r => r.Wat.Length);
        var breedte2 = Tabel.Max(r => r.Gemeten.Length);
        Console.WriteLine($"| {"wat".PadRight(breedte)} | {"gemeten".PadRight(breedte2)} | doel |");
        Console.WriteLine($"| {new string('-', breedte)} | {new string('-', breedte2)} | --- |");
        foreach (var (wat, gemeten, doel) in Tabel)
        {
            Console.WriteLine($"| {wat.PadRight(breedte)} | {gemeten.PadRight(breedte2)} | {doel} |");
        }

        return 0;
    }

    /// <summary>
    /// Only the reacties row: this build (and <see cref="Opties.Tegen"/>, in turn) on a fresh copy of the 1× data per
    /// round, after a short warm-up; with the load average of the machine before each round.
    /// </summary>
    /// <summary>This build and those of <c>--tegen</c>, each with its name in the table.</summary>
    private static List<(string Naam, string Dll)> Builds(Opties o, string graphApi)
    {
        var builds = new List<(string Naam, string Dll)> { ("deze", graphApi) };
        if (o.Tegen is { } tegen)
        {
            var andere = tegen.Split(',', StringSplitOptions.RemoveEmptyEntries);
            builds.AddRange(andere.Select((dll, i) => (andere.Length == 1 ? "tegen" : $"tegen{i + 1}", Path.GetFullPath(dll))));
        }

        return builds;
    }

    /// <summary>
    /// The agenda row alone, for comparing builds: per round every build and the baseline start on their own fresh copy
    /// of the 1× data, warm up, and then take turns in blocks (<see cref="AfwisselendAsync"/>), so a change in the
    /// machine's load hits them alike. The ratio of each round and the median over the rounds.
    /// </summary>
    private static async Task<int> AlleenAgendaAsync(Opties o, string graphApi, string klein, string documentId)
    {
        var builds = Builds(o, graphApi);
        var agenda = new Agenda(documentId);
        var verhoudingen = builds.ToDictionary(b => b.Naam, _ => new List<double>());
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; klok {DateTime.UtcNow:u}");
        for (var ronde = 1; ronde <= Math.Max(1, o.Rondes); ronde++)
        {
            var servers = new List<Server>();
            try
            {
                foreach (var (naam, dll) in builds)
                {
                    servers.Add(await Server.StartGraphApiAsync(dll, Kopie(klein, Path.Combine(o.Werkmap, $"agenda-{naam}.db"))));
                }

                servers.Add(await Server.StartBasislijnAsync(Kopie(klein, Path.Combine(o.Werkmap, "agenda-basislijn.db"))));
                using var http = Http();
                var warm = 0;
                foreach (var server in servers)
                {
                    warm = Math.Max(warm, await WarmAsync(http, server, i => agenda.Pad(Agenda.Uniek(i, null))));
                }

                var load = File.ReadAllText("/proc/loadavg").Split(' ')[0];
                var uitslagen = await AfwisselendAsync(http, servers, o.Verzoeken, i => agenda.Pad(Agenda.Uniek(warm + i, null)));
                var basis = uitslagen[^1];
                for (var b = 0; b < builds.Count; b++)
                {
                    var verhouding = uitslagen[b].CpuMs / basis.CpuMs;
                    verhoudingen[builds[b].Naam].Add(verhouding);
                    Tabel.Add(($"ronde {ronde}, {builds[b].Naam} (load {load})", $"{uitslagen[b].CpuMs:0.00} / {basis.CpuMs:0.00} ms = {verhouding:0.00}×", "≤ 2,5×"));
                    Console.WriteLine($"{Tabel[^1].Wat}: {Tabel[^1].Gemeten}");
                }
            }
            finally
            {
                foreach (var server in servers)
                {
                    server.Dispose();
                }
            }
        }

        foreach (var (naam, lijst) in verhoudingen)
        {
            lijst.Sort();
            Tabel.Add(($"mediaan, {naam} ({lijst.Count} rondes)", $"{lijst[lijst.Count / 2]:0.00}× (van {lijst[0]:0.00}× tot {lijst[^1]:0.00}×)", "≤ 2,5×"));
        }

        Console.WriteLine();
        foreach (var (wat, gemeten, doel) in Tabel)
        {
            Console.WriteLine($"| {wat} | {gemeten} | {doel} |");
        }

        return 0;
    }

    private static async Task<int> AlleenReactiesAsync(Opties o, string graphApi, string klein)
    {
        var builds = Builds(o, graphApi);

        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; klok {DateTime.UtcNow:u}");
        for (var ronde = 1; ronde <= Math.Max(1, o.Rondes); ronde++)
        {
            foreach (var (naam, dll) in builds)
            {
                var kopie = Kopie(klein, Path.Combine(o.Werkmap, $"reacties-{naam}.db"));
                using var api = await Server.StartGraphApiAsync(dll, kopie);
                await ReactiesAsync(api, 2);
                var load = File.ReadAllText("/proc/loadavg").Split(' ')[0];
                var (perSeconde, p99, aantal, fouten, cpu) = await ReactiesAsync(api, o.ReactieSeconden);
                Tabel.Add(($"ronde {ronde}, {naam} (load {load})", $"{perSeconde:0}/s, p99 {p99:0} ms ({aantal} opgeslagen, {fouten} fouten, {cpu:0.00} ms CPU per reactie)", "≥ 300/s, p99 ≤ 250 ms"));
                Console.WriteLine($"{Tabel[^1].Wat}: {Tabel[^1].Gemeten}");
            }
        }

        Console.WriteLine();
        foreach (var (wat, gemeten, doel) in Tabel)
        {
            Console.WriteLine($"| {wat} | {gemeten} | {doel} |");
        }

        return 0;
    }

    private static HttpClient Http() => new(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None, PooledConnectionLifetime = TimeSpan.FromMinutes(30) })
    {
        Timeout = TimeSpan.FromMinutes(5),
    };

    private static string LeesDocumentId(string repository)
    {
        var bestand = Path.Combine(repository, "src/Widgets/dist/persisted-documents.json");
        var documenten = JsonNode.Parse(File.ReadAllText(bestand))!.AsObject();
        return documenten.Single(d => d.Value!.GetValue<string>().StartsWith("query WidgetAgenda(", StringComparison.Ordinal)).Key;
    }

    /// <summary>The scale data, made once per size with the CLI (<c>demo-data reset --schaal --geschiedenis</c>) and kept for later runs.</summary>
    /// <summary>
    /// A fresh copy of a kept data file for one server (SQLite's backup, so a kept file an older bench left with a
    /// write-ahead log is copied whole); an earlier copy and its -wal and -shm are removed first.
    /// </summary>
    private static string Kopie(string bron, string kopie)
    {
        foreach (var bestand in new[] { kopie, kopie + "-wal", kopie + "-shm" })
        {
            File.Delete(bestand);
        }

        using (var van = new SqliteConnection($"Data Source={bron};Mode=ReadOnly;Pooling=False"))
        using (var naar = new SqliteConnection($"Data Source={kopie};Pooling=False"))
        {
            van.Open();
            van.BackupDatabase(naar);
        }

        return kopie;
    }

    private static async Task MaakDataAsync(string graphApi, string bestand, int schaal, int geschiedenis, bool nieuw)
    {
        if (File.Exists(bestand) && !nieuw)
        {
            Console.WriteLine($"Data: {bestand} (bestaat; --nieuwe-data maakt hem opnieuw)");
            return;
        }

        var klok = Stopwatch.StartNew();
        var start = new ProcessStartInfo("dotnet", [graphApi, "demo-data", "reset", "--schaal", schaal.ToString(CultureInfo.InvariantCulture), "--geschiedenis", geschiedenis.ToString(CultureInfo.InvariantCulture)])
        {
            WorkingDirectory = Path.GetDirectoryName(graphApi)!,
        };
        Server.Omgeving(start, bestand);
        using var proces = Process.Start(start)!;
        await proces.WaitForExitAsync();
        if (proces.ExitCode != 0)
        {
            throw new InvalidOperationException($"demo-data reset gaf {proces.ExitCode}");
        }

        Console.WriteLine($"Data: {bestand} gemaakt in {klok.Elapsed.TotalSeconds:0} s");
    }

    private static async Task ControleerGelijkAsync(HttpClient http, Server api, Server basis, Agenda agenda, string variabelen)
    {
        // The agenda starts at "now": an occurrence may end between the two requests, so a difference is retried.
        for (var poging = 1; ; poging++)
        {
            var a = await http.GetByteArrayAsync(api.Adres + agenda.Pad(variabelen));
            var b = await http.GetByteArrayAsync(basis.Adres + agenda.Pad(variabelen));
            if (a.AsSpan().SequenceEqual(b))
            {
                Console.WriteLine($"Gelijk ({a.Length} bytes): {variabelen}");
                return;
            }

            if (poging == 3)
            {
                Console.Error.WriteLine($"VERSCHIL voor {variabelen}:\nGraphApi:  {Encoding.UTF8.GetString(a)}\nbasislijn: {Encoding.UTF8.GetString(b)}");
                throw new InvalidOperationException("De basislijn geeft niet dezelfde JSON als GraphApi.");
            }
        }
    }

    private sealed record Uitslag(double CpuMs, double P50, double P99, string Status);

    /// <summary>
    /// Blocks of 200 requests until a block costs no less CPU per request than the best block before it (within 10 %),
    /// at least 5 and at most 25 blocks. Returns how many requests were sent.
    /// </summary>
    private static async Task<int> WarmAsync(HttpClient http, Server server, Func<int, string> pad)
    {
        const int Blok = 200;
        var beste = double.MaxValue;
        for (var blok = 0; blok < 25; blok++)
        {
            var uitslag = await Reeks(http, server, Blok, i => pad(blok * Blok + i));
            if (blok >= 4 && uitslag.CpuMs >= beste * 0.9)
            {
                return (blok + 1) * Blok;
            }

            beste = Math.Min(beste, uitslag.CpuMs);
        }

        return 25 * Blok;
    }

    /// <summary>The same requests to two servers, in five turns each (a, b, a, b, …); per server the CPU and times of all its turns.</summary>
    private static async Task<(Uitslag A, Uitslag B)> AfwisselendAsync(HttpClient http, Server a, Server b, int aantal, Func<int, string> pad)
    {
        var uitslagen = await AfwisselendAsync(http, [a, b], aantal, pad);
        return (uitslagen[0], uitslagen[1]);
    }

    /// <summary>The same requests to every server, in five blocks each, the servers taking turns per block.</summary>
    private static async Task<Uitslag[]> AfwisselendAsync(HttpClient http, IReadOnlyList<Server> servers, int aantal, Func<int, string> pad)
    {
        const int Beurten = 5;
        var perBeurt = Math.Max(1, aantal / Beurten);
        var cpu = new long[servers.Count];
        var tijden = servers.Select(_ => new List<double>()).ToArray();
        var codes = servers.Select(_ => new Dictionary<int, int>()).ToArray();
        for (var beurt = 0; beurt < Beurten; beurt++)
        {
            var eerste = beurt * perBeurt;
            for (var s = 0; s < servers.Count; s++)
            {
                cpu[s] += await BeurtAsync(http, servers[s], perBeurt, i => pad(eerste + i), tijden[s], codes[s]);
            }
        }

        return [.. servers.Select((_, s) => Samen(cpu[s], tijden[s], codes[s]))];
    }

    private static async Task<long> BeurtAsync(HttpClient http, Server server, int aantal, Func<int, string> pad, List<double> tijden, Dictionary<int, int> codes)
    {
        var voor = server.CpuTicks();
        for (var i = 0; i < aantal; i++)
        {
            using var verzoek = Verzoek(server, pad(i), null);
            var klok = Stopwatch.StartNew();
            using var antwoord = await http.SendAsync(verzoek);
            await antwoord.Content.ReadAsByteArrayAsync();
            tijden.Add(klok.Elapsed.TotalMilliseconds);
            codes[(int)antwoord.StatusCode] = codes.GetValueOrDefault((int)antwoord.StatusCode) + 1;
        }

        return server.CpuTicks() - voor;
    }

    private static Uitslag Samen(long ticks, List<double> tijden, Dictionary<int, int> codes)
    {
        tijden.Sort();
        var aantal = tijden.Count;
        return new Uitslag(
            ticks * 1000.0 / Server.TicksPerSeconde / aantal,
            tijden[aantal / 2],
            tijden[Math.Min(aantal - 1, (int)(aantal * 0.99))],
            string.Join(", ", codes.Select(c => $"{c.Value}× {c.Key}")));
    }

    /// <summary>Sequential requests; the server's CPU time (user + system) divided by the number of requests.</summary>
    private static async Task<Uitslag> Reeks(HttpClient http, Server server, int aantal, Func<int, string> pad, string? etag = null, string? acceptEncoding = null)
    {
        var tijden = new double[aantal];
        var codes = new Dictionary<int, int>();
        var voor = server.CpuTicks();
        for (var i = 0; i < aantal; i++)
        {
            using var verzoek = Verzoek(server, pad(i), etag, acceptEncoding);
            var klok = Stopwatch.StartNew();
            using var antwoord = await http.SendAsync(verzoek);
            await antwoord.Content.ReadAsByteArrayAsync();
            tijden[i] = klok.Elapsed.TotalMilliseconds;
            codes[(int)antwoord.StatusCode] = codes.GetValueOrDefault((int)antwoord.StatusCode) + 1;
        }

        var cpu = (server.CpuTicks() - voor) * 1000.0 / Server.TicksPerSeconde / aantal;
        Array.Sort(tijden);
        return new Uitslag(cpu, tijden[aantal / 2], tijden[Math.Min(aantal - 1, (int)(aantal * 0.99))], string.Join(", ", codes.Select(c => $"{c.Value}× {c.Key}")));
    }

    /// <summary>What a browser's fetch sends as <c>Accept-Encoding</c> (Chromium and Firefox also list deflate and zstd).</summary>
    private const string BrowserCodering = "br, gzip";

    /// <summary>
    /// A GET as the widget sends it (its Accept and Accept-Language), optionally conditional, and optionally with an
    /// <c>Accept-Encoding</c> (without one the server sends the answer uncompressed).
    /// </summary>
    private static HttpRequestMessage Verzoek(Server server, string pad, string? etag, string? acceptEncoding = null)
    {
        var verzoek = new HttpRequestMessage(HttpMethod.Get, server.Adres + pad);
        verzoek.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json, application/json");
        verzoek.Headers.TryAddWithoutValidation("Accept-Language", "nl");
        if (acceptEncoding is not null)
        {
            verzoek.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        if (etag is not null)
        {
            verzoek.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        return verzoek;
    }

    /// <summary>Loads a partner page with only an agenda in Chromium and adds up the script bytes it downloaded.</summary>
    private static async Task<string> ScriptBytesAsync(string repository, string pagina)
    {
        var start = new ProcessStartInfo("node", [Path.Combine(repository, "bench/scriptbytes.mjs"), pagina]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var proces = Process.Start(start)!;
        var uit = await proces.StandardOutput.ReadToEndAsync();
        var fout = await proces.StandardError.ReadToEndAsync();
        await proces.WaitForExitAsync();
        if (proces.ExitCode != 0)
        {
            return $"niet gemeten ({fout.Trim().Split('\n')[0]})";
        }

        var resultaat = JsonNode.Parse(uit)!;
        return $"{resultaat["bytes"]!.GetValue<long>() / 1024.0:0.0} KB in {resultaat["bestanden"]!.GetValue<int>()} bestand(en) ({resultaat["coderingen"]})";
    }

    /// <summary>16 clients submit reacties to the demo's open uitvraag for a while; throughput and p99.</summary>
    private static async Task<(double PerSeconde, double P99, int Aantal, int Fouten, double CpuMs)> ReactiesAsync(Server api, int seconden)
    {
        using var http = Http();
        const string UitvraagId = "VWl0dnJhYWc6MQ";
        var vraag = new JsonObject
        {
            ["query"] = "query($id: ID!) { uitvraag(id: $id) { profielvraagWijk profielvraagDoelgroep doelgroepen vragen { id type verplicht schaalMin opties { id } } } }",
            ["variables"] = new JsonObject { ["id"] = UitvraagId },
        };
        using var antwoord = await http.PostAsync(api.Adres + "/graphql", new StringContent(vraag.ToJsonString(), Encoding.UTF8, "application/json"));
        var uitvraag = JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!["data"]!["uitvraag"]!;
        var antwoorden = new JsonArray();
        foreach (var v in uitvraag["vragen"]!.AsArray())
        {
            var id = v!["id"]!.GetValue<string>();
            var opties = v["opties"]!.AsArray().Select(x => x!["id"]!.GetValue<string>()).ToList();
            antwoorden.Add(v["type"]!.GetValue<string>() switch
            {
                "OPEN_TEKST" => new JsonObject { ["vraagId"] = id, ["tekst"] = "Meer ontmoeting in de wijk." },
                "EEN_KEUZE" or "MEERDERE_KEUZES" => new JsonObject { ["vraagId"] = id, ["optieIds"] = new JsonArray(opties[0]) },
                "SCHAAL" => new JsonObject { ["vraagId"] = id, ["getal"] = v["schaalMin"]?.GetValue<int>() ?? 1 },
                _ => new JsonObject { ["vraagId"] = id, ["factoren"] = new JsonArray(new JsonObject { ["soort"] = "HELPEND", ["optieId"] = opties[0] }) },
            });
        }

        var sjabloon = new JsonObject { ["uitvraagId"] = UitvraagId, ["antwoorden"] = antwoorden };
        if (uitvraag["profielvraagWijk"]!.GetValue<bool>())
        {
            sjabloon["wijk"] = "seghwaert";
        }

        if (uitvraag["profielvraagDoelgroep"]!.GetValue<bool>())
        {
            sjabloon["doelgroep"] = uitvraag["doelgroepen"]!.AsArray()[0]!.GetValue<string>();
        }

        const string Indienen = "mutation($invoer: ReactieInvoer!) { reactieIndienen(invoer: $invoer) { gelukt ontvangstcode fouten { code } } }";
        var tijden = new System.Collections.Concurrent.ConcurrentBag<double>();
        var fouten = 0;
        string? eersteFout = null;
        var cpuVoor = api.CpuTicks();
        var einde = Stopwatch.StartNew();
        async Task ClientAsync()
        {
            while (einde.Elapsed.TotalSeconds < seconden)
            {
                var invoer = sjabloon.DeepClone().AsObject();
                invoer["idempotentieSleutel"] = Guid.NewGuid().ToString();
                var body = new JsonObject { ["query"] = Indienen, ["variables"] = new JsonObject { ["invoer"] = invoer } }.ToJsonString();
                var klok = Stopwatch.StartNew();
                using var resultaat = await http.PostAsync(api.Adres + "/graphql", new StringContent(body, Encoding.UTF8, "application/json"));
                var tekst = await resultaat.Content.ReadAsStringAsync();
                var tijd = klok.Elapsed.TotalMilliseconds;
                if (JsonNode.Parse(tekst)?["data"]?["reactieIndienen"]?["gelukt"]?.GetValue<bool>() == true)
                {
                    tijden.Add(tijd);
                }
                else
                {
                    Interlocked.Increment(ref fouten);
                    eersteFout ??= tekst;
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(ClientAsync)));
        var duur = einde.Elapsed.TotalSeconds;
        var cpuMs = (api.CpuTicks() - cpuVoor) * 1000.0 / Server.TicksPerSeconde;
        if (eersteFout is not null)
        {
            Console.Error.WriteLine($"Eerste fout bij reacties: {eersteFout[..Math.Min(400, eersteFout.Length)]}");
        }

        var gesorteerd = tijden.Order().ToArray();
        return (gesorteerd.Length / duur, gesorteerd.Length == 0 ? 0 : gesorteerd[Math.Min(gesorteerd.Length - 1, (int)(gesorteerd.Length * 0.99))], gesorteerd.Length, fouten,
            cpuMs / Math.Max(1, gesorteerd.Length + fouten));
    }

    /// <summary>The widget's request: GET with the persisted document's id, its operation name and compact variables.</summary>
    private sealed class Agenda(string documentId)
    {
        private static readonly DateTime Basis = DateTime.UtcNow;

        public string Pad(string variabelen) =>
            $"/graphql?documentId={Uri.EscapeDataString(documentId)}&operationName=WidgetAgenda&variables={Uri.EscapeDataString(variabelen)}";

        /// <summary>The widget's variables with a vanaf of its own (now, a few milliseconds apart): the same work, another cache key.</summary>
        public static string Uniek(int i, string? wijk)
        {
            var vanaf = Basis.AddMilliseconds(i).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
            return wijk is null
                ? $"{{\"filter\":{{\"vanaf\":\"{vanaf}\"}},\"first\":20}}"
                : $"{{\"filter\":{{\"wijken\":[\"{wijk}\"],\"vanaf\":\"{vanaf}\"}},\"first\":20}}";
        }
    }
}

/// <summary>A server process the bench started: its address, its pid for /proc, and how long it took to be ready.</summary>
public sealed class Server : IDisposable
{
    public const double TicksPerSeconde = 100; // USER_HZ on Linux

    private readonly Process _proces;

    private Server(Process proces, string adres, TimeSpan klaar)
    {
        _proces = proces;
        Adres = adres;
        Klaar = klaar;
    }

    public string Adres { get; }

    public TimeSpan Klaar { get; }

    public static void Omgeving(ProcessStartInfo start, string databank)
    {
        start.Environment["ConnectionStrings__SociaalNetwerk"] = $"Data Source={databank}";
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Participatie__InzendingenPerMinuut"] = "1000000";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
    }

    public static Task<Server> StartGraphApiAsync(string graphApi, string databank)
    {
        var adres = $"http://127.0.0.1:{VrijePoort()}";
        var start = new ProcessStartInfo("dotnet", [graphApi, "--urls", adres]) { WorkingDirectory = Path.GetDirectoryName(graphApi)! };
        Omgeving(start, databank);
        return StartAsync(start, adres);
    }

    public static Task<Server> StartBasislijnAsync(string databank)
    {
        var adres = $"http://127.0.0.1:{VrijePoort()}";
        var start = new ProcessStartInfo("dotnet", [typeof(Server).Assembly.Location, "basislijn", databank, adres]);
        start.Environment["DOTNET_gcServer"] = "0";
        return StartAsync(start, adres);
    }

    /// <summary>Starts the process and polls /health/ready until it answers 200: the time to ready.</summary>
    private static async Task<Server> StartAsync(ProcessStartInfo start, string adres)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var klok = Stopwatch.StartNew();
        var proces = Process.Start(start)!;
        proces.OutputDataReceived += (_, _) => { };
        proces.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 })
            {
                Console.Error.WriteLine($"[{proces.Id}] {e.Data}");
            }
        };
        proces.BeginOutputReadLine();
        proces.BeginErrorReadLine();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        while (true)
        {
            if (proces.HasExited)
            {
                throw new InvalidOperationException($"{start.FileName} {string.Join(' ', start.ArgumentList)} stopte met code {proces.ExitCode}");
            }

            try
            {
                using var antwoord = await http.GetAsync(adres + "/health/ready");
                if (antwoord.StatusCode == HttpStatusCode.OK)
                {
                    return new Server(proces, adres, klok.Elapsed);
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(20);
        }
    }

    public long CpuTicks()
    {
        // /proc/<pid>/stat: the fields after the command name; utime and stime are fields 14 and 15.
        var stat = File.ReadAllText($"/proc/{_proces.Id}/stat");
        var velden = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(velden[11], CultureInfo.InvariantCulture) + long.Parse(velden[12], CultureInfo.InvariantCulture);
    }

    public double RssMb()
    {
        var regel = File.ReadLines($"/proc/{_proces.Id}/status").First(r => r.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(regel.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
    }

    private static int VrijePoort()
    {
        using var luisteraar = new TcpListener(IPAddress.Loopback, 0);
        luisteraar.Start();
        return ((IPEndPoint)luisteraar.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!_proces.HasExited)
        {
            _proces.Kill(entireProcessTree: true);
            _proces.WaitForExit();
        }

        _proces.Dispose();
    }
}
