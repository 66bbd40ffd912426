using System.Collections.Immutable;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Bound;
using Zorginkoop.Dsl.Semantics.Symbols;
using Zorginkoop.Dsl.Semantics.Types;
using Zorginkoop.Dsl.Syntax.Parsing;
using Zorginkoop.Dsl.Syntax.Diagnostics;
using Zorginkoop.Dsl.Syntax.Syntax.Expressions;
using Zorginkoop.Dsl.Syntax.Text;
using static Zorginkoop.Dsl.Semantics.Binding.BindingContext;

namespace Zorginkoop.Dsl.Semantics.Binding;

/// <summary>
/// Translates expressions into bound expressions: names resolved in the <see cref="BindingContext"/>, operators
/// checked against their operand types, definitions bound on first use (each once, cycles reported). The core of
/// binding, used by the declarations and by every feature binder.
/// </summary>
internal sealed partial class ExpressionBinder
{
    private readonly BindingContext context;
    private readonly CycleGuard<DefinitionSymbol> definitionCycles = new();

    public ExpressionBinder(BindingContext context) => this.context = context;

    public BoundExpression BindCondition(ExpressionSyntax syntax, ExpressionScope scope)
    {
        var bound = BindExpression(syntax, scope);
        if (!bound.Type.IsError && bound.Type != PrimitiveType.Boolean)
        {
            context.Diagnostics.Add(DiagnosticCatalog.ConditionNotBoolean(At(scope.File, syntax), TextOf(scope, syntax), bound.Type.DisplayName));
            return BoundErrorExpression.Instance;
        }

        return bound;
    }

    public BoundExpression BindExpectingType(ExpressionSyntax syntax, ExpressionScope scope, TypeSymbol expected, string expectedText)
    {
        var bound = BindExpression(syntax, scope);
        if (bound.Type.IsError || bound.Type == expected || (expected == PrimitiveType.Decimal && bound.Type == PrimitiveType.Integer))
        {
            return bound;
        }

        context.Diagnostics.Add(DiagnosticCatalog.TypeMismatch(At(scope.File, syntax), TextOf(scope, syntax), bound.Type.DisplayName, expectedText));
        return BoundErrorExpression.Instance;
    }

    public void EnsureBound(DefinitionSymbol definition) =>
        definitionCycles.Visit(
            definition,
            () => definition.Value = BindExpression(definition.Syntax.Value, ExpressionScope.ForFile(context.FileOf(definition))),
            chain => context.Diagnostics.Add(DiagnosticCatalog.DefinitionCycle(definition.Location, chain.Select(d => d.Name))));

    /// <summary>The text of an expression that must be a text literal, such as a reason or an insurer; null when it is not.</summary>
    public string? BindConstantText(ExpressionSyntax syntax, ExpressionScope scope) =>
        BindExpectingType(syntax, scope, PrimitiveType.Text, "een tekst") is BoundLiteral { Value: string text } ? text : null;

