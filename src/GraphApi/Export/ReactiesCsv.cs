using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.Schema.Agenda;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.Participatie;
using SociaalNetwerk.Schema.Woordenlijst;

namespace SociaalNetwerk.GraphApi.Export;

/// <summary>
/// Writes the reacties of one uitvraag as CSV that Excel opens correctly in the Netherlands: UTF-8 with a byte
/// order mark, <c>;</c> between fields, CRLF line ends. One row per reactie, one column per vraag (in order),
/// after the columns about the reactie itself (among them the formulier number of a paper form or conversation, the
/// number the team writes on the paper, so a row can be traced back to its form). Cells that a spreadsheet would read as a formula are escaped.
/// Reacties are read in pages, two statements per page, so memory stays flat for any number of reacties.
/// </summary>
public sealed class ReactiesCsv(IDbContextFactory<SociaalNetwerkDbContext> databank)
{
    public const int Pagina = 500;

    /// <summary>Separates the values inside one cell (several choices, several factoren).</summary>
    public const string Scheiding = " | ";

    public static readonly CsvConfiguration Configuratie = new(CultureInfo.GetCultureInfo("nl-NL"))
    {
        Delimiter = ";",
        NewLine = "\r\n",
        InjectionOptions = InjectionOptions.Escape,
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
    };

    public async Task SchrijfAsync(Uitvraag uitvraag, Stream uitvoer, CancellationToken cancellationToken)
    {
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        var vragen = await db.Vragen.AsNoTracking().Where(v => v.UitvraagId == uitvraag.Id).Include(v => v.Opties)
            .OrderBy(v => v.Volgorde).ToListAsync(cancellationToken);
        var opties = vragen.SelectMany(v => v.Opties).ToDictionary(o => o.Id, o => o.Tekst.Nl);
        var wijken = await db.Wijken.AsNoTracking().ToDictionaryAsync(w => w.Id, w => w.Naam, cancellationToken);

        await using var schrijver = new StreamWriter(uitvoer, Configuratie.Encoding, bufferSize: 16 * 1024, leaveOpen: true);
        await using var csv = new CsvWriter(schrijver, Configuratie);

        foreach (var kop in Koppen(uitvraag, vragen))
        {
            csv.WriteField(kop);
        }

        await csv.NextRecordAsync();

        var vanaf = 0;
        while (true)
        {
            var reacties = await db.Reacties.AsNoTracking().Tellend()
                .Where(r => r.UitvraagId == uitvraag.Id && r.Id > vanaf)
                .OrderBy(r => r.Id)
                .Take(Pagina)
                .ToListAsync(cancellationToken);
            if (reacties.Count == 0)
            {
                break;
            }

            var ids = reacties.Select(r => r.Id).ToList();
            var antwoorden = (await db.Antwoorden.AsNoTracking().Where(a => ids.Contains(a.ReactieId)).OrderBy(a => a.Id).ToListAsync(cancellationToken))
                .ToLookup(a => (a.ReactieId, a.VraagId));

            foreach (var reactie in reacties)
            {
                foreach (var veld in Rij(uitvraag, vragen, reactie, antwoorden, opties, wijken))
                {
                    csv.WriteField(veld);
                }

                await csv.NextRecordAsync();
            }

            vanaf = reacties[^1].Id;
        }

        await csv.FlushAsync();
    }

    private IEnumerable<string> Koppen(Uitvraag uitvraag, List<Vraag> vragen)
    {
        yield return "Reactie";
        yield return "Ingediend op";
        yield return "Kanaal";
        yield return "Formuliernummer";
        yield return "Taal";
        yield return "Wijk";
        yield return "Doelgroep";
        if (uitvraag.ContactgegevensVragen)
        {
            yield return "Naam";
            yield return "E-mail";
            yield return "Telefoon";
        }

        foreach (var vraag in vragen)
        {
            yield return $"{vraag.Volgorde}. {vraag.Tekst.Nl}";
        }
    }

    private IEnumerable<string?> Rij(
        Uitvraag uitvraag,
        List<Vraag> vragen,
        Reactie reactie,
        ILookup<(int, int), Antwoord> antwoorden,
        Dictionary<int, string> opties,
        Dictionary<int, string> wijken)
    {
        yield return reactie.Id.ToString(CultureInfo.InvariantCulture);
        yield return AmsterdamTijd.NaarLokaal(reactie.IngediendOp).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        yield return Label(reactie.Kanaal);
        yield return reactie.Formuliernummer?.ToString(CultureInfo.InvariantCulture);
        yield return reactie.Taal;
        yield return reactie.WijkId is { } wijk && wijken.TryGetValue(wijk, out var naam) ? naam : null;
        yield return reactie.Doelgroep is { } doelgroep ? Label(doelgroep) : null;
        if (uitvraag.ContactgegevensVragen)
        {
            yield return reactie.ContactNaam;
            yield return reactie.ContactEmail;
            yield return reactie.ContactTelefoon;
        }

        foreach (var vraag in vragen)
        {
            var bij = antwoorden[(reactie.Id, vraag.Id)].ToList();
            yield return vraag.Type switch
            {
                VraagType.Schaal => bij.FirstOrDefault()?.Getal?.ToString(CultureInfo.InvariantCulture),
                VraagType.OpenTekst => bij.FirstOrDefault()?.Tekst,
                VraagType.Factoren => Factoren(bij, opties),
                _ => Samen(bij.Select(a => Tekst(a, opties))),
            };
        }
    }

    /// <summary>"Helpend: a | b — Remmend: c": predefined factoren by their text, own ones as typed.</summary>
    private string? Factoren(List<Antwoord> antwoorden, Dictionary<int, string> opties)
    {
        var delen = new[] { FactorSoort.Helpend, FactorSoort.Remmend }
            .Select(soort => (soort, teksten: antwoorden.Where(a => a.FactorSoort == soort).Select(a => Tekst(a, opties)).ToList()))
            .Where(d => d.teksten.Count > 0)
            .Select(d => $"{Label(d.soort)}: {Samen(d.teksten)}")
            .ToList();
        return delen.Count == 0 ? null : string.Join(" — ", delen);
    }

    private static string Tekst(Antwoord antwoord, Dictionary<int, string> opties) =>
        antwoord.OptieId is { } optie && opties.TryGetValue(optie, out var tekst) ? tekst : antwoord.Tekst ?? string.Empty;

    private static string? Samen(IEnumerable<string> teksten)
    {
        var lijst = teksten.Where(t => t.Length > 0).ToList();
        return lijst.Count == 0 ? null : string.Join(Scheiding, lijst);
    }

    private string Label<TEnum>(TEnum waarde)
        where TEnum : struct, Enum => Woordenboek.Label(waarde);
}
