using System.Globalization;
using System.Net.Mail;
using Microsoft.Extensions.Localization;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Kenmerken;
using SociaalNetwerk.Schema.Redactie;
using SociaalNetwerk.Schema.Resources;

namespace SociaalNetwerk.Schema.Participatie;

/// <summary>
/// Checks every answer of a reactie against its vraag and turns a valid reactie into rows. Problems become
/// <see cref="Veldfout"/>s that name the vraag, so a form can show each error next to its field.
/// </summary>
public sealed class ReactieRegels(IStringLocalizer<Berichten> berichten)
{
    public const int StandaardMaxLengte = 2000;
    public const int MaxEigenFactorLengte = 200;
    public const int MaxContactLengte = 200;

    public string Bericht(string code, params object[] argumenten) => berichten[code, argumenten].Value;

    public (List<Veldfout> Fouten, List<Antwoord> Antwoorden) Controleer(Uitvraag uitvraag, ReactieInvoer invoer, string taal)
    {
        var fouten = new List<Veldfout>();
        var antwoorden = new List<Antwoord>();
        var vragen = uitvraag.Vragen.ToDictionary(v => GlobalId.Maak(nameof(Vraag), v.Id));
        var beantwoord = new HashSet<int>();

        foreach (var antwoord in invoer.Antwoorden)
        {
            if (!vragen.TryGetValue(antwoord.VraagId, out var vraag))
            {
                fouten.Add(new Veldfout(antwoord.VraagId, "antwoorden", "UNKNOWN_QUESTION", berichten["REACTIE_UNKNOWN_QUESTION", antwoord.VraagId].Value));
                continue;
            }

            if (!beantwoord.Add(vraag.Id))
            {
                fouten.Add(Fout(vraag, "DUPLICATE_ANSWER", taal));
                continue;
            }

            antwoorden.AddRange(ControleerAntwoord(vraag, antwoord, taal, fouten));
        }

        foreach (var vraag in uitvraag.Vragen.Where(v => v.Verplicht).OrderBy(v => v.Volgorde))
        {
            if (!antwoorden.Any(a => a.VraagId == vraag.Id) && !fouten.Any(f => f.VraagId == GlobalId.Maak(nameof(Vraag), vraag.Id)))
            {
                fouten.Add(Fout(vraag, "REQUIRED", taal));
            }
        }

        ControleerProfiel(uitvraag, invoer, fouten);
        return (fouten, antwoorden);
    }

    private IEnumerable<Antwoord> ControleerAntwoord(Vraag vraag, AntwoordInvoer invoer, string taal, List<Veldfout> fouten)
    {
        var opties = vraag.Opties.ToDictionary(o => GlobalId.Maak(nameof(Antwoordoptie), o.Id), o => o.Id);
        var gekozen = (invoer.OptieIds ?? []).Distinct().ToList();
        var tekst = string.IsNullOrWhiteSpace(invoer.Tekst) ? null : invoer.Tekst.Trim();
        var factoren = invoer.Factoren ?? [];
        var leeg = gekozen.Count == 0 && invoer.Getal is null && tekst is null && factoren.Count == 0;
        if (leeg)
        {
            if (vraag.Verplicht)
            {
                fouten.Add(Fout(vraag, "REQUIRED", taal));
            }

            return [];
        }

        var verkeerdVeld = vraag.Type switch
        {
            VraagType.OpenTekst => gekozen.Count > 0 || invoer.Getal is not null || factoren.Count > 0,
            VraagType.EenKeuze or VraagType.MeerdereKeuzes => tekst is not null || invoer.Getal is not null || factoren.Count > 0,
            VraagType.Schaal => gekozen.Count > 0 || tekst is not null || factoren.Count > 0,
            VraagType.Factoren => gekozen.Count > 0 || tekst is not null || invoer.Getal is not null,
            _ => true,
        };
        if (verkeerdVeld)
        {
            fouten.Add(Fout(vraag, "WRONG_ANSWER_TYPE", taal));
            return [];
        }

        switch (vraag.Type)
        {
            case VraagType.OpenTekst:
                var max = vraag.MaxLengte ?? StandaardMaxLengte;
                if (tekst!.Length > max)
                {
                    fouten.Add(Fout(vraag, "TOO_LONG", taal, max, tekst.Length));
                    return [];
                }

                return [new Antwoord { VraagId = vraag.Id, Tekst = tekst }];

            case VraagType.EenKeuze or VraagType.MeerdereKeuzes:
                if (gekozen.Any(o => !opties.ContainsKey(o)))
                {
                    fouten.Add(Fout(vraag, "OPTION_NOT_IN_QUESTION", taal));
                    return [];
                }

                var maxKeuzes = vraag.Type == VraagType.EenKeuze ? 1 : vraag.MaxKeuzes ?? opties.Count;
                if (gekozen.Count > maxKeuzes)
                {
                    fouten.Add(Fout(vraag, "TOO_MANY_CHOICES", taal, maxKeuzes));
                    return [];
                }

                return gekozen.Select(o => new Antwoord { VraagId = vraag.Id, OptieId = opties[o] }).ToList();

            case VraagType.Schaal:
                if (invoer.Getal < vraag.SchaalMin || invoer.Getal > vraag.SchaalMax)
                {
                    fouten.Add(Fout(vraag, "SCALE_OUT_OF_RANGE", taal, vraag.SchaalMin ?? 0, vraag.SchaalMax ?? 0));
                    return [];
                }

                return [new Antwoord { VraagId = vraag.Id, Getal = invoer.Getal }];

            default:
                return ControleerFactoren(vraag, factoren, opties, taal, fouten);
        }
    }

