using System.Collections.Immutable;
using Zorginkoop.Dsl.Syntax.Syntax.Expressions;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Syntax.Timelines;

/// <summary>When a timeline entry happens or is due.</summary>
public abstract record ScheduleSyntax(TextSpan Span) : SyntaxNode(Span);

/// <summary><c>uiterlijk d</c></summary>
public sealed record DeadlineScheduleSyntax(ExpressionSyntax Moment, TextSpan Span) : ScheduleSyntax(Span);

/// <summary><c>vanaf d</c></summary>
public sealed record FromScheduleSyntax(ExpressionSyntax Moment, TextSpan Span) : ScheduleSyntax(Span);

/// <summary><c>op d</c></summary>
public sealed record OnScheduleSyntax(ExpressionSyntax Moment, TextSpan Span) : ScheduleSyntax(Span);

/// <summary><c>binnen 4 weken [na gebeurtenis]</c></summary>
public sealed record WithinScheduleSyntax(ExpressionSyntax Period, TextSpan Span) : ScheduleSyntax(Span);

/// <summary><c>d1 t/m d2 [vóór 17.00 uur]</c></summary>
public sealed record WindowScheduleSyntax(ExpressionSyntax Start, ExpressionSyntax End, LiteralExpressionSyntax? ClosingTime, TextSpan Span) : ScheduleSyntax(Span);

/// <summary><c>bij voorkeur vóór d1, maar uiterlijk d2</c></summary>
public sealed record PreferredScheduleSyntax(ExpressionSyntax Preferred, ExpressionSyntax Deadline, TextSpan Span) : ScheduleSyntax(Span);

/// <summary><c>elk kwartaal in 2024 en 2025</c></summary>
public sealed record RecurringScheduleSyntax(PeriodUnit Unit, ImmutableArray<LiteralExpressionSyntax> Years, TextSpan Span) : ScheduleSyntax(Span);

/// <summary>
/// <c>doorlopend [in 2026 en 2027]</c>, <c>gedurende het hele jaar</c>: a row without a date of its own that holds
/// all through those years (without years: the policy's looptijd).
/// </summary>
public sealed record ContinuousScheduleSyntax(ImmutableArray<LiteralExpressionSyntax> Years, TextSpan Span) : ScheduleSyntax(Span);
