using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Syntax;

/// <summary>Base of our own immutable syntax tree. Every node knows its span; ANTLR types never appear here.</summary>
public abstract record SyntaxNode(TextSpan Span);