    public BoundExpression BindExpression(ExpressionSyntax syntax, ExpressionScope scope, ChoiceType? expectedChoice = null)
    {
        var location = At(scope.File, syntax);
        switch (syntax)
        {
            case LiteralExpressionSyntax { Kind: LiteralKind.Text } quoted when expectedChoice is not null:
                return BindQuotedChoiceMember(quoted, location, expectedChoice);
            case LiteralExpressionSyntax literal:
                var value = LiteralBinder.Bind(literal, location, context.Diagnostics);
                if (value.Type is TimeOfDayType)
                {
                    context.Diagnostics.Add(DiagnosticCatalog.TimeAlone(location, literal.Text));
                    return BoundErrorExpression.Instance;
                }

                return value;
            case NameExpressionSyntax name:
                return BindName(name.Name, scope, expectedChoice);
            case MemberAccessExpressionSyntax member:
                return BindMemberAccess(member, scope);
            case ParenthesizedExpressionSyntax parenthesized:
                return BindExpression(parenthesized.Inner, scope, expectedChoice);
            case ListExpressionSyntax list:
                return BindList(list, scope, expectedChoice);
            case UnaryExpressionSyntax unary:
                return BindUnary(unary, scope);
            case BinaryExpressionSyntax binary:
                return BindBinary(binary, scope);
            case TestExpressionSyntax test:
                var operand = BindExpression(test.Operand, scope);
                if (test.Test == TestKind.Empty && !operand.Type.IsError && operand.Type is not ListType && operand.Type != PrimitiveType.Text)
                {
                    context.Diagnostics.Add(DiagnosticCatalog.NotAList(At(scope.File, test.Operand), TextOf(scope, test.Operand), operand.Type.DisplayName));
                }

                return new BoundTest(operand, test.Test, test.IsNegated, location);
            case SatisfiedExpressionSyntax satisfied:
                return BindSatisfied(satisfied, scope, location);
            case ConditionalExpressionSyntax conditional:
                return BindConditional(conditional, scope);
            case QuantifiedExpressionSyntax quantified:
                return BindQuantified(quantified, scope);
            case SumExpressionSyntax sum:
                return BindSum(sum, scope);
            case CountExpressionSyntax count:
                var source = BindList(count.Source, scope);
                return source.Type.IsError ? BoundErrorExpression.Instance : new BoundCount(source, location, TextOf(scope, syntax));
            case FirstDayOfNextPeriodExpressionSyntax next:
                return BindDateFunction(next.Date, scope, location, TextOf(scope, syntax), PrimitiveType.Date, next.Unit switch
                {
                    PeriodUnit.Week => DateFunction.FirstDayOfNextWeek,
                    PeriodUnit.Month => DateFunction.FirstDayOfNextMonth,
                    PeriodUnit.Quarter => DateFunction.FirstDayOfNextQuarter,
                    _ => DateFunction.FirstDayOfNextYear,
                });
            case FirstDayOfPeriodExpressionSyntax first:
                return BindDateFunction(first.Date, scope, location, TextOf(scope, syntax), PrimitiveType.Date, first.Unit switch
                {
                    PeriodUnit.Week => DateFunction.FirstDayOfWeek,
                    PeriodUnit.Month => DateFunction.FirstDayOfMonth,
                    PeriodUnit.Quarter => DateFunction.FirstDayOfQuarter,
                    _ => DateFunction.FirstDayOfYear,
                });
            case DatePartExpressionSyntax part:
                return BindDateFunction(part.Date, scope, location, TextOf(scope, syntax), PrimitiveType.Integer, part.Unit switch
                {
                    PeriodUnit.Week => DateFunction.WeekOf,
                    PeriodUnit.Month => DateFunction.MonthOf,
                    PeriodUnit.Quarter => DateFunction.QuarterOf,
                    _ => DateFunction.YearOf,
                });
            case ExtremeDateExpressionSyntax extreme:
                var firstDate = BindExpression(extreme.First, scope);
                var secondDate = BindExpression(extreme.Second, scope);
                if (firstDate.Type.IsError || secondDate.Type.IsError)
                {
                    return BoundErrorExpression.Instance;
                }

                if (!IsDateLike(firstDate.Type) || firstDate.Type != secondDate.Type)
                {
                    context.Diagnostics.Add(DiagnosticCatalog.OperatorMismatch(location, extreme.Earliest ? "vroegste van" : "laatste van", firstDate.Type.DisplayName, secondDate.Type.DisplayName, TextOf(scope, extreme.First), TextOf(scope, extreme.Second)));
                    return BoundErrorExpression.Instance;
                }

                return new BoundExtremeDate(extreme.Earliest, firstDate, secondDate, firstDate.Type, location, TextOf(scope, syntax));
            default:
                return BoundErrorExpression.Instance;
        }
    }

    /// <summary>
    /// A keuze member with spaces (<c>"criminele organisatie"</c>) can only be written quoted, so where a member of
    /// that keuze is expected (<c>x = …</c>, <c>x in […]</c>, <c>bevat …</c>) a quoted text names it, as in a scenario.
    /// </summary>
    internal BoundExpression BindQuotedChoiceMember(LiteralExpressionSyntax quoted, SourceLocation location, ChoiceType expectedChoice)
    {
        if (expectedChoice.Choice.Find(quoted.Text) is { } member)
        {
            context.References.Add(new SymbolReference(location, member));
            return new BoundLiteral(member.Name, expectedChoice, location);
        }

        context.Diagnostics.Add(DiagnosticCatalog.UnknownChoiceMember(location, quoted.Text, expectedChoice.Choice.Name, NameSuggester.Suggest(quoted.Text, expectedChoice.Choice.Members.Select(m => m.Name))));
        return BoundErrorExpression.Instance;
    }

