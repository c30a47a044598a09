using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using SociaalNetwerk.Schema.Accounts;

namespace SociaalNetwerk.GraphApi.Beheer;

/// <summary>
/// The account whose page made a form's antiforgery token, kept in the token itself (its additional data, protected
/// with it). The portal's tokens are made for the anonymous user, so they stay valid when the session ends; with this a
/// form posted after that can still be tied to the account that loaded it (<see cref="BewaardeInvoer"/>). Validation
/// never refuses on it: it only notes the account (<see cref="Van"/>) of a token that is otherwise valid (the additional
/// data is checked last).
/// </summary>
internal sealed class FormulierAccount : IAntiforgeryAdditionalDataProvider
{
    private static readonly object Sleutel = new();

    public string GetAdditionalData(HttpContext context) =>
        context.Items[typeof(Account)] is Account account ? account.Id.ToString(CultureInfo.InvariantCulture) : string.Empty;

    public bool ValidateAdditionalData(HttpContext context, string additionalData)
    {
        if (int.TryParse(additionalData, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            context.Items[Sleutel] = id;
        }

        return true;
    }

    /// <summary>The account of the page that made the request's valid form token; null before the check or for an anonymous page.</summary>
    public static int? Van(HttpContext http) => http.Items[Sleutel] as int?;
}

/// <summary>
/// What a portal form held when it was posted after the session had ended, put back in that form after signing in
/// again as the same account. Kept server-side, in this process's memory (so on the instance that got the post; with
/// several instances the next request may land elsewhere and find nothing: the person types again, as before), for
/// <see cref="Bewaartijd"/>, at most <see cref="MaximumFormulieren"/> forms (the oldest goes), under a random 256-bit id
/// in an HttpOnly cookie for <c>/beheer</c>. Never kept: the form token, passwords and codes (by field name), files, or a
/// form of more than <see cref="MaximumVelden"/> values or <see cref="MaximumTekens"/> characters. Taken on first use:
/// the form's page opened by that account (another account's first page discards it). Put back in the page's HTML as
/// sent, in the one form that posted to the same address, with a notice; the page never sends it by itself.
/// </summary>
public static class BewaardeInvoer
{
    public const string Koekje = "sn_beheer_invoer";

    public static readonly TimeSpan Bewaartijd = TimeSpan.FromMinutes(20);

    public const int MaximumFormulieren = 100;

    public const int MaximumVelden = 200;

    public const int MaximumTekens = 32 * 1024;

    /// <summary>Field names whose values are never kept: passwords, their repetition, codes.</summary>
    private static readonly string[] Geheim = ["wachtwoord", "herhaling", "code", "password"];

    private sealed record Invoer(int AccountId, string Pagina, string Actie, IReadOnlyList<KeyValuePair<string, string>> Velden, DateTime Sinds);

    private static readonly ConcurrentDictionary<string, Invoer> Bewaard = new(StringComparer.Ordinal);

    /// <summary>
    /// Keeps the form of this POST (already read by the antiforgery check) for the account of its token, to be put back
    /// on <paramref name="pagina"/> (a path below the path base); true when kept.
    /// </summary>
    public static bool Bewaar(HttpContext http, string pagina)
    {
        if (FormulierAccount.Van(http) is not { } accountId
            || http.Features.Get<IFormFeature>()?.Form is not { } formulier
            || formulier.Files.Count > 0)
        {
            return false;
        }

        var tokenVeld = http.RequestServices.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.FormFieldName;
        List<KeyValuePair<string, string>> velden = [];
        var tekens = 0;
        foreach (var (naam, waarden) in formulier)
        {
            if (naam == tokenVeld || Geheim.Any(g => naam.Contains(g, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            foreach (var waarde in waarden)
            {
                velden.Add(new(naam, waarde ?? string.Empty));
                tekens += naam.Length + (waarde?.Length ?? 0);
                if (velden.Count > MaximumVelden || tekens > MaximumTekens)
                {
                    return false;
                }
            }
        }

        if (velden.All(v => v.Value.Length == 0))
        {
            return false;
        }

        var nu = DateTime.UtcNow;
        Ruim(nu);
        if (http.Request.Cookies[Koekje] is { } eerder)
        {
            Bewaard.TryRemove(eerder, out _);
        }

        while (Bewaard.Count >= MaximumFormulieren && Bewaard.OrderBy(b => b.Value.Sinds).Select(b => b.Key).FirstOrDefault() is { } oudste)
        {
            Bewaard.TryRemove(oudste, out _);
        }

        var id = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        Bewaard[id] = new Invoer(accountId, pagina, http.Request.PathBase + http.Request.Path, velden, nu);
        http.Response.Cookies.Append(Koekje, id, Opties(http));
        return true;
    }

    /// <summary>Whether the browser has input kept (for the sign-in page's message).</summary>
    public static bool IsBewaard(HttpContext http) =>
        http.Request.Cookies[Koekje] is { } id && Bewaard.TryGetValue(id, out var invoer) && DateTime.UtcNow - invoer.Sinds <= Bewaartijd;

    /// <summary>
    /// A page with a form, as <paramref name="pagina"/>, with the input kept for it put back when this GET is that page
    /// opened by the account that typed it (the input is then gone); another account's page discards it.
    /// </summary>
    internal static IResult TerugOp(HttpContext http, IResult pagina)
    {
        if (!HttpMethods.IsGet(http.Request.Method) || http.Items[typeof(Account)] is not Account account
            || http.Request.Cookies[Koekje] is not { } id)
        {
            return pagina;
        }

        if (!Bewaard.TryGetValue(id, out var invoer) || DateTime.UtcNow - invoer.Sinds > Bewaartijd || invoer.AccountId != account.Id)
        {
            Bewaard.TryRemove(id, out _);
            http.Response.Cookies.Delete(Koekje, Opties(http));
            return pagina;
        }

        if (!string.Equals(invoer.Pagina, http.Request.Path.Value, StringComparison.Ordinal) || !Bewaard.TryRemove(id, out _))
        {
            return pagina;
        }

        http.Response.Cookies.Delete(Koekje, Opties(http));
        return new Teruggezet(pagina, invoer);
    }

    private static void Ruim(DateTime nu)
    {
        foreach (var (id, invoer) in Bewaard)
        {
            if (nu - invoer.Sinds > Bewaartijd)
            {
                Bewaard.TryRemove(id, out _);
            }
        }
    }

    private static CookieOptions Opties(HttpContext http) => new()
    {
        Path = http.Request.PathBase + BeheerEndpoints.Pad,
        HttpOnly = true,
        Secure = http.Request.IsHttps,
        SameSite = SameSiteMode.Strict,
        MaxAge = Bewaartijd,
        IsEssential = true,
    };

    /// <summary>The page rendered as usual, then its form filled in with the kept input.</summary>
    private sealed class Teruggezet(IResult pagina, Invoer invoer) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var echt = httpContext.Response.Body;
            using var buffer = new MemoryStream();
            httpContext.Response.Body = buffer;
            try
            {
                await pagina.ExecuteAsync(httpContext);
            }
            finally
            {
                httpContext.Response.Body = echt;
            }

            var melding = httpContext.RequestServices.GetRequiredService<BeheerOpmaak>()["Invoer.Teruggezet"];
            var html = VulIn(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length), invoer, melding);
            await echt.WriteAsync(Encoding.UTF8.GetBytes(html), httpContext.RequestAborted);
        }
    }

