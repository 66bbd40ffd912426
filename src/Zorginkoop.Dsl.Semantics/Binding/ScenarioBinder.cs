using System.Collections.Immutable;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Bound;
using Zorginkoop.Dsl.Semantics.Model;
using Zorginkoop.Dsl.Semantics.Symbols;
using Zorginkoop.Dsl.Semantics.Types;
using Zorginkoop.Dsl.Syntax.Diagnostics;
using Zorginkoop.Dsl.Syntax.Parsing;
using Zorginkoop.Dsl.Syntax.Syntax;
using Zorginkoop.Dsl.Syntax.Syntax.Amendments;
using Zorginkoop.Dsl.Syntax.Syntax.Expressions;
using Zorginkoop.Dsl.Syntax.Syntax.Scenarios;
using Zorginkoop.Dsl.Syntax.Syntax.Timelines;
using Zorginkoop.Dsl.Syntax.Text;
using static Zorginkoop.Dsl.Semantics.Binding.BindingContext;

namespace Zorginkoop.Dsl.Semantics.Binding;

/// <summary>
/// Translates voorbeelden and scenarios into their checked form: facts checked against the subject record (voorbeeld
/// merged with the scenario's own), dates, requests, and expectations resolved to requirement sets, requirements,
/// addenda and timeline entries.
/// </summary>
internal sealed class ScenarioBinder(BindingContext context, ExpressionBinder expressions)
{
    /// <summary>The states a timeline entry can be expected in; the timeline evaluator reports the same words.</summary>
    public static readonly ImmutableArray<string> TimelineEntryStates = ["verlopen", "open", "komend", "afgerond", "zonder datum"];

    private readonly CycleGuard<ExampleSymbol> exampleCycles = new();

    /// <summary>The examples (each bound once, chains of bases followed) and the scenarios, in source order.</summary>
    public (ImmutableArray<ExampleSymbol> Examples, ImmutableArray<CheckedScenario> Scenarios) Bind()
    {
        foreach (var example in context.Examples)
        {
            EnsureBound(example);
        }

        var scenarios = new List<CheckedScenario>();
        foreach (var file in context.Loaded.Files)
        {
            var titles = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
            foreach (var syntax in file.Root.OfKind<ScenarioDeclarationSyntax>())
            {
                var scenario = BindScenario(file, syntax);
                if (titles.TryGetValue(scenario.Title, out var previous))
                {
                    context.Diagnostics.Add(DiagnosticCatalog.DuplicateScenario(scenario.Location, scenario.Title, previous));
                }
                else
                {
                    titles[scenario.Title] = scenario.Location;
                }

                scenarios.Add(scenario);
            }
        }

        return ([.. context.Examples], [.. scenarios]);
    }

    private void EnsureBound(ExampleSymbol example) =>
        exampleCycles.Visit(example, () => BindExample(example), chain => context.Diagnostics.Add(DiagnosticCatalog.ExampleCycle(example.Location, chain.Select(e => e.Name))));

    private void BindExample(ExampleSymbol example)
    {
        var file = context.FileOf(example);
        ScenarioRecord? baseFacts = null;
        if (example.Syntax.Base is { } baseName && context.Resolve<ExampleSymbol>(file, baseName, "voorbeeld") is { } baseExample)
        {
            EnsureBound(baseExample);
            example.Base = baseExample;
            baseFacts = baseExample.Facts;
        }

        if (context.Subject is not null)
        {
            var own = BindRecordValue(file, example.Syntax.Facts, context.Subject);
            example.Facts = baseFacts is null ? own : baseFacts.With(own);
        }
    }

    private CheckedScenario BindScenario(SyntaxTree file, ScenarioDeclarationSyntax syntax)
    {
        ScenarioRecord? facts = null;
        DateOnly? date = null;
        var events = new List<ScenarioEvent>();
        var requests = new List<ScenarioRequest>();
        var firsts = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);

        bool First(string part, SyntaxNode node)
        {
            if (firsts.TryGetValue(part, out var previous))
            {
                context.Diagnostics.Add(DiagnosticCatalog.DuplicateScenarioPart(At(file, node), part, previous));
                return false;
            }

            firsts[part] = At(file, node);
            return true;
        }

