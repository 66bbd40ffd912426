using System.Collections.Immutable;
using Zorginkoop.Dsl.Semantics.Bound;
using Zorginkoop.Dsl.Semantics.Model;
using Zorginkoop.Dsl.Semantics.Symbols;
using Zorginkoop.Dsl.Semantics.Types;
using Zorginkoop.Dsl.Syntax.Diagnostics;
using Zorginkoop.Dsl.Syntax.Parsing;
using Zorginkoop.Dsl.Syntax.Syntax;
using Zorginkoop.Dsl.Syntax.Syntax.Declarations;
using Zorginkoop.Dsl.Syntax.Syntax.Expressions;
using static Zorginkoop.Dsl.Semantics.Binding.BindingContext;

namespace Zorginkoop.Dsl.Semantics.Binding;

public sealed partial class Binder
{
    private static readonly string[] RequirementSetProperties = ["ingangsdatum", "looptijd"];
    private static readonly string[] AddendumProperties = ["ingangsdatum", "looptijd", "aanbod", "onderhandelbaar"];
    private static readonly string[] HeaderProperties = ["verzekeraar", "looptijd", "gepubliceerd", "bron"];

    private void CompleteChoicesAndRecords(SyntaxTree file)
    {
        foreach (var declaration in file.Root.Declarations)
        {
            if (declaration is ChoiceDeclarationSyntax choiceSyntax && context.SymbolFor<ChoiceSymbol>(declaration) is { } choice)
            {
                var members = new List<ChoiceMemberSymbol>();
                foreach (var member in choiceSyntax.Members.Where(m => m.Name.Length > 0))
                {
                    if (members.Any(m => m.Name == member.Name))
                    {
                        context.Diagnostics.Add(DiagnosticCatalog.DuplicateChoiceMember(At(file, member), choice.Name, member.Name));
                        continue;
                    }

                    var symbol = new ChoiceMemberSymbol(member.Name, At(file, member), choice);
                    members.Add(symbol);
                    context.References.Add(new SymbolReference(symbol.Location, symbol));
                }

                choice.Members = [.. members];
                choice.IsOrdered = choiceSyntax.IsOrdered;
            }
            else if (declaration is RecordDeclarationSyntax recordSyntax && context.SymbolFor<RecordSymbol>(declaration) is { } record)
            {
                if (record.SubjectName is not null)
                {
                    if (context.Subject is not { } subject)
                    {
                        context.Subject = record;
                    }
                    else
                    {
                        context.Diagnostics.Add(DiagnosticCatalog.DuplicateSubject(At(file, recordSyntax.SubjectName!), record.Name, subject.Location));
                    }
                }

                AddFields(file, record, recordSyntax.Fields);
            }
        }
    }

    private void CompleteExtensions(SyntaxTree file)
    {
        foreach (var extension in file.Root.OfKind<RecordExtensionSyntax>())
        {
            if (context.Resolve<RecordSymbol>(file, extension.Name, "gegevens") is { } record)
            {
                AddFields(file, record, extension.Fields);
            }
        }
    }

    private void AddFields(SyntaxTree file, RecordSymbol record, ImmutableArray<FieldDeclarationSyntax> fields)
    {
        var builder = record.Fields.ToBuilder();
        foreach (var field in fields.Where(f => f.Name.Text.Length > 0))
        {
            var (type, optional) = BindType(file, field.Type);
            if (builder.FirstOrDefault(f => f.Name == field.Name.Text) is { } previous)
            {
                context.Diagnostics.Add(DiagnosticCatalog.DuplicateField(At(file, field.Name), record.Name, field.Name.Text, previous.Location));
                continue;
            }

            var symbol = new FieldSymbol(field.Name.Text, At(file, field.Name), record, type, optional, field.Description?.Value);
            builder.Add(symbol);
            context.References.Add(new SymbolReference(symbol.Location, symbol));
        }

        record.Fields = builder.ToImmutable();
    }