    /// <summary>
    /// Fills in the page's form that posts to the kept form's address (of several, the one whose hidden fields match),
    /// read and written with AngleSharp's HTML parser: text fields, text areas, selects, check boxes and radio buttons
    /// get the kept values; hidden fields keep what the page gives now, password and file fields stay empty. A notice
    /// before the form when something visible came back.
    /// </summary>
    private static string VulIn(string html, Invoer invoer, string melding)
    {
        var document = new HtmlParser().ParseDocument(html);
        var waarden = invoer.Velden.ToLookup(v => v.Key, v => v.Value, StringComparer.Ordinal);
        var formulier = document.Forms
            .Where(f => f.GetAttribute("action") is { } actie && string.Equals(actie.Split('?')[0], invoer.Actie, StringComparison.Ordinal))
            .MaxBy(f => f.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]").Count(v => waarden[v.Name ?? string.Empty].Contains(v.GetAttribute("value") ?? string.Empty)));
        if (formulier is null)
        {
            return html;
        }

        var zichtbaar = 0;
        var rijen = waarden.ToDictionary(g => g.Key, g => new Queue<string>(g), StringComparer.Ordinal);
        string? Volgende(string naam) => rijen.TryGetValue(naam, out var rij) && rij.Count > 0 ? rij.Dequeue() : null;

        foreach (var veld in formulier.QuerySelectorAll("input, textarea, select"))
        {
            var naam = veld.GetAttribute("name");
            switch (veld)
            {
                case IHtmlInputElement invoerVeld when naam is not null:
                    var soort = (invoerVeld.GetAttribute("type") ?? "text").ToLowerInvariant();
                    if (soort is "hidden" or "password" or "file" or "submit" or "button" or "reset" or "image")
                    {
                        break;
                    }

                    if (soort is "checkbox" or "radio")
                    {
                        // A check box left empty is not in a posted form: unchecked when the form came back at all.
                        var aan = waarden[naam].Contains(invoerVeld.GetAttribute("value") ?? "on");
                        if (waarden.Contains(naam) || soort == "checkbox")
                        {
                            Zet(invoerVeld, "checked", aan);
                            zichtbaar += aan ? 1 : 0;
                        }
                    }
                    else if (Volgende(naam) is { } waarde)
                    {
                        invoerVeld.SetAttribute("value", waarde);
                        zichtbaar += waarde.Length > 0 ? 1 : 0;
                    }

                    break;
                case IHtmlTextAreaElement tekstvak when naam is not null && Volgende(naam) is { } tekst:
                    tekstvak.TextContent = tekst;
                    zichtbaar += tekst.Length > 0 ? 1 : 0;
                    break;
                case IHtmlSelectElement keuzelijst when naam is not null && waarden.Contains(naam):
                    // Its options chosen as kept, when a kept value is one of them.
                    var gekozen = keuzelijst.HasAttribute("multiple") ? waarden[naam].ToHashSet(StringComparer.Ordinal)
                        : Volgende(naam) is { } een ? new HashSet<string>([een], StringComparer.Ordinal) : [];
                    var opties = keuzelijst.QuerySelectorAll<IHtmlOptionElement>("option").ToList();
                    if (opties.Any(o => gekozen.Contains(o.Value)))
                    {
                        opties.ForEach(o => Zet(o, "selected", gekozen.Contains(o.Value)));
                        zichtbaar++;
                    }

                    break;
            }
        }

        if (zichtbaar > 0)
        {
            var bericht = document.CreateElement("p");
            bericht.ClassName = "melding";
            bericht.SetAttribute("role", "status");
            bericht.Id = "teruggezet";
            bericht.TextContent = melding;
            formulier.Before(bericht);
        }

        return document.ToHtml();
    }

    private static void Zet(IElement element, string vlag, bool aan)
    {
        if (aan)
        {
            element.SetAttribute(vlag, string.Empty);
        }
        else
        {
            element.RemoveAttribute(vlag);
        }
    }
}
