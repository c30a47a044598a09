using System.Globalization;
using System.Security.Claims;
using SociaalNetwerk.Schema.GraphQL;

namespace SociaalNetwerk.Schema.Toegang;

/// <summary>Who is asking: anonymous, or the role of a valid API key. Read from the request's <see cref="ClaimsPrincipal"/>.</summary>
public sealed record Gebruiker(Rol? Rol, int? OrganisatieId, int? ParticipatietrajectId, string? Kenmerk = null)
{
    public const string RolClaim = "sn:rol";
    public const string OrganisatieClaim = "sn:organisatie";
    public const string TrajectClaim = "sn:traject";
    public const string KenmerkClaim = "sn:sleutel";

    public static readonly Gebruiker Anoniem = new(null, null, null);

    public bool IsBeheerder => Rol == Toegang.Rol.Beheerder;

    /// <summary>
    /// A person's account that is redacteur of several organisations acts for one (<see cref="OrganisatieId"/>) and may
    /// also touch these: the portal can then move an activity between them. A key has one organisation: empty.
    /// </summary>
    public IReadOnlyList<int> OokRedacteurVan { get; init; } = [];

    public bool IsRedacteurVan(int organisatieId) =>
        IsBeheerder || (Rol == Toegang.Rol.Redacteur && (OrganisatieId == organisatieId || OokRedacteurVan.Contains(organisatieId)));

    public bool IsTeamVan(int trajectId) => IsBeheerder || (Rol == Toegang.Rol.Trajectteam && ParticipatietrajectId == trajectId);

    /// <summary>Throws UNAUTHENTICATED for anonymous callers and FORBIDDEN for keys without the right.</summary>
    public void Vereis(bool toegestaan)
    {
        if (Rol is null)
        {
            throw new SociaalNetwerkException(FoutCodes.NietAangemeld);
        }

        if (!toegestaan)
        {
            throw new SociaalNetwerkException(FoutCodes.GeenToegang);
        }
    }

    public static Gebruiker Uit(ClaimsPrincipal? principal)
    {
        if (principal?.FindFirst(RolClaim)?.Value is not { } rol || !Enum.TryParse<Rol>(rol, out var r))
        {
            return Anoniem;
        }

        return new Gebruiker(r, Int(principal.FindFirst(OrganisatieClaim)?.Value), Int(principal.FindFirst(TrajectClaim)?.Value), principal.FindFirst(KenmerkClaim)?.Value);
    }

    public IEnumerable<Claim> Claims()
    {
        if (Rol is { } rol)
        {
            yield return new Claim(RolClaim, rol.ToString());
        }

        if (OrganisatieId is { } organisatie)
        {
            yield return new Claim(OrganisatieClaim, organisatie.ToString(CultureInfo.InvariantCulture));
        }

        if (Kenmerk is { } kenmerk)
        {
            yield return new Claim(KenmerkClaim, kenmerk);
        }

        if (ParticipatietrajectId is { } traject)
        {
            yield return new Claim(TrajectClaim, traject.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static int? Int(string? waarde) => int.TryParse(waarde, NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : null;
}

public static class GebruikerExtensions
{
    public static Gebruiker Gebruiker(this global::GraphQL.IResolveFieldContext context) => Toegang.Gebruiker.Uit(context.User);
}