    /// <summary>
    /// <c>Huisartsgeneeskundig is [niet] voldaan</c>: the operand names a set of <c>eisen</c> (ZI3021 otherwise); the
    /// set's outcome is a ja/nee value. A cycle through it is reported with the include cycles (ZI3022).
    /// </summary>
    private BoundExpression BindSatisfied(SatisfiedExpressionSyntax satisfied, ExpressionScope scope, SourceLocation location)
    {
        if (satisfied.Operand is NameExpressionSyntax { Name: var name } && !scope.Locals.ContainsKey(name.Text)
            && context.LookupGlobal(name.Text, scope.File) is RequirementSetSymbol set)
        {
            context.References.Add(new SymbolReference(At(scope.File, name), set));
            return new BoundSetOutcome(set, satisfied.IsNegated, location);
        }

        var suggestion = satisfied.Operand is NameExpressionSyntax { Name.Text: var written }
            ? NameSuggester.Suggest(written, context.RequirementSets.Select(s => s.Name))
            : null;
        context.Diagnostics.Add(DiagnosticCatalog.NotARequirementSet(At(scope.File, satisfied.Operand), TextOf(scope, satisfied.Operand), suggestion));
        return BoundErrorExpression.Instance;
    }

    private BoundExpression BindName(Syntax.Syntax.NameSyntax name, ExpressionScope scope, ChoiceType? expectedChoice)
    {
        var location = At(scope.File, name);
        if (name.Text.Length == 0)
        {
            return BoundErrorExpression.Instance;
        }

        if (scope.Locals.TryGetValue(name.Text, out var local))
        {
            context.References.Add(new SymbolReference(location, local));
            return new BoundVariable(local, location);
        }

        if (context.SubjectVariable is not null && name.Text == context.SubjectVariable.Name)
        {
            context.References.Add(new SymbolReference(location, context.Subject!));
            return new BoundVariable(context.SubjectVariable, location);
        }

        if (name.Text == BuiltInParameters.EvaluationDate.Name || (scope.AllowsRequestDate && name.Text == BuiltInParameters.RequestDate.Name))
        {
            var parameter = name.Text == BuiltInParameters.RequestDate.Name ? BuiltInParameters.RequestDate : BuiltInParameters.EvaluationDate;
            return new BoundParameter(parameter, location);
        }

        if (expectedChoice?.Choice.Find(name.Text) is { } expectedMember)
        {
            context.References.Add(new SymbolReference(location, expectedMember));
            return new BoundLiteral(expectedMember.Name, expectedChoice, location);
        }

        switch (context.LookupGlobal(name.Text, scope.File))
        {
            case DefinitionSymbol definition:
                EnsureBound(definition);
                context.References.Add(new SymbolReference(location, definition));
                return definition.Value.Type.IsError ? BoundErrorExpression.Instance : new BoundDefinitionReference(definition, location);
            case { } other:
                context.Diagnostics.Add(DiagnosticCatalog.WrongKindOfName(location, name.Text, $"een {other.KindName}", "een waarde"));
                return BoundErrorExpression.Instance;
        }

        if (expectedChoice is not null)
        {
            context.Diagnostics.Add(DiagnosticCatalog.UnknownChoiceMember(location, name.Text, expectedChoice.Choice.Name, NameSuggester.Suggest(name.Text, expectedChoice.Choice.Members.Select(m => m.Name))));
            return BoundErrorExpression.Instance;
        }

        var members = context.VisibleGlobals(scope.File).OfType<ChoiceSymbol>().SelectMany(c => c.Members).Where(m => m.Name == name.Text).ToList();
        if (members.Count == 1)
        {
            context.References.Add(new SymbolReference(location, members[0]));
            return new BoundLiteral(members[0].Name, new ChoiceType(members[0].Choice), location);
        }

        if (context.SubjectVariable is null && name.Text is "aanbieder" or "zorgaanbieder")
        {
            context.Diagnostics.Add(DiagnosticCatalog.NoSubject(location, name.Text));
            return BoundErrorExpression.Instance;
        }

        var candidates = scope.Locals.Keys
            .Concat(context.SubjectVariable is null ? [] : [context.SubjectVariable.Name])
            .Concat(context.VisibleGlobals(scope.File).OfType<DefinitionSymbol>().Select(d => d.Name))
            .Concat(context.VisibleGlobals(scope.File).OfType<ChoiceSymbol>().SelectMany(c => c.Members).Select(m => m.Name));
        context.Diagnostics.Add(DiagnosticCatalog.UnknownName(location, "naam", name.Text, NameSuggester.Suggest(name.Text, candidates)));
        return BoundErrorExpression.Instance;
    }

