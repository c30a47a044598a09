using System.Security.Cryptography;
using System.Text.Json;

namespace SociaalNetwerk.Schema.Participatie;

/// <summary>
/// The fingerprint of what a reactie stores (<see cref="Reactie.InhoudHash"/>): the SHA-256, in lower-case hex, of a
/// canonical JSON serialisation of the stored row after the rules have normalised it — uitvraag, kanaal, formulier number, taal, wijk,
/// doelgroep, contact details and every answer row (sorted), but not who entered it or when. A retry of a stored
/// reactie gets its ontvangstcode back only when its content has this same fingerprint. Demo reacties get theirs
/// from the same method, so a retry of a demo reactie with its content behaves like one of a real reactie.
/// </summary>
public static class ReactieInhoud
{
    /// <summary>Bumped when the serialisation changes; rows with another version no longer match any retry.</summary>
    private const int Versie = 1;

    public static string Hash(Reactie reactie)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("versie", Versie);
            json.WriteNumber("uitvraag", reactie.UitvraagId);
            json.WriteString("kanaal", reactie.Kanaal.ToString());
            if (reactie.Formuliernummer is { } formulier)
            {
                // Only when set, so the fingerprints of reacties without a number stay what they were.
                json.WriteNumber("formulier", formulier);
            }

            json.WriteString("taal", reactie.Taal);
            Getal(json, "wijk", reactie.WijkId);
            Tekst(json, "doelgroep", reactie.Doelgroep?.ToString());
            if (reactie.ContactToestemming)
            {
                json.WriteStartObject("contact");
                Tekst(json, "naam", reactie.ContactNaam);
                Tekst(json, "email", reactie.ContactEmail);
                Tekst(json, "telefoon", reactie.ContactTelefoon);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("contact");
            }

            json.WriteStartArray("antwoorden");
            foreach (var a in reactie.Antwoorden
                         .OrderBy(a => a.VraagId).ThenBy(a => a.FactorSoort).ThenBy(a => a.OptieId).ThenBy(a => a.Getal)
                         .ThenBy(a => a.Tekst, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteNumber("vraag", a.VraagId);
                Getal(json, "optie", a.OptieId);
                Getal(json, "getal", a.Getal);
                Tekst(json, "tekst", a.Tekst);
                Tekst(json, "factorSoort", a.FactorSoort?.ToString());
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
    }

    private static void Getal(Utf8JsonWriter json, string naam, int? waarde)
    {
        if (waarde is { } getal)
        {
            json.WriteNumber(naam, getal);
        }
        else
        {
            json.WriteNull(naam);
        }
    }

    private static void Tekst(Utf8JsonWriter json, string naam, string? waarde)
    {
        if (waarde is null)
        {
            json.WriteNull(naam);
        }
        else
        {
            json.WriteString(naam, waarde);
        }
    }
}
