using Antlr4.Runtime;
using Zorginkoop.Dsl.Syntax.Diagnostics;
using Zorginkoop.Dsl.Syntax.Syntax.Expressions;
using Zorginkoop.Dsl.Syntax.Text;
using P = Zorginkoop.Dsl.Syntax.Parsing.Generated.ZorginkoopParser;

namespace Zorginkoop.Dsl.Syntax.Parsing;

internal sealed partial class SyntaxTreeBuilder
{
    private ExpressionSyntax Expression(P.ExpressionContext? context) => context switch
    {
        null => new ErrorExpressionSyntax(new TextSpan(0, 0)),
        P.PrimaryExpressionContext c => Primary(c.primary()),
        P.MemberExpressionContext c => new MemberAccessExpressionSyntax(Expression(c.expression()), Name(c.name()), SpanOf(c)),
        P.FirstDayOfNextPeriodExpressionContext c => new FirstDayOfNextPeriodExpressionSyntax(Period(c.periodUnit()), Expression(c.expression()), SpanOf(c)),
        P.FirstDayOfPeriodExpressionContext c => new FirstDayOfPeriodExpressionSyntax(Period(c.periodUnit()), Expression(c.expression()), SpanOf(c)),
        P.DatePartExpressionContext c => new DatePartExpressionSyntax(Period(c.periodUnit()), Expression(c.expression()), SpanOf(c)),
        P.CountExpressionContext c => new CountExpressionSyntax(Expression(c.expression()), SpanOf(c)),
        P.NegationExpressionContext c => new UnaryExpressionSyntax(UnaryOperator.Negate, Expression(c.expression()), SpanOf(c)),
        P.NotExpressionContext c => new UnaryExpressionSyntax(UnaryOperator.Not, Expression(c.expression()), SpanOf(c)),
        P.MultiplicativeExpressionContext c => Binary(c, c.op, c.op?.Type == P.STAR ? BinaryOperator.Multiply : BinaryOperator.Divide, c.expression()),
        P.AdditiveExpressionContext c => Binary(c, c.op, c.op?.Type == P.PLUS ? BinaryOperator.Add : BinaryOperator.Subtract, c.expression()),
        P.AfterExpressionContext c => Binary(c, c.NA().Symbol, BinaryOperator.After, c.expression()),
        P.ComparisonExpressionContext c => Binary(c, c.op, Comparison(c.op), c.expression()),
        P.ContainsExpressionContext c => Binary(c, c.BEVAT().Symbol, BinaryOperator.Contains, c.expression()),
        P.InExpressionContext c => Binary(c, c.IN().Symbol, c.NIET() is null ? BinaryOperator.In : BinaryOperator.NotIn, c.expression()),
        P.AndExpressionContext c => Binary(c, c.EN().Symbol, BinaryOperator.And, c.expression()),
        P.OrExpressionContext c => OrChain(c),
        P.TestExpressionContext c => new TestExpressionSyntax(
            Expression(c.expression()),
            c.test?.Type switch { P.BEKEND => TestKind.Known, P.ONBEKEND => TestKind.Unknown, _ => TestKind.Empty },
            c.NIET() is not null,
            SpanOf(c)),
        P.SatisfiedExpressionContext c => new SatisfiedExpressionSyntax(Expression(c.expression()), c.NIET() is not null, SpanOf(c)),
        P.ConditionalExpressionContext c => new ConditionalExpressionSyntax(
            Expression(c.expression(0)),
            Expression(c.expression(1)),
            c.ANDERS() is null ? null : Expression(c.expression(2)),
            SpanOf(c)),
        P.ForAllExpressionContext c => new QuantifiedExpressionSyntax(Quantifier.ForAll, Name(c.name()), Expression(c.expression(0)), Expression(c.expression(1)), SpanOf(c)),
        P.ExistsExpressionContext c => new QuantifiedExpressionSyntax(Quantifier.Exists, Name(c.name()), Expression(c.expression(0)), Expression(c.expression(1)), SpanOf(c)),
        P.NoneExpressionContext c => new QuantifiedExpressionSyntax(Quantifier.None, Name(c.name()), Expression(c.expression(0)), Expression(c.expression(1)), SpanOf(c)),
        P.CountWhereExpressionContext c => new QuantifiedExpressionSyntax(Quantifier.Count, Name(c.name()), Expression(c.expression(0)), Expression(c.expression(1)), SpanOf(c)),
        P.SumExpressionContext c => new SumExpressionSyntax(Expression(c.expression(0)), Name(c.name()), Expression(c.expression(1)), SpanOf(c)),
        _ => new ErrorExpressionSyntax(SpanOf(context)),
    };

    private ExpressionSyntax Binary(ParserRuleContext context, IToken? op, BinaryOperator kind, P.ExpressionContext[] operands) =>
        new BinaryExpressionSyntax(
            kind,
            Expression(operands.ElementAtOrDefault(0)),
            Expression(operands.ElementAtOrDefault(1)),
            op is null ? SpanOf(context) : SpanOf(op),
            SpanOf(context));

