using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SociaalNetwerk.Schema.Agenda;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Kenmerken;
using SociaalNetwerk.Schema.Redactie;
using SociaalNetwerk.Schema.Resources;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.Schema.Netwerken;

/// <summary>What is left after a membership was removed: the network and the organisation, as they are now.</summary>
public sealed record LidmaatschapVerwijderd(Netwerk Netwerk, Organisatie Organisatie);

/// <summary>
/// Networks, their groups and their memberships. All of it is the beheerder's. Each change runs in one transaction, so
/// unique names and memberships are checked and stored together.
/// </summary>
public sealed class NetwerkRedactie(IDbContextFactory<SociaalNetwerkDbContext> databank, IStringLocalizer<Berichten> berichten, TimeProvider klok)
{
    public const int MaxGroepOmschrijvingLengte = 1000;

    public async Task<WijzigResultaat<Netwerk>> VoegNetwerkToeAsync(NetwerkInvoer invoer, Gebruiker gebruiker, CancellationToken cancellationToken)
    {
        gebruiker.Vereis(gebruiker.IsBeheerder);
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
        var controle = new Veldcontrole(berichten);
        if (!invoer.Heeft("naam"))
        {
            controle.Fout("naam", FoutCodes.Verplicht);
        }

        var netwerk = new Netwerk { Naam = string.Empty };
        await PasToeAsync(db, netwerk, invoer, controle, cancellationToken);
        if (controle.HeeftFouten)
        {
            return WijzigResultaat<Netwerk>.Mislukt(controle.Fouten);
        }

        db.Netwerken.Add(netwerk);
        await db.SaveChangesAsync(cancellationToken);
        await transactie.CommitAsync(cancellationToken);
        return WijzigResultaat<Netwerk>.Klaar(netwerk);
    }