    private BoundExpression BindMemberAccess(MemberAccessExpressionSyntax member, ExpressionScope scope)
    {
        var target = BindExpression(member.Target, scope);
        var location = At(scope.File, member.Member);
        if (member.Member.Text.Length == 0)
        {
            // "aanbieder." without a name: the parser said so after the dot (ZI1002); "geen veld ''" would repeat it.
            return BoundErrorExpression.Instance;
        }

        switch (target.Type)
        {
            case ErrorType:
                return BoundErrorExpression.Instance;
            case RecordType { Record: var record }:
                if (record.Find(member.Member.Text) is { } field)
                {
                    context.References.Add(new SymbolReference(location, field));
                    return new BoundFieldAccess(target, field, At(scope.File, member));
                }

                context.Diagnostics.Add(DiagnosticCatalog.UnknownField(location, record.Name, member.Member.Text, NameSuggester.Suggest(member.Member.Text, record.Fields.Select(f => f.Name))));
                return BoundErrorExpression.Instance;
            default:
                context.Diagnostics.Add(DiagnosticCatalog.NoFields(location, TextOf(scope, member.Target), target.Type.DisplayName));
                return BoundErrorExpression.Instance;
        }
    }

    private BoundExpression BindList(ExpressionSyntax syntax, ExpressionScope scope, ChoiceType? expectedChoice = null)
    {
        if (syntax is not ListExpressionSyntax list)
        {
            var bound = BindExpression(syntax, scope);
            if (!bound.Type.IsError && bound.Type is not ListType)
            {
                context.Diagnostics.Add(DiagnosticCatalog.NotAList(At(scope.File, syntax), TextOf(scope, syntax), bound.Type.DisplayName));
                return BoundErrorExpression.Instance;
            }

            return bound;
        }

        var items = list.Items.Select(i => BindExpression(i, scope, expectedChoice)).ToImmutableArray();
        var element = items.FirstOrDefault(i => !i.Type.IsError)?.Type ?? (TypeSymbol?)expectedChoice ?? ErrorType.Instance;
        foreach (var item in items.Where(i => !i.Type.IsError && i.Type != element))
        {
            if (element == PrimitiveType.Integer && item.Type == PrimitiveType.Decimal)
            {
                element = PrimitiveType.Decimal;
                continue;
            }

            if (!(element == PrimitiveType.Decimal && item.Type == PrimitiveType.Integer))
            {
                context.Diagnostics.Add(DiagnosticCatalog.MixedList(item.Location ?? At(scope.File, list), element.DisplayName, item.Type.DisplayName));
            }
        }

        return new BoundList(items, new ListType(element), At(scope.File, list));
    }

    private BoundExpression BindUnary(UnaryExpressionSyntax unary, ExpressionScope scope)
    {
        var operand = BindExpression(unary.Operand, scope);
        if (operand.Type.IsError)
        {
            return BoundErrorExpression.Instance;
        }

        var location = At(scope.File, unary);
        var text = TextOf(scope, unary);
        if (unary.Operator == UnaryOperator.Not)
        {
            if (operand.Type != PrimitiveType.Boolean)
            {
                context.Diagnostics.Add(DiagnosticCatalog.ConditionNotBoolean(At(scope.File, unary.Operand), TextOf(scope, unary.Operand), operand.Type.DisplayName));
                return BoundErrorExpression.Instance;
            }

            return new BoundUnary(BoundUnaryOperator.Not, operand, PrimitiveType.Boolean, location, text);
        }

        if (!(operand.Type.IsNumeric || operand.Type == PrimitiveType.Money || operand.Type == PrimitiveType.Percentage || operand.Type == PrimitiveType.Duration))
        {
            context.Diagnostics.Add(DiagnosticCatalog.TypeMismatch(At(scope.File, unary.Operand), TextOf(scope, unary.Operand), operand.Type.DisplayName, "een getal, bedrag, percentage of duur"));
            return BoundErrorExpression.Instance;
        }

        return new BoundUnary(BoundUnaryOperator.Negate, operand, operand.Type, location, text);
    }

