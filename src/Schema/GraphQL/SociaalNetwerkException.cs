namespace SociaalNetwerk.Schema.GraphQL;

/// <summary>
/// An error a client can cause. <see cref="Code"/> is the stable <c>extensions.code</c>; the message is looked up
/// in <c>Resources/Berichten.resx</c> under the same code and localised for the request.
/// </summary>
public sealed class SociaalNetwerkException : Exception
{
    public SociaalNetwerkException(string code, params object[] argumenten)
        : base(code)
    {
        Code = code;
        Argumenten = argumenten;
    }

    public SociaalNetwerkException()
        : this(FoutCodes.OngeldigeInvoer)
    {
    }

    public SociaalNetwerkException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = FoutCodes.OngeldigeInvoer;
        Argumenten = [];
    }

    public string Code { get; }

    public IReadOnlyList<object> Argumenten { get; }
}

/// <summary>The stable error codes of the API. Documented in docs/errors.md.</summary>
public static class FoutCodes
{
    public const string OngeldigeInvoer = "BAD_USER_INPUT";
    public const string OngeldigeId = "INVALID_ID";
    public const string OngeldigeCursor = "INVALID_CURSOR";
    public const string FirstBuitenBereik = "FIRST_OUT_OF_RANGE";
    public const string OngeldigePeriode = "INVALID_DATE_RANGE";
    public const string OngeldigeDatum = "INVALID_DATE";
    public const string OnbekendeWijk = "UNKNOWN_WIJK";
    public const string TeVeelIds = "TOO_MANY_IDS";
    public const string ZoektermTeLang = "SEARCH_TERM_TOO_LONG";
    public const string InterneFout = "INTERNAL_SERVER_ERROR";
    public const string NietAangemeld = "UNAUTHENTICATED";
    public const string GeenToegang = "FORBIDDEN";
    public const string OngeldigeSleutel = "INVALID_API_KEY";
    public const string NietGevonden = "NOT_FOUND";
    public const string UitvraagNietOpen = "UITVRAAG_NOT_OPEN";
    public const string TeVeelVerzoeken = "RATE_LIMITED";
    public const string ResultatenNietGepubliceerd = "RESULTS_NOT_PUBLISHED";
    public const string OngeldigeStatusovergang = "INVALID_STATUS_TRANSITION";
}
