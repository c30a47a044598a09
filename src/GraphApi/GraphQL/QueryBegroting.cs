using GraphQL;
using GraphQL.Types;
using GraphQL.Validation.Complexity;
using GraphQLParser;
using GraphQLParser.AST;

namespace SociaalNetwerk.GraphApi.GraphQL;

/// <summary>What a document will cost, known before GraphQL.NET validates or runs it.</summary>
/// <param name="Complexiteit">The complexity of the selected operation (as GraphQL.NET's analyser computes it).</param>
/// <param name="Diepte">The nesting depth of the selected operation.</param>
/// <param name="Omvang">The size of the whole document with every fragment spread filled in.</param>
public sealed record Begroting(double Complexiteit, int Diepte, long Omvang);

/// <summary>
/// The check every document passes before GraphQL.NET sees it, in time linear in the text, whatever its shape.
/// <para>
/// First the expanded size of the whole document (every operation and fragment): fields, arguments and their
/// values, directives, fragment spreads, inline fragments, variables and definitions each count 1, and a fragment
/// spread counts the size of its fragment. Each fragment is counted once and remembered, never expanded again, and
/// counting stops at the limit, so <c>fragment F1 on Wijk { ...F0 ...F0 }</c> up to F26 (2^26 fields in 1 KB) is
/// refused in microseconds. Whatever passes expands to at most <see cref="GraphQLLimieten.MaximaleOmvang"/>
/// nodes, so every later walk (GraphQL.NET's validation rules, execution) is bounded too.
/// </para>
/// <para>
/// Then depth and complexity of the selected operation, with the numbers of GraphQL.NET's complexity analyser
/// (which this check replaces): each field costs its impact (1, <c>__typename</c> 0), and a list multiplies what is
/// below it by its <c>first</c> or <c>last</c> (or that of the connection around it), by 1 with an <c>id</c>, and
/// otherwise by 20; a field with a constant impact (<c>WithComplexityImpact(impact, multiplier)</c>, as
/// <c>Complexiteit.KleineLijst</c>) uses that. <c>@skip</c> and <c>@include</c> count as in GraphQL.NET.
/// Introspection is not free: <c>__schema</c> costs <see cref="SchemaGewicht"/> and <c>__type</c>
/// <see cref="TypeGewicht"/>, so one introspection query fits easily but hundreds of aliased copies do not.
/// </para>
/// <para>
/// On the same walk over every value: a string whose <c>\uXXXX</c> escapes leave a lone surrogate (<c>"\ud800"</c>)
/// is a syntax error in the GraphQL specification (an escaped leading surrogate must be followed by an escaped
/// trailing one) that the parser lets through; such a text made .NET's Unicode normalisation throw deep in a resolver
/// (an internal error and a stack trace in the log for every anonymous request of 72 bytes). Refused here as
/// <c>SYNTAX_ERROR</c> at its place in the document.
/// </para>
/// </summary>
public sealed class QueryBegroting
{
    /// <summary>A full introspection (about 200 KB of answer) weighs as much as a full agenda page.</summary>
    public const double SchemaGewicht = 2_500;

    /// <summary>One type (a few KB of answer).</summary>
    public const double TypeGewicht = 100;

    /// <summary>Fragments spreading fragments this deep are never needed; deeper chains are refused.</summary>
    public const int MaximaleFragmentNesting = 64;

    /// <summary>No list of more items is ever returned, however large its <c>first</c>: caps the arithmetic.</summary>
    private const double Plafond = 1e15;

    private readonly GraphQLDocument _document;
    private readonly GraphQLLimieten _limieten;
    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragmenten = new(StringComparer.Ordinal);
    private readonly Dictionary<GraphQLFragmentDefinition, long> _omvangen = [];
    private readonly HashSet<GraphQLFragmentDefinition> _bezig = [];
    private int _fragmentNesting;
    private bool _teDiep;
    private GraphQLStringValue? _ongeldigeTekst;