    private (TypeSymbol Type, bool IsOptional) BindType(SyntaxTree file, TypeSyntax syntax)
    {
        switch (syntax)
        {
            case ListTypeSyntax list:
                return (new ListType(BindType(file, list.ElementType).Type), false);
            case NamedTypeSyntax { IsBuiltIn: true } builtIn:
                return (PrimitiveType.FromKeyword(builtIn.Name.Text) ?? (TypeSymbol)ErrorType.Instance, builtIn.IsOptional);
            case NamedTypeSyntax named when named.Name.Text.Length > 0:
                TypeSymbol type = context.LookupGlobal(named.Name.Text, file) switch
                {
                    ChoiceSymbol choice => Referenced(file, named.Name, new ChoiceType(choice), choice),
                    RecordSymbol record => Referenced(file, named.Name, new RecordType(record), record),
                    null => Unknown(),
                    var other => WrongKind(other),
                };
                return (type, named.IsOptional);

                TypeSymbol Unknown()
                {
                    var candidates = context.VisibleGlobals(file).Where(s => s is ChoiceSymbol or RecordSymbol).Select(s => s.Name)
                        .Concat(["tekst", "aantal", "decimaal", "bedrag", "percentage", "datum", "tijdstip", "duur"]);
                    context.Diagnostics.Add(DiagnosticCatalog.UnknownName(At(file, named.Name), "type", named.Name.Text, Zorginkoop.Dsl.Runtime.Values.NameSuggester.Suggest(named.Name.Text, candidates)));
                    return ErrorType.Instance;
                }

                TypeSymbol WrongKind(Symbol other)
                {
                    context.Diagnostics.Add(DiagnosticCatalog.WrongKindOfName(At(file, named.Name), named.Name.Text, $"een {other.KindName}", "een type (keuze of gegevens)"));
                    return ErrorType.Instance;
                }

            default:
                return (ErrorType.Instance, false);
        }
    }

    private TypeSymbol Referenced(SyntaxTree file, NameSyntax name, TypeSymbol type, Symbol symbol)
    {
        context.References.Add(new SymbolReference(At(file, name), symbol));
        return type;
    }

    private void BindRequirementSet(RequirementSetSymbol set)
    {
        var file = context.FileOf(set);
        var syntax = (RequirementSetDeclarationSyntax)context.DeclarationOf(set);
        var scope = ExpressionScope.ForFile(file);
        set.AppliesTo = syntax.AppliesTo is null ? null : expressions.BindCondition(syntax.AppliesTo, scope);
        set.Discretion = BindDiscretion(file, syntax.Discretion, scope);
        set.Includes = [.. syntax.Includes.Select(i => context.Resolve<RequirementSetSymbol>(file, i.Target, "eisen")).OfType<RequirementSetSymbol>()];
        set.RequiredIncludes = RequiredIncludes(file, syntax.Includes, set.Includes, plainIsRequired: false);
        set.Requirements = BindRequirements(file, set.Name, syntax.Requirements, scope);
        foreach (var property in context.KnownProperties(file, syntax.Properties, RequirementSetProperties, "eisen"))
        {
            if (property.Name.Text == "ingangsdatum")
            {
                set.StartDate = expressions.BindExpectingType(property.Value, scope.WithRequestDate(), PrimitiveType.Date, "een datum");
            }
            else
            {
                set.ContractPeriod = BindPeriod(file, property, scope) is ({ } first, { } last) ? (first, last) : null;
            }
        }
    }

