using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.Schema.Accounts;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.Redactie;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.GraphApi.Beheer;

/// <summary>
/// <c>/beheer/sleutels</c>: API keys through the same <see cref="ApiSleutels"/> as <c>keys create | list | revoke</c>.
/// A beheerder manages every key; a redacteur the redacteur keys of its own organisations; a trajectteam the
/// trajectteam keys of its own trajecten (<see cref="ApiSleutels.MagBeheren"/>). A new key is shown once and never again:
/// the form's POST makes the key and redirects (Post/Redirect/Get), the page that follows (<see cref="GemaaktPad"/>)
/// shows it. In between the key travels only in a short-lived, HttpOnly cookie for that page's path, protected with
/// Data Protection (time-limited, bound to the account); that page removes the cookie and remembers the kenmerk as
/// shown, so a reload or the back button shows "already shown" and makes nothing. Never in a URL, never logged.
/// </summary>
public static class SleutelsEndpoints
{
    public const string Pad = "/beheer/sleutels";

    /// <summary>The page after making a key: the key, this once.</summary>
    public const string GemaaktPad = "/beheer/sleutels/gemaakt";

    public const int MaxOmschrijvingLengte = 200;

    /// <summary>The cookie that carries a new key from the form's POST to the one page that shows it.</summary>
    public const string GemaaktKoekje = "sn_beheer_sleutel";

    /// <summary>How long a new key can still be shown after the POST that made it (the redirect is followed at once).</summary>
    public static readonly TimeSpan GemaaktGeldig = TimeSpan.FromMinutes(5);

    private const string Doel = "SociaalNetwerk.Beheer.SleutelGemaakt";

    /// <summary>The hidden field with the form's one-time key (<see cref="EenmaalPerFormulier"/>).</summary>
    public const string FormulierVeld = "formulier";

    /// <summary>The kenmerken of keys already shown in this process, so a cookie sent again shows nothing.</summary>
    private static readonly ConcurrentDictionary<string, DateTime> Getoond = new(StringComparer.Ordinal);

    public static RouteGroupBuilder MapSleutels(this RouteGroupBuilder beheer)
    {
        var paginas = beheer.Paginas();
        paginas.MapGet("/sleutels", LijstAsync);
        paginas.MapPost("/sleutels", MaakAsync);
        paginas.MapGet("/sleutels/gemaakt", GemaaktAsync);
        paginas.MapPost("/sleutels/{kenmerk}/intrekken", TrekInAsync);
        return beheer;
    }

    /// <summary>Whether the account may open the page (and sees it in the navigation): it may make some kind of key.</summary>
    public static bool Mag(Account account) => ApiSleutels.Rollen(AccountGebruikers.Van(account)).Count > 0;

    private static async Task<IResult> LijstAsync(HttpContext http, IAntiforgery af, ApiSleutels sleutels, IDbContextFactory<SociaalNetwerkDbContext> databank)
    {
        var (account, anders) = await PortaalToegang.VereisAsync(http, Mag);
        return anders ?? await PaginaAsync(http, af, sleutels, databank, account!, null, [], new Dictionary<string, string>(), StatusCodes.Status200OK);
    }