    private QueryBegroting(GraphQLDocument document, GraphQLLimieten limieten)
    {
        _document = document;
        _limieten = limieten;
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
        {
            _fragmenten.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        }
    }

    /// <summary>Selection nodes visited while counting: linear in the document, never in its expansion (for tests).</summary>
    public long Stappen { get; private set; }

    /// <summary>
    /// The cost of <paramref name="document"/>, or a <see cref="LimietFout"/> (<c>MAX_SIZE_EXCEEDED</c>,
    /// <c>MAX_DEPTH_EXCEEDED</c>, <c>MAX_COMPLEXITY_EXCEEDED</c>, <c>SUBSCRIPTIONS_NOT_SUPPORTED</c>, <c>SYNTAX_ERROR</c>) as soon as one
    /// limit is passed. Never throws for an invalid document: what it cannot place (an unknown field or fragment)
    /// it counts as one field and leaves to validation.
    /// </summary>
    public static (Begroting? Begroting, LimietFout? Fout) Bereken(
        GraphQLDocument document, ISchema schema, string? operationName, Inputs? variabelen, GraphQLLimieten limieten) =>
        Bereken(document, schema, operationName, variabelen, limieten, out _);

    /// <inheritdoc cref="Bereken(GraphQLDocument, ISchema, string?, Inputs?, GraphQLLimieten)"/>
    public static (Begroting? Begroting, LimietFout? Fout) Bereken(
        GraphQLDocument document, ISchema schema, string? operationName, Inputs? variabelen, GraphQLLimieten limieten, out long stappen)
    {
        var begroting = new QueryBegroting(document, limieten);
        try
        {
            return begroting.Reken(schema, operationName, variabelen ?? Inputs.Empty);
        }
        finally
        {
            stappen = begroting.Stappen;
        }
    }

    private (Begroting?, LimietFout?) Reken(ISchema schema, string? operationName, Inputs variabelen)
    {
        var omvang = 0L;
        foreach (var definitie in _document.Definitions)
        {
            omvang = Som(omvang, 1 + definitie switch
            {
                GraphQLOperationDefinition operatie => Directieven(operatie.Directives)
                    + (operatie.Variables?.Items.Sum(v => 1 + Directieven(v.Directives) + (v.DefaultValue is { } d ? Waarde(d) : 0)) ?? 0)
                    + Omvang(operatie.SelectionSet),
                GraphQLFragmentDefinition fragment => Omvang(fragment),
                _ => 0,
            });
            if (_teDiep)
            {
                return (null, new LimietFout("MAX_DEPTH_EXCEEDED", MaximaleFragmentNesting + 1, MaximaleFragmentNesting));
            }

            if (omvang > _limieten.MaximaleOmvang)
            {
                return (null, new LimietFout("MAX_SIZE_EXCEEDED", _limieten.MaximaleOmvang));
            }
        }

        if (_ongeldigeTekst is { } tekst)
        {
            var plaats = Location.FromLinearPosition(_document.Source, tekst.Location.Start);
            var fout = new LimietFout("SYNTAX_ERROR", plaats.Line, plaats.Column);
            fout.AddLocation(plaats);
            return (null, fout);
        }

        var operaties = _document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var gekozen = operationName is null
            ? operaties.Count == 1 ? operaties[0] : null
            : operaties.FirstOrDefault(o => o.Name?.StringValue == operationName);
        if (gekozen is null)
        {
            // No operation to weigh: GraphQL.NET says which name is missing or unknown.
            return (new Begroting(0, 0, omvang), null);
        }

        if (gekozen.Operation == OperationType.Subscription)
        {
            return (null, new LimietFout("SUBSCRIPTIONS_NOT_SUPPORTED"));
        }

        IGraphType? wortel = gekozen.Operation == OperationType.Mutation ? schema.Mutation : schema.Query;
        var weging = new Weging(schema, gekozen, variabelen, _fragmenten);
        var (complexiteit, diepte) = weging.Selectie(gekozen.SelectionSet, wortel, null);
        diepte++;
        Stappen += weging.Stappen;
        if (diepte > _limieten.MaximaleDiepte)
        {
            return (null, new LimietFout("MAX_DEPTH_EXCEEDED", diepte, _limieten.MaximaleDiepte));
        }

        if (complexiteit > _limieten.MaximaleComplexiteit)
        {
            return (null, new LimietFout("MAX_COMPLEXITY_EXCEEDED", Math.Round(complexiteit), _limieten.MaximaleComplexiteit));
        }

        return (new Begroting(complexiteit, diepte, omvang), null);
    }

