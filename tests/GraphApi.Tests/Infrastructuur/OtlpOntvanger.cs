using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SociaalNetwerk.GraphApi.Tests.Infrastructuur;

/// <summary>
/// A small real OTLP/HTTP receiver on 127.0.0.1 (a random port): it keeps the protobuf body of every POST to
/// <c>/v1/traces</c> and <c>/v1/metrics</c> and answers 200 with an empty export response. Tests wait for what
/// they expect to arrive (<see cref="WachtOpAsync"/>), never for a fixed time.
/// </summary>
public sealed class OtlpOntvanger : IAsyncDisposable
{
    public const string Sporen = "/v1/traces";
    public const string Metrieken = "/v1/metrics";

    private readonly WebApplication _app;
    private readonly Lock _slot = new();
    private readonly List<(string Pad, byte[] Inhoud)> _ontvangen = [];
    private readonly List<(string Pad, string[] Teksten, TaskCompletionSource Klaar)> _wachtenden = [];

    private OtlpOntvanger()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.MapPost(Sporen, http => OntvangAsync(http, Sporen));
        _app.MapPost(Metrieken, http => OntvangAsync(http, Metrieken));
    }

    /// <summary>The base address, as <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>.</summary>
    public Uri Adres { get; private set; } = null!;

    public static async Task<OtlpOntvanger> StartAsync()
    {
        var ontvanger = new OtlpOntvanger();
        await ontvanger._app.StartAsync();
        ontvanger.Adres = new Uri(ontvanger._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return ontvanger;
    }

    /// <summary>Every body received on <paramref name="pad"/> so far.</summary>
    public IReadOnlyList<byte[]> Ontvangen(string pad)
    {
        lock (_slot)
        {
            return [.. _ontvangen.Where(o => o.Pad == pad).Select(o => o.Inhoud)];
        }
    }

    /// <summary>Completes once every one of <paramref name="teksten"/> occurs (UTF-8, as protobuf keeps strings) in the bodies received on <paramref name="pad"/>.</summary>
    public Task WachtOpAsync(string pad, params string[] teksten)
    {
        var klaar = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_slot)
        {
            if (Bevat(pad, teksten))
            {
                return Task.CompletedTask;
            }

            _wachtenden.Add((pad, teksten, klaar));
        }

        return klaar.Task;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>Whether <paramref name="tekst"/> occurs in any body received on any path.</summary>
    public bool ErgensOntvangen(string tekst)
    {
        var bytes = Encoding.UTF8.GetBytes(tekst);
        lock (_slot)
        {
            return _ontvangen.Any(o => o.Inhoud.AsSpan().IndexOf(bytes) >= 0);
        }
    }

    private async Task OntvangAsync(HttpContext http, string pad)
    {
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer);
        lock (_slot)
        {
            _ontvangen.Add((pad, buffer.ToArray()));
            foreach (var wachtende in _wachtenden.Where(w => Bevat(w.Pad, w.Teksten)).ToList())
            {
                _wachtenden.Remove(wachtende);
                wachtende.Klaar.TrySetResult();
            }
        }

        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "application/x-protobuf";
    }

    private bool Bevat(string pad, string[] teksten)
    {
        var bodies = _ontvangen.Where(o => o.Pad == pad).Select(o => o.Inhoud).ToList();
        return teksten.All(tekst =>
        {
            var bytes = Encoding.UTF8.GetBytes(tekst);
            return bodies.Any(b => b.AsSpan().IndexOf(bytes) >= 0);
        });
    }
}
