using Zorginkoop.Dsl.Syntax.Syntax.Expressions;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Syntax;

/// <summary>A "naam: waarde" line, with an optional range end ("2026 t/m 2027"); the binder knows which names a block accepts.</summary>
public sealed record PropertySyntax(NameSyntax Name, ExpressionSyntax Value, ExpressionSyntax? RangeEnd, TextSpan Span) : SyntaxNode(Span);
