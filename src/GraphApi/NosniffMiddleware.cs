namespace SociaalNetwerk.GraphApi;

/// <summary>
/// <c>X-Content-Type-Options: nosniff</c> on every response (GraphQL JSON, pages, feeds, CSV, widget files, errors,
/// 304s): a browser then never runs a response as another type than the one it was sent as. Set when the response
/// starts, so the exception handler clearing the headers of a failed request does not lose it.
/// </summary>
public static class NosniffMiddleware
{
    public static IApplicationBuilder UseNosniff(this IApplicationBuilder app) => app.Use((http, volgende) =>
    {
        http.Response.OnStarting(
            static staat =>
            {
                ((HttpResponse)staat).Headers.XContentTypeOptions = "nosniff";
                return Task.CompletedTask;
            },
            http.Response);
        return volgende(http);
    });
}
