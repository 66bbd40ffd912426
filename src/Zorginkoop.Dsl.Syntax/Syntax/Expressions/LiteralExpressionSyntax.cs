using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Syntax.Expressions;

public enum LiteralKind
{
    Integer,
    Decimal,
    Money,
    Percentage,
    Text,
    Boolean,
    Date,
    DateTime,
    Time,
    Duration,
}

/// <summary>
/// A literal as written ("30 september 2025", "€ 250.000,-", "1,0"). The binder turns the text into a value,
/// so that an impossible date is reported with the author's own words.
/// For <see cref="LiteralKind.Text"/>, <see cref="Text"/> holds the value with escapes resolved.
/// </summary>
public sealed record LiteralExpressionSyntax(LiteralKind Kind, string Text, TextSpan Span) : ExpressionSyntax(Span);
