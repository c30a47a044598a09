using System.Text.RegularExpressions;
using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.Localization;
using SociaalNetwerk.Schema.GraphQL;
using SociaalNetwerk.Schema.Resources;

namespace SociaalNetwerk.GraphApi.GraphQL;

/// <summary>
/// Turns every GraphQL error into a stable <c>extensions.code</c> and a message in the request's language.
/// Exception details never reach the client: anything unexpected becomes INTERNAL_SERVER_ERROR.
/// </summary>
public sealed partial class FoutVertaler(IStringLocalizer<Berichten> berichten)
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

    public string Bericht(string code, params object[] argumenten) => berichten[code, argumenten].Value;

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
            "SYNTAX_ERROR" => (code, Bericht("GRAPHQL_PARSE_FAILED", tekst)),
            "FIELDS_ON_CORRECT_TYPE" when VeldNietGevonden().Match(tekst) is { Success: true } m => (code, Bericht("FIELD_NOT_FOUND", m.Groups[1].Value, m.Groups[2].Value)),
            "KNOWN_ARGUMENT_NAMES" when OnbekendArgument().Match(tekst) is { Success: true } m => (code, Bericht("ARGUMENT_UNKNOWN", m.Groups[1].Value, m.Groups[2].Value)),
            "PROVIDED_REQUIRED_ARGUMENTS" when VerplichtArgument().Match(tekst) is { Success: true } m => (code, Bericht("ARGUMENT_REQUIRED", m.Groups[1].Value)),
            "ARGUMENTS_OF_CORRECT_TYPE" or "INVALID_VALUE" when VerwachtType().Match(tekst) is { Success: true } m && m.Groups[2].Value is "DateTime" or "Date"
                => (FoutCodes.OngeldigeDatum, Bericht(FoutCodes.OngeldigeDatum, m.Groups[3].Value.Trim('"'))),
            "ARGUMENTS_OF_CORRECT_TYPE" or "INVALID_VALUE" when VerwachtType().Match(tekst) is { Success: true } m
                => (code, Bericht("VALUE_OF_WRONG_TYPE", m.Groups[1].Success ? m.Groups[1].Value : "-", m.Groups[2].Value, m.Groups[3].Value)),
            "ARGUMENTS_OF_CORRECT_TYPE" when OngeldigArgument().Match(tekst) is { Success: true } m => (code, Bericht("ARGUMENT_INVALID", m.Groups[1].Value) + Detail(tekst)),
            "INVALID_VALUE" when OngeldigeVariabele().Match(tekst) is { Success: true } m => (code, Bericht("VARIABLE_INVALID", m.Groups[1].Value) + Detail(tekst)),
            "TIMEOUT" => (code, Bericht("TIMEOUT")),
            _ => (code, Bericht("GRAPHQL_VALIDATION_FAILED", tekst)),
        };
    }

    /// <summary>Keeps GraphQL.NET's explanation of an invalid value (which enum values exist, what was expected).</summary>
    private static string Detail(string tekst)
    {
        var punt = tekst.IndexOf(". ", StringComparison.Ordinal);
        return punt > 0 && punt < tekst.Length - 2 ? " (" + tekst[(punt + 2)..].TrimEnd('.') + ")" : string.Empty;
    }

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
}
