using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using SociaalNetwerk.Schema.Agenda;

namespace SociaalNetwerk.GraphApi.Paginas;

/// <summary>
/// The schema.org <c>Event</c> of an activity page as JSON-LD: the date the page is about (with Zoetermeer's offset),
/// the place with its address or the online location, the status, the attendance mode, the image (the activity's, else an
/// organiser's), the organisers (with their logo), the cost (valid
/// from the last change; not available when the date is cancelled),
/// and for a series an <c>eventSchedule</c> with its cancelled dates.
/// </summary>
public static class EventJsonLd
{
    private const string SchemaOrg = "https://schema.org/";

    // The default-style encoder escapes <, >, &, ' and " as \uXXXX whatever the range, so partner text cannot close
    // the <script> element ("</script>") or open a comment ("<!--"); letters such as é and ل stay readable.
    private static readonly JsonSerializerOptions Opties = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <param name="reeks">
    /// For the page of one date of a series (<c>/activiteiten/{id}/{datum}</c>): the activity's page, the Event of the
    /// whole series (<c>superEvent</c>); the date's Event then has no <c>eventSchedule</c>.
    /// </param>
    public static string Maak(ActiviteitGegevens gegevens, Uri pagina, Uri? reeks = null)
    {
        var a = gegevens.Activiteit;
        var (start, eind, geannuleerd) = gegevens.Hoofddatum;
        var online = Links.Web(a.OnlineLink);
        var evenement = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Event",
            ["@id"] = pagina.ToString(),
            ["url"] = pagina.ToString(),
            ["name"] = a.Titel,
            ["description"] = a.Omschrijving,
            ["startDate"] = PaginaOpmaak.Iso(start),
            ["endDate"] = PaginaOpmaak.Iso(eind),
            ["eventStatus"] = SchemaOrg + (geannuleerd ? "EventCancelled" : "EventScheduled"),
            ["eventAttendanceMode"] = SchemaOrg + (a.Locatie, a.OnlineLink) switch
            {
                (not null, not null) => "MixedEventAttendanceMode",
                (null, not null) => "OnlineEventAttendanceMode",
                _ => "OfflineEventAttendanceMode",
            },
            ["isAccessibleForFree"] = a.Gratis,
            ["offers"] = new JsonObject
            {
                ["@type"] = "Offer",
                ["price"] = a.Gratis ? 0 : a.KostenInCenten!.Value / 100m,
                ["priceCurrency"] = "EUR",
                ["url"] = pagina.ToString(),
                // A cancelled date cannot be attended: never InStock (schema.org has no "cancelled" availability; Discontinued is the closest).
                ["availability"] = SchemaOrg + (geannuleerd ? "Discontinued" : a.Status == ActiviteitStatus.Vol ? "SoldOut" : "InStock"),
                // The offer as it stands is valid since the activity was last changed (no publication date is kept).
                ["validFrom"] = PaginaOpmaak.Iso(a.GewijzigdOp),
            },
        };

        // Recommended by search engines: the activity's image, else an organiser's (ActiviteitGegevens.Afbeelding).
        if (gegevens.Afbeelding is { } afbeelding)
        {
            evenement["image"] = new JsonArray(afbeelding.Url);
        }

        var plaatsen = new JsonArray();
        if (a.Locatie is { } locatie)
        {
            plaatsen.Add(new JsonObject
            {
                ["@type"] = "Place",
                ["name"] = locatie.Naam,
                ["address"] = new JsonObject
                {
                    ["@type"] = "PostalAddress",
                    ["streetAddress"] = locatie.Adres,
                    ["postalCode"] = locatie.Postcode,
                    ["addressLocality"] = locatie.Plaats,
                    ["addressCountry"] = "NL",
                },
            });
        }

        if (a.OnlineLink is not null)
        {
            plaatsen.Add(online is null ? new JsonObject { ["@type"] = "VirtualLocation" } : new JsonObject { ["@type"] = "VirtualLocation", ["url"] = online });
        }

