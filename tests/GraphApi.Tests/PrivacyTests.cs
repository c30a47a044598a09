namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>
/// Differencing attacks on the public results, over HTTP against the real server: generated reacties (fixed seeds),
/// every public segment asked for (the whole, each wijk, doelgroep and kanaal), and an exact attacker
/// (<see cref="Differentieaanval"/>) that combines all published numbers with the identities that hold between them:
/// a segment's reacties are those that answered a vraag plus those that did not; for one choice and a scale the
/// answered are the sum of the options; every count of the whole is the sum over the wijken, over the doelgroepen and
/// over the kanalen (the groups without wijk or doelgroep included, though the public cannot ask for them); and the
/// lists per wijk, doelgroep and kanaal inside segments form two-way tables with those totals as margins.
/// </summary>
[Collection(ServerCollectie.Naam)]
public sealed class PrivacyTests(SociaalNetwerkServer server)
{
    private const string Query = """
        query($id: ID!, $segment: ResultaatSegmentInvoer) { uitvraag(id: $id) { resultaten(segment: $segment) {
          totaal { ...T }
          perKanaal { kanaal telling { ...T } }
          perWijk { wijk { slug } telling { ...T } }
          perDoelgroep { doelgroep telling { ...T } }
          vragen {
            aantalReacties { ...T }
            opties { optie { id } telling { ...T } }
            schaal { verdeling { waarde telling { ...T } } gemiddelde mediaan }
            helpendeFactoren { optie { id } eigen telling { ...T } }
            remmendeFactoren { optie { id } eigen telling { ...T } } } } } }
        fragment T on Telling { aantal percentage onderDrempel }
        """;

    private static readonly string[] Wijken = ["seghwaert", "oosterheem", "rokkeveen", "centrum"];
    private static readonly string[] Doelgroepen = ["INWONERS", "VRIJWILLIGERS", "INFORMELE_NETWERKEN", "ORGANISATIES", "PROFESSIONALS"];
    private static readonly string[] Kanalen = ["ONLINE", "PAPIER", "GESPREK"];

    private readonly HttpClient _client = server.MaakClient();

    [Theory]
    [InlineData(1, 40)]
    [InlineData(2, 60)]
    [InlineData(3, 90)]
    public async Task NoHiddenCountCanBeDerivedFromAllPublishedSegmentsTogether(int seed, int aantal)
    {
        var uitvraag = await TestUitvraag.MaakAsync(server, UitvraagStatus.ResultatenGepubliceerd, eigenFactoren: false);
        var reacties = Genereer(new Random(seed), aantal);
        await SlaOpAsync(uitvraag, reacties);

        var aanval = await AanvalAsync(uitvraag, reacties);

        Assert.True(aanval.KleinZichtbaar is [], $"small counts shown: {string.Join(", ", aanval.KleinZichtbaar)}");
        Assert.True(aanval.Verborgen > 10, $"only {aanval.Verborgen} hidden counts: the data should have many small ones");
        var herleid = aanval.Aanvaller.Herleidbaar(aanval.TeBeschermen.Select(p => p.Cel)).ToHashSet();
        Assert.True(herleid.Count == 0, "recovered: " + string.Join(", ", aanval.TeBeschermen.Where(p => herleid.Contains(p.Cel)).Select(p => $"{p.Sleutel}={aanval.Aanvaller.Waarde(p.Cel)}")));
    }

