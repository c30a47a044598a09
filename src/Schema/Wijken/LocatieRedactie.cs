using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Kenmerken;
using SociaalNetwerk.Schema.Redactie;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.Schema.Wijken;

/// <summary>
/// Adds and changes locations, the venues activities take place at. Any redacteur may add a location (a new club with
/// its own venue must be able to publish); a redacteur may change a location that an activity of its organisation uses,
/// or one that no activity uses yet (such as the one it just added); a beheerder may change every location. One address
/// (street and number with postcode) is one location: a second one is refused with the id of the first, so
/// organisations reuse it. Each change runs in one transaction through <see cref="Bewerker"/>.
/// </summary>
public sealed class LocatieRedactie(Bewerker bewerker, IDbContextFactory<SociaalNetwerkDbContext> databank)
{
    public const int MaxNaamLengte = 200;
    public const int MaxAdresLengte = 200;
    public const int MaxPlaatsLengte = 100;
    public const int MaxToelichtingLengte = 1000;

    /// <summary>Who may add locations: a beheerder or a redacteur.</summary>
    public static bool MagToevoegen(Gebruiker gebruiker) => gebruiker.IsBeheerder || gebruiker.Rol == Rol.Redacteur;

    public Task<WijzigResultaat<Locatie>> VoegToeAsync(LocatieInvoer invoer, Gebruiker gebruiker, CancellationToken cancellationToken) =>
        bewerker.VoegToeAsync(gebruiker, MagToevoegen(gebruiker), b =>
        {
            b.Controle.Verplicht("naam", invoer.Naam);
            b.Controle.Verplicht("adres", invoer.Adres);
            b.Controle.Verplicht("postcode", invoer.Postcode);
            return Task.FromResult(new Locatie { Naam = string.Empty, Adres = string.Empty, Postcode = string.Empty });
        }, (b, locatie) => PasToeAsync(b, locatie, invoer), cancellationToken);

    public Task<WijzigResultaat<Locatie>> WijzigAsync(string id, LocatieInvoer invoer, Gebruiker gebruiker, CancellationToken cancellationToken) =>
        bewerker.WijzigAsync(gebruiker, MagToevoegen(gebruiker), async b =>
        {
            var locatie = await b.LaadAsync<Locatie>(id);
            gebruiker.Vereis(await MagWijzigenAsync(b.Db, locatie.Id, gebruiker, cancellationToken));
            return locatie;
        }, (b, locatie) => PasToeAsync(b, locatie, invoer), cancellationToken);

    /// <summary>Whether <paramref name="gebruiker"/> may change the location (see the class); false for an unknown one.</summary>
    public async Task<bool> MagWijzigenAsync(int locatieId, Gebruiker gebruiker, CancellationToken cancellationToken)
    {
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        return await db.Locaties.AnyAsync(l => l.Id == locatieId, cancellationToken) && await MagWijzigenAsync(db, locatieId, gebruiker, cancellationToken);
    }

    private static async Task<bool> MagWijzigenAsync(SociaalNetwerkDbContext db, int locatieId, Gebruiker gebruiker, CancellationToken cancellationToken)
    {
        if (gebruiker.IsBeheerder)
        {
            return true;
        }

        if (gebruiker.Rol != Rol.Redacteur || gebruiker.OrganisatieId is not { } organisatie)
        {
            return false;
        }

        var gebruikt = db.Activiteiten.Where(a => a.LocatieId == locatieId);
        return !await gebruikt.AnyAsync(cancellationToken)
            || await gebruikt.AnyAsync(a => a.Organisatoren.Any(o => o.Id == organisatie), cancellationToken);
    }

    private static async Task PasToeAsync(Bewerking b, Locatie locatie, LocatieInvoer invoer)
    {
        var controle = b.Controle;
        if (invoer.Naam.Opgegeven(out var naam) && controle.Tekst("naam", naam, MaxNaamLengte, verplicht: true) is { } n)
        {
            locatie.Naam = n;
        }

        var adresGewijzigd = false;
        if (invoer.Adres.Opgegeven(out var adres) && controle.Tekst("adres", adres, MaxAdresLengte, verplicht: true) is { } a)
        {
            adresGewijzigd |= a != locatie.Adres;
            locatie.Adres = a;
        }

        if (invoer.Postcode.Opgegeven(out var postcodeInvoer))
        {
            if (postcodeInvoer is null || string.IsNullOrWhiteSpace(postcodeInvoer))
            {
                controle.Fout("postcode", FoutCodes.Verplicht);
            }
            else if (controle.Postcode("postcode", postcodeInvoer) is { } postcode)
            {
                adresGewijzigd |= postcode != locatie.Postcode;
                locatie.Postcode = postcode;
            }
        }

        if (invoer.Plaats.Opgegeven(out var plaats))
        {
            locatie.Plaats = controle.Tekst("plaats", plaats, MaxPlaatsLengte) ?? Locatie.StandaardPlaats;
        }

        if (invoer.Wijk.Opgegeven(out var wijkInvoer))
        {
            if (string.IsNullOrWhiteSpace(wijkInvoer))
            {
                locatie.WijkId = null;
            }
            else
            {
                var slug = wijkInvoer.Trim().ToLowerInvariant();
                var wijk = await b.Db.Wijken.Where(w => w.Slug == slug).Select(w => (int?)w.Id).FirstOrDefaultAsync(b.CancellationToken);
                if (wijk is null)
                {
                    controle.Fout("wijk", FoutCodes.OnbekendeWijk, slug);
                }
                else
                {
                    locatie.WijkId = wijk;
                }
            }
        }

        if (invoer.Rolstoeltoegankelijk.Opgegeven(out var rolstoel) && controle.NietLeeg("rolstoeltoegankelijk", rolstoel) is { } r)
        {
            locatie.Rolstoeltoegankelijk = r;
        }

        if (invoer.Ringleiding.Opgegeven(out var ringleiding) && controle.NietLeeg("ringleiding", ringleiding) is { } ring)
        {
            locatie.Ringleiding = ring;
        }

        if (invoer.ToegankelijkheidToelichting.Opgegeven(out var toelichting))
        {
            locatie.ToegankelijkheidToelichting = controle.Tekst("toegankelijkheidToelichting", toelichting, MaxToelichtingLengte);
        }

        if (adresGewijzigd && !controle.HeeftFout("adres") && !controle.HeeftFout("postcode"))
        {
            // One address, one location: compared without case, accents and extra spaces, in the same transaction as the save.
            var zoekAdres = Zoektekst.Normaliseer(locatie.Adres);
            var postcode = locatie.Postcode;
            var eigenId = locatie.Id;
            // The few locations on the same postcode are compared in C#, so every database provider answers alike.
            var bestaand = (await b.Db.Locaties.AsNoTracking()
                .Where(l => l.Postcode == postcode && l.Id != eigenId)
                .OrderBy(l => l.Id)
                .Select(l => new { l.Id, l.Naam, l.Adres })
                .ToListAsync(b.CancellationToken))
                .FirstOrDefault(l => Zoektekst.Normaliseer(l.Adres) == zoekAdres);
            if (bestaand is not null)
            {
                controle.Fout("adres", FoutCodes.LocatieBestaatAl, bestaand.Naam, GlobalId.Maak(nameof(Locatie), bestaand.Id));
            }
        }
    }
}
