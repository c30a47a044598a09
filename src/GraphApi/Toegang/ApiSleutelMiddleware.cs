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

    public async Task InvokeAsync(HttpContext http, ApiSleutels sleutels, FoutVertaler vertaler)
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
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            http.Response.Headers.WWWAuthenticate = "Bearer";
            await http.Response.WriteAsJsonAsync(
                new { errors = new[] { new { message = vertaler.Bericht(FoutCodes.OngeldigeSleutel), extensions = new { code = FoutCodes.OngeldigeSleutel } } } },
                (System.Text.Json.JsonSerializerOptions?)null,
                "application/json; charset=utf-8",
                http.RequestAborted);
            return;
        }

        http.User = new ClaimsPrincipal(new ClaimsIdentity(gebruiker.Claims(), Schema));
        // Responses for a key are personal: no shared cache may keep them.
        http.Response.Headers[HeaderNames.CacheControl] = "private, no-store";
        await volgende(http);
    }
}