    public async Task<WijzigResultaat<Netwerk>> WijzigNetwerkAsync(string id, NetwerkInvoer invoer, Gebruiker gebruiker, CancellationToken cancellationToken)
    {
        gebruiker.Vereis(gebruiker.IsBeheerder);
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
        var netwerk = await LaadAsync<Netwerk>(db, id, cancellationToken);
        var controle = new Veldcontrole(berichten);
        await PasToeAsync(db, netwerk, invoer, controle, cancellationToken);
        if (controle.HeeftFouten)
        {
            return WijzigResultaat<Netwerk>.Mislukt(controle.Fouten);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transactie.CommitAsync(cancellationToken);
        return WijzigResultaat<Netwerk>.Klaar(netwerk);
    }

    public async Task<WijzigResultaat<NetwerkGroep>> VoegGroepToeAsync(string netwerkId, NetwerkGroepInvoer invoer, Gebruiker gebruiker, CancellationToken cancellationToken)
    {
        gebruiker.Vereis(gebruiker.IsBeheerder);
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
        var netwerk = await LaadAsync<Netwerk>(db, netwerkId, cancellationToken);
        var controle = new Veldcontrole(berichten);
        foreach (var veld in new[] { "naam", "soort" }.Where(v => !invoer.Heeft(v)))
        {
            controle.Fout(veld, FoutCodes.Verplicht);
        }

        var groep = new NetwerkGroep { NetwerkId = netwerk.Id, Naam = string.Empty };
        await PasToeAsync(db, groep, invoer, controle, cancellationToken);
        if (controle.HeeftFouten)
        {
            return WijzigResultaat<NetwerkGroep>.Mislukt(controle.Fouten);
        }

        db.NetwerkGroepen.Add(groep);
        await db.SaveChangesAsync(cancellationToken);
        await transactie.CommitAsync(cancellationToken);
        return WijzigResultaat<NetwerkGroep>.Klaar(groep);
    }

    public async Task<WijzigResultaat<NetwerkGroep>> WijzigGroepAsync(string id, NetwerkGroepInvoer invoer, Gebruiker gebruiker, CancellationToken cancellationToken)
    {
        gebruiker.Vereis(gebruiker.IsBeheerder);
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
        var groep = await LaadAsync<NetwerkGroep>(db, id, cancellationToken);
        var controle = new Veldcontrole(berichten);
        await PasToeAsync(db, groep, invoer, controle, cancellationToken);
        if (controle.HeeftFouten)
        {
            return WijzigResultaat<NetwerkGroep>.Mislukt(controle.Fouten);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transactie.CommitAsync(cancellationToken);
        return WijzigResultaat<NetwerkGroep>.Klaar(groep);
    }

    public async Task<WijzigResultaat<Lidmaatschap>> VoegLidmaatschapToeAsync(string netwerkId, string organisatieId, LidmaatschapInvoer? invoer, Gebruiker gebruiker, CancellationToken cancellationToken)
    {
        gebruiker.Vereis(gebruiker.IsBeheerder);
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
        var netwerk = await LaadAsync<Netwerk>(db, netwerkId, cancellationToken);
        var organisatie = await LaadAsync<Organisatie>(db, organisatieId, cancellationToken);
        var lidmaatschap = new Lidmaatschap { NetwerkId = netwerk.Id, OrganisatieId = organisatie.Id, Rol = LidmaatschapRol.Lid };
        var controle = new Veldcontrole(berichten);
        await PasToeAsync(db, lidmaatschap, invoer ?? new LidmaatschapInvoer(), controle, cancellationToken);
        if (controle.HeeftFouten)
        {
            return WijzigResultaat<Lidmaatschap>.Mislukt(controle.Fouten);
        }

        db.Lidmaatschappen.Add(lidmaatschap);
        await db.SaveChangesAsync(cancellationToken);
        await transactie.CommitAsync(cancellationToken);
        return WijzigResultaat<Lidmaatschap>.Klaar(lidmaatschap);
    }

    public async Task<WijzigResultaat<Lidmaatschap>> WijzigLidmaatschapAsync(string id, LidmaatschapInvoer invoer, Gebruiker gebruiker, CancellationToken cancellationToken)
    {
        gebruiker.Vereis(gebruiker.IsBeheerder);
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
        var lidmaatschap = await LaadAsync<Lidmaatschap>(db, id, cancellationToken);
        var controle = new Veldcontrole(berichten);
        await PasToeAsync(db, lidmaatschap, invoer, controle, cancellationToken);
        if (controle.HeeftFouten)
        {
            return WijzigResultaat<Lidmaatschap>.Mislukt(controle.Fouten);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transactie.CommitAsync(cancellationToken);
        return WijzigResultaat<Lidmaatschap>.Klaar(lidmaatschap);
    }

    public async Task<LidmaatschapVerwijderd> VerwijderLidmaatschapAsync(string id, Gebruiker gebruiker, CancellationToken cancellationToken)
    {
        gebruiker.Vereis(gebruiker.IsBeheerder);
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        var lidmaatschap = await LaadAsync<Lidmaatschap>(db, id, cancellationToken);
        db.Lidmaatschappen.Remove(lidmaatschap);
        await db.SaveChangesAsync(cancellationToken);
        return new LidmaatschapVerwijderd(
            await db.Netwerken.AsNoTracking().FirstAsync(n => n.Id == lidmaatschap.NetwerkId, cancellationToken),
            await db.Organisaties.AsNoTracking().FirstAsync(o => o.Id == lidmaatschap.OrganisatieId, cancellationToken));
    }

    /// <summary>The tracked row of a global id: INVALID_ID for a malformed id or one of another type, NOT_FOUND for a row that does not exist.</summary>
    private static async Task<T> LaadAsync<T>(SociaalNetwerkDbContext db, string id, CancellationToken cancellationToken)
        where T : class, IEntiteit
    {
        var sleutel = GlobalId.LeesInt(id, typeof(T).Name);
        return await db.Set<T>().FirstOrDefaultAsync(e => e.Id == sleutel, cancellationToken)
            ?? throw new SociaalNetwerkException(FoutCodes.NietGevonden, id);
    }

    private static async Task PasToeAsync(SociaalNetwerkDbContext db, Netwerk netwerk, NetwerkInvoer invoer, Veldcontrole controle, CancellationToken cancellationToken)
    {
        if (invoer.Heeft("naam") && controle.Tekst("naam", invoer.Naam, OrganisatieRedactie.MaxNaamLengte, verplicht: true) is { } naam)
        {
            var anderen = await db.Netwerken.Where(n => n.Id != netwerk.Id).Select(n => n.Naam).ToListAsync(cancellationToken);
            if (anderen.Any(n => Zoektekst.Normaliseer(n) == Zoektekst.Normaliseer(naam)))
            {
                controle.Fout("naam", FoutCodes.NaamBestaatAl, naam);
            }
            else
            {
                netwerk.Naam = naam;
            }
        }

        if (invoer.Heeft("omschrijving"))
        {
            netwerk.Omschrijving = controle.Tekst("omschrijving", invoer.Omschrijving, OrganisatieRedactie.MaxOmschrijvingLengte);
        }

        if (invoer.Heeft("website"))
        {
            netwerk.Website = controle.Url("website", invoer.Website);
        }

        if (invoer.Heeft("onderdeelVanId"))
        {
            netwerk.OnderdeelVanId = await OuderAsync(db, netwerk, invoer.OnderdeelVanId, controle, cancellationToken);
        }
    }

    /// <summary>The parent network of an id, refusing one that is the network itself or lies below it.</summary>
    private static async Task<int?> OuderAsync(SociaalNetwerkDbContext db, Netwerk netwerk, string? globalId, Veldcontrole controle, CancellationToken cancellationToken)
    {
        const string veld = "onderdeelVanId";
        if (globalId is null || controle.Id(veld, globalId, nameof(Netwerk)) is not { } ouderId)
        {
            return null;
        }

        var ouders = await db.Netwerken.AsNoTracking().ToDictionaryAsync(n => n.Id, n => n.OnderdeelVanId, cancellationToken);
        if (!ouders.ContainsKey(ouderId))
        {
            controle.Fout(veld, FoutCodes.OnbekendNetwerk, globalId);
            return null;
        }

        var gezien = new HashSet<int>();
        for (int? huidig = ouderId; huidig is { } h && gezien.Add(h); huidig = ouders.GetValueOrDefault(h))
        {
            if (h == netwerk.Id)
            {
                controle.Fout(veld, FoutCodes.NetwerkInEigenKring);
                return null;
            }
        }

        return ouderId;
    }

    private static async Task PasToeAsync(SociaalNetwerkDbContext db, NetwerkGroep groep, NetwerkGroepInvoer invoer, Veldcontrole controle, CancellationToken cancellationToken)
    {
        if (invoer.Heeft("naam") && controle.Tekst("naam", invoer.Naam, OrganisatieRedactie.MaxNaamLengte, verplicht: true) is { } naam)
        {
            var anderen = await db.NetwerkGroepen.Where(g => g.NetwerkId == groep.NetwerkId && g.Id != groep.Id).Select(g => g.Naam).ToListAsync(cancellationToken);
            if (anderen.Any(n => Zoektekst.Normaliseer(n) == Zoektekst.Normaliseer(naam)))
            {
                controle.Fout("naam", FoutCodes.NaamBestaatAl, naam);
            }
            else
            {
                groep.Naam = naam;
            }
        }

        if (invoer.Heeft("soort"))
        {
            if (invoer.Soort is { } soort)
            {
                groep.Soort = soort;
            }
            else
            {
                controle.Fout("soort", FoutCodes.Verplicht);
            }
        }

        if (invoer.Heeft("omschrijving"))
        {
            groep.Omschrijving = controle.Tekst("omschrijving", invoer.Omschrijving, MaxGroepOmschrijvingLengte);
        }
    }

    private async Task PasToeAsync(SociaalNetwerkDbContext db, Lidmaatschap lidmaatschap, LidmaatschapInvoer invoer, Veldcontrole controle, CancellationToken cancellationToken)
    {
        if (invoer.Heeft("rol"))
        {
            if (invoer.Rol is { } rol)
            {
                lidmaatschap.Rol = rol;
            }
            else
            {
                controle.Fout("rol", FoutCodes.Verplicht);
            }
        }

        if (invoer.Heeft("groepId"))
        {
            lidmaatschap.GroepId = null;
            if (invoer.GroepId is { } groepId && controle.Id("groepId", groepId, nameof(NetwerkGroep)) is { } id)
            {
                if (await db.NetwerkGroepen.AnyAsync(g => g.Id == id && g.NetwerkId == lidmaatschap.NetwerkId, cancellationToken))
                {
                    lidmaatschap.GroepId = id;
                }
                else
                {
                    controle.Fout("groepId", FoutCodes.OnbekendeGroep, groepId);
                }
            }
        }

        if (invoer.Heeft("sinds"))
        {
            var vandaag = AmsterdamTijd.LokaleDatum(klok.GetUtcNow().UtcDateTime);
            if (invoer.Sinds > vandaag)
            {
                controle.FoutMetBericht("sinds", FoutCodes.BuitenBereik, "REDACTIE_SINCE_IN_FUTURE");
            }
            else
            {
                lidmaatschap.Sinds = invoer.Sinds;
            }
        }

        if (!controle.HeeftFouten && await db.Lidmaatschappen.AnyAsync(
            l => l.NetwerkId == lidmaatschap.NetwerkId && l.OrganisatieId == lidmaatschap.OrganisatieId && l.GroepId == lidmaatschap.GroepId && l.Id != lidmaatschap.Id,
            cancellationToken))
        {
            controle.Fout("groepId", FoutCodes.LidmaatschapBestaatAl);
        }
    }
}
