using System.Net.Sockets;
using System.Text;

namespace SociaalNetwerk.GraphApi.Tests.Infrastructuur;

/// <summary>The answer to a request sent byte for byte.</summary>
public sealed record RuwAntwoord(int Status, IReadOnlyDictionary<string, string> Koppen, string Body)
{
    public string? ContentType => Koppen.GetValueOrDefault("content-type");
}

/// <summary>
/// Sends a request exactly as written (an invalid percent-encoding or a hostile <c>Host</c> header, which
/// <see cref="HttpClient"/> would correct or refuse) over HTTP/1.0, so the answer ends with the connection and is never chunked.
/// </summary>
public static class RuwHttp
{
    public static async Task<RuwAntwoord> GetAsync(Uri server, string doel, string? host = null, params (string Naam, string Waarde)[] koppen)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Host, server.Port);
        await using var stroom = tcp.GetStream();
        var verzoek = new StringBuilder($"GET {doel} HTTP/1.0\r\nHost: {host ?? server.Authority}\r\n");
        foreach (var (naam, waarde) in koppen)
        {
            verzoek.Append(naam).Append(": ").Append(waarde).Append("\r\n");
        }

        verzoek.Append("\r\n");
        await stroom.WriteAsync(Encoding.UTF8.GetBytes(verzoek.ToString()));
        using var buffer = new MemoryStream();
        await stroom.CopyToAsync(buffer);
        var bytes = buffer.ToArray();

        var einde = bytes.AsSpan().IndexOf("\r\n\r\n"u8);
        if (einde < 0)
        {
            throw new InvalidOperationException($"No HTTP answer to GET {doel}: {Encoding.UTF8.GetString(bytes)}");
        }

        var kop = Encoding.ASCII.GetString(bytes, 0, einde).Split("\r\n");
        var status = int.Parse(kop[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var koppenUit = kop.Skip(1)
            .Select(r => r.Split(':', 2))
            .GroupBy(d => d[0].Trim().ToLowerInvariant(), d => d.Length > 1 ? d[1].Trim() : string.Empty)
            .ToDictionary(g => g.Key, g => string.Join(", ", g));
        return new RuwAntwoord(status, koppenUit, Encoding.UTF8.GetString(bytes, einde + 4, bytes.Length - einde - 4));
    }

    public static Task<RuwAntwoord> GetAsync(SociaalNetwerkServer server, string doel, string? host = null, params (string Naam, string Waarde)[] koppen) =>
        GetAsync(server.Adres, doel, host, koppen);
}
