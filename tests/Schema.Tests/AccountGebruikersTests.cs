using SociaalNetwerk.Schema.Accounts;
using SociaalNetwerk.Schema.Toegang;

namespace SociaalNetwerk.Schema.Tests;

/// <summary>An account passes the same <see cref="Gebruiker"/> rules as a key with the same role.</summary>
public sealed class AccountGebruikersTests
{
    private static Account Met(params AccountRol[] rollen) => new() { Id = 7, Rollen = [.. rollen] };

    [Fact]
    public void ARedacteurOfTwoOrganisationsActsForEachAsAKeyOfThatOrganisationWould()
    {
        var account = Met(new AccountRol { Rol = Rol.Redacteur, OrganisatieId = 2 }, new AccountRol { Rol = Rol.Redacteur, OrganisatieId = 5 });

        Assert.Equal(new Gebruiker(Rol.Redacteur, 2, null, "account:7"), AccountGebruikers.VoorOrganisatie(account, 2));
        Assert.True(AccountGebruikers.VoorOrganisatie(account, 5).IsRedacteurVan(5));
        var ander = AccountGebruikers.VoorOrganisatie(account, 3);
        Assert.False(ander.IsRedacteurVan(3));
        Assert.Equal(GraphQL.FoutCodes.GeenToegang, Assert.Throws<GraphQL.SociaalNetwerkException>(() => ander.Vereis(ander.IsRedacteurVan(3))).Code);
        Assert.False(AccountGebruikers.AlsBeheerder(account).IsBeheerder);
    }

    [Fact]
    public void ABeheerderGrantWinsAndATeamGrantCoversOnlyItsTraject()
    {
        var account = Met(new AccountRol { Rol = Rol.Trajectteam, ParticipatietrajectId = 1 }, new AccountRol { Rol = Rol.Beheerder });

        Assert.True(AccountGebruikers.VoorOrganisatie(account, 9).IsBeheerder);
        Assert.True(AccountGebruikers.AlsBeheerder(account).IsBeheerder);
        Assert.True(AccountGebruikers.VoorTraject(Met(new AccountRol { Rol = Rol.Trajectteam, ParticipatietrajectId = 1 }), 1).IsTeamVan(1));
        Assert.False(AccountGebruikers.VoorTraject(Met(new AccountRol { Rol = Rol.Trajectteam, ParticipatietrajectId = 1 }), 2).IsTeamVan(2));
    }

    [Fact]
    public void ADisabledAccountActsAsNobody()
    {
        var account = Met(new AccountRol { Rol = Rol.Beheerder });
        account.UitgeschakeldOp = DateTime.UtcNow;

        Assert.Empty(AccountGebruikers.Van(account));
        var gebruiker = AccountGebruikers.AlsBeheerder(account);
        Assert.Equal(Gebruiker.Anoniem, gebruiker);
        Assert.Equal(GraphQL.FoutCodes.NietAangemeld, Assert.Throws<GraphQL.SociaalNetwerkException>(() => gebruiker.Vereis(gebruiker.IsBeheerder)).Code);
    }
}
