using System.Globalization;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Participatie;

namespace SociaalNetwerk.GraphApi.Beheer;

/// <summary>
/// The question form of <c>/beheer/uitvragen/{id}/vragen</c> as the browser sends it: every text in the six languages
/// (<c>tekst.nl</c>, <c>tekst.en</c> …), the numbers as typed, and the options as rows (<c>opties[0].id</c>,
/// <c>opties[0].positie</c>, <c>opties[0].tekst.nl</c> …). The field names are the domain's (<see cref="VraagRedactie"/>),
/// so each field error lands at its own input.
/// </summary>
public sealed class VraagFormulier
{
    /// <summary>Empty option rows offered for new options.</summary>
    public const int NieuweRijen = 3;

    public string Type { get; set; } = nameof(VraagType.OpenTekst);

    public bool Verplicht { get; set; }

    public Dictionary<string, string> Tekst { get; set; } = [];

    public Dictionary<string, string> Toelichting { get; set; } = [];

    public Dictionary<string, string> SchaalLabelMin { get; set; } = [];

    public Dictionary<string, string> SchaalLabelMax { get; set; } = [];

    public string MaxLengte { get; set; } = string.Empty;

    public string MaxKeuzes { get; set; } = string.Empty;

    public string SchaalMin { get; set; } = string.Empty;

    public string SchaalMax { get; set; } = string.Empty;

    public bool EigenFactorenToegestaan { get; set; }

    public List<OptieRij> Opties { get; set; } = [];

    /// <summary>One option row: the id of a stored option (empty for a new one), its position and its texts.</summary>
    public sealed record OptieRij(string Id, string Positie, Dictionary<string, string> Tekst);

    public static VraagFormulier Nieuw() => new() { Opties = [.. Enumerable.Range(0, NieuweRijen).Select(_ => new OptieRij(string.Empty, string.Empty, []))] };

    public static VraagFormulier Van(Vraag vraag, bool bevroren) => new()
    {
        Type = vraag.Type.ToString(),
        Verplicht = vraag.Verplicht,
        Tekst = new(vraag.Tekst.Teksten),
        Toelichting = new(vraag.Toelichting?.Teksten ?? []),
        SchaalLabelMin = new(vraag.SchaalLabelMin?.Teksten ?? []),
        SchaalLabelMax = new(vraag.SchaalLabelMax?.Teksten ?? []),
        MaxLengte = Getal(vraag.MaxLengte),
        MaxKeuzes = Getal(vraag.MaxKeuzes),
        SchaalMin = Getal(vraag.SchaalMin),
        SchaalMax = Getal(vraag.SchaalMax),
        EigenFactorenToegestaan = vraag.EigenFactorenToegestaan,
        Opties =
        [
            .. vraag.Opties.OrderBy(o => o.Volgorde).Select((o, i) => new OptieRij(GlobalId.Maak(nameof(Antwoordoptie), o.Id), Getal(i + 1), new(o.Tekst.Teksten))),
            .. Enumerable.Range(0, bevroren ? 0 : NieuweRijen).Select(_ => new OptieRij(string.Empty, string.Empty, [])),
        ],
    };

    public static async Task<VraagFormulier> LeesAsync(HttpContext http)
    {
        var formulier = await http.Request.ReadFormAsync(http.RequestAborted);
        Dictionary<string, string> Teksten(string veld) =>
            Vertaalbaar.Talen.ToDictionary(taal => taal, taal => formulier[veld + "." + taal].ToString());
        var opties = new List<OptieRij>();
        for (var i = 0; i < VraagRedactie.MaxOpties + NieuweRijen && formulier.ContainsKey($"opties[{i}].id"); i++)
        {
            opties.Add(new OptieRij(formulier[$"opties[{i}].id"].ToString(), formulier[$"opties[{i}].positie"].ToString(), Teksten($"opties[{i}].tekst")));
        }

        return new VraagFormulier
        {
            Type = formulier["type"].ToString(),
            Verplicht = formulier["verplicht"] == "ja",
            Tekst = Teksten("tekst"),
            Toelichting = Teksten("toelichting"),
            SchaalLabelMin = Teksten("schaalLabelMin"),
            SchaalLabelMax = Teksten("schaalLabelMax"),
            MaxLengte = formulier["maxLengte"].ToString(),
            MaxKeuzes = formulier["maxKeuzes"].ToString(),
            SchaalMin = formulier["schaalMin"].ToString(),
            SchaalMax = formulier["schaalMax"].ToString(),
            EigenFactorenToegestaan = formulier["eigenFactorenToegestaan"] == "ja",
            Opties = opties,
        };
    }

    /// <summary>
    /// The domain's input. Rows without any text are left out (an empty new row, or a stored option to remove), the
    /// rest in the order of their position. On a frozen uitvraag only the texts: the same options, in the same order.
    /// </summary>
    public VraagInvoer AlsInvoer(bool bevroren)
    {
        var rijen = Opties.Select((rij, index) => (Rij: rij, Index: index))
            .Where(r => bevroren ? r.Rij.Id.Length > 0 : r.Rij.Tekst.Values.Any(t => !string.IsNullOrWhiteSpace(t)))
            .OrderBy(r => bevroren ? r.Index : Positie(r.Rij.Positie) ?? r.Index + 1)
            .ThenBy(r => r.Index)
            .Select(r => new OptieInvoer { Id = r.Rij.Id.Length > 0 ? r.Rij.Id : null, Tekst = Invoer(r.Rij.Tekst) })
            .ToList();
        var teksten = new VraagInvoer
        {
            Tekst = Invoer(Tekst),
            Toelichting = Invoer(Toelichting),
            SchaalLabelMin = Invoer(SchaalLabelMin),
            SchaalLabelMax = Invoer(SchaalLabelMax),
            Opties = Gegeven<IReadOnlyList<OptieInvoer>?>(rijen),
        };
        if (bevroren)
        {
            return teksten;
        }

        return teksten with
        {
            Type = Enum.TryParse<VraagType>(Type, out var type) && Enum.IsDefined(type) ? (VraagType?)type : null,
            Verplicht = Verplicht,
            MaxLengte = Lees(MaxLengte),
            MaxKeuzes = Lees(MaxKeuzes),
            SchaalMin = Lees(SchaalMin),
            SchaalMax = Lees(SchaalMax),
            EigenFactorenToegestaan = EigenFactorenToegestaan,
        };
    }

    /// <summary>A given value of an interface type (C# has no user-defined conversion from an interface).</summary>
    private static Schema.Redactie.Optioneel<T> Gegeven<T>(T waarde) => waarde;

    private static VertaalbaarInvoer Invoer(Dictionary<string, string> teksten)
    {
        string? T(string taal) => teksten.GetValueOrDefault(taal);
        return new VertaalbaarInvoer { Nl = T("nl"), En = T("en"), Ar = T("ar"), Tr = T("tr"), Uk = T("uk"), Pl = T("pl") };
    }

    /// <summary>A number as typed: empty is none; anything that is not a whole number is out of every range, so the domain says so at the field.</summary>
    private static int? Lees(string waarde) =>
        string.IsNullOrWhiteSpace(waarde) ? null
        : int.TryParse(waarde.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var getal) ? getal : int.MinValue;

    private static int? Positie(string waarde) => int.TryParse(waarde.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var getal) ? getal : null;

    private static string Getal(int? waarde) => waarde?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
