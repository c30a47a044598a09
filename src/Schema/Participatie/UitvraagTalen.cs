namespace SociaalNetwerk.Schema.Participatie;

/// <summary>
/// In which languages an uitvraag is <b>complete</b>: every text of the uitvraag (titel, inleiding,
/// privacyverklaring), of its questions (tekst, toelichting, scale labels) and of their options that has a Dutch text
/// also exists in that language and is not blank. Dutch is required and always counts as complete. One place for
/// this rule, so that every surface that offers a language (the print page, the API) offers the same ones.
/// Needs the uitvraag with its <see cref="Uitvraag.Vragen"/> and their <see cref="Vraag.Opties"/> loaded.
/// </summary>
public static class UitvraagTalen
{
    /// <summary>The languages in which the uitvraag is complete, in the order of <see cref="Vertaalbaar.Talen"/>; Dutch first.</summary>
    public static IReadOnlyList<string> Volledig(Uitvraag uitvraag) =>
        [.. Vertaalbaar.Talen.Where(taal => IsVolledig(uitvraag, taal))];

    /// <summary>Whether every text of the uitvraag exists in <paramref name="taal"/>; false for a language that is not one of the six.</summary>
    public static bool IsVolledig(Uitvraag uitvraag, string taal) =>
        Vertaalbaar.Talen.Contains(taal) && (taal == Vertaalbaar.Nederlands || !Teksten(uitvraag).Any(t => Ontbreekt(t, taal)));

    /// <summary>Every translatable text of the uitvraag that has a Dutch text, and so should exist in each language.</summary>
    public static IEnumerable<Vertaalbaar> Teksten(Uitvraag uitvraag) =>
        new[] { uitvraag.Titel, uitvraag.Inleiding, uitvraag.Privacyverklaring }
            .Concat(uitvraag.Vragen.SelectMany(v => new[] { v.Tekst, v.Toelichting, v.SchaalLabelMin, v.SchaalLabelMax }.Concat(v.Opties.Select(o => o.Tekst))))
            .OfType<Vertaalbaar>()
            .Where(t => !string.IsNullOrWhiteSpace(t.Nl));

    private static bool Ontbreekt(Vertaalbaar tekst, string taal) =>
        !tekst.Teksten.TryGetValue(taal, out var vertaling) || string.IsNullOrWhiteSpace(vertaling);
}
