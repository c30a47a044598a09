using System.Globalization;
using SociaalNetwerk.Schema.GraphQL;

namespace SociaalNetwerk.Schema.Agenda;

/// <summary>
/// The agenda's <c>periode</c>: how far ahead it shows, counted from today in Zoetermeer (Europe/Amsterdam) on the
/// server's clock. <c>vandaag</c>, <c>week</c> (7 days), <c>maand</c> (to the same day next month) or a number of days
/// (1 to <see cref="MaximumDagen"/>). The one home of this rule: <c>AgendaFilter.periode</c> in GraphQL (and so
/// <c>&lt;sn-agenda periode="…"&gt;</c>), <c>/agenda?periode=</c> and <c>/agenda/afdrukken?periode=</c>.
/// A period stands alone: with <c>vanaf</c>/<c>tot</c> (or the pages' <c>van</c>/<c>tot</c>) it is
/// <see cref="FoutCodes.PeriodeEnDatums"/>, never a silent choice between them.
/// </summary>
public static class AgendaPeriode
{
    /// <summary>The longest period in days.</summary>
    public const int MaximumDagen = 366;

    /// <summary>The named periods, in the order a form offers them.</summary>
    public static readonly IReadOnlyList<string> Namen = ["vandaag", "week", "maand"];

    /// <summary>A period as given (trimmed, any case) in its normal form (<c>Week</c> → <c>week</c>, <c>014</c> → <c>14</c>); otherwise <see cref="FoutCodes.OngeldigePeriodeWaarde"/>.</summary>
    public static string Lees(string periode)
    {
        var p = periode.Trim().ToLowerInvariant();
        if (Namen.Contains(p))
        {
            return p;
        }

        return p.Length is >= 1 and <= 3 && int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var dagen) && dagen is >= 1 and <= MaximumDagen
            ? dagen.ToString(CultureInfo.InvariantCulture)
            : throw new SociaalNetwerkException(FoutCodes.OngeldigePeriodeWaarde, periode, MaximumDagen);
    }

    /// <summary>The first local date no longer shown, for a period that starts <paramref name="vandaag"/>.</summary>
    public static DateOnly Einde(string periode, DateOnly vandaag) => Lees(periode) switch
    {
        "vandaag" => vandaag.AddDays(1),
        "week" => vandaag.AddDays(7),
        "maand" => vandaag.AddMonths(1),
        var dagen => vandaag.AddDays(int.Parse(dagen, CultureInfo.InvariantCulture)),
    };

    /// <summary>A period with a start or end date as well: <see cref="FoutCodes.PeriodeEnDatums"/>.</summary>
    public static void ControleerAlleen(string? periode, bool metDatum)
    {
        if (periode is not null && metDatum)
        {
            throw new SociaalNetwerkException(FoutCodes.PeriodeEnDatums);
        }
    }

    /// <summary>
    /// The instants an <see cref="AgendaFilter"/> asks for: its own <c>vanaf</c> (default <paramref name="nu"/>) and
    /// <c>tot</c>, or for a <c>periode</c> from now to the start of its <see cref="Einde"/> in Zoetermeer. An invalid
    /// period is reported before a conflict with <c>vanaf</c>/<c>tot</c>, as on the pages.
    /// </summary>
    public static (DateTime Vanaf, DateTime? Tot) Tijdvak(AgendaFilter filter, DateTime nu)
    {
        var periode = filter.Periode is { } p ? Lees(p) : null;
        ControleerAlleen(periode, filter.Vanaf is not null || filter.Tot is not null);
        return periode is not null
            ? (nu, AmsterdamTijd.BeginVanDag(Einde(periode, AmsterdamTijd.LokaleDatum(nu))))
            : (filter.Vanaf ?? nu, filter.Tot);
    }
}
