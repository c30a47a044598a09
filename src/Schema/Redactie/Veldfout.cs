namespace SociaalNetwerk.Schema.Redactie;

/// <summary>
/// A problem with one part of an input: which vraag (for an answer of a reactie) or field, a stable code and a
/// localised message. Field errors are data, so a form can show each one next to the right input.
/// </summary>
public sealed record Veldfout(string? VraagId, string Veld, string Code, string Bericht);
