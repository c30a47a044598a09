using SociaalNetwerk.Schema.Wijzigingen;
using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SociaalNetwerk.GraphApi.Paginas;
using SociaalNetwerk.Schema.Accounts;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.Redactie;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.GraphApi.Beheer;

/// <summary>
/// The partner portal's account pages at <c>/beheer</c> (issue 11): sign in and out, accept an invitation, reset a
/// password, and a first home page. Server-rendered Razor components with plain HTML forms (no JavaScript), antiforgery
/// on every POST, the pages' strict CSP. Signed-in state is Identity's cookie, limited to the path <c>/beheer</c> below
/// the path base (<see cref="PadKoekje"/>) and read only here: the GraphQL endpoint never authenticates it (no default
/// scheme, no authentication middleware).
/// </summary>
public static class BeheerEndpoints
{
    public const string Pad = "/beheer";

    /// <summary>How many of the audit log's newest entries the start page shows.</summary>
    public const int RecenteWijzigingen = 5;
    public const string InloggenPad = "/beheer/inloggen";
    public const string UitloggenPad = "/beheer/uitloggen";
    public const string UitnodigingPad = "/beheer/uitnodiging";
    public const string VergetenPad = "/beheer/wachtwoord-vergeten";
    public const string HerstellenPad = "/beheer/wachtwoord-herstellen";
    public const string TweestapsPad = "/beheer/tweestaps";
    public const string CodePad = "/beheer/inloggen/code";

    /// <summary>The name of the portal's session cookie.</summary>
    public const string Cookie = "sn_beheer";

    private const string InlogLimiet = "beheer-inloggen";

    /// <summary>The stable codes of the portal's refusals, shown on the page as "Foutcode: …".</summary>
    public const string FormulierGeweigerd = "ANTIFORGERY_INVALID";

    public const string LinkOngeldig = "LINK_INVALID";

    public const string TeVeelPogingen = "TOO_MANY_ATTEMPTS";

    public const string InloggenMislukt = "SIGN_IN_FAILED";

    public const string WachtwoordOngeldig = "PASSWORD_INVALID";

    public const string CodeOngeldig = "CODE_INVALID";

    public const string EmailOngeldig = "EMAIL_INVALID";

    public const string VeldLeeg = "REQUIRED";

