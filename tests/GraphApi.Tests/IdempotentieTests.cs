using System.Buffers.Text;
using System.Security.Cryptography;
using GraphQL;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// The ontvangstcode belongs to the respondent: the idempotency key must be unguessable, and a retry with a stored key
/// gets the code back only with the same content. (The rate limit on wrong retries: <see cref="SleutelHergebruikLimietTests"/>.)
/// </summary>
[Collection(ServerCollectie.Naam)]
public sealed class IdempotentieTests(SociaalNetwerkServer server)
{
    private const string Indienen = "mutation($invoer: ReactieInvoer!) { reactieIndienen(invoer: $invoer) { gelukt ontvangstcode ingediendOp fouten { vraagId veld code bericht } } }";
    private const string Intrekken = "mutation($code: String!) { reactieIntrekken(ontvangstcode: $code) { ingetrokken } }";

    private readonly HttpClient _client = server.MaakClient();

    private async Task<JsonNode> DienInAsync(object invoer, string? taal = null, string? sleutel = null) =>
        (await _client.GraphQLAsync(Indienen, new { invoer }, taal, sleutel: sleutel)).ZonderFouten().Data["reactieIndienen"]!;

    public static TheoryData<string> ZwakkeSleutels() => new()
    {
        "x",
        "papier-0017",
        "poging-1",
        new string('k', 101),
        "00000000-0000-0000-0000-000000000000",
        "ffffffff-ffff-ffff-ffff-ffffffffffff",
        "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa",
        "12345678-1234-1234-1234-123456789abc",
        "3f2a9c1e-4b7d-4e21-9c3a",
        "{3f2a9c1e-4b7d-4e21-9c3a-5d8f0b6e2a17}",
        "AAAAAAAAAAAAAAAAAAAAAA",
        "papier-formulier-00017",
        "q83vEjRWeJq83vEjRWeJqw==",
        "q83vEjRWeJq83vEjRWeJq",
    };

    [Theory]
    [MemberData(nameof(ZwakkeSleutels))]
    public async Task AKeyThatIsNoRandomUuidOrBase64UrlOf16BytesIsRefusedWithAFieldErrorAndNothingIsStored(string sleutel)
    {
        var uitvraag = await TestUitvraag.MaakAsync(server);

        var nl = await DienInAsync(uitvraag.GeldigeReactie(sleutel));
        var en = await DienInAsync(uitvraag.GeldigeReactie(sleutel), taal: "en");

        Assert.False(nl["gelukt"]!.GetValue<bool>());
        Assert.Null(nl["ontvangstcode"]);
        var fout = Assert.Single(nl["fouten"]!.AsArray())!;
        Assert.Equal("idempotentieSleutel", fout["veld"]!.GetValue<string>());
        Assert.Equal("INVALID_IDEMPOTENCY_KEY", fout["code"]!.GetValue<string>());
        Assert.Null(fout["vraagId"]);
        Assert.Equal(
            "De idempotentiesleutel moet een willekeurige UUID zijn (36 tekens, zoals crypto.randomUUID() die maakt) of base64url van 16 tot 64 willekeurige bytes (22 tot 86 tekens).",
            fout["bericht"]!.GetValue<string>());
        Assert.Equal(
            "The idempotency key must be a random UUID (36 characters, as crypto.randomUUID() makes) or base64url of 16 to 64 random bytes (22 to 86 characters).",
            en["fouten"]![0]!["bericht"]!.GetValue<string>());
        Assert.Equal(0, await uitvraag.AantalReactiesAsync(server));
    }

