using System.Collections.Concurrent;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using SociaalNetwerk.GraphApi.GraphQL;

namespace SociaalNetwerk.GraphApi.Tests.Infrastructuur;

/// <summary>
/// Counts a server's compressions per content coding: those of its answer cache (<see cref="IAntwoordcacheWaarnemer"/>)
/// and those of the response compression middleware, whose own providers (brotli and gzip, in its own order and at
/// its own levels) it registers counted.
/// </summary>
public sealed class Compressieteller : IAntwoordcacheWaarnemer
{
    private readonly ConcurrentDictionary<string, int> _doorCache = new();
    private readonly ConcurrentDictionary<string, int> _doorMiddleware = new();

    public int DoorCache(string codering) => _doorCache.GetValueOrDefault(codering);

    public int DoorMiddleware => _doorMiddleware.Values.Sum();

    public void Reset()
    {
        _doorCache.Clear();
        _doorMiddleware.Clear();
    }

    public void Registreer(IServiceCollection services)
    {
        services.AddSingleton<IAntwoordcacheWaarnemer>(this);
        services.Configure<ResponseCompressionOptions>(opties =>
        {
            opties.Providers.Add(new Geteld(this, new BrotliCompressionProvider(Options.Create(new BrotliCompressionProviderOptions()))));
            opties.Providers.Add(new Geteld(this, new GzipCompressionProvider(Options.Create(new GzipCompressionProviderOptions()))));
        });
    }

    void IAntwoordcacheWaarnemer.Gecomprimeerd(string codering, int bytes, int gecomprimeerd) => _doorCache.AddOrUpdate(codering, 1, (_, n) => n + 1);

    private sealed class Geteld(Compressieteller teller, ICompressionProvider provider) : ICompressionProvider
    {
        public string EncodingName => provider.EncodingName;

        public bool SupportsFlush => provider.SupportsFlush;

        public Stream CreateStream(Stream outputStream)
        {
            teller._doorMiddleware.AddOrUpdate(EncodingName, 1, (_, n) => n + 1);
            return provider.CreateStream(outputStream);
        }
    }
}
