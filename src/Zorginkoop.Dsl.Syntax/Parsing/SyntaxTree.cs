using System.Collections.Immutable;
using Zorginkoop.Dsl.Syntax.Diagnostics;
using Zorginkoop.Dsl.Syntax.Syntax;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Parsing;

/// <summary>The product of parsing one file: its text, our syntax tree, the hidden comments and the syntax diagnostics.</summary>
public sealed record SyntaxTree(SourceText Text, PolicyFileSyntax Root, ImmutableArray<CommentTrivia> Comments, ImmutableArray<Diagnostic> Diagnostics);

/// <summary>A comment, kept so that the formatter can put it back.</summary>
public sealed record CommentTrivia(string Text, TextSpan Span, bool IsBlock);