    /// <summary>Adds without passing the limit by much: past it the exact number no longer matters.</summary>
    private long Som(long a, long b) => Math.Min(a + b, (long)_limieten.MaximaleOmvang + 1);

    private long Omvang(GraphQLFragmentDefinition fragment)
    {
        if (_omvangen.TryGetValue(fragment, out var bekend))
        {
            return bekend;
        }

        if (_fragmentNesting >= MaximaleFragmentNesting)
        {
            // A chain of spreads too deep for any real document: refused, so the count no longer matters.
            _teDiep = true;
            return 0;
        }

        if (!_bezig.Add(fragment))
        {
            // A cycle: validation reports it.
            return 0;
        }

        _fragmentNesting++;
        var omvang = Som(Directieven(fragment.Directives), Omvang(fragment.SelectionSet));
        _fragmentNesting--;
        _bezig.Remove(fragment);
        _omvangen[fragment] = omvang;
        return omvang;
    }

    private long Omvang(GraphQLSelectionSet? selectie)
    {
        if (selectie is null)
        {
            return 0;
        }

        var omvang = 0L;
        foreach (var keuze in selectie.Selections)
        {
            Stappen++;
            omvang = Som(omvang, 1 + keuze switch
            {
                GraphQLField veld => Directieven(veld.Directives)
                    + (veld.Arguments?.Items.Sum(a => 1 + Waarde(a.Value)) ?? 0)
                    + Omvang(veld.SelectionSet),
                GraphQLFragmentSpread spreiding => Som(
                    Directieven(spreiding.Directives),
                    _fragmenten.TryGetValue(spreiding.FragmentName.Name.StringValue, out var fragment) ? Omvang(fragment) : 0),
                GraphQLInlineFragment inline => Directieven(inline.Directives) + Omvang(inline.SelectionSet),
                _ => 0,
            });
            if (omvang > _limieten.MaximaleOmvang || _teDiep)
            {
                break;
            }
        }

        return omvang;
    }

    private long Directieven(GraphQLDirectives? directieven) =>
        directieven?.Items.Sum(d => 1 + (d.Arguments?.Items.Sum(a => 1 + Waarde(a.Value)) ?? 0)) ?? 0;

    private long Waarde(GraphQLValue waarde)
    {
        switch (waarde)
        {
            case GraphQLListValue lijst:
                return 1 + (lijst.Values?.Sum(Waarde) ?? 0);
            case GraphQLObjectValue obj:
                return 1 + (obj.Fields?.Sum(v => 1 + Waarde(v.Value)) ?? 0);
            case GraphQLStringValue tekst when _ongeldigeTekst is null && HeeftLosseSurrogaat(tekst.Value.Span):
                _ongeldigeTekst = tekst;
                return 1;
            default:
                return 1;
        }
    }