    private static async Task<IResult> MaakAsync(HttpContext http, IAntiforgery af, ApiSleutels sleutels, IDbContextFactory<SociaalNetwerkDbContext> databank)
    {
        var (account, anders) = await PortaalToegang.VereisPostAsync(http, af, Mag);
        if (anders is not null)
        {
            return anders;
        }

        var opmaak = http.RequestServices.GetRequiredService<BeheerOpmaak>();
        var gebruikers = AccountGebruikers.Van(account!);
        var formulier = await http.Request.ReadFormAsync(http.RequestAborted);
        var ingevuld = new Dictionary<string, string>
        {
            ["omschrijving"] = formulier["omschrijving"].ToString().Trim(),
            ["rol"] = formulier["rol"].ToString(),
            ["organisatie"] = formulier["organisatie"].ToString(),
            ["traject"] = formulier["traject"].ToString(),
            [FormulierVeld] = formulier[FormulierVeld].ToString() is { Length: <= 64 } vorm ? vorm : string.Empty,
        };
        List<Veldfout> fouten = [];
        if (ingevuld["omschrijving"].Length == 0 || ingevuld["omschrijving"].Length > MaxOmschrijvingLengte)
        {
            fouten.Add(PortaalToegang.Fout("omschrijving", "REQUIRED", opmaak["Sleutels.Fout.Omschrijving", MaxOmschrijvingLengte]));
        }

        // The roles the account may make. With one (a redacteur, a trajectteam) the form has no role field; a role sent
        // by hand that is not the account's is refused, and the scope is still checked for its own role.
        var mogelijk = ApiSleutels.Rollen(gebruikers);
        Rol? rol = null;
        if (LeesRol(ingevuld["rol"]) is { } gekozen)
        {
            if (mogelijk.Contains(gekozen))
            {
                rol = gekozen;
            }
            else
            {
                fouten.Add(PortaalToegang.Fout("rol", "FORBIDDEN", opmaak["Sleutels.Fout.Rol"]));
            }
        }
        else if (ingevuld["rol"].Length == 0 && mogelijk.Count == 1)
        {
            rol = mogelijk[0];
        }
        else
        {
            fouten.Add(PortaalToegang.Fout("rol", "REQUIRED", opmaak["Accounts.Fout.Rol"]));
        }

        var voor = rol ?? (mogelijk.Count == 1 ? mogelijk[0] : null);
        int? organisatieId = null, trajectId = null;
        await using (var db = await databank.CreateDbContextAsync(http.RequestAborted))
        {
            if (voor == Rol.Redacteur)
            {
                organisatieId = AccountsEndpoints.Nummer(ingevuld["organisatie"]);
                if (organisatieId is not { } o || !await db.Organisaties.AnyAsync(x => x.Id == o, http.RequestAborted))
                {
                    fouten.Add(PortaalToegang.Fout("organisatie", "REQUIRED", opmaak["Accounts.Fout.Organisatie"]));
                }
                else if (!ApiSleutels.MagBeheren(gebruikers, Rol.Redacteur, o, null))
                {
                    // Only the own organisations are in the list; another one sent by hand is refused like a missing one.
                    fouten.Add(PortaalToegang.Fout("organisatie", "FORBIDDEN", opmaak["Sleutels.Fout.Organisatie"]));
                }
            }
            else if (voor == Rol.Trajectteam)
            {
                trajectId = AccountsEndpoints.Nummer(ingevuld["traject"]);
                if (trajectId is not { } t || !await db.Participatietrajecten.AnyAsync(x => x.Id == t, http.RequestAborted))
                {
                    fouten.Add(PortaalToegang.Fout("traject", "REQUIRED", opmaak["Accounts.Fout.Traject"]));
                }
                else if (!ApiSleutels.MagBeheren(gebruikers, Rol.Trajectteam, null, t))
                {
                    // Only the own trajecten are in the list; another one sent by hand is refused.
                    fouten.Add(PortaalToegang.Fout("traject", "FORBIDDEN", opmaak["Sleutels.Fout.Traject"]));
                }
            }
        }

        if (fouten.Count > 0)
        {
            return await PaginaAsync(http, af, sleutels, databank, account!, null, fouten, ingevuld, StatusCodes.Status400BadRequest);
        }

        // Recorded in the audit log as the role that may make it (beheerder, redacteur of the organisation, team of the traject).
        var door = gebruikers.First(g => ApiSleutels.MagBeheren([g], rol!.Value, organisatieId, trajectId));

        // Once per form (EenmaalPerFormulier): a second post of the same form (a double click, whose first answer the
        // browser drops) makes no second key and gets the same protected cookie, so its page shows the one key made.
        var gemaakt = await EenmaalPerFormulier.VoegToeAsync(http, "account:" + account!.Id.ToString(CultureInfo.InvariantCulture), ingevuld[FormulierVeld], async () =>
        {
            // Not cancelled with the request: a browser cancels the first post of a double click, and the second waits for it.
            var (sleutel, gegevens) = await sleutels.MaakAsync(rol!.Value, organisatieId, trajectId, ingevuld["omschrijving"], door, CancellationToken.None);
            var inhoud = string.Join('\n', account.Id.ToString(CultureInfo.InvariantCulture), gegevens.Kenmerk, sleutel);
            return Beschermer(http).Protect(inhoud, GemaaktGeldig);
        });
        http.Response.Cookies.Append(GemaaktKoekje, gemaakt!, KoekjeOpties(http));
        return Results.Redirect(BeheerEndpoints.Link(http, GemaaktPad));
    }