    private void BindAddendum(AddendumSymbol addendum)
    {
        var file = context.FileOf(addendum);
        var syntax = (AddendumDeclarationSyntax)context.DeclarationOf(addendum);
        var scope = ExpressionScope.ForFile(file);
        addendum.AppliesTo = syntax.AppliesTo is null ? null : expressions.BindCondition(syntax.AppliesTo, scope);
        var contracts = syntax.Prerequisites
            .SelectMany((p, line) => p.Contracts.Select(c => (Set: context.Resolve<RequirementSetSymbol>(file, c, "overeenkomst (eisen)"), Line: line)))
            .Where(c => c.Set is not null)
            .ToList();
        addendum.RequiredContracts = [.. contracts.Select(c => c.Set!)];
        addendum.ContractAlternatives = syntax.Prerequisites.Any(p => !p.Alternatives.IsEmpty) ? [.. contracts.Select(c => c.Line)] : default;
        addendum.Includes = [.. syntax.Includes.Select(i => context.Resolve<RequirementSetSymbol>(file, i.Target, "eisen")).OfType<RequirementSetSymbol>()];
        addendum.RequiredIncludes = RequiredIncludes(file, syntax.Includes, addendum.Includes, plainIsRequired: true);
        addendum.Requirements = BindRequirements(file, addendum.Name, syntax.Requirements, scope);
        BindAddendumProperties(addendum, file, syntax, scope);
    }

    /// <summary>
    /// <c>ingangsdatum:</c> and the terms the policies state: <c>looptijd: 2 jaar</c> (a duur), <c>aanbod: automatisch</c>
    /// or <c>aanbod: op aanvraag</c>, <c>onderhandelbaar: ja|nee</c> (ZI3023 for another value).
    /// </summary>
    private void BindAddendumProperties(AddendumSymbol addendum, SyntaxTree file, AddendumDeclarationSyntax syntax, ExpressionScope scope)
    {
        var (term, automatic, negotiable) = ((string?)null, (bool?)null, (bool?)null);
        foreach (var property in context.KnownProperties(file, syntax.Properties, AddendumProperties, "een addendum"))
        {
            switch (property.Name.Text)
            {
                case "ingangsdatum":
                    addendum.StartDate = expressions.BindExpectingType(property.Value, scope.WithRequestDate(), PrimitiveType.Date, "een datum");
                    break;
                case "looptijd" when property.Value is LiteralExpressionSyntax { Kind: LiteralKind.Duration }:
                    term = ExpressionBinder.TextOf(scope, property.Value);
                    break;
                case "aanbod" when property.Value is NameExpressionSyntax { Name.Text: "automatisch" }:
                    automatic = automatic is null ? true : Twice(property.Name);
                    break;
                case "onderhandelbaar" when property.Value is LiteralExpressionSyntax { Kind: LiteralKind.Boolean, Text: var yesNo }:
                    negotiable = yesNo == "ja";
                    break;
                default:
                    context.Diagnostics.Add(DiagnosticCatalog.AddendumTerm(At(file, property.Value), property.Name.Text, property.Name.Text switch
                    {
                        "looptijd" => "een duur, zoals '2 jaar' (2-jarige vergoeding)",
                        "aanbod" => "'automatisch' (standaard onderdeel van het contractaanbod) of 'op aanvraag'",
                        _ => "'ja' of 'nee'",
                    }));
                    break;
            }
        }

        foreach (var onRequest in syntax.OnRequest)
        {
            if (onRequest.Property.Text != "aanbod")
            {
                context.Diagnostics.Add(DiagnosticCatalog.UnknownProperty(At(file, onRequest.Property), onRequest.Property.Text, "een addendum", AddendumProperties));
            }
            else
            {
                automatic = automatic is null ? false : Twice(onRequest.Property);
            }
        }

        addendum.Terms = new Runtime.Results.AddendumTerms(term, automatic, negotiable);

        bool? Twice(NameSyntax name)
        {
            context.Diagnostics.Add(DiagnosticCatalog.DuplicateProperty(At(file, name), name.Text));
            return automatic;
        }
    }

