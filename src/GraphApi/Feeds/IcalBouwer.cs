using CultureInfo = System.Globalization.CultureInfo;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using SociaalNetwerk.Schema.Agenda;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Woordenlijst;

namespace SociaalNetwerk.GraphApi.Feeds;

/// <summary>
/// Builds an RFC 5545 calendar with Ical.Net: one VEVENT per activity (a series is one event with an RRULE and an
/// EXDATE per cancelled date), times in Europe/Amsterdam with a VTIMEZONE. Partner texts are set as TEXT values,
/// so the library escapes commas, semicolons, backslashes and newlines and folds long lines. The feed's own texts
/// ("Geannuleerd", "Kosten: …") and the themes are in the language asked for (<c>Ical.*</c> in <c>Teksten.resx</c>);
/// partner texts stay as entered.
/// </summary>
public sealed class IcalBouwer
{

    public const string ProductId = "-//Gemeente Zoetermeer//Sociaal Netwerk//NL";

    public const string UidDomein = "sociaalnetwerk.zoetermeer";

    /// <summary>How often a subscribed calendar app should fetch the feed again.</summary>
    public static readonly TimeSpan Verversen = TimeSpan.FromHours(6);

    public static string Uid(int activiteitId) => $"activiteit-{GlobalId.Maak(nameof(Activiteit), activiteitId)}@{UidDomein}";

    /// <param name="herkomst">The public address of the API (<see cref="Paginas.PubliekAdres.Basis"/>, ending in <c>/</c>): the start of each event's URL.</param>
    /// <param name="taal">The language of the feed's own texts: nl, en, ar, tr, uk or pl.</param>
    public string Bouw(string naam, IEnumerable<Activiteit> activiteiten, Uri herkomst, string taal = Paginas.PaginaTaal.Standaard)
    {
        var kalender = new Calendar { ProductId = ProductId };
        kalender.AddProperty("X-WR-CALNAME", naam);
        kalender.AddProperty("NAME", naam);
        kalender.AddProperty("X-WR-TIMEZONE", AmsterdamTijd.TijdzoneId);
        var verversen = new CalendarProperty("REFRESH-INTERVAL", Duur(Verversen));
        verversen.Parameters.Set("VALUE", "DURATION");
        kalender.Properties.Add(verversen);
        kalender.AddProperty("X-PUBLISHED-TTL", Duur(Verversen));
        kalender.AddTimeZone(AmsterdamTijd.TijdzoneId);

        foreach (var activiteit in activiteiten)
        {
            kalender.Events.Add(NaarEvent(activiteit, herkomst, taal));
        }

        return new CalendarSerializer().SerializeToString(kalender) ?? string.Empty;
    }

    /// <summary>A text of the feed (<c>Ical.*</c> in <c>Teksten.resx</c>) in a language.</summary>
    public static string Tekst(string sleutel, string taal, params object[] argumenten) =>
        string.Format(Paginas.PaginaTaal.Cultuur(taal), Paginas.PaginaTaal.Tekst(sleutel, taal) ?? sleutel, argumenten);

    private static CalendarEvent NaarEvent(Activiteit activiteit, Uri herkomst, string taal)
    {
        var id = GlobalId.Maak(nameof(Activiteit), activiteit.Id);
        var item = VoorkomenPlanner.NaarKalenderItem(activiteit);
        if (activiteit.Herhaling is null && (AmsterdamTijd.IsDubbelzinnig(activiteit.Start) || AmsterdamTijd.IsDubbelzinnig(activiteit.Eind)))
        {
            // RFC 5545 reads a local time that occurs twice (the October hour) as the first one; an activity entered
            // for the second 02:30 would show an hour early. A one-off event can say its instants in UTC instead.
            item = new CalendarEvent
            {
                DtStart = new CalDateTime(DateTime.SpecifyKind(activiteit.Start, DateTimeKind.Utc)),
                DtEnd = new CalDateTime(DateTime.SpecifyKind(activiteit.Eind, DateTimeKind.Utc)),
            };
        }

        item.Uid = Uid(activiteit.Id);
        item.Summary = activiteit.Titel;
        item.Description = Omschrijving(activiteit, taal);
        item.Location = Plaats(activiteit);
        item.Url = new Uri(herkomst, "activiteiten/" + id);
        item.DtStamp = new CalDateTime(DateTime.SpecifyKind(activiteit.GewijzigdOp, DateTimeKind.Utc));
        item.LastModified = new CalDateTime(DateTime.SpecifyKind(activiteit.GewijzigdOp, DateTimeKind.Utc));
        item.Status = activiteit.Status == ActiviteitStatus.Geannuleerd ? EventStatus.Cancelled : EventStatus.Confirmed;
        item.Categories = activiteit.Themas
            .Select(t => Woordenboek.Label(t, CultureInfo.GetCultureInfo(taal))).ToList();

        if (activiteit.Organisatoren.OrderBy(o => o.Id).FirstOrDefault(o => !string.IsNullOrWhiteSpace(o.Email)) is { } organisator)
        {
            item.Organizer = new Organizer("mailto:" + organisator.Email!.Trim()) { CommonName = organisator.Naam };
        }

        if (activiteit.Herhaling is { } herhaling)
        {
            var tijd = TimeOnly.FromDateTime(AmsterdamTijd.NaarLokaal(activiteit.Start));
            foreach (var datum in herhaling.GeannuleerdeDatums.Distinct().Order())
            {
                item.ExceptionDates.Add(new CalDateTime(datum.ToDateTime(tijd), AmsterdamTijd.TijdzoneId));
            }
        }

        return item;
    }

    private static string Omschrijving(Activiteit activiteit, string taal)
    {
        var delen = new List<string>();
        if (activiteit.Status == ActiviteitStatus.Geannuleerd)
        {
            delen.Add(string.IsNullOrWhiteSpace(activiteit.AnnuleringReden) ? Tekst("Ical.Geannuleerd", taal) : Tekst("Ical.GeannuleerdReden", taal, activiteit.AnnuleringReden));
        }

        delen.Add(activiteit.Omschrijving);
        if (activiteit.Organisatoren.Count > 0)
        {
            delen.Add(Tekst("Ical.Organisatie", taal, string.Join(", ", activiteit.Organisatoren.OrderBy(o => o.Id).Select(o => o.Naam))));
        }

        delen.Add(activiteit.Gratis
            ? Tekst("Ical.Gratis", taal)
            : Tekst("Ical.Kosten", taal, (activiteit.KostenInCenten!.Value / 100m).ToString("C", Paginas.PaginaTaal.Cultuur(taal))));
        if (activiteit.OnlineLink is { } link)
        {
            delen.Add(Tekst("Ical.Online", taal, link));
        }

        return string.Join("\n\n", delen.Where(d => !string.IsNullOrWhiteSpace(d)));
    }

    private static string? Plaats(Activiteit activiteit) => activiteit.Locatie is { } locatie
        ? $"{locatie.Naam}, {locatie.Adres}, {locatie.Postcode} {locatie.Plaats}"
        : activiteit.OnlineLink;

    private static string Duur(TimeSpan duur) => System.Xml.XmlConvert.ToString(duur);
}