        if (plaatsen.Count > 0)
        {
            evenement["location"] = plaatsen.Count == 1 ? plaatsen[0]!.DeepClone() : plaatsen;
        }

        if (a.Organisatoren.Count > 0)
        {
            evenement["organizer"] = new JsonArray([.. a.Organisatoren.Select(Organisatie)]);
        }

        if (a.GesprokenTalen.Count > 0)
        {
            evenement["inLanguage"] = new JsonArray([.. a.GesprokenTalen.Select(t => (JsonNode)t)]);
        }

        if (reeks is not null)
        {
            evenement["superEvent"] = new JsonObject { ["@type"] = "Event", ["@id"] = reeks.ToString(), ["url"] = reeks.ToString(), ["name"] = a.Titel };
        }
        else if (a.Herhaling is { } herhaling)
        {
            evenement["eventSchedule"] = Schema(a, herhaling);
        }

        return evenement.ToJsonString(Opties);
    }

    /// <summary>
    /// The <c>&lt;script type="application/ld+json"&gt;</c> element. Raw markup is safe here only because
    /// <see cref="Opties"/> escapes every <c>&lt;</c> in the JSON (so nothing can close the element); this checks that it did.
    /// </summary>
    public static MarkupString ScriptElement(string json) =>
        json.Contains('<', StringComparison.Ordinal)
            ? throw new InvalidOperationException("JSON-LD must not contain '<'.")
            : new MarkupString("<script type=\"application/ld+json\">" + json + "</script>");

    private static JsonNode Organisatie(Schema.Netwerken.Organisatie organisatie)
    {
        var knoop = new JsonObject { ["@type"] = "Organization", ["name"] = organisatie.Naam };
        if (Links.Web(organisatie.Website) is { } website)
        {
            knoop["url"] = website;
        }

        if (organisatie.AfbeeldingUrl is { } logo)
        {
            knoop["logo"] = logo;
        }

        if (Links.Email(organisatie.Email) is not null)
        {
            knoop["email"] = organisatie.Email!.Trim();
        }

        return knoop;
    }

    private static JsonObject Schema(Activiteit a, Herhaling herhaling)
    {
        var eerste = AmsterdamTijd.NaarLokaal(a.Start);
        var interval = Math.Max(1, herhaling.Interval);
        var schema = new JsonObject
        {
            ["@type"] = "Schedule",
            ["repeatFrequency"] = herhaling.Frequentie == Frequentie.Wekelijks ? $"P{interval}W" : $"P{interval}M",
            ["startDate"] = DateOnly.FromDateTime(eerste).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["startTime"] = eerste.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
            ["endTime"] = AmsterdamTijd.NaarLokaal(a.Eind).ToString("HH:mm:ss", CultureInfo.InvariantCulture),
            ["scheduleTimezone"] = AmsterdamTijd.TijdzoneId,
        };

        var dagen = herhaling.Weekdagen.Count > 0 ? herhaling.Weekdagen.Distinct().Order().ToList() : [eerste.DayOfWeek];
        if (herhaling.Frequentie == Frequentie.Wekelijks)
        {
            schema["byDay"] = new JsonArray([.. dagen.Select(d => (JsonNode)(SchemaOrg + d))]);
        }
        else if (herhaling.WeekVanDeMaand is { } week)
        {
            schema["byDay"] = SchemaOrg + dagen[0];
            schema["byMonthWeek"] = week;
        }
        else
        {
            schema["byMonthDay"] = eerste.Day;
        }

        if (herhaling.TotEnMet is { } totEnMet)
        {
            schema["endDate"] = totEnMet.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (herhaling.Aantal is { } aantal)
        {
            schema["repeatCount"] = aantal;
        }

        if (herhaling.GeannuleerdeDatums.Count > 0)
        {
            schema["exceptDate"] = new JsonArray([.. herhaling.GeannuleerdeDatums.Distinct().Order()
                .Select(d => (JsonNode)d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))]);
        }

        return schema;
    }
}