    /// <summary>
    /// The included sets that must apply. A plain <c>omvat</c> is required in an addendum; in <c>eisen</c> it stands
    /// aside, and of a set with a <c>geldt voor</c> that is a choice the author must make aloud (ZI3009).
    /// </summary>
    private ImmutableHashSet<RequirementSetSymbol> RequiredIncludes(SyntaxTree file, IEnumerable<IncludeSyntax> includes, ImmutableArray<RequirementSetSymbol> resolved, bool plainIsRequired)
    {
        var required = ImmutableHashSet.CreateBuilder<RequirementSetSymbol>();
        foreach (var include in includes)
        {
            if (resolved.FirstOrDefault(s => s.Name == include.Target.Text) is not { } target)
            {
                continue;
            }

            if (include.Mode == IncludeMode.Required || (include.Mode == IncludeMode.Plain && plainIsRequired))
            {
                required.Add(target);
            }
            else if (include.Mode == IncludeMode.Plain && context.DeclarationOf(target) is RequirementSetDeclarationSyntax { AppliesTo: not null })
            {
                context.Diagnostics.Add(DiagnosticCatalog.ScopedIncludeUnstated(At(file, include), target.Name));
            }
        }

        return required.ToImmutable();
    }

    private Discretion? BindDiscretion(SyntaxTree file, DiscretionSyntax? syntax, ExpressionScope scope) =>
        syntax is null ? null : new Discretion(syntax.Reason?.Value, At(file, syntax))
        {
            Condition = syntax.Condition is null ? null : expressions.BindCondition(syntax.Condition, scope),
        };

    /// <summary>
    /// A requirement's <c>mag afwijken</c>: before the condition without <c>als</c>, or after it (and its exceptions)
    /// with <c>als voorwaarde</c>. <c>mag afwijken als A dan B</c> before the condition could mean either; it is
    /// rejected with both spellings (ZI3010), as is a condition before the requirement's own (ZI3011).
    /// </summary>
    private Discretion? BindRequirementDiscretion(SyntaxTree file, RequirementSyntax syntax, ExpressionScope scope)
    {
        if (syntax.Discretion is { } leading && syntax.TrailingDiscretion is not null)
        {
            context.Diagnostics.Add(DiagnosticCatalog.DiscretionPlacement(At(file, leading), twice: true));
        }
        else if (syntax.Discretion is { Condition: not null } conditional)
        {
            context.Diagnostics.Add(DiagnosticCatalog.DiscretionPlacement(At(file, conditional), twice: false));
        }
        else if (syntax.Discretion is not null && syntax.Condition is ConditionalExpressionSyntax { Else: null } implication)
        {
            context.Diagnostics.Add(DiagnosticCatalog.AmbiguousConditionalDiscretion(
                At(file, syntax.Discretion), ExpressionBinder.TextOf(scope, implication.Condition), ExpressionBinder.TextOf(scope, implication.Then)));
        }

        return BindDiscretion(file, syntax.TrailingDiscretion ?? syntax.Discretion, scope);
    }

    private ImmutableArray<RequirementSymbol> BindRequirements(SyntaxTree file, string parentPath, IEnumerable<RequirementSyntax> syntaxes, ExpressionScope scope)
    {
        var bound = new List<RequirementSymbol>();
        // By name, so a set of many requirements is checked for duplicates in one pass, not by comparing every pair.
        var byName = new Dictionary<string, RequirementSymbol>(StringComparer.Ordinal);
        foreach (var syntax in syntaxes.Where(r => r.Name.Text.Length > 0))
        {
            var requirement = new RequirementSymbol(syntax.Name.Text, At(file, syntax.Name), parentPath + "." + syntax.Name.Text, syntax.Sentence?.Value);
            context.References.Add(new SymbolReference(requirement.Location, requirement));
            if (!byName.TryAdd(requirement.Name, requirement))
            {
                var previous = byName[requirement.Name];
                context.Diagnostics.Add(DiagnosticCatalog.DuplicateRequirement(requirement.Location, requirement.Name, previous.Location));
                continue;
            }

            requirement.Discretion = BindRequirementDiscretion(file, syntax, scope);
            var condition = syntax.Condition is null ? null : expressions.BindCondition(syntax.Condition, scope);
            requirement.Children = BindRequirements(file, requirement.Path, syntax.Children, scope);
            (requirement.Condition, requirement.Exceptions) = BindExceptions(file, syntax, condition, scope);
            bound.Add(requirement);
        }

        return [.. bound];
    }

