using System.Security.Claims;
using Microsoft.Net.Http.Headers;
using SociaalNetwerk.GraphApi.GraphQL;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.GraphApi.Toegang;

/// <summary>
/// <c>Authorization: Bearer sn_…</c>: a valid key makes the request that key's role; a malformed, unknown or
/// revoked key is refused with 401 (never silently treated as anonymous). No header: anonymous.
/// </summary>
public sealed class ApiSleutelMiddleware(RequestDelegate volgende)
{
    public const string Schema = "ApiSleutel";

    public async Task InvokeAsync(HttpContext http, ApiSleutels sleutels)
    {
        var kop = http.Request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(kop))
        {
            await volgende(http);
            return;
        }

        var gebruiker = kop.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? await sleutels.ControleerAsync(kop["Bearer ".Length..].Trim(), http.RequestAborted)
            : null;
        if (gebruiker is null)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            await FoutAntwoord.SchrijfAsync(http, StatusCodes.Status401Unauthorized, FoutCodes.OngeldigeSleutel);
            return;
        }

        http.User = new ClaimsPrincipal(new ClaimsIdentity(gebruiker.Claims(), Schema));
        // Responses for a key are personal: no shared cache may keep them.
        http.Response.Headers[HeaderNames.CacheControl] = "private, no-store";
        await volgende(http);
    }
}
