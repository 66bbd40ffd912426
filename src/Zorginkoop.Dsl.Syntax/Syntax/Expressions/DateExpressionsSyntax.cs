using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Syntax.Expressions;

public enum PeriodUnit
{
    Week,
    Month,
    Quarter,
    Year,
}

/// <summary><c>eerste dag van het volgende kwartaal na d</c></summary>
public sealed record FirstDayOfNextPeriodExpressionSyntax(PeriodUnit Unit, ExpressionSyntax Date, TextSpan Span) : ExpressionSyntax(Span);

/// <summary><c>eerste (kalender)dag van de maand van d</c></summary>
public sealed record FirstDayOfPeriodExpressionSyntax(PeriodUnit Unit, ExpressionSyntax Date, TextSpan Span) : ExpressionSyntax(Span);

/// <summary><c>jaar van d</c>, <c>maand van d</c>, <c>kwartaal van d</c>: a number.</summary>
public sealed record DatePartExpressionSyntax(PeriodUnit Unit, ExpressionSyntax Date, TextSpan Span) : ExpressionSyntax(Span);

/// <summary><c>vroegste van (a, b)</c> / <c>laatste van (a, b)</c></summary>
public sealed record ExtremeDateExpressionSyntax(bool Earliest, ExpressionSyntax First, ExpressionSyntax Second, TextSpan Span) : ExpressionSyntax(Span);
