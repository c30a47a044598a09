namespace SociaalNetwerk.Schema.Resources;

/// <summary>
/// Marker for <c>Labels.resx</c>: labels and short descriptions of enum values, per culture. Read them through
/// <see cref="Woordenlijst.Woordenboek"/>.
/// </summary>
public sealed class Labels;

/// <summary>Marker for <c>Berichten.resx</c>: error and user messages, per culture.</summary>
public sealed class Berichten;