    private List<Antwoord> ControleerFactoren(Vraag vraag, IReadOnlyList<FactorInvoer> factoren, Dictionary<string, int> opties, string taal, List<Veldfout> fouten)
    {
        var antwoorden = new List<Antwoord>();
        var gezien = new HashSet<(FactorSoort, string)>();
        foreach (var factor in factoren)
        {
            var eigen = string.IsNullOrWhiteSpace(factor.Tekst) ? null : factor.Tekst.Trim();
            if ((factor.OptieId is null) == (eigen is null))
            {
                fouten.Add(Fout(vraag, "INVALID_FACTOR", taal));
                return [];
            }

            if (factor.OptieId is { } optie)
            {
                if (!opties.TryGetValue(optie, out var optieId))
                {
                    fouten.Add(Fout(vraag, "OPTION_NOT_IN_QUESTION", taal));
                    return [];
                }

                if (gezien.Add((factor.Soort, optie)))
                {
                    antwoorden.Add(new Antwoord { VraagId = vraag.Id, OptieId = optieId, FactorSoort = factor.Soort });
                }

                continue;
            }

            if (!vraag.EigenFactorenToegestaan)
            {
                fouten.Add(Fout(vraag, "OWN_FACTOR_NOT_ALLOWED", taal));
                return [];
            }

            if (eigen!.Length > MaxEigenFactorLengte)
            {
                fouten.Add(Fout(vraag, "TOO_LONG", taal, MaxEigenFactorLengte, eigen.Length));
                return [];
            }

            var rij = EigenFactor(vraag.Id, factor.Soort, eigen);
            if (gezien.Add((factor.Soort, rij.GenormaliseerdeTekst!)))
            {
                antwoorden.Add(rij);
            }
        }

        var max = vraag.MaxKeuzes ?? int.MaxValue;
        if (antwoorden.GroupBy(a => a.FactorSoort).Any(g => g.Count() > max))
        {
            fouten.Add(Fout(vraag, "TOO_MANY_CHOICES", taal, max));
            return [];
        }

        return antwoorden;
    }

    /// <summary>
    /// The row of an own factor: the text as written (trimmed) and its normalised form, so that spelling variants
    /// ("Te weinig geld", "te weinig  geld") count as one factor in the results.
    /// </summary>
    public static Antwoord EigenFactor(int vraagId, FactorSoort soort, string tekst)
    {
        var eigen = tekst.Trim();
        return new Antwoord { VraagId = vraagId, Tekst = eigen, GenormaliseerdeTekst = Zoektekst.Normaliseer(eigen), FactorSoort = soort };
    }

    private void ControleerProfiel(Uitvraag uitvraag, ReactieInvoer invoer, List<Veldfout> fouten)
    {
        if (Idempotentiesleutels.Normaliseer(invoer.IdempotentieSleutel) is null)
        {
            fouten.Add(new Veldfout(null, "idempotentieSleutel", "INVALID_IDEMPOTENCY_KEY", berichten["REACTIE_INVALID_IDEMPOTENCY_KEY"].Value));
        }

        if (invoer.Taal is { } taal && !Vertaalbaar.Talen.Contains(taal))
        {
            fouten.Add(new Veldfout(null, "taal", "INVALID_LANGUAGE", berichten["REACTIE_INVALID_LANGUAGE", taal, string.Join(", ", Vertaalbaar.Talen)].Value));
        }

        if (invoer.Wijk is not null && !uitvraag.ProfielvraagWijk)
        {
            fouten.Add(new Veldfout(null, "wijk", "NOT_ASKED", berichten["REACTIE_NOT_ASKED", "wijk"].Value));
        }

        if (invoer.Doelgroep is not null && !uitvraag.ProfielvraagDoelgroep)
        {
            fouten.Add(new Veldfout(null, "doelgroep", "NOT_ASKED", berichten["REACTIE_NOT_ASKED", "doelgroep"].Value));
        }

        if (invoer.Contact is not { } contact || (contact.Naam, contact.Email, contact.Telefoon) is (null, null, null))
        {
            return;
        }

        if (!uitvraag.ContactgegevensVragen)
        {
            fouten.Add(new Veldfout(null, "contact", "NOT_ASKED", berichten["REACTIE_NOT_ASKED", "contact"].Value));
        }
        else if (!contact.Toestemming)
        {
            fouten.Add(new Veldfout(null, "contact.toestemming", "CONSENT_REQUIRED", berichten["REACTIE_CONSENT_REQUIRED"].Value));
        }

        foreach (var (veld, waarde) in new[] { ("contact.naam", contact.Naam), ("contact.email", contact.Email), ("contact.telefoon", contact.Telefoon) })
        {
            if (waarde?.Length > MaxContactLengte)
            {
                fouten.Add(new Veldfout(null, veld, "TOO_LONG", berichten["REACTIE_FIELD_TOO_LONG", MaxContactLengte].Value));
            }
        }

        if (contact.Email is { Length: > 0 } email && !MailAddress.TryCreate(email, out _))
        {
            fouten.Add(new Veldfout(null, "contact.email", "INVALID_EMAIL", berichten["REACTIE_INVALID_EMAIL", email].Value));
        }
    }

    private Veldfout Fout(Vraag vraag, string code, string taal, params object[] argumenten)
    {
        var bericht = berichten["REACTIE_" + code, argumenten].Value;
        var naam = berichten["REACTIE_VRAAG", vraag.Volgorde.ToString(CultureInfo.CurrentCulture), vraag.Tekst.In(taal)].Value;
        return new Veldfout(GlobalId.Maak(nameof(Vraag), vraag.Id), "antwoorden", code, naam + " " + bericht);
    }
}
