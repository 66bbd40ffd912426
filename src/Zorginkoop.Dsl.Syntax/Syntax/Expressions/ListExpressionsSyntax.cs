using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Syntax.Expressions;

public enum Quantifier
{
    ForAll,
    Exists,
    None,
    Count,
}

/// <summary>
/// <c>voor elke s in L geldt P</c>, <c>er is een s in L waarvoor P</c>, <c>geen s in L waarvoor P</c>,
/// <c>aantal s in L waarvoor P</c>.
/// </summary>
public sealed record QuantifiedExpressionSyntax(Quantifier Quantifier, NameSyntax Variable, ExpressionSyntax Source, ExpressionSyntax Predicate, TextSpan Span)
    : ExpressionSyntax(Span);

/// <summary><c>som van s.fte voor s in L</c></summary>
public sealed record SumExpressionSyntax(ExpressionSyntax Value, NameSyntax Variable, ExpressionSyntax Source, TextSpan Span) : ExpressionSyntax(Span);

/// <summary><c>aantal van L</c></summary>
public sealed record CountExpressionSyntax(ExpressionSyntax Source, TextSpan Span) : ExpressionSyntax(Span);