    /// <summary>
    /// The key made by the POST before, shown this once: from the cookie, which is removed; the kenmerk is remembered
    /// as shown. Without it (a reload, the back button, another account's cookie, too late) the page says the key was
    /// already shown and makes nothing.
    /// </summary>
    private static async Task<IResult> GemaaktAsync(HttpContext http, IAntiforgery af)
    {
        var (account, anders) = await PortaalToegang.VereisAsync(http, Mag);
        if (anders is not null)
        {
            return anders;
        }

        string? sleutel = null, kenmerk = null;
        if (http.Request.Cookies[GemaaktKoekje] is { } beschermd)
        {
            http.Response.Cookies.Delete(GemaaktKoekje, KoekjeOpties(http));
            try
            {
                var delen = Beschermer(http).Unprotect(beschermd, out _).Split('\n');
                var nu = DateTime.UtcNow;
                foreach (var (oud, sinds) in Getoond)
                {
                    if (nu - sinds > GemaaktGeldig)
                    {
                        Getoond.TryRemove(oud, out _);
                    }
                }

                if (delen.Length == 3 && delen[0] == account!.Id.ToString(CultureInfo.InvariantCulture) && Getoond.TryAdd(delen[1], nu))
                {
                    (kenmerk, sleutel) = (delen[1], delen[2]);
                }
            }
            catch (CryptographicException)
            {
                // Expired, altered or from another key ring: shown as "already shown".
            }
        }

        return BeheerEndpoints.Formulier<SleutelGemaaktPagina>(http, af, new { Sleutel = sleutel, Kenmerk = kenmerk });
    }

    private static ITimeLimitedDataProtector Beschermer(HttpContext http) =>
        http.RequestServices.GetRequiredService<IDataProtectionProvider>().CreateProtector(Doel).ToTimeLimitedDataProtector();

    /// <summary>Only for the page that shows the key, only over HTTP(S) requests, only from this site, gone after minutes.</summary>
    private static CookieOptions KoekjeOpties(HttpContext http) => new()
    {
        Path = http.Request.PathBase + GemaaktPad,
        HttpOnly = true,
        Secure = http.Request.IsHttps,
        SameSite = SameSiteMode.Strict,
        MaxAge = GemaaktGeldig,
        IsEssential = true,
    };

    private static async Task<IResult> TrekInAsync(HttpContext http, IAntiforgery af, string kenmerk, ApiSleutels sleutels, IDbContextFactory<SociaalNetwerkDbContext> databank)
    {
        var (account, anders) = await PortaalToegang.VereisPostAsync(http, af, Mag);
        if (anders is not null)
        {
            return anders;
        }

        // Someone else's key answers like an unknown one: nothing about it leaks.
        var opmaak = http.RequestServices.GetRequiredService<BeheerOpmaak>();
        return await sleutels.TrekInAsync(kenmerk, AccountGebruikers.Van(account!), http.RequestAborted)
            ? await PaginaAsync(http, af, sleutels, databank, account!, opmaak["Sleutels.Ingetrokken", kenmerk], [], new Dictionary<string, string>(), StatusCodes.Status200OK)
            : PortaalToegang.NietGevonden(http);
    }

