using System.Globalization;
using SociaalNetwerk.Schema.Agenda;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Kenmerken;
using SociaalNetwerk.Schema.Redactie;

namespace SociaalNetwerk.GraphApi.Beheer;

/// <summary>
/// The activity form of the portal as typed: every field a string, as the browser sends it, so a form with errors is
/// shown again exactly as it was. Dates and times are Europe/Amsterdam wall-clock time; the recurrence is chosen in
/// plain words (once, weekly on days, every n weeks, monthly on the n-th weekday, until a date or a number of times)
/// and becomes the <see cref="HerhalingInvoer"/> the API takes. <see cref="NaarInvoer"/> makes the domain's
/// <see cref="ActiviteitInvoer"/>; what cannot be read (a date that is no date, a time the clock skips) becomes a
/// field error here, at the form's own field.
/// </summary>
public sealed class ActiviteitFormulier
{
    public const string Eenmalig = "eenmalig";
    public const string Wekelijks = "wekelijks";
    public const string Maandelijks = "maandelijks";
    public const string GeenEinde = "geen";
    public const string TotDatum = "datum";
    public const string AantalKeer = "aantal";

    public string Titel { get; set; } = string.Empty;

    public string Omschrijving { get; set; } = string.Empty;

    public string Soort { get; set; } = nameof(ActiviteitSoort.Bijeenkomst);

    public List<string> Themas { get; set; } = [];

    public List<string> Doelgroepen { get; set; } = [];

    /// <summary>The organisation's number: of a new activity, or the organiser a stored one moves to.</summary>
    public string Organisatie { get; set; } = string.Empty;

    /// <summary>A stored activity: the organiser the form showed (a hidden field); another <see cref="Organisatie"/> replaces it.</summary>
    public string OrganisatieWas { get; set; } = string.Empty;

    public List<string> Kernopgaven { get; set; } = [];

    /// <summary>The network's number; empty: none.</summary>
    public string Netwerk { get; set; } = string.Empty;

    /// <summary>The location's number; empty: none (online only).</summary>
    public string Locatie { get; set; } = string.Empty;

    /// <summary>The words the location list is narrowed to ("Zoek locatie"); not part of the activity.</summary>
    public string LocatieZoek { get; set; } = string.Empty;

    public string OnlineLink { get; set; } = string.Empty;

    /// <summary>The https address of the activity's image; empty: none (an organiser's is shown when shared).</summary>
    public string AfbeeldingUrl { get; set; } = string.Empty;

    /// <summary>What the image shows; required with an image.</summary>
    public string AfbeeldingAlt { get; set; } = string.Empty;

    /// <summary>
    /// A new activity's form: its one-time key (a hidden field, made when the empty form is shown and kept while it
    /// comes back with errors), so the same form sent twice (a double click, a resubmit) stores one activity.
    /// </summary>
    public string Sleutel { get; set; } = string.Empty;

    /// <summary>yyyy-MM-dd, local.</summary>
    public string Datum { get; set; } = string.Empty;

    /// <summary>HH:mm, local.</summary>
    public string Begintijd { get; set; } = string.Empty;

    public string Eindtijd { get; set; } = string.Empty;

    public string Herhaling { get; set; } = Eenmalig;

    public string Interval { get; set; } = "1";

    /// <summary>Weekdays as numbers (0 Sunday … 6 Saturday, <see cref="DayOfWeek"/>).</summary>
    public List<string> Weekdagen { get; set; } = [];

    /// <summary>Empty: the same day of the month; 1–4 or -1 (last): that weekday of the month.</summary>
    public string WeekVanDeMaand { get; set; } = string.Empty;

    public string Einde { get; set; } = GeenEinde;

    public string TotEnMet { get; set; } = string.Empty;

    public string Aantal { get; set; } = string.Empty;

    /// <summary>Euros as typed ("3,50"); empty: free.</summary>
    public string Kosten { get; set; } = string.Empty;

    public string KostenToelichting { get; set; } = string.Empty;

    public string Aanmelding { get; set; } = nameof(AanmeldWijze.NietNodig);

    public string AanmeldLink { get; set; } = string.Empty;