    public static IServiceCollection AddBeheer(this IServiceCollection services, IConfiguration configuratie, IHostEnvironment omgeving)
    {
        var datamap = Datamap.Pad(configuratie, omgeving);
        // Keys in the database, one application name: cookies, antiforgery tokens and the CLI's invitation links work on
        // every instance on the database and survive a restart.
        var dataProtection = services.AddDataProtection().SetApplicationName("SociaalNetwerk").PersistKeysToDbContext<SociaalNetwerkDbContext>();
        if (Exploitatie.SleutelCertificaat.Laad(configuratie, omgeving.ContentRootPath) is { } certificaat)
        {
            // Encrypted at rest: written with the certificate's public key, read with its private key (this instance, no store).
            dataProtection.ProtectKeysWithCertificate(certificaat).UnprotectKeysWithAnyCertificate(certificaat);
        }

        services.AddOptions<MailOpties>().BindConfiguration(MailOpties.Sectie).PostConfigure(o => o.Map ??= Path.Combine(datamap, "mail"));
        services.AddSingleton<MailVerzender>();
        services.AddSingleton<HerstelMails>();
        services.AddHostedService(sp => sp.GetRequiredService<HerstelMails>());
        services.AddScoped<BeheerOpmaak>();
        services.AddAccounts().AddSignInManager();
        services.AddAuthentication().AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = Cookie;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.SlidingExpiration = true;
            o.LoginPath = InloggenPad;
        });
        // Sessions on the server (PortaalSessies): signing out ends the session for every copy of the cookie, and a
        // session ends after Beheer:SessieInactiefNa without use (8 hours) and at the latest Beheer:SessieMaximaleDuur
        // (12 hours) after sign-in however often it is used.
        services.AddOptions<PortaalSessieOpties>().BindConfiguration(PortaalSessieOpties.Sectie);
        services.AddSingleton<PortaalSessies>();
        services.AddOptions<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<PortaalSessies, IOptions<PortaalSessieOpties>>((o, sessies, sessie) =>
            {
                o.SessionStore = sessies;
                o.ExpireTimeSpan = sessie.Value.SessieInactiefNa;
            });
        // The cookie between password and code (two-factor) is also the portal's only.
        services.Configure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, o =>
        {
            o.Cookie.Name = Cookie + "_2fa";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "sn_beheer_af";
            o.FormFieldName = "__sn_formulier";
        });
        // A form's token names the account whose page made it, so input posted after the session ended can be kept for it.
        services.Replace(ServiceDescriptor.Singleton<IAntiforgeryAdditionalDataProvider, FormulierAccount>());
        // The three cookies' path is /beheer below the request's path base (/sociaalnetwerk/beheer behind a proxy at
        // /sociaalnetwerk): set per request, after every other configuration of their options.
        services.AddOptions<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .PostConfigure<IHttpContextAccessor>((o, context) => o.Cookie = PadKoekje.Van(o.Cookie, Pad, context));
        services.AddOptions<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme)
            .PostConfigure<IHttpContextAccessor>((o, context) => o.Cookie = PadKoekje.Van(o.Cookie, Pad, context));
        services.AddOptions<AntiforgeryOptions>()
            .PostConfigure<IHttpContextAccessor>((o, context) => o.Cookie = PadKoekje.Van(o.Cookie, Pad, context));
        var perMinuut = configuratie.GetValue("Beheer:InlogPogingenPerMinuut", 10);
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(InlogLimiet, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "onbekend",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, perMinuut), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.OnRejected = async (context, afgebroken) =>
            {
                var http = context.HttpContext;
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                http.Response.Headers.RetryAfter = "60";
                await Melding(http, "Titel.TeVeel", "TeVeel.Tekst", StatusCodes.Status429TooManyRequests, TeVeelPogingen).ExecuteAsync(http);
            };
        });

        // The key ring is loaded at its first use, not by Data Protection's hosted service at the start: that loads the XML
        // stack the keys are stored in, which a server that only answers the widgets never needs. Removed here, after
        // every registration that adds it again (antiforgery, Identity, Razor Components). The start and
        // SleutelringBewaking write the keys ahead of their use, outside any transaction (Schema/Data/Sleutelring.cs).
        foreach (var dienst in services.Where(d => d.ServiceType == typeof(IHostedService)
            && d.ImplementationType?.FullName == "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService").ToList())
        {
            services.Remove(dienst);
        }

        services.AddHostedService<SleutelringBewaking>();
        return services;
    }

    public static WebApplication UseBeheer(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }

    public static IEndpointRouteBuilder MapBeheer(this IEndpointRouteBuilder app)
    {
        var beheer = app.MapGroup(Pad).AddEndpointFilter(ZetKoppen).ExcludeFromDescription();
        beheer.MapGet(string.Empty, StartAsync);
        beheer.MapGet("/inloggen", (HttpContext http, IAntiforgery af) =>
            Formulier<InloggenPagina>(http, af, new { Terug = Terug(http.Request.Query["terug"]), Verlopen = VerlopenMelding(http) }));
        beheer.MapPost("/inloggen", InloggenAsync).RequireRateLimiting(InlogLimiet);
        beheer.MapPost("/uitloggen", UitloggenAsync);
        beheer.MapGet("/uitnodiging/{code}", UitnodigingAsync);
        beheer.MapPost("/uitnodiging/{code}", AccepteerAsync);
        beheer.MapGet("/wachtwoord-vergeten", (HttpContext http, IAntiforgery af) => Formulier<VergetenPagina>(http, af, new { }));
        beheer.MapPost("/wachtwoord-vergeten", VergetenAsync).RequireRateLimiting(InlogLimiet);
        beheer.MapGet("/wachtwoord-herstellen/{code}", (HttpContext http, IAntiforgery af, string code) => Formulier<HerstellenPagina>(http, af, new { Code = code }));
        beheer.MapPost("/wachtwoord-herstellen/{code}", HerstellenAsync);
        beheer.MapGet("/tweestaps", TweestapsAsync);
        beheer.MapPost("/tweestaps", TweestapsAanAsync);
        beheer.MapGet("/inloggen/code", CodeAsync);
        beheer.MapPost("/inloggen/code", MetCodeAsync).RequireRateLimiting(InlogLimiet);
        beheer.MapLocaties();
        beheer.MapAccounts();
        beheer.MapSleutels();
        beheer.MapOrganisaties();
        beheer.MapNetwerken();
        beheer.MapActiviteiten();
        beheer.MapWijzigingen();
        beheer.MapResultaten();
        beheer.MapUitvragen();
        beheer.MapInvoer();
        beheer.MapVragen();
        beheer.MapAfdrukken();
        return app;
    }

    /// <summary>The signed-in account with its roles, or null: no (valid) cookie, a changed security stamp (password reset, disabled), or a disabled account.</summary>
    public static async Task<Account?> AangemeldAsync(HttpContext http)
    {
        var resultaat = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (!resultaat.Succeeded || resultaat.Principal is not { } principal)
        {
            return null;
        }

        var gebruikers = http.RequestServices.GetRequiredService<UserManager<Account>>();
        if (!int.TryParse(gebruikers.GetUserId(principal), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || await http.RequestServices.GetRequiredService<AccountBeheer>().MetRollenAsync(id, http.RequestAborted) is not { } account
            || account.UitgeschakeldOp is not null
            || principal.FindFirstValue(gebruikers.Options.ClaimsIdentity.SecurityStampClaimType) != account.SecurityStamp)
        {
            return null;
        }

        http.Items[typeof(Account)] = account; // for the navigation in BeheerKader
        return account;
    }

    private static async Task<IResult> StartAsync(HttpContext http, IAntiforgery af, IDbContextFactory<SociaalNetwerkDbContext> databank)
    {
        if (await AangemeldAsync(http) is not { } account)
        {
            return NaarInloggen(http);
        }

        if (MoetTweestapsInstellen(account))
        {
            return Results.Redirect(Link(http, TweestapsPad));
        }

        var opmaak = http.RequestServices.GetRequiredService<BeheerOpmaak>();
        await using var db = await databank.CreateDbContextAsync(http.RequestAborted);
        var organisaties = account.Rollen.Where(r => r.OrganisatieId is not null).Select(r => r.OrganisatieId!.Value).ToList();
        var trajecten = account.Rollen.Where(r => r.ParticipatietrajectId is not null).Select(r => r.ParticipatietrajectId!.Value).ToList();
        var organisatieNamen = await db.Organisaties.AsNoTracking().Where(o => organisaties.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Naam, http.RequestAborted);
        var trajectNamen = await db.Participatietrajecten.AsNoTracking().Where(t => trajecten.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Naam, http.RequestAborted);
        var rollen = AccountGebruikers.Van(account).Select(g => g.Rol switch
        {
            Rol.Beheerder => opmaak["Rol.Beheerder"],
            Rol.Redacteur => opmaak["Rol.Redacteur", organisatieNamen.GetValueOrDefault(g.OrganisatieId ?? 0, "?")],
            _ => opmaak["Rol.Trajectteam", trajectNamen.GetValueOrDefault(g.ParticipatietrajectId ?? 0, "?")],
        }).ToList();
        var overzicht = await ActiviteitenEndpoints.OverzichtAsync(http, account, db);
        var gebruikers = AccountGebruikers.Van(account);
        var wijzigingen = WijzigingenLezer.MagLezen(gebruikers)
            ? await http.RequestServices.GetRequiredService<WijzigingenLezer>().RecentAsync(gebruikers, RecenteWijzigingen, http.RequestAborted)
            : null;
        return Formulier<StartPagina>(http, af, new { Email = account.Email ?? string.Empty, Rollen = rollen, Tweestaps = account.TwoFactorEnabled, Activiteiten = overzicht, Wijzigingen = wijzigingen });
    }

    private static async Task<IResult> InloggenAsync(HttpContext http, IAntiforgery af, SignInManager<Account> aanmelden, AccountBeheer accounts)
    {
        if (await Geweigerd(http, af) is { } weigering)
        {
            return weigering;
        }

        var formulier = await http.Request.ReadFormAsync(http.RequestAborted);
        var email = formulier["email"].ToString().Trim();
        var wachtwoord = formulier["wachtwoord"].ToString();
        var terug = Terug(formulier["terug"]);
        var opmaak = http.RequestServices.GetRequiredService<BeheerOpmaak>();

        // An empty or invalid field: said at the field, in the portal's language, and no attempt (it tells nothing
        // about accounts: no account has an address that is not one).
        List<Veldfout> fouten = [];
        if (!AccountBeheer.IsEmailadres(email))
        {
            fouten.Add(EmailFout(opmaak, email));
        }

        if (wachtwoord.Length == 0)
        {
            fouten.Add(PortaalToegang.Fout("wachtwoord", VeldLeeg, opmaak["Fout.WachtwoordLeeg"]));
        }

        if (fouten.Count > 0)
        {
            return Formulier<InloggenPagina>(http, af, new { Email = email, Terug = terug, Fouten = fouten, Foutcode = fouten[0].Code }, StatusCodes.Status400BadRequest);
        }

        var account = await accounts.ZoekAsync(email);
        if (account is null)
        {
            // As much work as for a real account, so the answer's timing tells nothing either.
            aanmelden.UserManager.PasswordHasher.HashPassword(new Account(), wachtwoord);
        }
        else
        {
            var resultaat = await aanmelden.PasswordSignInAsync(account, wachtwoord, isPersistent: false, lockoutOnFailure: true);
            if (resultaat.Succeeded)
            {
                return NaarTerug(http, terug);
            }

            if (resultaat.RequiresTwoFactor)
            {
                var volgende = Link(http, CodePad);
                return Results.Redirect(terug is null ? volgende : volgende + (volgende.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "terug=" + Uri.EscapeDataString(terug));
            }

            if (resultaat.IsLockedOut || resultaat.IsNotAllowed)
            {
                // Identity answers these before it checks the password: hash once, so the timing tells nothing.
                aanmelden.UserManager.PasswordHasher.HashPassword(account, wachtwoord);
            }
        }

        // One answer for an unknown address, a wrong password, a locked, disabled or not yet activated account.
        var melding = opmaak["Inloggen.Mislukt", AccountsServiceCollectionExtensions.MaximaalMislukt, (int)AccountsServiceCollectionExtensions.Blokkade.TotalMinutes];
        return InlogPagina(http, af, email, terug, melding);
    }

    private static async Task<IResult> UitloggenAsync(HttpContext http, IAntiforgery af, UserManager<Account> gebruikers, SociaalNetwerkDbContext db)
    {
        if (await Geweigerd(http, af) is { } weigering)
        {
            return weigering;
        }

        // "Overal uitloggen": every session row of the account goes, and a new security stamp refuses any session that
        // would remain. Signing out removes this session's row (PortaalSessies), so a copy of the cookie opens nothing.
        var formulier = await http.Request.ReadFormAsync(http.RequestAborted);
        if (formulier["overal"] == "1" && await AangemeldAsync(http) is { } aangemeld
            && await gebruikers.FindByIdAsync(aangemeld.Id.ToString(CultureInfo.InvariantCulture)) is { } account)
        {
            await gebruikers.UpdateSecurityStampAsync(account);
            await PortaalSessies.BeeindigAlleAsync(db, account.Id, http.RequestAborted);
        }

        await http.SignOutAsync(IdentityConstants.ApplicationScheme);
        return Results.Redirect(Link(http, InloggenPad));
    }

    private static async Task<IResult> UitnodigingAsync(HttpContext http, IAntiforgery af, string code, AccountBeheer accounts) =>
        await accounts.UitnodigingAsync(code) is { } account
            ? Formulier<UitnodigingPagina>(http, af, new { Code = code, Email = account.Email ?? string.Empty })
            : Melding(http, "Titel.LinkOngeldig", "Uitnodiging.Ongeldig", StatusCodes.Status400BadRequest, LinkOngeldig);

    private static async Task<IResult> AccepteerAsync(HttpContext http, IAntiforgery af, string code, AccountBeheer accounts, SignInManager<Account> aanmelden)
    {
        if (await Geweigerd(http, af) is { } weigering)
        {
            return weigering;
        }

        if (await accounts.UitnodigingAsync(code) is not { } account)
        {
            // The form sent again after it worked (a double click, back and "again"): the browser is signed in with
            // the password it just set, so on to the portal instead of "this link does not work".
            return await AangemeldAsync(http) is not null
                ? Results.Redirect(Link(http, Pad))
                : Melding(http, "Titel.LinkOngeldig", "Uitnodiging.Ongeldig", StatusCodes.Status400BadRequest, LinkOngeldig);
        }

        var (wachtwoord, fouten) = await NieuwWachtwoordAsync(http);
        if (fouten.Count == 0)
        {
            var resultaat = await accounts.AccepteerAsync(code, wachtwoord);
            if (resultaat is null)
            {
                return Melding(http, "Titel.LinkOngeldig", "Uitnodiging.Ongeldig", StatusCodes.Status400BadRequest, LinkOngeldig);
            }

            if (resultaat.Succeeded)
            {
                await aanmelden.SignInAsync((await accounts.ZoekAsync(account.Email!))!, isPersistent: false);
                return Results.Redirect(Link(http, Pad));
            }

            fouten = Fouten(http, resultaat);
        }

        return Formulier<UitnodigingPagina>(http, af, new { Code = code, Email = account.Email ?? string.Empty, Fouten = fouten, Foutcode = WachtwoordOngeldig }, StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> VergetenAsync(HttpContext http, IAntiforgery af, HerstelMails herstelMails, PubliekAdres publiek)
    {
        if (await Geweigerd(http, af) is { } weigering)
        {
            return weigering;
        }

        var formulier = await http.Request.ReadFormAsync(http.RequestAborted);
        var email = formulier["email"].ToString().Trim();
        var opmaak = http.RequestServices.GetRequiredService<BeheerOpmaak>();
        if (!AccountBeheer.IsEmailadres(email))
        {
            // Says nothing about accounts: only that what was typed is no e-mail address.
            List<Veldfout> fouten = [EmailFout(opmaak, email)];
            return Formulier<VergetenPagina>(http, af, new { Email = email, Fouten = fouten, Foutcode = fouten[0].Code }, StatusCodes.Status400BadRequest);
        }

        // The same work for every address: the request goes to the background (HerstelMails), which finds out whether
        // the address has an account, counts its mails and sends one; the answer never waits for the mail server.
        herstelMails.Plaats(new HerstelVerzoek(email, opmaak.Taal, publiek.Absoluut(HerstellenPad + "/").AbsoluteUri, TaalQuery(http)));
        return Melding(http, "Titel.Vergeten", "Vergeten.Verstuurd", StatusCodes.Status200OK);
    }

    private static async Task<IResult> HerstellenAsync(HttpContext http, IAntiforgery af, string code, AccountBeheer accounts)
    {
        if (await Geweigerd(http, af) is { } weigering)
        {
            return weigering;
        }

        var (wachtwoord, fouten) = await NieuwWachtwoordAsync(http);
        if (fouten.Count == 0)
        {
            var resultaat = await accounts.HerstelAsync(code, wachtwoord);
            if (resultaat is null)
            {
                return Melding(http, "Titel.LinkOngeldig", "Herstel.Ongeldig", StatusCodes.Status400BadRequest, LinkOngeldig);
            }

            if (resultaat.Succeeded)
            {
                return Melding(http, "Titel.Herstellen", "Herstellen.Klaar", StatusCodes.Status200OK);
            }

            fouten = Fouten(http, resultaat);
        }

        return Formulier<HerstellenPagina>(http, af, new { Code = code, Fouten = fouten, Foutcode = WachtwoordOngeldig }, StatusCodes.Status400BadRequest);
    }

    /// <summary>
    /// Every role that can read personal data must have two-factor authentication on before anything else in the
    /// portal: a beheerder (everything) and a trajectteam (the reacties of its trajecten, with contact details, and
    /// their paper entry). A redacteur works with what its organisation publishes and may choose.
    /// </summary>
    public static bool MoetTweestapsInstellen(Account account) =>
        !account.TwoFactorEnabled && account.Rollen.Any(r => r.Rol is Rol.Beheerder or Rol.Trajectteam);

    private static async Task<IResult> TweestapsAsync(HttpContext http, IAntiforgery af, UserManager<Account> gebruikers, SignInManager<Account> aanmelden)
    {
        if (await AangemeldAsync(http) is not { } aangemeld)
        {
            return NaarInloggen(http);
        }

        if (aangemeld.TwoFactorEnabled)
        {
            return Formulier<TweestapsPagina>(http, af, new { Aan = true });
        }

        var account = (await gebruikers.FindByIdAsync(aangemeld.Id.ToString(CultureInfo.InvariantCulture)))!;
        var sleutel = await gebruikers.GetAuthenticatorKeyAsync(account);
        if (string.IsNullOrEmpty(sleutel))
        {
            // A new key changes the security stamp: the session gets a fresh cookie.
            await gebruikers.ResetAuthenticatorKeyAsync(account);
            await aanmelden.RefreshSignInAsync(account);
            sleutel = (await gebruikers.GetAuthenticatorKeyAsync(account))!;
        }

        return TweestapsFormulier(http, af, aangemeld, sleutel, []);
    }

    private static async Task<IResult> TweestapsAanAsync(HttpContext http, IAntiforgery af, UserManager<Account> gebruikers, SignInManager<Account> aanmelden)
    {
        if (await Geweigerd(http, af) is { } weigering)
        {
            return weigering;
        }

        if (await AangemeldAsync(http) is not { } aangemeld)
        {
            return NaarInloggen(http);
        }

        var account = (await gebruikers.FindByIdAsync(aangemeld.Id.ToString(CultureInfo.InvariantCulture)))!;
        var sleutel = await gebruikers.GetAuthenticatorKeyAsync(account);
        if (account.TwoFactorEnabled || string.IsNullOrEmpty(sleutel))
        {
            return Results.Redirect(Link(http, TweestapsPad));
        }

        var formulier = await http.Request.ReadFormAsync(http.RequestAborted);
        var code = Code(formulier["code"]);
        var opmaak = http.RequestServices.GetRequiredService<BeheerOpmaak>();
        if (code.Length == 0)
        {
            return TweestapsFormulier(http, af, aangemeld, sleutel, [PortaalToegang.Fout("code", VeldLeeg, opmaak["Fout.CodeLeeg"])]);
        }

        if (!await gebruikers.VerifyTwoFactorTokenAsync(account, gebruikers.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            return TweestapsFormulier(http, af, aangemeld, sleutel, [PortaalToegang.Fout("code", CodeOngeldig, opmaak["Tweestaps.CodeFout"])]);
        }

        await gebruikers.SetTwoFactorEnabledAsync(account, true);
        var herstelcodes = await gebruikers.GenerateNewTwoFactorRecoveryCodesAsync(account, 10);
        await aanmelden.RefreshSignInAsync(account);
        return Formulier<TweestapsPagina>(http, af, new { Aan = true, Herstelcodes = herstelcodes?.ToList() ?? [] });
    }

    private static IResult TweestapsFormulier(HttpContext http, IAntiforgery af, Account account, string sleutel, List<Veldfout> fouten)
    {
        var uitgever = Uri.EscapeDataString("Sociaal Netwerk");
        var uri = $"otpauth://totp/{uitgever}:{Uri.EscapeDataString(account.Email ?? string.Empty)}?secret={sleutel}&issuer={uitgever}&digits=6";
        var leesbaar = string.Join(' ', sleutel.ToLowerInvariant().Chunk(4).Select(c => new string(c)));
        return Formulier<TweestapsPagina>(http, af, new
        {
            Verplicht = MoetTweestapsInstellen(account),
            Beheerder = account.Rollen.Any(r => r.Rol == Rol.Beheerder),
            Sleutel = leesbaar,
            Uri = uri,
            Fouten = fouten,
            Foutcode = fouten.Count > 0 ? fouten[0].Code : null,
        }, fouten.Count > 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
    }

    private static async Task<IResult> CodeAsync(HttpContext http, IAntiforgery af, SignInManager<Account> aanmelden) =>
        await aanmelden.GetTwoFactorAuthenticationUserAsync() is null
            ? Results.Redirect(Link(http, InloggenPad))
            : Formulier<CodePagina>(http, af, new { Terug = Terug(http.Request.Query["terug"]) });

    private static async Task<IResult> MetCodeAsync(HttpContext http, IAntiforgery af, SignInManager<Account> aanmelden)
    {
        if (await Geweigerd(http, af) is { } weigering)
        {
            return weigering;
        }

        if (await aanmelden.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return Results.Redirect(Link(http, InloggenPad));
        }

        var formulier = await http.Request.ReadFormAsync(http.RequestAborted);
        var terug = Terug(formulier["terug"]);
        var code = Code(formulier["code"]);
        var opmaak = http.RequestServices.GetRequiredService<BeheerOpmaak>();
        if (code.Length == 0)
        {
            // Empty: said at the field, and no attempt that counts towards the lockout.
            List<Veldfout> fouten = [PortaalToegang.Fout("code", VeldLeeg, opmaak["Fout.CodeOfHerstelcodeLeeg"])];
            return Formulier<CodePagina>(http, af, new { Terug = terug, Fouten = fouten, Foutcode = VeldLeeg }, StatusCodes.Status400BadRequest);
        }

        var resultaat = code.Length == 6 && code.All(char.IsAsciiDigit)
            ? await aanmelden.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false)
            : await aanmelden.TwoFactorRecoveryCodeSignInAsync(code);
        if (resultaat.Succeeded)
        {
            return NaarTerug(http, terug);
        }

        var melding = opmaak["Inloggen.Mislukt", AccountsServiceCollectionExtensions.MaximaalMislukt, (int)AccountsServiceCollectionExtensions.Blokkade.TotalMinutes];
        return Formulier<CodePagina>(http, af, new { Terug = terug, Melding = melding, Foutcode = InloggenMislukt }, StatusCodes.Status400BadRequest);
    }

    /// <summary>A code as typed: without spaces and dashes of grouping, at most 64 characters.</summary>
    private static string Code(string? waarde)
    {
        var code = new string((waarde ?? string.Empty).Where(c => !char.IsWhiteSpace(c)).ToArray());
        return code.Length > 64 ? string.Empty : code;
    }

    /// <summary>The new password of a form with two fields; the messages when they differ or are too short.</summary>
    /// <remarks>Each message with the field it is about: two passwords that differ, at the repetition.</remarks>
    private static async Task<(string Wachtwoord, List<(string Veld, string Tekst)> Fouten)> NieuwWachtwoordAsync(HttpContext http)
    {
        var formulier = await http.Request.ReadFormAsync(http.RequestAborted);
        var wachtwoord = formulier["wachtwoord"].ToString();
        var opmaak = http.RequestServices.GetRequiredService<BeheerOpmaak>();
        List<(string Veld, string Tekst)> fouten = [];
        if (wachtwoord.Length < AccountsServiceCollectionExtensions.MinimaleWachtwoordLengte)
        {
            fouten.Add(("wachtwoord", opmaak["Wachtwoord.TeKort", AccountsServiceCollectionExtensions.MinimaleWachtwoordLengte]));
        }
        else if (formulier["herhaling"].ToString().Length == 0)
        {
            fouten.Add(("herhaling", opmaak["Fout.HerhalingLeeg"]));
        }
        else if (wachtwoord != formulier["herhaling"].ToString())
        {
            fouten.Add(("herhaling", opmaak["Wachtwoord.Verschillend"]));
        }

        return (wachtwoord, fouten);
    }

    private static List<(string Veld, string Tekst)> Fouten(HttpContext http, IdentityResult resultaat)
    {
        var opmaak = http.RequestServices.GetRequiredService<BeheerOpmaak>();
        return [.. resultaat.Errors.Select(e => ("wachtwoord", e.Code == nameof(IdentityErrorDescriber.PasswordTooShort)
            ? opmaak["Wachtwoord.TeKort", AccountsServiceCollectionExtensions.MinimaleWachtwoordLengte]
            : opmaak["Wachtwoord.Ongeldig"])).Distinct()];
    }

    /// <summary>The message for an e-mail field that is empty or holds no e-mail address.</summary>
    private static Veldfout EmailFout(BeheerOpmaak opmaak, string email) => email.Length == 0
        ? PortaalToegang.Fout("email", VeldLeeg, opmaak["Fout.EmailLeeg"])
        : PortaalToegang.Fout("email", EmailOngeldig, opmaak["Fout.EmailOngeldig"]);

    /// <summary>A POST without a valid antiforgery token: a clear 400 page, nothing done.</summary>
    internal static async Task<IResult?> Geweigerd(HttpContext http, IAntiforgery af)
    {
        bool geldig;
        try
        {
            geldig = http.Request.HasFormContentType && await af.IsRequestValidAsync(http);
        }
        catch (AntiforgeryValidationException)
        {
            // A form that cannot be read at all (a NUL character in a value): refused like a forged one, never a 500.
            geldig = false;
        }

        return geldig ? null : Melding(http, "Titel.Geweigerd", "Geweigerd.Tekst", StatusCodes.Status400BadRequest, FormulierGeweigerd);
    }

    private static IResult InlogPagina(HttpContext http, IAntiforgery af, string? email, string? terug, string? melding) =>
        Formulier<InloggenPagina>(http, af, new { Email = email, Terug = terug, Melding = melding, Foutcode = melding is null ? null : InloggenMislukt }, melding is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);

    /// <summary>A page with a form: the antiforgery token is made (and its cookie set) before the page is written.</summary>
    internal static IResult Formulier<TPagina>(HttpContext http, IAntiforgery af, object parameters, int status = StatusCodes.Status200OK)
        where TPagina : Microsoft.AspNetCore.Components.IComponent
    {
        // The portal never makes its cookie the request's user (only its endpoints read it), so tokens are made and
        // checked for the anonymous user; SignInManager sets HttpContext.User when it signs in, which would not match.
        http.User = new ClaimsPrincipal(new ClaimsIdentity());
        var tokens = af.GetAndStoreTokens(http);
        var waarden = new RouteValueDictionary(parameters) { ["Formulierveld"] = tokens.FormFieldName, ["Formuliertoken"] = tokens.RequestToken ?? string.Empty };
        if (status == StatusCodes.Status400BadRequest)
        {
            // A form answered with its errors: the title says so (BeheerKader).
            http.Items[BeheerKader.MetFouten] = true;
        }

        // The input of a form that was posted after the session ended, put back when this is its page (BewaardeInvoer).
        return BewaardeInvoer.TerugOp(http, new RazorComponentResult<TPagina>(waarden) { StatusCode = status });
    }

    internal static IResult Melding(HttpContext http, string titel, string tekst, int status, string? code = null) =>
        new RazorComponentResult<MeldingPagina>(new { Titel = titel, Tekst = tekst, Code = code }) { StatusCode = status };

    /// <summary>
    /// To the sign-in page, which returns here afterwards. A form posted without a session (it ended while the form was
    /// open) returns to the page the form was on (<see cref="PortaalToegang.FormulierPagina"/>: never an address that
    /// only takes a POST), its input kept for that page (<see cref="BewaardeInvoer"/>), and the sign-in page says so
    /// (<see cref="Verlopen"/>).
    /// </summary>
    internal static IResult NaarInloggen(HttpContext http)
    {
        var terug = http.Request.Path + http.Request.QueryString;
        var verlopen = string.Empty;
        if (HttpMethods.IsPost(http.Request.Method))
        {
            var pagina = PortaalToegang.FormulierPagina(http);
            terug = pagina + http.Request.QueryString;
            verlopen = "&" + Verlopen + "=" + (BewaardeInvoer.Bewaar(http, pagina) ? VerlopenBewaard : "1");
        }

        return Results.Redirect(Link(http, InloggenPad) + (http.Request.QueryString.HasValue && http.Request.Query.ContainsKey(PaginaTaal.Parameter) ? "&" : "?")
            + "terug=" + Uri.EscapeDataString(terug) + verlopen);
    }

    /// <summary>The sign-in page's parameter after a form posted without a session: <c>1</c>, or <see cref="VerlopenBewaard"/> with its input kept.</summary>
    public const string Verlopen = "verlopen";

    public const string VerlopenBewaard = "invoer";

    /// <summary>The sign-in page's message after a form posted without a session; null otherwise.</summary>
    private static string? VerlopenMelding(HttpContext http) => http.Request.Query[Verlopen].ToString() switch
    {
        VerlopenBewaard when BewaardeInvoer.IsBewaard(http) => http.RequestServices.GetRequiredService<BeheerOpmaak>()["Inloggen.VerlopenBewaard"],
        { Length: > 0 } => http.RequestServices.GetRequiredService<BeheerOpmaak>()["Inloggen.Verlopen"],
        _ => null,
    };

    /// <summary>After signing in: to <paramref name="terug"/> (a path below <c>/beheer</c>, see <see cref="Terug"/>) below the path base, or the start page.</summary>
    private static IResult NaarTerug(HttpContext http, string? terug) =>
        Results.Redirect(terug is null ? Link(http, Pad) : http.Request.PathBase + terug);

    /// <summary>A return address after signing in: only a local path below <c>/beheer</c>, never another site (<c>//evil</c>, <c>/\evil</c>).</summary>
    public static string? Terug(string? waarde) =>
        !string.IsNullOrEmpty(waarde) && waarde.Length <= 2000 && waarde.StartsWith(Pad, StringComparison.Ordinal)
            && (waarde.Length == Pad.Length || waarde[Pad.Length] is '/' or '?')
            && !waarde.Contains('\\', StringComparison.Ordinal) && !waarde.Contains("//", StringComparison.Ordinal)
            && !waarde.Any(char.IsControl)
            ? waarde
            : null;

    internal static string Link(HttpContext http, string pad) => http.Request.PathBase + pad + TaalQuery(http);

    private static string TaalQuery(HttpContext http) =>
        PaginaTaal.UitQuery(http.Request.Query) is { } taal ? "?" + PaginaTaal.Parameter + "=" + taal : string.Empty;

    /// <summary>Every portal page: the public pages' strict CSP, never framed, never cached, no referrer (links carry one-time codes).</summary>
    internal static async ValueTask<object?> ZetKoppen(EndpointFilterInvocationContext context, EndpointFilterDelegate volgende)
    {
        var headers = context.HttpContext.Response.Headers;
        headers.ContentSecurityPolicy = "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";
        headers.ContentLanguage = context.HttpContext.RequestServices.GetRequiredService<BeheerOpmaak>().Taal;
        headers.Append(Microsoft.Net.Http.Headers.HeaderNames.Vary, Microsoft.Net.Http.Headers.HeaderNames.AcceptLanguage);
        return await volgende(context);
    }
}
