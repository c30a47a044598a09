using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// A server whose database answers every query only after a minute (unless cancelled), with a timeout of half a
/// second: the timeout always wins, whatever the speed of the machine.
/// </summary>
public sealed class UngeduldigeServer : SociaalNetwerkServer
{
    protected override IDictionary<string, string?> Configuratie => new Dictionary<string, string?> { ["GraphQL:Timeout"] = "00:00:00.5" };

    private readonly TrageDatabank _databank = new();

    /// <summary>Set once the server has started, so that seeding the demo data is not slow.</summary>
    public bool Traag { get => _databank.Traag; set => _databank.Traag = value; }

    protected override void ConfigureerDiensten(IServiceCollection services) => services.AddSingleton<IInterceptor>(_databank);

    private sealed class TrageDatabank : DbCommandInterceptor
    {
        public volatile bool Traag;

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (Traag)
            {
                await Task.Delay(TimeSpan.FromMinutes(1), cancellationToken);
            }

            return result;
        }
    }
}

public sealed class TimeoutTests(UngeduldigeServer server) : IClassFixture<UngeduldigeServer>
{
    [Fact]
    public async Task AQueryThatRunsTooLongIsStoppedWithAClearError()
    {
        using var client = server.MaakClient();
        server.Traag = true;

        var antwoord = await client.GraphQLAsync("""
            { agenda(first: 50) { totalCount nodes { activiteit { titel organisatoren { naam } locatie { naam wijk { naam } } } } } }
            """);

        Assert.Equal("TIMEOUT", antwoord.EersteCode);
        Assert.Equal("De query duurde te lang en is afgebroken. Vraag minder gegevens tegelijk op.", antwoord.EersteBericht);
    }
}
