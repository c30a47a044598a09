using SociaalNetwerk.Bench;

// bench/run.sh builds this and runs "meet"; "basislijn" is the baseline server the measurement starts itself.
return args switch
{
    ["basislijn", var databank, var urls] => await Basislijn.DraaiAsync(databank, urls),
    ["meet", .. var rest] => await Meting.DraaiAsync(Meting.Opties.Lees(rest)),
    _ => Gebruik(),
};

static int Gebruik()
{
    Console.Error.WriteLine("Gebruik: bench/run.sh [--snel] [--schaal N] [--geschiedenis D] (zie docs/performance.md)");
    return 2;
}
