using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.Toegang;
using SociaalNetwerk.Schema.Wijzigingen;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// Making and revoking an API key in the portal is recorded in the audit log (issue 11): who, when, which key (its
/// kenmerk, role, scope, description), never the secret or its hash; readable at <c>/beheer/wijzigingen</c>.
/// </summary>
public sealed partial class SleutelLogTests(BeheerServer server) : IClassFixture<BeheerServer>
{
    [Fact]
    public async Task MakingAndRevokingAKeyIsLoggedWithWhoAndWhichKeyButNeverTheSecret()
    {
        var (redacteur, email) = await PortaalAccounts.IngelogdAsync(server, Rol.Redacteur, 1);
        using var _r = redacteur;
        var pagina = await redacteur.GetAsync("/beheer/sleutels");
        var omschrijving = "website " + Guid.NewGuid().ToString("N")[..6];
        var gemaakt = await redacteur.PostAsync("/beheer/sleutels", pagina.Token, ("omschrijving", omschrijving), ("organisatie", "1"));
        Assert.Equal(HttpStatusCode.Redirect, gemaakt.Status);
        gemaakt = await redacteur.GetAsync(gemaakt.Locatie!);
        var sleutel = SleutelCode().Match(gemaakt.Html).Groups[1].Value;
        var kenmerk = sleutel[..sleutel.LastIndexOf('_')];
        var geheim = sleutel[(sleutel.LastIndexOf('_') + 1)..];
        var lijst = await redacteur.GetAsync("/beheer/sleutels");
        Assert.Equal(HttpStatusCode.OK, (await redacteur.PostAsync($"/beheer/sleutels/{kenmerk}/intrekken", lijst.Token)).Status);

        List<Wijziging> regels;
        string hash;
        await using (var db = await server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>().CreateDbContextAsync())
        {
            var id = await db.ApiSleutels.Where(s => s.Kenmerk == kenmerk).Select(s => s.Id).SingleAsync();
            hash = await db.ApiSleutels.Where(s => s.Kenmerk == kenmerk).Select(s => s.Hash).SingleAsync();
            regels = await db.Wijzigingen.AsNoTracking().Include(w => w.Organisaties).Where(w => w.ObjectType == nameof(ApiSleutel) && w.ObjectId == id).OrderBy(w => w.Volgnummer).ToListAsync();
        }

        Assert.Equal([WijzigingSoort.Toegevoegd, WijzigingSoort.Gewijzigd], regels.Select(r => r.Soort));
        Assert.All(regels, r => Assert.Equal(email, r.DoorNaam));
        Assert.All(regels, r => Assert.Equal(Rol.Redacteur, r.Rol));
        Assert.All(regels, r => Assert.Equal([1], r.Organisaties.Select(o => o.OrganisatieId)));
        Assert.Contains(regels[0].Velden, v => v.Veld == "kenmerk" && v.Nieuw == kenmerk);
        Assert.Contains(regels[0].Velden, v => v.Veld == "omschrijving" && v.Nieuw == omschrijving);
        Assert.Contains(regels[1].Velden, v => v.Veld == "ingetrokkenOp" && v.Oud is null && v.Nieuw is not null);
        var alles = JsonSerializer.Serialize(regels.SelectMany(r => r.Velden));
        Assert.DoesNotContain(geheim, alles, StringComparison.Ordinal);
        Assert.DoesNotContain(hash, alles, StringComparison.Ordinal);
        Assert.DoesNotContain("\"hash\"", alles, StringComparison.OrdinalIgnoreCase);

        // Readable at /beheer/wijzigingen by the redacteur of the organisation.
        var log = await redacteur.GetAsync("/beheer/wijzigingen?objectType=ApiSleutel");
        Assert.Equal(HttpStatusCode.OK, log.Status);
        Assert.Contains(kenmerk, log.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(geheim, log.Html, StringComparison.Ordinal);
    }

    [GeneratedRegex("<code class=\"sleutel\">(sn_[a-z0-9]+_[a-z0-9]+)</code>")]
    private static partial Regex SleutelCode();
}
