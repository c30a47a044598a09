using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// The background tasks (the occurrence planner and the retention pass) begin after the server's first ready answer,
/// not beside it: on a small machine their first passes would otherwise take CPU from that answer
/// (docs/performance.md, "Achtergrondwerk en testresten").
/// </summary>
public sealed class AchtergrondstartTests
{
    [Fact]
    public async Task TheBackgroundPassesBeginAfterTheFirstReadyAnswer()
    {
        await using var server = new VolgordeServer();

        // Starts the server, asks /health/ready once (as a probe would) and waits until both first passes are done.
        await ((IAsyncLifetime)server).InitializeAsync();

        var opdrachten = server.Volgorde.ToList();
        var klaar = opdrachten.FindLastIndex(o => o.Pad == "/health/ready");
        Assert.True(klaar >= 0, "the readiness check reads the database");
        var achtergrond = opdrachten.FindIndex(o => o.Pad is null
            && (o.Tekst.Contains("\"VoorkomensTot\"", StringComparison.Ordinal) || o.Parameters.Contains(BewaartermijnService.Taak)));
        Assert.True(achtergrond >= 0, "the first passes read the database");
        Assert.True(achtergrond > klaar, string.Join('\n', opdrachten.Take(Math.Max(klaar, achtergrond) + 1).Select(o => $"{o.Pad ?? "(achtergrond)"}: {o.Tekst.Split('\n')[0]}")));
        await ((IAsyncLifetime)server).DisposeAsync();
    }

    /// <summary>A server that notes every statement in the order it is sent, with the request path it was sent for (none in the background).</summary>
    private sealed class VolgordeServer : SociaalNetwerkServer
    {
        public ConcurrentQueue<(string? Pad, string Tekst, List<object?> Parameters)> Volgorde { get; } = new();

        protected override void ConfigureerDiensten(IServiceCollection services) =>
            services.AddSingleton<IInterceptor>(sp => new Noteerder(this, sp.GetRequiredService<IHttpContextAccessor>()));

        private sealed class Noteerder(VolgordeServer server, IHttpContextAccessor verzoeken) : OpdrachtInterceptor
        {
            protected override void Voor(DbCommand opdracht) => server.Volgorde.Enqueue((
                verzoeken.HttpContext?.Request.Path.Value,
                opdracht.CommandText,
                opdracht.Parameters.Cast<DbParameter>().Select(p => p.Value).ToList()));
        }
    }
}
