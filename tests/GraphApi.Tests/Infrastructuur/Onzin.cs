using System.Text;
using SociaalNetwerk.Schema.GraphQL;

namespace SociaalNetwerk.GraphApi.Tests.Infrastructuur;

/// <summary>
/// Bad and boundary input for the "never a 500" tests: a fixed list of values that broke or could break a parser or
/// a date, number or id conversion, plus random strings from a seeded <see cref="Random"/>, so a run is repeatable.
/// </summary>
public sealed class Onzin(int seed)
{
    /// <summary>Values every parameter gets: empty, whitespace, control characters, odd and very long text.</summary>
    public static readonly IReadOnlyList<string> Algemeen =
    [
        string.Empty, " ", "\t", "\n", "\0", "null", "true", "[]", "{}", ",,,", " , ",
        "<script>alert(1)</script>", "' OR 1=1 --", "\"", "\\", "%", "%00", "%ZZ", "../../etc/passwd", "café", "ﻣﺮﺣﺒﺎ", "😀", "\u202E",
        "\uD800", "\uDC00x", "\uFFFF", new string('x', 201), new string('9', 1000), new string('a', 5000),
    ];

    /// <summary>Numbers: zero, negative, beyond <see cref="int"/> and <see cref="long"/>, not integers.</summary>
    public static readonly IReadOnlyList<string> Getallen =
    [
        "0", "1", "-1", "-0", "+1", "00", "1.5", "1e3", "1e400", "0x10", "NaN", "Infinity", "１",
        "2147483647", "2147483648", "-2147483648", "-2147483649", "4294967296", "9223372036854775808", "99999999999999999999999999999",
        "vandaag", "week", "maand", "92", "93", "100", "101", "366", "367", "999",
    ];

    /// <summary>Dates and instants at and beyond the ends of the calendar, impossible days, other formats.</summary>
    public static readonly IReadOnlyList<string> Datums =
    [
        "0001-01-01", "0000-12-31", "1999-12-31", "2000-01-01", "2026-02-29", "2026-02-30", "2026-13-01", "2999-12-31", "3000-01-01",
        "9998-12-31", "9999-12-30", "9999-12-31", "10000-01-01", "-0001-01-01", "2026-1-1", "01-12-2026", "2026-12-01T10:00:00",
        "2026-12-01T10:00:00Z", "2026-03-29T02:30:00+01:00", "0001-01-01T00:00:00+14:00", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z",
        "9999-12-31T23:59:59-14:00", "9999-12-31T23:59:59.9999999-14:00",
    ];

    /// <summary>Ids: bad base64, ids of other types, keys that are not a number or too large, standard base64, names.</summary>
    public static readonly IReadOnlyList<string> Ids =
    [
        "!!", "=", "====", "QQ", "QQ==", "QWN0aXZpdGVpdDo", "QWN0aXZpdGVpdA", "QWN0aXZpdGVpdDo=", "QWN0aXZpdGVpdDo+Lw",
        GlobalId.Maak("Activiteit", "2147483648"), GlobalId.Maak("Activiteit", "-1"), GlobalId.Maak("Activiteit", "0"),
        GlobalId.Maak("Activiteit", "1e3"), GlobalId.Maak("Activiteit", " 1"), GlobalId.Maak("Activiteit", "１"),
        GlobalId.Maak("Organisatie", "99999999999999999999"), GlobalId.Maak("Netwerk", "999999"), GlobalId.Maak("Uitvraag", "999999"),
        GlobalId.Maak("Onbekend", "1"), GlobalId.Maak("Activiteit", new string('9', 150)),
        Convert.ToBase64String(Encoding.UTF8.GetBytes("Activiteit:1")), Convert.ToBase64String([0xff, 0xfe, 0x3a, 0x31]),
        "oosterheem", "OOSTERHEEM", "oosterheem,oosterheem", "mantelzorg", "MANTELZORG", "eenzaamheid-en-ontmoeting", "OUDEREN", "NL",
    ];

    /// <summary>Every boundary value.</summary>
    public static IEnumerable<string> Grenswaarden => Algemeen.Concat(Getallen).Concat(Datums).Concat(Ids);

    /// <summary>Percent-encodings that are not valid: a lone <c>%</c>, bad hex, NUL, invalid and overlong UTF-8, an encoded surrogate.</summary>
    public static readonly IReadOnlyList<string> RuweQueryWaarden =
    [
        "%", "%%", "%Z", "%ZZ", "%0", "%00", "%ff", "%FF%FE", "%C0%80", "%E0%A4%A", "%ED%A0%80", "%F4%90%80%80", "a%2", "%u0041", "%252F", "%0D%0A",
    ];

    private const string Tekens = "abcXYZ019-_:+./,=% TZ\t\u00e9\u0627\u0416\u4e2d\ud83d\ude00\u0000\u200b\u202e\ufffd";

    private readonly Random _random = new(seed);

    /// <summary>
    /// The values for one parameter: <see cref="Algemeen"/>, the boundary values of its kind, a few of each other kind
    /// (a date where a number belongs), and <paramref name="aantal"/> random ones.
    /// </summary>
    public List<string> Waarden(IReadOnlyList<string> soort, int aantal) =>
    [
        .. Algemeen, .. soort,
        .. new[] { Getallen, Datums, Ids }.Where(s => s != soort).SelectMany(s => Enumerable.Range(0, 3).Select(_ => s[_random.Next(s.Count)])),
        .. Willekeurig(aantal),
    ];

    public List<string> Willekeurig(int aantal) => [.. Enumerable.Range(0, aantal).Select(_ => Een())];

    /// <summary>A random value: text of random length and characters, a random date-like string, a random number or a random id.</summary>
    public string Een() => _random.Next(5) switch
    {
        0 => Tekst(),
        1 => $"{Kies(0, 1, 999, 1582, 2026, 9999, 10000, 99999):D4}-{_random.Next(0, 14):D2}-{_random.Next(0, 33):D2}",
        2 => Kies(-1L, 1L, long.MaxValue, int.MaxValue + 1L, int.MinValue - 1L, _random.NextInt64()).ToString(System.Globalization.CultureInfo.InvariantCulture),
        3 => GlobalId.Maak(Kies("Activiteit", "Organisatie", "Netwerk", "Uitvraag", "Participatietraject", "Wijk", "Lidmaatschap", string.Empty), Tekst()),
        _ => KapotteBase64(),
    };

    /// <summary>Random bytes as base64, cut off anywhere.</summary>
    private string KapotteBase64()
    {
        var tekst = Convert.ToBase64String([.. Enumerable.Range(0, _random.Next(1, 40)).Select(_ => (byte)_random.Next(256))]);
        return tekst[.._random.Next(1, tekst.Length + 1)];
    }

    private string Tekst()
    {
        var lengte = Kies(0, 1, 2, 5, 12, 40, 150, 2000);
        var tekst = new StringBuilder();
        while (tekst.Length < lengte)
        {
            tekst.Append(Tekens[_random.Next(Tekens.Length)]);
        }

        return tekst.ToString();
    }

    private T Kies<T>(params T[] keuzes) => keuzes[_random.Next(keuzes.Length)];

    /// <summary>A value percent-encoded byte by byte as UTF-8 (a lone surrogate becomes U+FFFD, as a browser sends it).</summary>
    public static string Codeer(string waarde)
    {
        var uit = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(waarde))
        {
            if (char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~')
            {
                uit.Append((char)b);
            }
            else
            {
                uit.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return uit.ToString();
    }
}
