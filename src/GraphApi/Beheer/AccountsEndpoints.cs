using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.GraphApi.Paginas;
using SociaalNetwerk.Schema.Accounts;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.Redactie;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.GraphApi.Beheer;

/// <summary>
/// <c>/beheer/accounts</c> (beheerder): the accounts with their roles and state; invite by e-mail with a role and scope
/// (the same <see cref="AccountBeheer"/> as <c>accounts invite</c>, the same mail, sent in the background by
/// <see cref="HerstelMails"/>); disable; take a role away. Inviting
/// an existing account gives it the role as well.
/// </summary>
public static class AccountsEndpoints
{
    public const string Pad = "/beheer/accounts";

    public static RouteGroupBuilder MapAccounts(this RouteGroupBuilder beheer)
    {
        var paginas = beheer.Paginas();
        paginas.MapGet("/accounts", LijstAsync);
        paginas.MapPost("/accounts", NodigUitAsync);
        paginas.MapPost("/accounts/{id:int}/uitschakelen", SchakelUitAsync);
        paginas.MapPost("/accounts/{id:int}/rollen/{rolId:int}/verwijderen", NeemRolAfAsync);
        return beheer;
    }

    private static async Task<IResult> LijstAsync(HttpContext http, IAntiforgery af, AccountBeheer accounts, IDbContextFactory<SociaalNetwerkDbContext> databank)
    {
        var (account, anders) = await PortaalToegang.VereisAsync(http, PortaalToegang.IsBeheerder);
        return anders ?? await PaginaAsync(http, af, accounts, databank, account!, null, [], new Dictionary<string, string>(), StatusCodes.Status200OK);
    }

