using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using SociaalNetwerk.GraphApi.GraphQL;
using SociaalNetwerk.Schema.GraphQL;

namespace SociaalNetwerk.GraphApi.Paginas;

/// <summary>
/// The answer to an error without a body of its own (an unknown path, <c>/favicon.ico</c>, a wrong method), by one rule:
/// a browser (<c>Accept: text/html</c>) gets the error page of the other pages (<see cref="FoutPagina"/>, in its
/// language), a program gets <c>application/problem+json</c> with a localised <c>detail</c> and a stable <c>code</c>;
/// the status code is the same for both. An unexpected exception (<see cref="SchrijfUitzonderingAsync"/>) is a 500 by the
/// same rule, with INTERNAL_SERVER_ERROR and never a stack trace or exception text.
/// </summary>
public static class FoutPaginas
{
    /// <summary>For <c>UseStatusCodePages</c>.</summary>
    public static Task SchrijfAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var status = http.Response.StatusCode;
        var code = Code(status);
        if (WilHtml(http.Request))
        {
            PaginaEndpoints.ZetPaginaKoppen(http);
            http.Response.Headers.CacheControl = "no-cache";
            http.Response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);
            return new RazorComponentResult<FoutPagina>(new
            {
                Status = status,
                Code = code,
                Onderwerp = status == StatusCodes.Status404NotFound ? "Pad" : null,
            })
            { StatusCode = status }.ExecuteAsync(http);
        }

        return Probleem(http, status, code, status == StatusCodes.Status404NotFound ? Bericht(http, code, http.Request.Path.Value ?? "/") : null)
            .ExecuteAsync(http);
    }

    /// <summary>
    /// For <c>UseExceptionHandler</c>: the 500 of an exception nobody handled (logged by the middleware before this runs).
    /// A browser gets the error page, a program problem+json with the localised message of INTERNAL_SERVER_ERROR. If the
    /// page itself cannot be rendered (what failed may be what it needs), the program's answer.
    /// </summary>
    public static async Task SchrijfUitzonderingAsync(HttpContext http)
    {
        const int status = StatusCodes.Status500InternalServerError;
        http.Response.StatusCode = status;
        if (WilHtml(http.Request))
        {
            try
            {
                // Never cached: the exception handler sets Cache-Control: no-cache, no-store itself.
                PaginaEndpoints.ZetPaginaKoppen(http);
                http.Response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);
                await new RazorComponentResult<FoutPagina>(new { Status = status, Code = FoutCodes.InterneFout }) { StatusCode = status }.ExecuteAsync(http);
                return;
            }
            catch (Exception) when (!http.Response.HasStarted)
            {
                // Fall back to the program's answer below: it needs nothing but the message.
                http.Response.Clear();
                http.Response.StatusCode = status;
            }
        }

        await Probleem(http, status, FoutCodes.InterneFout, Bericht(http, FoutCodes.InterneFout)).ExecuteAsync(http);
    }

    /// <summary>
    /// The error of an entry point that is no page and answers programs in the GraphQL error shape (<see cref="FoutAntwoord"/>,
    /// the calendar feeds): a browser that opens its link gets the error page instead, with the same status and code.
    /// </summary>
    internal static Task SchrijfAsync(HttpContext http, int status, SociaalNetwerkException fout, string? onderwerp = null)
    {
        if (!WilHtml(http.Request))
        {
            return FoutAntwoord.SchrijfAsync(http, status, fout.Code, [.. fout.Argumenten]);
        }

        PaginaEndpoints.ZetPaginaKoppen(http);
        return PaginaEndpoints.Fout(http, status, fout, onderwerp).ExecuteAsync(http);
    }

    /// <summary>
    /// An error of a page for a program that asks for JSON and not for HTML (<see cref="WilJson"/>): problem+json with the
    /// message of <c>Berichten.resx</c> and the code, instead of the HTML page.
    /// </summary>
    internal static IResult Probleem(HttpContext http, int status, string code, IReadOnlyList<object> argumenten) =>
        Probleem(http, status, code, Bericht(http, code, [.. argumenten]));

    /// <summary>Whether the client asks for HTML by name (a browser's navigation); <c>*/*</c> alone is a program.</summary>
    public static bool WilHtml(HttpRequest request) => Vraagt(request, "text/html");

    /// <summary>Whether a program asks for JSON by name (<c>application/json</c>, <c>application/problem+json</c>) and not for HTML.</summary>
    public static bool WilJson(HttpRequest request) =>
        !WilHtml(request) && (Vraagt(request, "application/json") || Vraagt(request, "application/problem+json"));

    private static bool Vraagt(HttpRequest request, string mediaType) =>
        request.GetTypedHeaders().Accept.Any(m => m.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase) && m.Quality is not 0);

    private static IResult Probleem(HttpContext http, int status, string code, string? detail)
    {
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);
        return Results.Problem(statusCode: status, detail: detail, extensions: new Dictionary<string, object?> { ["code"] = code });
    }

    /// <summary>NOT_FOUND for 404, otherwise the reason phrase as a code: METHOD_NOT_ALLOWED.</summary>
    private static string Code(int status) => status == StatusCodes.Status404NotFound
        ? FoutCodes.NietGevonden
        : ReasonPhrases.GetReasonPhrase(status).ToUpperInvariant().Replace(' ', '_').Replace("-", string.Empty, StringComparison.Ordinal) is { Length: > 0 } reden
            ? reden
            : "HTTP_" + status.ToString(CultureInfo.InvariantCulture);

    /// <summary>A message of <c>Berichten.resx</c> in the language of the request (this runs outside request localisation).</summary>
    private static string Bericht(HttpContext http, string code, params object[] argumenten)
    {
        var vorige = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(PaginaTaal.VanPagina(http));
        try
        {
            return http.RequestServices.GetRequiredService<FoutVertaler>().Bericht(code, argumenten);
        }
        finally
        {
            CultureInfo.CurrentUICulture = vorige;
        }
    }
}