    public string AanmeldEmail { get; set; } = string.Empty;

    public string AanmeldTelefoon { get; set; } = string.Empty;

    public string Capaciteit { get; set; } = string.Empty;

    public string ContactNaam { get; set; } = string.Empty;

    public string ContactEmail { get; set; } = string.Empty;

    public string ContactTelefoon { get; set; } = string.Empty;

    public bool Rolstoeltoegankelijk { get; set; }

    public bool Ringleiding { get; set; }

    public bool EenvoudigeTaal { get; set; }

    /// <summary>Language codes, separated by commas ("nl, ar").</summary>
    public string Talen { get; set; } = string.Empty;

    /// <summary>The form as the browser sent it.</summary>
    public static ActiviteitFormulier Lees(IFormCollection f)
    {
        string Een(string naam) => f[naam].ToString().Trim() is { Length: <= 10_000 } s ? s : string.Empty;
        List<string> Alle(string naam) => [.. f[naam].Select(s => (s ?? string.Empty).Trim()).Where(s => s.Length is > 0 and <= 100).Distinct().Take(50)];
        return new ActiviteitFormulier
        {
            Sleutel = Een("sleutel") is { Length: <= 64 } sleutel ? sleutel : string.Empty,
            Titel = Een("titel"),
            Omschrijving = Een("omschrijving"),
            Soort = Een("soort"),
            Themas = Alle("thema"),
            Doelgroepen = Alle("doelgroep"),
            Organisatie = Een("organisatie"),
            Locatie = Een("locatie"),
            LocatieZoek = Een("locatieZoek"),
            OrganisatieWas = Een("organisatieWas"),
            Kernopgaven = Alle("kernopgave"),
            Netwerk = Een("netwerk"),
            OnlineLink = Een("onlineLink"),
            AfbeeldingUrl = Een("afbeeldingUrl"),
            AfbeeldingAlt = Een("afbeeldingAlt"),
            Datum = Een("datum"),
            Begintijd = Een("begintijd"),
            Eindtijd = Een("eindtijd"),
            Herhaling = Een("herhaling") is Wekelijks or Maandelijks ? Een("herhaling") : Eenmalig,
            Interval = Een("interval"),
            Weekdagen = Alle("weekdag"),
            WeekVanDeMaand = Een("weekVanDeMaand"),
            Einde = Een("einde") is TotDatum or AantalKeer ? Een("einde") : GeenEinde,
            TotEnMet = Een("totEnMet"),
            Aantal = Een("aantal"),
            Kosten = Een("kosten"),
            KostenToelichting = Een("kostenToelichting"),
            Aanmelding = Een("aanmelding"),
            AanmeldLink = Een("aanmeldLink"),
            AanmeldEmail = Een("aanmeldEmail"),
            AanmeldTelefoon = Een("aanmeldTelefoon"),
            Capaciteit = Een("capaciteit"),
            ContactNaam = Een("contactNaam"),
            ContactEmail = Een("contactEmail"),
            ContactTelefoon = Een("contactTelefoon"),
            Rolstoeltoegankelijk = f["rolstoel"] == "1",
            Ringleiding = f["ringleiding"] == "1",
            EenvoudigeTaal = f["eenvoudigeTaal"] == "1",
            Talen = Een("talen"),
        };
    }

