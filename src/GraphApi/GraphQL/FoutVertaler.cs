using System.Text.RegularExpressions;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using Microsoft.Extensions.Localization;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Resources;

namespace SociaalNetwerk.GraphApi.GraphQL;

/// <summary>
/// Turns every GraphQL error into a stable <c>extensions.code</c> and a message in the request's language.
/// Exception details never reach the client: anything unexpected becomes INTERNAL_SERVER_ERROR.
/// </summary>
public sealed partial class FoutVertaler(IStringLocalizer<Berichten> berichten, IServiceProvider diensten)
    : ErrorInfoProvider(new ErrorInfoProviderOptions { ExposeExceptionDetails = false, ExposeCodes = false, ExposeData = false })
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        var (code, bericht) = Vertaal(executionError);
        var extensions = info.Extensions ?? new Dictionary<string, object?>();
        extensions["code"] = code;
        extensions.Remove("codes");
        extensions.Remove("details");
        return new ErrorInfo { Message = bericht, Extensions = extensions };
    }

    /// <summary>The message of <paramref name="code"/> in the request's language; a <see cref="Deelbericht"/> argument is localised too.</summary>
    public string Bericht(string code, params object[] argumenten) =>
        berichten[code, [.. argumenten.Select(a => a is Deelbericht deel ? Bericht(deel.Sleutel, deel.Argumenten) : a)]].Value;

    /// <summary>The <c>extensions.code</c> the client sees for this error (for telemetry: codes, never messages).</summary>
    public string Code(ExecutionError executionError) => Vertaal(executionError).Code;

    private (string Code, string Bericht) Vertaal(ExecutionError fout)
    {
        var domeinFout = Binnenste<SociaalNetwerkException>(fout);
        if (domeinFout is not null)
        {
            return (domeinFout.Code, Bericht(domeinFout.Code, [.. domeinFout.Argumenten]));
        }

        switch (fout)
        {
            case LimietFout limiet:
                return (limiet.Code!, Bericht(limiet.Code!, [.. limiet.Argumenten]));
            case UnhandledError:
                return (FoutCodes.InterneFout, Bericht(FoutCodes.InterneFout));
        }

        var code = fout.Code ?? "GRAPHQL_VALIDATION_FAILED";
        var tekst = fout.Message;
        return code switch
        {
            "SYNTAX_ERROR" when fout.Locations is [var plek, ..] => (code, Bericht("GQL_SYNTAX_AT", plek.Line, plek.Column)),
            "SYNTAX_ERROR" => (code, Bericht("GRAPHQL_PARSE_FAILED", tekst)),
            "FIELDS_ON_CORRECT_TYPE" when VeldNietGevonden().Match(tekst) is { Success: true } m => (code, Bericht("FIELD_NOT_FOUND", m.Groups[1].Value, m.Groups[2].Value)),
            "KNOWN_ARGUMENT_NAMES" when OnbekendArgument().Match(tekst) is { Success: true } m => (code, Bericht("ARGUMENT_UNKNOWN", m.Groups[1].Value, m.Groups[2].Value)),
            "PROVIDED_REQUIRED_ARGUMENTS" when VerplichtArgument().Match(tekst) is { Success: true } m => (code, Bericht("ARGUMENT_REQUIRED", m.Groups[1].Value)),
            "ARGUMENTS_OF_CORRECT_TYPE" or "INVALID_VALUE" when VerwachtType().Match(tekst) is { Success: true } m && m.Groups[2].Value is "DateTime" or "Date"
                => (FoutCodes.OngeldigeDatum, Bericht(FoutCodes.OngeldigeDatum, m.Groups[3].Value.Trim('"'))),
            "ARGUMENTS_OF_CORRECT_TYPE" or "INVALID_VALUE" when VerwachtType().Match(tekst) is { Success: true } m
                => (code, Bericht("VALUE_OF_WRONG_TYPE", WaardeNaam(tekst), m.Groups[2].Value, m.Groups[3].Value) + Keuzes(m.Groups[2].Value)),
            "ARGUMENTS_OF_CORRECT_TYPE" when OngeldigArgument().Match(tekst) is { Success: true } m => (code, Bericht("ARGUMENT_INVALID", m.Groups[1].Value) + Detail(tekst)),
            "INVALID_VALUE" when OngeldigeVariabele().Match(tekst) is { Success: true } m => (code, Bericht("VARIABLE_INVALID", m.Groups[1].Value) + Detail(tekst)),
            "TIMEOUT" => (code, Bericht("TIMEOUT")),
            _ when Validatieregel(code, tekst) is { } bericht => (code, bericht),
            _ => (code, Bericht("GRAPHQL_VALIDATION_FAILED", tekst)),
        };
    }

    /// <summary>
    /// Where a wrong literal value sits: the argument and the input fields on the way to it, as GraphQL.NET nests them
    /// (<c>Argument 'filter' has invalid value. In field 'themas': [In element #1: [Expected type 'Thema', found KOKEN.]]</c>
    /// is <c>filter.themas</c>; <c>Argument 'first' has invalid value. Expected type 'Int', found 2147483648.</c> is
    /// <c>first</c>); "-" when the text names neither.
    /// </summary>
    private static string WaardeNaam(string tekst)
    {
        var delen = new List<string>();
        if (OngeldigArgument().Match(tekst) is { Success: true } argument)
        {
            delen.Add(argument.Groups[1].Value);
        }

        delen.AddRange(InVeld().Matches(tekst).Select(m => m.Groups[1].Value));
        return delen.Count > 0 ? string.Join('.', delen) : "-";
    }

    [GeneratedRegex("In field '([^']+)'")]
    private static partial Regex InVeld();

    /// <summary>
    /// GraphQL.NET's validation messages are English only. For the common rules the names are taken from the English
    /// text and put into a message of our own (<c>GQL_*</c> in Berichten.resx); rare codes keep GraphQL.NET's text.
    /// </summary>
    private string? Validatieregel(string code, string tekst)
    {
        if (!Validatieregels.TryGetValue(code, out var regels))
        {
            return null;
        }

        foreach (var (patroon, sleutel) in regels)
        {
            var m = patroon.Match(tekst);
            if (m.Success)
            {
                return Bericht(sleutel, [.. m.Groups.Cast<Group>().Skip(1).Select(g => (object)g.Value)]);
            }
        }

        return null;
    }

    private static readonly Dictionary<string, (Regex Patroon, string Sleutel)[]> Validatieregels = new()
    {
        ["SCALAR_LEAFS"] =
        [
            (new(@"^Field (\S+) of type (\S+) must have a sub selection"), "GQL_SUBSELECTION_REQUIRED"),
            (new(@"^Field (\S+) of type (\S+) must not have a sub selection"), "GQL_SUBSELECTION_NOT_ALLOWED"),
        ],
        ["KNOWN_TYPE_NAMES"] = [(new(@"^Unknown type '?([_A-Za-z][_0-9A-Za-z]*)"), "GQL_UNKNOWN_TYPE")],
        ["NO_UNUSED_VARIABLES"] = [(new(@"^Variable '\$([^']+)' is never used"), "GQL_UNUSED_VARIABLE")],
        ["NO_UNDEFINED_VARIABLES"] = [(new(@"^Variable '\$([^']+)' is not defined"), "GQL_UNDEFINED_VARIABLE")],
        ["VARIABLES_ARE_INPUT_TYPES"] = [(new(@"^Variable '\$?([^']+)' cannot be non-input type '([^']+)'"), "GQL_VARIABLE_NOT_INPUT")],
        ["VARIABLES_IN_ALLOWED_POSITION"] = [(new(@"^Variable '\$([^']+)' of type '([^']+)' used in position expecting type '([^']+)'"), "GQL_VARIABLE_WRONG_TYPE")],
        ["KNOWN_FRAGMENT_NAMES"] = [(new(@"^Unknown fragment '([^']+)'"), "GQL_UNKNOWN_FRAGMENT")],
        ["NO_UNUSED_FRAGMENTS"] = [(new(@"^Fragment '([^']+)' is never used"), "GQL_UNUSED_FRAGMENT")],
        ["UNIQUE_OPERATION_NAMES"] = [(new(@"^There can only be one operation named '?([_A-Za-z][_0-9A-Za-z]*)"), "GQL_DUPLICATE_OPERATION")],
        ["LONE_ANONYMOUS_OPERATION"] = [(new("^This anonymous operation must be the only defined operation"), "GQL_LONE_ANONYMOUS")],
        ["UNIQUE_ARGUMENT_NAMES"] = [(new(@"^There can be only one argument named '([^']+)'"), "GQL_DUPLICATE_ARGUMENT")],
        ["UNIQUE_VARIABLE_NAMES"] = [(new(@"^There can be only one variable named '\$?([^']+)'"), "GQL_DUPLICATE_VARIABLE")],
        ["UNIQUE_FRAGMENT_NAMES"] = [(new(@"^There can only be one fragment named '([^']+)'"), "GQL_DUPLICATE_FRAGMENT")],
        ["KNOWN_DIRECTIVES"] = [(new(@"^Unknown directive '@?([^']+)'"), "GQL_UNKNOWN_DIRECTIVE")],
        ["OVERLAPPING_FIELDS_CAN_BE_MERGED"] = [(new(@"^Fields '?([_A-Za-z][_0-9A-Za-z]*)'? conflicts? because"), "GQL_FIELDS_CONFLICT")],
    };

    /// <summary>
    /// GraphQL.NET's (English) explanation of an invalid value, in the request's language: which enum values or input
    /// fields exist, which type was expected, that null is not allowed. An explanation we do not know stays as it is.
    /// </summary>
    private string Detail(string tekst)
    {
        var punt = tekst.IndexOf(". ", StringComparison.Ordinal);
        if (punt <= 0 || punt >= tekst.Length - 2)
        {
            return string.Empty;
        }

        var uitleg = tekst[(punt + 2)..].TrimEnd('.');
        var detail = uitleg switch
        {
            _ when NietOmTeZetten().Match(uitleg) is { Success: true } m => Type(m.Groups[2].Value) is EnumerationGraphType opsomming
                ? Bericht("DETAIL_ENUM", m.Groups[1].Value, opsomming.Name, Namen(opsomming.Values.Select(w => w.Name)))
                : Bericht("DETAIL_CONVERT", m.Groups[1].Value, m.Groups[2].Value),
            _ when OnbekendeInvoervelden().Match(uitleg) is { Success: true } m => Type(m.Groups[2].Value) is IInputObjectGraphType invoer
                ? Bericht("DETAIL_UNKNOWN_FIELDS", m.Groups[1].Value, invoer.Name, Namen(invoer.Fields.Select(v => v.Name)))
                : Bericht("DETAIL_UNKNOWN_FIELD", m.Groups[1].Value),
            _ when OnbekendVeld().Match(uitleg) is { Success: true } m => Bericht("DETAIL_UNKNOWN_FIELD", m.Groups[1].Value),
            _ when uitleg.Contains("null input for a non-null", StringComparison.Ordinal) => Bericht("DETAIL_NULL"),
            _ => uitleg,
        };
        return " (" + detail + ")";
    }

    /// <summary>The allowed values when <paramref name="typeNaam"/> is an enum: " (kies een van: …)"; otherwise nothing.</summary>
    private string Keuzes(string typeNaam) =>
        Type(typeNaam) is EnumerationGraphType opsomming ? " (" + Bericht("DETAIL_CHOICES", Namen(opsomming.Values.Select(w => w.Name))) + ")" : string.Empty;

    private IGraphType? Type(string naam) => diensten.GetService<ISchema>()?.AllTypes[naam];

    private static string Namen(IEnumerable<string> namen) => string.Join(", ", namen);

    private static T? Binnenste<T>(Exception? fout)
        where T : Exception
    {
        for (var f = fout; f is not null; f = f.InnerException)
        {
            if (f is T gezocht)
            {
                return gezocht;
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?:In field '([^']+)': \[)?Expected type '([^']+)', found (.+?)\.(?:\]|$)")]
    private static partial Regex VerwachtType();

    [GeneratedRegex("^Cannot query field '([^']+)' on type '([^']+)'")]
    private static partial Regex VeldNietGevonden();

    [GeneratedRegex("^Unknown argument '([^']+)' on field '([^']+)'")]
    private static partial Regex OnbekendArgument();

    [GeneratedRegex("[Aa]rgument '([^']+)' of type '[^']+' is required")]
    private static partial Regex VerplichtArgument();

    [GeneratedRegex("^Argument '([^']+)' has invalid value")]
    private static partial Regex OngeldigArgument();

    [GeneratedRegex(@"^Variable '\$([^']+)' is invalid")]
    private static partial Regex OngeldigeVariabele();

    [GeneratedRegex("^Unable to convert '(.*)' to '([_A-Za-z][_0-9A-Za-z]*)'")]
    private static partial Regex NietOmTeZetten();

    [GeneratedRegex("^Unrecognized input fields? '(.+)' for type '([_A-Za-z][_0-9A-Za-z]*)'")]
    private static partial Regex OnbekendeInvoervelden();

    [GeneratedRegex("^In field '([^']+)': Unknown field")]
    private static partial Regex OnbekendVeld();
}