        foreach (var member in syntax.Members)
        {
            switch (member)
            {
                case GivenSyntax given when First("gegeven", given):
                    facts = BindGiven(file, given);
                    break;
                case ScenarioDateSyntax on when First("op", on):
                    date = BindConstantDate(file, on.Date);
                    break;
                case ScenarioEventSyntax happening when happening.Event.Text.Length > 0:
                    if (events.FirstOrDefault(e => e.Name == happening.Event.Text) is { } earlier)
                    {
                        context.Diagnostics.Add(DiagnosticCatalog.DuplicateScenarioPart(At(file, happening), $"gebeurtenis {happening.Event.Text}", earlier.Location));
                    }
                    else if (BindConstantDate(file, happening.Date) is { } happened)
                    {
                        events.Add(new ScenarioEvent(happening.Event.Text, happened, At(file, happening)));
                    }

                    break;
                case ScenarioRequestSyntax request:
                    var target = ResolveRequestTarget(file, request.Target);
                    if (target is not null && requests.FirstOrDefault(r => ReferenceEquals(r.Target, target)) is { } sameTarget)
                    {
                        context.Diagnostics.Add(DiagnosticCatalog.DuplicateScenarioPart(At(file, request), $"aanvraag {target.Name}", sameTarget.Location));
                    }
                    else if (BindConstantDate(file, request.Date) is { } requested && target is not null)
                    {
                        requests.Add(new ScenarioRequest(target, requested, At(file, request)));
                    }

                    break;
            }
        }

        var expectations = syntax.Members.OfType<ExpectationSyntax>()
            .Select(e => BindExpectation(file, e, requests))
            .OfType<ScenarioExpectation>()
            .ToImmutableArray();
        var location = At(file, syntax.Title);
        if (!syntax.Members.OfType<ExpectationSyntax>().Any())
        {
            context.Diagnostics.Add(DiagnosticCatalog.ScenarioWithoutExpectations(location, syntax.Title.Value));
        }