    private void CheckIncludeCycles()
    {
        var guard = new CycleGuard<RequirementSetSymbol>();
        foreach (var set in context.RequirementSets)
        {
            guard.Walk(set, s => s.Includes, _ => { }, ReportIncludeCycle);
        }

        // A cycle would make evaluation recurse forever; cut the edges that close one.
        foreach (var set in context.RequirementSets)
        {
            set.Includes = [.. set.Includes.Where(included => !Reaches(included, set, []))];
        }
    }

    /// <summary>Reports a cycle at the 'omvat' that closes it: the one in the last but one set, naming the first.</summary>
    private void ReportIncludeCycle(IReadOnlyList<RequirementSetSymbol> chain)
    {
        var (from, to) = (chain[^2], chain[^1]);
        var includeSyntax = ((RequirementSetDeclarationSyntax)context.DeclarationOf(from)).Includes.FirstOrDefault(i => i.Target.Text == to.Name);
        context.Diagnostics.Add(DiagnosticCatalog.IncludeCycle(includeSyntax is null ? from.Location : At(context.FileOf(from), includeSyntax), chain.Select(s => s.Name)));
    }

    private static bool Reaches(RequirementSetSymbol from, RequirementSetSymbol target, HashSet<RequirementSetSymbol> seen) =>
        from == target || (seen.Add(from) && from.Includes.Any(i => Reaches(i, target, seen)));

    private PolicyHeaderInfo? BindHeader()
    {
        if (context.Loaded.Entry is not { } entry)
        {
            return null;
        }

        var headers = entry.Root.OfKind<PolicyHeaderSyntax>().ToList();
        foreach (var extra in headers.Skip(1))
        {
            context.Diagnostics.Add(DiagnosticCatalog.DuplicateHeader(At(entry, extra.Title), At(entry, headers[0].Title)));
        }

        if (headers.Count == 0)
        {
            return null;
        }

        var header = headers[0];
        string? insurer = null, source = null;
        int? first = null, last = null;
        DateOnly? published = null;
        var scope = ExpressionScope.ForFile(entry);
        foreach (var property in context.KnownProperties(entry, header.Properties, HeaderProperties, "de beleid-kop"))
        {
            switch (property.Name.Text)
            {
                case "verzekeraar":
                    insurer = expressions.BindConstantText(property.Value, scope);
                    break;
                case "bron":
                    source = expressions.BindConstantText(property.Value, scope);
                    break;
                case "gepubliceerd":
                    published = expressions.BindExpectingType(property.Value, scope, PrimitiveType.Date, "een datum") is BoundLiteral { Value: DateOnly d } ? d : null;
                    break;
                case "looptijd":
                    (first, last) = BindPeriod(entry, property, scope);
                    break;
            }
        }

        foreach (var required in new[] { "verzekeraar", "looptijd" })
        {
            if (header.Properties.All(p => p.Name.Text != required))
            {
                context.Diagnostics.Add(DiagnosticCatalog.MissingHeaderProperty(At(entry, header.Title), required));
            }
        }

        return new PolicyHeaderInfo(header.Title.Value, insurer, first, last, published, source);
    }

    private (int? First, int? Last) BindPeriod(SyntaxTree file, PropertySyntax property, ExpressionScope scope)
    {
        var first = expressions.BindExpectingType(property.Value, scope, PrimitiveType.Integer, "een jaartal") is BoundLiteral { Value: long f } ? (int?)f : null;
        var last = property.RangeEnd is null ? first
            : expressions.BindExpectingType(property.RangeEnd, scope, PrimitiveType.Integer, "een jaartal") is BoundLiteral { Value: long l } ? (int?)l : null;
        if (first is { } a && last is { } b && (b < a || a < 1900 || b > 2200))
        {
            context.Diagnostics.Add(DiagnosticCatalog.InvalidPeriod(At(file, property), file.Text.GetText(property.Span), b < a ? "het laatste jaar ligt vóór het eerste" : "dit zijn geen plausibele jaartallen"));
            return (null, null);
        }

        return (first, last);
    }
}
