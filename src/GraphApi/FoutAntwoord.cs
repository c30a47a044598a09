using SociaalNetwerk.GraphApi.GraphQL;

namespace SociaalNetwerk.GraphApi;

/// <summary>
/// The error body of every non-GraphQL entry point (API keys, exports): the same shape as a GraphQL error,
/// <c>{ "errors": [ { "message": …, "extensions": { "code": … } } ] }</c>, with the message in the request's language.
/// Never stored by a cache (<c>no-store</c>).
/// </summary>
public static class FoutAntwoord
{
    public static Task SchrijfAsync(HttpContext http, int status, string code, params object[] argumenten) =>
        SchrijfAsync(http, "application/json", status, code, argumenten);

    /// <summary>The same body in another JSON media type (the GraphQL endpoint answers in the one the client accepts).</summary>
    /// <param name="sleutel">The message when it is not the one named by <paramref name="code"/>.</param>
    public static async Task SchrijfAsync(HttpContext http, string mediaType, int status, string code, IReadOnlyList<object> argumenten, string? sleutel = null)
    {
        var bericht = http.RequestServices.GetRequiredService<FoutVertaler>().Bericht(sleutel ?? code, [.. argumenten]);
        http.Response.StatusCode = status;
        http.Response.Headers.CacheControl = "no-store";
        await http.Response.WriteAsJsonAsync(
            new { errors = new[] { new { message = bericht, extensions = new { code } } } },
            (System.Text.Json.JsonSerializerOptions?)null,
            mediaType + "; charset=utf-8",
            http.RequestAborted);
    }
}
