using System.Globalization;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using SociaalNetwerk.Schema.Agenda;

namespace SociaalNetwerk.Schema.GraphQL;

/// <summary>
/// The <c>DateTime</c> scalar: RFC 3339 with offset on output (in Europe/Amsterdam, so clients see local time),
/// and on input either RFC 3339 with an offset or <c>Z</c>, or a plain date (<c>2026-12-01</c>) meaning the start of that day in Zoetermeer.
/// Values are UTC <see cref="DateTime"/>s inside the server.
/// </summary>
public sealed class TijdstipGraphType : ScalarGraphType
{
    public TijdstipGraphType()
    {
        Name = "DateTime";
        Description = "Een tijdstip volgens RFC 3339 met tijdzone, bijvoorbeeld `2026-12-01T10:00:00+01:00` (uitvoer altijd in Nederlandse tijd). Als invoer mag ook een datum (`2026-12-01`): dat is het begin van die dag in Zoetermeer.";
        this.ApplyDirective(SpecifiedByDirective.Naam, "url", "https://www.rfc-editor.org/rfc/rfc3339");
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue s => Lees((string)s.Value),
        _ => throw new SociaalNetwerkException(FoutCodes.OngeldigeDatum, value.ToString() ?? string.Empty),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string s => Lees(s),
        DateTime d => d.ToUniversalTime(),
        DateTimeOffset d => d.UtcDateTime,
        _ => throw new SociaalNetwerkException(FoutCodes.OngeldigeDatum, value.ToString() ?? string.Empty),
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        DateTime d => Formatteer(d.Kind == DateTimeKind.Utc ? d : d.ToUniversalTime()),
        DateTimeOffset d => Formatteer(d.UtcDateTime),
        _ => throw new InvalidOperationException($"Cannot serialise {value.GetType()} as DateTime."),
    };

    public static string Formatteer(DateTime utc) =>
        AmsterdamTijd.MetOffset(utc).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static DateTime Lees(string tekst)
    {
        if (tekst.Length <= 40)
        {
            if (tekst.Length == 10 && DateOnly.TryParseExact(tekst, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum))
            {
                return AmsterdamTijd.BeginVanDag(datum);
            }

            string[] formaten = ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK"];
            var heeftZone = tekst.EndsWith('Z') || tekst.EndsWith('z') || (tekst.Length > 6 && tekst[^6] is '+' or '-' && tekst[^3] == ':');
            if (heeftZone && DateTimeOffset.TryParseExact(tekst.Replace('z', 'Z').Replace('t', 'T'), formaten, CultureInfo.InvariantCulture, DateTimeStyles.None, out var tijdstip))
            {
                return tijdstip.UtcDateTime;
            }
        }

        throw new SociaalNetwerkException(FoutCodes.OngeldigeDatum, tekst);
    }
}