    public static TheoryData<string> GoedeSleutels() => new()
    {
        Guid.NewGuid().ToString(),
        Guid.CreateVersion7().ToString(),
        Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16)),
        Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32)),
        Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(64)),
    };

    [Theory]
    [MemberData(nameof(GoedeSleutels))]
    public async Task ARandomUuidOrBase64UrlKeyIsAcceptedAndARetryWithItAndTheSameContentGetsTheSameCode(string sleutel)
    {
        var uitvraag = await TestUitvraag.MaakAsync(server);

        var eerste = await DienInAsync(uitvraag.GeldigeReactie(sleutel));
        var tweede = await DienInAsync(uitvraag.GeldigeReactie(" " + sleutel + " "));

        Assert.True(eerste["gelukt"]!.GetValue<bool>(), eerste.ToJsonString());
        Assert.Equal(eerste.ToJsonString(), tweede.ToJsonString());
        Assert.Equal(1, await uitvraag.AantalReactiesAsync(server));
    }

    [Fact]
    public async Task AUuidIsOneKeyWhateverItsCase()
    {
        var uitvraag = await TestUitvraag.MaakAsync(server);
        var sleutel = Guid.NewGuid().ToString();

        var eerste = await DienInAsync(uitvraag.GeldigeReactie(sleutel.ToUpperInvariant()));
        var tweede = await DienInAsync(uitvraag.GeldigeReactie(sleutel));

        Assert.Equal(eerste["ontvangstcode"]!.GetValue<string>(), tweede["ontvangstcode"]!.GetValue<string>());
        Assert.Equal(1, await uitvraag.AantalReactiesAsync(server));
    }

    [Fact]
    public async Task ARetryWithTheSameContentInAnotherOrderGetsTheFirstResultAndStoresNothingNew()
    {
        var uitvraag = await TestUitvraag.MaakAsync(server);
        var sleutel = Guid.NewGuid().ToString();
        var eerste = await DienInAsync(uitvraag.GeldigeReactie(sleutel));
        var zelfde = uitvraag.GeldigeReactie(sleutel);
        zelfde["antwoorden"] = ((object[])zelfde["antwoorden"]!).Reverse().ToArray();
        zelfde["wijk"] = " Seghwaert ";

        var tweede = await DienInAsync(zelfde);

        Assert.True(tweede["gelukt"]!.GetValue<bool>());
        Assert.Equal(eerste["ontvangstcode"]!.GetValue<string>(), tweede["ontvangstcode"]!.GetValue<string>());
        Assert.Equal(eerste["ingediendOp"]!.GetValue<string>(), tweede["ingediendOp"]!.GetValue<string>());
        Assert.Equal(1, await uitvraag.AantalReactiesAsync(server));
    }

    public static TheoryData<string> AndereInhoud() => ["schaal", "open antwoord", "wijk", "doelgroep", "taal", "contact", "antwoord weg"];

    [Theory]
    [MemberData(nameof(AndereInhoud))]
    public async Task AUsedKeyWithOtherContentGetsIdempotencyKeyReusedAndNeverTheCode(string verschil)
    {
        var uitvraag = await TestUitvraag.MaakAsync(server);
        var sleutel = Guid.NewGuid().ToString();
        var code = (await DienInAsync(uitvraag.GeldigeReactie(sleutel)))["ontvangstcode"]!.GetValue<string>();
        var ander = uitvraag.GeldigeReactie(sleutel);
        var antwoorden = (object[])ander["antwoorden"]!;
        switch (verschil)
        {
            case "schaal": antwoorden[3] = new { vraagId = uitvraag.Schaal, getal = 2 }; break;
            case "open antwoord": antwoorden[4] = new { vraagId = uitvraag.Open, tekst = "Iets anders." }; break;
            case "wijk": ander["wijk"] = "oosterheem"; break;
            case "doelgroep": ander["doelgroep"] = null; break;
            case "taal": ander["taal"] = "EN"; break;
            case "contact": ander["contact"] = new { toestemming = true, email = "iemand@mail.example" }; break;
            default: ander["antwoorden"] = antwoorden[..4]; break;
        }

        var nl = await DienInAsync(ander);
        var en = await DienInAsync(ander, taal: "en");

        Assert.False(nl["gelukt"]!.GetValue<bool>());
        Assert.Null(nl["ontvangstcode"]);
        Assert.Null(nl["ingediendOp"]);
        Assert.DoesNotContain(code, nl.ToJsonString(), StringComparison.Ordinal);
        var fout = Assert.Single(nl["fouten"]!.AsArray())!;
        Assert.Equal("idempotentieSleutel", fout["veld"]!.GetValue<string>());
        Assert.Equal("IDEMPOTENCY_KEY_REUSED", fout["code"]!.GetValue<string>());
        Assert.Equal("Met deze idempotentiesleutel is al een andere reactie verstuurd. Stuur bij een nieuwe poging precies dezelfde reactie, of maak voor een nieuwe reactie een nieuwe sleutel.", fout["bericht"]!.GetValue<string>());
        Assert.Equal("A different response was already sent with this idempotency key. On a retry, send exactly the same response; for a new response, make a new key.", en["fouten"]![0]!["bericht"]!.GetValue<string>());
        Assert.Equal(1, await uitvraag.AantalReactiesAsync(server));
    }

    [Fact]
    public async Task TheStoredReactieIsUntouchedByARetryWithOtherContentAndStillWithdrawsWithItsCode()
    {
        var uitvraag = await TestUitvraag.MaakAsync(server);
        var sleutel = Guid.NewGuid().ToString();
        var code = (await DienInAsync(uitvraag.GeldigeReactie(sleutel)))["ontvangstcode"]!.GetValue<string>();
        var ander = uitvraag.GeldigeReactie(sleutel);
        ((object[])ander["antwoorden"]!)[3] = new { vraagId = uitvraag.Schaal, getal = 1 };

        await DienInAsync(ander);
        var getallen = await GetallenAsync(uitvraag);
        var ingetrokken = (await _client.GraphQLAsync(Intrekken, new { code })).ZonderFouten().Data["reactieIntrekken"]!;

        Assert.Equal([4], getallen);
        Assert.True(ingetrokken["ingetrokken"]!.GetValue<bool>());
    }

    [Fact]
    public async Task ARobotThatFillsTheHoneypotWithAUsedKeyGetsNoRealCode()
    {
        var uitvraag = await TestUitvraag.MaakAsync(server);
        var sleutel = Guid.NewGuid().ToString();
        var code = (await DienInAsync(uitvraag.GeldigeReactie(sleutel)))["ontvangstcode"]!.GetValue<string>();
        var robot = uitvraag.GeldigeReactie(sleutel);
        robot["wijk"] = "oosterheem";
        robot["website"] = "http://spam.example";

        var resultaat = await DienInAsync(robot);

        Assert.True(resultaat["gelukt"]!.GetValue<bool>());
        Assert.NotEqual(code, resultaat["ontvangstcode"]!.GetValue<string>());
        Assert.Equal(1, await uitvraag.AantalReactiesAsync(server));
    }

    [Fact]
    public async Task TheTeamEntersAPaperFormUnderAUuidAndARetryOfItGetsTheSameCode()
    {
        var uitvraag = await TestUitvraag.MaakAsync(server);
        var papier = uitvraag.GeldigeReactie(Guid.NewGuid().ToString());
        papier["kanaal"] = "PAPIER";
        var oudeSleutel = uitvraag.GeldigeReactie("papier-0017");
        oudeSleutel["kanaal"] = "PAPIER";

        var eerste = await DienInAsync(papier, sleutel: uitvraag.TeamSleutel);
        var tweede = await DienInAsync(papier, sleutel: uitvraag.TeamSleutel);
        var oud = await DienInAsync(oudeSleutel, sleutel: uitvraag.TeamSleutel);

        Assert.True(eerste["gelukt"]!.GetValue<bool>());
        Assert.Equal(eerste["ontvangstcode"]!.GetValue<string>(), tweede["ontvangstcode"]!.GetValue<string>());
        Assert.Equal("INVALID_IDEMPOTENCY_KEY", oud["fouten"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(1, await uitvraag.AantalReactiesAsync(server));
    }

    /// <summary>
    /// A demo reactie (README: withdraw with <c>DEMO-VISI-0001</c> …) is retried like a real one: with its key and its
    /// content the respondent gets its real demo code, which withdraws it; with other content, nothing.
    /// </summary>
    [Fact]
    public async Task ARetryOfADemoReactieWithItsKeyAndContentGetsItsDemoCodeWhichWithdrawsIt()
    {
        var (reactie, invoer) = await DemoReactieAlsInvoerAsync();
        var anders = new Dictionary<string, object?>(invoer) { ["taal"] = reactie.Taal == "en" ? "NL" : "EN" };

        var verkeerd = await DienInAsync(anders);
        var opnieuw = await DienInAsync(invoer);
        var code = opnieuw["ontvangstcode"]?.GetValue<string>();
        var ingetrokken = (await _client.GraphQLAsync(Intrekken, new { code })).ZonderFouten().Data["reactieIntrekken"]!;

        Assert.Equal("IDEMPOTENCY_KEY_REUSED", verkeerd["fouten"]![0]!["code"]!.GetValue<string>());
        Assert.Null(verkeerd["ontvangstcode"]);
        Assert.True(opnieuw["gelukt"]!.GetValue<bool>(), opnieuw.ToJsonString());
        Assert.Equal(DemoData.DemoOntvangstcode(reactie.IdempotentieSleutel), code);
        Assert.Matches("^DEMO-VISI-00[0-4][0-9]$", code);
        Assert.Equal(reactie.IngediendOp, opnieuw["ingediendOp"]!.GetValue<DateTimeOffset>().UtcDateTime);
        Assert.True(ingetrokken["ingetrokken"]!.GetValue<bool>());
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>().CreateDbContextAsync();
        Assert.False(await db.Reacties.AnyAsync(r => r.Id == reactie.Id));
    }

    /// <summary>An online demo reactie on the open Visie uitvraag with contact details, as the invoer that would have stored it.</summary>
    private async Task<(Reactie Reactie, Dictionary<string, object?> Invoer)> DemoReactieAlsInvoerAsync()
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>().CreateDbContextAsync();
        var kandidaten = await db.Reacties.AsNoTracking().Include(r => r.Antwoorden)
            .Where(r => r.UitvraagId == 1 && r.Kanaal == Kanaal.Online && r.ContactToestemming && r.WijkId != null && r.Doelgroep != null)
            .OrderByDescending(r => r.Id).ToListAsync();
        var reactie = kandidaten.First(r => DemoData.DemoOntvangstcode(r.IdempotentieSleutel) is not null);
        var vragen = await db.Vragen.AsNoTracking().Where(v => v.UitvraagId == 1).ToDictionaryAsync(v => v.Id);
        var wijk = await db.Wijken.Where(w => w.Id == reactie.WijkId).Select(w => w.Slug).SingleAsync();
        string Optie(int id) => GlobalId.Maak(nameof(Antwoordoptie), id);
        var antwoorden = reactie.Antwoorden.GroupBy(a => a.VraagId).Select(g =>
        {
            var vraagId = GlobalId.Maak(nameof(Vraag), g.Key);
            return vragen[g.Key].Type switch
            {
                VraagType.OpenTekst => (object)new { vraagId, tekst = g.Single().Tekst },
                VraagType.Schaal => new { vraagId, getal = g.Single().Getal },
                VraagType.Factoren => new
                {
                    vraagId,
                    factoren = g.Select(a => new { soort = a.FactorSoort!.Value.ToString().ToConstantCase(), optieId = a.OptieId is { } o ? Optie(o) : null, tekst = a.OptieId is null ? a.Tekst : null }).ToArray(),
                },
                _ => new { vraagId, optieIds = g.Select(a => Optie(a.OptieId!.Value)).ToArray() },
            };
        }).ToArray();

        return (reactie, new Dictionary<string, object?>
        {
            ["uitvraagId"] = GlobalId.Maak(nameof(Uitvraag), 1),
            ["idempotentieSleutel"] = reactie.IdempotentieSleutel,
            ["taal"] = reactie.Taal.ToUpperInvariant(),
            ["wijk"] = wijk,
            ["doelgroep"] = reactie.Doelgroep!.Value.ToString().ToConstantCase(),
            ["contact"] = new { toestemming = true, naam = reactie.ContactNaam, email = reactie.ContactEmail, telefoon = reactie.ContactTelefoon },
            ["antwoorden"] = antwoorden,
        });
    }

    private async Task<List<int?>> GetallenAsync(TestUitvraag uitvraag)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>().CreateDbContextAsync();
        var schaal = GlobalId.LeesInt(uitvraag.Schaal, nameof(Vraag));
        return await db.Antwoorden.Where(a => a.VraagId == schaal).Select(a => a.Getal).ToListAsync();
    }
}

