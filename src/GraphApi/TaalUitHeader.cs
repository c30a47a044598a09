using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Primitives;

namespace SociaalNetwerk.GraphApi;

/// <summary>
/// The request's language from <c>Accept-Language</c>, as ASP.NET Core reads it (quality order, at most three names),
/// without the names that no language of the site starts with: <c>*</c>, <c>de-DE</c>, garbage. The localisation
/// middleware looks each name it gets up with <c>CultureInfo.GetCultureInfo</c>, which throws (and the middleware
/// catches) for a name that is no culture; Node's <c>fetch</c> sends <c>Accept-Language: *</c> on every request, and the
/// exception cost 2 % of the server's CPU for an agenda page in a profile (docs/performance.md). The answer does not
/// change: a name without a language of the site was never chosen, the default (Dutch) was.
/// </summary>
internal sealed class TaalUitHeader(IReadOnlyList<string> talen) : AcceptLanguageHeaderRequestCultureProvider
{
    public override async Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        if (await base.DetermineProviderCultureResult(httpContext) is not { } gevonden)
        {
            return null;
        }

        var bekend = gevonden.Cultures.Where(IsVanDeSite).ToList();
        return bekend.Count == 0 ? null : new ProviderCultureResult(bekend);
    }

    private bool IsVanDeSite(StringSegment naam)
    {
        var streepje = naam.IndexOf('-');
        var taal = streepje < 0 ? naam : naam.Subsegment(0, streepje);
        return talen.Any(t => taal.Equals(t, StringComparison.OrdinalIgnoreCase));
    }
}