    private static async Task<IResult> PaginaAsync(
        HttpContext http, IAntiforgery af, ApiSleutels sleutels, IDbContextFactory<SociaalNetwerkDbContext> databank, Account ik, string? melding, IReadOnlyList<Veldfout> fouten, IReadOnlyDictionary<string, string> ingevuld, int status)
    {
        var opmaak = http.RequestServices.GetRequiredService<BeheerOpmaak>();
        if (ingevuld.GetValueOrDefault(FormulierVeld) is not { Length: > 0 })
        {
            // A new form: a new one-time key (a form sent back with its errors keeps its own).
            ingevuld = new Dictionary<string, string>(ingevuld) { [FormulierVeld] = EenmaalPerFormulier.NieuweSleutel() };
        }

        var gebruikers = AccountGebruikers.Van(ik);
        var beheerder = PortaalToegang.IsBeheerder(ik);
        var rollen = ApiSleutels.Rollen(gebruikers);
        var bereik = ApiSleutels.Bereik.Van(gebruikers);
        List<int> eigenOrganisaties = [.. bereik.Organisaties], eigenTrajecten = [.. bereik.Trajecten];
        await using var db = await databank.CreateDbContextAsync(http.RequestAborted);

        // The form offers only what the account may make keys for, as the list shows only those keys.
        var organisaties = rollen.Contains(Rol.Redacteur)
            ? await db.Organisaties.AsNoTracking().Where(o => bereik.Alles || eigenOrganisaties.Contains(o.Id)).OrderBy(o => o.ZoekNaam)
                .Select(o => new KeyValuePair<int, string>(o.Id, o.Naam)).ToListAsync(http.RequestAborted)
            : [];
        var trajecten = rollen.Contains(Rol.Trajectteam)
            ? await db.Participatietrajecten.AsNoTracking().Where(t => bereik.Alles || eigenTrajecten.Contains(t.Id)).OrderBy(t => t.Naam)
                .Select(t => new KeyValuePair<int, string>(t.Id, t.Naam)).ToListAsync(http.RequestAborted)
            : [];
        var organisatieNamen = await db.Organisaties.AsNoTracking().Select(o => new { o.Id, o.Naam }).ToDictionaryAsync(o => o.Id, o => o.Naam, http.RequestAborted);
        var trajectNamen = await db.Participatietrajecten.AsNoTracking().Select(t => new { t.Id, t.Naam }).ToDictionaryAsync(t => t.Id, t => t.Naam, http.RequestAborted);
        var rijen = (await sleutels.LijstVoorAsync(gebruikers, http.RequestAborted)).Select(s => new SleutelRij(
            s.Kenmerk,
            AccountsEndpoints.RolNaam(opmaak, s.Rol, s.OrganisatieId is { } o ? organisatieNamen.GetValueOrDefault(o, "?") : null, s.ParticipatietrajectId is { } t ? trajectNamen.GetValueOrDefault(t, "?") : null),
            s.Omschrijving,
            s.AangemaaktOp.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            s.IngetrokkenOp?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))).ToList();
        return BeheerEndpoints.Formulier<SleutelsPagina>(http, af, new
        {
            Sleutels = rijen,
            Beheerder = beheerder,
            Rollen = rollen,
            Organisaties = organisaties,
            Trajecten = trajecten,
            Melding = melding,
            Fouten = fouten,
            Ingevuld = ingevuld,
        }, status);
    }

    /// <summary>A role by its name only (not <c>2</c>, not <c>redacteur</c>), as the form's select sends it; null otherwise.</summary>
    private static Rol? LeesRol(string waarde) =>
        Enum.TryParse<Rol>(waarde, ignoreCase: false, out var r) && Enum.IsDefined(r) && !int.TryParse(waarde, out _) ? r : null;
}

/// <summary>One key in the list, without its secret.</summary>
public sealed record SleutelRij(string Kenmerk, string Rol, string Omschrijving, string AangemaaktOp, string? IngetrokkenOp);
