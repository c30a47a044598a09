using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Kenmerken;

namespace SociaalNetwerk.Schema.Tests;

public sealed class ZoektekstTests
{
    [Theory]
    [InlineData("Taalcafé", "taalcafe")]
    [InlineData("  CAFÉ   de   Ruïne ", "cafe de ruine")]
    [InlineData("Ĳsbaan Zoetermeer", "ĳsbaan zoetermeer")]
    [InlineData("", "")]
    public void NormaliseIgnoresCaseAccentsAndExtraSpaces(string tekst, string verwacht) =>
        Assert.Equal(verwacht, Zoektekst.Normaliseer(tekst));

    [Fact]
    public void GlobalIdsRoundTripAndRejectGarbage()
    {
        var id = GlobalId.Maak("Organisatie", 42);

        Assert.Equal(42, GlobalId.LeesInt(id, "Organisatie"));
        Assert.Null(GlobalId.ProbeerInt(id, "Wijk"));
        Assert.Throws<SociaalNetwerkException>(() => GlobalId.LeesInt("!!", "Organisatie"));
        Assert.Throws<SociaalNetwerkException>(() => GlobalId.LeesInt(GlobalId.Maak("Organisatie", "abc"), "Organisatie"));
    }
}
