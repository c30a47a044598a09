using GraphQL.DataLoader;

namespace SociaalNetwerk.Schema.GraphQL;

/// <summary>A loader result followed by a step, such as turning a missing value into an error.</summary>
internal sealed class VervolgResultaat<T, TResultaat>(IDataLoaderResult<T> bron, Func<T, TResultaat> vervolg) : IDataLoaderResult<TResultaat>
{
    public async Task<TResultaat> GetResultAsync(CancellationToken cancellationToken = default) => vervolg(await bron.GetResultAsync(cancellationToken));

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
}

/// <summary>A loader result followed by a step that may read itself (an error message that needs data).</summary>
internal sealed class VervolgResultaatAsync<T, TResultaat>(IDataLoaderResult<T> bron, Func<T, CancellationToken, Task<TResultaat>> vervolg) : IDataLoaderResult<TResultaat>
{
    public async Task<TResultaat> GetResultAsync(CancellationToken cancellationToken = default) => await vervolg(await bron.GetResultAsync(cancellationToken), cancellationToken);

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
}