    private BoundExpression BindConditional(ConditionalExpressionSyntax conditional, ExpressionScope scope)
    {
        var condition = BindCondition(conditional.Condition, scope);
        var location = At(scope.File, conditional);
        if (conditional.Else is null)
        {
            var consequence = BindCondition(conditional.Then, scope);
            return condition.Type.IsError || consequence.Type.IsError
                ? BoundErrorExpression.Instance
                : new BoundConditional(condition, consequence, null, PrimitiveType.Boolean, location, TextOf(scope, conditional));
        }

        var then = BindExpression(conditional.Then, scope);
        var otherwise = BindExpression(conditional.Else, scope, then.Type as ChoiceType);
        if (condition.Type.IsError || then.Type.IsError || otherwise.Type.IsError)
        {
            return BoundErrorExpression.Instance;
        }

        var type = Unify(then.Type, otherwise.Type);
        if (type is null)
        {
            context.Diagnostics.Add(DiagnosticCatalog.TypeMismatch(At(scope.File, conditional.Else), TextOf(scope, conditional.Else), otherwise.Type.DisplayName, then.Type.DisplayName + " (net als na 'dan')"));
            return BoundErrorExpression.Instance;
        }

        return new BoundConditional(condition, then, otherwise, type, location, TextOf(scope, conditional));
    }

    private BoundExpression BindQuantified(QuantifiedExpressionSyntax quantified, ExpressionScope scope)
    {
        var source = BindList(quantified.Source, scope);
        if (source.Type is not ListType list)
        {
            return BoundErrorExpression.Instance;
        }

        var variable = DeclareVariable(quantified.Variable, list.Element, scope);
        var predicate = BindCondition(quantified.Predicate, scope.WithLocal(variable));
        if (predicate.Type.IsError)
        {
            return BoundErrorExpression.Instance;
        }

        var type = quantified.Quantifier == Quantifier.Count ? PrimitiveType.Integer : PrimitiveType.Boolean;
        return new BoundQuantified(quantified.Quantifier, variable, source, predicate, type, At(scope.File, quantified), TextOf(scope, quantified));
    }

    private BoundExpression BindSum(SumExpressionSyntax sum, ExpressionScope scope)
    {
        var source = BindList(sum.Source, scope);
        if (source.Type is not ListType list)
        {
            return BoundErrorExpression.Instance;
        }

        var variable = DeclareVariable(sum.Variable, list.Element, scope);
        var value = BindExpression(sum.Value, scope.WithLocal(variable));
        if (value.Type.IsError)
        {
            return BoundErrorExpression.Instance;
        }

        if (!(value.Type.IsNumeric || value.Type == PrimitiveType.Money || value.Type == PrimitiveType.Percentage || value.Type == PrimitiveType.Duration))
        {
            context.Diagnostics.Add(DiagnosticCatalog.TypeMismatch(At(scope.File, sum.Value), TextOf(scope, sum.Value), value.Type.DisplayName, "een getal, bedrag, percentage of duur"));
            return BoundErrorExpression.Instance;
        }

        return new BoundSum(value, variable, source, value.Type, At(scope.File, sum), TextOf(scope, sum));
    }

    private VariableSymbol DeclareVariable(Syntax.Syntax.NameSyntax name, TypeSymbol type, ExpressionScope scope)
    {
        var location = At(scope.File, name);
        if (scope.Locals.ContainsKey(name.Text) || context.SubjectVariable?.Name == name.Text || context.LookupGlobal(name.Text, scope.File) is not null)
        {
            context.Diagnostics.Add(DiagnosticCatalog.ShadowedName(location, name.Text));
        }

        var variable = new VariableSymbol(name.Text, location, type);
        context.References.Add(new SymbolReference(location, variable));
        return variable;
    }

    private BoundExpression BindDateFunction(ExpressionSyntax operandSyntax, ExpressionScope scope, SourceLocation location, string text, TypeSymbol resultType, DateFunction function)
    {
        var operand = BindExpression(operandSyntax, scope);
        if (operand.Type.IsError)
        {
            return BoundErrorExpression.Instance;
        }

        if (!IsDateLike(operand.Type))
        {
            context.Diagnostics.Add(DiagnosticCatalog.TypeMismatch(At(scope.File, operandSyntax), TextOf(scope, operandSyntax), operand.Type.DisplayName, "een datum"));
            return BoundErrorExpression.Instance;
        }

        return new BoundDateFunction(function, operand, resultType, location, text);
    }

    public static bool IsDateLike(TypeSymbol type) => type == PrimitiveType.Date || type == PrimitiveType.DateTime;

    private static TypeSymbol? Unify(TypeSymbol a, TypeSymbol b) =>
        a == b ? a
        : (a.IsNumeric && b.IsNumeric) ? PrimitiveType.Decimal
        : null;

    /// <summary>The author's own words for an expression, on one line, for messages and explanations.</summary>
    public static string TextOf(ExpressionScope scope, Syntax.Syntax.SyntaxNode syntax) =>
        CanonicalText.Of(scope.File, syntax.Span);
}
