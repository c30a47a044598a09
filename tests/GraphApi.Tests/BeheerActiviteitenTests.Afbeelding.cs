using System.Net;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;
using SociaalNetwerk.Schema.GraphQL;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>The image of an activity in the portal's form (issue 15): errors at the fields, saved, read back and cleared.</summary>
public sealed partial class BeheerActiviteitenTests
{
    private const string Beeld = "query($id: ID!) { activiteit(id: $id) { id afbeelding { url alt } } }";

    [Fact]
    public async Task ARedacteurGivesAnActivityAnImageInTheFormAndItRoundTrips()
    {
        var partners = await TestPartners.MaakAsync(server);
        using var portaal = await RedacteurAsync(partners.A);
        var titel = "Beeldkoffie " + Guid.NewGuid().ToString("N")[..6];
        var nieuw = await portaal.GetAsync("/beheer/activiteiten/nieuw");
        Assert.Contains("<input id=\"afbeeldingUrl\" name=\"afbeeldingUrl\" type=\"url\"", nieuw.Html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"afbeeldingAlt\">", nieuw.Html, StringComparison.Ordinal);

        // An http address without a description: both at their field, nothing stored, the values kept.
        var fout = await portaal.PostAsync("/beheer/activiteiten/nieuw", nieuw.Token,
            [.. Wekelijks(partners, titel), ("afbeeldingUrl", "http://beeld.partner.example/koffie.jpg"), ("afbeeldingAlt", ""), ("actie", "opslaan")]);
        Assert.Equal(HttpStatusCode.BadRequest, fout.Status);
        Assert.Contains("id=\"fout-afbeeldingUrl\"", fout.Html, StringComparison.Ordinal);
        Assert.Contains("id=\"fout-afbeeldingAlt\"", fout.Html, StringComparison.Ordinal);
        Assert.Contains("is geen https-link", WebUtility.HtmlDecode(fout.Html), StringComparison.Ordinal);
        Assert.Contains("value=\"http://beeld.partner.example/koffie.jpg\"", fout.Html, StringComparison.Ordinal);
        Assert.Equal(0, await AantalAsync(titel));

        var opgeslagen = await portaal.PostAsync("/beheer/activiteiten/nieuw", fout.Token,
            [.. Wekelijks(partners, titel), ("afbeeldingUrl", "https://beeld.partner.example/koffie.jpg"), ("afbeeldingAlt", "Buren aan de koffie"), ("actie", "opslaan")]);
        Assert.Equal(HttpStatusCode.Redirect, opgeslagen.Status);
        var id = IdUit(opgeslagen.Locatie);
        var beeld = (await _client.GraphQLAsync(Beeld, new { id })).ZonderFouten().Data["activiteit"]!["afbeelding"]!;
        Assert.Equal("https://beeld.partner.example/koffie.jpg", beeld["url"]!.GetValue<string>());
        Assert.Equal("Buren aan de koffie", beeld["alt"]!.GetValue<string>());

        // The edit form shows it; saving without it takes it away.
        var bewerken = await portaal.GetAsync(opgeslagen.Locatie!);
        Assert.Contains("value=\"https://beeld.partner.example/koffie.jpg\"", bewerken.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"Buren aan de koffie\"", bewerken.Html, StringComparison.Ordinal);
        var zonder = await portaal.PostAsync($"/beheer/activiteiten/{Uri.EscapeDataString(id)}", bewerken.Token,
            [.. Wekelijks(partners, titel).Where(v => v.Item1 != "organisatie"), ("afbeeldingUrl", ""), ("afbeeldingAlt", ""), ("actie", "opslaan")]);
        Assert.Equal(HttpStatusCode.Redirect, zonder.Status);
        Assert.Null((await _client.GraphQLAsync(Beeld, new { id })).ZonderFouten().Data["activiteit"]!["afbeelding"]);
    }
}
