using QRCoder;

namespace SociaalNetwerk.GraphApi.Paginas;

/// <summary>
/// A QR code for the print page, made by QRCoder and drawn as one SVG <c>path</c>: attributes only, no
/// <c>style</c>, so it passes the pages' strict CSP (<c>style-src 'self'</c>). The same text gives the same drawing.
/// </summary>
public sealed record QrCode(int Zijde, string Pad)
{
    /// <summary>Error correction M: survives a fold or a pin through a printed notice.</summary>
    public static QrCode Maak(string tekst)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(tekst, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var pad = new System.Text.StringBuilder();
        for (var y = 0; y < matrix.Count; y++)
        {
            var rij = matrix[y];
            for (var x = 0; x < rij.Length; x++)
            {
                if (!rij[x])
                {
                    continue;
                }

                // One rectangle per run of dark modules in a row.
                var begin = x;
                while (x + 1 < rij.Length && rij[x + 1])
                {
                    x++;
                }

                var lengte = x - begin + 1;
                pad.Append(System.Globalization.CultureInfo.InvariantCulture, $"M{begin} {y}h{lengte}v1h-{lengte}z");
            }
        }

        return new QrCode(matrix.Count, pad.ToString());
    }
}
