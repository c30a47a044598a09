using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.Schema.Agenda;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Kenmerken;
using SociaalNetwerk.Schema.Redactie;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.Schema.Netwerken;

/// <summary>What is left after a membership was removed: the network and the organisation, as they are now.</summary>
public sealed record LidmaatschapVerwijderd(Netwerk Netwerk, Organisatie Organisatie);

/// <summary>
/// Networks, their groups and their memberships. All of it is the beheerder's. Each change runs through
/// <see cref="Bewerker"/> in one transaction, so unique names and memberships are checked and stored together.
/// </summary>
public sealed class NetwerkRedactie(Bewerker bewerker, TimeProvider klok)
{
    public const int MaxGroepOmschrijvingLengte = 1000;

    public Task<WijzigResultaat<Netwerk>> VoegNetwerkToeAsync(NetwerkInvoer invoer, Gebruiker gebruiker, CancellationToken cancellationToken) =>
        bewerker.VoegToeAsync(gebruiker, gebruiker.IsBeheerder, b =>
        {
            b.Controle.Verplicht("naam", invoer.Naam);
            return Task.FromResult(new Netwerk { Naam = string.Empty });
        }, (b, netwerk) => PasToeAsync(b, netwerk, invoer), cancellationToken);

    public Task<WijzigResultaat<Netwerk>> WijzigNetwerkAsync(string id, NetwerkInvoer invoer, Gebruiker gebruiker, CancellationToken cancellationToken) =>
        bewerker.WijzigAsync(gebruiker, gebruiker.IsBeheerder, b => b.LaadAsync<Netwerk>(id), (b, netwerk) => PasToeAsync(b, netwerk, invoer), cancellationToken);

    public Task<WijzigResultaat<NetwerkGroep>> VoegGroepToeAsync(string netwerkId, NetwerkGroepInvoer invoer, Gebruiker gebruiker, CancellationToken cancellationToken) =>
        bewerker.VoegToeAsync(gebruiker, gebruiker.IsBeheerder, async b =>
        {
            var netwerk = await b.LaadAsync<Netwerk>(netwerkId);
            b.Controle.Verplicht("naam", invoer.Naam);
            b.Controle.Verplicht("soort", invoer.Soort);
            return new NetwerkGroep { NetwerkId = netwerk.Id, Naam = string.Empty };
        }, (b, groep) => PasToeAsync(b, groep, invoer), cancellationToken);

    public Task<WijzigResultaat<NetwerkGroep>> WijzigGroepAsync(string id, NetwerkGroepInvoer invoer, Gebruiker gebruiker, CancellationToken cancellationToken) =>
        bewerker.WijzigAsync(gebruiker, gebruiker.IsBeheerder, b => b.LaadAsync<NetwerkGroep>(id), (b, groep) => PasToeAsync(b, groep, invoer), cancellationToken);

    public Task<WijzigResultaat<Lidmaatschap>> VoegLidmaatschapToeAsync(string netwerkId, string organisatieId, LidmaatschapInvoer? invoer, Gebruiker gebruiker, CancellationToken cancellationToken) =>
        bewerker.VoegToeAsync(gebruiker, gebruiker.IsBeheerder, async b =>
        {
            var netwerk = await b.LaadAsync<Netwerk>(netwerkId);
            var organisatie = await b.LaadAsync<Organisatie>(organisatieId);
            return new Lidmaatschap { NetwerkId = netwerk.Id, OrganisatieId = organisatie.Id, Rol = LidmaatschapRol.Lid };
        }, (b, lidmaatschap) => PasToeAsync(b, lidmaatschap, invoer ?? new LidmaatschapInvoer()), cancellationToken);

    public Task<WijzigResultaat<Lidmaatschap>> WijzigLidmaatschapAsync(string id, LidmaatschapInvoer invoer, Gebruiker gebruiker, CancellationToken cancellationToken) =>
        bewerker.WijzigAsync(gebruiker, gebruiker.IsBeheerder, b => b.LaadAsync<Lidmaatschap>(id), (b, lidmaatschap) => PasToeAsync(b, lidmaatschap, invoer), cancellationToken);

    public Task<LidmaatschapVerwijderd> VerwijderLidmaatschapAsync(string id, Gebruiker gebruiker, CancellationToken cancellationToken) =>
        bewerker.VerwijderAsync(gebruiker, gebruiker.IsBeheerder, b => b.LaadAsync<Lidmaatschap>(id), async (b, lidmaatschap) => new LidmaatschapVerwijderd(
            await b.Db.Netwerken.AsNoTracking().FirstAsync(n => n.Id == lidmaatschap.NetwerkId, b.CancellationToken),
            await b.Db.Organisaties.AsNoTracking().FirstAsync(o => o.Id == lidmaatschap.OrganisatieId, b.CancellationToken)), cancellationToken);