        return new CheckedScenario(syntax.Title.Value, location, facts, date, [.. events], [.. requests], expectations);
    }

    private ScenarioRecord? BindGiven(SyntaxTree file, GivenSyntax given)
    {
        if (context.Subject is null || context.SubjectVariable is null)
        {
            context.Diagnostics.Add(DiagnosticCatalog.NoSubject(At(file, given.Subject), given.Subject.Text));
            return null;
        }

        if (given.Subject.Text != context.SubjectVariable.Name)
        {
            context.Diagnostics.Add(DiagnosticCatalog.GivenNotSubject(At(file, given.Subject), given.Subject.Text, context.SubjectVariable.Name));
        }
        else
        {
            context.References.Add(new SymbolReference(At(file, given.Subject), context.Subject));
        }

        var facts = new ScenarioRecord(context.Subject, [], At(file, given));
        if (given.Base is not null && context.Resolve<ExampleSymbol>(file, given.Base, "voorbeeld") is { } example)
        {
            EnsureBound(example);
            facts = example.Facts ?? facts;
        }

        return given.Facts is null ? facts : facts.With(BindRecordValue(file, given.Facts, context.Subject));
    }

    private ScenarioRecord BindRecordValue(SyntaxTree file, RecordValueSyntax syntax, RecordSymbol record)
    {
        var given = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var fields = new List<ScenarioField>();
        foreach (var fieldValue in syntax.Fields.Where(f => f.Name.Text.Length > 0))
        {
            var name = fieldValue.Name.Text;
            var at = At(file, fieldValue.Name);
            if (given.TryGetValue(name, out var previous))
            {
                context.Diagnostics.Add(DiagnosticCatalog.DuplicateFact(at, name, previous));
                continue;
            }

            given[name] = at;
            if (record.Find(name) is not { } field)
            {
                context.Diagnostics.Add(DiagnosticCatalog.UnknownField(at, record.Name, name, NameSuggester.Suggest(name, record.Fields.Select(f => f.Name))));
                continue;
            }

            context.References.Add(new SymbolReference(at, field));
            if (BindFactValue(file, fieldValue.Value, field.Type) is { } value)
            {
                fields.Add(new ScenarioField(field, value));
            }
        }

        var ordered = fields.OrderBy(f => record.Fields.IndexOf(f.Field));
        return new ScenarioRecord(record, [.. ordered], At(file, syntax));
    }

    private ScenarioValue? BindFactValue(SyntaxTree file, ValueSyntax syntax, TypeSymbol type)
    {
        var at = At(file, syntax);
        var text = CanonicalText.Of(file, syntax.Span);
        ScenarioValue? Mismatch(string actual)
        {
            context.Diagnostics.Add(DiagnosticCatalog.TypeMismatch(at, text, actual, type.DisplayName));
            return null;
        }

        if (type.IsError)
        {
            return null;
        }

        switch (syntax)
        {
            case UnknownValueSyntax:
                return new ScenarioUnknown(at);
            case RecordValueSyntax record:
                return type is RecordType recordType ? BindRecordValue(file, record, recordType.Record) : Mismatch("een record { … }");
            case ListValueSyntax list:
                if (type is not ListType listType)
                {
                    return Mismatch("een lijst");
                }

                var items = list.Items.Select(item => BindFactValue(file, item, listType.Element)).ToList();
                return items.Any(i => i is null) ? null : new ScenarioList([.. items.OfType<ScenarioValue>()], at);
            case ExpressionValueSyntax { Expression: var expression }:
                if (type is RecordType or ListType)
                {
                    // An error expression was reported by the parser already.
                    return expression is ErrorExpressionSyntax ? null : Mismatch("een losse waarde");
                }

                // A quoted choice member ("criminele organisatie") is written as a text.
                if (type is ChoiceType choiceType && expression is LiteralExpressionSyntax { Kind: LiteralKind.Text } quoted)
                {
                    return expressions.BindQuotedChoiceMember(quoted, at, choiceType) is BoundLiteral { Value: string member } ? new ScenarioConstant(member, type, at) : null;
                }

                var bound = expressions.BindExpression(expression, ExpressionScope.ForFile(file), type as ChoiceType);
                if (bound.Type.IsError)
                {
                    return null;
                }

                if (Constant(bound) is not { } value)
                {
                    context.Diagnostics.Add(DiagnosticCatalog.FactNotConstant(at, text));
                    return null;
                }

                var fits = bound.Type == type || (bound.Type == PrimitiveType.Integer && type == PrimitiveType.Decimal);
                return fits ? new ScenarioConstant(value, type, at) : Mismatch(bound.Type.DisplayName);
            default:
                return null;
        }
    }

    /// <summary>The value of a literal or a negated literal; anything else is not a fact but a rule.</summary>
    private static object? Constant(BoundExpression bound) => bound switch
    {
        BoundLiteral literal => literal.Value,
        BoundUnary { Operator: BoundUnaryOperator.Negate, Operand: BoundLiteral operand } => operand.Value switch
        {
            long whole => -whole,
            decimal number => -number,
            _ => null,
        },
        _ => null,
    };

    private DateOnly? BindConstantDate(SyntaxTree file, ExpressionSyntax syntax)
    {
        var bound = expressions.BindExpression(syntax, ExpressionScope.ForFile(file));
        switch (bound)
        {
            case { Type.IsError: true }:
                return null;
            case BoundLiteral { Value: DateOnly date }:
                return date;
            case BoundLiteral:
                context.Diagnostics.Add(DiagnosticCatalog.TypeMismatch(At(file, syntax), file.Text.GetText(syntax.Span).Trim(), bound.Type.DisplayName, "een datum"));
                return null;
            default:
                context.Diagnostics.Add(DiagnosticCatalog.FactNotConstant(At(file, syntax), file.Text.GetText(syntax.Span).Trim()));
                return null;
        }
    }

    private Symbol? ResolveRequestTarget(SyntaxTree file, NameSyntax name)
    {
        if (name.Text.Length == 0)
        {
            return null;
        }

        switch (context.LookupGlobal(name.Text, file))
        {
            case AddendumSymbol addendum:
                context.References.Add(new SymbolReference(At(file, name), addendum));
                return addendum;
            case RequirementSetSymbol set:
                context.References.Add(new SymbolReference(At(file, name), set));
                return set;
            case null:
                context.Diagnostics.Add(DiagnosticCatalog.UnknownName(At(file, name), "addendum", name.Text, context.SuggestGlobal(name.Text, file, s => s is AddendumSymbol or RequirementSetSymbol)));
                return null;
            case var other:
                context.Diagnostics.Add(DiagnosticCatalog.WrongKindOfName(At(file, name), name.Text, $"een {other.KindName}", "een addendum of eisen"));
                return null;
        }
    }

    private ScenarioExpectation? BindExpectation(SyntaxTree file, ExpectationSyntax syntax, IReadOnlyList<ScenarioRequest> requests)
    {
        var parts = syntax.Target.Parts;
        if (parts.IsEmpty || parts.Any(p => p.Text.Length == 0))
        {
            return null;
        }

        var rootName = parts[0];
        var root = context.LookupGlobal(rootName.Text, file);
        switch (root)
        {
            case null:
                context.Diagnostics.Add(DiagnosticCatalog.UnknownName(At(file, rootName), "eisen, addendum of tijdlijn", rootName.Text,
                    context.SuggestGlobal(rootName.Text, file, s => s is RequirementSetSymbol or AddendumSymbol or TimelineSymbol)));
                return null;
            case RequirementSetSymbol or AddendumSymbol or TimelineSymbol:
                context.References.Add(new SymbolReference(At(file, rootName), root));
                break;
            default:
                context.Diagnostics.Add(DiagnosticCatalog.WrongKindOfName(At(file, rootName), rootName.Text, $"een {root.KindName}", "eisen, een addendum of een tijdlijn"));
                return null;
        }

        var targetText = syntax.Target.ToString();
        var text = "verwacht " + CanonicalText.Of(file, new TextSpan(syntax.Target.Span.Start, syntax.Span.End - syntax.Target.Span.Start));
        var location = At(file, syntax);
        string? entry = null;
        var steps = ImmutableArray.CreateBuilder<TargetStep>();
        RequirementSymbol? requirement = null;
        ExpectationTargetKind kind;

        if (root is TimelineSymbol timeline)
        {
            if (parts.Length != 2)
            {
                context.Diagnostics.Add(DiagnosticCatalog.ExpectationMismatch(At(file, syntax.Target), $"tijdlijn '{timeline.Name}'", text, "één regel van de tijdlijn, zoals 'verwacht " + timeline.Name + ".<regel> open'"));
                return null;
            }

            var entries = TimelineEntryIds(timeline);
            if (!entries.Contains(parts[1].Text))
            {
                context.Diagnostics.Add(DiagnosticCatalog.UnknownTimelineEntry(At(file, parts[1]), timeline.Name, parts[1].Text, NameSuggester.Suggest(parts[1].Text, entries)));
                return null;
            }

            entry = parts[1].Text;
            kind = ExpectationTargetKind.TimelineEntry;
        }
        else
        {
            var (includes, requirements) = root switch
            {
                RequirementSetSymbol set => (set.Includes, set.Requirements),
                AddendumSymbol addendum => (addendum.Includes, addendum.Requirements),
                _ => ([], []),
            };
            var container = $"{root.KindName} '{root.Name}'";
            foreach (var part in parts.Skip(1))
            {
                if (requirements.FirstOrDefault(r => r.Name == part.Text) is { } found)
                {
                    context.References.Add(new SymbolReference(At(file, part), found));
                    steps.Add(new TargetStep(part.Text, false));
                    requirement = found;
                    (includes, requirements) = ([], found.Children);
                    container = $"eis '{found.Path}'";
                }
                else if (includes.FirstOrDefault(i => i.Name == part.Text) is { } included)
                {
                    context.References.Add(new SymbolReference(At(file, part), included));
                    steps.Add(new TargetStep(part.Text, true));
                    requirement = null;
                    (includes, requirements) = (included.Includes, included.Requirements);
                    container = $"eisen '{included.Name}'";
                }
                else
                {
                    var candidates = requirements.Select(r => r.Name).Concat(includes.Select(i => i.Name));
                    context.Diagnostics.Add(DiagnosticCatalog.UnknownExpectationPath(At(file, part), char.ToUpperInvariant(container[0]) + container[1..], part.Text, NameSuggester.Suggest(part.Text, candidates)));
                    return null;
                }
            }

            kind = requirement is not null ? ExpectationTargetKind.Requirement
                : root is AddendumSymbol && steps.Count == 0 ? ExpectationTargetKind.Addendum
                : ExpectationTargetKind.RequirementSet;
        }

        var what = kind switch
        {
            ExpectationTargetKind.TimelineEntry => $"tijdlijnregel '{targetText}'",
            ExpectationTargetKind.Requirement => $"eis '{targetText}'",
            ExpectationTargetKind.Addendum => $"addendum '{targetText}'",
            _ => $"eisen '{targetText}'",
        };

        switch (syntax.Expected)
        {
            case ExpectedOutcomeSyntax outcome when kind != ExpectationTargetKind.TimelineEntry:
                return new ScenarioExpectation(text, targetText, kind, root, steps.ToImmutable(), requirement, null, outcome.Outcome, null, null, location);
            case ExpectedOutcomeSyntax:
                context.Diagnostics.Add(DiagnosticCatalog.ExpectationMismatch(At(file, syntax.Expected), what, text, $"een toestand: {string.Join(", ", TimelineEntryStates)}"));
                return null;
            case ExpectedStartDateSyntax startDate:
                var rule = steps.Count > 0 ? null : root switch
                {
                    AddendumSymbol addendum => addendum.StartDate,
                    RequirementSetSymbol set => set.StartDate,
                    _ => null,
                };
                if (kind == ExpectationTargetKind.TimelineEntry || steps.Count > 0)
                {
                    context.Diagnostics.Add(DiagnosticCatalog.ExpectationMismatch(At(file, syntax.Expected), what, text, "'ingangsdatum' alleen bij een addendum of eisen met een ingangsdatumregel"));
                    return null;
                }

                if (rule is null)
                {
                    context.Diagnostics.Add(DiagnosticCatalog.NoStartDateRule(At(file, syntax.Expected), root.Name));
                    return null;
                }

                if (!requests.Any(r => ReferenceEquals(r.Target, root)))
                {
                    context.Diagnostics.Add(DiagnosticCatalog.StartDateWithoutRequest(At(file, syntax.Expected), root.Name));
                    return null;
                }

                return BindConstantDate(file, startDate.Date) is { } expectedDate
                    ? new ScenarioExpectation(text, targetText, kind, root, steps.ToImmutable(), requirement, null, null, expectedDate, null, location)
                    : null;
            case ExpectedStateSyntax state when kind == ExpectationTargetKind.TimelineEntry:
                if (!TimelineEntryStates.Contains(state.State.Text))
                {
                    context.Diagnostics.Add(DiagnosticCatalog.UnknownEntryState(At(file, state), state.State.Text, TimelineEntryStates));
                    return null;
                }

                return new ScenarioExpectation(text, targetText, kind, root, [], null, entry, null, null, state.State.Text, location);
            case ExpectedStateSyntax state:
                if (state.State.Text.Length > 0)
                {
                    context.Diagnostics.Add(DiagnosticCatalog.ExpectationMismatch(At(file, state), what, text, "voldaan, voldaan bij uitzondering, niet voldaan, onbekend of niet van toepassing"));
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>The named entries of a timeline, including those that amendments add to it.</summary>
    private HashSet<string> TimelineEntryIds(TimelineSymbol timeline)
    {
        IEnumerable<TimelineEntrySyntax> Entries(IEnumerable<SyntaxNode> members) => members.SelectMany(m => m switch
        {
            TimelineEntrySyntax entry => [entry],
            TimelinePhaseSyntax phase => phase.Entries,
            _ => Enumerable.Empty<TimelineEntrySyntax>(),
        });

        var fromAmendments = context.Loaded.Files
            .SelectMany(f => f.Root.OfKind<AmendmentDeclarationSyntax>())
            .SelectMany(a => a.Operations)
            .SelectMany(o => o switch
            {
                AddOperationSyntax add when add.Target?.ToString() == timeline.Name => add.Items,
                ReplaceOperationSyntax replace when replace.Target.Parts.FirstOrDefault()?.Text == timeline.Name => [replace.Replacement],
                _ => [],
            });
        return [.. Entries(timeline.Syntax.Members).Concat(Entries(fromAmendments)).Select(e => e.Id?.Text).OfType<string>()];
    }
}