    /// <summary>A stored activity as the form shows it (also the start of a copy).</summary>
    public static ActiviteitFormulier Van(Activiteit a)
    {
        var start = AmsterdamTijd.NaarLokaal(a.Start);
        var eind = AmsterdamTijd.NaarLokaal(a.Eind);
        var h = a.Herhaling;
        return new ActiviteitFormulier
        {
            Titel = a.Titel,
            Omschrijving = a.Omschrijving,
            Soort = a.Soort.ToString(),
            Themas = [.. a.Themas.Select(t => t.ToString())],
            Doelgroepen = [.. a.Doelgroepen.Select(d => d.ToString())],
            Organisatie = a.Organisatoren.FirstOrDefault()?.Id.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            OrganisatieWas = a.Organisatoren.FirstOrDefault()?.Id.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            Kernopgaven = [.. a.Kernopgaven.Select(k => k.ToString())],
            Netwerk = a.NetwerkId?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            Locatie = a.LocatieId?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            OnlineLink = a.OnlineLink ?? string.Empty,
            AfbeeldingUrl = a.AfbeeldingUrl ?? string.Empty,
            AfbeeldingAlt = a.AfbeeldingAlt ?? string.Empty,
            Datum = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Begintijd = start.ToString("HH:mm", CultureInfo.InvariantCulture),
            Eindtijd = eind.ToString("HH:mm", CultureInfo.InvariantCulture),
            Herhaling = h is null ? Eenmalig : h.Frequentie == Frequentie.Wekelijks ? Wekelijks : Maandelijks,
            Interval = (h?.Interval ?? 1).ToString(CultureInfo.InvariantCulture),
            Weekdagen = h is { Frequentie: Frequentie.Wekelijks } ? [.. h.Weekdagen.Select(d => ((int)d).ToString(CultureInfo.InvariantCulture))] : [],
            WeekVanDeMaand = h?.WeekVanDeMaand?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            Einde = h?.TotEnMet is not null ? TotDatum : h?.Aantal is not null ? AantalKeer : GeenEinde,
            TotEnMet = h?.TotEnMet?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
            Aantal = h?.Aantal?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            Kosten = a.KostenInCenten is { } centen ? (centen / 100m).ToString("0.00", CultureInfo.GetCultureInfo("nl")) : string.Empty,
            KostenToelichting = a.KostenToelichting ?? string.Empty,
            Aanmelding = a.Aanmelding.ToString(),
            AanmeldLink = a.AanmeldLink ?? string.Empty,
            AanmeldEmail = a.AanmeldEmail ?? string.Empty,
            AanmeldTelefoon = a.AanmeldTelefoon ?? string.Empty,
            Capaciteit = a.Capaciteit?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            ContactNaam = a.ContactNaam ?? string.Empty,
            ContactEmail = a.ContactEmail ?? string.Empty,
            ContactTelefoon = a.ContactTelefoon ?? string.Empty,
            Rolstoeltoegankelijk = a.Rolstoeltoegankelijk,
            Ringleiding = a.Ringleiding,
            EenvoudigeTaal = a.EenvoudigeTaal,
            Talen = string.Join(", ", a.GesprokenTalen),
        };
    }

