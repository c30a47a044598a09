using System.Globalization;
using QRCoder;

namespace SociaalNetwerk.GraphApi.Tests.Infrastructuur;

/// <summary>
/// The QR codes the print pages draw (the agenda's and the questionnaire's): an inline <c>&lt;svg class="qr"&gt;</c>
/// whose one path is a rectangle of one module high per run of dark modules. Read back module by module, a drawing
/// is compared with QRCoder's own code of the address.
/// </summary>
public static partial class QrTekening
{
    /// <summary>Every QR drawing of a page, whole.</summary>
    [GeneratedRegex("<svg class=\"qr\"[^>]*>.*?</svg>", RegexOptions.Singleline)]
    public static partial Regex Svg();

    /// <summary>Asserts that <paramref name="svg"/> draws exactly QRCoder's code of <paramref name="adres"/> (error correction M), on a square of its size.</summary>
    public static void Codeert(string svg, string adres)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(adres, QRCodeGenerator.ECCLevel.M);
        var verwacht = new HashSet<(int, int)>();
        for (var y = 0; y < data.ModuleMatrix.Count; y++)
        {
            for (var x = 0; x < data.ModuleMatrix[y].Length; x++)
            {
                if (data.ModuleMatrix[y][x])
                {
                    verwacht.Add((x, y));
                }
            }
        }

        Assert.Contains($"viewBox=\"0 0 {data.ModuleMatrix.Count} {data.ModuleMatrix.Count}\"", svg, StringComparison.Ordinal);
        Assert.True(verwacht.SetEquals(Modules(svg)), "the QR code does not encode " + adres);
    }

    /// <summary>The dark modules of the drawing: every <c>M x y h n v1 h-n z</c> of its path, which holds nothing else.</summary>
    public static HashSet<(int, int)> Modules(string svg)
    {
        var pad = PadData().Match(svg).Groups[1].Value;
        var rechthoeken = Rechthoek().Matches(pad);
        Assert.Equal(pad, string.Concat(rechthoeken.Select(m => m.Value)));
        var modules = new HashSet<(int, int)>();
        foreach (Match r in rechthoeken)
        {
            var x = int.Parse(r.Groups[1].Value, CultureInfo.InvariantCulture);
            var y = int.Parse(r.Groups[2].Value, CultureInfo.InvariantCulture);
            var n = int.Parse(r.Groups[3].Value, CultureInfo.InvariantCulture);
            Assert.Equal(r.Groups[3].Value, r.Groups[4].Value);
            for (var i = 0; i < n; i++)
            {
                modules.Add((x + i, y));
            }
        }

        return modules;
    }

    [GeneratedRegex("<path fill=\"#000000\" d=\"([^\"]*)\"")]
    private static partial Regex PadData();

    [GeneratedRegex("M([0-9]+) ([0-9]+)h([0-9]+)v1h-([0-9]+)z")]
    private static partial Regex Rechthoek();
}