    private static async Task<IResult> NodigUitAsync(HttpContext http, IAntiforgery af, AccountBeheer accounts, IDbContextFactory<SociaalNetwerkDbContext> databank, HerstelMails mails, PubliekAdres publiek)
    {
        var (account, anders) = await PortaalToegang.VereisPostAsync(http, af, PortaalToegang.IsBeheerder);
        if (anders is not null)
        {
            return anders;
        }

        var opmaak = http.RequestServices.GetRequiredService<BeheerOpmaak>();
        var formulier = await http.Request.ReadFormAsync(http.RequestAborted);
        var ingevuld = new Dictionary<string, string>
        {
            ["email"] = formulier["email"].ToString().Trim(),
            ["rol"] = formulier["rol"].ToString(),
            ["organisatie"] = formulier["organisatie"].ToString(),
            ["traject"] = formulier["traject"].ToString(),
        };
        List<Veldfout> fouten = [];
        var email = ingevuld["email"];
        if (!AccountBeheer.IsEmailadres(email))
        {
            fouten.Add(PortaalToegang.Fout("email", "INVALID_EMAIL", opmaak["Accounts.Fout.Email"]));
        }

        Rol? rol = Enum.TryParse<Rol>(ingevuld["rol"], ignoreCase: false, out var r) && Enum.IsDefined(r) && !int.TryParse(ingevuld["rol"], out _) ? r : null;
        int? organisatieId = null, trajectId = null;
        await using (var db = await databank.CreateDbContextAsync(http.RequestAborted))
        {
            if (rol is null)
            {
                fouten.Add(PortaalToegang.Fout("rol", "REQUIRED", opmaak["Accounts.Fout.Rol"]));
            }
            else if (rol == Rol.Redacteur)
            {
                organisatieId = Nummer(ingevuld["organisatie"]);
                if (organisatieId is not { } o || !await db.Organisaties.AnyAsync(x => x.Id == o, http.RequestAborted))
                {
                    fouten.Add(PortaalToegang.Fout("organisatie", "REQUIRED", opmaak["Accounts.Fout.Organisatie"]));
                }
            }
            else if (rol == Rol.Trajectteam)
            {
                trajectId = Nummer(ingevuld["traject"]);
                if (trajectId is not { } t || !await db.Participatietrajecten.AnyAsync(x => x.Id == t, http.RequestAborted))
                {
                    fouten.Add(PortaalToegang.Fout("traject", "REQUIRED", opmaak["Accounts.Fout.Traject"]));
                }
            }
        }

        if (fouten.Count == 0)
        {
            try
            {
                var (uitgenodigd, code) = await accounts.NodigUitAsync(email, rol!.Value, organisatieId, trajectId, AccountGebruikers.AlsBeheerder(account!), http.RequestAborted);
                if (code is null)
                {
                    return await PaginaAsync(http, af, accounts, databank, account!, opmaak["Accounts.RolErbij", uitgenodigd.Email!], [], new Dictionary<string, string>(), StatusCodes.Status200OK);
                }

                // The same mail as accounts invite sends, in the language of the one who invites; sent in the background
                // (HerstelMails' queue), so a mail server that is slow or down never holds up or breaks this page.
                var rolTekst = await RolTekstAsync(databank, opmaak, rol.Value, organisatieId, trajectId, http.RequestAborted);
                var link = publiek.Absoluut(BeheerEndpoints.UitnodigingPad + "/" + code).AbsoluteUri;
                var geplaatst = mails.Plaats(new UitnodigingsMail(uitgenodigd.Email!, opmaak["Mail.Uitnodiging.Onderwerp"], opmaak["Mail.Uitnodiging.Tekst", rolTekst, link], link));
                return await PaginaAsync(http, af, accounts, databank, account!, opmaak[geplaatst ? "Accounts.UitnodigingOnderweg" : "Accounts.UitnodigingNietInWachtrij", uitgenodigd.Email!], [], new Dictionary<string, string>(), StatusCodes.Status200OK);
            }
            catch (ArgumentException)
            {
                // A disabled account (the rest is checked above).
                fouten.Add(PortaalToegang.Fout("email", "ACCOUNT_DISABLED", opmaak["Accounts.Fout.Uitgeschakeld"]));
            }
        }

        return await PaginaAsync(http, af, accounts, databank, account!, null, fouten, ingevuld, StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> SchakelUitAsync(HttpContext http, IAntiforgery af, int id, AccountBeheer accounts, IDbContextFactory<SociaalNetwerkDbContext> databank)
    {
        var (account, anders) = await PortaalToegang.VereisPostAsync(http, af, PortaalToegang.IsBeheerder);
        if (anders is not null)
        {
            return anders;
        }

        var opmaak = http.RequestServices.GetRequiredService<BeheerOpmaak>();
        if (id == account!.Id)
        {
            return await PaginaAsync(http, af, accounts, databank, account, null, [PortaalToegang.Fout("accounts", "OWN_ACCOUNT", opmaak["Accounts.Fout.Zelf"])], new Dictionary<string, string>(), StatusCodes.Status400BadRequest);
        }

        var doel = await accounts.MetRollenAsync(id, http.RequestAborted);
        var gelukt = doel?.Email is { } email && await accounts.SchakelUitAsync(email, AccountGebruikers.AlsBeheerder(account), http.RequestAborted);
        return gelukt
            ? await PaginaAsync(http, af, accounts, databank, account, opmaak["Accounts.Uitgeschakeld", doel!.Email!], [], new Dictionary<string, string>(), StatusCodes.Status200OK)
            : PortaalToegang.NietGevonden(http);
    }

    private static async Task<IResult> NeemRolAfAsync(HttpContext http, IAntiforgery af, int id, int rolId, AccountBeheer accounts, IDbContextFactory<SociaalNetwerkDbContext> databank)
    {
        var (account, anders) = await PortaalToegang.VereisPostAsync(http, af, PortaalToegang.IsBeheerder);
        if (anders is not null)
        {
            return anders;
        }

        var opmaak = http.RequestServices.GetRequiredService<BeheerOpmaak>();
        if (id == account!.Id && account.Rollen.Any(r => r.Id == rolId && r.Rol == Rol.Beheerder))
        {
            // A beheerder cannot lock itself out of the portal.
            return await PaginaAsync(http, af, accounts, databank, account, null, [PortaalToegang.Fout("accounts", "OWN_ACCOUNT", opmaak["Accounts.Fout.Zelf"])], new Dictionary<string, string>(), StatusCodes.Status400BadRequest);
        }

        return await accounts.NeemRolAfAsync(id, rolId, AccountGebruikers.AlsBeheerder(account), http.RequestAborted)
            ? await PaginaAsync(http, af, accounts, databank, account, opmaak["Accounts.RolAf"], [], new Dictionary<string, string>(), StatusCodes.Status200OK)
            : PortaalToegang.NietGevonden(http);
    }

    private static async Task<IResult> PaginaAsync(
        HttpContext http, IAntiforgery af, AccountBeheer accounts, IDbContextFactory<SociaalNetwerkDbContext> databank, Account ik, string? melding, IReadOnlyList<Veldfout> fouten, IReadOnlyDictionary<string, string> ingevuld, int status)
    {
        var opmaak = http.RequestServices.GetRequiredService<BeheerOpmaak>();
        await using var db = await databank.CreateDbContextAsync(http.RequestAborted);
        var organisaties = await db.Organisaties.AsNoTracking().OrderBy(o => o.ZoekNaam).Select(o => new KeyValuePair<int, string>(o.Id, o.Naam)).ToListAsync(http.RequestAborted);
        var trajecten = await db.Participatietrajecten.AsNoTracking().OrderBy(t => t.Naam).Select(t => new KeyValuePair<int, string>(t.Id, t.Naam)).ToListAsync(http.RequestAborted);
        var organisatieNamen = organisaties.ToDictionary();
        var trajectNamen = trajecten.ToDictionary();
        var rijen = (await accounts.LijstAsync(http.RequestAborted)).Select(a => new AccountRij(
            a.Id,
            a.Email ?? string.Empty,
            a.UitgeschakeldOp is not null ? opmaak["Accounts.Status.Uit"] : a.PasswordHash is null ? opmaak["Accounts.Status.Uitgenodigd"] : opmaak["Accounts.Status.Actief"],
            a.UitgeschakeldOp is null,
            [.. a.Rollen.OrderBy(r => r.Rol).ThenBy(r => r.OrganisatieId).ThenBy(r => r.ParticipatietrajectId)
                .Select(r => new KeyValuePair<int, string>(r.Id, RolNaam(opmaak, r.Rol, r.OrganisatieId is { } o ? organisatieNamen.GetValueOrDefault(o, "?") : null, r.ParticipatietrajectId is { } t ? trajectNamen.GetValueOrDefault(t, "?") : null)))])).ToList();
        return BeheerEndpoints.Formulier<AccountsPagina>(http, af, new
        {
            Accounts = rijen,
            Organisaties = organisaties,
            Trajecten = trajecten,
            Melding = melding,
            Fouten = fouten,
            Ingevuld = ingevuld,
            Ik = ik.Id,
        }, status);
    }

    /// <summary>A role with its scope in words, as on the start page.</summary>
    public static string RolNaam(BeheerOpmaak opmaak, Rol rol, string? organisatie, string? traject) => rol switch
    {
        Rol.Beheerder => opmaak["Rol.Beheerder"],
        Rol.Redacteur => opmaak["Rol.Redacteur", organisatie ?? "?"],
        _ => opmaak["Rol.Trajectteam", traject ?? "?"],
    };

    private static async Task<string> RolTekstAsync(IDbContextFactory<SociaalNetwerkDbContext> databank, BeheerOpmaak opmaak, Rol rol, int? organisatieId, int? trajectId, CancellationToken cancellationToken)
    {
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        var organisatie = organisatieId is { } o ? await db.Organisaties.Where(x => x.Id == o).Select(x => x.Naam).FirstOrDefaultAsync(cancellationToken) : null;
        var traject = trajectId is { } t ? await db.Participatietrajecten.Where(x => x.Id == t).Select(x => x.Naam).FirstOrDefaultAsync(cancellationToken) : null;
        return RolNaam(opmaak, rol, organisatie, traject);
    }

    internal static int? Nummer(string waarde) =>
        int.TryParse(waarde, NumberStyles.None, CultureInfo.InvariantCulture, out var nummer) && nummer > 0 ? nummer : null;
}

/// <summary>One account in the list: its roles as (grant id, words).</summary>
public sealed record AccountRij(int Id, string Email, string Status, bool Actief, IReadOnlyList<KeyValuePair<int, string>> Rollen);
