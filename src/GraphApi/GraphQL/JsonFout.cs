using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SociaalNetwerk.GraphApi.GraphQL;

/// <summary>
/// Why and where a JSON text does not parse, as INVALID_JSON's message in the request's language: the line and column
/// (1-based, the column counted in characters), the JSON path up to there and what stands there, instead of
/// System.Text.Json's English (<c>'x' is an invalid start of a value. LineNumber: 0 | BytePositionInLine: 0.</c>).
/// Reads the text once more with <see cref="Utf8JsonReader"/>, only when it did not parse.
/// </summary>
public static class JsonFout
{
    private const int PadDelen = 8;

    /// <summary>The error of a body that is not valid JSON (<paramref name="json"/> is its bytes).</summary>
    public static VerzoekFout Body(ReadOnlySpan<byte> json, int maxDiepte) =>
        new(StatusCodes.Status400BadRequest, "INVALID_JSON", Beschrijf(json, maxDiepte));

    /// <summary>The error of a query-string parameter (<c>variables</c>, <c>extensions</c>) that is not valid JSON.</summary>
    public static VerzoekFout Parameter(string naam, string json, int maxDiepte) =>
        new(StatusCodes.Status400BadRequest, "INVALID_JSON", naam, Beschrijf(Encoding.UTF8.GetBytes(json), maxDiepte)) { Bericht = "INVALID_JSON_PARAMETER" };

