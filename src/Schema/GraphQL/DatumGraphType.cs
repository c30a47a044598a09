using GraphQL;
using GraphQL.Types;

namespace SociaalNetwerk.Schema.GraphQL;

/// <summary>
/// The <c>DateOnly</c> scalar: GraphQL.NET's <see cref="DateOnlyGraphType"/> (<c>yyyy-MM-dd</c>) with a Dutch description
/// and <c>@specifiedBy</c> ISO 8601 (as profiled by RFC 3339's <c>full-date</c>).
/// </summary>
public sealed class DatumGraphType : DateOnlyGraphType
{
    /// <summary>Creates the scalar.</summary>
    public DatumGraphType()
    {
        Name = "DateOnly";
        Description = "Een kalenderdatum zonder tijd of tijdzone volgens ISO 8601 (`full-date` uit RFC 3339): `jjjj-mm-dd`, bijvoorbeeld `2026-12-01`.";
        this.ApplyDirective(SpecifiedByDirective.Naam, "url", "https://www.rfc-editor.org/rfc/rfc3339#section-5.6");
    }
}
