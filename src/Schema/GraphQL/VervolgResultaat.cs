using GraphQL.DataLoader;

namespace SociaalNetwerk.Schema.GraphQL;

/// <summary>A loader result followed by a step, such as turning a missing value into an error.</summary>
internal sealed class VervolgResultaat<T, TResultaat>(IDataLoaderResult<T> bron, Func<T, TResultaat> vervolg) : IDataLoaderResult<TResultaat>
{
    public async Task<TResultaat> GetResultAsync(CancellationToken cancellationToken = default) => vervolg(await bron.GetResultAsync(cancellationToken));

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
}