    /// <summary>An <c>of</c>; at the head of a chain of them, reports <c>en</c> operands that stand without parentheses (ZI1008).</summary>
    private ExpressionSyntax OrChain(P.OrExpressionContext context)
    {
        var or = (BinaryExpressionSyntax)Binary(context, context.OF().Symbol, BinaryOperator.Or, context.expression());
        if (context.Parent is not P.OrExpressionContext && !MixedLogic.AndOperands(or).IsEmpty)
        {
            diagnostics.Add(DiagnosticCatalog.MixedAndOr(new SourceLocation(text, or.Span), MixedLogic.Parenthesized(text, or)));
        }

        return or;
    }

    private static BinaryOperator Comparison(IToken? op) => op?.Type switch
    {
        P.EQ => BinaryOperator.Equal,
        P.NEQ => BinaryOperator.NotEqual,
        P.LT => BinaryOperator.Less,
        P.LE => BinaryOperator.LessOrEqual,
        P.GT => BinaryOperator.Greater,
        _ => BinaryOperator.GreaterOrEqual,
    };

    private ExpressionSyntax Primary(P.PrimaryContext? context) => context switch
    {
        P.ParenthesizedContext c => new ParenthesizedExpressionSyntax(Expression(c.expression()), SpanOf(c)),
        P.ListLiteralContext c => ListLiteral(c),
        P.ExtremeDateContext c => new ExtremeDateExpressionSyntax(c.which?.Type == P.VROEGSTE, Expression(c.expression(0)), Expression(c.expression(1)), SpanOf(c)),
        P.DurationLiteralContext c => Literal(LiteralKind.Duration, c),
        P.DateTimeLiteralContext c => Literal(c.TIME() is null ? LiteralKind.Date : LiteralKind.DateTime, c),
        P.TimeLiteralContext c => Literal(LiteralKind.Time, c),
        P.IntegerLiteralContext c => Literal(LiteralKind.Integer, c),
        P.DecimalLiteralContext c => Literal(LiteralKind.Decimal, c),
        P.MoneyLiteralContext c => Literal(LiteralKind.Money, c),
        P.PercentLiteralContext c => Literal(LiteralKind.Percentage, c),
        P.BooleanLiteralContext c => Literal(LiteralKind.Boolean, c),
        P.TextLiteralContext c => new LiteralExpressionSyntax(LiteralKind.Text, Text(c.joinedText()).Value, SpanOf(c)),
        P.NameReferenceContext c => new NameExpressionSyntax(Name(c.name()), SpanOf(c)),
        null => new ErrorExpressionSyntax(new TextSpan(0, 0)),
        _ => new ErrorExpressionSyntax(SpanOf(context)),
    };

    private ExpressionSyntax ListLiteral(P.ListLiteralContext context)
    {
        var items = context.expression().Select(Expression).ToList();
        ReportJoinedTextItems(context.expression());
        if (items is [LiteralExpressionSyntax { Kind: LiteralKind.Decimal } only] && context.separator().Length == 0)
        {
            diagnostics.Add(DiagnosticCatalog.AmbiguousComma(new SourceLocation(text, only.Span), only.Text));
        }

        return new ListExpressionSyntax([.. items], SpanOf(context));
    }

    private LiteralExpressionSyntax Literal(LiteralKind kind, ParserRuleContext context)
    {
        var span = SpanOf(context);
        return new LiteralExpressionSyntax(kind, LiteralText(context, span), span);
    }

    /// <summary>
    /// A literal of several tokens (<c>6 weken</c>, <c>1 april 2025 13.00 uur</c>) may have a comment between them
    /// (<c>6 /* zes */ weken</c>); its value is read from its own tokens, one space apart, never from the comment.
    /// </summary>
    private string LiteralText(ParserRuleContext context, TextSpan span)
    {
        var written = text.GetText(span);
        if (context.ChildCount < 2 || !(written.Contains("/*", StringComparison.Ordinal) || written.Contains("//", StringComparison.Ordinal)))
        {
            return written;
        }

        var tokens = new List<string>();
        void Collect(Antlr4.Runtime.Tree.IParseTree node)
        {
            if (node is Antlr4.Runtime.Tree.ITerminalNode terminal)
            {
                tokens.Add(terminal.Symbol.Text);
                return;
            }

            for (var i = 0; i < node.ChildCount; i++)
            {
                Collect(node.GetChild(i));
            }
        }

        Collect(context);
        return string.Join(' ', tokens);
    }

    private static PeriodUnit Period(P.PeriodUnitContext? context)
    {
        if (context?.KWARTAAL() is not null)
        {
            return PeriodUnit.Quarter;
        }

        if (context?.MAAND() is not null)
        {
            return PeriodUnit.Month;
        }

        return context?.WEEK() is not null ? PeriodUnit.Week : PeriodUnit.Year;
    }
}