    /// <summary>
    /// The domain's input for this form, or the form's own field errors (id of the form field, message) when a value
    /// cannot be read. With <paramref name="huidige"/> (a change) the dates and the recurrence are only given when they
    /// differ, so a change of text alone is allowed for an activity whose dates lie in the past.
    /// </summary>
    /// <remarks>
    /// With <paramref name="gedeeltelijk"/>, a form with such errors still gives an input: what can be read, the rest
    /// left out, for the domain to check too (<see cref="ActiviteitenEndpoints"/>), so one submit shows every problem.
    /// </remarks>
    public (ActiviteitInvoer? Invoer, List<(string Veld, string Tekst)> Fouten) NaarInvoer(BeheerOpmaak b, Activiteit? huidige, bool gedeeltelijk = false)
    {
        List<(string Veld, string Tekst)> fouten = [];
        var datum = LeesDatum("datum", Datum, verplicht: true);
        var begin = LeesTijd("begintijd", Begintijd);
        var einde = LeesTijd("eindtijd", Eindtijd);
        DateTime? start = datum is { } d1 && begin is { } t1 ? NaarUtc("begintijd", d1.ToDateTime(t1)) : null;
        DateTime? eind = datum is { } d2 && einde is { } t2 ? NaarUtc("eindtijd", d2.ToDateTime(t2)) : null;
        var herhaling = LeesHerhaling(datum);
        int? kosten = null;
        if (Kosten.Length > 0)
        {
            var tekst = Kosten.Replace("€", string.Empty, StringComparison.Ordinal).Trim();
            if (decimal.TryParse(tekst.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var euro) && euro <= int.MaxValue / 100 && decimal.Round(euro, 2) == euro)
            {
                kosten = (int)(euro * 100);
            }
            else
            {
                fouten.Add(("kosten", b["Activiteit.Fout.Bedrag"]));
            }
        }

        var capaciteit = LeesGetal("capaciteit", Capaciteit);
        var soort = Enum.TryParse<ActiviteitSoort>(Soort, out var s) && Enum.IsDefined(s) ? s : (ActiviteitSoort?)null;
        var aanmelding = Enum.TryParse<AanmeldWijze>(Aanmelding, out var w) && Enum.IsDefined(w) ? w : AanmeldWijze.NietNodig;
        if (fouten.Count > 0)
        {
            // The domain is not asked while a value cannot be read: its "required" checks here, so an empty form shows every missing field at once.
            foreach (var (veld, waarde) in new[] { ("omschrijving", Omschrijving), ("titel", Titel) })
            {
                if (waarde.Length == 0)
                {
                    fouten.Insert(0, (veld, b["Activiteit.Fout.Verplicht", b["Activiteit.Veld." + veld]]));
                }
            }

            if (!gedeeltelijk)
            {
                return (null, fouten);
            }
        }

        var gelijkeTijden = huidige is not null && start == huidige.Start && eind == huidige.Eind;
        var gelijkeHerhaling = huidige is not null && ZelfdeHerhaling(herhaling, huidige.Herhaling);
        var invoer = new ActiviteitInvoer
        {
            Titel = Titel.Length == 0 && huidige is null ? Optioneel<string?>.NietOpgegeven : Titel,
            Omschrijving = Omschrijving.Length == 0 && huidige is null ? Optioneel<string?>.NietOpgegeven : Omschrijving,
            Soort = soort is null && huidige is null ? Optioneel<ActiviteitSoort?>.NietOpgegeven : soort,
            Themas = Lijst<Thema>(Themas),
            Doelgroepen = Lijst<Doelgroep>(Doelgroepen),
            Kernopgaven = Lijst<Kernopgave>(Kernopgaven),
            NetwerkId = int.TryParse(Netwerk, NumberStyles.None, CultureInfo.InvariantCulture, out var netwerk) ? GlobalId.Maak("Netwerk", netwerk) : null,
            LocatieId = int.TryParse(Locatie, NumberStyles.None, CultureInfo.InvariantCulture, out var locatie) ? GlobalId.Maak("Locatie", locatie) : null,
            OnlineLink = OnlineLink.Length == 0 ? null : OnlineLink,
            Afbeelding = AfbeeldingUrl.Length == 0 && AfbeeldingAlt.Length == 0 ? null : new AfbeeldingInvoer { Url = Leeg(AfbeeldingUrl), Alt = Leeg(AfbeeldingAlt) },
            Start = gelijkeTijden ? Optioneel<DateTime?>.NietOpgegeven : start is null && huidige is null ? Optioneel<DateTime?>.NietOpgegeven : start,
            Eind = gelijkeTijden ? Optioneel<DateTime?>.NietOpgegeven : eind is null && huidige is null ? Optioneel<DateTime?>.NietOpgegeven : eind,
            Herhaling = gelijkeHerhaling ? Optioneel<HerhalingInvoer?>.NietOpgegeven : herhaling,
            Kosten = new KostenInvoer { BedragInCenten = kosten, Toelichting = Leeg(KostenToelichting) },
            Aanmelding = new AanmeldingInvoer { Wijze = aanmelding, Link = Leeg(AanmeldLink), Email = Leeg(AanmeldEmail), Telefoon = Leeg(AanmeldTelefoon), Capaciteit = capaciteit },
            Toegankelijkheid = new ToegankelijkheidInvoer
            {
                Rolstoeltoegankelijk = Rolstoeltoegankelijk,
                Ringleiding = Ringleiding,
                EenvoudigeTaal = EenvoudigeTaal,
                GesprokenTalen = [.. Talen.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(t => t.ToLowerInvariant())],
            },
            Contact = new ActiviteitContactInvoer { Naam = Leeg(ContactNaam), Email = Leeg(ContactEmail), Telefoon = Leeg(ContactTelefoon) },
        };
        if (huidige is null && int.TryParse(Organisatie, NumberStyles.None, CultureInfo.InvariantCulture, out var organisatie))
        {
            invoer = invoer with { OrganisatorIds = new List<string> { GlobalId.Maak("Organisatie", organisatie) } };
        }
        else if (huidige is not null && int.TryParse(Organisatie, NumberStyles.None, CultureInfo.InvariantCulture, out var naar) && Organisatie != OrganisatieWas)
        {
            // Another organiser chosen: it replaces the one the form showed; co-organisers stay.
            var ids = huidige.Organisatoren.Select(o => o.Id).Where(id => id.ToString(CultureInfo.InvariantCulture) != OrganisatieWas).Append(naar).Distinct();
            invoer = invoer with { OrganisatorIds = ids.Select(id => GlobalId.Maak("Organisatie", id)).ToList() };
        }

        return (invoer, fouten);

        DateOnly? LeesDatum(string veld, string waarde, bool verplicht)
        {
            if (waarde.Length == 0)
            {
                if (verplicht)
                {
                    fouten.Add((veld, b["Activiteit.Fout.Verplicht", b["Activiteit.Veld." + veld]]));
                }

                return null;
            }

            if (DateOnly.TryParseExact(waarde, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum)
                || DateOnly.TryParseExact(waarde, ["d-M-yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out datum))
            {
                return datum;
            }

            fouten.Add((veld, b["Activiteit.Fout.Datum", b["Activiteit.Veld." + veld]]));
            return null;
        }

        TimeOnly? LeesTijd(string veld, string waarde)
        {
            if (waarde.Length == 0)
            {
                fouten.Add((veld, b["Activiteit.Fout.Verplicht", b["Activiteit.Veld." + veld]]));
                return null;
            }

            if (TimeOnly.TryParseExact(waarde, ["HH:mm", "H:mm", "HH.mm", "H.mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var tijd))
            {
                return tijd;
            }

            fouten.Add((veld, b["Activiteit.Fout.Tijd", b["Activiteit.Veld." + veld]]));
            return null;
        }

        int? LeesGetal(string veld, string waarde)
        {
            if (waarde.Length == 0)
            {
                return null;
            }

            if (int.TryParse(waarde, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var getal))
            {
                return getal;
            }

            fouten.Add((veld, b["Activiteit.Fout.Getal", b["Activiteit.Veld." + veld]]));
            return null;
        }

        // Wall-clock time to UTC; the hour the clock skips in spring and the hour it repeats in autumn are refused with a clear message.
        DateTime? NaarUtc(string veld, DateTime lokaal)
        {
            if (AmsterdamTijd.Zone.IsInvalidTime(lokaal))
            {
                fouten.Add((veld, b["Activiteit.Fout.Zomertijd", Tijd(lokaal)]));
                return null;
            }

            if (AmsterdamTijd.Zone.IsAmbiguousTime(lokaal))
            {
                fouten.Add((veld, b["Activiteit.Fout.Wintertijd", Tijd(lokaal)]));
                return null;
            }

            return AmsterdamTijd.NaarUtc(lokaal);
        }

        string Tijd(DateTime lokaal) => lokaal.ToString("d MMMM yyyy, HH:mm", CultureInfo.GetCultureInfo(b.Taal));

        HerhalingInvoer? LeesHerhaling(DateOnly? eerste)
        {
            if (Herhaling == Eenmalig)
            {
                return null;
            }

            var interval = LeesGetal("interval", Interval.Length == 0 ? "1" : Interval);
            int? week = null;
            if (Herhaling == Maandelijks && WeekVanDeMaand.Length > 0)
            {
                week = LeesGetal("weekVanDeMaand", WeekVanDeMaand);
            }

            var dagen = Herhaling == Wekelijks
                ? Weekdagen.Select(d => int.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 0 and <= 6 ? (DayOfWeek?)n : null).OfType<DayOfWeek>().ToList()
                : week is not null && eerste is { } dag ? [dag.DayOfWeek] : [];
            return new HerhalingInvoer
            {
                Frequentie = Herhaling == Wekelijks ? Frequentie.Wekelijks : Frequentie.Maandelijks,
                Interval = interval,
                Weekdagen = dagen,
                WeekVanDeMaand = week,
                TotEnMet = Einde == TotDatum ? LeesDatum("totEnMet", TotEnMet, verplicht: true) : null,
                Aantal = Einde == AantalKeer ? LeesGetal("aantal", Aantal) ?? Verplicht("aantal") : null,
            };
        }

        int? Verplicht(string veld)
        {
            fouten.Add((veld, b["Activiteit.Fout.Verplicht", b["Activiteit.Veld." + veld]]));
            return null;
        }
    }

    /// <summary>Where a field stands on the page (unknown: last), for the order of the error summary.</summary>
    public static int Plek(string veld) => Array.IndexOf(Volgorde, veld) is var plek and >= 0 ? plek : Volgorde.Length;

    private static readonly string[] Volgorde =
    [
        "titel", "omschrijving", "soort", "organisatie", "netwerk", "locatieZoek", "locatie", "onlineLink", "afbeeldingUrl", "afbeeldingAlt",
        "datum", "begintijd", "eindtijd", "herhaling", "interval", "weekdagen", "weekVanDeMaand", "totEnMet", "aantal",
        "themas", "kernopgaven", "doelgroepen", "kosten", "kostenToelichting", "aanmeldLink", "aanmeldEmail", "aanmeldTelefoon", "capaciteit",
        "talen", "contactNaam", "contactEmail", "contactTelefoon",
    ];

    /// <summary>The fields of the dates: the domain's checks of them mean nothing while one of them cannot be read.</summary>
    public static bool IsTijdveld(string veld) =>
        veld is "datum" or "begintijd" or "eindtijd" or "herhaling" or "interval" or "weekdagen" or "weekVanDeMaand" or "totEnMet" or "aantal";

    /// <summary>Whether the recurrence of the form is the stored one (cancelled dates aside).</summary>
    private static bool ZelfdeHerhaling(HerhalingInvoer? invoer, Herhaling? opgeslagen) =>
        invoer is null || opgeslagen is null
            ? invoer is null && opgeslagen is null
            : invoer.Frequentie == opgeslagen.Frequentie && (invoer.Interval ?? 1) == opgeslagen.Interval
                && (invoer.Weekdagen ?? []).Distinct().Order().SequenceEqual(opgeslagen.Weekdagen.Distinct().Order())
                && invoer.WeekVanDeMaand == opgeslagen.WeekVanDeMaand && invoer.TotEnMet == opgeslagen.TotEnMet && invoer.Aantal == opgeslagen.Aantal;

    private static string? Leeg(string waarde) => waarde.Length == 0 ? null : waarde;

    private static Optioneel<IReadOnlyList<T>?> Lijst<T>(IEnumerable<string> waarden)
        where T : struct, Enum =>
        waarden.Select(w => Enum.TryParse<T>(w, out var waarde) && Enum.IsDefined(waarde) ? (T?)waarde : null).OfType<T>().Distinct().ToList();

    /// <summary>Which form field a domain field error belongs to (the API's field names are not the form's).</summary>
    public static string Veld(string domeinVeld) => domeinVeld switch
    {
        "organisatorIds" => "organisatie",
        "locatieId" => "locatie",
        "start" => "begintijd",
        "eind" => "eindtijd",
        "herhaling" => "herhaling",
        "herhaling.interval" => "interval",
        "herhaling.weekdagen" => "weekdagen",
        "herhaling.weekVanDeMaand" => "weekVanDeMaand",
        "herhaling.totEnMet" => "totEnMet",
        "herhaling.aantal" => "aantal",
        "kosten.bedragInCenten" => "kosten",
        "kosten.toelichting" => "kostenToelichting",
        "aanmelding.link" => "aanmeldLink",
        "aanmelding.email" => "aanmeldEmail",
        "aanmelding.telefoon" => "aanmeldTelefoon",
        "aanmelding.capaciteit" => "capaciteit",
        "contact.naam" => "contactNaam",
        "contact.email" => "contactEmail",
        "contact.telefoon" => "contactTelefoon",
        "toegankelijkheid.gesprokenTalen" => "talen",
        "netwerkId" => "netwerk",
        "afbeelding.url" => "afbeeldingUrl",
        "afbeelding.alt" => "afbeeldingAlt",
        "kernopgaven" => "kernopgaven",
        _ => domeinVeld,
    };
}