    /// <summary>What is wrong, as a <see cref="Deelbericht"/> that the error's message takes as its argument.</summary>
    public static Deelbericht Beschrijf(ReadOnlySpan<byte> json, int maxDiepte)
    {
        if (json.IsEmpty || json.Trim(" \t\r\n"u8).IsEmpty)
        {
            return new Deelbericht("JSON_EMPTY");
        }

        if (OngeldigeUtf8(json) is { } fout)
        {
            var (r, k) = Plaats(json, fout);
            return new Deelbericht("JSON_INVALID_UTF8", r, k);
        }

        var lezer = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = maxDiepte });
        var pad = new List<object>();
        var compleet = false;
        try
        {
            while (lezer.Read())
            {
                Volg(ref lezer, pad);
                compleet = lezer.CurrentDepth == 0 && lezer.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray or JsonTokenType.PropertyName);
            }

            // Parsed now, but not before: nothing more precise to say than "not valid JSON".
            return new Deelbericht("JSON_UNREADABLE");
        }
        catch (JsonException leesfout)
        {
            var positie = Positie(json, leesfout.LineNumber ?? 0, leesfout.BytePositionInLine ?? 0);
            var (regel, kolom) = Plaats(json, positie);
            var plek = Pad(pad);
            if (positie >= json.Length)
            {
                return new Deelbericht("JSON_UNEXPECTED_END", regel, kolom, plek);
            }

            var teken = json[positie];
            if (compleet)
            {
                return new Deelbericht("JSON_AFTER_END", regel, kolom, Teken(json, positie));
            }

            if (teken is (byte)'{' or (byte)'[' && pad.Count >= maxDiepte)
            {
                return new Deelbericht("JSON_TOO_DEEP", regel, kolom, plek, maxDiepte);
            }

            if (teken is (byte)'}' or (byte)']' && VorigTeken(json, positie) == ',')
            {
                return new Deelbericht("JSON_TRAILING_COMMA", regel, kolom, plek, Teken(json, positie));
            }

            if (teken < 0x20)
            {
                return new Deelbericht("JSON_CONTROL_CHARACTER", regel, kolom, plek, Teken(json, positie));
            }

            return teken == '\'' || char.IsAsciiLetter((char)teken)
                ? new Deelbericht("JSON_QUOTES", regel, kolom, plek, Teken(json, positie))
                : new Deelbericht("JSON_UNEXPECTED_CHARACTER", regel, kolom, plek, Teken(json, positie));
        }
    }

    /// <summary>Keeps the path to the current token: property names and array indices, the innermost last.</summary>
    private static void Volg(ref Utf8JsonReader lezer, List<object> pad)
    {
        switch (lezer.TokenType)
        {
            case JsonTokenType.PropertyName:
                pad[^1] = lezer.GetString() ?? string.Empty;
                return;
            case JsonTokenType.StartObject or JsonTokenType.StartArray:
                Volgende(pad);
                pad.Add(lezer.TokenType == JsonTokenType.StartArray ? -1 : string.Empty);
                return;
            case JsonTokenType.EndObject or JsonTokenType.EndArray:
                pad.RemoveAt(pad.Count - 1);
                return;
            default:
                Volgende(pad);
                return;
        }
    }

    /// <summary>A value in an array: the next index.</summary>
    private static void Volgende(List<object> pad)
    {
        if (pad.Count > 0 && pad[^1] is int index)
        {
            pad[^1] = index + 1;
        }
    }

    /// <summary>
    /// The JSONPath of a place: <c>$</c>, <c>$.variables.filter</c>, <c>$.variables.ids[2]</c>; of a deep place only the
    /// last <see cref="PadDelen"/> steps (<c>$…[0][0]</c>).
    /// </summary>
    private static string Pad(List<object> pad)
    {
        var tekst = new StringBuilder(pad.Count > PadDelen ? "$…" : "$");
        foreach (var deel in pad.Skip(Math.Max(0, pad.Count - PadDelen)))
        {
            switch (deel)
            {
                case int index when index >= 0:
                    tekst.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
                    break;
                case string { Length: > 0 } naam:
                    tekst.Append('.').Append(naam.Length > 40 ? naam[..40] + "…" : naam);
                    break;
            }
        }

        return tekst.ToString();
    }

    /// <summary>The byte offset of a reader position (0-based line, byte in that line); lines end at <c>\n</c> as the reader counts them.</summary>
    private static int Positie(ReadOnlySpan<byte> json, long regel, long byteInRegel)
    {
        var begin = 0;
        for (long i = 0; i < regel; i++)
        {
            var einde = json[begin..].IndexOf((byte)'\n');
            if (einde < 0)
            {
                break;
            }

            begin += einde + 1;
        }

        return (int)Math.Min(json.Length, begin + byteInRegel);
    }

    /// <summary>The 1-based line and column of a byte offset; the column counts characters (code points), not bytes.</summary>
    private static (int Regel, int Kolom) Plaats(ReadOnlySpan<byte> json, int positie)
    {
        var voor = json[..positie];
        var regel = voor.Count((byte)'\n') + 1;
        var begin = voor.LastIndexOf((byte)'\n') + 1;
        var kolom = 1;
        foreach (var b in voor[begin..])
        {
            if ((b & 0xC0) != 0x80)
            {
                kolom++;
            }
        }

        return (regel, kolom);
    }

    /// <summary>The offset of the first byte that is no valid UTF-8; null when all are.</summary>
    private static int? OngeldigeUtf8(ReadOnlySpan<byte> json)
    {
        var positie = 0;
        while (positie < json.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(json[positie..], out _, out var lengte) != System.Buffers.OperationStatus.Done)
            {
                return positie;
            }

            positie += lengte;
        }

        return null;
    }

    /// <summary>The character at a place as the message shows it: <c>'x'</c>, or its code (<c>U+000A</c>) when it is invisible.</summary>
    private static string Teken(ReadOnlySpan<byte> json, int positie)
    {
        System.Text.Rune.DecodeFromUtf8(json[positie..], out var teken, out _);
        return System.Text.Rune.IsControl(teken) || System.Text.Rune.IsWhiteSpace(teken)
            ? "U+" + teken.Value.ToString("X4", CultureInfo.InvariantCulture)
            : "'" + teken + "'";
    }

    /// <summary>The last character before a place that is no white space.</summary>
    private static char? VorigTeken(ReadOnlySpan<byte> json, int positie)
    {
        var voor = json[..positie].TrimEnd(" \t\r\n"u8);
        return voor.IsEmpty ? null : (char)voor[^1];
    }
}

/// <summary>A message of Berichten.resx that another message takes as an argument, localised with it (<see cref="FoutVertaler.Bericht"/>).</summary>
public sealed record Deelbericht(string Sleutel, params object[] Argumenten);
