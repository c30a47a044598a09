using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Kenmerken;
using SociaalNetwerk.Schema.Redactie;
using SociaalNetwerk.Schema.Resources;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.Schema.Netwerken;

/// <summary>
/// Adds organisations (beheerder) and changes their details (beheerder, or a redacteur of that organisation). The name
/// and the kind of organisation are the beheerder's: they identify the partner in the sociale kaart. Each change runs in
/// one transaction (SQLite's write lock is taken at its start), so a unique name is checked and stored together.
/// </summary>
public sealed class OrganisatieRedactie(IDbContextFactory<SociaalNetwerkDbContext> databank, IStringLocalizer<Berichten> berichten)
{
    public const int MaxNaamLengte = 200;
    public const int MaxOmschrijvingLengte = 4000;
    public const int MaxStraatLengte = 200;
    public const int MaxPlaatsLengte = 100;

    public async Task<WijzigResultaat<Organisatie>> VoegToeAsync(OrganisatieInvoer invoer, Gebruiker gebruiker, CancellationToken cancellationToken)
    {
        gebruiker.Vereis(gebruiker.IsBeheerder);
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
        var controle = new Veldcontrole(berichten);
        foreach (var veld in new[] { "naam", "soort" }.Where(v => !invoer.Heeft(v)))
        {
            controle.Fout(veld, FoutCodes.Verplicht);
        }

        var organisatie = new Organisatie { Naam = string.Empty };
        await PasToeAsync(db, organisatie, invoer, gebruiker, controle, cancellationToken);
        if (controle.HeeftFouten)
        {
            return WijzigResultaat<Organisatie>.Mislukt(controle.Fouten);
        }

        db.Organisaties.Add(organisatie);
        await db.SaveChangesAsync(cancellationToken);
        await transactie.CommitAsync(cancellationToken);
        return WijzigResultaat<Organisatie>.Klaar(organisatie);
    }

    public async Task<WijzigResultaat<Organisatie>> WijzigAsync(string id, OrganisatieInvoer invoer, Gebruiker gebruiker, CancellationToken cancellationToken)
    {
        gebruiker.Vereis(gebruiker.IsBeheerder || gebruiker.Rol == Rol.Redacteur);
        var sleutel = GlobalId.LeesInt(id, nameof(Organisatie));
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
        var organisatie = await db.Organisaties.Include(o => o.Wijken).FirstOrDefaultAsync(o => o.Id == sleutel, cancellationToken)
            ?? throw new SociaalNetwerkException(FoutCodes.NietGevonden, id);
        gebruiker.Vereis(gebruiker.IsRedacteurVan(organisatie.Id));
        var controle = new Veldcontrole(berichten);
        await PasToeAsync(db, organisatie, invoer, gebruiker, controle, cancellationToken);
        if (controle.HeeftFouten)
        {
            return WijzigResultaat<Organisatie>.Mislukt(controle.Fouten);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transactie.CommitAsync(cancellationToken);
        return WijzigResultaat<Organisatie>.Klaar(organisatie);
    }

    private static async Task PasToeAsync(SociaalNetwerkDbContext db, Organisatie organisatie, OrganisatieInvoer invoer, Gebruiker gebruiker, Veldcontrole controle, CancellationToken cancellationToken)
    {
        if (invoer.Heeft("naam") && controle.Tekst("naam", invoer.Naam, MaxNaamLengte, verplicht: true) is { } naam && naam != organisatie.Naam)
        {
            if (!gebruiker.IsBeheerder)
            {
                controle.Fout("naam", FoutCodes.AlleenBeheerder);
            }
            else if (await NaamBestaatAsync(db, naam, organisatie.Id, cancellationToken))
            {
                controle.Fout("naam", FoutCodes.NaamBestaatAl, naam);
            }
            else
            {
                organisatie.Naam = naam;
            }
        }

        if (invoer.Heeft("soort"))
        {
            if (invoer.Soort is not { } soort)
            {
                controle.Fout("soort", FoutCodes.Verplicht);
            }
            else if (soort != organisatie.Soort && !gebruiker.IsBeheerder)
            {
                controle.Fout("soort", FoutCodes.AlleenBeheerder);
            }
            else
            {
                organisatie.Soort = soort;
            }
        }

        if (invoer.Heeft("omschrijving"))
        {
            organisatie.Omschrijving = controle.Tekst("omschrijving", invoer.Omschrijving, MaxOmschrijvingLengte);
        }

        if (invoer.Heeft("website"))
        {
            organisatie.Website = controle.Url("website", invoer.Website);
        }

        if (invoer.Heeft("email"))
        {
            organisatie.Email = controle.Email("email", invoer.Email);
        }

        if (invoer.Heeft("telefoon"))
        {
            organisatie.Telefoon = controle.Telefoon("telefoon", invoer.Telefoon);
        }

        if (invoer.Heeft("adres"))
        {
            var adres = invoer.Adres;
            organisatie.Adres = adres is null ? null : controle.Tekst("adres.straat", adres.Straat, MaxStraatLengte, verplicht: true);
            organisatie.Postcode = adres is null ? null : controle.Postcode("adres.postcode", adres.Postcode);
            organisatie.Plaats = adres is null ? null : controle.Tekst("adres.plaats", adres.Plaats, MaxPlaatsLengte);
        }

        if (invoer.Heeft("themas"))
        {
            organisatie.Themas = [.. (invoer.Themas ?? []).Distinct()];
        }

        if (invoer.Heeft("wijken"))
        {
            var slugs = (invoer.Wijken ?? []).Select(s => s.Trim().ToLowerInvariant()).Distinct().ToList();
            var wijken = await db.Wijken.Where(w => slugs.Contains(w.Slug)).ToListAsync(cancellationToken);
            if (slugs.FirstOrDefault(s => wijken.All(w => w.Slug != s)) is { } onbekend)
            {
                controle.Fout("wijken", FoutCodes.OnbekendeWijk, onbekend);
            }
            else
            {
                organisatie.Wijken.RemoveAll(w => !slugs.Contains(w.Slug));
                organisatie.Wijken.AddRange(wijken.Where(w => !organisatie.Wijken.Contains(w)));
            }
        }
    }

    /// <summary>Names compare like the sociale kaart sorts them: without case and accents.</summary>
    private static async Task<bool> NaamBestaatAsync(SociaalNetwerkDbContext db, string naam, int eigenId, CancellationToken cancellationToken)
    {
        var zoekNaam = Zoektekst.Normaliseer(naam);
        return await db.Organisaties.AnyAsync(o => o.ZoekNaam == zoekNaam && o.Id != eigenId, cancellationToken);
    }
}