/// <summary>
/// A used key with other content costs a permit of the rate limit before the answer says the key is in use, so
/// guessing keys is as limited as sending reacties; the retry with the same content stays free.
/// </summary>
public sealed class SleutelHergebruikLimietTests(ZuinigeServer server) : IClassFixture<ZuinigeServer>
{
    private const string Indienen = "mutation($invoer: ReactieInvoer!) { reactieIndienen(invoer: $invoer) { gelukt ontvangstcode fouten { code } } }";

    [Fact]
    public async Task RetriesWithOtherContentUseUpTheLimitAndThenRevealNothingWhileTheSameContentStillGetsItsCode()
    {
        using var client = server.MaakClient();
        var uitvraag = await TestUitvraag.MaakAsync(server);
        var sleutel = Guid.NewGuid().ToString();
        var eerste = (await client.GraphQLAsync(Indienen, new { invoer = uitvraag.GeldigeReactie(sleutel) })).ZonderFouten().Data["reactieIndienen"]!;
        var anders = new List<GraphQLAntwoord>();
        for (var getal = 1; getal <= ZuinigeServer.Limiet; getal++)
        {
            var invoer = uitvraag.GeldigeReactie(sleutel);
            ((object[])invoer["antwoorden"]!)[3] = new { vraagId = uitvraag.Schaal, getal };
            anders.Add(await client.GraphQLAsync(Indienen, new { invoer }));
        }

        var zelfde = (await client.GraphQLAsync(Indienen, new { invoer = uitvraag.GeldigeReactie(sleutel) })).ZonderFouten().Data["reactieIndienen"]!;

        // The first reactie took one permit, so two wrong retries fit in the limit of three and the third does not.
        Assert.True(eerste["gelukt"]!.GetValue<bool>());
        Assert.All(anders.Take(ZuinigeServer.Limiet - 1), a => Assert.Equal("IDEMPOTENCY_KEY_REUSED", a.ZonderFouten().Data["reactieIndienen"]!["fouten"]![0]!["code"]!.GetValue<string>()));
        Assert.Equal("RATE_LIMITED", anders[^1].EersteCode);
        Assert.Null(anders[^1].Body["data"]);
        Assert.Equal(eerste["ontvangstcode"]!.GetValue<string>(), zelfde["ontvangstcode"]!.GetValue<string>());
        Assert.Equal(1, await uitvraag.AantalReactiesAsync(server));
    }
}
