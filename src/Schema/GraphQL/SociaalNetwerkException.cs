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

/// <summary>The stable error codes of the API. Documented in docs/api.md (Foutcodes).</summary>
public static class FoutCodes
{
    public const string OngeldigeInvoer = "BAD_USER_INPUT";
    public const string OngeldigeId = "INVALID_ID";
    public const string OngeldigeCursor = "INVALID_CURSOR";
    public const string FirstBuitenBereik = "FIRST_OUT_OF_RANGE";
    public const string OngeldigePeriode = "INVALID_DATE_RANGE";
    public const string OngeldigePeriodeWaarde = "INVALID_PERIOD";
    public const string PeriodeEnDatums = "PERIOD_CONFLICT";
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
    public const string SegmentTeSmal = "SEGMENT_TOO_NARROW";
    public const string OngeldigeStatusovergang = "INVALID_STATUS_TRANSITION";
    public const string GeenVragen = "NO_QUESTIONS";
    public const string OnbekendObjectType = "UNKNOWN_OBJECT_TYPE";

    // Field errors of the editing mutations (Veldfout.code); INVALID_ID and UNKNOWN_WIJK are used there too.
    public const string Verplicht = "REQUIRED";
    public const string TeLang = "TOO_LONG";
    public const string BuitenBereik = "OUT_OF_RANGE";
    public const string OngeldigeUrl = "INVALID_URL";
    public const string OngeldigeEmail = "INVALID_EMAIL";
    public const string OngeldigTelefoonnummer = "INVALID_PHONE";
    public const string OngeldigePostcode = "INVALID_POSTCODE";
    public const string OngeldigeTaalcode = "INVALID_LANGUAGE";
    public const string EindVoorStart = "END_BEFORE_START";
    public const string TeLangeDuur = "DURATION_TOO_LONG";
    public const string InHetVerleden = "IN_THE_PAST";
    public const string OngeldigeHerhaling = "INVALID_RECURRENCE";
    public const string PlaatsOntbreekt = "LOCATION_REQUIRED";
    public const string OnbekendeLocatie = "UNKNOWN_LOCATIE";
    public const string OnbekendNetwerk = "UNKNOWN_NETWERK";
    public const string OnbekendeOrganisatie = "UNKNOWN_ORGANISATIE";
    public const string OnbekendeGroep = "UNKNOWN_GROEP";
    public const string OnbekendVoorkomen = "UNKNOWN_OCCURRENCE";
    public const string NietTerugkerend = "NOT_RECURRING";
    public const string EigenOrganisatieVerplicht = "OWN_ORGANISATION_REQUIRED";
    public const string OrganisatorBlijft = "CANNOT_REMOVE_ORGANISER";
    public const string GeenLidVanNetwerk = "NOT_A_MEMBER";
    public const string AlleenBeheerder = "BEHEERDER_ONLY";
    public const string NaamBestaatAl = "DUPLICATE_NAME";
    public const string LidmaatschapBestaatAl = "DUPLICATE_MEMBERSHIP";
    public const string NetwerkInEigenKring = "NETWORK_CYCLE";
    public const string LocatieBestaatAl = "DUPLICATE_LOCATION";
    public const string UitvraagBevroren = "UITVRAAG_FROZEN";
    public const string OngeldigeProeflink = "INVALID_PREVIEW_TOKEN";
}
