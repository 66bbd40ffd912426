using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Syntax.Expressions;

/// <summary>A reference to a definition, the subject, a keuze member or a quantifier variable.</summary>
public sealed record NameExpressionSyntax(NameSyntax Name, TextSpan Span) : ExpressionSyntax(Span);

/// <summary><c>aanbieder.fteHuisarts</c></summary>
public sealed record MemberAccessExpressionSyntax(ExpressionSyntax Target, NameSyntax Member, TextSpan Span) : ExpressionSyntax(Span);

/// <summary><c>( … )</c>; kept so the formatter can print what the author wrote.</summary>
public sealed record ParenthesizedExpressionSyntax(ExpressionSyntax Inner, TextSpan Span) : ExpressionSyntax(Span);

/// <summary><c>[a, b, c]</c></summary>
public sealed record ListExpressionSyntax(System.Collections.Immutable.ImmutableArray<ExpressionSyntax> Items, TextSpan Span) : ExpressionSyntax(Span);