    private static async Task PasToeAsync(Bewerking b, Netwerk netwerk, NetwerkInvoer invoer)
    {
        if (invoer.Naam.IsOpgegeven)
        {
            await ZetUniekeNaamAsync(b, invoer.Naam.Waarde, b.Db.Netwerken.Where(n => n.Id != netwerk.Id).Select(n => n.Naam), naam => netwerk.Naam = naam);
        }

        if (invoer.Omschrijving.Opgegeven(out var omschrijving))
        {
            netwerk.Omschrijving = b.Controle.Tekst("omschrijving", omschrijving, OrganisatieRedactie.MaxOmschrijvingLengte);
        }

        if (invoer.Website.Opgegeven(out var website))
        {
            netwerk.Website = b.Controle.Url("website", website);
        }

        if (invoer.OnderdeelVanId.Opgegeven(out var ouder))
        {
            netwerk.OnderdeelVanId = await OuderAsync(b, netwerk, ouder);
        }
    }

    /// <summary>A name that is unique among <paramref name="anderen"/>, compared like the lists sort them: without case and accents.</summary>
    private static async Task ZetUniekeNaamAsync(Bewerking b, string? waarde, IQueryable<string> anderen, Action<string> zet)
    {
        if (b.Controle.Tekst("naam", waarde, OrganisatieRedactie.MaxNaamLengte, verplicht: true) is not { } naam)
        {
            return;
        }

        var namen = await anderen.ToListAsync(b.CancellationToken);
        if (namen.Any(n => Zoektekst.Normaliseer(n) == Zoektekst.Normaliseer(naam)))
        {
            b.Controle.Fout("naam", FoutCodes.NaamBestaatAl, naam);
        }
        else
        {
            zet(naam);
        }
    }

    /// <summary>The parent network of an id, refusing one that is the network itself or lies below it.</summary>
    private static async Task<int?> OuderAsync(Bewerking b, Netwerk netwerk, string? globalId)
    {
        const string veld = "onderdeelVanId";
        if (globalId is null || b.Controle.Id(veld, globalId, nameof(Netwerk)) is not { } ouderId)
        {
            return null;
        }

        var ouders = await b.Db.Netwerken.AsNoTracking().ToDictionaryAsync(n => n.Id, n => n.OnderdeelVanId, b.CancellationToken);
        if (!ouders.ContainsKey(ouderId))
        {
            b.Controle.Fout(veld, FoutCodes.OnbekendNetwerk, globalId);
            return null;
        }

        var gezien = new HashSet<int>();
        for (int? huidig = ouderId; huidig is { } h && gezien.Add(h); huidig = ouders.GetValueOrDefault(h))
        {
            if (h == netwerk.Id)
            {
                b.Controle.Fout(veld, FoutCodes.NetwerkInEigenKring);
                return null;
            }
        }

        return ouderId;
    }

    private static async Task PasToeAsync(Bewerking b, NetwerkGroep groep, NetwerkGroepInvoer invoer)
    {
        if (invoer.Naam.IsOpgegeven)
        {
            await ZetUniekeNaamAsync(b, invoer.Naam.Waarde, b.Db.NetwerkGroepen.Where(g => g.NetwerkId == groep.NetwerkId && g.Id != groep.Id).Select(g => g.Naam), naam => groep.Naam = naam);
        }

        if (invoer.Soort.Opgegeven(out var soort) && b.Controle.NietLeeg("soort", soort) is { } s)
        {
            groep.Soort = s;
        }

        if (invoer.Omschrijving.Opgegeven(out var omschrijving))
        {
            groep.Omschrijving = b.Controle.Tekst("omschrijving", omschrijving, MaxGroepOmschrijvingLengte);
        }
    }

    private async Task PasToeAsync(Bewerking b, Lidmaatschap lidmaatschap, LidmaatschapInvoer invoer)
    {
        if (invoer.Rol.Opgegeven(out var rol) && b.Controle.NietLeeg("rol", rol) is { } r)
        {
            lidmaatschap.Rol = r;
        }

        if (invoer.GroepId.Opgegeven(out var groepId))
        {
            lidmaatschap.GroepId = await b.VerwijzingAsync<NetwerkGroep>("groepId", groepId, FoutCodes.OnbekendeGroep, g => g.NetwerkId == lidmaatschap.NetwerkId);
        }

        if (invoer.Sinds.Opgegeven(out var sinds))
        {
            if (sinds > AmsterdamTijd.LokaleDatum(klok.GetUtcNow().UtcDateTime))
            {
                b.Controle.FoutMetBericht("sinds", FoutCodes.BuitenBereik, "REDACTIE_SINCE_IN_FUTURE");
            }
            else
            {
                lidmaatschap.Sinds = sinds;
            }
        }

        if (!b.Controle.HeeftFouten && await b.Db.Lidmaatschappen.AnyAsync(
            l => l.NetwerkId == lidmaatschap.NetwerkId && l.OrganisatieId == lidmaatschap.OrganisatieId && l.GroepId == lidmaatschap.GroepId && l.Id != lidmaatschap.Id,
            b.CancellationToken))
        {
            b.Controle.Fout("groepId", FoutCodes.LidmaatschapBestaatAl);
        }
    }
}
