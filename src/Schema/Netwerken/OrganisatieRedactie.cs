using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Kenmerken;
using SociaalNetwerk.Schema.Redactie;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.Schema.Netwerken;

/// <summary>
/// Adds organisations (beheerder) and changes their details (beheerder, or a redacteur of that organisation). The name
/// and the kind of organisation are the beheerder's: they identify the partner in the sociale kaart. Each change runs in
/// one transaction through <see cref="Bewerker"/>, so a unique name is checked and stored together.
/// </summary>
public sealed class OrganisatieRedactie(Bewerker bewerker)
{
    public const int MaxNaamLengte = 200;
    public const int MaxOmschrijvingLengte = 4000;
    public const int MaxStraatLengte = 200;
    public const int MaxPlaatsLengte = 100;

    public Task<WijzigResultaat<Organisatie>> VoegToeAsync(OrganisatieInvoer invoer, Gebruiker gebruiker, CancellationToken cancellationToken) =>
        bewerker.VoegToeAsync(gebruiker, gebruiker.IsBeheerder, b =>
        {
            b.Controle.Verplicht("naam", invoer.Naam);
            b.Controle.Verplicht("soort", invoer.Soort);
            return Task.FromResult(new Organisatie { Naam = string.Empty });
        }, (b, organisatie) => PasToeAsync(b, organisatie, invoer), cancellationToken);

    public Task<WijzigResultaat<Organisatie>> WijzigAsync(string id, OrganisatieInvoer invoer, Gebruiker gebruiker, CancellationToken cancellationToken) =>
        bewerker.WijzigAsync(gebruiker, gebruiker.IsBeheerder || gebruiker.Rol == Rol.Redacteur, async b =>
        {
            var organisatie = await b.LaadAsync<Organisatie>(id, o => o.Include(x => x.Wijken));
            gebruiker.Vereis(gebruiker.IsRedacteurVan(organisatie.Id));
            return organisatie;
        }, (b, organisatie) => PasToeAsync(b, organisatie, invoer), cancellationToken);

    private static async Task PasToeAsync(Bewerking b, Organisatie organisatie, OrganisatieInvoer invoer)
    {
        var controle = b.Controle;
        if (invoer.Naam.Opgegeven(out var naamInvoer) && controle.Tekst("naam", naamInvoer, MaxNaamLengte, verplicht: true) is { } naam && naam != organisatie.Naam)
        {
            if (!b.Gebruiker.IsBeheerder)
            {
                controle.Fout("naam", FoutCodes.AlleenBeheerder);
            }
            else if (await NaamBestaatAsync(b.Db, naam, organisatie.Id, b.CancellationToken))
            {
                controle.Fout("naam", FoutCodes.NaamBestaatAl, naam);
            }
            else
            {
                organisatie.Naam = naam;
            }
        }

        if (invoer.Soort.Opgegeven(out var soortInvoer) && controle.NietLeeg("soort", soortInvoer) is { } soort)
        {
            if (soort != organisatie.Soort && !b.Gebruiker.IsBeheerder)
            {
                controle.Fout("soort", FoutCodes.AlleenBeheerder);
            }
            else
            {
                organisatie.Soort = soort;
            }
        }

        if (invoer.Omschrijving.Opgegeven(out var omschrijving))
        {
            organisatie.Omschrijving = controle.Tekst("omschrijving", omschrijving, MaxOmschrijvingLengte);
        }

        if (invoer.Website.Opgegeven(out var website))
        {
            organisatie.Website = controle.Url("website", website);
        }

        if (invoer.Afbeelding.Opgegeven(out var afbeelding))
        {
            var gecontroleerd = controle.Afbeelding("afbeelding", afbeelding);
            organisatie.AfbeeldingUrl = gecontroleerd?.Url;
            organisatie.AfbeeldingAlt = gecontroleerd?.Alt;
        }

        if (invoer.Email.Opgegeven(out var email))
        {
            organisatie.Email = controle.Email("email", email);
        }

        if (invoer.Telefoon.Opgegeven(out var telefoon))
        {
            organisatie.Telefoon = controle.Telefoon("telefoon", telefoon);
        }

        if (invoer.Adres.Opgegeven(out var adres))
        {
            organisatie.Adres = adres is null ? null : controle.Tekst("adres.straat", adres.Straat, MaxStraatLengte, verplicht: true);
            organisatie.Postcode = adres is null ? null : controle.Postcode("adres.postcode", adres.Postcode);
            organisatie.Plaats = adres is null ? null : controle.Tekst("adres.plaats", adres.Plaats, MaxPlaatsLengte);
        }

        if (invoer.Themas.Opgegeven(out var themas))
        {
            organisatie.Themas = [.. (themas ?? []).Distinct()];
        }

        if (invoer.Wijken.Opgegeven(out var wijkInvoer))
        {
            var slugs = (wijkInvoer ?? []).Select(s => s.Trim().ToLowerInvariant()).Distinct().ToList();
            var wijken = await b.Db.Wijken.Where(w => slugs.Contains(w.Slug)).ToListAsync(b.CancellationToken);
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