    [Fact]
    public async Task TheTeamStillSeesEveryCountAndThePublicCannotCombineFilters()
    {
        var uitvraag = await TestUitvraag.MaakAsync(server, UitvraagStatus.ResultatenGepubliceerd, eigenFactoren: false);
        await SlaOpAsync(uitvraag, Genereer(new Random(4), 30));

        var team = (await _client.GraphQLAsync(Query, new { id = uitvraag.Id }, sleutel: uitvraag.TeamSleutel)).ZonderFouten().Data["uitvraag"]!["resultaten"]!;
        var teamSegment = await _client.GraphQLAsync(Query, new { id = uitvraag.Id, segment = new { wijk = "seghwaert", kanaal = "ONLINE" } }, sleutel: uitvraag.TeamSleutel);
        var gecombineerd = await _client.GraphQLAsync(Query, new { id = uitvraag.Id, segment = new { wijk = "seghwaert", kanaal = "ONLINE" } }, taal: "en");

        Assert.All(Tellingen(team), t => Assert.False(t["onderDrempel"]!.GetValue<bool>()));
        Assert.Null(teamSegment.Errors);
        Assert.Equal("SEGMENT_TOO_NARROW", gecombineerd.EersteCode);
        Assert.StartsWith("Public results show one segment at a time", gecombineerd.EersteBericht, StringComparison.Ordinal);
        Assert.Null(gecombineerd.Data["uitvraag"]!["resultaten"]);
    }

    /// <summary>One generated reactie: indexes into the options of <see cref="TestUitvraag"/>; null wijk or doelgroep: not given.</summary>
    private sealed record Gegenereerd(string? Wijk, string? Doelgroep, string Kanaal, int Keuze, int[] Meer, int Schaal, int[] Helpend, int[] Remmend);

    /// <summary>Skewed, like real reacties: one big wijk and doelgroep, many small groups and rare answers.</summary>
    private static List<Gegenereerd> Genereer(Random random, int aantal)
    {
        T Gewogen<T>(T[] waarden, int[] gewichten)
        {
            var worp = random.Next(gewichten.Sum());
            for (var i = 0; i < waarden.Length; i++)
            {
                if ((worp -= gewichten[i]) < 0)
                {
                    return waarden[i];
                }
            }

            return waarden[^1];
        }

        int[] Enkele(int opties, int maximum) =>
            [.. Enumerable.Range(0, opties).OrderBy(_ => random.Next()).Take(random.Next(maximum + 1)).Order()];

        return [.. Enumerable.Range(0, aantal).Select(_ => new Gegenereerd(
            Gewogen<string?>([.. Wijken, null], [50, 25, 10, 5, 10]),
            Gewogen<string?>([.. Doelgroepen, null], [55, 20, 5, 8, 2, 10]),
            Gewogen(Kanalen, [70, 20, 10]),
            Gewogen([0, 1, 2], [60, 32, 8]),
            random.Next(5) == 0 ? [] : Enkele(4, 2),
            Gewogen([1, 2, 3, 4, 5], [5, 10, 30, 40, 15]),
            Enkele(3, 2),
            Enkele(3, 1)))];
    }

    private async Task SlaOpAsync(TestUitvraag uitvraag, List<Gegenereerd> reacties)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SociaalNetwerkDbContext>>().CreateDbContextAsync();
        var wijken = await db.Wijken.Where(w => Wijken.Contains(w.Slug)).ToDictionaryAsync(w => w.Slug, w => w.Id);
        int Id(string globalId, string type) => GlobalId.LeesInt(globalId, type);
        foreach (var r in reacties)
        {
            db.Reacties.Add(new Reactie
            {
                UitvraagId = Id(uitvraag.Id, nameof(Uitvraag)),
                IdempotentieSleutel = Guid.NewGuid().ToString(),
                OntvangstcodeHash = Guid.NewGuid().ToString("N"),
                Kanaal = Enum.Parse<Kanaal>(r.Kanaal, ignoreCase: true),
                IngediendOp = SociaalNetwerkServer.Nu.UtcDateTime,
                WijkId = r.Wijk is null ? null : wijken[r.Wijk],
                Doelgroep = r.Doelgroep is null ? null : Enum.Parse<UitvraagDoelgroep>(r.Doelgroep.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true),
                Antwoorden =
                [
                    .. r.Helpend.Select(i => new Antwoord { VraagId = Id(uitvraag.Factoren, nameof(Vraag)), OptieId = Id(uitvraag.FactorOpties[i], nameof(Antwoordoptie)), FactorSoort = FactorSoort.Helpend }),
                    .. r.Remmend.Select(i => new Antwoord { VraagId = Id(uitvraag.Factoren, nameof(Vraag)), OptieId = Id(uitvraag.FactorOpties[i], nameof(Antwoordoptie)), FactorSoort = FactorSoort.Remmend }),
                    new Antwoord { VraagId = Id(uitvraag.EenKeuze, nameof(Vraag)), OptieId = Id(uitvraag.EenKeuzeOpties[r.Keuze], nameof(Antwoordoptie)) },
                    .. r.Meer.Select(i => new Antwoord { VraagId = Id(uitvraag.MeerdereKeuzes, nameof(Vraag)), OptieId = Id(uitvraag.MeerdereKeuzesOpties[i], nameof(Antwoordoptie)) }),
                    new Antwoord { VraagId = Id(uitvraag.Schaal, nameof(Vraag)), Getal = r.Schaal },
                ],
            });
        }

