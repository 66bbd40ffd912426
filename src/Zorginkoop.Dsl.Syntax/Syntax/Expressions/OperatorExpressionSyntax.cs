using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Syntax.Expressions;

public enum UnaryOperator
{
    Negate,
    Not,
}

public enum BinaryOperator
{
    Multiply,
    Divide,
    Add,
    Subtract,
    After,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Contains,
    In,
    NotIn,
    And,
    Or,
}

public enum TestKind
{
    Known,
    Unknown,
    Empty,
}

/// <summary><c>-x</c>, <c>niet x</c></summary>
public sealed record UnaryExpressionSyntax(UnaryOperator Operator, ExpressionSyntax Operand, TextSpan Span) : ExpressionSyntax(Span);

/// <summary>Arithmetic, comparison, membership and logic; <c>6 weken na d</c> is <see cref="BinaryOperator.After"/>.</summary>
public sealed record BinaryExpressionSyntax(BinaryOperator Operator, ExpressionSyntax Left, ExpressionSyntax Right, TextSpan OperatorSpan, TextSpan Span) : ExpressionSyntax(Span);

/// <summary><c>x is [niet] bekend|onbekend|leeg</c>: always a definite ja/nee, even when x is unknown.</summary>
public sealed record TestExpressionSyntax(ExpressionSyntax Operand, TestKind Test, bool IsNegated, TextSpan Span) : ExpressionSyntax(Span);

/// <summary><c>Huisartsgeneeskundig is [niet] voldaan</c>: the outcome of a requirement set as a ja/nee value.</summary>
public sealed record SatisfiedExpressionSyntax(ExpressionSyntax Operand, bool IsNegated, TextSpan Span) : ExpressionSyntax(Span);

/// <summary><c>als A dan B [anders C]</c></summary>
public sealed record ConditionalExpressionSyntax(ExpressionSyntax Condition, ExpressionSyntax Then, ExpressionSyntax? Else, TextSpan Span) : ExpressionSyntax(Span);