    /// <summary>Whether <paramref name="tekst"/> has a surrogate that is not half of a pair (no Unicode text, so no string .NET can normalise).</summary>
    private static bool HeeftLosseSurrogaat(ReadOnlySpan<char> tekst)
    {
        for (var i = 0; i < tekst.Length; i++)
        {
            if (char.IsHighSurrogate(tekst[i]) && i + 1 < tekst.Length && char.IsLowSurrogate(tekst[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(tekst[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Depth and complexity of one operation; its expansion is known to be within the size limit.</summary>
    private sealed class Weging(ISchema schema, GraphQLOperationDefinition operatie, Inputs variabelen, Dictionary<string, GraphQLFragmentDefinition> fragmenten)
    {
        private readonly HashSet<GraphQLFragmentDefinition> _bezig = [];

        public long Stappen { get; private set; }

        /// <summary>
        /// Complexity relative to the list around it, and depth below it. <paramref name="ouderAantal"/> is the
        /// <c>first</c> (or <c>last</c>) of the enclosing field when that field is not a list (a connection):
        /// GraphQL.NET uses it for a list without its own.
        /// </summary>
        public (double Complexiteit, int Diepte) Selectie(GraphQLSelectionSet selectie, IGraphType? type, int? ouderAantal)
        {
            var complexiteit = 0d;
            var diepte = 0;
            foreach (var keuze in selectie.Selections)
            {
                Stappen++;
                if (!DoetMee(((IHasDirectivesNode)keuze).Directives))
                {
                    continue;
                }

                var (c, d) = keuze switch
                {
                    GraphQLField veld => Veld(veld, type, ouderAantal),
                    GraphQLFragmentSpread spreiding => Fragment(spreiding, ouderAantal),
                    GraphQLInlineFragment inline => Selectie(
                        inline.SelectionSet,
                        inline.TypeCondition is { } voorwaarde ? schema.AllTypes[voorwaarde.Type.Name.StringValue] : type,
                        ouderAantal),
                    _ => (0d, 0),
                };
                complexiteit = Math.Min(complexiteit + c, Plafond);
                diepte = Math.Max(diepte, d);
            }

            return (complexiteit, diepte);
        }

        private (double, int) Fragment(GraphQLFragmentSpread spreiding, int? ouderAantal)
        {
            if (!fragmenten.TryGetValue(spreiding.FragmentName.Name.StringValue, out var fragment) || !_bezig.Add(fragment))
            {
                return (0, 0);
            }

            var resultaat = Selectie(fragment.SelectionSet, schema.AllTypes[fragment.TypeCondition.Type.Name.StringValue], ouderAantal);
            _bezig.Remove(fragment);
            return resultaat;
        }

        private (double, int) Veld(GraphQLField veld, IGraphType? type, int? ouderAantal)
        {
            var naam = veld.Name.StringValue;
            FieldType? definitie = naam switch
            {
                "__typename" => schema.TypeNameMetaFieldType,
                "__schema" when type == schema.Query => schema.SchemaMetaFieldType,
                "__type" when type == schema.Query => schema.TypeMetaFieldType,
                _ => (type as IComplexGraphType)?.GetField(naam),
            };

            var (impact, vermenigvuldiger, aantal) = Impact(veld, definitie, type, ouderAantal);
            if (veld.SelectionSet is null)
            {
                return (impact, 0);
            }

            var (onder, diepte) = Selectie(veld.SelectionSet, definitie?.ResolvedType?.GetNamedType(), aantal);
            return (Math.Min(impact + (vermenigvuldiger == 0 ? 0 : vermenigvuldiger * onder), Plafond), diepte + 1);
        }

        /// <summary>GraphQL.NET's <c>ComplexityOptions.DefaultComplexityImpactDelegate</c>, and what the children see as <c>ouderAantal</c>.</summary>
        private (double Impact, double Vermenigvuldiger, int? Aantal) Impact(GraphQLField veld, FieldType? definitie, IGraphType? type, int? ouderAantal)
        {
            if (definitie is null)
            {
                return (1, 1, null);
            }

            if (definitie == schema.TypeNameMetaFieldType)
            {
                return (0, 0, null);
            }

            if (definitie == schema.SchemaMetaFieldType)
            {
                return (SchemaGewicht, 0, null);
            }

            if (definitie == schema.TypeMetaFieldType)
            {
                return (TypeGewicht, 0, null);
            }

            var first = Geheel(veld, definitie, "first");
            var last = Geheel(veld, definitie, "last");
            var eigenType = definitie.ResolvedType is NonNullGraphType nn ? nn.ResolvedType : definitie.ResolvedType;
            var isLijst = eigenType is ListGraphType;
            var aantalVoorKinderen = isLijst ? null : first ?? last;

            // Fields of the introspection types only occur below __schema and __type, which weigh their whole answer.
            if (definitie.GetComplexityImpactDelegate() is { } eigen && type?.Name.StartsWith("__", StringComparison.Ordinal) != true)
            {
                // Constant impacts (WithComplexityImpact(impact, multiplier), as Complexiteit.KleineLijst). A delegate
                // that needs GraphQL.NET's visitor (its context is internal) gets the default below.
                try
                {
                    var r = eigen(new FieldImpactContext { FieldDefinition = definitie, FieldAst = veld, ParentType = type! });
                    return (r.FieldImpact, r.ChildImpactMultiplier, aantalVoorKinderen);
                }
                catch (NullReferenceException)
                {
                }
            }

            double vermenigvuldiger = 1;
            var onder = eigenType;
            while (onder is ListGraphType lijst)
            {
                onder = lijst.ResolvedType is NonNullGraphType n2 ? n2.ResolvedType : lijst.ResolvedType;
                vermenigvuldiger *= 20;
            }

            // GraphQL.NET's defaults: DefaultScalarImpact and DefaultObjectImpact are both 1.
            const double impact = 1;
            if (isLijst)
            {
                if (first is { } f)
                {
                    return (impact, f, aantalVoorKinderen);
                }

                if (last is { } l)
                {
                    return (impact, l, aantalVoorKinderen);
                }

                if (veld.Arguments?.Items.Any(a => a.Name.StringValue == "id") == true
                    || definitie.Arguments?.Find("id")?.DefaultValue is not null)
                {
                    return (impact, 1, aantalVoorKinderen);
                }

                if (ouderAantal is { } o)
                {
                    return (impact, o, aantalVoorKinderen);
                }
            }

            return (impact, vermenigvuldiger, aantalVoorKinderen);
        }

        /// <summary>An Int argument as GraphQL.NET would coerce it: a literal, a variable, or the argument's default.</summary>
        private int? Geheel(GraphQLField veld, FieldType definitie, string naam)
        {
            var argument = veld.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == naam);
            if (argument is null)
            {
                return definitie.Arguments?.Find(naam)?.DefaultValue as int?;
            }

            return argument.Value switch
            {
                GraphQLIntValue i when int.TryParse(i.Value.Span, out var waarde) => waarde,
                GraphQLVariable v => Variabele(v) as int?,
                _ => null,
            };
        }

        private object? Variabele(GraphQLVariable variabele)
        {
            var naam = variabele.Name.StringValue;
            if (variabelen.TryGetValue(naam, out var waarde))
            {
                return waarde;
            }

            var definitie = operatie.Variables?.Items.FirstOrDefault(d => d.Variable.Name.StringValue == naam);
            return definitie?.DefaultValue switch
            {
                GraphQLIntValue i when int.TryParse(i.Value.Span, out var standaard) => standaard,
                GraphQLBooleanValue b => b.BoolValue,
                _ => null,
            };
        }

        /// <summary>GraphQL.NET's <c>ValidationContext.ShouldIncludeNode</c>: <c>@skip(if: true)</c> and <c>@include(if: false)</c> leave a node out.</summary>
        private bool DoetMee(GraphQLDirectives? directieven)
        {
            if (directieven is null)
            {
                return true;
            }

            if (directieven.Items.FirstOrDefault(d => d.Name.StringValue == "skip") is { } skip && Als(skip, false))
            {
                return false;
            }

            return directieven.Items.FirstOrDefault(d => d.Name.StringValue == "include") is not { } include || Als(include, true);
        }

        private bool Als(GraphQLDirective directief, bool standaard)
        {
            var waarde = directief.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == "if")?.Value;
            return waarde switch
            {
                GraphQLBooleanValue b => b.BoolValue,
                GraphQLVariable v => Variabele(v) as bool? ?? standaard,
                _ => standaard,
            };
        }
    }
}