        await db.SaveChangesAsync();
    }

    private sealed record Aanval(Differentieaanval Aanvaller, List<(string Sleutel, int Cel)> TeBeschermen, List<string> KleinZichtbaar, int Verborgen);

    /// <summary>
    /// Asks the public results of every segment and turns them into the attacker's cells and lines. The true value of
    /// every cell comes from the generated reacties; the attacker uses only what the public saw.
    /// </summary>
    private async Task<Aanval> AanvalAsync(TestUitvraag uitvraag, List<Gegenereerd> reacties)
    {
        var aanvaller = new Differentieaanval();
        var cellen = new Dictionary<string, int>();
        var teBeschermen = new List<(string, int)>();
        var kleinZichtbaar = new List<string>();

        // Segments as keys: "*" the whole, "w:slug", "d:NAME", "k:NAME"; "w:-" and "d:-" the groups without one.
        var hele = await PubliekAsync(uitvraag, null);
        var wijken = hele["perWijk"]!.AsArray().Select(w => "w:" + (w!["wijk"]?["slug"]?.GetValue<string>() ?? "-")).ToList();
        var doelgroepen = hele["perDoelgroep"]!.AsArray().Select(d => "d:" + (d!["doelgroep"]?.GetValue<string>() ?? "-")).ToList();
        var kanalen = Kanalen.Select(k => "k:" + k).ToList();
        List<List<string>> dimensies = [wijken, doelgroepen, kanalen];
        var antwoorden = new Dictionary<string, JsonNode?> { ["*"] = hele };
        foreach (var segment in wijken.Concat(doelgroepen).Concat(kanalen).Where(s => !s.EndsWith(":-", StringComparison.Ordinal)))
        {
            var (soort, waarde) = (segment[0], segment[2..]);
            antwoorden[segment] = await PubliekAsync(uitvraag, soort switch { 'w' => new { wijk = waarde }, 'd' => (object)new { doelgroep = waarde }, _ => new { kanaal = waarde } });
        }

        bool Past(Gegenereerd r, string segment) => segment == "*" || segment.Split('+').All(s => s[0] switch
        {
            'w' => (r.Wijk ?? "-") == s[2..],
            'd' => (r.Doelgroep ?? "-") == s[2..],
            _ => r.Kanaal == s[2..],
        });

        // A cell: its true value, and what the public saw of it (null: never published). The same number shown in two
        // answers must be shown the same way.
        int Cel(string sleutel, int waarde, JsonNode? telling, int ondergrens = 0)
        {
            var verborgen = telling is null || telling["onderDrempel"]!.GetValue<bool>();
            if (telling is not null)
            {
                Assert.Equal(verborgen ? null : waarde, telling["aantal"]?.GetValue<int>());
                if (verborgen)
                {
                    Assert.Null(telling["percentage"]);
                }
                else if (waarde is > 0 and < ResultatenBerekenaar.Drempel)
                {
                    kleinZichtbaar.Add($"{sleutel}={waarde}");
                }
            }

            if (cellen.TryGetValue(sleutel, out var bestaand))
            {
                Assert.True(telling is null || aanvaller.Verborgen(bestaand) == verborgen, $"{sleutel} shown differently in two answers");
                return bestaand;
            }

            // A lower bound is what the public learns from a listing that leaves zeros out: only for published cells.
            var cel = aanvaller.Cel(waarde, verborgen, telling is null ? 0 : Math.Min(ondergrens, waarde));
            cellen[sleutel] = cel;
            if (telling is not null && verborgen && waarde > 0)
            {
                teBeschermen.Add((sleutel, cel));
            }

            return cel;
        }

        int Aantal(Func<Gegenereerd, bool> telt, string segment) => reacties.Count(r => Past(r, segment) && telt(r));
        JsonNode? Vraag(string segment, int nummer) => antwoorden.GetValueOrDefault(segment)?["vragen"]![nummer];

        // Reacties: per segment, and the two-way tables from the lists inside the segments.
        foreach (var segment in antwoorden.Keys.Concat(wijken).Concat(doelgroepen).Distinct())
        {
            var telling = antwoorden.GetValueOrDefault(segment)?["totaal"]
                ?? hele[segment[0] == 'w' ? "perWijk" : "perDoelgroep"]!.AsArray().Single(e => Sleutel(segment[0], e!) == segment)!["telling"];
            Cel("C|" + segment, Aantal(_ => true, segment), telling, ondergrens: segment[0] == 'w' || segment == "d:-" ? 1 : 0);
        }

        foreach (var dimensie in dimensies)
        {
            aanvaller.Regel(cellen["C|*"], dimensie.Select(s => cellen["C|" + s]));
        }

        foreach (var (rijen, kolommen) in new[] { (wijken, doelgroepen), (wijken, kanalen), (doelgroepen, kanalen) })
        {
            var binnen = rijen.Select(r => kolommen.Select(k =>
            {
                // Seen in segment r's list of k's dimension and in segment k's list of r's dimension.
                var telling = Lijst(antwoorden.GetValueOrDefault(r), k) ?? Lijst(antwoorden.GetValueOrDefault(k), r);
                var cel = Cel($"C|{r}+{k}", Aantal(_ => true, $"{r}+{k}"), telling);
                if (Lijst(antwoorden.GetValueOrDefault(k), r) is { } ander)
                {
                    Cel($"C|{r}+{k}", Aantal(_ => true, $"{r}+{k}"), ander);
                }

                return cel;
            }).ToList()).ToList();
            for (var i = 0; i < rijen.Count; i++)
            {
                aanvaller.Regel(cellen["C|" + rijen[i]], binnen[i]);
            }

            for (var j = 0; j < kolommen.Count; j++)
            {
                aanvaller.Regel(cellen["C|" + kolommen[j]], binnen.Select(rij => rij[j]));
            }
        }

        // Per vraag: answered, not answered (never published), and every option, scale value and listed factor.
        var segmenten = new[] { "*" }.Concat(wijken).Concat(doelgroepen).Concat(kanalen).ToList();
        var vragen = new (int Nummer, Func<Gegenereerd, bool> Beantwoord, List<(string Naam, Func<Gegenereerd, bool> Telt, Func<JsonNode?, JsonNode?> Telling, int Ondergrens)> Maten, bool Som)[]
        {
            (0, r => r.Helpend.Length + r.Remmend.Length > 0, [
                .. Enumerable.Range(0, 3).Select(i => ($"H{i}", (Func<Gegenereerd, bool>)(r => r.Helpend.Contains(i)), (Func<JsonNode?, JsonNode?>)(v => Factor(v, "helpendeFactoren", uitvraag.FactorOpties[i])), 1)),
                .. Enumerable.Range(0, 3).Select(i => ($"R{i}", (Func<Gegenereerd, bool>)(r => r.Remmend.Contains(i)), (Func<JsonNode?, JsonNode?>)(v => Factor(v, "remmendeFactoren", uitvraag.FactorOpties[i])), 1)),
            ], false),
            (1, _ => true, [.. Enumerable.Range(0, 3).Select(i => ($"O{i}", (Func<Gegenereerd, bool>)(r => r.Keuze == i), (Func<JsonNode?, JsonNode?>)(v => v?["opties"]![i]!["telling"]), 0))], true),
            (2, r => r.Meer.Length > 0, [.. Enumerable.Range(0, 4).Select(i => ($"M{i}", (Func<Gegenereerd, bool>)(r => r.Meer.Contains(i)), (Func<JsonNode?, JsonNode?>)(v => v?["opties"]![i]!["telling"]), 0))], false),
            (3, _ => true, [.. Enumerable.Range(1, 5).Select(w => ($"S{w}", (Func<Gegenereerd, bool>)(r => r.Schaal == w), (Func<JsonNode?, JsonNode?>)(v => v?["schaal"]!["verdeling"]![w - 1]!["telling"]), 0))], true),
        };
        foreach (var (nummer, beantwoord, maten, som) in vragen)
        {
            foreach (var segment in segmenten)
            {
                var a = Cel($"A{nummer}|{segment}", Aantal(beantwoord, segment), Vraag(segment, nummer)?["aantalReacties"]);
                var n = Cel($"N{nummer}|{segment}", Aantal(r => !beantwoord(r), segment), null);
                aanvaller.Regel(cellen["C|" + segment], [a, n]);
                var delen = maten.Select(m => Cel($"{m.Naam}|{segment}", Aantal(m.Telt, segment), antwoorden.ContainsKey(segment) ? m.Telling(Vraag(segment, nummer)) : null, m.Ondergrens)).ToList();
                if (som)
                {
                    aanvaller.Regel(a, delen);
                    var schaal = Vraag(segment, nummer)?["schaal"];
                    if (schaal is not null && delen.Any(aanvaller.Verborgen))
                    {
                        // The mean and median would be one more equation.
                        Assert.Null(schaal["gemiddelde"]);
                        Assert.Null(schaal["mediaan"]);
                    }
                }
            }

            foreach (var naam in maten.Select(m => m.Naam).Prepend($"A{nummer}"))
            {
                foreach (var dimensie in dimensies)
                {
                    aanvaller.Regel(cellen[$"{naam}|*"], dimensie.Select(s => cellen[$"{naam}|{s}"]));
                }
            }
        }

        return new Aanval(aanvaller, teBeschermen, kleinZichtbaar, teBeschermen.Count);
    }

    /// <summary>A listed factor's count; a factor that is not listed was named by nobody (the lists are short here).</summary>
    private static JsonNode? Factor(JsonNode? vraag, string lijst, string optieId) =>
        vraag is null ? null : vraag[lijst]!.AsArray().FirstOrDefault(f => f!["optie"]?["id"]?.GetValue<string>() == optieId)?["telling"]
            ?? JsonNode.Parse("""{ "aantal": 0, "percentage": 0, "onderDrempel": false }""");

    /// <summary>The entry for segment <paramref name="ander"/> in the matching list of an answer.</summary>
    private static JsonNode? Lijst(JsonNode? antwoord, string ander)
    {
        var lijst = ander[0] switch { 'w' => "perWijk", 'd' => "perDoelgroep", _ => "perKanaal" };
        return antwoord?[lijst]!.AsArray().SingleOrDefault(e => Sleutel(ander[0], e!) == ander)?["telling"];
    }

    private static string Sleutel(char soort, JsonNode e) => soort switch
    {
        'w' => "w:" + (e["wijk"]?["slug"]?.GetValue<string>() ?? "-"),
        'd' => "d:" + (e["doelgroep"]?.GetValue<string>() ?? "-"),
        _ => "k:" + e["kanaal"]!.GetValue<string>(),
    };

    private async Task<JsonNode> PubliekAsync(TestUitvraag uitvraag, object? segment) =>
        (await _client.GraphQLAsync(Query, new { id = uitvraag.Id, segment })).ZonderFouten().Data["uitvraag"]!["resultaten"]!;

    private static IEnumerable<JsonNode> Tellingen(JsonNode node) => node switch
    {
        JsonObject o when o.ContainsKey("onderDrempel") => [o],
        JsonObject o => o.Select(p => p.Value).OfType<JsonNode>().SelectMany(Tellingen),
        JsonArray a => a.OfType<JsonNode>().SelectMany(Tellingen),
        _ => [],
    };
}
