using Zorginkoop.Dsl.Syntax.Diagnostics;
using Zorginkoop.Dsl.Syntax.Syntax;
using Zorginkoop.Dsl.Syntax.Syntax.Amendments;
using Zorginkoop.Dsl.Syntax.Syntax.Scenarios;
using Zorginkoop.Dsl.Syntax.Text;
using P = Zorginkoop.Dsl.Syntax.Parsing.Generated.ZorginkoopParser;

namespace Zorginkoop.Dsl.Syntax.Parsing;

internal sealed partial class SyntaxTreeBuilder
{
    private AmendmentDeclarationSyntax Amendment(P.AmendmentDeclarationContext context)
    {
        var members = context.amendmentMember();
        var properties = members.OfType<P.AmendmentPropertyContext>().Select(m => Property(m.property()));
        var operations = members.Where(m => m is not P.AmendmentPropertyContext).Select<P.AmendmentMemberContext, AmendmentOperationSyntax>(m => m switch
        {
            P.AddOperationContext c => new AddOperationSyntax(c.qualifiedName() is null ? null : QualifiedName(c.qualifiedName()), [.. c.amendmentItem().Select(AmendmentItem)], SpanOf(c)),
            P.ReplaceOperationContext c => new ReplaceOperationSyntax(QualifiedName(c.qualifiedName()), AmendmentItem(c.amendmentItem()), SpanOf(c)),
            P.RemoveOperationContext c => new RemoveOperationSyntax(QualifiedName(c.qualifiedName()), SpanOf(c)),
            _ => new RemoveOperationSyntax(new QualifiedNameSyntax([], SpanOf(m)), SpanOf(m)),
        });
        return new AmendmentDeclarationSyntax(Expression(context.expression()), Text(context.joinedText()), [.. properties], [.. operations], SpanOf(context));
    }

    private SyntaxNode AmendmentItem(P.AmendmentItemContext? context) => context?.GetChild(0) switch
    {
        P.DeclarationContext c => Declaration(c),
        P.RequirementDeclarationContext c => Requirement(c),
        P.IncludeClauseContext c => Include(c),
        P.TimelineMemberContext c => TimelineMember(c),
        _ => ErrorExpression(context!),
    };

    private ScenarioDeclarationSyntax Scenario(P.ScenarioDeclarationContext context)
    {
        var members = context.scenarioMember().Select<P.ScenarioMemberContext, ScenarioMemberSyntax>(m => m switch
        {
            P.GivenMemberContext c => new GivenSyntax(
                Name(c.name(0)),
                c.VOLGENS() is null ? null : Name(c.name(1)),
                c.recordLiteral() is null && c.VOLGENS() is not null ? null : RecordValue(c.recordLiteral()),
                SpanOf(c)),
            P.DateMemberContext c => new ScenarioDateSyntax(Expression(c.expression()), SpanOf(c)),
            P.EventMemberContext c => new ScenarioEventSyntax(Name(c.name()), Expression(c.expression()), SpanOf(c)),
            P.RequestMemberContext c => new ScenarioRequestSyntax(Name(c.name()), Expression(c.expression()), SpanOf(c)),
            P.ExpectMemberContext c => new ExpectationSyntax(QualifiedName(c.qualifiedName()), Expected(c.expectation()), SpanOf(c)),
            _ => new ScenarioDateSyntax(ErrorExpression(m), SpanOf(m)),
        });
        return new ScenarioDeclarationSyntax(Text(context.joinedText()), [.. members], SpanOf(context));
    }

    private ExampleDeclarationSyntax Example(P.ExampleDeclarationContext context) =>
        new(Name(context.name(0)), context.VOLGENS() is null ? null : Name(context.name(1)), RecordValue(context.recordLiteral()), SpanOf(context));

