namespace SociaalNetwerk.Schema.Data;

// Placeholder until the demo-data branch lands.
public static partial class DemoData
{
    public static Task ZaaiAsync(SociaalNetwerkDbContext db, DateOnly vandaag, CancellationToken cancellationToken = default)
    {
        db.Wijken.Add(new Wijken.Wijk { Slug = "oosterheem", Naam = "Oosterheem" });
        return db.SaveChangesAsync(cancellationToken);
    }
}
