namespace SociaalNetwerk.GraphApi.Beheer;

/// <summary>
/// A cookie for the paths below <c>/beheer</c> under the request's path base: <c>/sociaalnetwerk/beheer</c> when the API
/// is served below <c>/sociaalnetwerk</c> (<see cref="Exploitatie.PadBasis"/>), <c>/beheer</c> at the root. A copy of
/// the builder the options had (name, flags, lifetime stay as configured) with only the path per request. Both ways
/// a cookie's path is read are covered: <see cref="Build"/> (authentication cookies) and <see cref="Path"/>
/// (antiforgery, which sets the property's value on the cookie when it is not null).
/// </summary>
internal sealed class PadKoekje : CookieBuilder
{
    private readonly string _pad;
    private readonly IHttpContextAccessor _context;

    private PadKoekje(string pad, IHttpContextAccessor context)
    {
        _pad = pad;
        _context = context;
    }

    /// <summary>The path of the current request's cookie: its path base and <c>/beheer</c>.</summary>
    public override string? Path
    {
        get => Volledig(_context.HttpContext);
        set { }
    }

    public static PadKoekje Van(CookieBuilder bestaand, string pad, IHttpContextAccessor context)
    {
        var koekje = new PadKoekje(pad, context)
        {
            Name = bestaand.Name,
            Domain = bestaand.Domain,
            HttpOnly = bestaand.HttpOnly,
            SameSite = bestaand.SameSite,
            SecurePolicy = bestaand.SecurePolicy,
            IsEssential = bestaand.IsEssential,
            Expiration = bestaand.Expiration,
            MaxAge = bestaand.MaxAge,
        };
        foreach (var extensie in bestaand.Extensions)
        {
            koekje.Extensions.Add(extensie);
        }

        return koekje;
    }

    public override CookieOptions Build(HttpContext context, DateTimeOffset expiresFrom)
    {
        var opties = base.Build(context, expiresFrom);
        opties.Path = Volledig(context);
        return opties;
    }

    private string Volledig(HttpContext? http) => (http?.Request.PathBase ?? PathString.Empty).Add(_pad).Value!;
}