    private ExpectedSyntax Expected(P.ExpectationContext? context) => context switch
    {
        P.OutcomeExpectationContext c => new ExpectedOutcomeSyntax(Outcome(c.outcome()), SpanOf(c)),
        P.StartDateExpectationContext c => new ExpectedStartDateSyntax(Expression(c.expression()), SpanOf(c)),
        P.StateExpectationContext c => new ExpectedStateSyntax(Name(c.name()), SpanOf(c)),
        // "zonder datum": the state of a row without a date of its own, as 'zorginkoop timeline' prints it.
        P.TwoWordStateExpectationContext c => new ExpectedStateSyntax(new NameSyntax($"{Name(c.name()).Text} {c.DATUM().GetText()}", SpanOf(c)), SpanOf(c)),
        _ => new ExpectedStateSyntax(new NameSyntax(string.Empty, SpanOf(context)), SpanOf(context)),
    };

    private ExpectedOutcome Outcome(P.OutcomeContext context)
    {
        if (context.ONBEKEND() is not null)
        {
            return ExpectedOutcome.Unknown;
        }

        if (context.TOEPASSING() is not null)
        {
            return ExpectedOutcome.NotApplicable;
        }

        if (context.NIET() is not null)
        {
            return context.judgement() is { } judgement ? Judgement(judgement) : ExpectedOutcome.NotSatisfied;
        }

        return context.UITZONDERING() is not null ? ExpectedOutcome.SatisfiedByException : ExpectedOutcome.Satisfied;
    }

    /// <summary><c>ter beoordeling</c> or <c>(ter beoordeling)</c> after <c>niet voldaan</c>; other words are reported (ZI1045).</summary>
    private ExpectedOutcome Judgement(P.JudgementContext context)
    {
        var words = $"{context.name(0).GetText()} {context.name(1).GetText()}";
        var balanced = (context.LPAREN() is null) == (context.RPAREN() is null);
        if (words == "ter beoordeling" && balanced)
        {
            return ExpectedOutcome.NotSatisfiedForJudgement;
        }

        var written = (context.LPAREN() is null ? string.Empty : "(") + words + (context.RPAREN() is null ? string.Empty : ")");
        diagnostics.Add(DiagnosticCatalog.UnknownJudgementWords(new SourceLocation(text, SpanOf(context)), written));
        return ExpectedOutcome.NotSatisfied;
    }

    private RecordValueSyntax RecordValue(P.RecordLiteralContext? context) =>
        context is null
            ? new RecordValueSyntax([], new TextSpan(0, 0))
            : new RecordValueSyntax([.. context.fieldValue().Select(f => new FieldValueSyntax(Name(f.name()), Value(f.value()), SpanOf(f)))], SpanOf(context));

    private ValueSyntax Value(P.ValueContext? context) => context switch
    {
        { } c when c.recordLiteral() is { } record => RecordValue(record),
        { } c when c.LBRACKET() is not null => ListValue(c),
        { } c when c.ONBEKEND() is not null => new UnknownValueSyntax(SpanOf(c)),
        { } c => new ExpressionValueSyntax(Expression(c.expression()), SpanOf(c)),
        null => new ExpressionValueSyntax(Expression(null), new TextSpan(0, 0)),
    };

    private ListValueSyntax ListValue(P.ValueContext context)
    {
        ReportJoinedTextItems(context.value().Select(v => v.expression()));
        return new ListValueSyntax([.. context.value().Select(Value)], SpanOf(context));
    }

    /// <summary>
    /// ZI1033: in a list, <c>["a" "b"]</c> was two items before adjacent texts became one text; say so rather than
    /// quietly read one. A text in parentheses is one item on purpose.
    /// </summary>
    private void ReportJoinedTextItems(IEnumerable<P.ExpressionContext?> items)
    {
        foreach (var item in items)
        {
            if (item is P.PrimaryExpressionContext primary && primary.primary() is P.TextLiteralContext literal
                && literal.joinedText()?.STRING() is { Length: > 1 } pieces)
            {
                var shown = string.Join(" ", pieces.Select(p => p.GetText().Length >= 2 ? p.GetText()[1..^1] : string.Empty));
                diagnostics.Add(DiagnosticCatalog.JoinedTextInList(new SourceLocation(text, SpanOf(literal)), shown));
            }
        }
    }
}
