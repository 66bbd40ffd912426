using System.Collections.Immutable;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Syntax;

/// <summary>An identifier as written by the author.</summary>
public sealed record NameSyntax(string Text, TextSpan Span) : SyntaxNode(Span)
{
    public override string ToString() => Text;
}

/// <summary>A dotted name such as <c>Huisartsgeneeskundig.bezetting</c>.</summary>
public sealed record QualifiedNameSyntax(ImmutableArray<NameSyntax> Parts, TextSpan Span) : SyntaxNode(Span)
{
    public override string ToString() => string.Join(".", Parts.Select(p => p.Text));
}

/// <summary>A quoted text with its escapes resolved; the span covers the quotes.</summary>
public sealed record TextSyntax(string Value, TextSpan Span) : SyntaxNode(Span);
