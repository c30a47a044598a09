using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using SociaalNetwerk.Schema.Agenda;
using SociaalNetwerk.Schema.Data;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Netwerken;

namespace SociaalNetwerk.GraphApi.Paginas;

/// <summary>
/// What search engines read first (issue 15): <c>GET /robots.txt</c> (the public pages allowed; the portal, the GraphQL
/// endpoint and the preview links of uitvragen not; where the sitemap is) and <c>GET /sitemap.xml</c> (sitemaps.org 0.9:
/// the agenda, the sociale kaart, every activity page and the page of every upcoming date of a series, with
/// <c>lastmod</c> from the data). Every address is absolute
/// below <see cref="PubliekAdres"/>, never the request's host; cached like the pages.
/// </summary>
public static class ZoekmachineEndpoints
{
    public const string RobotsPad = "/robots.txt";
    public const string SitemapPad = "/sitemap.xml";

    /// <summary>The namespace of the sitemaps.org protocol.</summary>
    public const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private const string Cache = "public, max-age=300";

    public static IEndpointRouteBuilder MapZoekmachines(this IEndpointRouteBuilder app)
    {
        string[] methoden = [HttpMethods.Get, HttpMethods.Head];
        app.MapMethods(RobotsPad, methoden, Robots).ExcludeFromDescription();
        app.MapMethods(SitemapPad, methoden, SitemapAsync).ExcludeFromDescription();
        return app;
    }

    private static IResult Robots(HttpContext http, PubliekAdres publiek)
    {
        // Paths in robots.txt start at the host's root: below a path base of PubliekeUrl they carry it.
        var basis = publiek.Basis.AbsolutePath;
        var tekst = new StringBuilder()
            .Append("User-agent: *\n")
            .Append("Allow: ").Append(basis).Append('\n')
            .Append("Disallow: ").Append(basis).Append("beheer\n")
            .Append("Disallow: ").Append(basis).Append("graphql\n")
            .Append("Disallow: ").Append(basis).Append("uitvragen/*/proef/\n")
            .Append('\n')
            .Append("Sitemap: ").Append(publiek.Absoluut(SitemapPad).AbsoluteUri).Append('\n')
            .ToString();
        http.Response.Headers.CacheControl = Cache;
        return Results.Text(tekst, "text/plain; charset=utf-8", Encoding.UTF8);
    }

    private static async Task<IResult> SitemapAsync(HttpContext http, PubliekAdres publiek, IDbContextFactory<SociaalNetwerkDbContext> databank, TimeProvider klok)
    {
        var nu = klok.GetUtcNow().UtcDateTime;
        var cancellationToken = http.RequestAborted;
        await using var db = await databank.CreateDbContextAsync(cancellationToken);
        var activiteiten = await db.Activiteiten.AsNoTracking().OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.GewijzigdOp }).ToListAsync(cancellationToken);
        // The sociale kaart changes when an organisation does: its latest entry in the change log (none in fresh demo data).
        var organisatieType = nameof(Organisatie);
        var organisatiesGewijzigd = await db.Wijzigingen.AsNoTracking().Where(w => w.ObjectType == organisatieType)
            .OrderByDescending(w => w.Tijdstip).Select(w => (DateTime?)w.Tijdstip).FirstOrDefaultAsync(cancellationToken);
        // Every upcoming date of a series has its own page (/activiteiten/{id}/{datum}); a one-off's date is its activity's page.
        var data = await db.Voorkomens.AsNoTracking().Where(v => v.Eind > nu && v.Activiteit!.Herhaling != null)
            .OrderBy(v => v.ActiviteitId).ThenBy(v => v.Start).Select(v => new { v.ActiviteitId, v.Start }).ToListAsync(cancellationToken);
        var gewijzigd = activiteiten.ToDictionary(a => a.Id, a => a.GewijzigdOp);
        DateTime? agendaGewijzigd = activiteiten.Count > 0 ? activiteiten.Max(a => a.GewijzigdOp) : null;

        var xml = new StringBuilder();
        var instellingen = new XmlWriterSettings { Encoding = Encoding.UTF8, Indent = false, OmitXmlDeclaration = true };
        using (var schrijver = XmlWriter.Create(xml, instellingen))
        {
            schrijver.WriteStartElement("urlset", SitemapNamespace);
            Url(schrijver, publiek.Absoluut(PaginaEndpoints.AgendaPad), agendaGewijzigd);
            Url(schrijver, publiek.Absoluut(PaginaEndpoints.OrganisatiesPad), organisatiesGewijzigd);
            foreach (var activiteit in activiteiten)
            {
                Url(schrijver, publiek.Absoluut("/activiteiten/" + GlobalId.Maak(nameof(Activiteit), activiteit.Id)), activiteit.GewijzigdOp);
            }

            foreach (var pad in data.Select(v => (v.ActiviteitId, Pad: PaginaEndpoints.VoorkomenAdres(v.ActiviteitId, v.Start))).Distinct())
            {
                Url(schrijver, publiek.Absoluut(pad.Pad), gewijzigd.TryGetValue(pad.ActiviteitId, out var tijdstip) ? tijdstip : null);
            }

            schrijver.WriteEndElement();
        }

        http.Response.Headers.CacheControl = Cache;
        return Results.Text("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + xml, "application/xml; charset=utf-8", Encoding.UTF8);
    }

    private static void Url(XmlWriter schrijver, Uri adres, DateTime? gewijzigd)
    {
        schrijver.WriteStartElement("url", SitemapNamespace);
        schrijver.WriteElementString("loc", SitemapNamespace, adres.AbsoluteUri);
        if (gewijzigd is { } tijdstip)
        {
            // W3C Datetime in UTC; the database keeps UTC without a kind.
            schrijver.WriteElementString("lastmod", SitemapNamespace, DateTime.SpecifyKind(tijdstip, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        }

        schrijver.WriteEndElement();
    }
}
