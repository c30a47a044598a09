using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;

namespace SociaalNetwerk.GraphApi.Cli;

/// <summary>
/// Dutch for the texts System.CommandLine writes itself. Version 2.0 ships no Dutch resources and keeps its
/// <c>LocalizationResources</c> internal, so its parse errors and help headings are matched against its own resource
/// strings (in the culture it used) and rewritten; a message without a Dutch counterpart here stays as it is.
/// </summary>
internal static partial class Nederlands
{
    private static readonly ResourceManager Bron = new("System.CommandLine.Properties.Resources", typeof(Command).Assembly);

    /// <summary>Dutch for the library's messages, by resource name, with the same placeholders.</summary>
    private static readonly Dictionary<string, string> Meldingen = new()
    {
        ["UnrecognizedCommandOrArgument"] = "Onbekend commando of argument '{0}'.",
        ["RequiredCommandWasNotProvided"] = "Geef een commando op.",
        ["RequiredOptionWasNotProvided"] = "De optie {0} is verplicht.",
        ["OptionRequiredArgumentMissing"] = "Na de optie {0} hoort een waarde.",
        ["CommandRequiredArgumentMissing"] = "Bij het commando {0} hoort een waarde.",
        ["OptionExpectsOneArgument"] = "De optie {0} neemt één waarde, maar kreeg er {1}.",
        ["ArgumentConversionCannotParse"] = "'{0}' is geen geldige waarde.",
        ["ArgumentConversionCannotParseForOption"] = "'{0}' is geen geldige waarde voor de optie {1}.",
        ["ArgumentConversionCannotParseForCommand"] = "'{0}' is geen geldige waarde voor het commando {1}.",
        ["UnrecognizedArgument"] = "'{0}' is geen geldige waarde. Kies uit:{1}",
        ["ResponseFileNotFound"] = "Het antwoordbestand '{0}' bestaat niet.",
        ["ErrorReadingResponseFile"] = "Het antwoordbestand '{0}' is niet te lezen: {1}",
        ["VersionOptionCannotBeCombinedWithOtherArguments"] = "De optie {0} gaat niet samen met andere argumenten.",
    };

    /// <summary>Dutch for the fixed words of the help text.</summary>
    private static readonly Dictionary<string, string> Hulpteksten = new()
    {
        ["HelpDescriptionTitle"] = "Beschrijving:",
        ["HelpUsageTitle"] = "Gebruik:",
        ["HelpArgumentsTitle"] = "Argumenten:",
        ["HelpOptionsTitle"] = "Opties:",
        ["HelpCommandsTitle"] = "Commando's:",
        ["HelpAdditionalArgumentsTitle"] = "Overige argumenten:",
        ["HelpUsageOptions"] = "[opties]",
        ["HelpUsageCommand"] = "[commando]",
        // As wide as "(REQUIRED)", so the columns stay aligned.
        ["HelpOptionsRequiredLabel"] = "(vereist) ",
    };

    private static readonly Lazy<IReadOnlyList<(Regex Engels, string Nederlands)>> Patronen = new(() =>
        [.. Meldingen.Select(m => (Engels: Bron.GetString(m.Key, CultureInfo.CurrentUICulture), Nederlands: m.Value))
            .Where(m => !string.IsNullOrEmpty(m.Engels))
            .Select(m => (Patroon(m.Engels!), m.Nederlands))]);

    /// <summary>The Dutch for one of the library's messages, or the message itself when it is not known here.</summary>
    public static string Vertaal(string melding)
    {
        foreach (var (engels, nederlands) in Patronen.Value)
        {
            var gevonden = engels.Match(melding);
            if (gevonden.Success)
            {
                var waarden = Enumerable.Range(0, 10).Select(i => (object)gevonden.Groups["p" + i].Value).ToArray();
                return string.Format(CultureInfo.InvariantCulture, nederlands, waarden);
            }
        }

        return melding;
    }

    /// <summary>Gives the root's help and version options Dutch descriptions.</summary>
    public static void MaakNederlands(RootCommand root)
    {
        foreach (var optie in root.Options)
        {
            switch (optie)
            {
                case HelpOption hulp:
                    hulp.Description = "Toont deze hulp.";
                    break;
                case VersionOption versie:
                    versie.Description = "Toont het versienummer.";
                    break;
            }
        }
    }

    /// <summary>Writes the parse errors in Dutch to standard error, with a pointer to the help; exit code 1.</summary>
    public static int SchrijfFouten(ParseResult resultaat)
    {
        foreach (var fout in resultaat.Errors)
        {
            Console.Error.WriteLine(Vertaal(fout.Message));
        }

        Console.Error.WriteLine("Zie --help voor de mogelijkheden.");
        return 1;
    }

    /// <summary>Runs the library's help action into a buffer and writes it with Dutch headings.</summary>
    public static int SchrijfHulp(ParseResult resultaat)
    {
        using var tekst = new StringWriter(CultureInfo.InvariantCulture);
        var code = resultaat.Invoke(new InvocationConfiguration { Output = tekst, EnableDefaultExceptionHandler = false });
        Console.Out.Write(Hulptekst(tekst.ToString()));
        return code;
    }

    private static string Hulptekst(string tekst)
    {
        foreach (var (naam, nederlands) in Hulpteksten)
        {
            if (Bron.GetString(naam, CultureInfo.CurrentUICulture) is { Length: > 0 } engels)
            {
                tekst = tekst.Replace(engels, nederlands, StringComparison.Ordinal);
            }
        }

        // "[default: 1]" after an option with a default value; only in that form, the word alone may be in a description.
        if (Bron.GetString("HelpArgumentDefaultValueLabel", CultureInfo.CurrentUICulture) is { Length: > 0 } standaard)
        {
            tekst = tekst.Replace($"[{standaard}: ", "[standaard: ", StringComparison.Ordinal);
        }

        return tekst;
    }

    /// <summary>A regex for a format string such as <c>Option '{0}' is required.</c>, with a group per placeholder.</summary>
    private static Regex Patroon(string opmaak)
    {
        var patroon = Placeholder().Replace(Regex.Escape(opmaak), m => $"(?<p{m.Groups[1].Value}>.*?)");
        return new Regex("^" + patroon + "$", RegexOptions.Singleline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    // Regex.Escape turns "{0}" into "\{0}".
    [GeneratedRegex(@"\\\{(\d)\}")]
    private static partial Regex Placeholder();
}
